"""Agency names of issue #12 read by the plan's date and the province's place: a name two bodies bore in turn (`Chi cục
QLTT tỉnh`: the provincial Cục Quản lý thị trường until the 2025 reorganization, the Chi cục under Sở Công Thương after)
is the body of the plan's date; the city or town named like its province (`UBND TP Bắc Giang`) is that place's
committee; two names the portal knows on two lines of a cell are two."""

import datetime

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.services import create_province
from agencies.splitting import split_known
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import AgencyFactory

BEFORE, AFTER = datetime.date(2024, 11, 5), datetime.date(2025, 8, 20)
CHI_CUC = ["Chi cục QLTT tỉnh", "Chi cục Quản lý thị trường tỉnh", "Chi cục QLTT", "QLTT tỉnh"]


def proposed(match):
    return [body.key for body in match.proposals]


@pytest.mark.parametrize(
    ("day", "bearer"),
    [
        (datetime.date(2025, 2, 28), "quan-ly-thi-truong"),  # the Cục's last day
        (datetime.date(2025, 3, 1), "chi-cuc-quan-ly-thi-truong"),  # the Chi cục's first day
    ],
)
def test_of_two_bodies_that_bore_a_name_in_turn_the_catalogue_keeps_the_one_of_the_day(day, bearer):
    both = {"quan-ly-thi-truong", "chi-cuc-quan-ly-thi-truong"}
    assert catalogue().of_day_among(both, day) == {bearer}
    # each is the other's body in turn, whose names it may bear
    for key in both:
        assert [other.key for other in catalogue().in_turn(catalogue().body(key))] == sorted(both - {key})
    # unrelated bodies are all kept
    unrelated = {"so-cong-thuong", "so-y-te"}
    assert catalogue().of_day_among(unrelated, day) == unrelated


@pytest.mark.django_db
@pytest.mark.parametrize("place", ["Nghệ An", "Lai Châu"])
def test_market_surveillance_is_the_body_of_the_plans_date(place):
    province, _created = create_province(place, BEFORE)
    for day, key in ((BEFORE, "quan-ly-thi-truong"), (AFTER, "chi-cuc-quan-ly-thi-truong")):
        matcher = AgencyMatcher(province, day=day)
        for written in (*CHI_CUC, f"Chi cục Quản lý thị trường tỉnh {place}"):
            for spelling in (written, without_diacritics(written)):
                found = matcher.match(spelling)
                assert (found.agency, proposed(found)) == (None, [key]), (day, spelling)
        # the Cục written as such is the Cục in a plan of its time, and the Chi cục doing its work in one after it
        assert proposed(matcher.match("Cục QLTT tỉnh")) == [key]
    assert matcher.name_to_create("Chi cục QLTT tỉnh", matcher.catalogue.body(key)) == "Chi cục Quản lý thị trường tỉnh"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("day", "key", "name"),
    [
        (datetime.date(2023, 5, 10), "quan-ly-thi-truong", "Cục Quản lý thị trường tỉnh"),
        (AFTER, "chi-cuc-quan-ly-thi-truong", "Chi cục Quản lý thị trường tỉnh"),
    ],
)
def test_the_body_of_the_plans_date_is_created_under_its_own_name_however_the_name_is_spelled(day, key, name):
    province, _created = create_province("Tuyên Quang", BEFORE)
    matcher = AgencyMatcher(province, day=day)
    for written in (*CHI_CUC, "Chi cục Quản lý thị trường tỉnh Tuyên Quang"):
        for spelling in (written, without_diacritics(written)):
            found = matcher.match(spelling)
            assert proposed(found) == [key], (day, spelling)
            assert matcher.name_to_create(spelling, found.proposals[0]) == name, (day, spelling)


@pytest.mark.django_db
def test_a_province_holding_one_of_the_two_is_answered_by_it_on_any_date():
    province, _created = create_province("Nghệ An", BEFORE)
    held = AgencyFactory(province=province, name="Cục Quản lý thị trường tỉnh Nghệ An", kind=AgencyKind.OTHER)
    for day in (BEFORE, AFTER):
        for written in ("Chi cục QLTT tỉnh", "Cục QLTT", "QLTT tỉnh"):
            assert AgencyMatcher(province, day=day).match(written).agency == held, (day, written)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("place", "written", "name"),
    [
        ("Bắc Giang", "UBND TP Bắc Giang", "Ủy ban nhân dân thành phố Bắc Giang"),
        ("Tuyên Quang", "Ủy ban nhân dân thành phố Tuyên Quang", "Ủy ban nhân dân thành phố Tuyên Quang"),
        ("Quảng Trị", "UBND thị xã Quảng Trị", "Ủy ban nhân dân thị xã Quảng Trị"),
    ],
)
def test_the_city_named_like_its_province_is_that_citys_committee(place, written, name):
    province, _created = create_province(place, BEFORE)
    matcher = AgencyMatcher(province, day=BEFORE)
    body = matcher.catalogue.body("ubnd-huyen")
    for spelling in (written, without_diacritics(written)):
        found = matcher.match(spelling)
        assert (found.agency, proposed(found), found.qualifier) == (None, ["ubnd-huyen"], ""), spelling
    assert matcher.name_to_create(written, body) == name
    # the province's own committee and the group are what they were
    assert matcher.match(f"UBND tỉnh {place}").agency.kind == AgencyKind.PEOPLES_COMMITTEE
    assert proposed(matcher.match(f"UBND các huyện, thành phố {place}")) != ["ubnd-huyen"]
    city = AgencyFactory(province=province, name=name, kind=AgencyKind.DISTRICT)
    assert AgencyMatcher(province, day=BEFORE).match(written).agency == city


@pytest.mark.django_db
def test_a_centrally_run_city_is_not_read_as_one_of_its_districts():
    province, _created = create_province("Thành phố Cần Thơ", BEFORE)
    assert proposed(AgencyMatcher(province, day=BEFORE).match("UBND thành phố Cần Thơ")) != ["ubnd-huyen"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Hội Liên hiệp Phụ nữ tỉnh\nĐài PT-TH tỉnh", ["Hội Liên hiệp Phụ nữ tỉnh", "Đài PT-TH tỉnh"]),
        ("Hội CCB tỉnh\nLiên minh HTX tỉnh, Tỉnh đoàn", ["Hội CCB tỉnh", "Liên minh HTX tỉnh", "Tỉnh đoàn"]),
        ("UBND TP Bắc Giang\nUBND huyện Lục Nam", ["UBND TP Bắc Giang", "UBND huyện Lục Nam"]),
        # a name wrapped in its cell stays one
        ("Sở Lao động - Thương binh\nvà Xã hội", ["Sở Lao động - Thương binh và Xã hội"]),
        ("Đài Phát thanh\nvà Truyền hình tỉnh", ["Đài Phát thanh và Truyền hình tỉnh"]),
        (
            "Trung tâm Khuyến công\nvà Tư vấn phát triển công nghiệp",
            ["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp"],
        ),
    ],
)
def test_a_line_break_between_two_known_names_cuts(cell, names):
    province, _created = create_province("Bắc Giang", BEFORE)
    matcher = AgencyMatcher(province, day=BEFORE)
    for spelling, want in ((cell, names), (without_diacritics(cell), [without_diacritics(n) for n in names])):
        assert split_known(spelling, matcher) == want, spelling
