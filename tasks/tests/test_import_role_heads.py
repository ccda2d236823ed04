"""An agency cell that writes its parts with heads (`Chủ trì: SCT⏎Phối hợp: UBND các xã, phường;⏎Ban Quản lý Khu
kinh tế tỉnh;⏎CA tỉnh`): the names after `Phối hợp:` coordinate, across `;` and line breaks, whichever column the
cell is in; in xlsx and CSV, with and without diacritics."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

from agencies.models import Province

from .office_sheets import save_csv, save_xlsx, spelled

pytestmark = pytest.mark.usefixtures("english")

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
CELL = "Chủ trì: SCT\nPhối hợp: UBND các xã, phường;\nBan Quản lý Khu kinh tế tỉnh;\nCA tỉnh"


@pytest.fixture
def tien_giang(db):
    call_command("create_province", "Tiền Giang", stdout=StringIO())
    return Province.objects.get(code="tien-giang")


def plan(tmp_path, kind, plain):
    lines = [HEADER, ["1", "Phát triển công nghiệp hỗ trợ", CELL, "", "Năm 2026"]]
    lines = [[spelled(plain)(value) for value in line] for line in lines]
    if kind == "csv":
        return save_csv(tmp_path / "ke-hoach.csv", lines, encoding="utf-8-sig")
    return save_xlsx(tmp_path / "ke-hoach.xlsx", lines)


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_names_after_a_coordinating_head_coordinate(tien_giang, tmp_path, kind, plain):
    out = StringIO()
    options = ("--province", "tien-giang", "--subject", "Công nghiệp", "--dry-run", "--format", "json")
    call_command("import_directives", str(plan(tmp_path, kind, plain)), *options, stdout=out, stderr=StringIO())

    result = json.loads(out.getvalue())
    assert result["unmatched_agencies"] == []
    (task,) = result["tasks"]
    assert task["leads"] == ["Sở Công Thương"]
    assert task["coordinators"] == ["UBND các xã, phường, đặc khu", "Ban Quản lý Khu kinh tế tỉnh", "Công an tỉnh"]
