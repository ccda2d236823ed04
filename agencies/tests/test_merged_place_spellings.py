"""A plan dated from 01/7/2025 copied without diacritics names communes and wards the province does not hold yet, often
after a former district-level place of one of the provinces merged into it (Resolution 202/2025/QH15: `UBND phuong My
Tho` in Đồng Tháp, Mỹ Tho having been a city of Tiền Giang): the committee proposed takes the place's one spelling
among the district-level places of the provinces the province was formed from (catalogue mergers.json, places.json);
a place with none or two such spellings, or a plan dated before the merger, keeps the place as written after the
catalogue's words."""

import datetime
import json

import pytest

from agencies import catalogue as catalogue_module
from agencies.catalogue import MERGERS_PATH, PLACES_PATH, merged_place
from agencies.matching import AgencyMatcher
from agencies.normalize import search_key
from agencies.services import create_province
from agencies.tests.bodies import without_diacritics

BEFORE = datetime.date(2025, 6, 30)
AFTER = datetime.date(2025, 7, 1)


def _proposed_name(matcher, text):
    found = matcher.match(text)
    assert found.agency is None and [body.key for body in found.proposals] == ["ubnd-xa"], text
    return matcher.name_to_create(text, found.proposals[0])


@pytest.mark.parametrize(
    ("province", "text", "name"),
    [
        # a place of the province itself, and one of the province merged into it
        ("Đồng Tháp", "Uy ban nhan dan phuong Sa Dec", "Ủy ban nhân dân phường Sa Đéc"),
        ("Đồng Tháp", "UBND xa Thap Muoi", "Ủy ban nhân dân xã Tháp Mười"),
        ("Đồng Tháp", "UBND phuong My Tho", "Ủy ban nhân dân phường Mỹ Tho"),
        ("Đồng Tháp", "UBND phường Mỹ Tho", "Ủy ban nhân dân phường Mỹ Tho"),
        # Phú Mỹ was a town of Bà Rịa - Vũng Tàu, Phù Mỹ a district of Bình Định: each read in its own new province
        ("Hồ Chí Minh", "UBND phuong Phu My", "Ủy ban nhân dân phường Phú Mỹ"),
        ("Gia Lai", "UBND xa Phu My", "Ủy ban nhân dân xã Phù Mỹ"),
        ("Khánh Hòa", "UBND dac khu Truong Sa", "Ủy ban nhân dân đặc khu Trường Sa"),
        # wards numbered after a former city share its name, each keeping its number
        ("Tuyên Quang", "UBND phuong Ha Giang 1", "Ủy ban nhân dân phường Hà Giang 1"),
        ("Tuyên Quang", "UBND phuong Ha Giang 2", "Ủy ban nhân dân phường Hà Giang 2"),
    ],
)
def test_a_commune_after_the_merger_takes_the_spelling_of_a_former_place_of_its_provinces(db, province, text, name):
    province, _agencies = create_province(province, AFTER)

    assert _proposed_name(AgencyMatcher(province, day=AFTER), text) == name


@pytest.mark.parametrize(
    ("province", "day", "text", "name"),
    [
        # before the merger a commune's place is not read among the district-level places
        ("Đồng Tháp", BEFORE, "Uy ban nhan dan phuong Sa Dec", "Ủy ban nhân dân phường Sa Dec"),
        # Mỹ Tho is no place of the provinces Cần Thơ was formed from
        ("Cần Thơ", AFTER, "UBND phuong My Tho", "Ủy ban nhân dân phường My Tho"),
        # no district-level place of that name
        ("Đồng Tháp", AFTER, "UBND xa Tan Khanh Trung", "Ủy ban nhân dân xã Tan Khanh Trung"),
        ("Tuyên Quang", AFTER, "UBND phuong Minh Xuan 1", "Ủy ban nhân dân phường Minh Xuan 1"),
    ],
)
def test_a_commune_whose_place_is_not_certain_keeps_it_as_written(db, province, day, text, name):
    province, _agencies = create_province(province, BEFORE)

    assert _proposed_name(AgencyMatcher(province, day=day), text) == name


def test_two_spellings_of_a_place_among_the_former_provinces_are_never_guessed_between(db, monkeypatch):
    # Thanh Trì (Hà Nội) and Thạnh Trị (Sóc Trăng) fold alike: a province formed from both spells neither
    effective, formed = catalogue_module._mergers()
    joined = {**formed, "ha noi": ("ha noi", "soc trang")}
    monkeypatch.setattr(catalogue_module, "_mergers", lambda: (effective, joined))
    province, _agencies = create_province("Hà Nội", AFTER)

    assert merged_place("Hà Nội", "Thanh Tri", AFTER) == ""
    assert _proposed_name(AgencyMatcher(province, day=AFTER), "UBND xa Thanh Tri") == "Ủy ban nhân dân xã Thanh Tri"
    assert merged_place("Cần Thơ", "Thanh Tri", AFTER) == "Thạnh Trị"


def test_the_merger_map_forms_the_34_provinces_from_the_63_of_the_place_list():
    data = json.loads(MERGERS_PATH.read_text(encoding="utf-8"))
    places = json.loads(PLACES_PATH.read_text(encoding="utf-8"))["provinces"]
    former = [search_key(name) for names in data["provinces"].values() for name in names]

    assert len(data["provinces"]) == 34
    assert sorted(former) == sorted(search_key(name) for name in places)
    for province, names in data["provinces"].items():
        assert names[0] == province
    assert data["provinces"]["Đồng Tháp"] == ["Đồng Tháp", "Tiền Giang"]
    assert merged_place("Đồng Tháp", without_diacritics("Mỹ Tho"), AFTER) == "Mỹ Tho"
    assert merged_place("Đồng Tháp", "My Tho", BEFORE) == ""
