"""Seed 000: Công văn /UBND-CNXD of 05/6/2019 (Quảng Ngãi), an unnumbered draft on the supporting-industry workshop.

How the document files read (all five share it):
- DIRECTIVE: the metadata; `issuing_agency` and `monitoring_agency` are agency names of the province.
- LINKS: the documents it rests on, carries out or refers to (reference-only: not directives here).
- SCHEDULES: when reports are due, as the text fixes them.
- TASKS: the outline in document order. A node has `code` (its place, unique in the document),
  `label` (as printed: `1.`, `a)`, `*`, `-`), `text`, and optionally `heading: True`, `sector`,
  `timeframe` (the words of the document; read by tasks.timeframes), the roles `lead`, `co_lead`,
  `executing`, `coordinating` (lists of agency names as the document writes them, or
  `(words as written, agency name)` pairs when the words name the agency loosely), `targets`
  and `children`. Children inherit their parent's sector.
"""

DIRECTIVE = {
    "province": "quang-ngai",
    "kind": "cong_van",
    "number": "",
    "symbol": "UBND-CNXD",
    "issuing_agency": "Ủy ban nhân dân tỉnh Quảng Ngãi",
    "place": "Quảng Ngãi",
    "issued_on": "2019-06-05",
    "subject": (
        "V/v tổ chức Hội thảo về phát triển công nghiệp hỗ trợ và xây dựng Đề án Phát triển công nghiệp hỗ trợ "
        "tỉnh Quảng Ngãi"
    ),
    "signer_name": "Nguyễn Tăng Bính",
    "signer_capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
    "recipients": (
        "Kính gửi: Sở Công Thương\n"
        "\n"
        "Nơi nhận:\n"
        "- Như trên;\n"
        "- Thường trực Tỉnh ủy (báo cáo);\n"
        "- Thường trực HĐND tỉnh;\n"
        "- CT, các PCT UBND tỉnh;\n"
        "- Các Sở: Kế hoạch và Đầu tư, Tài chính;\n"
        "- VPUB: CVP, KT, TH, CBTH;\n"
        "- Lưu: VT, CNXD (trung204)"
    ),
    "monitoring_agency": "Sở Công Thương",
    "note": "Văn bản chưa có số (Số: /UBND-CNXD).",
}

LINKS = [
    {
        "relation": "related",
        "reference": "898/SCT-KHTCTH",
        "issued_on": "2019-05-21",
        "issuer": "Sở Công Thương tỉnh Quảng Ngãi",
        "title": (
            "Công văn số 898/SCT-KHTCTH ngày 21/5/2019 của Sở Công Thương về tình hình tổ chức Hội thảo công nghiệp "
            "hỗ trợ gắn kết với Đề án công nghiệp hỗ trợ và hình thành Trung tâm công nghiệp hỗ trợ "
            "(văn bản đề nghị mà công văn này trả lời)"
        ),
    },
    {
        "relation": "related",
        "reference": "70/TB-VPCP",
        "issued_on": "2019-02-21",
        "issuer": "Văn phòng Chính phủ",
        "title": (
            "Thông báo số 70/TB-VPCP ngày 21/02/2019: chỉ đạo của Thủ tướng Chính phủ Nguyễn Xuân Phúc về việc xây "
            "dựng Trung tâm kỹ thuật của địa phương hỗ trợ doanh nghiệp vừa và nhỏ trong lĩnh vực công nghiệp và "
            "công nghiệp hỗ trợ"
        ),
    },
]

SCHEDULES = []

TASKS = [
    {
        "code": "1",
        "label": "1.",
        "text": (
            "Về việc tổ chức Hội thảo phát triển công nghiệp hỗ trợ gắn với xây dựng Đề án phát triển công nghiệp "
            "hỗ trợ tỉnh Quảng Ngãi đến năm 2025, tầm nhìn đến năm 2030: Thống nhất việc tổ chức Hội thảo về phát "
            "triển công nghiệp hỗ trợ với quy mô, phạm vi cấp tỉnh. Giao Sở Công Thương chủ động xây dựng kế "
            "hoạch, mời đại diện lãnh đạo một số Bộ, ban ngành Trung ương và các chuyên gia trong lĩnh vực tham "
            "gia Hội thảo; trên cơ sở ý kiến tham gia góp ý của các đại biểu tham dự Hội thảo, Sở Công Thương có "
            "trách nhiệm chỉnh sửa và hoàn thiện nội dung Đề án phát triển công nghiệp hỗ trợ tỉnh Quảng Ngãi, làm "
            "cơ sở thông qua Hội đồng thẩm định Đề án và trình UBND tỉnh xem xét, phê duyệt theo quy định."
        ),
        "lead": ["Sở Công Thương"],
    },
    {
        "code": "2",
        "label": "2.",
        "text": (
            "Về việc thành lập Trung tâm kỹ thuật hỗ trợ phát triển công nghiệp tại tỉnh Quảng Ngãi: Giao Sở Công "
            "Thương nghiên cứu đề xuất trong Đề án phát triển công nghiệp hỗ trợ tỉnh Quảng Ngãi đến năm 2025, tầm "
            "nhìn đến năm 2030 các giải pháp để hỗ trợ các doanh nghiệp vừa và nhỏ trong lĩnh vực công nghiệp và "
            "công nghiệp hỗ trợ; nghiên cứu và báo cáo tham mưu, đề xuất UBND tỉnh triển khai chỉ đạo Thủ tướng "
            "Chính phủ Nguyễn Xuân Phúc tại Thông báo số 70/TB-VPCP ngày 21/02/2019 về việc xây dựng Trung tâm kỹ "
            "thuật của địa phương nhằm hỗ trợ cho các doanh nghiệp vừa và nhỏ trong lĩnh vực công nghiệp và công "
            "nghiệp hỗ trợ."
        ),
        "lead": ["Sở Công Thương"],
    },
]
