"""A unit written BEFORE the body it comes under, a dash or nothing between (`Phòng Quản lý Công nghiệp - Sở Công
Thương`, the dash also at a line break; `Chi cục Thủy lợi Sở NN&PTNT`; `Phòng Kinh tế UBND phường Bình An`, `Phòng
Kinh tế TX Long Điền`), is one name: that body, the unit its qualifier, as `… thuộc Sở Công Thương` is read; the
body the province lacks is proposed as the committee written `thuộc UBND …` is. A dash inside one body's name
(`Sở Lao động - Thương binh và Xã hội`, `Phòng Văn hóa - Xã hội`) and a dash between two bodies of their own (`Sở
Tài chính - Sở Xây dựng`, a unit the province holds or the catalogue lists before a body) are read as before."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.names import unit_before_body
from agencies.splitting import cell_roles
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import province_with_bodies

BEFORE = datetime.date(2024, 3, 1)
AFTER = datetime.date(2025, 8, 10)
DEPARTMENTS = {
    "Sở Công Thương": AgencyKind.DEPARTMENT,
    "Sở Tài chính": AgencyKind.DEPARTMENT,
    "Sở Xây dựng": AgencyKind.DEPARTMENT,
    "Sở Nội vụ": AgencyKind.DEPARTMENT,
    "Sở Nông nghiệp và Phát triển nông thôn": AgencyKind.DEPARTMENT,
    "Sở Lao động - Thương binh và Xã hội": AgencyKind.DEPARTMENT,
    "Văn phòng UBND tỉnh": AgencyKind.OTHER,
}


def spelled(plain):
    return without_diacritics if plain else (lambda text: text)


def matcher(name, code, day=BEFORE, **more):
    return AgencyMatcher(province_with_bodies(name, code, {**DEPARTMENTS, **more}, []), day)


def read(cell, found):
    """(name as read, agency or proposal, qualifier, part) for each name of the cell."""
    out = []
    for name, role in cell_roles(cell, found):
        match = found.match(name)
        body = match.agency.name if match.agency else [proposal.key for proposal in match.proposals]
        out.append((body, match.qualifier, role))
    return out


UNIT_AND_DEPARTMENT = [
    ("Phòng Quản lý Công nghiệp - Sở Công Thương", "Sở Công Thương", "Phòng Quản lý Công nghiệp"),
    ("Phòng Quản lý Công nghiệp -\nSở Công Thương", "Sở Công Thương", "Phòng Quản lý Công nghiệp"),
    ("Phòng Quản lý Công nghiệp\n- Sở Công Thương", "Sở Công Thương", "Phòng Quản lý Công nghiệp"),
    ("Phòng Quản lý Công nghiệp -Sở Công Thương", "Sở Công Thương", "Phòng Quản lý Công nghiệp"),
    ("Chi cục Thủy lợi - Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Chi cục Thủy lợi"),
    ("Chi cục Thủy lợi Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn", "Chi cục Thủy lợi"),
    ("Phòng Quản lý nhà – Sở Xây dựng", "Sở Xây dựng", "Phòng Quản lý nhà"),
    ("Đội Kiểm tra liên ngành - SXD", "Sở Xây dựng", "Đội Kiểm tra liên ngành"),
    ("Phòng Việc làm - An toàn lao động - Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội",
     "Phòng Việc làm - An toàn lao động"),
]  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("cell", "body", "unit"), UNIT_AND_DEPARTMENT)
def test_a_unit_before_its_department_is_the_department_with_the_unit_kept(cell, body, unit, plain):
    spell = spelled(plain)
    found = matcher("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau")
    assert read(spell(cell), found) == [(body, spell(unit), None)]
    # after 01/7/2025, in another province, the same
    found = matcher("Đồng Nai", "dong-nai", AFTER)
    assert read(spell(cell), found) == [(body, spell(unit), None)]


@pytest.mark.django_db
@pytest.mark.parametrize("plain", [False, True])
def test_its_part_is_read_from_the_cell_as_before(plain):
    spell = spelled(plain)
    found = matcher("Hà Tĩnh", "ha-tinh")
    cell = spell("Sở Tài chính, Phòng Quản lý Công nghiệp - Sở Công Thương (chủ trì)")
    assert read(cell, found) == [
        ("Sở Tài chính", "", "coordinating"),
        ("Sở Công Thương", spell("Phòng Quản lý Công nghiệp"), "lead"),
    ]
    cell = spell("Chủ trì: Phòng Quản lý Công nghiệp -\nSở Công Thương\nPhối hợp: Sở Xây dựng")
    assert read(cell, found) == [
        ("Sở Công Thương", spell("Phòng Quản lý Công nghiệp"), "lead"),
        ("Sở Xây dựng", "", "coordinating"),
    ]


COMMITTEE_UNITS = [
    # (cell, the plan's date, the province, the committee's name, the unit)
    ("Phòng Kinh tế UBND phường Bình An", BEFORE, "Bà Rịa - Vũng Tàu", "Ủy ban nhân dân phường Bình An",
     "Phòng Kinh tế"),
    ("Phòng Kinh tế TX Long Điền", BEFORE, "Bà Rịa - Vũng Tàu", "Ủy ban nhân dân thị xã Long Điền", "Phòng Kinh tế"),
    ("Phòng Tài chính - Kế hoạch huyện Tân Phú", BEFORE, "Đồng Nai", "Ủy ban nhân dân huyện Tân Phú",
     "Phòng Tài chính - Kế hoạch"),
    ("Phòng Văn hóa - Xã hội UBND xã Tân Phú", AFTER, "Đồng Nai", "Ủy ban nhân dân xã Tân Phú",
     "Phòng Văn hóa - Xã hội"),
    ("Phòng Kinh tế - UBND phường Bình An", AFTER, "Đồng Nai", "Ủy ban nhân dân phường Bình An", "Phòng Kinh tế"),
    # a city's office, `thành phố` spelled out
    ("Phòng Kinh tế thành phố Biên Hòa", BEFORE, "Đồng Nai", "Ủy ban nhân dân thành phố Biên Hòa", "Phòng Kinh tế"),
    ("Phòng Quản lý đô thị thành phố Vũng Tàu", BEFORE, "Bà Rịa - Vũng Tàu",
     "Ủy ban nhân dân thành phố Vũng Tàu", "Phòng Quản lý đô thị"),
]  # fmt: skip


@pytest.mark.django_db
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("cell", "day", "province", "committee", "unit"), COMMITTEE_UNITS)
def test_a_unit_before_its_local_committee_is_the_committee_held_or_proposed(cell, day, province, committee, unit,
                                                                             plain):  # fmt: skip
    spell = spelled(plain)
    code = without_diacritics(province).lower().replace(" - ", "-").replace(" ", "-")
    lacking = matcher(province, code, day)
    [(name, _role)] = cell_roles(spell(cell), lacking)
    match = lacking.match(name)
    assert (match.agency, len(match.proposals), match.qualifier) == (None, 1, spell(unit))
    assert without_diacritics(lacking.name_to_create(name, match.proposals[0])) == without_diacritics(committee)
    if not plain:
        assert lacking.name_to_create(name, match.proposals[0]) == committee

    holding = matcher(province, code, day, **{committee: AgencyKind.PEOPLES_COMMITTEE})
    assert read(spell(cell), holding) == [(committee, spell(unit), None)]


ONE_BODY_WITH_A_DASH = [
    ("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở LĐ - TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ("Đài Phát thanh - Truyền hình", ["dai-phat-thanh-va-truyen-hinh"]),
]


@pytest.mark.django_db
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("cell", "body"), ONE_BODY_WITH_A_DASH)
def test_a_dash_inside_one_bodys_name_is_read_as_before(cell, body, plain):
    found = matcher("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau")
    assert read(spelled(plain)(cell), found) == [(body, "", None)]


@pytest.mark.parametrize(
    "name",
    ["Phòng Văn hóa - Xã hội", "Phòng Tài chính - Kế hoạch", "Đài Phát thanh - Truyền hình", "Sở Quy hoạch - Kiến trúc",
     "Sở Lao động - Thương binh và Xã hội", "Sở Tài chính - Sở Xây dựng", "Văn phòng HĐND và UBND huyện Long Điền",
     "Phòng Kinh tế\nUBND phường Bình An", "Đội Quản lý thị trường số 1", "Trung tâm Y tế huyện Tân Phú",
     "Phòng Văn hoa - Xa hoi"],
)  # fmt: skip
def test_no_unit_is_read_before_a_body_in_names_of_one_body_or_of_bodies_of_their_own(name):
    assert unit_before_body(name) is None
    assert unit_before_body(without_diacritics(name)) is None


@pytest.mark.django_db
@pytest.mark.parametrize("plain", [False, True])
def test_bodies_of_their_own_around_a_dash_stay_two_names(plain):
    spell = spelled(plain)
    found = matcher("Bà Rịa - Vũng Tàu", "ba-ria-vung-tau", **{"Phòng Quản lý Công nghiệp": AgencyKind.UNIT})
    # two departments, each leading as written
    assert read(spell("Sở Tài chính - Sở Xây dựng"), found) == [("Sở Tài chính", "", None), ("Sở Xây dựng", "", None)]
    assert read(spell("- Sở Tài chính\n- Sở Xây dựng"), found) == [
        ("Sở Tài chính", "", None),
        ("Sở Xây dựng", "", None),
    ]
    assert read(spell("Văn phòng UBND tỉnh - Sở Nội vụ"), found) == [
        ("Văn phòng UBND tỉnh", "", None),
        ("Sở Nội vụ", "", None),
    ]
    # a unit the province holds is a body of its own, and so is a catalogue unit
    assert read(spell("Phòng Quản lý Công nghiệp - Sở Công Thương"), found) == [
        ("Phòng Quản lý Công nghiệp", "", None),
        ("Sở Công Thương", "", None),
    ]
    assert read(spell("Trung tâm Khuyến công - Sở Công Thương"), found) == [
        (["trung-tam-khuyen-cong"], "", None),
        ("Sở Công Thương", "", None),
    ]
    # a bulleted list's items stay items, even where the first is an unknown unit
    assert [name for name, _role in cell_roles(spell("- Phòng Kinh tế\n- Sở Xây dựng"), found)] == [
        spell("Phòng Kinh tế"),
        spell("Sở Xây dựng"),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("plain", [False, True])
def test_offices_of_the_districts_and_of_a_city_listed_with_a_comma_are_two_names(plain):
    """`Phòng Kinh tế các huyện, Phòng Kinh tế thành phố Biên Hòa`: the districts' group and the city's committee,
    each with its office kept."""
    spell = spelled(plain)
    found = matcher(
        "Đồng Nai", "dong-nai", BEFORE, **{"Ủy ban nhân dân thành phố Biên Hòa": AgencyKind.PEOPLES_COMMITTEE}
    )
    cell = spell("Phòng Kinh tế các huyện, Phòng Kinh tế thành phố Biên Hòa")
    assert read(cell, found) == [
        (["ubnd-cap-huyen"], spell("Phòng Kinh tế"), None),  # the districts' group, which this province lacks
        ("Ủy ban nhân dân thành phố Biên Hòa", spell("Phòng Kinh tế"), None),
    ]
