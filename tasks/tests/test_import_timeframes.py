"""Deadlines in an imported table read against the directive they belong to: a day and month without a year is the
next one on or after the directive's date (a person still checks it); spans between two periods."""

from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import AgencyFactory, ProvinceFactory
from tasks.importing.preview import build_preview, cli_json

TITLE = "(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/5/2024 của UBND tỉnh Bắc Ninh)"
ROWS = [
    ("1", "Rà soát cơ chế hỗ trợ doanh nghiệp", "Trước 15/12", "2024-12-15"),
    ("2", "Tổng kết chương trình", "Trước ngày 15/3", "2025-03-15"),
    ("3", "Khảo sát các cụm công nghiệp", "Từ 15/11 đến 20/11/2024", "2024-11-20"),
    ("4", "Xúc tiến đầu tư", "Quý III/2024 - Quý I/2025", "2025-03-31"),
    ("5", "Đào tạo nghề", "Tháng 6-9/2024", "2024-09-30"),
]


def _preview(tmp_path, title, plain=False):
    province = ProvinceFactory(name="Bắc Ninh")
    AgencyFactory(province=province, name="Sở Công Thương")
    lines = [title, "STT,Nhiệm vụ,Cơ quan chủ trì,Thời hạn"]
    lines += [f'{code},{text},Sở Công Thương,"{timeframe}"' for code, text, timeframe, *_ in ROWS]
    text = "\n".join(lines) + "\n"
    path = tmp_path / "ke-hoach.csv"
    path.write_text(without_diacritics(text) if plain else text, encoding="utf-8")
    return cli_json(build_preview(path, path.name, province=province))


def test_deadlines_are_read_against_the_directives_date(db, tmp_path):
    for plain in (False, True):
        result = _preview(tmp_path, TITLE, plain)

        assert not [error for error in result["errors"] if error["row"]]
        tasks = {task["code"]: task for task in result["tasks"]}
        assert {code: tasks[code]["due_date"] for code, *_ in ROWS} == {code: due for code, *_, due in ROWS}
        # the year the table left out is said, for a person to check; the rows that wrote one are not marked
        assert {code for code, task in tasks.items() if task["needs_review"]} == {"1", "2"}
        marked = {warning["row"]: warning["message"] for warning in result["warnings"] if warning["column"] == "D"}
        assert set(marked) == {3, 4}
        assert "15/12 → 15/12/2024" in marked[3] and "15/3 → 15/03/2025" in marked[4]


def test_without_the_directives_date_a_day_without_its_year_stays_for_a_person(db, tmp_path):
    result = _preview(tmp_path, "KẾ HOẠCH PHÁT TRIỂN CÔNG NGHIỆP")

    tasks = {task["code"]: task for task in result["tasks"]}
    assert tasks["1"]["due_date"] is None
    assert tasks["4"]["due_date"] == "2025-03-31"
    assert tasks["1"]["needs_review"]
    assert any(warning["row"] == 3 and warning["column"] == "D" for warning in result["warnings"])
