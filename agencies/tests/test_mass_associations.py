"""The provincial mass associations, the court, the procuracy and the other bodies plans name by their full names
(issue #12): each, written in full or as staff shorten it, with or without diacritics, is the one catalogue body a
province made by create_province lacks, proposed for it, never two bodies nor none."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.services import create_province

from .bodies import without_diacritics

WRITTEN = {
    "Hội Chữ thập đỏ tỉnh Hà Tĩnh": "hoi-chu-thap-do-tinh",
    "Hội Người cao tuổi": "hoi-nguoi-cao-tuoi-tinh",
    "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hà Tĩnh": "lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh",
    "Liên hiệp Hội KH&KT tỉnh": "lien-hiep-cac-hoi-khoa-hoc-va-ky-thuat-tinh",
    "Hội Khuyến học tỉnh Hà Tĩnh": "hoi-khuyen-hoc-tinh",
    "Hội Nhà báo": "hoi-nha-bao-tinh",
    "Hội Luật gia tỉnh": "hoi-luat-gia-tinh",
    "Hội Cựu Thanh niên xung phong tỉnh": "hoi-cuu-thanh-nien-xung-phong-tinh",
    "Hội Nạn nhân chất độc da cam/dioxin tỉnh": "hoi-nan-nhan-chat-doc-da-cam-tinh",
    "Hội Nạn nhân chất độc da cam tỉnh Hà Tĩnh": "hoi-nan-nhan-chat-doc-da-cam-tinh",
    "Liên hiệp các tổ chức hữu nghị tỉnh": "lien-hiep-cac-to-chuc-huu-nghi-tinh",
    "Hội Văn học nghệ thuật tỉnh": "lien-hiep-cac-hoi-van-hoc-nghe-thuat-tinh",
    "Liên hiệp các Hội VHNT": "lien-hiep-cac-hoi-van-hoc-nghe-thuat-tinh",
    "Trung tâm Phục vụ hành chính công tỉnh": "trung-tam-phuc-vu-hanh-chinh-cong-tinh",
    "Trung tâm PVHCC tỉnh Hà Tĩnh": "trung-tam-phuc-vu-hanh-chinh-cong-tinh",
    "Tòa án nhân dân tỉnh Hà Tĩnh": "toa-an-nhan-dan-tinh",
    "Viện Kiểm sát nhân dân tỉnh Hà Tĩnh": "vien-kiem-sat-nhan-dan-tinh",
    "Đài Khí tượng Thủy văn tỉnh Hà Tĩnh": "dai-khi-tuong-thuy-van-tinh",
    "Quỹ Đầu tư phát triển tỉnh Hà Tĩnh": "quy-dau-tu-phat-trien-tinh",
    "Văn phòng Điều phối nông thôn mới tỉnh Hà Tĩnh": "van-phong-dieu-phoi-nong-thon-moi",
    "VP Điều phối NTM tỉnh": "van-phong-dieu-phoi-nong-thon-moi",
    "VPĐP NTM": "van-phong-dieu-phoi-nong-thon-moi",
    "Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới tỉnh": "van-phong-dieu-phoi-nong-thon-moi",
}


@pytest.fixture
def ha_tinh(db):
    province, _agencies = create_province("Hà Tĩnh", datetime.date(2025, 8, 1))
    return province


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("written", "key"), WRITTEN.items())
def test_each_is_the_one_body_proposed(ha_tinh, written, key, plain):
    found = AgencyMatcher(ha_tinh, datetime.date(2026, 3, 1)).match(without_diacritics(written) if plain else written)

    assert (found.agency, found.candidates, [body.key for body in found.proposals]) == (None, [], [key])
