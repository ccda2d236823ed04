"""Names written one after another with only a space between (a CSV export that flattened a cell's line break): cut
where a known name ends and another starts, never inside a known name nor before a name's place, in a province made
by create_province, with and without diacritics."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.services import create_province
from agencies.splitting import split_known
from agencies.tests.bodies import without_diacritics


@pytest.fixture
def ha_tinh(db):
    province, _agencies = create_province("Hà Tĩnh", datetime.date(2024, 5, 1))
    return AgencyMatcher(province)


FLATTENED = [
    ("Sở Nội vụ Sở Xây dựng", ["Sở Nội vụ", "Sở Xây dựng"]),
    ("Sở Y tế Sở Giáo dục và Đào tạo", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
    ("Sở Xây dựng BQL KKT tỉnh", ["Sở Xây dựng", "BQL KKT tỉnh"]),
    ("Công an tỉnh Hà Tĩnh Sở Tư pháp", ["Công an tỉnh Hà Tĩnh", "Sở Tư pháp"]),
    ("Sở Tư pháp Công an tỉnh, Sở Y tế", ["Sở Tư pháp", "Công an tỉnh", "Sở Y tế"]),
    # a known name before the space, another after it, though a name the portal knows covers the first in part: a
    # group (never read as the group narrowed by the next name), a board (never read as named after a zone `Văn phòng`)
    ("UBND các xã, phường Sở Nội vụ", ["UBND các xã, phường", "Sở Nội vụ"]),
    ("UBND các xã, phường Sở Nội vụ, Sở Y tế", ["UBND các xã, phường", "Sở Nội vụ", "Sở Y tế"]),
    (
        "Sở Công Thương, BQL Khu kinh tế tỉnh Văn phòng UBND tỉnh",
        ["Sở Công Thương", "BQL Khu kinh tế tỉnh", "Văn phòng UBND tỉnh"],
    ),
    ("Sở Tài chính Văn phòng UBND tỉnh Sở Tư pháp", ["Sở Tài chính", "Văn phòng UBND tỉnh", "Sở Tư pháp"]),
    ("UBND các huyện, thị xã, thành phố Công an tỉnh", ["UBND các huyện, thị xã, thành phố", "Công an tỉnh"]),
    ("Sở Nội vụ Sở Văn hóa, Thể thao và Du lịch", ["Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch"]),
    # a group written without its `Các`, capitalised where its line started
    ("Tỉnh Đoàn Hội LHPN tỉnh Địa phương", ["Tỉnh Đoàn", "Hội LHPN tỉnh", "Địa phương"]),
    ("Sở Tài chính Đơn vị liên quan", ["Sở Tài chính", "Đơn vị liên quan"]),
    ("UBND các xã, phường Địa phương", ["UBND các xã, phường", "Địa phương"]),
    # the radio-television station written short (`Đài PT&TH`, `Đài PTTH`) starts a name as its full name does
    ("Báo Hà Tĩnh Đài PT&TH tỉnh Sở VHTTDL", ["Báo Hà Tĩnh", "Đài PT&TH tỉnh", "Sở VHTTDL"]),
    ("Sở Tài chính Đài PTTH tỉnh", ["Sở Tài chính", "Đài PTTH tỉnh"]),
]
WHOLE = [
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh",
    "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh",
    "Sở Khoa học và Công nghệ Hà Tĩnh",
    "Sở Tài nguyên và Môi trường tỉnh",
    "Văn phòng UBND tỉnh",
    "Văn phòng UBND tỉnh Hà Tĩnh",
    "Ban Quản lý Khu kinh tế tỉnh",
    "UBND các xã, phường",
    "Các đơn vị trực thuộc Sở Y tế",
    "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh",
    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "Trung tâm Khuyến công thuộc Sở Công Thương",
    "Các cơ quan, đơn vị địa phương",
    "Chính quyền địa phương",
]


@pytest.mark.parametrize(("cell", "names"), FLATTENED)
@pytest.mark.parametrize("plain", [False, True])
def test_known_names_with_only_a_space_between_are_cut_where_one_ends(ha_tinh, cell, names, plain):
    text = without_diacritics if plain else (lambda value: value)

    assert split_known(text(cell), ha_tinh) == [text(name) for name in names]


@pytest.mark.parametrize("cell", WHOLE)
@pytest.mark.parametrize("plain", [False, True])
def test_a_known_name_is_never_cut_inside_nor_before_its_place(ha_tinh, cell, plain):
    text = without_diacritics(cell) if plain else cell

    assert split_known(text, ha_tinh) == [text]


def test_no_name_after_a_group_is_read_as_what_narrows_it(ha_tinh):
    names = split_known("UBND các xã, phường Sở Nội vụ", ha_tinh)

    assert [(ha_tinh.match(name).agency.name, ha_tinh.match(name).qualifier) for name in names] == [
        ("UBND các xã, phường, đặc khu", ""),
        ("Sở Nội vụ", ""),
    ]


def test_a_body_followed_by_a_board_written_with_cac_is_no_qualified_group(ha_tinh):
    found = ha_tinh.match("Sở Xây dựng BQL các KCN tỉnh")

    assert found.agency is None and not found.qualifier
    assert split_known("Sở Xây dựng BQL các KCN tỉnh", ha_tinh) == ["Sở Xây dựng", "BQL các KCN tỉnh"]
    assert ha_tinh.match("Các sở, ban, ngành nơi có dự án").qualifier == "nơi có dự án"
