"""The five seed documents, read through the document intake (`tasks/intake`) as an import previews them.

The seeds are copied into the repository (`tasks/demo/seeds/`, the text of `../shared/seeds/`) so a clone needs
nothing beside it. What the intake cannot get from a seed by itself is data kept beside it, not code:
`NNN.corrected.txt` (004: the OCR scan with its diacritics restored by hand) is read instead of the seed, and
`NNN.overrides.json` holds the province the document belongs to and corrections to proposed tasks, each with its
reason, in the shape of the corrections a person makes in the import preview (`tasks.importing.edits`): keyed by
the paragraph the task is read from, replacing its text, lead, coordinating or executing agencies or timeframe, or
dropping it; `code` names the task the paragraph gives, so an override that no longer lands on it is noticed.
"""

import json
from pathlib import Path

from agencies.models import Province
from tasks.importing.edits import EDITABLE, HEADING, TASK_EDITS, row_key
from tasks.importing.preview import build_preview

FOLDER = Path(__file__).resolve().parent / "seeds"
NUMBERS = range(5)


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


def read_seed(number, *, corrected=True, corrections=True):
    """The import preview of a seed: read by the intake for its province, with its overrides' corrections applied
    (`corrections=False`: as the intake reads it alone)."""
    path = seed_path(number, corrected=corrected)
    overrides = seed_overrides(number)
    province = Province.objects.get(code=overrides["province"]) if "province" in overrides else None
    edits = task_edits(path, overrides) if corrections else {}
    return build_preview(path, path.name, province=province, overrides={TASK_EDITS: edits})
