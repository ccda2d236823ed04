"""A province whose newspaper bears a name of its own (`Báo Ấp Bắc` in Tiền Giang, `Báo Đồng Khởi` in Bến Tre, `Báo
Sài Gòn Giải Phóng` in Hồ Chí Minh, `Báo Hànộimới` in Hà Nội; agencies/catalogue/province_names.json): the name is its
newspaper (catalogue `bao-tinh`), proposed and created under that name where the province lacks it, answered by the
province's own newspaper where it holds it; in any other province the name is left to a person."""

import datetime
import json

import pytest

from agencies.catalogue import PROVINCE_NAMES, catalogue
from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.names import loose_key
from agencies.services import create_province
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import AgencyFactory

BEFORE = datetime.date(2024, 5, 1)
# (the province's name, how a plan writes its newspaper, the name it is created under)
OWN = [
    ("Tiền Giang", "Báo Ấp Bắc", "Báo Ấp Bắc"),
    ("Bến Tre", "Báo Đồng Khởi", "Báo Đồng Khởi"),
    ("Thành phố Hồ Chí Minh", "Báo Sài Gòn Giải Phóng", "Báo Sài Gòn Giải Phóng"),
    ("Hồ Chí Minh", "Báo Sài Gòn Giải Phóng", "Báo Sài Gòn Giải Phóng"),
    ("Hà Nội", "Báo Hànộimới", "Báo Hànộimới"),
    ("Hà Nội", "Báo Hà Nội Mới", "Báo Hànộimới"),
]


def proposed(match):
    return [body.key for body in match.proposals]


@pytest.mark.django_db
@pytest.mark.parametrize(("place", "written", "name"), OWN)
def test_a_newspaper_of_its_own_name_is_the_provinces_newspaper(place, written, name):
    province, _created = create_province(place, BEFORE)
    matcher = AgencyMatcher(province, day=BEFORE)
    body = catalogue().body("bao-tinh")
    for spelling in (written, without_diacritics(written)):
        found = matcher.match(spelling)
        assert (found.agency, proposed(found)) == (None, ["bao-tinh"]), spelling
    assert matcher.name_to_create(written, body) == name
    # held, it answers the name
    newspaper = AgencyFactory(province=province, name=name, kind=AgencyKind.UNIT)
    assert AgencyMatcher(province, day=BEFORE).match(without_diacritics(written)).agency == newspaper


@pytest.mark.django_db
@pytest.mark.parametrize(("_place", "written", "_name"), OWN)
def test_in_another_province_the_name_is_left_to_a_person(_place, written, _name):
    province, _created = create_province("Long An", BEFORE)
    found = AgencyMatcher(province, day=BEFORE).match(written)

    assert (found.agency, proposed(found)) == (None, [])


@pytest.mark.django_db
def test_other_provinces_newspapers_keep_the_provinces_name():
    province, _created = create_province("Long An", BEFORE)
    matcher = AgencyMatcher(province, day=BEFORE)

    assert proposed(matcher.match("Báo Long An")) == ["bao-tinh"]
    assert matcher.name_to_create("Báo Long An", catalogue().body("bao-tinh")) == "Báo Long An"


def test_every_province_name_belongs_to_a_catalogue_body_and_no_other_provinces_form():
    data = json.loads(PROVINCE_NAMES.read_text(encoding="utf-8"))["bodies"]
    keys = {body.key for body in catalogue().bodies}
    forms = {loose_key(text) for body in catalogue().bodies for text in (*body.full_names, *body.forms)}
    for key, provinces in data.items():
        assert key in keys
        for names in provinces.values():
            assert names and not {loose_key(name) for name in names} & forms, names
