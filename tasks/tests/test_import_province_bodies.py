"""An office workbook naming bodies a province may hold or not (issue #12): the zone boards, the business association
beside the group of associations, bodies named after the province and units in brackets after their body. A province
holding them gets each task's agencies; one lacking them is proposed exactly the catalogue body each name means."""

import datetime

import pytest

from agencies.models import AgencyKind
from agencies.normalize import search_key
from agencies.tests.factories import province_with_bodies
from tasks.importing.commit import commit_preview
from tasks.importing.preview import build_preview, cli_json
from tasks.models import Assignment

from . import office_sheets

SECTION = "SECTION"
BOARD = "Ban Quản lý các khu công nghiệp Bắc Ninh"
POLICE = "Công an tỉnh Bắc Ninh"
ASSOCIATION = "Hiệp hội Doanh nghiệp tỉnh Bắc Ninh"
ASSOCIATIONS = "Các hiệp hội doanh nghiệp"
PAPER = "Báo Bắc Ninh"
POWER = "Công ty Điện lực Bắc Ninh"
STATION = "Đài Phát thanh và Truyền hình Bắc Ninh"
MARKET = "Cục Quản lý thị trường tỉnh Bắc Ninh"
TRADE = "Sở Công Thương"
HOLDING = {
    "Ủy ban nhân dân tỉnh Bắc Ninh": AgencyKind.PEOPLES_COMMITTEE,
    TRADE: AgencyKind.DEPARTMENT,
    BOARD: AgencyKind.BOARD,
    POLICE: AgencyKind.OTHER,
    ASSOCIATION: AgencyKind.ASSOCIATION,
    PAPER: AgencyKind.UNIT,
    POWER: AgencyKind.OTHER,
    STATION: AgencyKind.UNIT,
    MARKET: AgencyKind.OTHER,
}
Q = datetime.date(2026, 12, 31)
# (text, lead cell, coordinator cell, timeframe cell, leads, coordinators, due date, recurring) as Bắc Ninh reads them
ROWS = [
    (SECTION, "I. Phát triển các khu công nghiệp"),
    (
        "Thu hút đầu tư vào các khu công nghiệp",
        "BQL các KCN",
        "Sở CT (TT Khuyến công), Hiệp hội DN tỉnh",
        "Năm 2026",
        [BOARD],
        [TRADE, ASSOCIATION],
        Q,
        False,
    ),
    (
        "Bảo đảm an ninh trật tự trong khu kinh tế, khu công nghiệp",
        "Ban Quản lý Khu kinh tế tỉnh",
        "CA tỉnh (Phòng CSMT); Báo Bắc Ninh",
        "Năm 2026",
        [BOARD],
        [POLICE, PAPER],
        Q,
        False,
    ),
    (SECTION, "II. Cung ứng điện và tuyên truyền"),
    (
        "Bảo đảm cung ứng điện cho các khu công nghiệp",
        "Công ty Điện lực Bắc Ninh",
        "Hiệp hội Doanh nghiệp tỉnh, Các hiệp hội doanh nghiệp",
        "Năm 2026",
        [POWER],
        [ASSOCIATION, ASSOCIATIONS],
        Q,
        False,
    ),
    (
        "Tuyên truyền về phòng cháy, chữa cháy tại khu công nghiệp",
        "Công an tỉnh (Phòng PC06)",
        "Đài PT-TH tỉnh, Báo tỉnh, Cục QLTT tỉnh",
        "Năm 2026",
        [POLICE],
        [STATION, PAPER, MARKET],
        Q,
        False,
    ),
]
HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
# What a province lacking these bodies creates on confirming for each name written, under the name its own body
# gets (the names of Bắc Ninh's own, written with its name, are another province's there and create nothing). The plan
# is of 2026: the station and the paper had merged into one body, and the Cục QLTT had become the Chi cục under Sở
# Công Thương, which do their work.
TO_CREATE = {
    "BQL các KCN": ("ban-quan-ly-cac-khu-cong-nghiep", "Ban Quản lý các khu công nghiệp tỉnh Long An"),
    "Ban Quản lý Khu kinh tế tỉnh": ("ban-quan-ly-khu-kinh-te", "Ban Quản lý Khu kinh tế tỉnh"),
    "Hiệp hội DN tỉnh": ("hiep-hoi-doanh-nghiep-tinh", "Hiệp hội Doanh nghiệp tỉnh"),
    "Hiệp hội Doanh nghiệp tỉnh": ("hiep-hoi-doanh-nghiep-tinh", "Hiệp hội Doanh nghiệp tỉnh"),
    "CA tỉnh (Phòng CSMT)": ("cong-an-tinh", "Công an tỉnh"),
    "Công an tỉnh (Phòng PC06)": ("cong-an-tinh", "Công an tỉnh"),
    "Đài PT-TH tỉnh": ("bao-va-phat-thanh-truyen-hinh", "Báo và Phát thanh, Truyền hình Long An"),
    "Báo tỉnh": ("bao-va-phat-thanh-truyen-hinh", "Báo và Phát thanh, Truyền hình Long An"),
    "Cục QLTT tỉnh": ("chi-cuc-quan-ly-thi-truong", "Chi cục Quản lý thị trường tỉnh"),
}


pytestmark = pytest.mark.usefixtures("english")


def write_xlsx(path, place, plain=False):
    title = [
        f"ỦY BAN NHÂN DÂN TỈNH {place.upper()}",
        "KẾ HOẠCH",
        "Phát triển các khu công nghiệp năm 2026",
        f"(Ban hành kèm theo Quyết định số 120/QĐ-UBND ngày 10/01/2026 của UBND tỉnh {place})",
    ]
    return office_sheets.write_titled_xlsx(path, title, HEADER, ROWS, SECTION, cells=lambda row: row[:4], plain=plain)


@pytest.mark.parametrize("plain", [False, True])
def test_a_province_holding_the_bodies_gets_each_tasks_agencies(db, tmp_path, plain):
    province = province_with_bodies("Bắc Ninh", "bac-ninh", HOLDING, ["cac-hiep-hoi-doanh-nghiep"])
    path = write_xlsx(tmp_path / "ke-hoach.xlsx", "Bắc Ninh", plain=plain)

    preview = build_preview(path, path.name, province=province)
    result = cli_json(preview)
    right, total, wrong = office_sheets.exactly_right(result, office_sheets.expected(ROWS, SECTION))

    assert (right, total) == (total, total), wrong
    assert (result["unmatched_agencies"], result["proposed_agencies"], result["errors"]) == ([], [], [])
    commit_preview(preview)
    # the unit in brackets is kept beside the body the task goes to
    police = Assignment.objects.get(agency__name=POLICE, role="coordinating")
    assert search_key(police.qualifier) == "phong csmt"
    trade = Assignment.objects.get(agency__name=TRADE, role="coordinating")
    assert search_key(trade.qualifier) == "tt khuyen cong"


@pytest.mark.parametrize("plain", [False, True])
def test_a_province_lacking_the_bodies_creates_exactly_the_catalogue_body_each_name_means(db, tmp_path, plain):
    province = province_with_bodies("Long An", "long-an", {TRADE: AgencyKind.DEPARTMENT}, ["cac-hiep-hoi-doanh-nghiep"])
    path = write_xlsx(tmp_path / "ke-hoach.xlsx", "Long An", plain=plain)

    result = cli_json(build_preview(path, path.name, province=province))
    to_create = {
        search_key(entry["text"]): (entry["catalogue_key"], entry["name"]) for entry in result["agencies_to_create"]
    }
    named = {name for task in result["tasks"] for name in (*task["leads"], *task["coordinators"])}

    # one body to create for each the names mean, listed under a name written for it
    assert set(to_create.values()) == set(TO_CREATE.values())
    assert to_create.items() <= {search_key(text): body for text, body in TO_CREATE.items()}.items()
    assert result["proposed_agencies"] == []
    # the tasks carry the names of the bodies to create
    assert {name for _key, name in TO_CREATE.values()} <= named
