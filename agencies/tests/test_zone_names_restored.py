"""An economic-zone board named after its zone, written without diacritics (`Ban Quan ly Khu kinh te cua khau Dong
Dang - Lang Son`, `BQL KKTCK Dong Dang - Lang Son`), is proposed under its name with them: the board's own words and
the short forms written out, the province's name and its places (catalogue place_names: districts before 01/7/2025,
communes since), never another body's words (`Van Phong`, a zone, is not `Văn phòng`); a zone no list spells stays as
written."""

import datetime

import pytest

from agencies.catalogue import catalogue, place_names
from agencies.matching import AgencyMatcher
from agencies.names import Tails
from agencies.services import create_province
from agencies.tests.bodies import without_diacritics

BOARD = "ban-quan-ly-khu-kinh-te"


@pytest.mark.parametrize(
    ("province", "written", "name"),
    [
        (
            "Lạng Sơn",
            "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
            "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn",
        ),
        ("Lạng Sơn", "BQL KKT cửa khẩu Đồng Đăng - Lạng Sơn", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"),
        ("Lạng Sơn", "BQL KKTCK Đồng Đăng - Lạng Sơn", "Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"),
        ("Quảng Trị", "BQL KKT cửa khẩu Lao Bảo", "Ban Quản lý Khu kinh tế cửa khẩu Lao Bảo"),
    ],
)
def test_a_zone_named_board_without_diacritics_gets_them_from_its_words_and_the_provinces_places(
    db, province, written, name
):
    province, _agencies = create_province(province, datetime.date(2024, 5, 1))
    matcher = AgencyMatcher(province)
    body = catalogue().body(BOARD)

    for spelling in (written, without_diacritics(written)):
        assert [proposal.key for proposal in matcher.match(spelling).proposals] == [BOARD], spelling
        assert matcher.name_to_create(spelling, body) == name, spelling


def test_a_zone_is_never_spelled_from_another_bodys_words(db):
    province, _agencies = create_province("Khánh Hòa", datetime.date(2024, 5, 1))
    matcher = AgencyMatcher(province)
    body = catalogue().body(BOARD)

    # the zone the catalogue lists (`zones`), never `Văn phòng`
    assert matcher.name_to_create("BQL KKT Van Phong", body) == "Ban Quản lý Khu kinh tế Vân Phong"
    assert matcher.name_to_create("BQL KKT Vân Phong", body) == "Ban Quản lý Khu kinh tế Vân Phong"


def test_a_provinces_places_are_its_districts_and_its_communes_since_the_merger():
    places = place_names("Lạng Sơn")

    assert {"Cao Lộc", "Văn Lãng", "Đồng Đăng"} <= places
    assert "Hàm Thuận Nam" not in places
    assert place_names("Thành phố Hồ Chí Minh") == place_names("Hồ Chí Minh")


# (province, a board named with the province's initials at its end, the name it is created under)
INITIALS_AT_END = [
    (
        "Thanh Hóa",
        "BQL KKT Nghi Sơn và các KCN TH",
        "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp Thanh Hóa",
    ),
    (
        "Quảng Ngãi",
        "Ban QL KKT Dung Quất và các KCN tỉnh QN",
        "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp tỉnh Quảng Ngãi",
    ),
    (
        "Bình Định",
        "BQL KKT Nhơn Hội và các KCN BĐ",
        "Ban Quản lý Khu kinh tế Nhơn Hội và các khu công nghiệp Bình Định",
    ),
    (
        "Bình Định",
        "BQL KKT Nhơn Hội và các KCN BD",
        "Ban Quản lý Khu kinh tế Nhơn Hội và các khu công nghiệp Bình Định",
    ),
]


@pytest.mark.parametrize(("province", "written", "name"), INITIALS_AT_END)
def test_the_provinces_initials_ending_a_boards_name_are_written_as_the_provinces_name(db, province, written, name):
    province, _agencies = create_province(province, datetime.date(2024, 5, 1))
    matcher = AgencyMatcher(province)
    (body,) = (catalogue().body(proposal.key) for proposal in matcher.match(written).proposals)

    assert matcher.name_to_create(written, body) == name
    # without diacritics the province's name is written without them too, as the rest of the name is
    assert matcher.name_to_create(without_diacritics(written), body) == without_diacritics(name)


def test_initials_that_are_also_a_short_form_end_a_name_as_the_provinces_initials(db):
    province, _agencies = create_province("Đồng Nai", datetime.date(2024, 5, 1))
    matcher = AgencyMatcher(province)

    for written in ("BQL các KCN ĐN", "BQL các KCN DN", "BQL cac KCN DN"):
        (proposal,) = matcher.match(written).proposals
        name = matcher.name_to_create(written, catalogue().body(proposal.key))
        assert name == "Ban Quản lý các khu công nghiệp Đồng Nai", written


def test_only_the_importing_provinces_initials_are_written_out():
    tails = Tails("Bình Định")

    assert tails.written_out("Ban Quản lý Khu kinh tế Nhơn Hội và các KCN tỉnh BĐ").endswith("KCN tỉnh Bình Định")
    for kept in (
        "Ban Quản lý Khu kinh tế Nhơn Hội và các KCN QN",  # another province's
        "Ban Quản lý Khu kinh tế BĐ Nhơn Hội",  # not at the end
        "Ban Quản lý Khu kinh tế Nhơn Hội và các KCN Bình Định",
        "Ban Quản lý Khu kinh tế An Nhơn",  # a place's name
        "Ban Quản lý Khu kinh tế Nhơn Hội bd",  # no capitals
    ):
        assert tails.written_out(kept) == kept
    assert Tails("Thành phố Hồ Chí Minh").written_out("Ban Quản lý các KCX và KCN TP HCM").endswith("TP Hồ Chí Minh")
    assert Tails().written_out("BQL KKT Vân Phong") == "BQL KKT Vân Phong"
