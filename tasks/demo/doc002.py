"""Seed 002: Công văn /SCT-QLCN of 03/12/2021 (Sở Công Thương Quảng Ngãi), a draft without a number.

The file layout is described in doc000. An ad hoc request: each addressed body sends its input
to Sở Công Thương before 17h00 the same day. Where an item names two bodies side by side
(1, 2), both do the work and neither is named first by rank: they are co-leads.
"""

DIRECTIVE = {
    "province": "quang-ngai",
    "kind": "cong_van",
    "number": "",
    "symbol": "SCT-QLCN",
    "issuing_agency": "Sở Công Thương",
    "place": "Quảng Ngãi",
    "issued_on": "2021-12-03",
    "subject": (
        "Chuẩn bị nội dung, tài liệu Hội nghị trực tuyến Phiên toàn thể Diễn đàn cấp cao thường niên về Công "
        "nghiệp 4.0 tại các địa phương"
    ),
    "signer_name": "Hà Đức Thắng",
    "signer_capacity": "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC",
    "recipients": (
        "Kính gửi:\n"
        "- Các sở: Kế hoạch và Đầu tư, Y tế; Thông tin và Truyền thông; Khoa học và Công nghệ.\n"
        "- Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi;\n"
        "\n"
        "Nơi nhận:\n"
        "- Như trên;\n"
        "- GĐ, các PGĐ Sở;\n"
        "- Lưu: VT, QLCN."
    ),
    "monitoring_agency": "Sở Công Thương",
    "note": "Văn bản chưa có số (Số: /SCT-QLCN).",
}

LINKS = [
    {
        "relation": "implements",
        "reference": "6533/UBND-KTN",
        "issued_on": "2021-12-03",
        "issuer": "Chủ tịch UBND tỉnh Quảng Ngãi",
        "title": (
            "Công văn số 6533/UBND-KTN ngày 03/12/2021 về việc Hội nghị trực tuyến Phiên toàn thể Diễn đàn cấp cao "
            'thường niên về Công nghiệp 4.0 tại các địa phương với chủ đề "Phục hồi và phát triển kinh tế bền vững '
            'thời kỳ hậu Covid-19 và đẩy mạnh công nghiệp hóa, hiện đại hóa trong kỷ nguyên số"'
        ),
    },
]

_DEADLINE = "trước 17h00 ngày 03/12/2021"

SCHEDULES = [
    {
        "kind": "ad_hoc",
        "original_text": (
            "Đề nghị các Đơn vị báo cáo về Sở Công Thương trước 17h00 ngày 03/12/2021 để Sở Công Thương tổng hợp, "
            "kiến nghị UBND tỉnh."
        ),
        "due_at": "2021-12-03 17:00",
        # Every addressed body reports: no single reporting agency.
        "reporting_agency": None,
        "report_to": "Sở Công Thương",
    },
]

_BQL = "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi"

TASKS = [
    {
        "code": "1",
        "label": "1.",
        "text": (
            "Sở Kế hoạch và Đầu tư, Sở Y tế: Có ý kiến đề xuất đối với khung chính sách phục hồi và phát triển kinh "
            "tế xã hội của Việt Nam gắn với phòng, chống dịch Covid-19 giai đoạn 2021-2023;"
        ),
        "timeframe": _DEADLINE,
        "co_lead": ["Sở Kế hoạch và Đầu tư", "Sở Y tế"],
    },
    {
        "code": "2",
        "label": "2.",
        "text": (
            "Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông có báo cáo, đề xuất kiến nghị mô hình, chính "
            "sách đẩy mạnh công nghiệp hóa, hiện đại hóa trên nền tảng khoa học công nghệ và đổi mới sáng tạo để "
            "thực hiện hóa mục tiêu đến năm 2030, Việt Nam là nước đang phát triển có công nghiệp hiện đại, thu "
            "nhập trung bình cao; đến năm 2045 trở thành nước phát triển và có thu nhập cao, trở thành một trong "
            "những trung tâm sản xuất và dịch vụ thông minh của khu vực châu Á."
        ),
        "timeframe": _DEADLINE,
        "co_lead": ["Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông"],
    },
    {
        "code": "3",
        "label": "3.",
        "text": (
            "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi theo chức năng nhiệm vụ, nghiên cứu kiến nghị các nội "
            "dung trong việc tháo gỡ khó khăn cho doanh nghiệp, thích ứng an toàn trong tình hình dịch bệnh "
            "Covid-19 và các đề xuất liên quan hai nội dung trên."
        ),
        "timeframe": _DEADLINE,
        "lead": [_BQL],
    },
]
