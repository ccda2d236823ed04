"""A plan dated from 01/7/2025 copied without diacritics names communes and wards the province does not hold yet,
named after a former commune (`UBND phuong Minh Xuan` in Tuyên Quang) or a former district-level place of one of the
provinces merged into it (Resolution 202/2025/QH15: `UBND phuong My Tho` in Đồng Tháp, Mỹ Tho having been a city of
Tiền Giang): the committee proposed takes the place's one spelling among the province's units of that kind (catalogue
communes.json), else among the district-level places of the provinces the province was formed from (mergers.json,
places.json); a place with none or two such spellings, or a plan dated before the merger, keeps the place as written
after the catalogue's words."""

import datetime
import json

import pytest

from agencies import catalogue as catalogue_module
from agencies.catalogue import (
    COMMUNE_KINDS,
    COMMUNES_PATH,
    MERGERS_PATH,
    PLACES_PATH,
    catalogue,
    merged_place,
    province_mergers,
)
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
        # named after a former commune, not a former district: the province's unit of that kind
        ("Tuyên Quang", "UBND phuong Minh Xuan", "Ủy ban nhân dân phường Minh Xuân"),
        ("Tuyên Quang", "Uy ban nhan dan phuong Minh Xuan", "Ủy ban nhân dân phường Minh Xuân"),
        ("Tuyên Quang", "UBND phường Minh Xuân", "Ủy ban nhân dân phường Minh Xuân"),
        ("Đồng Tháp", "UBND xa Tan Khanh Trung", "Ủy ban nhân dân xã Tân Khánh Trung"),
        # the kind decides between two units written alike: phường Mỹ Tho, xã Mỹ Thọ
        ("Đồng Tháp", "UBND xa My Tho", "Ủy ban nhân dân xã Mỹ Thọ"),
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
        # no unit of the province nor district-level place of that name
        ("Tuyên Quang", AFTER, "UBND phuong Minh Xuan 1", "Ủy ban nhân dân phường Minh Xuan 1"),
        # Minh Xuân is a ward of Tuyên Quang, no commune
        ("Tuyên Quang", AFTER, "UBND xa Minh Xuan", "Ủy ban nhân dân xã Minh Xuan"),
        # two communes of Thái Nguyên are written `Van Lang` without diacritics: Văn Lang and Văn Lăng
        ("Thái Nguyên", AFTER, "UBND xa Van Lang", "Ủy ban nhân dân xã Van Lang"),
        ("Đồng Tháp", AFTER, "UBND xa Tan Thanh", "Ủy ban nhân dân xã Tan Thanh"),
        # before the merger, the 2025 list is not read either
        ("Tuyên Quang", BEFORE, "UBND phuong Minh Xuan", "Ủy ban nhân dân phường Minh Xuan"),
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
    # no ward of Hà Nội is Thanh Trì (its commune is): the ward's place is read among the district-level places
    written = "UBND phuong Thanh Tri"
    assert _proposed_name(AgencyMatcher(province, day=AFTER), written) == "Ủy ban nhân dân phường Thanh Tri"
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


def test_the_commune_list_gives_each_of_the_34_provinces_its_communes_wards_and_special_zones():
    data = json.loads(COMMUNES_PATH.read_text(encoding="utf-8"))
    mergers = json.loads(MERGERS_PATH.read_text(encoding="utf-8"))["provinces"]
    units = [unit for names in data["provinces"].values() for unit in names]

    assert data["version"] == "2025.10.1" and "vietnam-provinces" in data["source"]
    assert sorted(data["provinces"]) == sorted(mergers)
    assert len(units) == 3321
    assert all(unit.startswith(tuple(f"{kind} " for kind in COMMUNE_KINDS)) for unit in units)
    assert "phường Minh Xuân" in data["provinces"]["Tuyên Quang"]
    # the kind is read with or without diacritics; a place is read only in its own province
    assert merged_place("Tuyên Quang", "Minh Xuan", AFTER, "phuong") == "Minh Xuân"
    assert merged_place("Tuyên Quang", "Minh Xuan", AFTER, "phường") == "Minh Xuân"
    assert merged_place("Cần Thơ", "Minh Xuan", AFTER, "phường") == ""
    assert merged_place("Tuyên Quang", "Minh Xuan", BEFORE, "phường") == ""


def test_the_merger_is_read_with_its_legal_basis_and_the_provinces_each_province_absorbed():
    mergers = {merger.province: merger for merger in province_mergers()}
    absorbed = [name for merger in mergers.values() for name in merger.absorbed]

    assert mergers["Quảng Ngãi"].absorbed == ("Kon Tum",)
    assert mergers["Thái Nguyên"].absorbed == ("Bắc Kạn",)
    assert mergers["Hồ Chí Minh"].absorbed == ("Bình Dương", "Bà Rịa - Vũng Tàu")
    assert mergers["Hà Nội"].absorbed == ()
    assert len(mergers) + len(absorbed) == 63
    assert not set(absorbed) & set(mergers)
    for merger in mergers.values():
        assert merger.effective == AFTER
        assert catalogue().legal_number(merger.legal_basis) == "202/2025/QH15"
