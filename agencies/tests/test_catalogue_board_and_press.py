"""The bodies the catalogue names for a province made by create_province: the economic-zone board named by no zone
is created as `Ban Quản lý Khu kinh tế tỉnh`, as Công an tỉnh is; after the 2025 rearrangement the press body that
merged the newspaper and the radio-television station (`Báo và Phát thanh, Truyền hình Lào Cai`, `Báo và PT-TH`) is
proposed under the province's name, rather than the old station, and answers the station's forms where it is held."""

import datetime

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.services import create_province
from agencies.splitting import split_known
from agencies.tests.factories import province_with_bodies


@pytest.fixture
def ha_tinh(db):
    day = datetime.date(2024, 5, 1)
    province, _agencies = create_province("Hà Tĩnh", day)
    return AgencyMatcher(province, day)


@pytest.fixture
def lao_cai(db):
    province, _agencies = create_province("Lào Cai", datetime.date(2025, 9, 1))
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


MERGED_PRESS = ["Báo và Phát thanh, Truyền hình Lào Cai", "Báo và PT-TH", "Báo và PTTH tỉnh", "Bao va PT-TH tinh"]


@pytest.mark.parametrize("written", MERGED_PRESS)
def test_the_merged_press_body_is_proposed_under_the_provinces_name(lao_cai, written):
    body = catalogue().body("bao-va-phat-thanh-truyen-hinh")
    found = lao_cai.match(written)

    assert [proposed.key for proposed in found.proposals] == [body.key]
    assert lao_cai.name_to_create(written, body) == "Báo và Phát thanh, Truyền hình Lào Cai"


def test_the_merged_press_body_follows_the_newspaper_and_the_station():
    merged = catalogue().body("bao-va-phat-thanh-truyen-hinh")
    newspaper, station = catalogue().body("bao-tinh"), catalogue().body("dai-phat-thanh-va-truyen-hinh")

    assert merged.valid_from == datetime.date(2025, 7, 1)
    assert newspaper.successors == station.successors == (merged.key,)
    assert newspaper.valid_until == station.valid_until == merged.valid_from - datetime.timedelta(days=1)
    assert merged.key in catalogue().body("cac-co-quan-bao-chi").members["bodies"]


def test_a_station_and_a_newspaper_written_apart_are_still_the_old_bodies(ha_tinh):
    assert [body.key for body in ha_tinh.match("Đài PTTH tỉnh").proposals] == ["dai-phat-thanh-va-truyen-hinh"]
    assert split_known("Báo Hà Tĩnh, Đài PT-TH tỉnh", ha_tinh) == ["Báo Hà Tĩnh", "Đài PT-TH tỉnh"]


def test_a_province_holding_the_merged_press_body_is_answered_by_it_for_the_stations_forms(db):
    merged = "Báo và Phát thanh, Truyền hình Gia Lai"
    matcher = AgencyMatcher(province_with_bodies("Gia Lai", "gia-lai", {merged: AgencyKind.UNIT}, []))

    for text in ("Đài PTTH tỉnh", "Đài Phát thanh và Truyền hình tỉnh", "Báo và PT-TH", "Bao va PTTH tinh"):
        assert matcher.match(text).agency.name == merged, text
