"""The province's promotion centres (investment, trade and tourism; investment and business support) are catalogue
bodies: written in full with the province's name or in the short forms offices type, with or without diacritics, a
province lacking one is proposed it, one holding it gets it; the comma inside `Đầu tư, Thương mại` cuts no name; a
form a Trung tâm Khuyến công và Xúc tiến thương mại could bear as well (`Trung tâm XTTM`) proposes nothing."""

import datetime

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.services import create_province
from agencies.splitting import split_known
from agencies.tests.bodies import create_quang_ngai, without_diacritics
from agencies.tests.factories import AgencyFactory

COMBINED = "trung-tam-xuc-tien-dau-tu-thuong-mai-va-du-lich"
SUPPORT = "trung-tam-xuc-tien-dau-tu-va-ho-tro-doanh-nghiep"
WRITTEN = [
    ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Yên Bái", COMBINED),
    ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch Yên Bái", COMBINED),
    ("Trung tâm Xúc tiến Đầu tư, Thương mại, Du lịch tỉnh", COMBINED),
    ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Yên Bái", COMBINED),
    ("Trung tâm Xúc tiến Thương mại, Đầu tư và Du lịch tỉnh", COMBINED),
    ("TT XTĐT, TM&DL", COMBINED),
    ("TT XTĐT, TM&DL tỉnh", COMBINED),
    ("Trung tâm XTĐTTM&DL", COMBINED),
    ("Trung tâm XTĐT, TM và DL tỉnh Yên Bái", COMBINED),
    ("TTXTĐT,TM&DL", COMBINED),
    ("Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh Yên Bái", SUPPORT),
    ("TT XTĐT&HTDN", SUPPORT),
    ("Trung tâm XTĐT và HTDN", SUPPORT),
]


@pytest.fixture
def yen_bai(db):
    province, _agencies = create_province("Yên Bái", datetime.date(2024, 5, 1))
    return province


def _written(text):
    return [text, without_diacritics(text)]


@pytest.mark.parametrize(("text", "key"), WRITTEN)
def test_a_promotion_centre_the_province_lacks_is_proposed_under_its_catalogue_name(yen_bai, text, key):
    matcher = AgencyMatcher(yen_bai)
    body = catalogue().body(key)

    for written in _written(text):
        found = matcher.match(written)
        assert found.agency is None, written
        assert [proposal.key for proposal in found.proposals] == [key], written
        assert matcher.name_to_create(written, body) == body.name
        assert body.kind == AgencyKind.UNIT


@pytest.mark.parametrize(("text", "key"), WRITTEN)
def test_a_promotion_centre_the_province_holds_answers_its_names_and_forms(yen_bai, text, key):
    held = {
        COMBINED: AgencyFactory(
            province=yen_bai, name="Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Yên Bái", kind=AgencyKind.UNIT
        ),
        SUPPORT: AgencyFactory(
            province=yen_bai, name="Trung tâm Xúc tiến Đầu tư và Hỗ trợ doanh nghiệp Yên Bái", kind=AgencyKind.UNIT
        ),
    }
    matcher = AgencyMatcher(yen_bai)

    for written in _written(text):
        assert matcher.match(written).agency == held[key], written


@pytest.mark.parametrize(
    "cell",
    [
        "Sở Tài chính, Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Yên Bái, Sở Công Thương",
        "Sở Tài chính, TT XTĐT, TM&DL, Sở Công Thương",
        "Sở Tài chính; Trung tâm XTĐT, TM và DL tỉnh; Sở Công Thương",
    ],
)
def test_the_comma_inside_the_centre_s_name_cuts_no_name(yen_bai, cell):
    matcher = AgencyMatcher(yen_bai)

    for written in _written(cell):
        names = split_known(written, matcher)
        found = [matcher.match(name) for name in names]
        assert len(names) == 3, names
        assert [body.key for match in found for body in match.proposals] == [COMBINED], names
        assert [match.agency.name for match in found if match.agency] == ["Sở Tài chính", "Sở Công Thương"], names


def test_a_centre_written_by_the_start_of_its_name_is_the_province_s_own(yen_bai):
    held = AgencyFactory(
        province=yen_bai, name="Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Yên Bái", kind=AgencyKind.UNIT
    )
    matcher = AgencyMatcher(yen_bai)

    for written in _written("Trung tâm Xúc tiến đầu tư"):
        assert matcher.match(written).agency == held


@pytest.mark.parametrize("text", ["Trung tâm XTTM QN", "Trung tâm Xúc tiến thương mại", "Trung tâm Xúc tiến đầu tư"])
def test_a_form_another_centre_could_bear_proposes_no_promotion_centre(db, text):
    """In Quảng Ngãi trade promotion is the Trung tâm Khuyến công và Xúc tiến thương mại's: `Trung tâm XTTM` may be it,
    so no catalogue centre is proposed for it; the person maps it."""
    matcher = AgencyMatcher(create_quang_ngai())

    for written in _written(text):
        found = matcher.match(written)
        assert found.agency is None and not found.proposals, written
