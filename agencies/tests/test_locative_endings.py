"""A category or group written plural with an ending that says where (`trên địa bàn`, `trên địa bàn tỉnh …`, `tại
địa phương`) is one name, never cut there; a group drops the ending as it drops `liên quan`, and a category no rule
resolves is left for a person without it (`Các doanh nghiệp viễn thông`), with or without diacritics; any other name
left for a person is shown as written."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.models import Agency, AgencyKind
from agencies.services import create_province
from agencies.splitting import split_known
from agencies.tests.bodies import without_diacritics

LOCATED = [
    ("Các doanh nghiệp viễn thông trên địa bàn", "Các doanh nghiệp viễn thông"),
    ("Các doanh nghiệp viễn thông trên địa bàn tỉnh", "Các doanh nghiệp viễn thông"),
    ("Các doanh nghiệp viễn thông trên địa bàn tỉnh {province}", "Các doanh nghiệp viễn thông"),
    ("Các doanh nghiệp viễn thông tại địa phương", "Các doanh nghiệp viễn thông"),
    ("Các cơ sở kinh doanh xăng dầu (trên địa bàn tỉnh)", "Các cơ sở kinh doanh xăng dầu"),
]
# left as written: no ending that says where, or one name written singular (an enterprise's name is its own)
AS_WRITTEN = [
    "Các doanh nghiệp viễn thông",
    "Các doanh nghiệp liên quan",
    "Công ty Cổ phần Viễn thông Tây Bắc trên địa bàn",
]


@pytest.fixture(params=["Sơn La", "Khánh Hòa"])
def matcher(db, request):
    province, _agencies = create_province(request.param, datetime.date(2024, 3, 1))
    return AgencyMatcher(province)


@pytest.mark.parametrize(("written", "left"), LOCATED)
@pytest.mark.parametrize("plain", [False, True])
def test_a_category_left_for_a_person_drops_the_ending_that_says_where(matcher, written, left, plain):
    spell = without_diacritics if plain else (lambda text: text)
    written = spell(written.format(province=matcher.province.name))
    found = matcher.match(written)

    assert (found.agency, found.candidates, found.proposals) == (None, [], ())
    assert split_known(written, matcher) == [written]
    assert matcher.left_as(written) == spell(left)


@pytest.mark.parametrize("written", AS_WRITTEN)
def test_other_names_left_for_a_person_are_shown_as_written(matcher, written):
    assert matcher.left_as(written) == written
    assert matcher.left_as(without_diacritics(written)) == without_diacritics(written)


@pytest.mark.parametrize(("written", "left"), LOCATED)
def test_the_name_mapped_answers_the_name_with_its_ending(matcher, written, left):
    mapped = Agency.objects.create(province=matcher.province, name=left, kind=AgencyKind.ENTERPRISE, is_group=True)
    written = written.format(province=matcher.province.name)
    matcher = AgencyMatcher(matcher.province)

    assert matcher.match(written).agency == mapped
    assert matcher.match(without_diacritics(written)).agency == mapped


@pytest.mark.parametrize("ending", ["trên địa bàn", "tại địa phương"])
def test_a_group_drops_the_ending_that_says_where(matcher, ending):
    groups = Agency.objects.filter(province=matcher.province, name="Các sở, ban, ngành tỉnh")

    assert matcher.match(f"Các sở, ban, ngành {ending}").agency == groups.get()
    assert matcher.match(without_diacritics(f"Các sở, ban, ngành {ending}")).agency == groups.get()
