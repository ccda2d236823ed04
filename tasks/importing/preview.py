"""Build an import's preview: the file checked and parsed, the directive read, and the diff against the database.

The preview is what the admin sees and what the command prints; the commit writes exactly it.
"""

import datetime
import hashlib
import re
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from agencies.catalogue import province_key
from agencies.matching import AgencyMatcher
from agencies.models import Agency, AgencyKind, Province
from agencies.normalize import search_key
from common.collector import collector_paused
from tasks.intake.extract import extract_tasks
from tasks.intake.header import read_header
from tasks.intake.reading import is_document, read_blocks
from tasks.models import Assignment, Directive, DirectiveKind, ImportJob, ImportStatus, Target, Task
from tasks.reporting_duty import ScheduleSpec, read_reporting_duty, usual_schedules

from .edits import DECLINED_BODIES, TASK_EDITS
from .layout import HEADER_SEARCH_ROWS, SYMBOL_KINDS, find_layout, kind_named, read_references, read_title
from .parse import Problem, RowParser, located
from .reader import read_sheets
from .safety import Limits, check_file

PROGRESS_EVERY = 500
PAGE_TASKS = 500  # tasks kept in a stored preview; the counts and problems always cover the whole file
PAGE_PROBLEMS = 1000
DIRECTIVE_FIELDS = ("kind", "number", "symbol", "subject", "place", "issued_on", "issuing_agency")
# The directive's details it cannot be imported without, by their key in the preview's fields: one the file does not
# give is an error whose field is that key.
REQUIRED_DETAILS = {
    "province": gettext_lazy("province"),
    "subject": gettext_lazy("subject"),
    "issuing_agency": gettext_lazy("issuing agency"),
}


@dataclass
class Diff:
    new: list = field(default_factory=list)  # codes
    changed: dict = field(default_factory=dict)  # code -> names of what changed
    unchanged: int = 0
    missing: list = field(default_factory=list)  # (code, text) of tasks no longer in the file


@dataclass
class Preview:
    sha256: str
    parsed: object
    directive: dict
    directive_errors: list
    province: Province | None
    existing: Directive | None = None
    diff: Diff = field(default_factory=Diff)
    directive_warnings: list = field(default_factory=list)
    blocks: list = field(default_factory=list)  # of a document: its paragraphs and table rows, each task's source

    @property
    def errors(self):
        return self.parsed.errors + self.directive_errors

    @property
    def warnings(self):
        return self.parsed.warnings + self.directive_warnings

    @property
    def is_clean(self):
        return not self.errors


def file_sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def build_preview(path, original_name, *, province=None, overrides=None, progress=None, limits=None):
    """Check, read and parse the file; raises RefusedFile for a file that must not be opened.

    A document (.txt, pasted text) is read into blocks and its tasks extracted (tasks/intake); a spreadsheet is read
    row by row. Both give the same ParsedFile, directive fields and diff.
    """
    limits = limits or Limits.from_settings()
    if is_document(original_name):
        return _document_preview(path, original_name, province, overrides or {}, limits)
    checked = check_file(path, original_name, limits)
    sha256 = file_sha256(path)
    declined = (overrides or {}).get(DECLINED_BODIES, ())
    typed = (overrides or {}).get("issued_on")
    with collector_paused():
        parser, title, province, first_sheet = _parse_sheets(
            path, original_name, checked, province, progress, declined, typed
        )
        parsed = parser.finish()
        day = _day_from_deadlines(parser, parsed, title, typed)
        if day is not None:
            # `Các địa phương` in a file that gives no date: the local level of the plan's time, read again on it
            parser, title, province, first_sheet = _parse_sheets(
                path, original_name, checked, province, None, declined, day
            )
            parsed = parser.finish()
            parsed.warnings.append(
                Problem(first_sheet, None, "", "issued_on", DAY_FROM_DEADLINES % {"day": f"{day:%d/%m/%Y}"})
            )
    if title is not None and not title.kind:
        # A CSV exported from another system has no title rows: its file's name or its tasks' codes say the kind.
        title.kind = kind_named(Path(original_name).stem) or _kind_of_codes(parsed.tasks)
    fields, problems, notes = directive_fields(title, province, overrides or {}, parser.matcher, first_sheet)
    return _finish(Preview(sha256, parsed, fields, problems, province, directive_warnings=notes), overrides)


def _document_preview(path, original_name, province, overrides, limits):
    """A directive read from its document: the header gives its details, the body its tasks."""
    blocks = read_blocks(path, original_name, limits)
    header = read_header(blocks)
    province = province or province_from_title(header.title)
    day = plan_day(header.title, overrides.get("issued_on"))
    matcher = AgencyMatcher(province, day)
    parsed, duty = extract_tasks(
        blocks, header, matcher, original_name, overrides.get(TASK_EDITS), overrides.get(DECLINED_BODIES, ()), day
    )
    if duty:
        header.title.lines.append(duty)
    fields, problems, notes = directive_fields(header.title, province, overrides, matcher, original_name)
    if province is None:
        fields["province_name"] = header.title.province  # named, though the portal does not hold it
    fields["links"] = header.links
    fields["signer"], fields["signer_capacity"] = header.signer, header.capacity
    fields["recipients"] = header.recipients
    preview = Preview(file_sha256(path), parsed, fields, problems, province, directive_warnings=notes, blocks=blocks)
    return _finish(preview, overrides)


def _finish(preview, overrides):
    fields, province, sha256, parsed = preview.directive, preview.province, preview.sha256, preview.parsed
    preview.existing = find_existing(province, fields, sha256)
    if preview.existing is not None and "schedules" not in (overrides or {}):
        kept = [ScheduleSpec.of(schedule).key for schedule in preview.existing.schedules.exclude(day_of_month=None)]
        if kept:
            fields["schedules"], fields["schedules_source"] = kept, "existing"
    preview.diff = diff_tasks(preview.existing, parsed.tasks)
    return preview


DAY_FROM_DEADLINES = gettext_lazy(
    "The file gives no date for the directive: names that depend on it (“Các địa phương”) are read as on "
    "%(day)s, its earliest deadline. Type the directive's date to read them on it."
)


def _day_from_deadlines(parser, parsed, title, typed):
    """For a file that gives no date and names a body of the day (`Các địa phương`): its tasks' earliest deadline (a
    plan is written before its first deadline; not before the start of a period it names, `2025 - 2030` in a plan of
    September 2025), when the names would mean other bodies on it than today; else None."""
    if plan_day(title, typed) is not None or not parser.matcher.read_on_day:
        return None
    days = [
        day
        for task in parsed.tasks
        if task.timeframe is not None
        for day in (task.timeframe.due_date, *(milestone.due_date for milestone in task.timeframe.milestones))
        if day is not None
    ]
    earliest = min(days, default=None)
    return earliest if earliest is not None and parser.matcher.reads_otherwise_on(earliest) else None


def plan_day(title, typed=None):
    """The day a plan's names are read on (`Các địa phương`: the local level of that day): the date typed in the
    preview, else the title's, else the first day of the title's month (`ngày    tháng 10 năm 2025`) or year; None
    (today) when nothing gives one."""
    if typed:
        return typed if isinstance(typed, datetime.date) else datetime.date.fromisoformat(typed)
    if title is not None and title.issued_on:
        return title.issued_on
    return datetime.date(title.year, title.month or 1, 1) if title is not None and title.year else None


def _parse_sheets(path, original_name, checked, province, progress, declined=(), typed_day=None):
    parser, title, first_sheet, without_header = None, None, "", []
    total = 0
    for sheet in read_sheets(path, checked, name=original_name):
        first_sheet = first_sheet or sheet.name
        head = list(islice(sheet.rows, HEADER_SEARCH_ROWS))
        layout = find_layout(head)
        if layout is None:
            without_header.append((sheet.name, any(value is not None for row in head for value in row.cells)))
            continue
        total += sheet.total_rows or 0
        if parser is None:
            title = read_title([row for row in head if row.number < layout.header_rows[0]])
            province = province or province_from_title(title)
            day = plan_day(title, typed_day)
            parser = RowParser(AgencyMatcher(province, day), declined, day)
        for row in chain(head, sheet.rows):
            if row.number < layout.data_start:
                continue
            parser.parse_row(row, layout)
            if progress and parser.result.rows_read % PROGRESS_EVERY == 0:
                progress(parser.result.rows_read, total or None)
    if parser is None:
        day = plan_day(None, typed_day)
        parser = RowParser(AgencyMatcher(province, day), declined, day)
        for name in [name for name, _filled in without_header] or [first_sheet]:
            parser.result.errors.append(
                Problem(
                    name,
                    None,
                    "",
                    "header",
                    _(
                        "Sheet “%(sheet)s”: no header row was found in its first %(rows)s rows. "
                        "The header must name at least the task column (“Nội dung nhiệm vụ”) "
                        "and the lead agency column (“Cơ quan chủ trì”)."
                    )
                    % {"sheet": name, "rows": HEADER_SEARCH_ROWS},
                )
            )
    else:
        for name, filled in without_header:
            if filled:
                parser.result.warnings.append(located(name, None, "", "header", NO_TASK_TABLE))
    if progress:
        progress(parser.result.rows_read, total or parser.result.rows_read)
    return parser, title, province, first_sheet


# A sheet beside the tasks' that holds something else (a summary counting the tasks per agency, a list of agencies)
NO_TASK_TABLE = gettext_lazy(
    "it holds no table of tasks (no column of task text beside an agency column: a summary of figures, a list of "
    "agencies); it is not imported."
)


# A code written after the document's symbol letters: `KH.I.1`, `QĐ45-01`, `KH-2.3`, `QĐ.1`.
_CODE_KIND = re.compile(r"^(?P<letters>[A-Za-zĐđ]{2,3})[\s.\-_/]*(?=\d|[IVX]+\b)")


def _kind_of_codes(tasks):
    """The kind every task's code starts with the symbol letters of (`KH.I.1`, `KH.I.2` …), or ""."""
    kinds = set()
    for task in tasks:
        found = _CODE_KIND.match(task.code or "")
        kind = SYMBOL_KINDS.get(search_key(found["letters"]).upper()) if found else None
        if kind is None:
            return ""
        kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else ""


def province_from_title(title):
    """The province the title rows name (`ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI`), else the only one in the portal.

    A province the title names that the portal does not hold is none of its provinces: its directive previews with
    the province named and missing, never filed under another."""
    provinces = list(Province.objects.all()[:100])
    if title and title.province:
        wanted = province_key(title.province)
        for province in provinces:
            if province_key(province.name) == wanted:
                return province
        return None
    return provinces[0] if len(provinces) == 1 else None


def directive_fields(title, province, overrides, matcher, sheet):
    """The directive's details: the preview's edits over what the title rows say; problems for what is missing."""
    fields = {
        "kind": (title.kind if title else "") or DirectiveKind.OTHER,
        "number": title.number if title else "",
        "symbol": title.symbol if title else "",
        "subject": title.subject if title else "",
        "place": title.place if title else "",
        "issued_on": title.issued_on if title else None,
        "issuing_agency": None,
    }
    year = title.year if title else None
    for name in DIRECTIVE_FIELDS:
        if overrides.get(name) not in (None, ""):
            fields[name] = overrides[name]
    if isinstance(fields["issued_on"], str):
        fields["issued_on"] = datetime.date.fromisoformat(fields["issued_on"])
    _reporting(fields, title, province, overrides, matcher)
    issuer = _issuing_agency(fields["issuing_agency"], title, province, matcher)
    fields["issuing_agency"] = issuer.pk if issuer else None
    fields["issuing_agency_name"] = issuer.name if issuer else ""
    fields["province"] = province.pk if province else None
    fields["province_name"] = province.name if province else ""
    fields["links"] = read_references(fields["subject"])
    fields["year"] = fields["issued_on"].year if fields["issued_on"] else year
    problems, notes = [], []

    def missing(name):
        problems.append(
            Problem(
                sheet,
                None,
                "",
                name,
                _("The directive's %(field)s is missing: the title rows do not give it. Enter it in the preview.")
                % {"field": REQUIRED_DETAILS[name]},
            )
        )

    if province is None:
        missing("province")
    if not fields["number"]:
        # Plans circulate before they are numbered (`Kế hoạch số      /KH-UBND`): imported as unnumbered.
        notes.append(
            Problem(
                sheet,
                None,
                "",
                "directive",
                _("The directive has no number yet: it is imported as unnumbered. Enter the number when it is known."),
            )
        )
    if not fields["subject"]:
        missing("subject")
    if issuer is None:
        missing("issuing_agency")
    return fields, problems, notes


def _reporting(fields, title, province, overrides, matcher):
    """Who consolidates the reports and when they fall due: the preview's choice, else what the title rows say,
    else the province's monitoring unit and usual schedules (so the new directive's tasks are reported on at once).
    """
    duty = next(filter(None, map(read_reporting_duty, title.lines)), None) if title else None
    monitor = None
    if overrides.get("monitoring_agency"):
        monitor = Agency.objects.filter(pk=overrides["monitoring_agency"]).first()
    if monitor is None and duty and duty.via:
        monitor = matcher.match(duty.via).agency
    if monitor is None:
        monitor = Agency.objects.monitoring_unit(province)
    fields["monitoring_agency"] = monitor.pk if monitor else None
    fields["monitoring_agency_name"] = monitor.name if monitor else ""
    if "schedules" in overrides:
        fields["schedules"], source = list(overrides["schedules"]), "chosen"
    elif duty:
        fields["schedules"], source = [spec.key for spec in duty.schedules], "file"
    else:
        fields["schedules"], source = [spec.key for spec in usual_schedules(province)], "usual"
    fields["schedules_source"] = source
    fields["reporting_text"] = duty.original if duty else ""


def schedule_labels(keys):
    """[(key, label)] for the schedule keys a preview holds."""
    return [(key, ScheduleSpec.from_key(key).label()) for key in keys]


def _issuing_agency(chosen, title, province, matcher):
    if chosen:
        return Agency.objects.filter(pk=chosen).first()
    if title and title.issuer:
        found = matcher.match(title.issuer).agency
        if found:
            return found
    if province is not None:
        return Agency.objects.filter(province=province, kind=AgencyKind.PEOPLES_COMMITTEE).order_by("pk").first()
    return None


def find_existing(province, fields, sha256):
    """The directive this file imports again: same number and symbol, or an earlier import of the same file."""
    if province is not None and fields["number"] and fields["symbol"]:
        found = Directive.objects.filter(province=province, number=fields["number"], symbol=fields["symbol"]).first()
        if found:
            return found
    job = (
        ImportJob.objects.filter(sha256=sha256, status=ImportStatus.DONE, directive__isnull=False)
        .select_related("directive")
        .order_by("-created_at")
        .first()
    )
    return job.directive if job else None


def task_signature(task):
    """What the file says about one task, in a form equal to `stored_signatures()` when nothing changed."""
    return {
        "parent": task.parent_code,
        "kind": str(task.kind),
        "label": task.label,
        "text": task.text,
        "expected_product": task.note,
        "sector": task.sector,
        "timeframe_text": task.timeframe.original,
        # An agency the file names and the portal does not hold has no id yet: it sorts last (never stored, so the
        # task differs from the stored one until it is resolved).
        "assignments": sorted(
            {(ref.holder_id, str(ref.role), ref.qualifier) for ref in task.agencies}, key=_assignment_order
        ),
        "targets": [
            (target.description, target.unit, str(target.comparison), f"{target.value.normalize():f}", target.due_year)
            for target in task.targets
        ],
    }


def _assignment_order(assignment):
    holder, role, qualifier = assignment
    return (holder is None, holder or 0, role, qualifier or "")


def stored_signatures(directive):
    """{code: (task id, signature)} for the directive's tasks, in three queries."""
    rows = Task.objects.filter(directive=directive).values_list(
        "pk",
        "code",
        "parent__code",
        "kind",
        "label",
        "text",
        "expected_product",
        "sector__name",
        "timeframe_text",
    )
    by_id = {}
    for pk, code, parent, kind, label, text, product, sector, timeframe in rows:
        by_id[pk] = (
            code,
            {
                "parent": parent or "",
                "kind": kind,
                "label": label,
                "text": text,
                "expected_product": product,
                "sector": sector or "",
                "timeframe_text": timeframe,
                "assignments": [],
                "targets": [],
            },
        )
    for task_id, *assignment in Assignment.objects.filter(task__directive=directive).values_list(
        "task_id", "agency_id", "role", "qualifier"
    ):
        by_id[task_id][1]["assignments"].append(tuple(assignment))
    targets = Target.objects.filter(task__directive=directive).order_by("task_id", "position")
    for task_id, *values in targets.values_list(
        "task_id",
        "description",
        "unit",
        "comparison",
        "target_value",
        "due_year",
    ):
        description, unit, comparison, value, year = values
        by_id[task_id][1]["targets"].append((description, unit, comparison, f"{value.normalize():f}", year))
    result = {}
    for pk, (code, signature) in by_id.items():
        signature["assignments"] = sorted(set(signature["assignments"]), key=_assignment_order)
        result[code] = (pk, signature)
    return result


def diff_tasks(directive, tasks, stored=None):
    """New, changed, unchanged and missing tasks; `stored` is `stored_signatures(directive)` if already read."""
    diff = Diff()
    if directive is None:
        diff.new = [task.code for task in tasks]
        return diff
    stored = stored_signatures(directive) if stored is None else stored
    for task in tasks:
        if task.code not in stored:
            diff.new.append(task.code)
            continue
        before = stored[task.code][1]
        after = task_signature(task)
        changed = [name for name in after if after[name] != before[name]]
        if changed:
            diff.changed[task.code] = changed
        else:
            diff.unchanged += 1
    in_file = {task.code for task in tasks}
    missing = set(stored) - in_file
    diff.missing = sorted((code, stored[code][1]["text"]) for code in missing)
    return diff


def _date(value):
    return value.isoformat() if value else None


def cli_json(preview):
    """The preview as `import_directives --dry-run --format json` prints it."""
    fields = preview.directive
    return {
        "directive": {
            "kind": str(fields["kind"]),
            "number": fields["number"],
            "symbol": fields["symbol"],
            "subject": fields["subject"],
            "place": fields["place"],
            "issued_on": _date(fields["issued_on"]),
            "year": fields["year"],
            "issuing_agency": fields["issuing_agency_name"],
            "province": fields["province_name"],
            "existing_id": preview.existing.pk if preview.existing else None,
            "links": _links_json(fields["links"]),
            "monitoring_agency": fields["monitoring_agency_name"],
            "schedules": [{"key": key, "label": label} for key, label in schedule_labels(fields["schedules"])],
            # what only a document's header gives
            **{name: fields[name] for name in ("signer", "signer_capacity", "recipients") if name in fields},
        },
        "tasks": [
            {
                "code": task.code,
                "text": task.text,
                # An agency the portal does not hold is given as the file writes it (also in unmatched_agencies).
                "leads": [ref.agency_name or ref.text for ref in task.leads],
                "coordinators": [ref.agency_name or ref.text for ref in task.coordinators],
                # What narrows each one down, kept on its assignment (`nơi có dự án` after `UBND các xã, phường`), in
                # the order of the names above; "" for a name written alone.
                "lead_qualifiers": [ref.qualifier for ref in task.leads],
                "coordinator_qualifiers": [ref.qualifier for ref in task.coordinators],
                # Who holds the work now: the successor of a body named that has since ceased.
                "current_leads": _holders(task.leads),
                "current_coordinators": _holders(task.coordinators),
                "timeframe": task.timeframe.original,
                "start_date": _date(task.timeframe.start_date),
                "due_date": _date(task.timeframe.due_date),
                "recurring": task.timeframe.is_recurring,
                "needs_review": task.timeframe.needs_review,
            }
            for task in preview.parsed.tasks
        ],
        "errors": [problem.as_json() for problem in preview.errors],
        "warnings": [problem.as_json() for problem in preview.warnings],
        "unmatched_agencies": [entry.text for entry in preview.parsed.unmatched.values()],
        # A name that is a catalogue body the province does not hold (`CA tỉnh`): the body's standard name beside
        # the one written, for a person to confirm creating it (never created by the import itself); a name two
        # bodies could be lists both.
        "proposed_agencies": [
            {
                "text": entry.text,
                "proposed": [
                    {"catalogue_name": body["name"], "catalogue_key": body["key"], "kind": body["kind"]}
                    for body in entry.proposals
                ],
            }
            for entry in preview.parsed.unmatched.values()
            if entry.proposals
        ],
        # A name that means one catalogue body the province lacks: created under the body's name when the import
        # is written (the tasks above already carry that name).
        "agencies_to_create": [
            {"text": entry.text, "name": entry.name, "catalogue_key": entry.key, "kind": entry.kind}
            for entry in preview.parsed.to_create.values()
        ],
    }


def page_json(preview):
    """The preview as the import page shows it and ImportJob.preview stores it (bounded in size)."""
    fields = preview.directive
    diff = preview.diff
    changed = diff.changed
    new = set(diff.new)
    return {
        "directive": {
            **{name: fields[name] for name in fields},
            "kind": str(fields["kind"]),
            "issued_on": _date(fields["issued_on"]),
            "links": _links_json(fields["links"]),
        },
        "existing": {"id": preview.existing.pk, "label": str(preview.existing)} if preview.existing else None,
        "task_count": len(preview.parsed.tasks),
        "rows_read": preview.parsed.rows_read,
        "tasks": [
            {
                "sheet": task.sheet,
                "row": task.row,
                "part": task.part,
                "code": task.code,
                "depth": task.depth,
                "kind": str(task.kind),
                "text": task.text,
                "note": task.note,
                "sector": task.sector,
                "leads": [_agency_json(ref) for ref in task.leads],
                "coordinators": [_agency_json(ref) for ref in task.coordinators],
                "timeframe": task.timeframe.original,
                "start_date": _date(task.timeframe.start_date),
                "due_date": _date(task.timeframe.due_date),
                "recurring": task.timeframe.is_recurring,
                "waits_on_event": task.timeframe.waits_on_event,
                "needs_review": task.timeframe.needs_review,
                "milestones": [[m.text, _date(m.due_date)] for m in task.timeframe.milestones],
                "targets": [[t.original, t.unit, f"{t.value.normalize():f}", t.due_year] for t in task.targets],
                "change": "new" if task.code in new else ("changed" if task.code in changed else "unchanged"),
                "changed_fields": changed.get(task.code, []),
            }
            for task in preview.parsed.tasks[:PAGE_TASKS]
        ],
        "sources": _sources_json(preview),
        "errors": [_problem_json(problem) for problem in preview.errors[:PAGE_PROBLEMS]],
        "error_count": len(preview.errors),
        "warnings": [_problem_json(problem) for problem in preview.warnings[:PAGE_PROBLEMS]],
        "unmatched_agencies": [
            {
                "text": entry.text,
                "candidates": entry.candidates,
                "near": [list(agency) for agency in entry.near],
                "proposals": entry.proposals,
                "count": len(entry.locations),
                "locations": [list(location) for location in entry.locations[:5]],
            }
            for entry in preview.parsed.unmatched.values()
        ],
        "agencies_to_create": [
            {
                "text": entry.text,
                "name": entry.name,
                "catalogue_key": entry.key,
                "kind": entry.kind,
                "count": len(entry.locations),
            }
            for entry in preview.parsed.to_create.values()
        ],
        "diff": {
            "new": len(diff.new),
            "changed": len(diff.changed),
            "unchanged": diff.unchanged,
            "missing": [list(item) for item in diff.missing[:PAGE_TASKS]],
            "missing_count": len(diff.missing),
        },
    }


def _sources_json(preview):
    """{paragraph: {page, text}} of the blocks the shown tasks were read from (a document's), for the preview."""
    if not preview.blocks:
        return {}
    by_paragraph = {block.paragraph: block for block in preview.blocks}
    sources = {}
    for task in preview.parsed.tasks[:PAGE_TASKS]:
        block = by_paragraph.get(task.row)
        if block is not None:
            sources[str(block.paragraph)] = {"page": block.page, "text": block.text}
    return sources


def _links_json(links):
    return [{**link, "relation": str(link["relation"]), "issued_on": _date(link["issued_on"])} for link in links]


def _holders(refs):
    """The names of the bodies that hold the work now, once each, in the document's order."""
    return list(dict.fromkeys(ref.current_name or ref.agency_name or ref.text for ref in refs))


def _agency_json(ref):
    return {
        "text": ref.text,
        "name": ref.agency_name,
        "id": ref.agency_id,
        "qualifier": ref.qualifier,
        "current": ref.current_name,
        "catalogue_key": ref.catalogue_key,
    }


def _problem_json(problem):
    return {**problem.as_json(), "field": problem.field}
