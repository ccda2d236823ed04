"""A people's committee named after its own place (issue #12): `UBND huyện Bắc Tân Uyên`, `UBND TP Móng Cái`, `UBND xã
Tân Lập` is one body (the province's own of that name, else proposed to create under its name written out), never the
group `UBND các huyện, thị xã, thành phố`; a zone's or place's name ends at a break and before another body's name; the
border guard and the commercial banks by their short forms."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.normalize import search_key
from agencies.services import create_province
from agencies.splitting import split_known
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import AgencyFactory

# (province, as of, written, catalogue body, the name it is created under)
ONE_PLACE = [
    ("Bình Dương", "2025-01-01", "UBND huyện Bắc Tân Uyên", "ubnd-huyen", "Ủy ban nhân dân huyện Bắc Tân Uyên"),
    ("Bình Dương", "2025-01-01", "UBND H. Bắc Tân Uyên", "ubnd-huyen", "Ủy ban nhân dân huyện Bắc Tân Uyên"),
    ("Quảng Ninh", "2025-01-01", "UBND TP Móng Cái", "ubnd-huyen", "Ủy ban nhân dân thành phố Móng Cái"),
    ("Quảng Ninh", "2025-01-01", "UBND thị xã Đông Triều", "ubnd-huyen", "Ủy ban nhân dân thị xã Đông Triều"),
    ("Quảng Ninh", "2025-01-01", "UBND TX Quảng Yên", "ubnd-huyen", "Ủy ban nhân dân thị xã Quảng Yên"),
    ("Thanh Hóa", "2025-01-01", "Ủy ban nhân dân thành phố Sầm Sơn", "ubnd-huyen", "Ủy ban nhân dân thành phố Sầm Sơn"),
    ("Thanh Hóa", "2025-01-01", "huyện Quan Sơn", "ubnd-huyen", "Ủy ban nhân dân huyện Quan Sơn"),
    ("Lâm Đồng", "2025-09-01", "UBND xã Tân Hội", "ubnd-xa", "Ủy ban nhân dân xã Tân Hội"),
    (
        "Lâm Đồng",
        "2025-09-01",
        "UBND phường Xuân Hương - Đà Lạt",
        "ubnd-xa",
        "Ủy ban nhân dân phường Xuân Hương - Đà Lạt",
    ),
    ("Khánh Hòa", "2025-09-01", "UBND đặc khu Trường Sa", "ubnd-xa", "Ủy ban nhân dân đặc khu Trường Sa"),
]


def proposed(match):
    return [body.key for body in match.proposals]


@pytest.mark.django_db
@pytest.mark.parametrize(("place", "as_of", "written", "key", "name"), ONE_PLACE)
def test_a_committee_named_after_its_place_is_one_body_proposed_under_its_name(place, as_of, written, key, name):
    province, _created = create_province(place, datetime.date.fromisoformat(as_of))
    matcher = AgencyMatcher(province)
    body = matcher.catalogue.body(key)
    assert body.kind == AgencyKind.DISTRICT and not body.is_group
    assert matcher.name_to_create(written, body) == name
    for spelling in (written, without_diacritics(written)):
        found = matcher.match(spelling)
        assert (found.agency, proposed(found), found.qualifier) == (None, [key], ""), spelling
        assert search_key(matcher.name_to_create(spelling, body)) == search_key(name)


@pytest.mark.django_db
def test_the_province_holding_the_committee_answers_its_name_and_no_other_place():
    province, _created = create_province("Quảng Ninh", datetime.date(2025, 1, 1))
    mong_cai = AgencyFactory(province=province, name="Ủy ban nhân dân thành phố Móng Cái", kind=AgencyKind.DISTRICT)
    dong_trieu = AgencyFactory(province=province, name="UBND TX Đông Triều", kind=AgencyKind.DISTRICT)
    matcher = AgencyMatcher(province)
    for text, agency in [
        ("UBND TP Móng Cái", mong_cai),
        ("UBND thành phố Mong Cai", mong_cai),
        ("Ủy ban nhân dân thị xã Đông Triều", dong_trieu),
        ("UBND TX Dong Trieu", dong_trieu),
    ]:
        assert matcher.match(text).agency == agency, text
    for text in ("UBND TP Cẩm Phả", "UBND thị xã Quảng Yên"):
        found = matcher.match(text)
        assert (found.agency, proposed(found)) == (None, ["ubnd-huyen"]), text


@pytest.mark.django_db
@pytest.mark.parametrize("place", ["Quảng Ninh", "Bình Dương"])
def test_only_a_plural_or_a_list_of_kinds_is_the_group(place):
    province, _created = create_province(place, datetime.date(2025, 1, 1))
    matcher = AgencyMatcher(province)
    group = matcher.own_bodies("ubnd-cap-huyen")
    for text in (
        "UBND các huyện, thị xã",
        "UBND huyện, thị xã, thành phố",
        "UBND các huyện, thị xã, thành phố nơi có dự án",
        "UBND cac huyen, thi xa, thanh pho",
    ):
        for spelling in (text, without_diacritics(text)):
            assert {getattr(matcher.match(spelling).agency, "pk", None)} == group, spelling
    for text in ("UBND huyện A Lưới", "UBND huyện Bắc Tân Uyên nơi có dự án", "UBND huyện Tân Uyên và Phú Giáo"):
        found = matcher.match(text)
        assert found.agency is None or found.agency.pk not in group, text


@pytest.mark.django_db
@pytest.mark.parametrize(("place", "zone"), [("Quảng Ninh", "Quảng Ninh"), ("Khánh Hòa", "Vân Phong")])
def test_a_zone_name_ends_at_a_break_and_before_another_bodys_name(place, zone):
    province, _created = create_province(place, datetime.date(2025, 12, 1))
    matcher = AgencyMatcher(province)
    board = ["ban-quan-ly-khu-kinh-te"]
    guard = ["bo-chi-huy-bo-doi-bien-phong-tinh"]
    for cell, want in [
        (f"Ban Quản lý Khu kinh tế {zone}, BĐBP tỉnh", [board, guard]),
        (f"BQL KKT {zone}; BCH BĐBP tỉnh", [board, guard]),
        (f"BQL KKT {zone}\nBộ đội Biên phòng tỉnh", [board, guard]),
        (f"UBND TP Móng Cái, BQL KKT {zone}", [["ubnd-huyen"], board]),
    ]:
        for written in (cell, without_diacritics(cell)):
            names = split_known(written, matcher)
            assert [proposed(matcher.match(name)) for name in names] == want, names
    for text in (f"Ban Quản lý Khu kinh tế {zone} BĐBP tỉnh", f"BQL KKT {zone} Công an tỉnh"):
        assert proposed(matcher.match(text)) != board, text


@pytest.mark.django_db
@pytest.mark.parametrize("place", ["Quảng Ninh", "Đắk Lắk"])
def test_the_border_guard_and_the_commercial_banks_by_their_short_forms(place):
    matcher = AgencyMatcher(create_province(place, datetime.date(2025, 12, 1))[0])
    for text, key in [
        ("BĐBP tỉnh", "bo-chi-huy-bo-doi-bien-phong-tinh"),
        ("BCH BĐBP tỉnh", "bo-chi-huy-bo-doi-bien-phong-tinh"),
        ("Bộ đội Biên phòng tỉnh", "bo-chi-huy-bo-doi-bien-phong-tinh"),
        (f"Bộ Chỉ huy Bộ đội Biên phòng tỉnh {place}", "bo-chi-huy-bo-doi-bien-phong-tinh"),
        ("Các NHTM trên địa bàn", "cac-to-chuc-tin-dung"),
        ("Các NHTM", "cac-to-chuc-tin-dung"),
        ("các ngân hàng thương mại (trên địa bàn tỉnh)", "cac-to-chuc-tin-dung"),
        ("Các ngân hàng thương mại trên địa bàn tỉnh", "cac-to-chuc-tin-dung"),
        (f"Các ngân hàng thương mại trên địa bàn tỉnh {place}", "cac-to-chuc-tin-dung"),
    ]:
        for spelling in (text, without_diacritics(text)):
            found = matcher.match(spelling)
            assert (found.agency, proposed(found), found.qualifier) == (None, [key], ""), spelling
