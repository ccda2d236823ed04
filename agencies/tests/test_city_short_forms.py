"""A centrally-run city's one-word short forms for its own bodies (`CATP`, `VPUBTP`, `UBTP`, `BCHQSTP`: catalogue
`city_forms`) are its bodies in a city; in a province they name nothing new (a provincial city's police is no
catalogue body)."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.services import create_province
from agencies.splitting import split_known

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


# (as a city's plan writes it, the name the body is proposed under in Hồ Chí Minh)
DISTRICT_LEVEL = [
    ("UBND TP Thủ Đức", "Ủy ban nhân dân thành phố Thủ Đức"),
    ("UBND TP. Thủ Đức", "Ủy ban nhân dân thành phố Thủ Đức"),
    ("TP Thủ Đức", "Ủy ban nhân dân thành phố Thủ Đức"),
    ("UBND thanh pho Thu Duc", "Ủy ban nhân dân thành phố Thủ Đức"),
    ("UBND quận 7", "Ủy ban nhân dân quận 7"),
    ("UBND huyện Củ Chi", "Ủy ban nhân dân huyện Củ Chi"),
    ("Hiệp hội DN TP", "Hiệp hội Doanh nghiệp thành phố"),
    ("Hiep hoi DN TP", "Hiệp hội Doanh nghiệp thành phố"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "name"), DISTRICT_LEVEL)
def test_a_city_inside_the_city_and_the_citys_own_bodies_written_with_tp(text, name):
    """In a centrally-run city `thành phố` ends its own bodies' names (`Hiệp hội DN TP`) and starts the name of the
    district-level city in it (`UBND TP Thủ Đức`), never the city's own committee narrowed by a place."""
    province, _agencies = create_province("Hồ Chí Minh", datetime.date(2024, 5, 1))
    matcher = AgencyMatcher(province, datetime.date(2024, 5, 1))

    found = matcher.match(text)

    assert found.agency is None and len(found.proposals) == 1, text
    assert matcher.name_to_create(text, found.proposals[0]) == name
    assert matcher.match("UBND TP").agency.name == "Ủy ban nhân dân thành phố Hồ Chí Minh"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("cell", "qualifier"),
    [
        ("Các quận, huyện, thị xã", ""),
        ("Cac quan, huyen, thi xa", ""),
        ("các quận, huyện", ""),
        ("Các quận, huyện nơi có dự án", "nơi có dự án"),
    ],
)
def test_a_citys_districts_written_without_ubnd_are_its_group(cell, qualifier):
    """`UBND` is what a clerk leaves out before a city's `các quận, huyện` as before a province's `các huyện`; the
    cell is the city's group, never `Các quận` left for a person and the group beside it."""
    province, _agencies = create_province("Hà Nội", datetime.date(2024, 6, 1))
    matcher = AgencyMatcher(province, datetime.date(2024, 6, 1))

    [name] = split_known(f"Sở Y tế, {cell}", matcher)[1:]
    found = matcher.match(name)

    assert (found.agency.name, found.qualifier) == ("UBND các quận, huyện, thị xã", qualifier)
