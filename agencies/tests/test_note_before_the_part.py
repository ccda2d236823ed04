"""A name followed by a note in brackets and then the words giving its part (`Công an tỉnh (Phòng PC05) (phối hợp)`,
`Sở Xây dựng (Phòng Quản lý nhà) chủ trì`) is read as the name with its note: the body, the note its qualifier, the
part its role; before, the two brackets together were no name and it was left for a person."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from agencies.matching import AgencyMatcher
from agencies.models import Province
from agencies.splitting import cell_roles
from agencies.tests.bodies import without_diacritics
from tasks.tests.office_sheets import dry_run_json, save_csv, save_xlsx, spelled

CELLS = [
    (
        "Sở Tư pháp (chủ trì); Công an tỉnh (Phòng PC03) (phối hợp)",
        [("Sở Tư pháp", "", "lead"), ("Công an tỉnh", "Phòng PC03", "coordinating")],
    ),
    (
        "Sở Xây dựng (Phòng Quản lý nhà) chủ trì, Sở Tài chính phối hợp",
        [("Sở Xây dựng", "Phòng Quản lý nhà", "lead"), ("Sở Tài chính", "", "coordinating")],
    ),
    (
        "Sở Y tế (chủ trì)\nSở Công Thương (Chi cục QLTT) (phối hợp)",
        [("Sở Y tế", "", "lead"), ("Sở Công Thương", "Chi cục QLTT", "coordinating")],
    ),
]


@pytest.fixture
def province(db):
    call_command("create_province", "Bình Phước", "--as-of", "01/04/2024", stdout=StringIO())
    return Province.objects.get(name="Bình Phước")


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("cell", "wanted"), CELLS)
def test_a_note_before_the_part_is_the_names_note(province, cell, wanted, plain):
    spell = spelled(plain)
    matcher = AgencyMatcher(province, datetime.date(2024, 4, 1))
    found = []
    for name, role in cell_roles(spell(cell), matcher):
        match = matcher.match(name)
        body = match.agency.name if match.agency else matcher.name_to_create(name, match.proposals[0])
        found.append((body, without_diacritics(match.qualifier), role))
    assert found == [(body, without_diacritics(note), role) for body, note, role in wanted]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
@pytest.mark.parametrize("plain", [False, True])
def test_an_import_leaves_no_name_for_a_note_before_the_part(province, tmp_path, kind, plain):
    spell = spelled(plain)
    rows = [["TT", "Nội dung", "Cơ quan thực hiện", "Thời hạn"]] + [
        [str(number), f"Nhiệm vụ {number}", spell(cell), "Năm 2024"] for number, (cell, _want) in enumerate(CELLS, 1)
    ]
    path = (save_csv if kind == "csv" else save_xlsx)(tmp_path / f"ke-hoach.{kind}", rows)
    result = dry_run_json(path, province.code, "Thủ tục")
    assert result["unmatched_agencies"] == []
    assert [(task["leads"], task["coordinators"]) for task in result["tasks"]] == [
        (["Sở Tư pháp"], ["Công an tỉnh"]),
        (["Sở Xây dựng"], ["Sở Tài chính"]),
        (["Sở Y tế"], ["Sở Công Thương"]),
    ]
