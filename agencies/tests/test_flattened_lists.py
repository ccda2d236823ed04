"""A cell's list written flat (a CSV export that turned its line breaks into spaces, a list typed on one line): the
names before a group that lists its members after a colon are names of their own; a colon list after `phối hợp với`
is the coordinators'; a role head starts afresh wherever it stands; a bullet between names separates them; a known
name right after another is a name of its own. In a province made by create_province, with and without diacritics."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.names import COORDINATING, LEAD
from agencies.services import create_province
from agencies.splitting import split_roles
from agencies.tests.bodies import without_diacritics

L, C = LEAD, COORDINATING


@pytest.fixture
def gia_lai(db):
    province, _agencies = create_province("Gia Lai", datetime.date(2024, 5, 1))
    return AgencyMatcher(province)


CELLS = [
    # a comma list whose last item is a group listing its members
    (
        "Sở Y tế, Sở Nội vụ, UBND các huyện: Chư Păh, Ia Grai",
        [("Sở Y tế", None), ("Sở Nội vụ", None), ("UBND huyện Chư Păh", None), ("UBND huyện Ia Grai", None)],
    ),
    (
        "Công an tỉnh và UBND các huyện: Chư Păh, Ia Grai",
        [("Công an tỉnh", None), ("UBND huyện Chư Păh", None), ("UBND huyện Ia Grai", None)],
    ),
    (
        "Sở Tư pháp, BQL KKT tỉnh, các Sở: Xây dựng, Công Thương",
        [("Sở Tư pháp", None), ("BQL KKT tỉnh", None), ("Sở Xây dựng", None), ("Sở Công Thương", None)],
    ),
    # a colon list after `phối hợp với`: the listed bodies coordinate
    (
        "Sở Nội vụ chủ trì, phối hợp với các sở: Tài chính, Y tế",
        [("Sở Nội vụ chủ trì", L), ("Sở Tài chính", C), ("Sở Y tế", C)],
    ),
    (
        "Sở Tài chính phối hợp với các Sở: Xây dựng, Công Thương",
        [("Sở Tài chính", None), ("Sở Xây dựng", C), ("Sở Công Thương", C)],
    ),
    # a role head inside a line
    ("Chủ trì: Sở Nội vụ Phối hợp: Sở Y tế, Công an tỉnh", [("Sở Nội vụ", L), ("Sở Y tế", C), ("Công an tỉnh", C)]),
    ("Cơ quan chủ trì: Sở Y tế Cơ quan phối hợp: Sở Tư pháp", [("Sở Y tế", L), ("Sở Tư pháp", C)]),
    ("Phối hợp: Sở Y tế, Sở Xây dựng Chủ trì: Sở Tư pháp", [("Sở Y tế", C), ("Sở Xây dựng", C), ("Sở Tư pháp", L)]),
    # bullets between names; a group's own commas never cut
    ("Sở Y tế • Sở Tư pháp", [("Sở Y tế", None), ("Sở Tư pháp", None)]),
    ("-Sở Y tế -Sở Tư pháp -Công an tỉnh", [("Sở Y tế", None), ("Sở Tư pháp", None), ("Công an tỉnh", None)]),
    (
        "- Sở Nội vụ - Sở Lao động - Thương binh và Xã hội",
        [("Sở Nội vụ", None), ("Sở Lao động - Thương binh và Xã hội", None)],
    ),
    (
        "Sở Nội vụ · Các sở, ban, ngành · UBND các huyện, thị xã, thành phố",
        [("Sở Nội vụ", None), ("Các sở, ban, ngành", None), ("UBND các huyện, thị xã, thành phố", None)],
    ),
    # a known name right after another
    ("Sở Nội vụ Tỉnh đoàn Gia Lai", [("Sở Nội vụ", None), ("Tỉnh đoàn Gia Lai", None)]),
    ("Sở Tư pháp Hội Nông dân tỉnh Sở Y tế", [("Sở Tư pháp", None), ("Hội Nông dân tỉnh", None), ("Sở Y tế", None)]),
]


@pytest.mark.parametrize(("cell", "found"), CELLS)
@pytest.mark.parametrize("plain", [False, True])
def test_each_name_of_a_flattened_list_is_read_with_its_own_part(gia_lai, cell, found, plain):
    text = without_diacritics if plain else (lambda value: value)

    assert split_roles(text(cell), gia_lai) == [(text(name), role) for name, role in found]
