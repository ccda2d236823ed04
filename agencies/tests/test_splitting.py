"""Agency cells cut where the names the portal knows end: never inside a known name, colon lists expanded to
whole names, groups kept whole; the cells as the seeds, the directives in ../shared and office workbooks write them."""

import re

import pytest

from agencies.matching import AgencyMatcher
from agencies.splitting import split_known
from agencies.tests.bodies import BQL, create_quang_ngai, without_diacritics
from agencies.tests.factories import AgencyFactory, ProvinceFactory

CELLS = [
    ("Các sở, ban, ngành liên quan", ["Các sở, ban, ngành liên quan"]),
    ("Các Sở, ban ngành tỉnh", ["Các Sở, ban ngành tỉnh"]),
    (
        "các Sở: Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội, Tài chính",
        ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội", "Sở Tài chính"],
    ),
    ("Các sở: Công Thương và Xây dựng.", ["Sở Công Thương", "Sở Xây dựng"]),
    ("UBND các huyện, TP", ["UBND các huyện, TP"]),
    ("Sở Lao động - Thương binh và Xã hội, Sở Y tế", ["Sở Lao động - Thương binh và Xã hội", "Sở Y tế"]),
    ("Sở KH&ĐT, Sở TC, BQL KKTDQ và các KCN QN", ["Sở KH&ĐT", "Sở TC", "BQL KKTDQ và các KCN QN"]),
    (
        "Sở Kế hoạch và Đầu tư, Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi",
        ["Sở Kế hoạch và Đầu tư", "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi"],
    ),
    ("Sở Văn hóa, Thể thao và Du lịch, Sở TT&TT", ["Sở Văn hóa, Thể thao và Du lịch", "Sở TT&TT"]),
    (
        "UBND các huyện, thị xã, thành phố và các sở, ban ngành tỉnh",
        ["UBND các huyện, thị xã, thành phố", "các sở, ban ngành tỉnh"],
    ),
    (
        "Sở Công Thương, Sở Tài chính, UBND các huyện, thành phố",
        ["Sở Công Thương", "Sở Tài chính", "UBND các huyện, thành phố"],
    ),
    ("Các cơ quan, tổ chức liên quan", ["Các cơ quan, tổ chức liên quan"]),
    (
        "Các cơ quan, đơn vị liên quan; các tổ chức liên quan",
        ["Các cơ quan, đơn vị liên quan", "các tổ chức liên quan"],
    ),
    (
        "Sở GD&ĐT, Sở LĐ-TB&XH và UBND các xã, phường, đặc khu",
        ["Sở GD&ĐT", "Sở LĐ-TB&XH", "UBND các xã, phường, đặc khu"],
    ),
    ("Hiệp hội Gỗ Quảng Ngãi, Sở Công Thương", ["Hiệp hội Gỗ Quảng Ngãi", "Sở Công Thương"]),
    (
        "Trường Trung cấp, Cao đẳng, Đại học trên địa bàn và UBND các huyện, thành phố",
        ["Trường Trung cấp, Cao đẳng, Đại học trên địa bàn", "UBND các huyện, thành phố"],
    ),
    ("- Sở Công Thương\n- Sở Tài chính\n• VP UBND tỉnh", ["Sở Công Thương", "Sở Tài chính", "VP UBND tỉnh"]),
    ("CA tỉnh, BCH QS tỉnh và Sở Tư pháp", ["CA tỉnh", "BCH QS tỉnh", "Sở Tư pháp"]),
    ("Hội LHPN tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh", ["Hội LHPN tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh"]),
    # Nghệ An 980/KH-UBND, Phụ lục: cells broken over lines as the table was converted
    ("Bộ CHQS tỉnh; UBND\ncấp xã", ["Bộ CHQS tỉnh", "UBND cấp xã"]),
    ("Sở Tài chính và cơ\nquan, địa phương liên quan", ["Sở Tài chính", "cơ quan, địa phương liên quan"]),
    ("Sở, ban, ngành, tổ\nchức chính trị - xã hội", ["Sở, ban, ngành, tổ chức chính trị - xã hội"]),
    ("Sở Khoa học và\nCông nghệ", ["Sở Khoa học và Công nghệ"]),
    ("Cơ quan, địa\nphương liên quan", ["Cơ quan, địa phương liên quan"]),
    # seed 004, OCR-damaged
    (
        "S& Cong Thuong, Ban Quan Iy KKT Dung Quat va céc\nKCN Quang Ngai, UBND cac huyén, thanh pho lién quan.",
        ["S& Cong Thuong", "Ban Quan Iy KKT Dung Quat va céc KCN Quang Ngai", "UBND cac huyén, thanh pho lién quan"],
    ),
    (
        "S¢ K& hoach va Pau tu, S¢ Tai chinh, UBND huyén\nDurc Pho.",
        ["S¢ K& hoach va Pau tu", "S¢ Tai chinh", "UBND huyén Durc Pho"],
    ),
    (
        "So Gido duc va Pao tao; S¢ Lao dong - Thuong binh va\nXa hoi.",
        ["So Gido duc va Pao tao", "S¢ Lao dong - Thuong binh va Xa hoi"],
    ),
    # qualified groups: what follows the group up to the next name narrows it
    (
        "UBND các huyện, thành phố nơi dự kiến đặt nhà máy điện gió",
        ["UBND các huyện, thành phố nơi dự kiến đặt nhà máy điện gió"],
    ),
    (
        "Sở Công Thương, UBND các huyện, thành phố nơi dự kiến đặt nhà máy điện gió và Hiệp hội Doanh nghiệp tỉnh",
        ["Sở Công Thương", "UBND các huyện, thành phố nơi dự kiến đặt nhà máy điện gió", "Hiệp hội Doanh nghiệp tỉnh"],
    ),
    (
        "UBND cac huyén, thanh phé noi du kién dit nha may\ndién gio",
        ["UBND cac huyén, thanh phé noi du kién dit nha may dién gio"],
    ),
    # one body at two levels, kinds of body listed bare, a spaced dash inside a company's name (`Viễn` is no `Viện`)
    ("Ban Chỉ huy Quân sự cấp tỉnh, cấp xã", ["Ban Chỉ huy Quân sự cấp tỉnh, cấp xã"]),
    (
        "Đội Quản lý thị trường cấp tỉnh, cấp huyện và Sở Công Thương",
        ["Đội Quản lý thị trường cấp tỉnh, cấp huyện", "Sở Công Thương"],
    ),
    ("Sở, ngành, cơ quan, đơn vị", ["Sở, ngành, cơ quan, đơn vị"]),
    (
        "Sở Công Thương và các Tổng công ty: Điện lực miền Trung, Công nghiệp - Viễn thông Toàn cầu",
        ["Sở Công Thương", "Tổng công ty Điện lực miền Trung", "Tổng công ty Công nghiệp - Viễn thông Toàn cầu"],
    ),
    (
        "Tổng công ty Công nghiệp - Thương mại Quảng Nam và Sở Xây dựng",
        ["Tổng công ty Công nghiệp - Thương mại Quảng Nam", "Sở Xây dựng"],
    ),
    # `các` written again starts another group; after a name, `và các …` starts another (not a board's zones)
    ("các sở, các ban, ngành tỉnh", ["các sở", "các ban, ngành tỉnh"]),
    (
        "Công ty Cổ phần Chợ Bình Minh và các hộ kinh doanh tại chợ",
        ["Công ty Cổ phần Chợ Bình Minh", "các hộ kinh doanh tại chợ"],
    ),
    (
        "Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp tỉnh",
        ["Ban Quản lý Khu kinh tế Vân Phong và các khu công nghiệp tỉnh"],
    ),
    ("", []),
    # a colon list ends at a line that is a name the portal holds, whatever its first word
    (
        "các Sở: Nội vụ, Giáo dục và Đào tạo\nCác địa phương",
        ["Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Các địa phương"],
    ),
    (
        "các Sở: Tài chính, Khoa học và Công nghệ\nCác sở, ban, ngành",
        ["Sở Tài chính", "Sở Khoa học và Công nghệ", "Các sở, ban, ngành"],
    ),
]
# Each cell without its diacritics splits the same way.
PLAIN = [(without_diacritics(cell), [without_diacritics(name) for name in names]) for cell, names in CELLS[:24]]


@pytest.fixture
def matcher(db):
    province = create_quang_ngai()
    AgencyFactory(name="UBND các huyện, thị xã, thành phố", province=province, is_group=True)
    return AgencyMatcher(province)


@pytest.mark.parametrize(("cell", "names"), CELLS + PLAIN)
def test_cell_is_cut_where_known_names_end_never_inside_one(matcher, cell, names):
    assert split_known(cell, matcher) == names


@pytest.mark.parametrize(
    ("cell", "agencies"),
    [
        (
            "các Sở: Giáo dục và Đào tạo, Lao động - Thương binh và Xã hội, Tài chính",
            ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội", "Sở Tài chính"],
        ),
        ("Sở KH-ĐT, Sở TC và BQL KKTDQ và các KCN QN", ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", BQL]),
        (
            "So KH&DT, So TN-MT, So LD-TB&XH",
            ["Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội"],
        ),
        ("Ban QLKKT Dung Quất và các KCN QN, KH&ĐT", [BQL, "Sở Kế hoạch và Đầu tư"]),
        (
            "VP UBND tỉnh\nCA tỉnh\nBCH QS tỉnh",
            ["Văn phòng UBND tỉnh Quảng Ngãi", "Công an tỉnh Quảng Ngãi", "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi"],
        ),
        ("UBND huyện Bình Sơn, UBND các huyện, TP", ["UBND huyện Bình Sơn", "UBND các huyện, thị xã, thành phố"]),
        ("Sở Xây dựng và Sở GTVT", ["Sở Xây dựng", "Sở Giao thông vận tải"]),
    ],
)
def test_every_name_of_the_cell_finds_its_agency(matcher, cell, agencies):
    found = [matcher.match(name).agency for name in split_known(cell, matcher)]

    assert [agency.name if agency else None for agency in found] == agencies


def test_addressees_of_a_directive_split_into_bodies_the_catalogue_knows(db, settings):
    """Đắk Lắk 0129/KH-UBND (../shared/documents) assigns duties under 15 numbered addressees; for a province
    whose bodies are not entered yet, each is proposed from the catalogue, and only what no catalogue covers
    (the province's web portal and the commune loudspeakers) is left for a person."""
    document = settings.BASE_DIR.parent / "shared" / "documents" / "05_dak-lak_0129-kh-ubnd.txt"
    headings = [
        " ".join(found.group(1).split()).rstrip(":").removeprefix("Đề nghị ")
        for found in re.finditer(r"\*\*\d+\.\s*(.{3,200}?)\*\*", document.read_text(encoding="utf-8"), re.S)
    ]
    matcher = AgencyMatcher(ProvinceFactory(name="Đắk Lắk", code="dak-lak"))

    read = {
        name: [body.key for body in matcher.match(name).proposals]
        for heading in headings
        if heading.startswith(("Sở", "Công an", "Bộ Chỉ huy", "Báo", "UBND", "Ủy ban"))
        for name in split_known(heading, matcher)
    }

    assert read == {
        "Sở Công Thương": ["so-cong-thuong"],
        "Sở Y tế": ["so-y-te"],
        "Sở Xây dựng": ["so-xay-dung"],
        "Sở Khoa học và Công nghệ": ["so-khoa-hoc-va-cong-nghe"],
        "Sở Tài chính": ["so-tai-chinh"],
        "Công an tỉnh": ["cong-an-tinh"],
        "Bộ Chỉ huy Quân sự tỉnh": ["bo-chi-huy-quan-su-tinh"],
        "Báo và Phát thanh - Truyền hình Đắk Lắk": ["bao-va-phat-thanh-truyen-hinh"],
        "Sở Văn hóa, Thể thao và Du lịch": ["so-van-hoa-the-thao-va-du-lich"],
        "Cổng Thông tin điện tử tính và hệ thống truyền thanh cơ sở": [],
        "UBND các xã, phường": ["ubnd-cap-xa"],
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": ["uy-ban-mttq-tinh"],
        "các tổ chức chính trị - xã hội": ["cac-to-chuc-chinh-tri-xa-hoi"],
    }


def test_a_city_provinces_bodies_written_with_thanh_pho_are_its_own(db, settings):
    """Cần Thơ 09/CT-UBND (../shared/documents): a centrally-run city writes `thành phố` where a province writes
    `tỉnh`."""
    document = settings.BASE_DIR.parent / "shared" / "documents" / "02_can-tho_09-ct-ubnd.txt"
    headings = [
        " ".join(found.group(1).split()).rstrip(":").removeprefix("Đề nghị ")
        for found in re.finditer(r"\*\*\d+\.\s*(.{3,200}?)\*\*", document.read_text(encoding="utf-8"), re.S)
    ]
    matcher = AgencyMatcher(ProvinceFactory(name="Thành phố Cần Thơ", code="can-tho"))

    read = {
        heading: [body.key for body in matcher.match(heading).proposals]
        for heading in headings
        if heading.startswith(("Báo", "Ủy ban"))
    }

    assert read == {
        "Báo và Phát thanh, Truyền hình thành phố": ["bao-va-phat-thanh-truyen-hinh"],
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố": ["uy-ban-mttq-tinh"],
        "Ủy ban nhân dân xã, phường": ["ubnd-cap-xa"],
    }
    assert [body.key for body in matcher.match("Công an thành phố").proposals] == ["cong-an-tinh"]
