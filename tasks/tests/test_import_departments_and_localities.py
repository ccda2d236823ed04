"""`Các sở, ngành, địa phương` (and `Sở, ban, ngành và địa phương`, `… liên quan`) names the departments' group and
the local people's committees of the plan's date, both, with the part the cell gives them: the catalogue's `also`.
`Các cơ quan, địa phương liên quan`, a group of its own, and `Các sở, ban, ngành` are read as before. In xlsx and CSV,
with and without diacritics, before and after the district level ended."""

from io import StringIO

import pytest
from django.core.management import call_command

from agencies.models import Province

from .office_sheets import dry_run_json, save_csv, save_xlsx, spelled

pytestmark = pytest.mark.usefixtures("english")

HEADER = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
ROWS = [
    ["1", "Rà soát cơ chế hỗ trợ", "Sở Công Thương", "Các sở, ngành, địa phương", "Năm 2026"],
    ["2", "Tuyên truyền chính sách", "Các sở, ban, ngành và địa phương liên quan", "", "Năm 2026"],
    ["3", "Kiểm tra định kỳ", "Sở Tài chính (chủ trì); Sở, ngành, địa phương (phối hợp)", "", "Năm 2026"],
    ["4", "Báo cáo kết quả", "Sở Xây dựng", "Các sở, ban, ngành; Các cơ quan, địa phương liên quan", "Năm 2026"],
]
# (province, as of, the title's date, its departments' group, its local group of that date)
PROVINCES = [
    ("Hà Tĩnh", "01/02/2024", "05/03/2024", "Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"),
    ("Huế", "01/02/2026", "05/03/2026", "Các sở, ban, ngành thành phố", "UBND các xã, phường, đặc khu"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("name", "as_of", "dated", "departments", "localities"), PROVINCES)
def test_departments_and_localities_name_both_groups(
    tmp_path, kind, plain, name, as_of, dated, departments, localities
):
    call_command("create_province", name, "--as-of", as_of, stdout=StringIO())
    province = Province.objects.get(name=name)
    spell = spelled(plain)
    rows = [[spell(value) for value in line] for line in [HEADER, *ROWS]]
    if kind == "xlsx":
        title = f"Kế hoạch số 15/KH-UBND ngày {dated} của UBND {province.name}"
        path = save_xlsx(tmp_path / "ke-hoach.xlsx", [[spell(title)], [], *rows])
        result = dry_run_json(path, province.code, "Hỗ trợ")
    else:  # a CSV has no title: the plan's date is typed
        result = dry_run_json(save_csv(tmp_path / "ke-hoach.csv", rows), province.code, "Hỗ trợ", "--issued-on", dated)
    assert result["unmatched_agencies"] == []
    parts = [(task["leads"], task["coordinators"]) for task in result["tasks"]]
    assert parts == [
        (["Sở Công Thương"], [departments, localities]),
        ([departments, localities], []),
        (["Sở Tài chính"], [departments, localities]),
        (["Sở Xây dựng"], [departments, "Các cơ quan, địa phương liên quan"]),
    ]
