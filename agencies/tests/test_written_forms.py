"""How clerks write a name around the body itself: its part in the task (`(chủ trì)`, `Phối hợp:`), the title of the
person heading it (`Chủ tịch UBND …`), a local unit without `UBND` (`các xã, phường`), a dotted `S.` for `Sở`, and a
list that writes the kind word once (`Sở KH&ĐT, TC`). Each rule is tried on variants the code was not written
around, with and without diacritics."""

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.names import COORDINATING, LEAD
from agencies.services import create_agency
from agencies.splitting import ASSIGN, assigned_names, split_known, split_roles
from agencies.tests.bodies import create_quang_ngai, without_diacritics
from agencies.tests.factories import AgencyFactory

CAP_XA = "UBND các xã, phường, đặc khu"
SO_NGANH = "Các sở, ban, ngành tỉnh"


@pytest.fixture
def matcher(db):
    province = create_quang_ngai()
    for key in ("cac-so-ban-nganh", "ubnd-cap-xa", "ubnd-cap-huyen", "cac-don-vi", "cac-co-quan-bao-chi"):
        body = catalogue().body(key)
        create_agency(province, body.name, body.kind, catalogue_key=key)
    return AgencyMatcher(province)


NAMES = [
    # role words, in parentheses, after a dash or bare
    ("Sở Y tế (chủ trì)", "Sở Y tế"),
    ("Sở Xây dựng - chủ trì", "Sở Xây dựng"),
    ("Công an tỉnh (phối hợp)", "Công an tỉnh Quảng Ngãi"),
    ("Sở NN&MT chủ trì thực hiện", "Sở Nông nghiệp và Môi trường"),
    ("Cơ quan chủ trì: Sở Tư pháp", "Sở Tư pháp"),
    ("Sở GD&ĐT (đầu mối)", "Sở Giáo dục và Đào tạo"),
    # the head of the body for the body
    ("Chủ tịch UBND huyện Bình Sơn", "UBND huyện Bình Sơn"),
    ("Phó Giám đốc Sở Tư pháp", "Sở Tư pháp"),
    ("Giám đốc Công an tỉnh", "Công an tỉnh Quảng Ngãi"),
    ("Chỉ huy trưởng Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi"),
    ("Thủ trưởng các sở, ngành", SO_NGANH),
    ("Chủ tịch UBND cấp xã", CAP_XA),
    # a local unit without UBND
    ("các phường, xã", CAP_XA),
    ("cấp xã", CAP_XA),
    ("các xã, phường, đặc khu", CAP_XA),
    ("huyện Đức Phổ", "UBND huyện Đức Phổ"),
    ("các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố"),
    # a dotted S.
    ("S.CT", "Sở Công Thương"),
    ("S. Y tế", "Sở Y tế"),
    ("S.GD&ĐT", "Sở Giáo dục và Đào tạo"),
]


@pytest.mark.parametrize("plain", [False, True], ids=["vi", "no-diacritics"])
@pytest.mark.parametrize(("text", "agency"), NAMES)
def test_a_name_with_words_about_its_part_or_head_is_the_body(matcher, text, agency, plain):
    found = matcher.match(without_diacritics(text) if plain else text)

    assert (found.agency.name if found.agency else None, found.method) != (None, "none")
    assert found.agency.name == agency
    assert found.method != "ocr"


@pytest.mark.parametrize(
    "text",
    ["S¢ Tai chinh", "Xã hội", "Tổ chức", "TC", "Lãnh đạo", "Hội Xã hội học"],
)
def test_what_is_no_body_stays_for_a_person(matcher, text):
    found = matcher.match(text)

    assert found.agency is None or found.method == "ocr"


CELLS = [
    ("Sở KH&ĐT, TC", ["Sở KH&ĐT", "Sở TC"]),
    ("Sở Công Thương, Tài chính và Y tế", ["Sở Công Thương", "Sở Tài chính", "Sở Y tế"]),
    ("Sở CT, XD, TP", ["Sở CT", "Sở XD", "Sở TP"]),
    ("UBND huyện Bình Sơn, Đức Phổ", ["UBND huyện Bình Sơn", "UBND huyện Đức Phổ"]),
    # a name the kind word would turn into another body is left as written
    ("Sở Tài chính, Công an tỉnh", ["Sở Tài chính", "Công an tỉnh"]),
    ("Sở Y tế, các đơn vị liên quan", ["Sở Y tế", "các đơn vị liên quan"]),
    ("Sở Lao động - Thương binh và Xã hội, Nội vụ", ["Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"]),
]


@pytest.mark.parametrize(("cell", "names"), CELLS)
def test_a_list_that_writes_the_kind_word_once_gives_whole_names(matcher, cell, names):
    assert split_known(cell, matcher) == names
    assert all(matcher.match(name).agency for name in names)
    assert split_known(without_diacritics(cell), matcher) == [without_diacritics(name) for name in names]


@pytest.mark.parametrize(
    ("cell", "roles"),
    [
        ("Sở Tài chính (chủ trì), Sở Xây dựng (phối hợp)", [LEAD, COORDINATING]),
        ("Chủ trì: Sở Y tế; Phối hợp: Sở Tư pháp, Công an tỉnh", [LEAD, COORDINATING, COORDINATING]),
        (
            "Sở Công Thương chủ trì, phối hợp với Sở Xây dựng và các đơn vị liên quan",
            [LEAD, COORDINATING, COORDINATING],
        ),
        ("Sở Tài chính, Sở Xây dựng", [None, None]),
        ("Don vi phoi hop - So Tu phap\nSo Y te", [COORDINATING, COORDINATING]),
        ("Chủ trì: Sở Y tế\nPhối hợp: Sở Tư pháp\nCông an tỉnh", [LEAD, COORDINATING, COORDINATING]),
        # the lead marked among bodies left unmarked: they coordinate (before a bracketed mark too); a bare
        # `chủ trì` closing a list may be the whole list's, so only the names after it coordinate
        ("- Sở Y tế (chủ trì)\n- Sở Tư pháp", [LEAD, COORDINATING]),
        ("Sở Y tế (chủ trì), Sở Tư pháp, Công an tỉnh", [LEAD, COORDINATING, COORDINATING]),
        ("Sở Tư pháp, Sở Y tế (chủ trì), Công an tỉnh", [COORDINATING, LEAD, COORDINATING]),
        ("Sở Tư pháp; Công an tỉnh (cơ quan chủ trì)", [COORDINATING, LEAD]),
        ("Sở Y tế (chủ trì), Sở Tư pháp (phối hợp), Công an tỉnh", [LEAD, COORDINATING, COORDINATING]),
        ("Sở Y tế (đồng chủ trì), Sở Tư pháp (đồng chủ trì), Công an tỉnh", [LEAD, LEAD, None]),
        ("Sở Tư pháp, Sở Y tế (đồng chủ trì)", [None, LEAD]),
        ("Sở Y tế chủ trì, Sở Tư pháp, Công an tỉnh", [LEAD, COORDINATING, COORDINATING]),
        ("Sở Tư pháp, Sở Y tế chủ trì, phối hợp Công an tỉnh", [None, LEAD, COORDINATING]),
        ("Sở Tư pháp, Sở Y tế (phối hợp)", [None, COORDINATING]),
    ],
)
def test_a_cell_that_says_each_bodys_part_gives_it(matcher, cell, roles):
    for written in (cell, without_diacritics(cell)):
        found = split_roles(written, matcher)

        assert [role for _name, role in found] == roles, written
        assert all(matcher.match(name).agency for name, _role in found), written


@pytest.mark.parametrize(
    ("cell", "found"),
    [
        ("Công an tỉnh (Phòng PC06)", [("Công an tỉnh Quảng Ngãi", "Phòng PC06")]),
        (
            "Sở Y tế (Chi cục An toàn vệ sinh thực phẩm, Trung tâm Kiểm soát bệnh tật), Sở Công Thương",
            [("Sở Y tế", "Chi cục An toàn vệ sinh thực phẩm, Trung tâm Kiểm soát bệnh tật"), ("Sở Công Thương", "")],
        ),
        ("Sở Tư pháp (chủ trì), Sở Nội vụ", [("Sở Tư pháp", ""), ("Sở Nội vụ", "")]),
        ("UBND các xã, phường (vùng bị ngập lụt)", [(CAP_XA, "vùng bị ngập lụt")]),
    ],
)
def test_a_note_in_parentheses_after_a_name_is_kept_as_its_qualifier(matcher, cell, found):
    read = [matcher.match(name) for name in split_known(cell, matcher)]

    assert [(match.agency.name, match.qualifier) for match in read] == found
    assert [match.agency.name for match in read] == [
        matcher.match(name).agency.name for name in split_known(without_diacritics(cell), matcher)
    ]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Sở Tài chính/Sở Nội vụ", ["Sở Tài chính", "Sở Nội vụ"]),
        ("Sở TC + Sở XD", ["Sở TC", "Sở XD"]),
        ("Sở Y tế - Sở Tư pháp", ["Sở Y tế", "Sở Tư pháp"]),
        ("Sở Lao động - Thương binh và Xã hội - Sở Y tế", ["Sở Lao động - Thương binh và Xã hội", "Sở Y tế"]),
        ("Các sở, ngành, địa phương liên quan", ["Các sở, ngành, địa phương liên quan", "Các địa phương"]),
    ],
)
def test_a_slash_a_plus_or_a_spaced_dash_between_known_names_separates_them(matcher, cell, names):
    assert split_known(cell, matcher) == names
    assert all(matcher.match(name).agency for name in names)


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("1. Sở LĐTBXH 2. Sở Y tế", ["Sở LĐTBXH", "Sở Y tế"]),
        ("1) Sở Tư pháp 2) Công an tỉnh 3) Sở TC", ["Sở Tư pháp", "Công an tỉnh", "Sở TC"]),
        ("1. So Xay dung 2. So Tai chinh", ["So Xay dung", "So Tai chinh"]),
        # a number inside a name is no list
        ("Sở Y tế", ["Sở Y tế"]),
    ],
)
def test_a_list_numbered_on_one_line_gives_one_name_per_number(matcher, cell, names):
    assert split_known(cell, matcher) == names
    assert all(matcher.match(name).agency for name in names)


@pytest.mark.parametrize(
    ("cell", "agencies"),
    [
        (
            "các Sở: Công Thương, Y tế và các đơn vị liên quan",
            ["Sở Công Thương", "Sở Y tế", "Các đơn vị liên quan"],
        ),
        ("Các sở: Nội vụ; Tư pháp; Xây dựng", ["Sở Nội vụ", "Sở Tư pháp", "Sở Xây dựng"]),
        ("Sở Công Thương, Sở Y tế, v.v.", ["Sở Công Thương", "Sở Y tế"]),
        ("Sở Y tế và các Sở liên quan", ["Sở Y tế", SO_NGANH]),
        ("UBND các xã, phường trong tỉnh", [CAP_XA]),
    ],
)
def test_a_colon_list_ends_where_a_name_starts_and_goes_on_after_a_semicolon(matcher, cell, agencies):
    for written in (cell, without_diacritics(cell)):
        found = [matcher.match(name) for name in split_known(written, matcher)]

        assert [match.agency.name if match.agency else None for match in found] == agencies
        assert [match.method for match in found if match.method in ("ocr", "none")] == []
        assert [match.qualifier for match in found if match.qualifier] == []


@pytest.mark.parametrize(
    ("cell", "agencies"),
    [
        (
            "Sở Nội vụ\nUBND các huyện, thành phố\nCác Sở: Tài chính, Xây dựng",
            ["Sở Nội vụ", "UBND các huyện, thị xã, thành phố", "Sở Tài chính", "Sở Xây dựng"],
        ),
        (
            "Sở GT-VT\nCác sở: KH&ĐT, TC, CT",
            ["Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương"],
        ),
        (
            "Công an tỉnh\nUBND các huyện, thành phố: Bình Sơn, Quảng Ngãi\nSở Y tế",
            ["Công an tỉnh Quảng Ngãi", "UBND huyện Bình Sơn", "UBND thành phố Quảng Ngãi", "Sở Y tế"],
        ),
    ],
)
def test_a_colon_list_on_a_line_of_its_own_lists_its_bodies_not_the_lines_above(matcher, cell, agencies):
    """A cell of several lines whose one line lists bodies of a kind: the list gives its own bodies, the names on
    the lines above stay what they are (they were read as the list's head, every item left for a person)."""
    for written in (cell, without_diacritics(cell)):
        found = [matcher.match(name) for name in split_known(written, matcher)]

        assert [match.agency.name if match.agency else None for match in found] == agencies
        assert [match.method for match in found if match.method in ("ocr", "none")] == []


@pytest.mark.parametrize(
    ("cell", "agencies"),
    [
        ("Các Sở, ngành: Tài chính, Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]),
        ("Các sở, ban, ngành: Y tế, Tư pháp và Công Thương", ["Sở Y tế", "Sở Tư pháp", "Sở Công Thương"]),
        (
            "các sở, ngành: Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội, Công an tỉnh",
            ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội", "Công an tỉnh Quảng Ngãi"],
        ),
        ("Các Sớ , ngành : Nội vụ, Khoa học và Công nghệ", ["Sở Nội vụ", "Sở Khoa học và Công nghệ"]),
        # each item takes the kind word that makes it a body; the city named like the province is an item of its own
        (
            "UBND các huyện, thành phố: Bình Sơn, Quảng Ngãi",
            ["UBND huyện Bình Sơn", "UBND thành phố Quảng Ngãi"],
        ),
        (
            "UBND các huyện, TP: Sơn Tây, Quảng Ngãi, Lý Sơn",
            ["UBND huyện Sơn Tây", "UBND thành phố Quảng Ngãi", "UBND huyện Lý Sơn"],
        ),
        ("Sở Y tế và các sở, ngành: Tài chính, Nội vụ", ["Sở Y tế", "Sở Tài chính", "Sở Nội vụ"]),
    ],
)
def test_a_colon_list_after_a_group_gives_the_bodies_it_lists(matcher, cell, agencies):
    for written in (cell, without_diacritics(cell)):
        found = [matcher.match(name) for name in split_known(written, matcher)]

        assert [match.agency.name if match.agency else None for match in found] == agencies
        assert [match.method for match in found if match.method in ("ocr", "none")] == []
        assert [match.qualifier for match in found if match.qualifier] == []


@pytest.mark.parametrize(
    ("cell", "found"),
    [
        ("Sở Tài chính chủ trì phối hợp với Sở Xây dựng", [("Sở Tài chính", LEAD), ("Sở Xây dựng", COORDINATING)]),
        (
            "Sở Y tế chủ trì phối hợp Sở Tư pháp và Công an tỉnh",
            [("Sở Y tế", LEAD), ("Sở Tư pháp", COORDINATING), ("Công an tỉnh Quảng Ngãi", COORDINATING)],
        ),
        (
            "Sở KH&ĐT chủ trì phôi hợp các sở, ngành liên quan",
            [("Sở Kế hoạch và Đầu tư", LEAD), (SO_NGANH, COORDINATING)],
        ),
        (
            "Sở Nông nghiệp và Phát triển nông thôn phối hợp với UBND các huyện, thành phố",
            [("Sở Nông nghiệp và Phát triển nông thôn", None), ("UBND các huyện, thị xã, thành phố", COORDINATING)],
        ),
        (
            "Ban QL KKT Dung Quất và các KCN QN chủ trì phối hợp Sở Công Thương",
            [
                ("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi", LEAD),
                ("Sở Công Thương", COORDINATING),
            ],
        ),
    ],
)
def test_a_lead_and_its_coordinators_written_without_a_comma_are_cut_where_phoi_hop_starts(matcher, cell, found):
    for written in (cell, without_diacritics(cell)):
        read = [(matcher.match(name).agency, role) for name, role in split_roles(written, matcher)]

        assert [(agency.name if agency else None, role) for agency, role in read] == found


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Các cơ quan báo chí", ["Các cơ quan báo chí"]),
        ("Các cơ quan thông tấn, báo chí", ["Các cơ quan báo chí"]),
        ("Sở TT&TT, các cơ quan báo chí", ["Sở Thông tin và Truyền thông", "Các cơ quan báo chí"]),
        ("Các cơ quan báo chí; Đài PT-TH tỉnh", ["Các cơ quan báo chí", "Đài Phát thanh - Truyền hình Quảng Ngãi"]),
        ("các báo, đài", ["Các cơ quan báo chí"]),
    ],
)
def test_the_press_written_as_a_group_is_the_press_group(matcher, cell, names):
    for written in (cell, without_diacritics(cell)):
        found = [matcher.match(name) for name in split_known(written, matcher)]

        assert [match.agency.name if match.agency else None for match in found] == names
        assert [match.qualifier for match in found if match.qualifier] == []


@pytest.mark.parametrize(
    ("cell", "qualifier"),
    [
        ("UBND các huyện, TP nơi có dự án", "nơi có dự án"),
        ("UBND các huyện, thị xã, TP có đường cao tốc đi qua", "có đường cao tốc đi qua"),
        ("UBND cac huyen, thanh pho ven bien", "ven bien"),
    ],
)
def test_a_group_written_with_a_short_form_keeps_its_words_before_what_narrows_it(matcher, cell, qualifier):
    found = [matcher.match(name) for name in split_known(cell, matcher)]

    assert [(match.agency.name, match.qualifier) for match in found] == [
        ("UBND các huyện, thị xã, thành phố", qualifier)
    ]


@pytest.fixture
def more_bodies(db, matcher):
    """The province with bodies that share initials with a group or with another body, and more groups."""
    province = matcher.province
    for name, kind in (
        ("UBND huyện Tân Phú", "district"),
        ("Sở Ngoại vụ", "department"),
        ("UBND xã Bình Châu", "district"),
        ("UBND xã Bình Hải", "district"),
    ):
        AgencyFactory(name=name, kind=kind, province=province)
    for key in (
        "cac-hiep-hoi-doanh-nghiep",
        "cac-dia-phuong",
        "cac-to-chuc-chinh-tri-xa-hoi",
        "cac-co-quan-don-vi",
        "cac-to-chuc",
    ):
        body = catalogue().body(key)
        create_agency(province, body.name, body.kind, catalogue_key=key)
    return AgencyMatcher(province)


@pytest.mark.parametrize(
    ("cell", "agencies"),
    [
        # written plural it is the group, singular the body, whatever else the initials could spell
        ("UBND các huyện, TP", ["UBND các huyện, thị xã, thành phố"]),
        ("UBND huyện TP", ["UBND huyện Tân Phú"]),
        ("Hiệp hội DN tỉnh", ["Hiệp hội Doanh nghiệp tỉnh Quảng Ngãi"]),
        ("các hiệp hội DN", ["Các hiệp hội doanh nghiệp"]),
        # a form the catalogue lists is the body it lists it for; the initials rule comes after
        ("Sở NV", ["Sở Nội vụ"]),
        ("SNV", ["Sở Nội vụ"]),
        ("Sở NgV", ["Sở Ngoại vụ"]),
        # the kind word written once with `các`
        ("UBND các huyện Bình Sơn, Đức Phổ", ["UBND huyện Bình Sơn", "UBND huyện Đức Phổ"]),
        ("Ủy ban nhân dân các xã Bình Châu, Bình Hải", ["UBND xã Bình Châu", "UBND xã Bình Hải"]),
        # two groups each written with `các` are two; a body and a group the catalogue names together are one
        ("các sở, ban, ngành và các địa phương", [SO_NGANH, "Các địa phương"]),
        ("Các cơ quan, đơn vị và các địa phương", ["Các cơ quan, đơn vị liên quan", "Các địa phương"]),
        ("Mặt trận Tổ quốc và các đoàn thể", ["Các tổ chức chính trị - xã hội"]),
    ],
)
def test_how_a_name_is_written_decides_between_bodies_its_words_could_spell(more_bodies, cell, agencies):
    for written in (cell, without_diacritics(cell)):
        found = [more_bodies.match(name) for name in split_known(written, more_bodies)]

        assert [match.agency.name if match.agency else None for match in found] == agencies
        assert [match.method for match in found if match.method in ("ocr", "none")] == []


def test_initials_alone_name_no_group_of_the_province_either(more_bodies):
    found = more_bodies.match("TC")

    assert found.agency is None


@pytest.mark.parametrize(
    ("cell", "found"),
    [
        # a wrong or lost mark on the part a body has
        (
            "Phối họp: Sở Tư pháp, Công an tỉnh",
            [("Sở Tư pháp", COORDINATING), ("Công an tỉnh Quảng Ngãi", COORDINATING)],
        ),
        ("Chù trì: Sở Y tế", [("Sở Y tế", LEAD)]),
        # a wrong mark on `Sở` before a list that writes it once
        ("Sỏ Công Thương, Tài chính", [("Sở Công Thương", None), ("Sở Tài chính", None)]),
        ("Sớ KH&ĐT, TC", [("Sở Kế hoạch và Đầu tư", None), ("Sở Tài chính", None)]),
        # a digit read for a letter, inside a name or where one starts
        ("C0ng an tỉnh, Sở Y tế", [("Công an tỉnh Quảng Ngãi", None), ("Sở Y tế", None)]),
        ("Sở Tài chính\nC0ng an tỉnh", [("Sở Tài chính", None), ("Công an tỉnh Quảng Ngãi", None)]),
        (
            "Trung tâm Khuyến c0ng và Xúc tiến thương mại QN",
            [("Trung tâm Khuyến công và Xúc tiến thương mại Quảng Ngãi", None)],
        ),
        # `l` read as `I` in an ending the name may drop
        ("các đơn vị có Iiên quan", [("Các đơn vị liên quan", None)]),
    ],
)
def test_ocr_damage_to_marks_and_letters_leaves_the_names_and_their_parts(matcher, cell, found):
    read = [(matcher.match(name).agency, role) for name, role in split_roles(cell, matcher)]

    assert [(agency.name if agency else None, role) for agency, role in read] == found


@pytest.mark.parametrize(
    ("heading", "agencies"),
    [
        ("Đề nghị Hội Nông dân tỉnh:", ["Hội Nông dân tỉnh Quảng Ngãi"]),
        ("Giao Sở Y tế (cơ quan chủ trì)", ["Sở Y tế"]),
        ("Sở Nội vụ - Cơ quan thường trực Hội đồng thi đua", ["Sở Nội vụ"]),
        ("Các cơ quan chuyên môn (gồm các Sở: Y tế, Tư pháp)", ["Sở Y tế", "Sở Tư pháp"]),
        (
            "Trách nhiệm của Công an tỉnh và Bộ CHQS tỉnh",
            ["Công an tỉnh Quảng Ngãi", "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi"],
        ),
    ],
)
def test_a_heading_names_the_bodies_it_assigns_to_without_the_words_around_them(matcher, heading, agencies):
    for written in (heading, without_diacritics(heading)):
        names = split_known(assigned_names(ASSIGN.sub("", written, count=1)), matcher)
        assert [matcher.match(name).agency.name for name in names] == agencies, written


@pytest.mark.parametrize(
    ("cell", "groups"),
    [
        ("Các cơ quan, đơn vị, tổ chức liên quan", ["cac-co-quan-don-vi"]),
        ("Các cơ quan, tổ chức, đơn vị có liên quan", ["cac-co-quan-to-chuc"]),
        # the departments and the localities: two groups, the local one of the plan's date (the catalogue's `also`)
        ("Sở, ban, ngành, địa phương", ["cac-so-ban-nganh", "LOCAL"]),
        ("Các ngành, địa phương liên quan", ["cac-so-ban-nganh", "LOCAL"]),
        ("Các cơ quan, ban, ngành, đoàn thể", ["cac-so-ban-nganh-doan-the"]),
        ("Các cơ quan chuyên môn thuộc UBND tỉnh", ["cac-so-ban-nganh"]),
        ("Các cơ quan, tổ chức, đơn vị, địa phương", ["cac-co-quan-dia-phuong"]),
    ],
)
def test_a_group_written_as_a_longer_list_of_kinds_is_one_group_not_pieces(matcher, cell, groups):
    province = matcher.province
    for key in ("cac-co-quan-don-vi", "cac-co-quan-to-chuc", "cac-so-ban-nganh-doan-the", "cac-co-quan-dia-phuong"):
        body = catalogue().body(key)
        create_agency(province, body.name, body.kind, catalogue_key=key)
    matcher = AgencyMatcher(province)
    local = matcher.match("Các địa phương").agency.name
    for written in (cell, without_diacritics(cell)):
        found = [matcher.match(name) for name in split_known(written, matcher)]
        assert [(match.agency.name, match.qualifier) for match in found] == [
            (local if key == "LOCAL" else catalogue().body(key).name, "") for key in groups
        ], written


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Sở CT-Sở TC", ["Sở Công Thương", "Sở Tài chính"]),
        ("Sở Y tế-UBND huyện Bình Sơn", ["Sở Y tế", "UBND huyện Bình Sơn"]),
        ("Sở KH-ĐT", ["Sở Kế hoạch và Đầu tư"]),
        ("Sở LĐ-TB&XH-Sở Nội vụ", ["Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ"]),
    ],
)
def test_an_unspaced_dash_before_a_kind_word_starts_another_name(matcher, cell, names):
    for written in (cell, without_diacritics(cell)):
        found = [matcher.match(name) for name in split_known(written, matcher)]
        assert [match.agency.name for match in found] == names, written
