"""Groups as documents write them resolve to the province's group agencies, created from the catalogue when the
province lacks them; a qualified group keeps its qualifier."""

import datetime

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher, match_agency, starts_name
from agencies.models import Agency
from agencies.services import create_agency
from agencies.splitting import split_known
from agencies.tests.bodies import create_quang_ngai, without_diacritics
from agencies.tests.factories import ProvinceFactory

GROUP_KEYS = (
    "cac-so-ban-nganh",
    "cac-so-ban-nganh-doan-the",
    "cac-co-quan-don-vi",
    "cac-co-quan-to-chuc",
    "cac-co-quan-dia-phuong",
    "cac-to-chuc",
    "cac-don-vi",
    "cac-dia-phuong",
    "ubnd-cap-huyen",
    "ubnd-cap-xa",
)

GROUPS_AS_WRITTEN = [
    ("các sở, ban, ngành tỉnh", "cac-so-ban-nganh"),
    ("Các sở, ban, ngành liên quan", "cac-so-ban-nganh"),
    ("Các Sở, ban ngành tỉnh", "cac-so-ban-nganh"),
    ("các sở, ngành liên quan", "cac-so-ban-nganh"),
    ("Các sở, ban, ngành có liên quan", "cac-so-ban-nganh"),
    ("Sở, ban, ngành, tổ chức chính trị - xã hội", "cac-so-ban-nganh-doan-the"),
    ("các cơ quan, đơn vị liên quan", "cac-co-quan-don-vi"),
    ("Các cơ quan, đơn vị", "cac-co-quan-don-vi"),
    ("Cơ quan liên quan", "cac-co-quan-don-vi"),
    ("Các cơ quan, tổ chức liên quan", "cac-co-quan-to-chuc"),
    ("cơ quan, địa phương liên quan", "cac-co-quan-dia-phuong"),
    ("các tổ chức liên quan", "cac-to-chuc"),
    ("Các đơn vị liên quan", "cac-don-vi"),
    ("Các đơn vị có liên quan", "cac-don-vi"),
    ("UBND các huyện, thị xã, thành phố", "ubnd-cap-huyen"),
    ("UBND cấp huyện", "ubnd-cap-huyen"),
    ("UBND các huyện, TP", "ubnd-cap-huyen"),
    ("Ủy ban nhân dân các huyện, thành phố", "ubnd-cap-huyen"),
    ("UBND các huyện, thị xã, thành phố trên địa bàn tỉnh", "ubnd-cap-huyen"),
    ("UBND cấp xã", "ubnd-cap-xa"),
    ("UBND các xã, phường, đặc khu", "ubnd-cap-xa"),
    ("Ủy ban nhân dân các xã, phường", "ubnd-cap-xa"),
    ("UBND các phường, xã, đặc khu", "ubnd-cap-xa"),  # Đà Nẵng 82/2025/QĐ-UBND writes them in this order
    ("các địa phương", "cac-dia-phuong"),
    ("Các địa phương liên quan", "cac-dia-phuong"),
]
OCR_DAMAGED = [
    ("cac t6 chuc lién quan", "cac-to-chuc"),
    ("UBND cac huyén, thanh pho lién quan", "ubnd-cap-huyen"),
    ("Cac so, ban, nganh lién quan", "cac-so-ban-nganh"),
]


@pytest.fixture
def quang_ngai(db):
    province = create_quang_ngai()
    for key in GROUP_KEYS:
        body = catalogue().body(key)
        create_agency(province, body.name, body.kind, catalogue_key=key)
    return province


def group_named(province, key):
    return Agency.objects.get(province=province, name=catalogue().body(key).name)


@pytest.mark.parametrize(
    ("text", "key"),
    GROUPS_AS_WRITTEN + [(without_diacritics(text), key) for text, key in GROUPS_AS_WRITTEN] + OCR_DAMAGED,
)
def test_group_as_written_resolves_to_the_provinces_group(quang_ngai, text, key):
    match = match_agency(text, quang_ngai)

    assert match.agency == group_named(quang_ngai, key), match
    assert match.qualifier == ""


@pytest.mark.parametrize(("text", "key"), GROUPS_AS_WRITTEN[::3])
def test_group_the_province_lacks_is_proposed_from_the_catalogue(db, text, key):
    province = ProvinceFactory(name="Thái Nguyên", code="thai-nguyen")

    match = AgencyMatcher(province, datetime.date(2026, 1, 1)).match(text)

    # the localities of a plan dated after the district level ended are the communes' group, and so are the
    # districts' committees a plan of that date still writes: the communes do their work
    want = "ubnd-cap-xa" if key in ("cac-dia-phuong", "ubnd-cap-huyen") else key
    assert (match.agency, [body.key for body in match.proposals]) == (None, [want])


@pytest.mark.parametrize(
    ("text", "key", "qualifier"),
    [
        (
            "UBND các huyện, thành phố nơi dự kiến đặt nhà máy điện gió",
            "ubnd-cap-huyen",
            "nơi dự kiến đặt nhà máy điện gió",
        ),
        ("UBND các xã, phường có chợ truyền thống", "ubnd-cap-xa", "có chợ truyền thống"),
        ("Các sở, ban, ngành được giao quản lý tài sản công", "cac-so-ban-nganh", "được giao quản lý tài sản công"),
        (
            "UBND cac huyen, thanh pho noi du kien dat nha may dien gio",
            "ubnd-cap-huyen",
            "noi du kien dat nha may dien gio",
        ),
    ],
)
def test_qualified_group_resolves_to_the_group_and_keeps_its_qualifier(quang_ngai, text, key, qualifier):
    match = match_agency(text, quang_ngai)

    assert (match.agency, match.qualifier) == (group_named(quang_ngai, key), qualifier)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("UBND các phường, xã nơi có di tích", "nơi có di tích"),
        ("UBND các phường, xã, đặc khu ven biển", "ven biển"),
        ("UBND cac phuong, xa co ben ca", "co ben ca"),
        ("UBND các xã, phường, đặc khu nơi có tuyến đường đi qua", "nơi có tuyến đường đi qua"),
    ],
)
def test_a_group_written_in_another_order_keeps_its_qualifier_and_is_never_cut(db, text, qualifier):
    """The group's kinds in any order (`các phường, xã` for `các xã, phường`) with what narrows it after them: one
    group, its qualifier kept; never `UBND các phường` and a commune named `nơi có di tích`."""
    province = ProvinceFactory(name="Huế", code="hue")
    group = create_agency(province, "UBND các xã, phường, đặc khu", "district", "ubnd-cap-xa")
    matcher = AgencyMatcher(province, datetime.date(2025, 10, 22))

    match = matcher.match(text)

    assert (match.agency, match.qualifier) == (group, qualifier)
    assert split_known(f"{text}, Sở Xây dựng", matcher) == [text, "Sở Xây dựng"]


@pytest.mark.parametrize(
    "text",
    [
        "Các phương tiện, biển báo cháy nổ",
        "Các phương tiện phòng cháy nơi có chợ",
        "Ủy ban nhân dân các phương án",
        "Các trưởng phòng chuyên môn",
    ],
)
def test_words_written_with_other_marks_are_no_groups_words(db, text):
    """Folded, `phương` (of `phương tiện`) reads as `phường` and `trưởng` as `trường`; written with its marks it is
    another word: no group narrowed by the rest, no name start, nothing for a person to map as a group."""
    province = ProvinceFactory(name="Huế", code="hue")
    create_agency(province, "UBND các xã, phường, đặc khu", "district", "ubnd-cap-xa")
    matcher = AgencyMatcher(province, datetime.date(2025, 10, 22))

    match = matcher.match(text)

    assert (match.agency, match.proposals, match.qualifier) == (None, (), "")


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Các phương tiện, biển báo cháy nổ phải được giữ gìn", False),
        ("Các trưởng phòng chuyên môn", False),
        ("Bổ sung kinh phí", False),
        ("Viễn thông tỉnh", False),
        ("Các phường, xã", True),
        ("Cac phuong, xa", True),
        ("Các trường học", True),
        ("Bộ Công Thương", True),
        ("Viện Kiểm sát nhân dân tỉnh", True),
        ("Bảo hiểm xã hội tỉnh chủ trì", True),
        ("Báo Quảng Ngãi", True),
    ],
)
def test_a_name_starts_only_with_its_words_written_as_names_write_them(text, starts):
    """Where a name starts in a sentence: folded, `phương`, `trưởng`, `bổ` read as `phường`, `trường`, `bộ`; written
    with other marks they start no name."""
    assert starts_name(text) is starts


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Các phường nơi có chợ", "nơi có chợ"),
        ("Cac phuong noi co cho", "noi co cho"),
        ("UBND các phưòng, xã nơi có chợ", "nơi có chợ"),
        ("Ủy ban nhân dân các xã, phường ven biển", "ven biển"),
    ],
)
def test_the_groups_words_without_marks_or_read_by_ocr_still_name_it(db, text, qualifier):
    """Without marks the words may be the group's (`Cac phuong`), and marks no name writes are an OCR reading of
    them (`phưòng`): the group narrowed, as before."""
    province = ProvinceFactory(name="Huế", code="hue")
    group = create_agency(province, "UBND các xã, phường, đặc khu", "district", "ubnd-cap-xa")
    matcher = AgencyMatcher(province, datetime.date(2025, 10, 22))

    match = matcher.match(text)

    assert (match.agency, match.qualifier) == (group, qualifier)


def test_qualified_group_the_province_lacks_is_proposed_with_its_qualifier(db):
    province = ProvinceFactory(name="Thái Nguyên", code="thai-nguyen")

    match = match_agency("UBND các xã, phường nơi có dự án điện mặt trời", province)

    assert ([body.key for body in match.proposals], match.qualifier) == (["ubnd-cap-xa"], "nơi có dự án điện mặt trời")


@pytest.mark.parametrize(
    "text", ["Cơ quan Thường trực Ban Chỉ đạo tỉnh", "Tổ chức Hợp tác quốc tế Nhật Bản", "Đơn vị tư vấn lập quy hoạch"]
)
def test_a_body_whose_name_starts_with_a_group_word_is_not_taken_for_the_group(quang_ngai, text):
    match = match_agency(text, quang_ngai)

    assert (match.agency, match.candidates, match.proposals, match.qualifier) == (None, [], (), "")


def test_group_created_from_the_catalogue_takes_the_provinces_bodies_of_its_kind_as_members(quang_ngai):
    districts = group_named(quang_ngai, "ubnd-cap-huyen")
    departments = group_named(quang_ngai, "cac-so-ban-nganh")

    assert districts.is_group and departments.is_group
    assert sorted(member.name for member in districts.members.all()) == [
        "UBND huyện Bình Sơn",
        "UBND huyện Lý Sơn",
        "UBND huyện Sơn Tây",
        "UBND huyện Sơn Tịnh",
        "UBND huyện Đức Phổ",
        "UBND thành phố Quảng Ngãi",
    ]
    names = {member.name for member in departments.members.all()}
    assert {"Sở Công Thương", "Sở Y tế", "Văn phòng UBND tỉnh Quảng Ngãi"} <= names
    assert not names & {"UBND huyện Bình Sơn", "Công an tỉnh Quảng Ngãi", "Hội Nông dân tỉnh Quảng Ngãi"}


def test_a_group_name_is_never_matched_to_one_member(quang_ngai):
    matcher = AgencyMatcher(quang_ngai)

    for text, _key in GROUPS_AS_WRITTEN:
        assert matcher.match(text).agency.is_group, text
