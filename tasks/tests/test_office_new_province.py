"""Two real 2025 plans typed as office workbooks (tasks/tests/office_new_province.py) imported into a province set up
by `create_province` alone, as a new user would: every task exactly right in the Vietnamese, no-diacritics and CSV
copies, no name left for a person (each body the province lacks is created from the catalogue on confirming), and
the title block of an unnumbered plan read for its kind and year."""

import pytest

from tasks.importing.preview import build_preview, cli_json
from tasks.models import DirectiveKind

from .office_new_province import PLANS, create_province, exactly_right, expected, write_csv, write_xlsx

pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize("copy", ["vi", "no-diacritics", "csv"])
@pytest.mark.parametrize("plan", list(PLANS))
def test_a_new_provinces_import_of_an_office_workbook_is_exactly_right(db, tmp_path, plan, copy):
    province = create_province(plan)
    if copy == "csv":
        path = write_csv(plan, tmp_path / f"ke-hoach-{plan}-KH-UBND.csv")
    else:
        path = write_xlsx(plan, tmp_path / f"{plan}.xlsx", plain=copy == "no-diacritics")

    result = cli_json(build_preview(path, path.name, province=province))
    right, total, wrong = exactly_right(plan, result, plain=copy == "no-diacritics")

    assert (right, total) == (total, total), wrong
    assert result["unmatched_agencies"] == []
    # every body the rows name that the new province lacks is created from the catalogue on confirming, no other
    named = {name for leads, coordinators, _due, _recurring in expected(plan).values() for name in leads + coordinators}
    held = set(province.agencies.values_list("name", flat=True))
    assert {entry["name"] for entry in result["agencies_to_create"]} == named - held
    assert [problem["message"] for problem in result["errors"] if problem["row"]] == []
    assert result["directive"]["kind"] == DirectiveKind.PLAN
    if copy != "csv":
        # `(Kèm theo Kế hoạch số      /KH-UBND ngày    tháng 11 năm 2025 của UBND tỉnh …)`: unnumbered, of 2025
        assert (result["directive"]["number"], result["directive"]["year"]) == ("", 2025)
