"""Seed 001: Công văn 953/UBND-CNXD of 10/3/2021 (Quảng Ngãi) on rural industry promotion (khuyến công) 2021–2025.

The file layout is described in doc000. Item 1's letters are the document's: a b c d e g h i
(Vietnamese lists skip f). Where an item says "X phối hợp với Sở Công Thương tham mưu" (2, 3),
X is the agency the item is addressed to and does the work: X leads, Sở Công Thương coordinates.
Item 4 asks three bodies to support Sở Công Thương: Sở Công Thương leads the khuyến công work they
support and they coordinate, so their contributions reach it. Timeframes are the document's own
words where it has any ("hàng năm", "Định kỳ", "Thường xuyên"); the other items name no time.
"""

DIRECTIVE = {
    "province": "quang-ngai",
    "kind": "cong_van",
    "number": "953",
    "symbol": "UBND-CNXD",
    "issuing_agency": "Ủy ban nhân dân tỉnh Quảng Ngãi",
    "place": "Quảng Ngãi",
    "issued_on": "2021-03-10",
    "subject": (
        "V/v đẩy mạnh các hoạt động khuyến công, tạo động lực cho phát triển công nghiệp nông thôn giai đoạn "
        "2021-2025 trên địa bàn tỉnh"
    ),
    "signer_name": "Trần Phước Hiền",
    "signer_capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
    "recipients": (
        "Kính gửi:\n"
        "- Các Sở: Công Thương, Tài chính, Nội vụ;\n"
        "- Ban QL Khu kinh tế Dung Quất và các KCN Quảng Ngãi;\n"
        "- UBND các huyện, thị xã, thành phố.\n"
        "\n"
        "Nơi nhận:\n"
        "- Như trên;\n"
        "- Bộ Công Thương (báo cáo);\n"
        "- Thường trực Tỉnh ủy (báo cáo);\n"
        "- Thường trực HĐND tỉnh;\n"
        "- Chủ tịch, PCT UBND tỉnh;\n"
        "- Các Sở: Kế hoạch và Đầu tư, Khoa học và Công nghệ, Nông nghiệp và Phát triển nông thôn, Tư pháp;\n"
        "- VPUB: CVP, PCVP, KT, NNTN, CBTH;\n"
        "- Lưu: VT, CNXD. pbc109"
    ),
    "monitoring_agency": "Sở Công Thương",
    "note": "",
}

LINKS = [
    {
        "relation": "implements",
        "reference": "04/CT-BCT",
        "issued_on": "2021-02-19",
        "issuer": "Bộ trưởng Bộ Công Thương",
        "title": (
            "Chỉ thị số 04/CT-BCT ngày 19/02/2021 của Bộ trưởng Bộ Công Thương về việc đẩy mạnh các hoạt động "
            "khuyến công, tạo động lực mới cho phát triển công nghiệp nông thôn giai đoạn 2021-2025"
        ),
    },
]

SCHEDULES = []

_SCT = "Sở Công Thương"
_DEPARTMENTS = "các sở, ngành liên quan"
_DISTRICTS = "UBND các huyện, thị xã, thành phố"

TASKS = [
    {
        "code": "1",
        "label": "1.",
        "heading": True,
        "text": "Sở Công Thương",
        "children": [
            {
                "code": "1.a",
                "label": "a)",
                "text": (
                    "Chủ trì, phối hợp với các sở, ngành liên quan, UBND các huyện, thị xã, thành phố triển khai "
                    "thực hiện có hiệu quả các hoạt động khuyến công; tổ chức quán triệt sâu sắc vị trí, vai trò "
                    "của công tác khuyến công trong quá trình công nghiệp hoá, hiện đại hoá nông nghiệp nông thôn."
                ),
                "lead": [_SCT],
                "coordinating": [_DEPARTMENTS, _DISTRICTS],
            },
            {
                "code": "1.b",
                "label": "b)",
                "text": (
                    "Tổ chức tuyên truyền, phổ biến các chủ trương, chính sách pháp luật về khuyến công: Nghị định "
                    "số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công, Chỉ thị số 04/CT-BCT ngày "
                    "19/02/2021 của Bộ trưởng Bộ Công Thương về việc đẩy mạnh các hoạt động khuyến công, tạo động "
                    "lực mới cho phát triển công nghiệp nông thôn giai đoạn 2021-2025, Thông tư số 28/2018/TT-BTC "
                    "ngày 08/3/2018 của Bộ trưởng Bộ Tài chính hướng dẫn lập, quản lý, sử dụng kinh phí khuyến "
                    "công, Quyết định số 32/2020/QĐ-UBND ngày 24/11/2020 của UBND tỉnh về việc ban hành Quy chế "
                    "quản lý, sử dụng kinh phí khuyến công và quy định mức chi cho các hoạt động khuyến công địa "
                    "phương trên địa bàn tỉnh và các văn bản hướng dẫn của Bộ, ngành Trung ương và địa phương về "
                    "triển khai thực hiện các chính sách khuyến công."
                ),
                "lead": [_SCT],
            },
            {
                "code": "1.c",
                "label": "c)",
                "text": (
                    "Chủ trì, phối hợp với các sở, ngành liên quan và UBND các huyện, thị xã, thành phố tổ chức "
                    "thực hiện các nội dung hoạt động khuyến công theo Quyết định số 1881/QĐ-TTg ngày 20/11/2020 "
                    "của Thủ tướng Chính phủ về việc phê duyệt Chương trình khuyến công quốc gia, giai đoạn 2021 - "
                    "2025, Quyết định số 1894/QĐ-UBND ngày 12/12/2020 của Chủ tịch UBND tỉnh về việc phê duyệt "
                    "Chương trình khuyến công tỉnh Quảng Ngãi giai đoạn 2021 - 2025."
                ),
                "lead": [_SCT],
                "coordinating": [_DEPARTMENTS, _DISTRICTS],
            },
            {
                "code": "1.d",
                "label": "d)",
                "text": (
                    "Rà soát, tham mưu UBND tỉnh sửa đổi, bổ sung, hoàn thiện hệ thống văn bản quy phạm pháp luật "
                    "về khuyến công cho phù hợp với quy định pháp luật hiện hành và tình hình thực tiễn của địa "
                    "phương."
                ),
                "lead": [_SCT],
            },
            {
                "code": "1.e",
                "label": "e)",
                "text": (
                    "Hướng dẫn, chỉ đạo Trung tâm Khuyến công và Xúc tiến thương mại Quảng Ngãi xây dựng và triển "
                    "khai thực hiện đề án khuyến công quốc gia và địa phương hàng năm; trong đó, tập trung xây dựng "
                    "các đề án điểm, đề án nhóm theo hướng hỗ trợ có trọng tâm, trọng điểm phù hợp với tiềm năng, "
                    "lợi thế của tỉnh. Chú trọng các nội dung hỗ trợ mô hình trình diễn kỹ thuật sản xuất, chế biến "
                    "nông lâm thủy sản, mô hình ứng dụng công nghệ cao trong sản xuất công nghiệp; ứng dụng máy móc "
                    "thiết bị, công nghệ tiên tiến nhằm nâng cao năng suất, chất lượng sản phẩm, sản xuất sạch, tiết "
                    "kiệm năng lượng, thân thiện môi trường và phát triển bền vững, hỗ trợ phát triển các sản phẩm "
                    "công nghiệp nông thôn tiêu biểu, các sản phẩm trong chương trình mỗi xã một sản phẩm. Thực hiện "
                    "có chất lượng và hiệu quả các nội dung hoạt động khuyến công, đảm bảo huy động, phát huy tối đa "
                    "nguồn lực, năng lực hiện có của các cơ sở công nghiệp nông thôn."
                ),
                "timeframe": "hàng năm",
                "lead": [_SCT],
            },
            {
                "code": "1.g",
                "label": "g)",
                "text": (
                    "Tăng cường công tác kiểm tra, giám sát việc sử dụng kinh phí khuyến công đảm bảo đúng đối "
                    "tượng, mục đích, quy định của pháp luật hiện hành và đạt hiệu quả."
                ),
                "lead": [_SCT],
            },
            {
                "code": "1.h",
                "label": "h)",
                "text": (
                    "Tăng cường công tác tập huấn bồi dưỡng nghiệp vụ, nâng cao trình độ, năng lực cho đội ngũ cán "
                    "bộ làm công tác khuyến công theo hướng chuyên nghiệp, phù hợp với tình hình mới. Hình thành và "
                    "phát triển mạng lưới cộng tác viên khuyến công ở các xã, phường, thị trấn."
                ),
                "lead": [_SCT],
            },
            {
                "code": "1.i",
                "label": "i)",
                "text": (
                    "Định kỳ đánh giá kết quả thực hiện và đề xuất các giải pháp để triển khai thực hiện có hiệu quả "
                    "các chương trình, kế hoạch khuyến công, báo cáo UBND tỉnh và Bộ Công Thương theo quy định. Đề "
                    "xuất cấp có thẩm quyền kịp thời khen thưởng các tổ chức, cá nhân có thành tích trong công tác "
                    "khuyến công."
                ),
                "timeframe": "Định kỳ",
                "lead": [_SCT],
            },
        ],
    },
    {
        "code": "2",
        "label": "2.",
        "text": (
            "Sở Tài chính phối hợp với Sở Công Thương tham mưu cấp có thẩm quyền bố trí kinh phí để thực hiện Chương "
            "trình khuyến công tỉnh Quảng Ngãi, giai đoạn 2021-2025 (phê duyệt tại Quyết định số 1894/QĐ-UBND ngày "
            "12/12/2020 của Chủ tịch UBND tỉnh) theo khả năng cân đối ngân sách tỉnh, đảm bảo đạt mục tiêu của "
            "Chương trình."
        ),
        "lead": ["Sở Tài chính"],
        "coordinating": [_SCT],
    },
    {
        "code": "3",
        "label": "3.",
        "text": (
            "Sở Nội vụ phối hợp với Sở Công Thương tham mưu việc kiện toàn, sắp xếp tổ chức bộ máy, bố trí đủ biên "
            "chế của Trung tâm Khuyến công và Xúc tiến thương mại Quảng Ngãi để đảm bảo nâng cao hiệu quả hoạt "
            "động, gắn với yêu cầu thực hiện nhiệm vụ khuyến công của ngành Công Thương."
        ),
        "lead": ["Sở Nội vụ"],
        "coordinating": [_SCT],
    },
    {
        "code": "4",
        "label": "4.",
        "text": (
            "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi, UBND các huyện, thị xã, thành phố "
            "và các sở, ngành có liên quan tăng cường công tác phối hợp, hỗ trợ Sở Công Thương trong việc tuyên "
            "truyền, phổ biến chính sách pháp luật về khuyến công, công tác xây dựng kế hoạch và tổ chức thực hiện "
            "các hoạt động khuyến công hàng năm."
        ),
        "timeframe": "hàng năm",
        "lead": [_SCT],
        "coordinating": [
            "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
            _DISTRICTS,
            "các sở, ngành có liên quan",
        ],
    },
    {
        "code": "5",
        "label": "5.",
        "heading": True,
        "text": "UBND các huyện, thị xã, thành phố",
        "children": [
            {
                "code": "5.a",
                "label": "a)",
                "text": (
                    "Xây dựng và triển khai thực hiện kế hoạch khuyến công hàng năm của địa phương để hỗ trợ phát "
                    "triển công nghiệp nông thôn trên địa bàn phù hợp tình hình thực tế và khả năng cân đối ngân "
                    "sách của địa phương."
                ),
                "timeframe": "hàng năm",
                "lead": [_DISTRICTS],
            },
            {
                "code": "5.b",
                "label": "b)",
                "text": (
                    "Thường xuyên rà soát, nắm bắt về tình hình, nhu cầu được hỗ trợ về khuyến công của các cơ sở "
                    "sản xuất trên địa bàn; phối hợp, hướng dẫn đơn vị đăng ký kế hoạch khuyến công hàng năm."
                ),
                "timeframe": "Thường xuyên",
                "lead": [_DISTRICTS],
            },
        ],
    },
]
