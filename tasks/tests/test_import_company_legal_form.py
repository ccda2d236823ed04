"""A company no body answers, named with its legal form short (`Công ty CP Gạch Tuynel …`, `Cty TNHH MTV …`), is left
for a person under its name with the legal form written out, as a catalogue company is created; once mapped, every
row's spelling of it answers it. In xlsx and CSV, with and without diacritics."""

from io import StringIO

import pytest
from django.core.management import call_command

from agencies.matching import remember_alias
from agencies.models import Agency, AgencyKind, Province

from .office_sheets import dry_run_json, save_csv, save_xlsx, spelled

pytestmark = pytest.mark.usefixtures("english")

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [
    ["1", "Xử lý lò gạch thủ công", "Sở Xây dựng", "Công ty CP Gạch Tuynel Mường La", "2026"],
    ["2", "Trồng cây xanh", "Công ty Cổ phần Gạch Tuynel Mường La", "Sở Tài chính", "2026"],
    ["3", "Cấp nước sạch", "Sở Xây dựng", "Cty TNHH MTV Cấp nước Mộc Châu (phối hợp)", "2026"],
]
BRICKS = "Công ty Cổ phần Gạch Tuynel Mường La"
WATER = "Công ty Trách nhiệm hữu hạn Một thành viên Cấp nước Mộc Châu"


def preview(path, code):
    return dry_run_json(path, code, "Xây dựng")


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("plain", [False, True])
def test_a_company_is_left_with_its_legal_form_written_out_and_mapped(tmp_path, kind, plain):
    call_command("create_province", "Sơn La", "--as-of", "01/03/2024", stdout=StringIO())
    province = Province.objects.get(name="Sơn La")
    spell = spelled(plain)
    lines = [[spell(value) for value in line] for line in [HEADER, *ROWS]]
    path = (save_csv if kind == "csv" else save_xlsx)(tmp_path / f"ke-hoach.{kind}", lines)

    result = preview(path, province.code)
    assert sorted(result["unmatched_agencies"]) == sorted([spell(BRICKS), spell(WATER)])
    tasks = result["tasks"]
    assert (tasks[0]["coordinators"], tasks[1]["leads"], tasks[2]["coordinators"]) == (
        [spell(BRICKS)],
        [spell(BRICKS)],
        [spell(WATER)],
    )

    for name in (BRICKS, WATER):
        mapped = Agency.objects.create(province=province, name=name, kind=AgencyKind.ENTERPRISE)
        remember_alias(mapped, spell(name), province)
    result = preview(path, province.code)
    assert result["unmatched_agencies"] == []
    tasks = result["tasks"]
    assert (tasks[0]["coordinators"], tasks[1]["leads"], tasks[2]["coordinators"]) == ([BRICKS], [BRICKS], [WATER])
