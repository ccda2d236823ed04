"""`Các địa phương`, `các địa phương liên quan`, `UBND các địa phương`, `Địa phương` name the local people's committees
at the level the province has on the plan's date: the catalogue reads its entry `cac-dia-phuong` (`means`) by the
valid_until and successors of the districts' group, so a plan dated up to 30/6/2025 names UBND các huyện, thị xã, thành
phố and one dated after names UBND các xã, phường, đặc khu. A province's own body named `Các địa phương` is its own by
name; groups that merely contain `địa phương` are unchanged."""

import datetime

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.models import Agency
from agencies.services import create_agency, create_province
from agencies.splitting import split_known
from agencies.tests.bodies import without_diacritics

LAST_DISTRICT_DAY = datetime.date(2025, 6, 30)
FIRST_COMMUNE_DAY = datetime.date(2025, 7, 1)
HUYEN = "UBND các huyện, thị xã, thành phố"
XA = "UBND các xã, phường, đặc khu"
LOCALITIES = [
    "Các địa phương",
    "các địa phương liên quan",
    "UBND các địa phương",
    "Địa phương",
    "Các địa phương có liên quan",
]
LEVELS = [
    (datetime.date(2024, 3, 15), HUYEN),
    (LAST_DISTRICT_DAY, HUYEN),
    (FIRST_COMMUNE_DAY, XA),
    (datetime.date(2026, 2, 1), XA),
]


@pytest.fixture
def province(db):
    """A province as it stood before the reorganization: its departments and both local levels' groups."""
    province, _created = create_province("Gia Lai", datetime.date(2025, 6, 1))
    return province


def _texts(text):
    return [text, without_diacritics(text)]


def test_the_catalogue_reads_the_local_level_of_a_day_by_valid_until_and_successors():
    data = catalogue()
    entry = data.body("cac-dia-phuong")

    assert entry.means == "ubnd-cap-huyen"
    assert data.body("ubnd-cap-huyen").valid_until == LAST_DISTRICT_DAY
    assert data.meant(entry, LAST_DISTRICT_DAY).key == "ubnd-cap-huyen"
    assert data.meant(entry, FIRST_COMMUNE_DAY).key == "ubnd-cap-xa"
    # a body split between several successors stays itself
    assert (
        data.of_day("so-lao-dong-thuong-binh-va-xa-hoi", FIRST_COMMUNE_DAY).key == "so-lao-dong-thuong-binh-va-xa-hoi"
    )


@pytest.mark.parametrize(("day", "level"), LEVELS)
@pytest.mark.parametrize("text", LOCALITIES)
def test_the_localities_as_a_whole_cell_are_the_local_level_of_the_plans_date(province, day, level, text):
    matcher = AgencyMatcher(province, day)

    for written in _texts(text):
        found = matcher.match(written)

        assert (found.agency.name if found.agency else None, found.qualifier) == (level, ""), written


@pytest.mark.parametrize(("day", "level"), LEVELS)
@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Sở Tài chính; các địa phương liên quan", ["Sở Tài chính", "LEVEL"]),
        ("Sở Tài chính, các địa phương", ["Sở Tài chính", "LEVEL"]),
        ("Sở Xây dựng và UBND các địa phương", ["Sở Xây dựng", "LEVEL"]),
        ("- Sở Nội vụ\n- Địa phương", ["Sở Nội vụ", "LEVEL"]),
        # the departments and the localities: both groups (the catalogue's `also`)
        ("Các sở, ban, ngành, địa phương", ["Các sở, ban, ngành tỉnh", "LEVEL"]),
        ("Sở, ngành, địa phương", ["Các sở, ban, ngành tỉnh", "LEVEL"]),
    ],
)
def test_the_localities_as_a_list_item_are_the_local_level_of_the_plans_date(province, day, level, cell, names):
    matcher = AgencyMatcher(province, day)
    want = [level if name == "LEVEL" else name for name in names]

    for written in _texts(cell):
        found = [matcher.match(name) for name in split_known(written, matcher)]

        assert [match.agency.name if match.agency else match.text for match in found] == want, written


@pytest.mark.parametrize(("day", "level"), LEVELS)
def test_localities_narrowed_are_the_local_level_with_the_qualifier(province, day, level):
    for written in _texts("Các địa phương có vùng nguyên liệu"):
        found = AgencyMatcher(province, day).match(written)

        assert found.agency.name == level
        assert without_diacritics(found.qualifier) == "co vung nguyen lieu"


def test_a_group_that_merely_contains_dia_phuong_is_unchanged(province):
    for day, _level in LEVELS:
        found = AgencyMatcher(province, day).match("Các cơ quan, địa phương liên quan")

        assert [body.key for body in found.proposals] == ["cac-co-quan-dia-phuong"]


def test_a_province_lacking_the_group_is_proposed_the_group_of_the_plans_date(province):
    Agency.objects.filter(province=province, is_group=True, name__in=[HUYEN, XA]).delete()

    for day, key in ((LAST_DISTRICT_DAY, "ubnd-cap-huyen"), (FIRST_COMMUNE_DAY, "ubnd-cap-xa")):
        for written in _texts("Các địa phương liên quan"):
            found = AgencyMatcher(province, day).match(written)

            assert (found.agency, [body.key for body in found.proposals]) == (None, [key]), (day, written)


def test_a_province_holding_a_body_named_cac_dia_phuong_gets_it_by_name(province):
    body = catalogue().body("cac-dia-phuong")
    own = create_agency(province, body.name, body.kind, catalogue_key=body.key)

    for day, level in LEVELS:
        matcher = AgencyMatcher(province, day)
        for written in _texts("Các địa phương") + _texts("các địa phương liên quan"):
            assert matcher.match(written).agency == own, (day, written)
        # the committees' own groups are still theirs
        assert matcher.match("UBND các huyện, thị xã, thành phố").agency.name == HUYEN
        assert matcher.match("UBND các xã, phường").agency.name == XA
        assert matcher.match("UBND các địa phương").agency.name == level
