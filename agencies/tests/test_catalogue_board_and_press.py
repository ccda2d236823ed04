"""The bodies the catalogue names for a province made by create_province: the economic-zone board named by no zone
is created as `Ban Quản lý Khu kinh tế tỉnh`, as Công an tỉnh is."""

import datetime

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.services import create_province


@pytest.fixture
def ha_tinh(db):
    province, _agencies = create_province("Hà Tĩnh", datetime.date(2024, 5, 1))
    return AgencyMatcher(province)


@pytest.mark.parametrize("written", ["BQL KKT tỉnh", "BQL Khu kinh tế", "Ban QLKKT", "Ban Quan ly Khu kinh te tinh"])
def test_the_economic_zone_board_named_by_no_zone_is_created_as_the_provinces_board(ha_tinh, written):
    board = catalogue().body("ban-quan-ly-khu-kinh-te")
    found = ha_tinh.match(written)

    assert [body.key for body in found.proposals] == [board.key]
    assert ha_tinh.name_to_create(written, board) == "Ban Quản lý Khu kinh tế tỉnh"


def test_a_board_named_after_its_zone_keeps_the_zones_name(ha_tinh):
    board = catalogue().body("ban-quan-ly-khu-kinh-te")

    assert ha_tinh.name_to_create("BQL KKT Vũng Áng", board) == "Ban Quản lý Khu kinh tế Vũng Áng"
