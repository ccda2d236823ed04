"""A plan's category with an ending that says where (`Các doanh nghiệp viễn thông trên địa bàn`, `… tại địa
phương`) is left for a person as the category alone, the way a group drops that ending: one name to map, whichever
ending each row writes; once mapped, every row's name answers it. In xlsx and CSV, with and without diacritics, in two
provinces."""

from io import StringIO

import pytest
from django.core.management import call_command

from agencies.matching import remember_alias
from agencies.models import Agency, AgencyKind, Province

from .office_sheets import dry_run_json, save_csv, save_xlsx, spelled

pytestmark = pytest.mark.usefixtures("english")

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [
    [
        "1",
        "Phát triển hạ tầng viễn thông",
        "Sở Khoa học và Công nghệ",
        "Các doanh nghiệp viễn thông trên địa bàn",
        "2026",
    ],
    ["2", "Phủ sóng vùng sâu", "Sở Khoa học và Công nghệ", "Các doanh nghiệp viễn thông tại địa phương", "2026"],
    ["3", "Ngầm hóa cáp", "Sở Xây dựng", "Sở Tài chính, Các doanh nghiệp viễn thông trên địa bàn tỉnh", "2026"],
]
CATEGORY = "Các doanh nghiệp viễn thông"


def preview(path, code):
    return dry_run_json(path, code, "Viễn thông")


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("province", ["Sơn La", "Khánh Hòa"])
def test_the_category_is_left_and_mapped_without_its_ending(tmp_path, kind, plain, province):
    call_command("create_province", province, "--as-of", "01/03/2024", stdout=StringIO())
    province = Province.objects.get(name=province)
    spell = spelled(plain)
    lines = [[spell(value) for value in line] for line in [HEADER, *ROWS]]
    path = (save_csv if kind == "csv" else save_xlsx)(tmp_path / f"ke-hoach.{kind}", lines)

    result = preview(path, province.code)
    assert result["unmatched_agencies"] == [spell(CATEGORY)]
    assert [task["coordinators"] for task in result["tasks"]] == [
        [spell(CATEGORY)],
        [spell(CATEGORY)],
        ["Sở Tài chính", spell(CATEGORY)],
    ]

    mapped = Agency.objects.create(province=province, name=CATEGORY, kind=AgencyKind.ENTERPRISE, is_group=True)
    remember_alias(mapped, result["unmatched_agencies"][0], province)
    result = preview(path, province.code)
    assert result["unmatched_agencies"] == []
    assert [task["coordinators"][-1] for task in result["tasks"]] == [CATEGORY] * 3


ROLE_ROWS = [
    ["1", "Phủ sóng di động vùng sâu", "Sở Khoa học và Công nghệ chủ trì, Viettel Trà Vinh phối hợp", "", "2026"],
    ["2", "Ngầm hóa cáp viễn thông", "Sở Xây dựng", "Viettel Trà Vinh", "2026"],
    ["3", "Chuyển đổi số trường học", "Viettel Trà Vinh (chủ trì)", "Sở Giáo dục và Đào tạo", "2026"],
]
COMPANY = "Viettel Trà Vinh"


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("plain", [False, True])
def test_a_name_no_body_answers_is_left_without_the_words_giving_its_part(tmp_path, kind, plain):
    """`Viettel Trà Vinh phối hợp` in a cell that marks each body's part: the company is left for a person as
    `Viettel Trà Vinh`, the one name every row writes it by; once mapped, every row answers it."""
    call_command("create_province", "Trà Vinh", "--as-of", "14/08/2023", stdout=StringIO())
    province = Province.objects.get(name="Trà Vinh")
    spell = spelled(plain)
    lines = [[spell(value) for value in line] for line in [HEADER, *ROLE_ROWS]]
    path = (save_csv if kind == "csv" else save_xlsx)(tmp_path / f"ke-hoach.{kind}", lines)

    result = preview(path, province.code)
    assert result["unmatched_agencies"] == [spell(COMPANY)]

    mapped = Agency.objects.create(province=province, name=COMPANY, kind=AgencyKind.ENTERPRISE)
    remember_alias(mapped, result["unmatched_agencies"][0], province)
    result = preview(path, province.code)
    assert result["unmatched_agencies"] == []
    assert [(task["leads"], task["coordinators"]) for task in result["tasks"]] == [
        (["Sở Khoa học và Công nghệ"], [COMPANY]),
        (["Sở Xây dựng"], [COMPANY]),
        ([COMPANY], ["Sở Giáo dục và Đào tạo"]),
    ]
