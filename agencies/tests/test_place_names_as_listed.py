"""A committee is created under its place's name as the portal's place lists spell it, so that a plan and its copy
without diacritics name one body: a place that is one unit of the province once case and marks are folded takes the
list's capitals and marks (`UBND huyện Krông pắc` → `… Krông Pắc`, `Ia H'drai` → `Ia H'Drai`), its writer's spacing
kept."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.names import respelled
from agencies.services import create_province
from agencies.tests.bodies import without_diacritics

BEFORE = datetime.date(2023, 5, 10)
AFTER = datetime.date(2025, 9, 15)

# (province, the plan's date, a committee as written, the name it is created under)
COMMITTEES = [
    ("Đắk Lắk", BEFORE, "UBND huyện Krông pắc", "Ủy ban nhân dân huyện Krông Pắc"),
    ("Đắk Lắk", BEFORE, "UBND huyện krông pắc", "Ủy ban nhân dân huyện Krông Pắc"),
    ("Đắk Lắk", BEFORE, "UBND H. Krông Pắc", "Ủy ban nhân dân huyện Krông Pắc"),
    ("Đắk Lắk", AFTER, "UBND xã krông Pắc", "Ủy ban nhân dân xã Krông Pắc"),
    ("Bình Phước", BEFORE, "UBND huyện Bù gia mập", "Ủy ban nhân dân huyện Bù Gia Mập"),
    ("Bình Phước", BEFORE, "UBND thị xã phước long", "Ủy ban nhân dân thị xã Phước Long"),
    ("Bình Phước", AFTER, "UBND xã Bù gia Mập", "Ủy ban nhân dân xã Bù Gia Mập"),
    ("Sóc Trăng", BEFORE, "UBND huyện Mỹ xuyên", "Ủy ban nhân dân huyện Mỹ Xuyên"),
    ("Sóc Trăng", BEFORE, "UBND TX Vĩnh châu", "Ủy ban nhân dân thị xã Vĩnh Châu"),
    # the list writes `Ia H' Drai`: its capitals, the writer's spacing
    ("Kon Tum", BEFORE, "UBND huyện Ia H'drai", "Ủy ban nhân dân huyện Ia H'Drai"),
]


@pytest.mark.parametrize(("province", "day", "written", "name"), COMMITTEES)
def test_a_committee_of_a_unit_of_the_province_takes_the_lists_spelling_in_every_copy(db, province, day, written, name):
    province, _agencies = create_province(province, day)
    matcher = AgencyMatcher(province, day)

    for spelling in (written, without_diacritics(written)):
        found = matcher.match(spelling)
        assert found.agency is None and len(found.proposals) == 1, spelling
        assert matcher.name_to_create(spelling, found.proposals[0]) == name, spelling


def test_respelled_takes_the_lists_letters_and_keeps_the_writers_spacing():
    assert respelled("Krông pắc", "Krông Pắc") == "Krông Pắc"
    assert respelled("Krong Pac", "Krông Pắc") == "Krông Pắc"
    assert respelled("Ia H'drai", "Ia H' Drai") == "Ia H'Drai"
    assert respelled("Ia H' drai", "Ia H'Drai") == "Ia H' Drai"
    assert respelled("Krông Búk", "Krông Pắc") == ""
