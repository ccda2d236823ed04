"""A body named after a place is created under the place's name as the portal's place lists spell it, so that a plan
and its copy without diacritics name one body: a committee whose place is one unit of the province once case and marks
are folded takes the list's capitals and marks (`UBND huyện Krông pắc` → `… Krông Pắc`, `Ia H'drai` → `Ia H'Drai`,
its writer's spacing kept); a board named after its zone written without diacritics takes them from the province's
places, else from the names of provinces and places the portal ships when they spell it one way (`Tran De` → `Trần
Đề`, `Nam Phu Yen` → `Nam Phú Yên`); a place no list spells one way stays as written."""

import datetime

import pytest

from agencies.catalogue import catalogue, listed_place
from agencies.matching import AgencyMatcher
from agencies.names import respelled
from agencies.services import create_province
from agencies.tests.bodies import without_diacritics

BOARD = "ban-quan-ly-khu-kinh-te"
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


# (province, the plan's date, a board as written, the name it is created under)
BOARDS = [
    ("Sóc Trăng", BEFORE, "BQL Khu kinh tế Trần Đề", "Ban Quản lý Khu kinh tế Trần Đề"),
    ("Sóc Trăng", BEFORE, "BQL KKT Trần Đề", "Ban Quản lý Khu kinh tế Trần Đề"),
    ("Cần Thơ", AFTER, "Ban Quản lý Khu kinh tế Trần Đề", "Ban Quản lý Khu kinh tế Trần Đề"),
    # a province's name with a side before it: the name of a province the lists spell one way
    ("Phú Yên", BEFORE, "BQL Khu kinh tế Nam Phú Yên", "Ban Quản lý Khu kinh tế Nam Phú Yên"),
    ("Đắk Lắk", BEFORE, "BQL KKT Nam Phú Yên", "Ban Quản lý Khu kinh tế Nam Phú Yên"),
    ("Đắk Lắk", AFTER, "Ban Quản lý Khu kinh tế Nam Phú Yên", "Ban Quản lý Khu kinh tế Nam Phú Yên"),
    # another province's place (Hoa Lư of Ninh Bình), spelled one way in the lists
    ("Bình Phước", BEFORE, "BQL KKT cửa khẩu Hoa Lư", "Ban Quản lý Khu kinh tế cửa khẩu Hoa Lư"),
    ("Bình Phước", AFTER, "BQL Khu kinh tế cửa khẩu Hoa Lư", "Ban Quản lý Khu kinh tế cửa khẩu Hoa Lư"),
    # a zone the catalogue lists, no place of the lists (`zones`)
    ("Hà Tĩnh", BEFORE, "BQL KKT Vũng Áng", "Ban Quản lý Khu kinh tế Vũng Áng"),
    ("Trà Vinh", BEFORE, "BQL Khu kinh tế Định An", "Ban Quản lý Khu kinh tế Định An"),
]


@pytest.mark.parametrize(("province", "day", "written", "name"), BOARDS)
def test_a_board_named_after_its_zone_without_diacritics_takes_the_places_spelling(db, province, day, written, name):
    province, _agencies = create_province(province, day)
    matcher = AgencyMatcher(province, day)
    board = catalogue().body(BOARD)

    plain = without_diacritics(written)
    # the board's own words with marks and its place without (`BQL Khu kinh tế Tran De`)
    words = written.split()
    partly = " ".join((*words[:-2], *without_diacritics(" ".join(words[-2:])).split()))
    for spelling in (written, plain, partly):
        assert [body.key for body in matcher.match(spelling).proposals] == [BOARD], spelling
        assert matcher.name_to_create(spelling, board) == name, spelling


def test_a_zone_no_list_spells_one_way_stays_as_written(db):
    province, _agencies = create_province("Bình Định", BEFORE)
    matcher = AgencyMatcher(province, BEFORE)
    board = catalogue().body(BOARD)

    # `Phu My`: Phù Mỹ of Bình Định or Phú Mỹ of Bà Rịa - Vũng Tàu, and the province holds the one
    assert matcher.name_to_create("BQL KKT Phu My", board) == "Ban Quản lý Khu kinh tế Phù Mỹ"
    for written in ("BQL Khu kinh te Nam Hon La", "BQL Khu kinh tế Nam Hon La"):
        assert matcher.name_to_create(written, board).endswith(" Nam Hon La"), written


def test_a_listed_place_is_the_provinces_own_else_a_provinces_name_else_one_place_of_the_lists():
    assert listed_place("Tran De", "Sóc Trăng") == "Trần Đề"
    assert listed_place("Phu Yen", "Sơn La") == "Phù Yên"  # a district of Sơn La
    assert listed_place("Phu Yen") == "Phú Yên"  # the province, beside that district
    assert listed_place("Nam Phu Yen", "Đắk Lắk") == "Nam Phú Yên"
    assert listed_place("Hoa Lu", "Bình Phước") == "Hoa Lư"
    assert listed_place("Hoa An") == "Hòa An"  # `Hoà An` and `Hòa An` in the lists: one spelling
    for unknown in ("Phu My", "Nam Phu My", "Van Phong", "Nam", "Nam Hon La"):
        assert listed_place(unknown) == "", unknown


def test_respelled_takes_the_lists_letters_and_keeps_the_writers_spacing():
    assert respelled("Krông pắc", "Krông Pắc") == "Krông Pắc"
    assert respelled("Krong Pac", "Krông Pắc") == "Krông Pắc"
    assert respelled("Ia H'drai", "Ia H' Drai") == "Ia H'Drai"
    assert respelled("Ia H' drai", "Ia H'Drai") == "Ia H' Drai"
    assert respelled("Krông Búk", "Krông Pắc") == ""
