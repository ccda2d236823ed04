"""A centrally-run city's one-word short forms for its own bodies (`CATP`, `VPUBTP`, `UBTP`, `BCHQSTP`: catalogue
`city_forms`) are its bodies in a city; in a province they name nothing new (a provincial city's police is no
catalogue body)."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.services import create_province

FORMS = [
    ("CATP", "cong-an-tinh"),
    ("VPUBTP", "van-phong-ubnd-tinh"),
    ("VP UBTP", "van-phong-ubnd-tinh"),
    ("Văn phòng UBTP", "van-phong-ubnd-tinh"),
    ("UBTP", "ubnd-tinh"),
    ("BCHQSTP", "bo-chi-huy-quan-su-tinh"),
    ("BCH QSTP", "bo-chi-huy-quan-su-tinh"),
    ("CATP (chủ trì)", "cong-an-tinh"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("city", ["Đà Nẵng", "Thành phố Hồ Chí Minh"])
def test_a_citys_short_forms_are_its_bodies(city):
    province, _agencies = create_province(city, datetime.date(2024, 1, 1))
    matcher = AgencyMatcher(province)
    for text, key in FORMS:
        found = matcher.match(text)
        held = matcher.own_bodies(key)
        if held:
            assert found.agency is not None and found.agency.pk in held, text
        else:
            assert [body.key for body in found.proposals] == [key], text


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["Sơn La", "Thừa Thiên Huế"])
def test_in_a_province_they_name_nothing(name):
    province, _agencies = create_province(name, datetime.date(2024, 1, 1))
    matcher = AgencyMatcher(province)
    for text, _key in FORMS:
        found = matcher.match(text)
        assert (found.agency, found.candidates, found.proposals) == (None, [], ()), text
