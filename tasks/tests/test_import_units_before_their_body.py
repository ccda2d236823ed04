"""A unit written before the body it comes under, a dash or nothing between (`Phòng Quản lý Công nghiệp - Sở Công
Thương`, the dash also at a line break; `Phòng Kinh tế UBND phường Bình An`; `Phòng Kinh tế TX Long Điền`), is that
body's task, the unit kept as the qualifier, in an xlsx and in a CSV, with and without diacritics, before and after
01/7/2025: the committee the province lacks is proposed, the one it holds is read; a dash inside one name (`Sở Lao
động - Thương binh và Xã hội`) or between two bodies (`Sở Tài chính - Sở Xây dựng`) is read as before."""

import datetime

import pytest

from agencies.models import AgencyKind
from agencies.tests.factories import province_with_bodies
from tasks.importing.preview import build_preview, cli_json

from . import office_sheets

SECTION = "SECTION"
HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
CSV_HEADER = ["Mã nhiệm vụ", "Mục", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
DEPARTMENTS = {
    "Sở Công Thương": AgencyKind.DEPARTMENT,
    "Sở Tài chính": AgencyKind.DEPARTMENT,
    "Sở Xây dựng": AgencyKind.DEPARTMENT,
    "Sở Lao động - Thương binh và Xã hội": AgencyKind.DEPARTMENT,
    "Sở Nông nghiệp và Phát triển nông thôn": AgencyKind.DEPARTMENT,
}
UNIT = "Phòng Quản lý Công nghiệp"
# the plan's date -> (province, the committee a unit is written before, rows, what each task is read as:
# (leads, their qualifiers, coordinators, their qualifiers))
PLANS = {
    datetime.date(2024, 3, 1): (
        "Bà Rịa - Vũng Tàu",
        ("Phòng Kinh tế TX Long Điền", "Ủy ban nhân dân thị xã Long Điền", "Phòng Kinh tế"),
    ),
    datetime.date(2025, 8, 10): (
        "Đồng Nai",
        ("Phòng Văn hóa - Xã hội UBND xã Tân Phú", "Ủy ban nhân dân xã Tân Phú", "Phòng Văn hóa - Xã hội"),
    ),
}


def _rows(committee_cell):
    return [
        (SECTION, "I. Phát triển công nghiệp"),
        ("Rà soát cụm công nghiệp", f"{UNIT} - Sở Công Thương", "Sở Tài chính - Sở Xây dựng", "Quý IV"),
        ("Hỗ trợ doanh nghiệp", f"{UNIT} -\nSở Công Thương", "Chi cục Thủy lợi Sở NN&PTNT", "Quý IV"),
        ("Đào tạo nghề", "Sở Lao động - Thương binh và Xã hội", f"{UNIT}\n- Sở Công Thương", "Quý IV"),
        ("Kiểm tra cơ sở", committee_cell, "Phòng Kinh tế UBND phường Bình An", "Quý IV"),
        ("Tổng hợp báo cáo", f"Sở Tài chính, {UNIT} - Sở Công Thương (chủ trì)", "", "Quý IV"),
    ]


def _write(tmp_path, kind, day, province, rows, plain):
    text = office_sheets.spelled(plain)
    if kind == "csv":
        rows = [row if row[0] == SECTION else tuple(map(text, row)) for row in rows]
        path = office_sheets.write_csv(tmp_path / "ke-hoach.csv", CSV_HEADER, rows, SECTION)
        return path, {"subject": "Phát triển công nghiệp", "issued_on": day.isoformat()}
    title = [
        f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}",
        "KẾ HOẠCH",
        "Phát triển công nghiệp",
        f"(Ban hành kèm theo Kế hoạch số 12/KH-UBND ngày {day:%d/%m/%Y} của UBND tỉnh {province})",
    ]
    path = office_sheets.write_titled_xlsx(tmp_path / "ke-hoach.xlsx", title, HEADER, rows, SECTION, plain=plain)
    return path, None


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("holds", [False, True])
@pytest.mark.parametrize("day", list(PLANS))
def test_a_unit_before_its_body_is_that_bodys_task_through_the_preview(db, tmp_path, day, holds, kind, plain):
    spell = office_sheets.spelled(plain)
    name, (cell, committee, unit) = PLANS[day]
    held = {committee: AgencyKind.PEOPLES_COMMITTEE, "Ủy ban nhân dân phường Bình An": AgencyKind.PEOPLES_COMMITTEE}
    code = "-".join(office_sheets.search_key(name).replace("-", " ").split())
    own = {f"Ủy ban nhân dân tỉnh {name}": AgencyKind.PEOPLES_COMMITTEE, **DEPARTMENTS}
    province = province_with_bodies(name, code, {**own, **(held if holds else {})}, [])
    path, overrides = _write(tmp_path, kind, day, name, _rows(cell), plain)
    result = cli_json(build_preview(path, path.name, province=province, overrides=overrides))

    assert (result["unmatched_agencies"], result["errors"]) == ([], [])
    # a committee proposed is shown under the name it is created under, without diacritics where the cell has none
    read = {
        task["code"]: (
            [spell(lead) for lead in task["leads"]],
            task["lead_qualifiers"],
            [spell(coordinator) for coordinator in task["coordinators"]],
            task["coordinator_qualifiers"],
        )
        for task in result["tasks"]
        if "." in task["code"]
    }
    ward = "Ủy ban nhân dân phường Bình An"
    assert {code: (leads, qualifiers) for code, (leads, qualifiers, *_) in read.items()} == {
        "I.1": ([spell("Sở Công Thương")], [spell(UNIT)]),
        "I.2": ([spell("Sở Công Thương")], [spell(UNIT)]),
        "I.3": ([spell("Sở Lao động - Thương binh và Xã hội")], [""]),
        "I.4": ([spell(committee)], [spell(unit)]),
        "I.5": ([spell("Sở Công Thương")], [spell(UNIT)]),
    }
    assert {code: (coordinators, qualifiers) for code, (*_, coordinators, qualifiers) in read.items()} == {
        "I.1": ([spell("Sở Tài chính"), spell("Sở Xây dựng")], ["", ""]),
        "I.2": ([spell("Sở Nông nghiệp và Phát triển nông thôn")], [spell("Chi cục Thủy lợi")]),
        "I.3": ([spell("Sở Công Thương")], [spell(UNIT)]),
        "I.4": ([spell(ward)], [spell("Phòng Kinh tế")]),
        "I.5": ([spell("Sở Tài chính")], [""]),
    }
    wanted = {} if holds else {cell: ("ubnd-xa" if "xã" in cell else "ubnd-huyen", committee),
                               "Phòng Kinh tế UBND phường Bình An": ("ubnd-xa", ward)}  # fmt: skip
    assert office_sheets.to_create(result) == office_sheets.to_create_wanted(
        {spell(text): entry for text, entry in wanted.items()}
    )
