"""`manage.py import_directives FILE [--dry-run] [--format json]`: the web import, from the command line."""

import json
import sys
from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from agencies.models import Province
from audit.context import AuditedCommand
from common.dates import typed_day
from tasks.importing.commit import ImportOvertaken, commit_preview
from tasks.importing.layout import kind_named
from tasks.importing.preview import REQUIRED_DETAILS, build_preview, cli_json, schedule_labels
from tasks.importing.safety import RefusedFile
from tasks.models import DirectiveKind, ImportJob, ImportStatus
from tasks.reporting_duty import ScheduleSpec

EXIT_ERRORS = 1
EXIT_REFUSED = 2
# The options giving the directive's details the web preview has fields for, by the detail's key.
DETAIL_OPTIONS = {"province": "--province", "subject": "--subject"}


class Command(AuditedCommand):
    help = (
        "Import a directive and its tasks from an .xlsx, .xls, .ods or .csv file; nothing is written if a row has "
        "an error."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="Show the preview; write nothing.")
        parser.add_argument("--format", choices=("text", "json"), default="text")
        parser.add_argument(
            "--province",
            help="Province code (its slug: quang-binh for Quảng Bình; an unknown code lists the codes there are), "
            "when the title rows do not name it.",
        )
        for name in ("kind", "number", "symbol", "subject", "place", "issued-on"):
            parser.add_argument(f"--{name}", help=f"The directive's {name.replace('-', ' ')}, over the title rows.")
        parser.add_argument(
            "--schedule",
            action="append",
            metavar="KIND:DAY:MONTHS",
            help="A reporting schedule, e.g. quarterly:10:3,6,9,12 or annual:10:11 (repeatable). Default: what the "
            "title rows say, else the province's usual schedules.",
        )
        parser.add_argument("--no-schedule", action="store_true", help="The directive sets no periodic report.")

    def handle(self, *args, **options):
        path = options["file"]
        if not path.is_file():
            raise CommandError(_("No such file: %(path)s") % {"path": path}, returncode=EXIT_REFUSED)
        province = None
        if options["province"]:
            province = Province.objects.filter(code=options["province"]).first()
            if province is None:
                codes = ", ".join(Province.objects.order_by("code").values_list("code", flat=True))
                raise CommandError(
                    _("No province with code %(code)s. The codes there are: %(codes)s.")
                    % {"code": options["province"], "codes": codes or "–"}
                )
        overrides = {
            name: options[name.replace("-", "_")]
            for name in ("number", "symbol", "subject", "place")
            if options[name.replace("-", "_")]
        }
        if options["kind"]:
            overrides["kind"] = self._kind(options["kind"])
        if options["issued_on"]:
            overrides["issued_on"] = typed_day(options["issued_on"], "--issued-on").isoformat()
        if options["no_schedule"]:
            overrides["schedules"] = []
        elif options["schedule"]:
            overrides["schedules"] = [self._schedule_key(key) for key in options["schedule"]]
        try:
            preview = build_preview(path, path.name, province=province, overrides=overrides)
        except RefusedFile as refusal:
            if options["format"] == "json":
                self.stdout.write(
                    json.dumps(
                        {
                            "directive": None,
                            "tasks": [],
                            "unmatched_agencies": [],
                            "proposed_agencies": [],
                            "agencies_to_create": [],
                            "warnings": [],
                            "errors": [{"sheet": "", "row": None, "column": "", "message": str(refusal)}],
                        },
                        ensure_ascii=False,
                        indent=2,
                    )
                )
            raise CommandError(str(refusal), returncode=EXIT_REFUSED) from None
        options_asked = self._ask_for_options(preview)
        if options["format"] == "json":
            self.stdout.write(json.dumps(cli_json(preview), ensure_ascii=False, indent=2))
        else:
            self._print_text(preview)
        if not preview.is_clean:
            message = _("%(count)s error(s): nothing was imported.") % {"count": len(preview.errors)}
            if options_asked:
                message += " " + _("Give the directive's missing details as options: %(options)s.") % {
                    "options": ", ".join(options_asked)
                }
            raise CommandError(message, returncode=EXIT_ERRORS)
        if options["dry_run"]:
            return
        job = ImportJob.objects.create(
            province=preview.province,
            file=str(path),
            original_name=path.name,
            sha256=preview.sha256,
            status=ImportStatus.COMMITTING,
            rows_read=preview.parsed.rows_read,
            rows_total=preview.parsed.rows_read,
        )
        try:
            result = commit_preview(preview, job=job)
        except ImportOvertaken as overtaken:
            ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.FAILED, error=str(overtaken))
            raise CommandError(str(overtaken), returncode=EXIT_ERRORS) from None
        message = _(
            "Imported %(directive)s: %(created)s new, %(updated)s updated, %(unchanged)s unchanged, "
            "%(missing)s no longer in the file (kept)."
        ) % {
            "directive": result.directive,
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
            "missing": len(result.missing),
        }
        out = sys.stderr if options["format"] == "json" else self.stdout
        for text, agency in result.agencies_created:
            out.write(
                _("Created from the national catalogue: %(agency)s (written “%(text)s”).")
                % {"agency": agency.name, "text": text}
                + "\n"
            )
        out.write(message + "\n")

    def _ask_for_options(self, preview):
        """The preview's errors for a missing detail an option gives say the option (the web's say to enter it in the
        preview, which has a field for it); the options asked for."""
        asked = []
        for problem in preview.errors:
            option = DETAIL_OPTIONS.get(problem.field)
            if option:
                problem.message = _(
                    "The directive's %(field)s is missing: the title rows do not give it. Give it with the option "
                    "%(option)s."
                ) % {"field": REQUIRED_DETAILS[problem.field], "option": option}
                asked.append(option)
        return asked

    def _kind(self, text):
        """A kind of directive given as its code (`ke_hoach`) or as a document names it (`Kế hoạch`, `KH`)."""
        kind = text if text in DirectiveKind.values else kind_named(text)
        if not kind:
            raise CommandError(
                _("Not a kind of directive: %(text)s (one of: %(kinds)s).")
                % {"text": text, "kinds": ", ".join(f"{value} ({label})" for value, label in DirectiveKind.choices)}
            )
        return kind

    def _schedule_key(self, key):
        try:
            return ScheduleSpec.from_key(key).key
        except ValueError:
            raise CommandError(
                _("Not a reporting schedule: %(key)s (write it as quarterly:10:3,6,9,12 or annual:10:11).")
                % {"key": key}
            ) from None

    def _print_text(self, preview):
        fields = preview.directive
        self.stdout.write(f"{fields['number']}/{fields['symbol']} – {fields['subject']}")
        self.stdout.write(
            _("Monitoring unit: %(agency)s. Reporting schedule: %(schedules)s.")
            % {
                "agency": fields["monitoring_agency_name"] or "–",
                "schedules": "; ".join(label for _key, label in schedule_labels(fields["schedules"])) or "–",
            }
        )
        diff = preview.diff
        self.stdout.write(
            _("%(tasks)s rows: %(new)s new, %(changed)s changed, %(unchanged)s unchanged.")
            % {
                "tasks": len(preview.parsed.tasks),
                "new": len(diff.new),
                "changed": len(diff.changed),
                "unchanged": diff.unchanged,
            }
        )
        for code, text in diff.missing:
            self.stdout.write(_("No longer in the file (kept): %(code)s %(text)s") % {"code": code, "text": text[:80]})
        for entry in preview.parsed.to_create.values():
            self.stdout.write(
                _("To create from the national catalogue when imported: %(agency)s (written “%(text)s”).")
                % {"agency": entry.name, "text": entry.text}
            )
        for problem in preview.warnings:
            self.stdout.write(_("Warning: %(message)s") % {"message": problem.message})
        for problem in preview.errors:
            self.stderr.write(problem.message)
