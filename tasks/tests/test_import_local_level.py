"""An office workbook naming the localities as offices write them (issue #12): `Các địa phương`, `các địa phương liên
quan`, `UBND các địa phương`, `Địa phương`, as a whole cell or a list item, are the local people's committees at the
level the province has on the plan's date: the districts' group (UBND các huyện, thị xã, thành phố) for a plan dated
before the district level ended (30/6/2025), the communes' group (UBND các xã, phường, đặc khu) after it. `Các sở,
ban, ngành, địa phương` is the departments' group and that local group."""

import datetime

import pytest

from agencies.services import create_province
from agencies.tests.bodies import without_diacritics
from tasks.importing.preview import build_preview, cli_json

from . import office_sheets

SECTION = "SECTION"
HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
LOCAL = "LOCAL"  # the local level's group of the plan's date
HUYEN = "UBND các huyện, thị xã, thành phố"
XA = "UBND các xã, phường, đặc khu"
SBN = "Các sở, ban, ngành tỉnh"
ROWS = [
    (SECTION, "I. Xây dựng nông thôn mới"),
    ("Rà soát tiêu chí nông thôn mới", "Sở Nông nghiệp và Môi trường", "Các địa phương", "Quý III/2025"),
    ("Hỗ trợ hợp tác xã", "UBND các địa phương", "Sở Tài chính", "Quý IV/2025"),
    (
        "Kiểm tra an toàn thực phẩm",
        "Sở Y tế",
        "Sở Công Thương; các địa phương liên quan",
        "Quý IV/2025",
    ),
    (SECTION, "II. Chuyển đổi số"),
    ("Cập nhật dữ liệu dân cư", "Địa phương", "Sở Tư pháp", "Quý IV/2025"),
    ("Triển khai dịch vụ công trực tuyến", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành, địa phương", "Quý IV/2025"),
]
# (leads, coordinators) of each task row, LOCAL for the local level's group
ANSWERS = [
    (["Sở Nông nghiệp và Môi trường"], [LOCAL], datetime.date(2025, 9, 30)),
    ([LOCAL], ["Sở Tài chính"], datetime.date(2025, 12, 31)),
    (["Sở Y tế"], ["Sở Công Thương", LOCAL], datetime.date(2025, 12, 31)),
    ([LOCAL], ["Sở Tư pháp"], datetime.date(2025, 12, 31)),
    (["Sở Khoa học và Công nghệ"], [SBN, LOCAL], datetime.date(2025, 12, 31)),
]


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def province(db):
    """A province as it stood before the reorganization: its departments, and both local levels' groups."""
    province, _created = create_province("Lâm Đồng", datetime.date(2025, 6, 1))
    return province


def write_xlsx(path, dated, plain):
    title = [
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "KẾ HOẠCH",
        "Xây dựng nông thôn mới và chuyển đổi số năm 2025",
        f"(Ban hành kèm theo Kế hoạch số 45/KH-UBND {dated} của UBND tỉnh Lâm Đồng)",
    ]
    return office_sheets.write_titled_xlsx(path, title, HEADER, ROWS, SECTION, plain=plain)


def want(local):
    """code -> (leads, coordinators, due date, recurring), the local level's group being `local`."""
    filled = iter(
        (
            [local if name == LOCAL else name for name in leads],
            [local if name == LOCAL else name for name in coordinators],
            due,
            False,
        )
        for leads, coordinators, due in ANSWERS
    )
    return office_sheets.expected([row if row[0] == SECTION else (*row, *next(filled)) for row in ROWS], SECTION)


def read(province, path, **options):
    result = cli_json(build_preview(path, path.name, province=province, **options))
    assert (result["errors"], result["unmatched_agencies"], result["agencies_to_create"]) == ([], [], [])
    return result


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("dated", "local"), [("ngày 20/3/2025", HUYEN), ("ngày 15/8/2025", XA)])
def test_the_localities_are_the_local_level_of_the_plans_date(province, tmp_path, plain, dated, local):
    path = write_xlsx(tmp_path / "ke-hoach.xlsx", dated, plain)

    result = read(province, path)

    right, total, wrong = office_sheets.exactly_right(result, want(local), plain)
    assert (right, total) == (total, total), wrong


def test_a_plan_dated_by_its_year_alone_is_read_on_the_date_typed_in_the_preview(province, tmp_path):
    """`ngày   tháng   năm 2025`: its year's first day (the districts) until the person types the date."""
    path = write_xlsx(tmp_path / "ke-hoach.xlsx", "ngày    tháng    năm 2025", plain=False)

    for typed, local in ((None, HUYEN), ("2025-09-05", XA)):
        result = read(province, path, overrides={"issued_on": typed} if typed else None)

        coordinators = {task["code"]: task["coordinators"] for task in result["tasks"]}
        assert coordinators["I.1"] == [local], typed


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(
    ("dated", "local"),
    [
        ("ngày    tháng 9 năm 2025", XA),
        ("ngày ... tháng 5 năm 2025", HUYEN),
        ("ngày …/10/2025", XA),
        ("ngày    tháng 01 năm 2025", HUYEN),
        # without the word `ngày`, after the number
        ("tháng 11 năm 2025", XA),
        ("tháng 8/2025", XA),
        ("tháng 4 năm 2025", HUYEN),
    ],
)
def test_a_plan_dated_by_its_month_and_year_is_read_on_the_first_day_of_that_month(
    province, tmp_path, plain, dated, local
):
    """`ngày    tháng 9 năm 2025`, its day left blank for signing: the month says the level (after 30/6/2025 the
    communes), not the year's first day."""
    path = write_xlsx(tmp_path / "ke-hoach.xlsx", dated, plain)

    result = read(province, path)

    right, total, wrong = office_sheets.exactly_right(result, want(local), plain)
    assert (right, total) == (total, total), wrong


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(
    ("line", "local"),
    [("Lâm Đồng, tháng 10 năm 2025", XA), ("Đà Lạt, ngày    tháng 3 năm 2025", HUYEN), ("Tháng 9/2025", XA)],
)
def test_a_title_line_giving_the_month_alone_dates_the_plan_and_names_its_place(province, tmp_path, plain, line, local):
    """`Lâm Đồng, tháng 10 năm 2025` under the number, as a title line of its own: the plan's month (its first day
    says the level) and the place before the comma, as a dated line gives them."""
    title = [
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "Số:      /KH-UBND",
        line,
        "KẾ HOẠCH",
        "Xây dựng nông thôn mới và chuyển đổi số năm 2025",
    ]
    path = office_sheets.write_titled_xlsx(tmp_path / "ke-hoach.xlsx", title, HEADER, ROWS, SECTION, plain=plain)

    result = read(province, path)

    right, total, wrong = office_sheets.exactly_right(result, want(local), plain)
    assert (right, total) == (total, total), wrong
    place = line.split(",")[0] if "," in line else ""
    assert result["directive"]["place"] == (without_diacritics(place) if plain else place)


def test_a_subject_naming_a_month_gives_no_date(province, tmp_path):
    """`tháng` without `ngày` inside the subject is the subject's words, not the plan's date: the year's first day
    (the districts) stands, and the subject keeps them."""
    title = [
        "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "KẾ HOẠCH",
        "Cao điểm phòng, chống buôn lậu tháng 10 năm 2025",
        "(Kèm theo Kế hoạch số      /KH-UBND năm 2025 của UBND tỉnh Lâm Đồng)",
    ]
    path = office_sheets.write_titled_xlsx(tmp_path / "ke-hoach.xlsx", title, HEADER, ROWS, SECTION)

    result = read(province, path)

    right, total, wrong = office_sheets.exactly_right(result, want(HUYEN), False)
    assert (right, total) == (total, total), wrong
    assert "tháng 10 năm 2025" in result["directive"]["subject"]


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("year", "local", "told"), [("2024", HUYEN, True), ("2025", XA, False)])
def test_a_file_without_a_date_reads_the_localities_on_its_earliest_deadline(
    province, tmp_path, plain, year, local, told
):
    """A CSV exported with no title rows: a plan is written before its first deadline, so deadlines of 2024 say the
    district level (the person is told, and can type the date); those after the district level ended say nothing
    new (today's level)."""
    rows = [row if row[0] == SECTION else (*row[:3], row[3].replace("2025", year)) for row in ROWS]
    # a period that started before the district level ended is no deadline: the plan may be written after it
    rows[2] = (*rows[2][:3], f"Giai đoạn 2024 - {year}")
    header = ["Mã nhiệm vụ", "Mục", *HEADER[1:]]
    path = office_sheets.write_csv(tmp_path / "xuat-du-lieu.csv", header, rows, SECTION)
    if plain:
        path.write_text(without_diacritics(path.read_text(encoding="utf-8-sig")), encoding="utf-8")

    result = read(province, path, overrides={"subject": "Kế hoạch"})

    answers = {code: (leads, coordinators) for code, (leads, coordinators, *_) in want(local).items()}
    got = {task["code"]: (task["leads"], task["coordinators"]) for task in result["tasks"] if task["leads"]}
    assert got == answers
    notes = [warning["message"] for warning in result["warnings"] if warning["row"] is None]
    assert bool([note for note in notes if "earliest deadline" in note and "30/09/2024" in note]) == told
