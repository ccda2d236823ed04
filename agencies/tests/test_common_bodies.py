"""Common provincial bodies office workbooks name beside the departments (issue #12): the post, the statistics office,
the telecom unit, the social-policy bank and the school of politics; the power company whatever legal form its name
writes; the economic-zone board named after its zone; an abbreviation several bodies share."""

import datetime

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.names import legal_form, written_in_full
from agencies.services import create_province
from agencies.splitting import split_known
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import AgencyFactory, ProvinceFactory

# name as written (in a province called {place}) -> the catalogue body it is
COMMON = [
    ("Bưu điện tỉnh", "buu-dien-tinh"),
    ("Bưu điện tỉnh {place}", "buu-dien-tinh"),
    ("BĐ tỉnh", "buu-dien-tinh"),
    ("Cục Thống kê tỉnh", "cuc-thong-ke-tinh"),
    ("Cục Thống kê tỉnh {place}", "cuc-thong-ke-tinh"),
    ("Cục TK tỉnh", "cuc-thong-ke-tinh"),
    ("Thống kê tỉnh", "thong-ke-tinh"),
    ("Thống kê tỉnh {place}", "thong-ke-tinh"),
    ("Chi cục Thống kê tỉnh", "thong-ke-tinh"),
    ("Viễn thông {place}", "vien-thong-tinh"),
    ("VNPT {place}", "vien-thong-tinh"),
    ("Ngân hàng Chính sách xã hội chi nhánh tỉnh", "ngan-hang-chinh-sach-xa-hoi"),
    ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh {place}", "ngan-hang-chinh-sach-xa-hoi"),
    ("NHCSXH tỉnh", "ngan-hang-chinh-sach-xa-hoi"),
    ("Trường Chính trị tỉnh", "truong-chinh-tri-tinh"),
    ("Liên minh HTX tỉnh", "lien-minh-hop-tac-xa-tinh"),
    ("Hội CCB tỉnh", "hoi-cuu-chien-binh-tinh"),
    ("Phòng Cảnh sát PCCC và CNCH", "cong-an-tinh"),
    ("Phòng Cảnh sát PCCC&CNCH Công an tỉnh {place}", "cong-an-tinh"),
    ("Cảnh sát PCCC tỉnh", "cong-an-tinh"),
    # the fire police as offices write it, with the body it is a unit of after it
    ("Phòng Cảnh sát PCCC và CNCH Công an tỉnh {place}", "cong-an-tinh"),
    ("Phòng CS PCCC&CNCH - CA tỉnh", "cong-an-tinh"),
    ("Phòng CS PCCC và CNCH Công an tỉnh {place}", "cong-an-tinh"),
    ("PC07 Công an tỉnh", "cong-an-tinh"),
    ("PC07 Công an tỉnh {place}", "cong-an-tinh"),
    ("Phòng PC07 - CA tỉnh", "cong-an-tinh"),
]
PLACES = [("Nghệ An", "nghe-an"), ("Sóc Trăng", "soc-trang")]


def proposed(match):
    return [body.key for body in match.proposals]


@pytest.mark.django_db
@pytest.mark.parametrize(("place", "code"), PLACES)
def test_a_common_body_the_province_lacks_is_proposed_with_and_without_diacritics(place, code):
    matcher = AgencyMatcher(ProvinceFactory(name=place, code=code))
    for written, key in COMMON:
        text = written.format(place=place)
        for spelling in (text, without_diacritics(text)):
            found = matcher.match(spelling)
            assert (found.agency, proposed(found)) == (None, [key]), spelling


@pytest.mark.django_db
def test_a_common_body_the_province_holds_answers_its_forms():
    province = ProvinceFactory(name="Nghệ An", code="nghe-an")
    post = AgencyFactory(province=province, name="Bưu điện tỉnh Nghệ An", kind=AgencyKind.OTHER)
    telecom = AgencyFactory(province=province, name="Viễn thông Nghệ An", kind=AgencyKind.OTHER)
    statistics = AgencyFactory(province=province, name="Thống kê tỉnh Nghệ An", kind=AgencyKind.OTHER)
    police = AgencyFactory(province=province, name="Công an tỉnh Nghệ An", kind=AgencyKind.OTHER)
    matcher = AgencyMatcher(province)

    for text, agency in [
        ("Bưu điện tỉnh", post),
        ("Buu dien tinh", post),
        ("VNPT tỉnh", telecom),
        ("Viễn thông tỉnh", telecom),
        ("Thống kê tỉnh", statistics),
        ("Thong ke tinh Nghe An", statistics),
        ("Phòng Cảnh sát PCCC và CNCH", police),
        ("Phong Canh sat PCCC va CNCH", police),
        ("Phòng CS PCCC&CNCH - CA tỉnh", police),
        ("Phong CS PCCC&CNCH - CA tinh", police),
        ("PC07 Công an tỉnh Nghệ An", police),
        ("PC07 Cong an tinh", police),
    ]:
        assert matcher.match(text).agency == agency, text


POWER = [
    "Công ty CP Điện lực {place}",
    "Công ty Cổ phần Điện lực {place}",
    "Công ty TNHH MTV Điện lực {place}",
    "Công ty Điện lực {place}",
]


@pytest.mark.django_db
@pytest.mark.parametrize(("place", "code"), PLACES)
def test_a_companys_legal_form_names_no_other_body(place, code):
    province = ProvinceFactory(name=place, code=code)
    lacking = AgencyMatcher(province)
    for written in POWER:
        for text in (written.format(place=place), without_diacritics(written.format(place=place))):
            assert proposed(lacking.match(text)) == ["cong-ty-dien-luc"], text
    company = AgencyFactory(province=province, name=f"Công ty Cổ phần Điện lực {place}", kind=AgencyKind.OTHER)
    holding = AgencyMatcher(province)
    for written in POWER:
        for text in (written.format(place=place), without_diacritics(written.format(place=place))):
            assert holding.match(text).agency == company, text


@pytest.mark.django_db
def test_the_power_company_is_created_with_the_legal_form_its_name_writes():
    matcher = AgencyMatcher(ProvinceFactory(name="Khánh Hòa", code="khanh-hoa"))
    body = matcher.catalogue.body("cong-ty-dien-luc")
    for text, name in [
        ("Công ty CP Điện lực Khánh Hòa", "Công ty Cổ phần Điện lực Khánh Hòa"),
        ("Cong ty CP Dien luc Khanh Hoa", "Công ty Cổ phần Điện lực Khánh Hòa"),
        ("Công ty TNHH MTV Điện lực tỉnh", "Công ty Trách nhiệm hữu hạn Một thành viên Điện lực Khánh Hòa"),
        ("Công ty Điện lực tỉnh", "Công ty Điện lực Khánh Hòa"),
    ]:
        assert matcher.name_to_create(text, body) == name, text


# (written, the name it is created under where the province holds no board)
ZONES = [
    ("BQL KKT Vân Phong", "Ban Quản lý Khu kinh tế Vân Phong"),
    ("Ban Quản lý Khu kinh tế Vân Phong", "Ban Quản lý Khu kinh tế Vân Phong"),
    ("Ban QL KKT Dung Quất", "Ban Quản lý Khu kinh tế Dung Quất"),
    ("BQL KKT Nghi Sơn và các KCN", "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"),
    ("BQL KKT Nghi Son va cac KCN", "Ban Quan ly Khu kinh te Nghi Son va cac khu cong nghiep"),
]


@pytest.mark.django_db
def test_a_board_named_after_its_zone_is_the_economic_zone_board():
    province = ProvinceFactory(name="Thanh Hóa", code="thanh-hoa")
    lacking = AgencyMatcher(province)
    body = lacking.catalogue.body("ban-quan-ly-khu-kinh-te")
    for text, name in ZONES:
        found = lacking.match(text)
        assert proposed(found) == [body.key], text
        assert lacking.name_to_create(text, body) == name
    board = AgencyFactory(province=province, name="Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp")
    holding = AgencyMatcher(province)
    for text, _name in ZONES:
        assert holding.match(text).agency == board, text


@pytest.mark.django_db
def test_hoi_dn_in_a_new_province_is_proposed_as_its_general_business_association():
    province, _created = create_province("Quảng Trị", datetime.date(2025, 12, 1))
    matcher = AgencyMatcher(province)
    for text in ("Hội DN tỉnh", "Hoi DN tinh", "Hội Doanh nghiệp tỉnh Quảng Trị", "Hoi Doanh nghiep"):
        found = matcher.match(text)
        assert (found.agency, proposed(found)) == (None, ["hiep-hoi-doanh-nghiep-tinh"]), text
    assert proposed(matcher.match("Hội DNT tỉnh")) == ["hoi-doanh-nhan-tre-tinh"]
    assert proposed(matcher.match("Hoi DNNVV tinh")) == ["hoi-doanh-nghiep-nho-va-vua-tinh"]


def test_short_forms_are_written_out_from_one_table():
    assert written_in_full("BQL các CCN, UBND TX") == "Ban Quản lý các cụm công nghiệp, Ủy ban nhân dân thị xã"
    assert written_in_full("Cong ty CP Nuoc sach") == "Cong ty Co phan Nuoc sach"
    assert legal_form("Công ty TNHH MTV Xổ số kiến thiết") == "Trách nhiệm hữu hạn Một thành viên"
    assert legal_form("Công ty Điện lực") == ""


@pytest.mark.django_db
def test_a_cell_naming_common_bodies_is_cut_where_each_ends():
    matcher = AgencyMatcher(ProvinceFactory(name="Nghệ An", code="nghe-an"))
    cell = "Phòng Cảnh sát PCCC và CNCH, Bưu điện tỉnh và Công ty CP Điện lực Nghệ An; BQL KKT Đông Nam Nghệ An"
    for written in (cell, without_diacritics(cell)):
        names = split_known(written, matcher)
        assert [proposed(matcher.match(name)) for name in names] == [
            ["cong-an-tinh"],
            ["buu-dien-tinh"],
            ["cong-ty-dien-luc"],
            ["ban-quan-ly-khu-kinh-te"],
        ], names


@pytest.mark.parametrize("written", ["Bưu điện tỉnh", "BĐ tỉnh", "Bưu điện tỉnh Sơn La", "Bưu điện"])
def test_a_post_the_province_lacks_is_created_as_buu_dien_tinh_as_cong_an_tinh_is(db, written):
    """The post is named as the province's other bodies of a central organisation are (`Công an tỉnh`, `Kho bạc Nhà
    nước tỉnh`), not after the province: two offices writing `Bưu điện tỉnh` expected that name."""
    province, _agencies = create_province("Sơn La", datetime.date(2024, 3, 1))
    matcher = AgencyMatcher(province)
    body = catalogue().body("buu-dien-tinh")

    for spelling in (written, without_diacritics(written)):
        found = matcher.match(spelling)
        assert (found.agency, [proposal.key for proposal in found.proposals]) == (None, ["buu-dien-tinh"]), spelling
        assert matcher.name_to_create(spelling, body) == "Bưu điện tỉnh", spelling
