"""How many tasks of an office workbook of a real plan the import gets exactly right (tasks/tests/office_plan.py):
at least 98 % in the Vietnamese, no-diacritics, CSV, .xls and .ods copies, and at most two names left for a person
per file."""

import pytest

from tasks.importing.preview import build_preview, cli_json

from .office_plan import create_province, exactly_right, write_csv, write_xlsx
from .spreadsheet_formats import as_ods, as_xls

pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize("copy", ["vi", "no-diacritics", "csv", "xls", "ods"])
def test_an_office_workbook_of_a_real_plan_is_read_exactly_right(db, tmp_path, copy):
    create_province()
    if copy == "csv":
        path = write_csv(tmp_path / "ke-hoach.csv")
    else:
        path = write_xlsx(tmp_path / "ke-hoach.xlsx", plain=copy == "no-diacritics")
    if copy in ("xls", "ods"):
        path = (as_xls if copy == "xls" else as_ods)(path, tmp_path / f"ke-hoach.{copy}")

    result = cli_json(build_preview(path, path.name))
    right, total, wrong = exactly_right(result)

    print(
        f"{copy}: {right}/{total} tasks exactly right ({right / total:.1%}); unmatched {result['unmatched_agencies']}"
    )
    assert right / total >= 0.98, wrong
    assert len(result["unmatched_agencies"]) <= 2
