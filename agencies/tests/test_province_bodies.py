"""Bodies a province may hold or not, as office workbooks name them (issue #12): the boards of its economic and
industrial zones, one association beside the group of associations, bodies named after the province, and a unit in
brackets after its body."""

import datetime

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import AgencyFactory, ProvinceFactory, province_with_bodies

# a plan's date before the 2025 reorganization, when the bodies these names name were (the station, the newspaper,
# Ban Dân tộc, the Cục QLTT): after it a ceased body's name is the body doing its work (AgencyMatcher)
BEFORE = datetime.date(2024, 5, 1)

KCN_BOARD = "ban-quan-ly-cac-khu-cong-nghiep"
KKT_BOARD = "ban-quan-ly-khu-kinh-te"
# How offices write the industrial-zone board and the economic-zone board, with and without diacritics.
KCN_FORMS = [
    "BQL các KCN",
    "Ban Quản lý các khu công nghiệp",
    "BQL các khu công nghiệp tỉnh",
    "Ban Quan ly cac khu cong nghiep tinh",
    "Ban QL các KCN",
    "BQL KCN",
]
KKT_FORMS = ["BQL Khu kinh tế tỉnh", "Ban Quan ly Khu kinh te tinh", "BQL KKT", "Ban QLKKT", "Ban Quản lý Khu kinh tế"]


def proposed(match):
    return [body.key for body in match.proposals]


def province_holding(name, code, *boards):
    province = ProvinceFactory(name=name, code=code)
    AgencyFactory(province=province, name="Sở Công Thương")
    for board in boards:
        AgencyFactory(province=province, name=board, kind=AgencyKind.BOARD)
    return province


@pytest.mark.django_db
@pytest.mark.parametrize(("forms", "key"), [(KCN_FORMS, KCN_BOARD), (KKT_FORMS, KKT_BOARD)])
def test_a_province_holding_no_board_is_proposed_the_board_the_words_name(forms, key):
    matcher = AgencyMatcher(province_holding("Long An", "long-an"))

    for text in forms:
        match = matcher.match(text)
        assert (match.agency, proposed(match)) == (None, [key]), text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("place", "board"),
    [
        ("Bắc Ninh", "Ban Quản lý các khu công nghiệp Bắc Ninh"),
        ("Vĩnh Phúc", "Ban Quản lý các KCN tỉnh Vĩnh Phúc"),
        ("Hà Tĩnh", "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"),
        ("Quảng Ngãi", "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"),
    ],
)
def test_a_province_holding_one_board_is_answered_by_it_for_every_board_form(place, board):
    province = province_holding(place, without_diacritics(place).lower().replace(" ", "-"), board)
    matcher = AgencyMatcher(province)

    for text in (*KCN_FORMS, *KKT_FORMS, f"BQL các KCN {place}", without_diacritics(f"Ban Quản lý KKT tỉnh {place}")):
        assert matcher.match(text).agency.name == board, text


@pytest.mark.django_db
def test_a_province_holding_both_boards_is_answered_by_the_one_the_words_name():
    kkt, kcn = "Ban Quản lý Khu kinh tế Vân Phong", "Ban Quản lý các khu công nghiệp Khánh Hòa"
    matcher = AgencyMatcher(province_holding("Khánh Hòa", "khanh-hoa", kkt, kcn))

    assert {matcher.match(text).agency.name for text in KCN_FORMS} == {kcn}
    assert {matcher.match(text).agency.name for text in KKT_FORMS} == {kkt}


@pytest.mark.django_db
def test_another_provinces_board_never_answers():
    province_holding("Bắc Ninh", "bac-ninh", "Ban Quản lý các khu công nghiệp Bắc Ninh")
    matcher = AgencyMatcher(province_holding("Long An", "long-an"))

    assert [matcher.match(text).agency for text in (*KCN_FORMS, *KKT_FORMS)] == [None] * 11


ONE_ASSOCIATION = [
    "Hiệp hội DN tỉnh",
    "Hiep hoi DN tinh",
    "Hiệp hội Doanh nghiệp tỉnh",
    "Hiep hoi Doanh nghiep tinh",
    "Hiệp hội Doanh nghiệp tỉnh Long An",
    "HHDN tỉnh",
]


@pytest.mark.django_db
def test_a_singular_association_is_the_one_body_never_the_group_of_associations():
    lacking = province_with_bodies("Long An", "long-an", {}, ["cac-hiep-hoi-doanh-nghiep"])
    holding = province_with_bodies(
        "Bình Định",
        "binh-dinh",
        {"Hiệp hội Doanh nghiệp tỉnh Bình Định": AgencyKind.ASSOCIATION},
        ["cac-hiep-hoi-doanh-nghiep"],
    )
    lacking_matcher, holding_matcher = AgencyMatcher(lacking), AgencyMatcher(holding)

    for text in ONE_ASSOCIATION:
        match = lacking_matcher.match(text)
        assert (match.agency, proposed(match)) == (None, ["hiep-hoi-doanh-nghiep-tinh"]), text
        name = text.replace("Long An", "Bình Định")
        assert holding_matcher.match(name).agency.name == "Hiệp hội Doanh nghiệp tỉnh Bình Định", name
    for matcher in (lacking_matcher, holding_matcher):
        for text in ("Các hiệp hội doanh nghiệp", "Cac hiep hoi doanh nghiep"):
            assert matcher.match(text).agency.name == "Các hiệp hội doanh nghiệp", text


@pytest.mark.django_db
def test_a_singular_company_is_the_company_never_the_group_of_companies():
    matcher = AgencyMatcher(province_with_bodies("Long An", "long-an", {}, ["cac-don-vi-dien-luc"]))

    for text in ("Công ty Điện lực tỉnh", "Cong ty Dien luc Long An", "Công ty Điện lực Long An", "PC Long An"):
        match = matcher.match(text)
        assert (match.agency, proposed(match)) == (None, ["cong-ty-dien-luc"]), text
    assert matcher.match("Các công ty điện lực").agency.name == "Các đơn vị điện lực"


def named_after(text, place):
    """`Công an tỉnh` written for a province: `Công an Long An`, `Công an tỉnh Long An`, without diacritics."""
    stem = text.removesuffix(" tỉnh")
    return [f"{stem} {place}", f"{stem} tỉnh {place}", without_diacritics(f"{stem} {place}")]


# Every body (and short form) the catalogue names `… tỉnh`.
PROVINCE_NAMED = [
    (body.key, text)
    for body in catalogue().bodies
    if not body.is_group
    for text in (*body.full_names, *body.forms)
    if text.endswith(" tỉnh")
]


def named_on(text, day):
    """The body a name is on `day`: the one listing it, or of two one succeeded the other that both list it (`Chi cục
    QLTT tỉnh`: the Cục, then the Chi cục under Sở Công Thương), the one valid on that day."""
    keys = [key for key, other in PROVINCE_NAMED if other == text]
    return next((key for key in keys if catalogue().body(key).valid_on(day)), keys[0])


@pytest.mark.django_db
@pytest.mark.parametrize(("place", "code"), [("Long An", "long-an"), ("Bình Định", "binh-dinh")])
def test_a_body_written_with_the_provinces_name_for_tinh_is_that_catalogue_body(place, code):
    province = ProvinceFactory(name=place, code=code)
    ProvinceFactory(name="Bắc Ninh", code="bac-ninh")
    matcher = AgencyMatcher(province, BEFORE)

    assert len(PROVINCE_NAMED) > 40
    for key, text in PROVINCE_NAMED:
        for name in named_after(text, place):
            match = matcher.match(name)
            assert (match.agency, proposed(match)) == (None, [named_on(text, matcher.day)]), name
        # another province's name is not this province's body (a board named after its zone reads any place after
        # its name as its zone's: `Ban Quản lý Khu kinh tế Vân Phong`)
        if not catalogue().body(key).zone_named:
            assert matcher.match(text.removesuffix(" tỉnh") + " Bắc Ninh").proposals == (), text


@pytest.mark.django_db
def test_the_provincial_newspaper_is_named_after_the_province():
    lacking = AgencyMatcher(ProvinceFactory(name="Long An", code="long-an"), BEFORE)
    holding = AgencyMatcher(province_with_bodies("Bắc Ninh", "bac-ninh", {"Báo Bắc Ninh": AgencyKind.UNIT}, []), BEFORE)

    for text in ("Báo Long An", "Bao Long An", "Báo tỉnh", "Báo tỉnh Long An"):
        assert proposed(lacking.match(text)) == ["bao-tinh"], text
    for text in ("Báo Bắc Ninh", "Bao Bac Ninh", "Báo tỉnh", "Bao tinh"):
        assert holding.match(text).agency.name == "Báo Bắc Ninh", text
    assert catalogue().body("bao-tinh").name_in("Long An") == "Báo Long An"
    # neither `Báo` alone (a word: `Báo và Phát thanh, Truyền hình …`), another province's newspaper nor a body whose
    # folded name starts alike
    for text in ("Báo", "Báo Bắc Ninh", "Bảo hiểm xã hội tỉnh"):
        assert "bao-tinh" not in proposed(lacking.match(text)), text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "key", "qualifier"),
    [
        ("CA tỉnh (Phòng CSMT)", "cong-an-tinh", "Phòng CSMT"),
        ("Công an tỉnh (Phòng PC06)", "cong-an-tinh", "Phòng PC06"),
        ("Cong an tinh (Phong PC06)", "cong-an-tinh", "Phong PC06"),
        ("Sở CT (TT Khuyến công)", "so-cong-thuong", "TT Khuyến công"),
        ("Đài PT-TH tỉnh (Phòng Thời sự)", "dai-phat-thanh-va-truyen-hinh", "Phòng Thời sự"),
    ],
)
def test_a_unit_in_brackets_after_a_body_is_that_body_with_the_unit_kept_as_qualifier(text, key, qualifier):
    lacking = AgencyMatcher(ProvinceFactory(name="Long An", code="long-an"), BEFORE)
    holding = AgencyMatcher(
        province_with_bodies(
            "Bắc Ninh",
            "bac-ninh",
            {
                "Công an tỉnh Bắc Ninh": AgencyKind.OTHER,
                "Sở Công Thương": AgencyKind.DEPARTMENT,
                "Đài Phát thanh và Truyền hình Bắc Ninh": AgencyKind.UNIT,
            },
            [],
        )
    )

    held = holding.match(text)
    match = lacking.match(text)

    assert held.agency.pk in holding.own_bodies(key)
    assert held.qualifier == qualifier
    if key == "so-cong-thuong":
        return
    assert (match.agency, proposed(match), match.qualifier) == (None, [key], qualifier)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Đài PT-TH tỉnh", "dai-phat-thanh-va-truyen-hinh"),
        ("Đài PTTH tỉnh", "dai-phat-thanh-va-truyen-hinh"),
        ("Dai PTTH tinh", "dai-phat-thanh-va-truyen-hinh"),
        ("Cục QLTT tỉnh", "quan-ly-thi-truong"),
        ("Cuc QLTT tinh", "quan-ly-thi-truong"),
        ("BQL Khu kinh tế tỉnh", KKT_BOARD),
        ("Ban Quan ly Khu kinh te tinh", KKT_BOARD),
        ("CA tinh", "cong-an-tinh"),
        ("CA tỉnh", "cong-an-tinh"),
    ],
)
def test_a_short_form_names_exactly_one_catalogue_body(text, key):
    match = AgencyMatcher(ProvinceFactory(name="Long An", code="long-an"), BEFORE).match(text)

    assert (match.agency, match.candidates, proposed(match)) == (None, [], [key])
