"""A group followed by a body whose part is marked (`Sở Y tế, các sở, ngành, Sở Nội vụ (chủ trì)`) is the group and
the body: the body is no words narrowing the group, whatever word the group ends with; a group's qualifier holds no
words giving its part (`UBND các huyện nơi có dự án (chủ trì)` is narrowed by `nơi có dự án`)."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.splitting import cell_roles
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import province_with_bodies

BODIES = dict.fromkeys(("Sở Y tế", "Sở Nội vụ", "Sở Xây dựng", "Sở Tư pháp"), AgencyKind.DEPARTMENT)
GROUPS = ["cac-so-ban-nganh", "cac-co-quan-dia-phuong", "ubnd-cap-huyen"]

CELLS = [
    (
        "Sở Y tế, các sở, ngành, Sở Nội vụ (chủ trì)",
        [("Sở Y tế", "coordinating"), ("Các sở, ban, ngành tỉnh", "coordinating"), ("Sở Nội vụ", "lead")],
    ),
    (
        "Sở Tư pháp, các cơ quan, địa phương, Sở Xây dựng (chủ trì)",
        [
            ("Sở Tư pháp", "coordinating"),
            ("Các cơ quan, địa phương liên quan", "coordinating"),
            ("Sở Xây dựng", "lead"),
        ],
    ),
    (
        "UBND các huyện, thị xã, thành phố, Sở Y tế (chủ trì)",
        [("UBND các huyện, thị xã, thành phố", "coordinating"), ("Sở Y tế", "lead")],
    ),
    # the group's own ending (`tỉnh`) before the comma: what narrows it would start before the body's piece
    (
        "Sở Tư pháp (chủ trì)\nCác sở, ban, ngành tỉnh, Sở Xây dựng (phối hợp)",
        [("Sở Tư pháp", "lead"), ("Các sở, ban, ngành tỉnh", "coordinating"), ("Sở Xây dựng", "coordinating")],
    ),
]


@pytest.fixture
def matcher(db):
    province = province_with_bodies("Phú Yên", "phu-yen", BODIES, GROUPS)
    return AgencyMatcher(province, datetime.date(2024, 5, 1))


def read(matcher, cell):
    return [
        (matcher.match(name).agency.name, role) for name, role in cell_roles(cell, matcher)
    ]  # every name is known: the province holds them all


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("cell", "wanted"), CELLS)
def test_a_body_marked_after_a_group_is_its_own_name(matcher, cell, wanted, plain):
    cell = without_diacritics(cell) if plain else cell
    found = read(matcher, cell)
    assert [role for _name, role in found] == [role for _name, role in wanted]
    assert [matcher.match(name).qualifier for name, _role in cell_roles(cell, matcher)] == [""] * len(wanted)
    assert [name.casefold() for name, _role in found] == [name.casefold() for name, _role in wanted]


@pytest.mark.parametrize("plain", [False, True])
def test_a_qualifier_holds_no_words_giving_the_part(matcher, plain):
    cell = "UBND các huyện, TP nơi có dự án (chủ trì), Sở Y tế"
    cell = without_diacritics(cell) if plain else cell
    names = cell_roles(cell, matcher)
    assert [role for _name, role in names] == ["lead", "coordinating"]
    group = matcher.match(names[0][0])
    assert group.qualifier == (without_diacritics("nơi có dự án") if plain else "nơi có dự án")
