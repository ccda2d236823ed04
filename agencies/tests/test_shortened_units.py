"""Names the held-out office workbook of issue #12 left for a person though a clerk reads them at a glance, tried on
variants with and without diacritics: a centre, sub-department or board under a Sở written by initials or by the
start of its name, a qualified group whose kind list is abbreviated (`UBND các huyện, TX, TP nơi có …`), and
`Hội DN tỉnh`, the province's general business association (Hiệp hội Doanh nghiệp tỉnh)."""

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.models import Agency, AgencyKind
from agencies.services import create_agency
from agencies.splitting import split_known
from agencies.tests.bodies import create_quang_ngai, without_diacritics
from agencies.tests.factories import AgencyFactory

KC = "Trung tâm Khuyến công và Xúc tiến thương mại Quảng Ngãi"
HUYEN = "UBND các huyện, thị xã, thành phố"
HHDN = "Hiệp hội Doanh nghiệp tỉnh Quảng Ngãi"


@pytest.fixture
def province(db):
    province = create_quang_ngai()
    AgencyFactory(province=province, name="Chi cục Thủy lợi và Phòng, chống thiên tai", kind=AgencyKind.UNIT)
    AgencyFactory(province=province, name="Trung tâm Y tế huyện Bình Sơn", kind=AgencyKind.UNIT)
    AgencyFactory(province=province, name="Trung tâm Y tế huyện Đức Phổ", kind=AgencyKind.UNIT)
    for key in ("cac-so-ban-nganh", "ubnd-cap-huyen", "cac-dia-phuong"):
        body = catalogue().body(key)
        create_agency(province, body.name, body.kind, catalogue_key=key)
    return province


@pytest.fixture
def matcher(province):
    return AgencyMatcher(province)


def _texts(text):
    return [text, without_diacritics(text)]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("TT Khuyến công", KC),
        ("TT KC", KC),
        ("Trung tâm KC", KC),
        ("TTKC", KC),
        ("Trung tâm Khuyến công tỉnh", KC),
        ("TT Khuyến công QN", KC),
        ("TT Khuyến công thuộc Sở Công Thương", KC),
        ("TTKC và XTTM", KC),
        ("Chi cục Thủy lợi", "Chi cục Thủy lợi và Phòng, chống thiên tai"),
        ("CC Thủy lợi", "Chi cục Thủy lợi và Phòng, chống thiên tai"),
        ("Chi cục TL và PCTT", "Chi cục Thủy lợi và Phòng, chống thiên tai"),
    ],
)
def test_a_unit_under_a_department_is_read_from_its_initials_or_the_start_of_its_name(matcher, text, agency):
    for written in _texts(text):
        found = matcher.match(written)

        assert (found.agency.name if found.agency else None, found.method) == (agency, "catalogue"), written


@pytest.mark.parametrize("text", ["Trung tâm Y tế", "TT Y tế", "Trung tâm", "Chi cục"])
def test_a_start_two_units_share_or_only_a_kind_word_is_left_to_a_person(matcher, text):
    for written in _texts(text):
        assert matcher.match(written).agency is None, written


def test_a_centre_the_province_does_not_hold_is_proposed_from_the_catalogue_never_created(db):
    province = create_quang_ngai()
    Agency.objects.filter(name=KC).delete()

    found = AgencyMatcher(province).match("TT Khuyến công")

    assert found.agency is None
    assert [body.key for body in found.proposals] == ["trung-tam-khuyen-cong"]
    assert not Agency.objects.filter(name__icontains="Khuyến công").exists()


@pytest.mark.parametrize(
    ("cell", "qualifier"),
    [
        ("UBND các huyện, TX, TP nơi có khu công nghiệp", "nơi có khu công nghiệp"),
        ("UBND các huyện, thị xã, TP có cụm công nghiệp", "có cụm công nghiệp"),
        ("UBND các huyện, TX, Tp. nơi có dự án", "nơi có dự án"),
        ("UBND các huyện, thành phố, thị xã có làng nghề", "có làng nghề"),
        ("UBND cấp huyện có khu công nghiệp", "có khu công nghiệp"),
        ("UBND cấp huyện nơi có dự án điện gió", "nơi có dự án điện gió"),
        ("UBND các huyện/TX/TP có KCN", "có KCN"),
        ("Các huyện, TX, TP nơi có khu công nghiệp", "nơi có khu công nghiệp"),
        ("UBND các huyện, thị xã, thành phố (nơi có khu công nghiệp)", "nơi có khu công nghiệp"),
    ],
)
def test_a_qualified_group_with_its_kinds_abbreviated_is_one_group_with_its_qualifier(matcher, cell, qualifier):
    for written in _texts(cell):
        names = split_known(f"Sở Tài chính, {written}; Sở Công Thương", matcher)
        assert len(names) == 3, names
        found = matcher.match(names[1])

        assert found.agency.name == HUYEN, written
        assert without_diacritics(found.qualifier) == without_diacritics(qualifier)


@pytest.mark.parametrize("cell", ["các địa phương có khu công nghiệp", "Các địa phương có cụm công nghiệp"])
def test_localities_with_a_qualifier_are_the_group_of_localities(matcher, cell):
    for written in _texts(cell):
        found = matcher.match(written)

        assert (found.agency.name, bool(found.qualifier)) == ("Các địa phương", True)


@pytest.mark.parametrize("text", ["TX Kinh Môn", "TP Quảng Ngãi"])
def test_a_town_or_city_written_without_ubnd_is_its_peoples_committee(db, text):
    province = create_quang_ngai()
    AgencyFactory(province=province, name="UBND thị xã Kinh Môn", kind=AgencyKind.DISTRICT)
    matcher = AgencyMatcher(province)

    found = matcher.match(text)

    assert found.agency is not None
    assert without_diacritics(found.agency.name).lower().endswith(without_diacritics(text.split(" ", 1)[1]).lower())


HOI_DN = ["Hội DN tỉnh", "Hội DN", "Hội Doanh nghiệp tỉnh", "Hội Doanh nghiệp", "Hội Doanh nghiệp tỉnh Quảng Ngãi"]
YOUNG = "Hội Doanh nhân trẻ tỉnh Quảng Ngãi"
SME = "Hội Doanh nghiệp nhỏ và vừa tỉnh Quảng Ngãi"


@pytest.mark.parametrize("text", HOI_DN)
def test_hoi_dn_is_the_general_business_association_beside_the_young_and_small_business_ones(province, text):
    AgencyFactory(province=province, name=YOUNG, kind=AgencyKind.ASSOCIATION)
    AgencyFactory(province=province, name=SME, kind=AgencyKind.ASSOCIATION)
    matcher = AgencyMatcher(province)

    for written in _texts(text):
        assert matcher.match(written).agency.name == HHDN, written
    # the other two are written with their own words: doanh nhân trẻ (DNT), nhỏ và vừa (DNNVV)
    for written, name in (("Hội DNT tỉnh", YOUNG), ("Hội Doanh nhân trẻ", YOUNG), ("Hội DNNVV", SME)):
        for spelling in _texts(written):
            assert matcher.match(spelling).agency.name == name, spelling


@pytest.mark.parametrize("text", HOI_DN)
def test_hoi_dn_where_the_province_holds_no_business_association_is_proposed_as_the_general_one(db, text):
    province = create_quang_ngai()
    Agency.objects.filter(name=HHDN).delete()
    AgencyFactory(province=province, name=YOUNG, kind=AgencyKind.ASSOCIATION)
    matcher = AgencyMatcher(province)

    for written in _texts(text):
        found = matcher.match(written)

        assert (found.agency, [body.key for body in found.proposals]) == (None, ["hiep-hoi-doanh-nghiep-tinh"])


@pytest.mark.parametrize("text", ["Hội Doanh nghiệp tỉnh", "Hội DN tỉnh", "Hội DN", "Hội Doanh nghiệp"])
def test_a_province_whose_association_is_named_hoi_doanh_nghiep_gets_its_own_body(db, text):
    province = create_quang_ngai()
    Agency.objects.filter(name=HHDN).delete()
    own = AgencyFactory(province=province, name="Hội Doanh nghiệp tỉnh Quảng Ngãi", kind=AgencyKind.ASSOCIATION)
    AgencyFactory(province=province, name=YOUNG, kind=AgencyKind.ASSOCIATION)
    matcher = AgencyMatcher(province)

    for written in _texts(text):
        assert matcher.match(written).agency == own, written
