"""A body that had ceased by the plan's date, written by habit (`Sở KH&ĐT` in a plan of 2026): the body doing its
work on that date (the catalogue's successors), a split one's successors for a person to choose among; the old body
in a plan of its time, or where the province still holds it."""

import datetime

import pytest

from agencies.catalogue import catalogue
from agencies.management.commands.create_province import create_province
from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import province_with_bodies
from tasks.importing.preview import build_preview, cli_json
from tasks.tests.test_import_outline_numbers import workbook

AFTER = datetime.date(2026, 2, 1)
BEFORE = datetime.date(2024, 5, 1)

# written by habit -> the body doing its work after the 2025 reorganization
CEASED = [
    ("Sở KH&ĐT", "Sở Tài chính"),
    ("Sở KH-ĐT (chủ trì)", "Sở Tài chính"),
    ("Sở TN&MT", "Sở Nông nghiệp và Môi trường"),
    ("Sở TNMT", "Sở Nông nghiệp và Môi trường"),
    ("Sở NN&PTNT", "Sở Nông nghiệp và Môi trường"),
    ("Sở GTVT", "Sở Xây dựng"),
    ("UBND các huyện, TX, TP", "UBND các xã, phường, đặc khu"),
]


@pytest.fixture
def dong_thap(db):
    province, _agencies = create_province("Đồng Tháp", AFTER)
    return province


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("written", "body"), CEASED)
def test_a_ceased_body_in_a_plan_after_it_is_the_body_doing_its_work(dong_thap, written, body, plain):
    found = AgencyMatcher(dong_thap, AFTER).match(without_diacritics(written) if plain else written)

    assert (found.agency.name if found.agency else None, found.proposals) == (body, ())


@pytest.mark.parametrize("written", ["Sở TT&TT", "Sở TTTT", "Sở LĐ-TB&XH"])
def test_a_body_split_between_several_is_left_for_a_person_to_choose_among_them(dong_thap, written):
    found = AgencyMatcher(dong_thap, AFTER).match(written)

    assert found.agency is None
    successors = {
        "Sở TT&TT": {"Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch"},
        "Sở TTTT": {"Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch"},
        "Sở LĐ-TB&XH": {"Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo"},
    }[written]
    assert {agency.name for agency in found.candidates} == successors


@pytest.mark.parametrize(("written", "old"), [("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư"), ("Sở TT&TT", None)])
def test_in_a_plan_of_its_time_the_body_is_itself(db, written, old):
    province, _agencies = create_province("Bình Phước", BEFORE)

    found = AgencyMatcher(province, BEFORE).match(written)

    assert found.agency is not None and found.agency.name == (old or "Sở Thông tin và Truyền thông")


def test_a_province_still_holding_the_ceased_body_is_answered_by_it(db):
    held = "Sở Kế hoạch và Đầu tư"
    province = province_with_bodies(
        "Phú Yên", "phu-yen", {held: AgencyKind.DEPARTMENT, "Sở Tài chính": AgencyKind.DEPARTMENT}, []
    )

    assert AgencyMatcher(province, AFTER).match("Sở KH&ĐT").agency.name == held


def rows(year):
    return [
        ["1", "Thu hút đầu tư vào cụm công nghiệp", "Sở KH&ĐT", "Sở TN&MT", f"Quý II/{year}"],
        ["2", "Hỗ trợ doanh nghiệp chuyển đổi số", "Sở Công Thương", "Sở KH&ĐT", f"Năm {year + 1}"],
    ]


def test_a_file_giving_no_date_reads_the_names_on_today_or_on_its_first_deadline_before_it(dong_thap, tmp_path):
    """A CSV or sheet with no title: its names are read as of today, unless its first deadline is before the
    reorganization (a plan of then), when they are the old bodies, to create."""
    recent = cli_json(build_preview(workbook(tmp_path, rows(2026)), "ke-hoach.xlsx", province=dong_thap))
    old_path = tmp_path / "old"
    old_path.mkdir()
    old = cli_json(build_preview(workbook(old_path, rows(2023)), "ke-hoach.xlsx", province=dong_thap))

    assert [(task["leads"], task["coordinators"]) for task in recent["tasks"]] == [
        (["Sở Tài chính"], ["Sở Nông nghiệp và Môi trường"]),
        (["Sở Công Thương"], ["Sở Tài chính"]),
    ]
    assert recent["agencies_to_create"] == []
    assert [(task["leads"], task["coordinators"]) for task in old["tasks"]] == [
        (["Sở Kế hoạch và Đầu tư"], ["Sở Tài nguyên và Môi trường"]),
        (["Sở Công Thương"], ["Sở Kế hoạch và Đầu tư"]),
    ]
    assert {entry["name"] for entry in old["agencies_to_create"]} == {
        "Sở Kế hoạch và Đầu tư",
        "Sở Tài nguyên và Môi trường",
    }


@pytest.mark.parametrize(
    ("text", "successor"),
    [
        ("Hỗ trợ doanh nghiệp chuyển đổi số", "so-khoa-hoc-va-cong-nghe"),
        ("Phát triển hạ tầng viễn thông, bưu chính", "so-khoa-hoc-va-cong-nghe"),
        ("Phát triển kinh tế số và xã hội số trong doanh nghiệp", "so-khoa-hoc-va-cong-nghe"),
        ("Xây dựng nền tảng số dùng chung cho các cụm công nghiệp", "so-khoa-hoc-va-cong-nghe"),
        ("Tuyên truyền trên báo chí, phát thanh, truyền hình", "so-van-hoa-the-thao-va-du-lich"),
        ("Thu hút đầu tư vào cụm công nghiệp", None),
    ],
)
def test_the_successor_a_split_bodys_share_names(text, successor):
    assert catalogue().body("so-thong-tin-va-truyen-thong").successor_named_by(text) == successor


def test_a_split_body_in_a_task_whose_words_name_one_share_is_that_successor_with_a_warning(dong_thap, tmp_path):
    written = [
        ["1", "Hỗ trợ doanh nghiệp chuyển đổi số", "Sở TT&TT", "Sở Công Thương", "Năm 2026"],
        ["2", "Tuyên truyền trên báo chí, phát thanh, truyền hình về công nghiệp", "Sở Công Thương", "Sở TTTT", "2026"],
        ["3", "Thu hút đầu tư vào cụm công nghiệp", "Sở TT&TT", "Sở KH&CN", "Năm 2026"],
        ["4", "Phát triển hạ tầng viễn thông", "Sở Công Thương", "Sở KH&CN, Sở TT&TT", "Năm 2026"],
    ]

    result = cli_json(build_preview(workbook(tmp_path, written), "ke-hoach.xlsx", province=dong_thap))

    assert [(task["leads"], task["coordinators"]) for task in result["tasks"]] == [
        (["Sở Khoa học và Công nghệ"], ["Sở Công Thương"]),
        (["Sở Công Thương"], ["Sở Văn hóa, Thể thao và Du lịch"]),
        (["Sở TT&TT"], ["Sở Khoa học và Công nghệ"]),  # no share named: a person chooses
        (["Sở Công Thương"], ["Sở Khoa học và Công nghệ"]),  # named twice, once
    ]
    assert result["unmatched_agencies"] == ["Sở TT&TT"]
    warned = [(warning["row"], warning["column"]) for warning in result["warnings"] if "Sở TT" in warning["message"]]
    assert warned == [(2, "C"), (3, "D"), (5, "D")]


def test_the_nearest_heading_naming_a_share_decides_for_a_task_whose_own_words_name_none(dong_thap, tmp_path):
    written = [
        ["I", "ĐẨY MẠNH CHUYỂN ĐỔI SỐ TRONG CÔNG NGHIỆP", None, None, None],
        ["1", "Nhóm nhiệm vụ về doanh nghiệp", None, None, None],
        ["1.1", "Tổ chức hội nghị kết nối doanh nghiệp", "Sở TT&TT", "Sở Công Thương", "Quý III/2026"],
        ["II", "THU HÚT ĐẦU TƯ", None, None, None],
        ["1", "Tổ chức hội nghị xúc tiến đầu tư", "Sở TT&TT", "Sở Tài chính", "Năm 2026"],
    ]

    result = cli_json(build_preview(workbook(tmp_path, written), "ke-hoach.xlsx", province=dong_thap))
    leads = {task["code"]: task["leads"] for task in result["tasks"]}

    assert leads["I.1.1"] == ["Sở Khoa học và Công nghệ"]
    assert leads["II.1"] == ["Sở TT&TT"]  # no heading above names a share: a person chooses
