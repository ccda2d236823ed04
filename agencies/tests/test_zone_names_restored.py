"""An economic-zone board named after its zone, written without diacritics (`Ban Quan ly Khu kinh te cua khau Dong
Dang - Lang Son`, `BQL KKTCK Dong Dang - Lang Son`), is proposed under its name with them: the board's own words and
the short forms written out, the province's name and its places (catalogue place_names: districts before 01/7/2025,
communes since), never another body's words (`Van Phong`, a zone, is not `Văn phòng`); a zone no list spells stays as
written."""

import datetime

import pytest

from agencies.catalogue import catalogue, place_names
from agencies.matching import AgencyMatcher
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


def test_a_zone_no_list_spells_is_never_spelled_from_another_bodys_words(db):
    province, _agencies = create_province("Khánh Hòa", datetime.date(2024, 5, 1))
    matcher = AgencyMatcher(province)
    body = catalogue().body(BOARD)

    assert matcher.name_to_create("BQL KKT Van Phong", body) == "Ban Quản lý Khu kinh tế Van Phong"
    assert matcher.name_to_create("BQL KKT Vân Phong", body) == "Ban Quản lý Khu kinh tế Vân Phong"


def test_a_provinces_places_are_its_districts_and_its_communes_since_the_merger():
    places = place_names("Lạng Sơn")

    assert {"Cao Lộc", "Văn Lãng", "Đồng Đăng"} <= places
    assert "Hàm Thuận Nam" not in places
    assert place_names("Thành phố Hồ Chí Minh") == place_names("Hồ Chí Minh")
