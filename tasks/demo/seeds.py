"""The five seed documents, read through the document intake (`tasks/intake`) and imported as the web imports them.

The seeds are copied into the repository (`tasks/demo/seeds/`, the text of `../shared/seeds/`) so a clone needs
nothing beside it. What the intake cannot get from a seed by itself is data kept beside it, not code:
`NNN.corrected.txt` (004: the OCR scan with its diacritics restored by hand) is read instead of the seed, and
`NNN.overrides.json` holds, each with its reason, what a person gives in the import preview:
- `province`: the province the document belongs to (the province the import is started in);
- `directive`: the details a person types where the document lacks them (`kind`, `number`, `symbol`, `subject`,
  `place`, `issued_on`, `issuing_agency` and `monitoring_agency` by the agency's name, `schedules`: the reporting
  schedules chosen, as schedule keys) and `note`, the directive's note, written after the import;
- `tasks`: corrections to proposed tasks, in the shape of the corrections a person makes in the preview
  (`tasks.importing.edits`): keyed by the paragraph the task is read from, replacing its text, lead,
  coordinating or executing agencies or timeframe, dropping it, or saying it is a heading; `code` names the task
  the paragraph gives, so an override that no longer lands on it is noticed.

`import_seed` imports a seed through the import's own job: the file stored on an ImportJob, read by `run_preview`
and written by `run_commit`, as the worker does after a person confirms; a preview with problems is refused.
"""

import json
from pathlib import Path

from django.core.files.base import ContentFile

from agencies.matching import AgencyMatcher
from agencies.models import Province
from tasks.importing.edits import EDITABLE, HEADING, TASK_EDITS, row_key
from tasks.importing.jobs import run_commit, run_preview
from tasks.importing.preview import DIRECTIVE_FIELDS, build_preview, file_sha256
from tasks.models import ImportJob, ImportStatus

FOLDER = Path(__file__).resolve().parent / "seeds"
NUMBERS = range(5)
AGENCY_FIELDS = ("issuing_agency", "monitoring_agency")
EXACT_MATCHES = ("name", "short_name", "alias")


class DemoDataError(Exception):
    """A seed's data names something the portal does not hold, or its preview still has problems."""


def seed_path(number, *, corrected=True):
    """The seed's text as the demo reads it: its corrected text where there is one, else the seed itself."""
    if corrected:
        fixed = FOLDER / f"{number:03d}.corrected.txt"
        if fixed.exists():
            return fixed
    return next(FOLDER.glob(f"{number:03d}_*.txt"))


def seed_overrides(number):
    """The seed's overrides file as data ({} when it has none)."""
    path = FOLDER / f"{number:03d}.overrides.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def task_edits(path, overrides):
    """The overrides' task corrections as the import preview keeps them: by row key, the editable fields only."""
    edits = {}
    for paragraph, entry in overrides.get("tasks", {}).items():
        edit = {name: value for name, value in entry.items() if name in (*EDITABLE, HEADING)}
        if entry.get("dropped"):
            edit["dropped"] = True
        edits[row_key(path.name, int(paragraph))] = edit
    return edits


def seed_province(overrides):
    if "province" not in overrides:
        return None
    try:
        return Province.objects.get(code=overrides["province"])
    except Province.DoesNotExist:
        raise DemoDataError(f"No province {overrides['province']!r} in the demo data.") from None


def directive_details(overrides, province):
    """The directive's details the overrides give, as the preview's form keeps them (agencies by id)."""
    given = overrides.get("directive", {})
    details = {name: given[name] for name in DIRECTIVE_FIELDS if name in given}
    if "schedules" in given:
        details["schedules"] = list(given["schedules"])
    matcher = AgencyMatcher(province) if province else None
    for name in AGENCY_FIELDS:
        if name not in given:
            continue
        match = matcher.match(given[name]) if matcher else None
        if match is None or match.agency is None or match.method not in EXACT_MATCHES:
            raise DemoDataError(f"No agency of {province} is called {given[name]!r} in the demo data.")
        details[name] = match.agency.pk
    return details


def job_overrides(number, path, *, corrections=True):
    """All the seed's overrides as an import keeps them on its job: the directive's details and the task edits."""
    overrides = seed_overrides(number)
    province = seed_province(overrides)
    details = directive_details(overrides, province) if corrections else {}
    edits = task_edits(path, overrides) if corrections else {}
    return province, {**details, TASK_EDITS: edits}


def read_seed(number, *, corrected=True, corrections=True):
    """The import preview of a seed: read by the intake for its province, with its overrides' corrections applied
    (`corrections=False`: as the intake reads it alone)."""
    path = seed_path(number, corrected=corrected)
    province, overrides = job_overrides(number, path, corrections=corrections)
    return build_preview(path, path.name, province=province, overrides=overrides)


def import_seed(number):
    """Import the seed as a confirmed import is written; returns its directive.

    A seed imported before with the same text and overrides is not imported again: its directive is the one that
    import wrote (an unnumbered directive is found again only by its import's file).
    """
    path = seed_path(number)
    province, overrides = job_overrides(number, path)
    sha256 = file_sha256(path)
    done = (
        ImportJob.objects.filter(sha256=sha256, status=ImportStatus.DONE, directive__isnull=False)
        .order_by("-created_at")
        .first()
    )
    if done is not None and done.overrides == overrides and done.province_id == getattr(province, "pk", None):
        return done.directive, False
    job = ImportJob(province=province, original_name=path.name, sha256=sha256, overrides=overrides)
    job.file.save(path.name, ContentFile(path.read_bytes()), save=False)
    job.status = ImportStatus.READING
    job.save()
    preview = run_preview(job.pk)
    if preview is None or not preview.is_clean:
        job.refresh_from_db(fields=["error"])
        problems = [problem.message for problem in preview.errors] if preview is not None else [job.error]
        raise DemoDataError(f"Seed {number:03d} does not import cleanly: {'; '.join(problems)}")
    # The person's confirmation (`confirm_import`), with the commit run here rather than queued for the worker.
    ImportJob.objects.filter(pk=job.pk, status=ImportStatus.READY).update(status=ImportStatus.COMMITTING)
    result = run_commit(job.pk)
    if result is None:
        job.refresh_from_db(fields=["error"])
        raise DemoDataError(f"Seed {number:03d} was not imported: {job.error}")
    return result.directive, True


def seed_directive(number):
    """The directive the seed's import wrote."""
    job = (
        ImportJob.objects.filter(sha256=file_sha256(seed_path(number)), status=ImportStatus.DONE)
        .exclude(directive=None)
        .select_related("directive")
        .order_by("-created_at")
        .first()
    )
    if job is None:
        raise DemoDataError(f"Seed {number:03d} has not been imported.")
    return job.directive
