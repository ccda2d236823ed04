"""A department's unit the portal does not hold, written with its department in brackets or after `thuộc` (`Chi cục
Thủy lợi (Sở NN&PTNT)`, `Trung tâm … thuộc Sở Tư pháp`), is the department's task, the unit kept as the assignment's
qualifier, never left for a person; in xlsx and CSV, with and without diacritics."""

from io import StringIO

import pytest
from django.core.management import call_command

from agencies.models import Province

from .office_sheets import dry_run_json, save_csv, save_xlsx, spelled

pytestmark = pytest.mark.usefixtures("english")

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
ROWS = [
    ["1", "Nạo vét kênh mương", "Chi cục Thủy lợi (Sở NN&PTNT)", "Sở Tài chính", "2026"],
    ["2", "Chỉnh trang đô thị", "Phòng Quản lý đô thị (Sở Xây dựng)", "Sở Tư pháp", "2026"],
    ["3", "Đấu giá tài sản", "Sở Tài chính", "Trung tâm Dịch vụ đấu giá tài sản thuộc Sở Tư pháp", "2026"],
]


def preview(path, code):
    return dry_run_json(path, code, "Hạ tầng")


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("plain", [False, True])
def test_an_unknown_unit_is_its_departments_task_with_the_unit_kept(tmp_path, kind, plain):
    call_command("create_province", "Sơn La", "--as-of", "01/03/2024", stdout=StringIO())
    province = Province.objects.get(name="Sơn La")
    spell = spelled(plain)
    lines = [[spell(value) for value in line] for line in [HEADER, *ROWS]]
    path = (save_csv if kind == "csv" else save_xlsx)(tmp_path / f"ke-hoach.{kind}", lines)

    result = preview(path, province.code)
    assert result["unmatched_agencies"] == []
    tasks = result["tasks"]
    assert [(task["leads"], task["lead_qualifiers"]) for task in tasks] == [
        (["Sở Nông nghiệp và Phát triển nông thôn"], [spell("Chi cục Thủy lợi")]),
        (["Sở Xây dựng"], [spell("Phòng Quản lý đô thị")]),
        (["Sở Tài chính"], [""]),
    ]
    assert (tasks[2]["coordinators"], tasks[2]["coordinator_qualifiers"]) == (
        ["Sở Tư pháp"],
        [spell("Trung tâm Dịch vụ đấu giá tài sản")],
    )
