"""A province's bodies as offices name them, for the matching and splitting tests (names from the seeds and the
directives in ../shared)."""

import unicodedata

from agencies.models import AgencyKind
from agencies.tests.factories import AgencyFactory, ProvinceFactory

# Quảng Ngãi's bodies as a province writes them (names from the seeds and the directives in ../shared).
QUANG_NGAI = {
    "Ủy ban nhân dân tỉnh Quảng Ngãi": AgencyKind.PEOPLES_COMMITTEE,
    "Văn phòng UBND tỉnh Quảng Ngãi": AgencyKind.OFFICE,
    "Sở Công Thương": AgencyKind.DEPARTMENT,
    "Sở Kế hoạch và Đầu tư": AgencyKind.DEPARTMENT,
    "Sở Tài chính": AgencyKind.DEPARTMENT,
    "Sở Nội vụ": AgencyKind.DEPARTMENT,
    "Sở Tư pháp": AgencyKind.DEPARTMENT,
    "Sở Xây dựng": AgencyKind.DEPARTMENT,
    "Sở Giao thông vận tải": AgencyKind.DEPARTMENT,
    "Sở Tài nguyên và Môi trường": AgencyKind.DEPARTMENT,
    "Sở Nông nghiệp và Phát triển nông thôn": AgencyKind.DEPARTMENT,
    "Sở Nông nghiệp và Môi trường": AgencyKind.DEPARTMENT,
    "Sở Lao động - Thương binh và Xã hội": AgencyKind.DEPARTMENT,
    "Sở Văn hóa, Thể thao và Du lịch": AgencyKind.DEPARTMENT,
    "Sở Giáo dục và Đào tạo": AgencyKind.DEPARTMENT,
    "Sở Thông tin và Truyền thông": AgencyKind.DEPARTMENT,
    "Sở Khoa học và Công nghệ": AgencyKind.DEPARTMENT,
    "Sở Y tế": AgencyKind.DEPARTMENT,
    "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi": AgencyKind.BOARD,
    "Công an tỉnh Quảng Ngãi": AgencyKind.OTHER,
    "Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi": AgencyKind.OTHER,
    "Cục Thuế tỉnh Quảng Ngãi": AgencyKind.OTHER,
    "Kho bạc Nhà nước Quảng Ngãi": AgencyKind.OTHER,
    "Ngân hàng Nhà nước chi nhánh tỉnh Quảng Ngãi": AgencyKind.OTHER,
    "Cục Quản lý thị trường tỉnh Quảng Ngãi": AgencyKind.OTHER,
    "Đài Phát thanh - Truyền hình Quảng Ngãi": AgencyKind.UNIT,
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Ngãi": AgencyKind.ASSOCIATION,
    "Tỉnh đoàn Quảng Ngãi": AgencyKind.ASSOCIATION,
    "Hội Nông dân tỉnh Quảng Ngãi": AgencyKind.ASSOCIATION,
    "Hội Liên hiệp Phụ nữ tỉnh Quảng Ngãi": AgencyKind.ASSOCIATION,
    "Liên đoàn Lao động tỉnh Quảng Ngãi": AgencyKind.ASSOCIATION,
    "Hiệp hội Doanh nghiệp tỉnh Quảng Ngãi": AgencyKind.ASSOCIATION,
    "Trung tâm Khuyến công và Xúc tiến thương mại Quảng Ngãi": AgencyKind.UNIT,
    "UBND huyện Bình Sơn": AgencyKind.DISTRICT,
    "UBND huyện Sơn Tịnh": AgencyKind.DISTRICT,
    "UBND huyện Sơn Tây": AgencyKind.DISTRICT,
    "UBND huyện Đức Phổ": AgencyKind.DISTRICT,
    "UBND huyện Lý Sơn": AgencyKind.DISTRICT,
    "UBND thành phố Quảng Ngãi": AgencyKind.DISTRICT,
}
BQL = "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"


def create_quang_ngai():
    province = ProvinceFactory()
    for name, kind in QUANG_NGAI.items():
        AgencyFactory(name=name, kind=kind, province=province)
    AgencyFactory(name="Bộ Công Thương", province=None, kind=AgencyKind.CENTRAL)
    return province


def without_diacritics(value):
    """Text typed without a Vietnamese keyboard: `Sở Kế hoạch và Đầu tư` -> `So Ke hoach va Dau tu`; a cell that is
    not text (a number, a date, nothing) is passed through."""
    if not isinstance(value, str):
        return value
    value = value.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c))
