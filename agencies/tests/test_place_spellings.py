"""A plan copied without diacritics names places the province does not hold yet (`UBND TP Phan Thiet`): the committee
proposed gets the place's spelling where it is certain, the province's own name for the place named like it and the
district-level places of the province before 01/7/2025 (catalogue places.json), and the catalogue's spelling of the
words before the place; a place not listed stays as written after the catalogue's words."""

import datetime
import json
import unicodedata

import pytest

from agencies.catalogue import PLACES_PATH, catalogue, district_place, province_own_name
from agencies.matching import AgencyMatcher
from agencies.services import create_province
from agencies.tests.bodies import without_diacritics


def _proposed_name(matcher, text):
    found = matcher.match(text)
    assert found.agency is None and [body.key for body in found.proposals] == ["ubnd-huyen"], text
    return matcher.name_to_create(text, found.proposals[0])


@pytest.mark.parametrize(
    ("province", "text", "name"),
    [
        ("Yên Bái", "UBND thành phố Yên Bái", "Ủy ban nhân dân thành phố Yên Bái"),
        ("Yên Bái", "UBND TP Yên Bái", "Ủy ban nhân dân thành phố Yên Bái"),
        ("Yên Bái", "Ủy ban nhân dân thành phố Yên Bái", "Ủy ban nhân dân thành phố Yên Bái"),
        ("Yên Bái", "UBND thị xã Nghĩa Lộ", "Ủy ban nhân dân thị xã Nghĩa Lộ"),
        ("Bình Thuận", "UBND huyện Hàm Thuận Nam", "Ủy ban nhân dân huyện Hàm Thuận Nam"),
        ("Bình Thuận", "UBND TP Phan Thiết", "Ủy ban nhân dân thành phố Phan Thiết"),
        ("Bình Thuận", "UBND H. Hàm Tân", "Ủy ban nhân dân huyện Hàm Tân"),
        ("Lạng Sơn", "UBND thành phố Lạng Sơn", "Ủy ban nhân dân thành phố Lạng Sơn"),
        # a place written with some of its marks is the list's place all the same
        ("Yên Bái", "UBND huyện Lục Yen", "Ủy ban nhân dân huyện Lục Yên"),
    ],
)
@pytest.mark.parametrize("plain", [False, True])
def test_a_place_written_without_diacritics_takes_its_certain_spelling(db, province, text, name, plain):
    province, _agencies = create_province(province, datetime.date(2024, 5, 1))
    matcher = AgencyMatcher(province)

    assert _proposed_name(matcher, without_diacritics(text) if plain else text) == name


@pytest.mark.parametrize(
    ("province", "text", "name"),
    [
        # Hàm Thuận Nam is no place of Yên Bái: its name is not guessed; the words before it are the catalogue's
        ("Yên Bái", "UBND huyen Ham Thuan Nam", "Ủy ban nhân dân huyện Ham Thuan Nam"),
        ("Bình Thuận", "UBND huyen Tan Lap", "Ủy ban nhân dân huyện Tan Lap"),
        ("Bình Thuận", "Uy ban nhan dan huyen Tan Lap", "Ủy ban nhân dân huyện Tan Lap"),
        # a place the list writes without marks too has none to restore: never respaced (`Ia H' Drai` in the list)
        ("Kon Tum", "UBND huyện Ia H'Drai", "Ủy ban nhân dân huyện Ia H'Drai"),
        ("Kon Tum", "UBND huyen Ia H'Drai", "Ủy ban nhân dân huyện Ia H'Drai"),
    ],
)
def test_a_place_the_list_does_not_spell_for_the_province_stays_as_written(db, province, text, name):
    province, _agencies = create_province(province, datetime.date(2024, 5, 1))

    assert _proposed_name(AgencyMatcher(province), text) == name


def test_the_place_list_holds_the_district_level_places_of_the_63_provinces():
    data = json.loads(PLACES_PATH.read_text(encoding="utf-8"))
    provinces = data["provinces"]

    assert len(provinces) == 63
    for province, places in provinces.items():
        assert len(places) == len(set(places)), province
        for unit in places:
            assert unicodedata.is_normalized("NFC", unit), unit
            assert unit.startswith(("quận ", "huyện ", "thị xã ", "thành phố ")), unit
    assert district_place("Bình Thuận", "Ham Thuan Nam") == "Hàm Thuận Nam"
    assert district_place("Thành phố Hồ Chí Minh", "Cu Chi") == "Củ Chi"
    assert district_place("Yên Bái", "Ham Thuan Nam") == ""


def test_with_no_province_a_place_stays_as_written(db):
    matcher = AgencyMatcher()
    body = catalogue().body("ubnd-huyen")

    assert matcher.name_to_create("UBND huyen Ham Thuan Nam", body) == "Uy ban nhan dan huyen Ham Thuan Nam"


@pytest.mark.parametrize(
    ("province", "own"),
    [("Thành phố Hải Phòng", "Hải Phòng"), ("Hải Phòng", "Hải Phòng"), ("Thanh pho Hai Phong", "Hai Phong")],
)
@pytest.mark.parametrize("kind", ["phường", "huyện"])
def test_a_place_named_like_a_centrally_run_city_takes_the_citys_name_without_thanh_pho(db, province, own, kind):
    province, _agencies = create_province(province, datetime.date(2025, 7, 1))
    body = catalogue().body("ubnd-xa" if kind == "phường" else "ubnd-huyen")

    spelled = AgencyMatcher(province)._place_spelled(f"Ủy ban nhân dân {kind} Hai Phong", body)

    assert spelled == f"Ủy ban nhân dân {kind} {own}"


@pytest.mark.parametrize(
    ("province", "own"),
    [
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("thành  phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("Thanh pho Ho Chi Minh", "Ho Chi Minh"),
        ("Hồ Chí Minh", "Hồ Chí Minh"),
        ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Thái Nguyên", "Thái Nguyên"),
    ],
)
def test_a_provinces_own_name_is_its_name_without_thanh_pho(province, own):
    assert province_own_name(province) == own


@pytest.mark.parametrize("province", ["Thành phố Hồ Chí Minh", "Hồ Chí Minh"])
@pytest.mark.parametrize("plain", [False, True])
def test_a_district_of_ho_chi_minh_city_takes_its_spelling_whether_thanh_pho_is_written_or_not(db, province, plain):
    province, _agencies = create_province(province, datetime.date(2024, 5, 1))
    text = "UBND huyện Củ Chi"

    assert _proposed_name(AgencyMatcher(province), without_diacritics(text) if plain else text) == (
        "Ủy ban nhân dân huyện Củ Chi"
    )
