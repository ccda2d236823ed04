"""Splitting assignee cells into agency names and matching each name to an agency of the province."""

import pytest

from agencies.matching import AgencyMatcher, match_agency, remember_alias, split_agency_names
from agencies.models import AgencyAlias, AgencyKind
from agencies.tests.factories import AgencyAliasFactory, AgencyFactory, ProvinceFactory

QUANG_NGAI_AGENCIES = [
    "Sở Công Thương",
    "Sở Kế hoạch và Đầu tư",
    "Sở Tài chính",
    "Sở Tư pháp",
    "Sở Tài nguyên và Môi trường",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Giáo dục và Đào tạo",
    "Sở Khoa học và Công nghệ",
    "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
    "Cục Quản lý thị trường tỉnh",
    "UBND huyện Đức Phổ",
    "UBND huyện Bình Sơn",
]


@pytest.fixture
def quang_ngai(db):
    province = ProvinceFactory()
    agencies = {name: AgencyFactory(name=name, province=province) for name in QUANG_NGAI_AGENCIES}
    agencies["Sở Công Thương"].short_name = "SCT"
    agencies["Sở Công Thương"].save()
    for alias in ("Sở KH&ĐT", "SKHĐT"):
        AgencyAliasFactory(agency=agencies["Sở Kế hoạch và Đầu tư"], alias=alias)
    AgencyFactory(name="Bộ Công Thương", province=None, kind=AgencyKind.CENTRAL)
    return province


@pytest.fixture
def thai_nguyen(db):
    province = ProvinceFactory(name="Thái Nguyên", code="thai-nguyen")
    AgencyFactory(name="Ban Quản lý các khu công nghiệp Thái Nguyên", province=province)
    AgencyFactory(name="Sở Tài chính", province=province)
    return province


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        (
            "Sở Kế hoạch và Đầu tư, Sở Tài chính; UBND huyện Đức Phổ",
            ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "UBND huyện Đức Phổ"],
        ),
        (
            "Sở Kế hoạch và Đầu tư, Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
            ["Sở Kế hoạch và Đầu tư", "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi"],
        ),
        ("Sở Lao động - Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]),
        ("Sở Công Thương và Sở Tài chính", ["Sở Công Thương", "Sở Tài chính"]),
        ("So Cong Thuong va So Tai chinh", ["So Cong Thuong", "So Tai chinh"]),
        ("Sở Y tế và các sở, ngành liên quan", ["Sở Y tế", "các sở, ngành liên quan"]),
        ("Bộ Công Thương và UBND tỉnh", ["Bộ Công Thương", "UBND tỉnh"]),
        ("Các Sở: Công Thương, Tài chính, Nội vụ", ["Sở Công Thương", "Sở Tài chính", "Sở Nội vụ"]),
        ("các sở: Công Thương và Tài chính.", ["Sở Công Thương", "Sở Tài chính"]),
        ("UBND các huyện: Bình Sơn, Đức Phổ", ["UBND huyện Bình Sơn", "UBND huyện Đức Phổ"]),
        ("UBND các huyện, thị xã, thành phố", ["UBND các huyện, thị xã, thành phố"]),
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Sở Công Thương, SKHĐT", ["Sở Công Thương", "SKHĐT"]),
        ("- Sở Công Thương\n- Sở Tài chính\n• Sở Tư pháp", ["Sở Công Thương", "Sở Tài chính", "Sở Tư pháp"]),
        ("Sở Công Thương\nSở Tài chính", ["Sở Công Thương", "Sở Tài chính"]),
        (
            "S& Cong Thuong, Ban Quan Iy KKT Dung Quat va céc\nKCN Quang Ngai, UBND cac huyén, thanh pho lién quan.",
            [
                "S& Cong Thuong",
                "Ban Quan Iy KKT Dung Quat va céc KCN Quang Ngai",
                "UBND cac huyén, thanh pho lién quan",
            ],
        ),
        (
            "S¢ K& hoach va Pau tu, S¢ Tai chinh, UBND huyén\nDurc Pho.",
            ["S¢ K& hoach va Pau tu", "S¢ Tai chinh", "UBND huyén Durc Pho"],
        ),
        (
            "S6 Lao dong - Thuong binh va Xa hoi; cac t6 chuc lién quan",
            ["S6 Lao dong - Thuong binh va Xa hoi", "cac t6 chuc lién quan"],
        ),
        (
            "Hé théng cac Truong Trung cap, Cao ding, Pai hoc\ntrén dia ban va UBND céc huyén, thanh pho.",
            ["Hé théng cac Truong Trung cap, Cao ding, Pai hoc trén dia ban", "UBND céc huyén, thanh pho"],
        ),
        (
            "Sở Công Thương (chủ trì), Đài Phát thanh - Truyền hình tỉnh",
            ["Sở Công Thương (chủ trì)", "Đài Phát thanh - Truyền hình tỉnh"],
        ),
        ("", []),
        (None, []),
    ],
)
def test_split_agency_names_splits_between_agencies_not_inside_names(cell, names):
    assert split_agency_names(cell) == names


@pytest.mark.parametrize(
    ("text", "name", "method"),
    [
        ("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư", "name"),
        ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Sở Kế hoạch và Đầu tư", "name"),
        ("So Ke hoach va Dau tu", "Sở Kế hoạch và Đầu tư", "name"),
        ("So Nong nghiép va Phat trién nong thon", "Sở Nông nghiệp và Phát triển nông thôn", "name"),
        ("Ban QL KKT Dung Quất và các KCN Quảng Ngãi", QUANG_NGAI_AGENCIES[9], "name"),
        ("Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi", QUANG_NGAI_AGENCIES[9], "name"),
        ("Ủy ban nhân dân huyện Đức Phổ", "UBND huyện Đức Phổ", "name"),
        ("SCT", "Sở Công Thương", "short_name"),
        ("Sở KH&ĐT", "Sở Kế hoạch và Đầu tư", "alias"),
        ("Sở KH & ĐT", "Sở Kế hoạch và Đầu tư", "alias"),
        ("SKHĐT", "Sở Kế hoạch và Đầu tư", "alias"),
        ("skhdt", "Sở Kế hoạch và Đầu tư", "alias"),
        ("Bộ Công Thương", "Bộ Công Thương", "name"),
    ],
)
def test_name_written_any_usual_way_matches_exactly(quang_ngai, text, name, method):
    match = match_agency(text, quang_ngai)

    assert (match.text, match.agency.name, match.method) == (text, name, method)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("S& Ké hoach va Pau tu", "Sở Kế hoạch và Đầu tư"),
        ("Ban Quan Iy KKT Dung Quat va cac KCN Quang Ngai", QUANG_NGAI_AGENCIES[9]),
        ("S¢ Tai chinh", "Sở Tài chính"),
        ("S6 Lao dong - Thuong binh va Xa hoi", "Sở Lao động - Thương binh và Xã hội"),
        ("Cuc Quan 1y thi truong tinh", "Cục Quản lý thị trường tỉnh"),
        ("Sé Tai nguyén va Mai truong", "Sở Tài nguyên và Môi trường"),
        ("So Gido duc va Pao tao", "Sở Giáo dục và Đào tạo"),
        ("S6 Khoa hoc va Cong ngh¢", "Sở Khoa học và Công nghệ"),
    ],
)
def test_ocr_damaged_name_from_seed_004_matches_for_a_person_to_confirm(quang_ngai, text, name):
    match = match_agency(text, quang_ngai)

    assert (match.agency.name, match.method, match.candidates) == (name, "ocr", [])


@pytest.mark.parametrize("text", ["Sở Ngoại vụ", "Tập đoàn Dầu khí Việt Nam", "Sở", "", "   "])
def test_unknown_name_matches_nothing(quang_ngai, text):
    match = match_agency(text, quang_ngai)

    assert (match.agency, match.method, match.candidates, match.is_ambiguous) == (None, "none", [], False)


def test_agency_of_another_province_is_not_matched(quang_ngai, thai_nguyen):
    assert match_agency("Ban Quản lý các khu công nghiệp Thái Nguyên", quang_ngai).agency is None
    assert match_agency("Ban Quản lý các khu công nghiệp Thái Nguyên", thai_nguyen).method == "name"
    assert match_agency("Sở Tài chính", quang_ngai).agency.province == quang_ngai
    assert match_agency("Sở Tài chính", thai_nguyen).agency.province == thai_nguyen


def test_alias_of_an_agency_of_another_province_is_not_matched(quang_ngai, thai_nguyen):
    AgencyAliasFactory(agency=AgencyFactory(name="Sở Ngoại vụ", province=thai_nguyen), alias="SNgV")

    assert match_agency("SNgV", quang_ngai).agency is None
    assert match_agency("SNgV", thai_nguyen).agency.name == "Sở Ngoại vụ"


def test_name_shared_by_two_agencies_is_ambiguous_and_lists_both(quang_ngai):
    tai_chinh = AgencyAliasFactory(agency__name="Sở Tài chính", agency__province=quang_ngai, alias="STC").agency
    tu_phap = AgencyAliasFactory(agency__name="Sở Tư pháp", agency__province=quang_ngai, alias="STP").agency
    AgencyAliasFactory(agency=tu_phap, alias="ST")
    AgencyAliasFactory(agency=tai_chinh, alias="ST")

    match = match_agency("ST", quang_ngai)

    assert (match.agency, match.method, match.is_ambiguous) == (None, "none", True)
    assert sorted(agency.name for agency in match.candidates) == ["Sở Tài chính", "Sở Tư pháp"]


def test_ocr_reading_close_to_two_agencies_is_left_to_a_person(quang_ngai):
    AgencyFactory(name="UBND huyện Bình Sen", province=quang_ngai)

    match = match_agency("UBND huyen Binh Sdn", quang_ngai)

    assert (match.agency, match.is_ambiguous) == (None, True)
    assert sorted(agency.name for agency in match.candidates) == ["UBND huyện Bình Sen", "UBND huyện Bình Sơn"]


def test_provincial_agency_wins_over_a_central_one_of_the_same_name(quang_ngai):
    AgencyFactory(name="Cục Thống kê", province=None, kind=AgencyKind.CENTRAL)
    local = AgencyFactory(name="Cục Thống kê", province=quang_ngai)

    assert match_agency("Cuc Thong ke", quang_ngai).agency == local


def test_matcher_loads_agencies_and_aliases_in_two_queries_for_any_number_of_names(
    quang_ngai, django_assert_num_queries
):
    names = (
        split_agency_names(
            "Sở Kế hoạch và Đầu tư, Sở Tài chính; UBND huyện Đức Phổ, S& Ké hoach va Pau tu, SKHĐT, Sở Ngoại vụ"
        )
        * 50
    )

    with django_assert_num_queries(2):
        matcher = AgencyMatcher(quang_ngai)
        matches = [matcher.match(name) for name in names]

    assert [match.method for match in matches[:6]] == ["name", "name", "name", "ocr", "alias", "none"]
    assert matches[0].agency == matches[3].agency == matches[4].agency


def test_remembered_alias_matches_exactly_next_time_and_is_stored_once(quang_ngai):
    agency = match_agency("Sở Kế hoạch và Đầu tư", quang_ngai).agency

    first = remember_alias(agency, "S& Ké hoach va Pau tu", quang_ngai)
    second = remember_alias(agency, " S& KE HOACH VA PAU TU ", quang_ngai)

    assert first == second
    assert AgencyAlias.objects.filter(agency=agency, alias="S& Ké hoach va Pau tu").count() == 1
    assert match_agency("S& Ké hoach va Pau tu", quang_ngai).method == "alias"


def test_remember_alias_refuses_an_empty_name(quang_ngai):
    agency = match_agency("Sở Tài chính", quang_ngai).agency

    with pytest.raises(ValueError):
        remember_alias(agency, " - ", quang_ngai)


def test_an_alias_one_province_made_is_not_used_by_another(quang_ngai, thai_nguyen):
    ministry = match_agency("Bộ Công Thương", thai_nguyen).agency

    remember_alias(ministry, "Cơ quan chủ quản", thai_nguyen)

    assert AgencyMatcher(thai_nguyen).match("Cơ quan chủ quản").agency == ministry
    assert AgencyMatcher(quang_ngai).match("Cơ quan chủ quản").agency is None


def test_a_national_alias_is_used_by_every_province(quang_ngai, thai_nguyen):
    ministry = match_agency("Bộ Công Thương", thai_nguyen).agency
    AgencyAliasFactory(agency=ministry, alias="Bộ CT", province=None)  # as an administrator makes it in the admin

    assert AgencyMatcher(thai_nguyen).match("Bộ CT").agency == ministry
    assert AgencyMatcher(quang_ngai).match("Bộ CT").agency == ministry


def test_a_name_the_whole_country_already_knows_is_not_remembered_again_for_a_province(quang_ngai):
    ministry = match_agency("Bộ Công Thương", quang_ngai).agency
    national = AgencyAliasFactory(agency=ministry, alias="Bộ CT", province=None)

    assert remember_alias(ministry, "bo ct", quang_ngai) == national
    assert AgencyAlias.objects.filter(agency=ministry).count() == 1


def test_two_provinces_may_each_remember_the_same_name(quang_ngai, thai_nguyen):
    ministry = match_agency("Bộ Công Thương", quang_ngai).agency

    remember_alias(ministry, "Cơ quan chủ quản", quang_ngai)
    remember_alias(ministry, "Cơ quan chủ quản", thai_nguyen)

    assert sorted(AgencyAlias.objects.filter(agency=ministry).values_list("province__name", flat=True)) == sorted(
        [quang_ngai.name, thai_nguyen.name]
    )
