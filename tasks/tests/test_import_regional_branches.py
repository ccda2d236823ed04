"""A post-2025 plan names the regional and border-gate branches of central agencies as offices write them (`Kho bạc
Nhà nước khu vực XX`, `KBNN khu vực XVII`, `Chi cục Hải quan khu vực VIII`, `Hải quan cửa khẩu cảng …`, `Thuế tỉnh
…`, `Ngân hàng Nhà nước khu vực 15`): none is left for a person; each branch the province lacks is proposed under the
name as written, short forms written out, one body per branch. In xlsx and CSV, with and without diacritics, in two
provinces."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from agencies.models import Province

from .office_sheets import save_csv, save_xlsx, spelled

pytestmark = pytest.mark.usefixtures("english")

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]


def rows(province):
    return [
        ["1", "Kiểm soát chi ngân sách", "Kho bạc Nhà nước khu vực XX", f"Thuế tỉnh {province}", "Năm 2026"],
        [
            "2",
            "Thông quan hàng hóa",
            "Chi cục Hải quan khu vực VIII",
            "Hải quan cửa khẩu cảng Cái Lân; KBNN khu vực XVII",
            "2026",
        ],
        ["3", "Tín dụng chính sách", "Ngân hàng Nhà nước khu vực 15", "Sở Tài chính", "Năm 2026"],
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("province", ["Sơn La", "Quảng Ninh"])
def test_every_branch_is_proposed_under_its_written_name(tmp_path, kind, plain, province):
    call_command("create_province", province, "--as-of", "01/09/2025", stdout=StringIO())
    code = Province.objects.get(name=province).code
    spell = spelled(plain)
    lines = [[spell(value) for value in line] for line in [HEADER, *rows(province)]]
    path = (save_csv if kind == "csv" else save_xlsx)(tmp_path / f"ke-hoach.{kind}", lines)
    out = StringIO()
    call_command(
        "import_directives", str(path), "--province", code, "--subject", "Tài chính", "--dry-run",
        "--format", "json", stdout=out, stderr=StringIO(),
    )  # fmt: skip
    result = json.loads(out.getvalue())

    assert result["unmatched_agencies"] == []
    created = {entry["name"]: entry["catalogue_key"] for entry in result["agencies_to_create"]}
    assert created == {
        "Kho bạc Nhà nước khu vực XX": "kho-bac-nha-nuoc-khu-vuc",
        "Kho bạc Nhà nước khu vực XVII": "kho-bac-nha-nuoc-khu-vuc",
        "Thuế tỉnh": "thue-tinh",
        "Chi cục Hải quan khu vực VIII": "hai-quan-khu-vuc",
        f"Hải quan cửa khẩu cảng {spell('Cái Lân')}": "hai-quan-khu-vuc",  # a gate's name is not guessed
        "Ngân hàng Nhà nước khu vực 15": "ngan-hang-nha-nuoc-khu-vuc",
    }
    assert [task["leads"] for task in result["tasks"]] == [
        ["Kho bạc Nhà nước khu vực XX"],
        ["Chi cục Hải quan khu vực VIII"],
        ["Ngân hàng Nhà nước khu vực 15"],
    ]
