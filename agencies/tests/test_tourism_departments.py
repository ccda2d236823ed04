"""A few provinces and cities keep tourism apart from culture and sports (Sở Du lịch beside Sở Văn hóa và Thể thao);
every other one has Sở Văn hóa, Thể thao và Du lịch (issue #12). A form naming tourism with culture and sports
(`Sở VHTT&DL`) is the one department of the three, never Sở Văn hóa và Thể thao; each is its province's own body
where the province holds it, and proposed where it lacks it."""

import datetime

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.services import create_province
from agencies.tests.factories import AgencyFactory, ProvinceFactory

from .bodies import without_diacritics

ALL_THREE = ["Sở VHTT&DL", "Sở VH-TT&DL", "Sở VHTTDL", "Sở Văn hóa - Thể thao và Du lịch", "SVHTTDL"]
CULTURE_AND_SPORTS = ["Sở VH&TT", "Sở VHTT", "Sở VH-TT", "Sở Văn hóa và Thể thao", "Sở Văn hóa - Thể thao"]
TOURISM = ["Sở DL", "SDL", "Sở Du lịch"]
DAY = datetime.date(2026, 3, 1)


@pytest.fixture
def apart(db):
    """A city keeping tourism apart: Sở Văn hóa và Thể thao and Sở Du lịch, no Sở Văn hóa, Thể thao và Du lịch."""
    province = ProvinceFactory(name="Hà Nội", code="ha-noi")
    for name in ("Sở Văn hóa và Thể thao", "Sở Du lịch", "Sở Tài chính"):
        AgencyFactory(name=name, kind=AgencyKind.DEPARTMENT, province=province)
    return province


def spellings(names):
    return [*names, *map(without_diacritics, names)]


@pytest.mark.parametrize("written", spellings(CULTURE_AND_SPORTS + TOURISM))
def test_a_province_keeping_tourism_apart_gets_its_own_two_departments(apart, written):
    found = AgencyMatcher(apart, DAY).match(written)

    assert found.agency is not None
    wanted = "Sở Du lịch" if written in spellings(TOURISM) else "Sở Văn hóa và Thể thao"
    assert found.agency.name == wanted


@pytest.mark.parametrize("written", spellings(ALL_THREE))
def test_a_form_naming_all_three_is_never_culture_and_sports(apart, written):
    found = AgencyMatcher(apart, DAY).match(written)

    assert (found.agency, found.candidates) == (None, [])
    assert [body.key for body in found.proposals] == ["so-van-hoa-the-thao-va-du-lich"]


@pytest.mark.parametrize("written", spellings(ALL_THREE))
def test_a_province_holding_the_joint_department_keeps_getting_it(db, written):
    province, _agencies = create_province("Hà Tĩnh", datetime.date(2025, 8, 1))

    found = AgencyMatcher(province, DAY).match(written)

    assert found.agency is not None
    assert found.agency.name == "Sở Văn hóa, Thể thao và Du lịch"


@pytest.mark.parametrize("written", spellings(CULTURE_AND_SPORTS + TOURISM))
def test_a_province_holding_the_joint_department_is_proposed_the_department_written(db, written):
    """Written as it is, the department the province lacks is proposed for a person to confirm, never read silently as
    the joint department the province may have split."""
    province, _agencies = create_province("Hà Tĩnh", datetime.date(2025, 8, 1))

    found = AgencyMatcher(province, DAY).match(written)

    key = "so-du-lich" if written in spellings(TOURISM) else "so-van-hoa-va-the-thao"
    assert (found.agency, [body.key for body in found.proposals]) == (None, [key])


def test_only_the_joint_department_is_created_with_a_province():
    bodies = {body.key: body for body in catalogue().bodies}

    assert bodies["so-van-hoa-the-thao-va-du-lich"].everywhere
    assert not bodies["so-du-lich"].everywhere
    assert not bodies["so-van-hoa-va-the-thao"].everywhere
    assert not bodies["so-quy-hoach-kien-truc"].everywhere
