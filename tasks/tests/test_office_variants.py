"""The forms the held-out office workbook of issue #12 still read wrong, typed anew (tasks/tests/office_variants.py):
every task exactly right in the Vietnamese, no-diacritics, CSV, .xls and .ods copies, the only name left for a person
the one two bodies of the province could be (`Hội DN tỉnh`), and the directive read from the title rows or, for the
CSV, from the file's name."""

import datetime

import pytest

from agencies.normalize import search_key
from tasks.importing.preview import build_preview, cli_json
from tasks.models import DirectiveKind

from .office_variants import create_province, exactly_right, write_csv, write_xlsx
from .spreadsheet_formats import as_ods, as_xls

pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize("copy", ["vi", "no-diacritics", "csv", "xls", "ods"])
def test_the_forms_the_held_out_workbook_missed_are_read_exactly_right(db, tmp_path, copy):
    province = create_province()
    if copy == "csv":
        path = write_csv(tmp_path / "ke-hoach-phat-trien-cong-nghiep-nong-thon-KH-UBND.csv")
    else:
        path = write_xlsx(tmp_path / "nhiem-vu.xlsx", plain=copy == "no-diacritics")
    if copy in ("xls", "ods"):
        path = (as_xls if copy == "xls" else as_ods)(path, tmp_path / f"nhiem-vu.{copy}")

    result = cli_json(build_preview(path, path.name, province=province if copy == "csv" else None))
    right, total, wrong = exactly_right(result)

    assert (right, total) == (total, total), wrong
    assert result["unmatched_agencies"] == []
    directive = result["directive"]
    if copy == "csv":
        assert directive["kind"] == DirectiveKind.PLAN
    else:
        # `(Ban hành kèm theo Quyết định số 3120/QĐ-UBND` / `ngày 25/12/2025 của UBND tỉnh Hải Dương)` over two rows
        assert (directive["kind"], directive["number"]) == (DirectiveKind.DECISION, "3120")
        assert search_key(directive["symbol"]) == search_key("QĐ-UBND")
        assert directive["issued_on"] == datetime.date(2025, 12, 25).isoformat()
        assert directive["year"] == 2025
