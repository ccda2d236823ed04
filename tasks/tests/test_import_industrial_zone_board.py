"""The industrial-zone board of a province lacking it, as offices write it (`BQL các KCN tỉnh`, the official name
`Ban Quản lý các khu công nghiệp tỉnh Sơn La`, the portal's `Ban Quản lý các khu công nghiệp Sơn La`): one body,
created under `Ban Quản lý các khu công nghiệp tỉnh X` (the catalogue's own_name), under a name of its own where the
province gives it one (Đồng Nai's drops `tỉnh`), and under the name as written where the plan writes it out in full
with the province's name. In xlsx and CSV, with and without diacritics; another province's board is no body here."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from agencies.models import Province

from .office_sheets import save_csv, save_xlsx, spelled

pytestmark = pytest.mark.usefixtures("english")

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]


def rows(written, other):
    return [
        ["1", "Thu hút đầu tư vào khu công nghiệp", written, "Sở Tài chính", "Năm 2026"],
        ["2", "Học tập kinh nghiệm", "Sở Công Thương", f"Ban Quản lý các khu công nghiệp tỉnh {other}", "Năm 2026"],
    ]


def preview(tmp_path, province, written, other, kind, plain):
    call_command("create_province", province, "--as-of", "01/03/2024", stdout=StringIO())
    code = Province.objects.get(name=province).code
    lines = [[spelled(plain)(value) for value in line] for line in [HEADER, *rows(written, other)]]
    path = (save_csv if kind == "csv" else save_xlsx)(tmp_path / f"ke-hoach.{kind}", lines)
    out = StringIO()
    with pytest.raises(CommandError):  # the other province's board is left for a person: nothing imported
        call_command(
            "import_directives", str(path), "--province", code, "--subject", "KCN", "--dry-run", "--format", "json",
            stdout=out, stderr=StringIO(),
        )  # fmt: skip
    return json.loads(out.getvalue())


# (province, another province, how the plan writes the board, the name it is created under)
BOARDS = [
    ("Sơn La", "Bắc Ninh", "BQL các KCN tỉnh", "Ban Quản lý các khu công nghiệp tỉnh Sơn La"),
    (
        "Sơn La",
        "Bắc Ninh",
        "Ban Quản lý các khu công nghiệp tỉnh Sơn La",
        "Ban Quản lý các khu công nghiệp tỉnh Sơn La",
    ),
    # the portal's name, without `tỉnh`, written out in full: created as written
    ("Sơn La", "Bắc Ninh", "Ban Quản lý các khu công nghiệp Sơn La", "Ban Quản lý các khu công nghiệp Sơn La"),
    ("Bắc Ninh", "Sơn La", "BQL các KCN", "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh"),
    ("Bắc Ninh", "Sơn La", "Ban Quản lý các khu công nghiệp Bắc Ninh", "Ban Quản lý các khu công nghiệp Bắc Ninh"),
    # a province whose board's own name drops `tỉnh` (province_names.json)
    ("Đồng Nai", "Sơn La", "BQL các KCN tỉnh", "Ban Quản lý các khu công nghiệp Đồng Nai"),
    # the two cities whose board is named after export-processing zones too (province_names.json)
    ("Hồ Chí Minh", "Sơn La", "BQL các KCX-KCN", "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh"),
    (
        "Cần Thơ",
        "Sơn La",
        "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ",
        "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("province", "other", "written", "board"), BOARDS)
def test_the_board_is_created_under_its_own_name_or_the_name_written_in_full(
    tmp_path, kind, plain, province, other, written, board
):
    result = preview(tmp_path, province, written, other, kind, plain)
    spell = spelled(plain)

    assert [(entry["text"], entry["catalogue_key"], entry["name"]) for entry in result["agencies_to_create"]] == [
        (spell(written), "ban-quan-ly-cac-khu-cong-nghiep", board)
    ]
    # another province's board is not this province's: left for a person, never created nor merged
    assert result["unmatched_agencies"] == [spell(f"Ban Quản lý các khu công nghiệp tỉnh {other}")]
