"""Seed 003: Quyết định of UBND tỉnh Thái Nguyên approving the supporting-industry programme 2021–2025.

The file layout is described in doc000. Decisions made in transcribing:
- The text starts at the title: the header with the number, the place and the date is not in it, so
  number, place and date are left empty (the decision follows Tờ trình 1785/TTr-SCT of 09/9/2021).
  The symbol QĐ-UBND is the form every decision of UBND tỉnh takes (as 1762/QĐ-UBND it cites).
- Điều 1 approves the programme's content. Its objectives (I.2.x bullets) are tasks and carry the
  growth targets; its purposes, requirements and the programme's activities (II, III) are headings,
  because Điều 2 is where the work is given to agencies. IV's first bullet gives Sở Công Thương a
  yearly duty and is a task.
- Điều 2 keeps the document's numbering: it goes from 5 to 7 (there is no 6).
- Typos of the source are corrected: "Phân đầu" → "Phấn đấu", "chuyên giao" → "chuyển giao", "và và" → "và".
- Bodies the text names too loosely to be an agency ("Chủ đầu tư các cụm công nghiệp", "các cơ quan,
  đơn vị liên quan") are left out of the assignments; the task text keeps them.
- "Thông tư số 29/2018/TT-BCT ngày 28/3/2018 của Bộ Tài chính" is transcribed as the source cites it.
"""

DIRECTIVE = {
    "province": "thai-nguyen",
    "kind": "quyet_dinh",
    "number": "",
    "symbol": "QĐ-UBND",
    "issuing_agency": "Ủy ban nhân dân tỉnh Thái Nguyên",
    "place": "",
    "issued_on": None,
    "subject": "Về việc phê duyệt Chương trình phát triển công nghiệp hỗ trợ tỉnh Thái Nguyên giai đoạn 2021-2025",
    "signer_name": "Lê Quang Tiến",
    "signer_capacity": "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
    "recipients": (
        "Nơi nhận:\n"
        "- Như Điều 3;\n"
        "- Lưu: VT, CNN&XD.\n"
        "\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố, "
        "thị xã và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này."
    ),
    "monitoring_agency": "Sở Công Thương",
    "note": (
        "Số, ngày ban hành và địa danh không có trong văn bản nguồn (thiếu phần đầu văn bản); ký hiệu QĐ-UBND "
        "theo thể thức quyết định của UBND tỉnh. Ban hành theo đề nghị tại Tờ trình số 1785/TTr-SCT ngày "
        "09/9/2021 của Sở Công Thương."
    ),
}

_CHINH_PHU = "Chính phủ"
_TTG = "Thủ tướng Chính phủ"

LINKS = [
    {
        "relation": "based_on",
        "reference": "",
        "issued_on": None,
        "issuer": "Quốc hội",
        "title": "Luật Tổ chức chính quyền địa phương năm 2015",
    },
    {
        "relation": "based_on",
        "reference": "115/NQ-CP",
        "issued_on": "2020-08-06",
        "issuer": _CHINH_PHU,
        "title": "Nghị quyết số 115/NQ-CP ngày 06/8/2020 của Chính phủ về các giải pháp thúc đẩy phát triển công "
        "nghiệp hỗ trợ",
    },
    {
        "relation": "based_on",
        "reference": "111/2015/NĐ-CP",
        "issued_on": "2015-11-03",
        "issuer": _CHINH_PHU,
        "title": "Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ về phát triển công nghiệp hỗ trợ",
    },
    {
        "relation": "based_on",
        "reference": "68/QĐ-TTg",
        "issued_on": "2017-01-18",
        "issuer": _TTG,
        "title": "Quyết định số 68/QĐ-TTg ngày 18/01/2017 của Thủ tướng Chính phủ về việc phê duyệt Chương trình "
        "phát triển công nghiệp hỗ trợ từ năm 2016 đến năm 2025",
    },
    {
        "relation": "based_on",
        "reference": "10/2017/QĐ-TTg",
        "issued_on": "2017-04-03",
        "issuer": _TTG,
        "title": "Quyết định số 10/2017/QĐ-TTg ngày 03/4/2017 của Thủ tướng Chính phủ ban hành Quy chế quản lý và "
        "thực hiện Chương trình phát triển công nghiệp hỗ trợ",
    },
    {
        "relation": "based_on",
        "reference": "29/2018/TT-BCT",
        "issued_on": "2018-03-28",
        "issuer": "Bộ Tài chính",
        "title": "Thông tư số 29/2018/TT-BCT ngày 28/3/2018 của Bộ Tài chính hướng dẫn lập, quản lý và sử dụng kinh "
        "phí Chương trình phát triển công nghiệp hỗ trợ (trích dẫn như văn bản nguồn)",
    },
    {
        "relation": "based_on",
        "reference": "2793/QĐ-BCT",
        "issued_on": "2020-10-30",
        "issuer": "Bộ Công Thương",
        "title": "Quyết định số 2793/QĐ-BCT ngày 30/10/2020 của Bộ Công Thương ban hành Kế hoạch hành động của Bộ "
        "Công Thương thực hiện Nghị quyết số 115/NQ-CP ngày 06/8/2020 của Chính phủ về các giải pháp thúc "
        "đẩy phát triển công nghiệp hỗ trợ",
    },
    {
        "relation": "based_on",
        "reference": "1762/QĐ-UBND",
        "issued_on": "2021-06-01",
        "issuer": "UBND tỉnh Thái Nguyên",
        "title": "Quyết định số 1762/QĐ-UBND ngày 01/6/2021 của UBND tỉnh Thái Nguyên phê duyệt Chương trình phát "
        "triển công nghiệp, tiểu thủ công nghiệp tỉnh Thái Nguyên giai đoạn 2021-2025",
    },
    {
        "relation": "related",
        "reference": "1785/TTr-SCT",
        "issued_on": "2021-09-09",
        "issuer": "Sở Công Thương tỉnh Thái Nguyên",
        "title": "Tờ trình số 1785/TTr-SCT ngày 09/9/2021 của Giám đốc Sở Công Thương (đề nghị ban hành Quyết định)",
    },
]

_REPORTING = "trước ngày 10 của tháng cuối Quý và trước ngày 10/11 hàng năm"

SCHEDULES = [
    {
        "kind": "quarterly",
        "original_text": "trước ngày 10 của tháng cuối Quý",
        "day_of_month": 10,
        "months": "3,6,9,12",
        "reporting_agency": "Sở Công Thương",
        "report_to": "Bộ Công Thương, UBND tỉnh",
    },
    {
        "kind": "annual",
        "original_text": "trước ngày 10/11 hàng năm",
        "day_of_month": 10,
        "months": "11",
        "reporting_agency": "Sở Công Thương",
        "report_to": "Bộ Công Thương, UBND tỉnh",
    },
]

_SCT = "Sở Công Thương"
_SKHDT = "Sở Kế hoạch và Đầu tư"
_STC = "Sở Tài chính"
_DEPARTMENTS = "các sở, ngành liên quan"
_DISTRICTS = "UBND các huyện, thành phố, thị xã"
_PERIOD = "giai đoạn 2021-2025"


def _bullets(code, texts, label="-", heading=True, start=1):
    """Plain bullets of Điều 1 (no agency, no time): children of `code` numbered from `start`."""
    return [
        {"code": f"{code}.{number}", "label": label, "heading": heading, "text": text}
        for number, text in enumerate(texts, start=start)
    ]


def _growth(sector, value, firms, original_growth, original_firms):
    """The two targets 2.1 and 2.2 set: average growth of the sector and growth of its number of firms."""
    return [
        {
            "description": f"Tăng trưởng bình quân công nghiệp hỗ trợ {sector} giai đoạn 2021-2025",
            "unit": "%/năm",
            "comparison": "at_least",
            "value": value,
            "due_year": 2025,
            "original_text": original_growth,
        },
        {
            "description": f"Tăng số lượng doanh nghiệp công nghiệp hỗ trợ {sector}",
            "unit": "%/năm",
            "comparison": "at_least",
            "value": firms,
            "due_year": 2025,
            "original_text": original_firms,
        },
    ]


_ARTICLE_1 = {
    "code": "Điều 1",
    "label": "Điều 1.",
    "heading": True,
    "text": "Phê duyệt Chương trình phát triển công nghiệp hỗ trợ tỉnh Thái Nguyên giai đoạn 2021-2025, với những "
    "nội dung sau:",
    "children": [
        {
            "code": "I",
            "label": "I.",
            "heading": True,
            "text": "MỤC TIÊU",
            "children": [
                {
                    "code": "I.1",
                    "label": "1.",
                    "heading": True,
                    "text": "Mục tiêu tổng quát",
                    "children": _bullets(
                        "I.1",
                        [
                            "Phát triển công nghiệp hỗ trợ vừa là mục tiêu vừa là động lực để phát triển nhanh và bền "
                            "vững các ngành công nghiệp chính.",
                            "Ưu tiên phát triển công nghiệp hỗ trợ nhằm nâng cao giá trị gia tăng, tăng sức cạnh tranh "
                            "và tính năng động của doanh nghiệp trên địa bàn tỉnh, từng bước nâng cao tỷ lệ nội địa hóa "
                            "đáp ứng nhu cầu cho sản xuất, tạo sức hút để các nhà đầu tư trong và ngoài nước lựa chọn "
                            "Thái Nguyên làm điểm đến đầu tư cơ sở sản xuất kinh doanh.",
                            "Đẩy mạnh hỗ trợ trực tiếp và gián tiếp để tạo hành lang thuận lợi cho các doanh nghiệp công "
                            "nghiệp hỗ trợ phát triển. Xây dựng và hình thành các khu công nghiệp, cụm công nghiệp liên "
                            "ngành phục vụ cho các ngành công nghiệp hỗ trợ.",
                        ],
                    ),
                },
                {
                    "code": "I.2",
                    "label": "2.",
                    "heading": True,
                    "text": "Mục tiêu cụ thể",
                    "children": [
                        {
                            "code": "I.2.1",
                            "label": "2.1.",
                            "heading": True,
                            "text": "Công nghiệp hỗ trợ nhóm ngành điện tử",
                            "sector": "Công nghiệp hỗ trợ ngành điện tử",
                            "children": [
                                {
                                    "code": "I.2.1.1",
                                    "label": "-",
                                    "text": "Phấn đấu mức tăng trưởng bình quân giai đoạn 2021-2025 đạt 9%/năm trở "
                                    "lên; số lượng doanh nghiệp tăng trên 10%/năm.",
                                    "timeframe": _PERIOD,
                                    "targets": _growth(
                                        "ngành điện tử",
                                        "9",
                                        "10",
                                        "mức tăng trưởng bình quân giai đoạn 2021-2025 đạt 9%/năm trở lên",
                                        "số lượng doanh nghiệp tăng trên 10%/năm",
                                    ),
                                },
                                *_bullets(
                                    "I.2.1",
                                    [
                                        "Hình thành các doanh nghiệp hỗ trợ chuyên sản xuất linh kiện điện tử để cung "
                                        "cấp linh kiện cho các nhà lắp ráp sản phẩm cuối cùng.",
                                        "Chủ động tiếp nhận chuyển giao công nghệ hiện đại về sản xuất linh kiện, phụ "
                                        "kiện điện tử, điện lạnh, viễn thông, công nghệ thông tin. Chú trọng vào khâu "
                                        "thiết kế, tạo khuôn mẫu, chế tạo linh kiện, màn hình,... thu hút các nhà đầu "
                                        "tư nước ngoài vào lĩnh vực này.",
                                        "Đẩy mạnh lắp ráp và sản xuất các sản phẩm điện tử chuyên dùng; máy tính và "
                                        "thiết bị văn phòng; thiết bị viễn thông; thiết kế mạch in, chip điện tử, bo "
                                        "mạch điều khiển và lĩnh vực phần mềm.",
                                    ],
                                    heading=False,
                                    start=2,
                                ),
                            ],
                        },
                        {
                            "code": "I.2.2",
                            "label": "2.2.",
                            "heading": True,
                            "text": "Công nghiệp hỗ trợ nhóm ngành cơ khí chế tạo",
                            "sector": "Công nghiệp hỗ trợ ngành cơ khí chế tạo",
                            "children": [
                                {
                                    "code": "I.2.2.1",
                                    "label": "-",
                                    "text": "Phấn đấu mức tăng trưởng bình quân giai đoạn 2021-2025 đạt 20%/năm trở "
                                    "lên; số lượng doanh nghiệp tăng trên 15%/năm.",
                                    "timeframe": _PERIOD,
                                    "targets": _growth(
                                        "ngành cơ khí chế tạo",
                                        "20",
                                        "15",
                                        "mức tăng trưởng bình quân giai đoạn 2021-2025 đạt 20%/năm trở lên",
                                        "số lượng doanh nghiệp tăng trên 15%/năm",
                                    ),
                                },
                                *_bullets(
                                    "I.2.2",
                                    [
                                        "Đẩy mạnh phát triển ngành chế tạo máy móc thiết bị và công nghiệp hỗ trợ ngành cơ "
                                        "khí làm động lực để phát triển công nghiệp hỗ trợ chung. Đồng thời, phát triển "
                                        "công nghiệp hỗ trợ cho mỗi chuyên ngành công nghiệp phù hợp với những đặc điểm "
                                        "riêng của từng chuyên ngành.",
                                        "Đẩy mạnh hoạt động tiếp nhận chuyển giao và đổi mới, nâng cao trình độ công nghệ "
                                        "sản xuất theo hướng sử dụng công nghệ cao, tiết kiệm nguyên liệu, năng lượng và "
                                        "thân thiện môi trường.",
                                        "Chú trọng đầu tư phát triển sản xuất ở các khâu có giá trị gia tăng cao trong "
                                        "chuỗi giá trị sản phẩm như các khâu thiết kế, tạo mẫu, chế tạo khuôn mẫu, chế tạo "
                                        "các linh kiện phức tạp, có độ chính xác cao.... đòi hỏi công nghệ hiện đại.",
                                    ],
                                    heading=False,
                                    start=2,
                                ),
                            ],
                        },
                        {
                            "code": "I.2.3",
                            "label": "2.3.",
                            "heading": True,
                            "text": "Công nghiệp hỗ trợ nhóm ngành dệt may",
                            "sector": "Công nghiệp hỗ trợ ngành dệt may",
                            "children": [
                                {
                                    "code": "I.2.3.1",
                                    "label": "-",
                                    "text": "Phấn đấu đến năm 2025, tỷ lệ giá trị sản xuất công nghiệp hỗ trợ nhóm "
                                    "ngành dệt may chiếm khoảng 20% tổng giá trị sản xuất công nghiệp thuộc "
                                    "nhóm ngành này; mức tăng trưởng bình quân giai đoạn 2021-2025 đạt "
                                    "16%/năm trở lên.",
                                    "timeframe": _PERIOD,
                                    "targets": [
                                        {
                                            "description": "Tỷ lệ giá trị sản xuất công nghiệp hỗ trợ nhóm ngành "
                                            "dệt may trong tổng giá trị sản xuất công nghiệp thuộc "
                                            "nhóm ngành này",
                                            "unit": "%",
                                            "comparison": "about",
                                            "value": "20",
                                            "due_year": 2025,
                                            "original_text": "đến năm 2025, tỷ lệ giá trị sản xuất công nghiệp hỗ "
                                            "trợ nhóm ngành dệt may chiếm khoảng 20% tổng giá trị "
                                            "sản xuất công nghiệp thuộc nhóm ngành này",
                                        },
                                        {
                                            "description": "Tăng trưởng bình quân công nghiệp hỗ trợ ngành dệt may "
                                            "giai đoạn 2021-2025",
                                            "unit": "%/năm",
                                            "comparison": "at_least",
                                            "value": "16",
                                            "due_year": 2025,
                                            "original_text": "mức tăng trưởng bình quân giai đoạn 2021-2025 đạt "
                                            "16%/năm trở lên",
                                        },
                                    ],
                                },
                                *_bullets(
                                    "I.2.3",
                                    [
                                        "Duy trì, tăng cường năng lực các cơ sở sản xuất hiện có, thu hút đầu tư đổi mới "
                                        "công nghệ, thiết bị vào khâu sản xuất nguyên phụ liệu ngành dệt may, đặc biệt "
                                        "khâu dệt, nhuộm và hoàn thiện sản phẩm.",
                                        "Đầu tư phát triển sản xuất nguyên phụ liệu và công nghiệp hỗ trợ ngành dệt may "
                                        "nhằm tạo giá trị tăng thêm, thúc đẩy chuyển dịch cơ cấu của ngành. Nâng cao năng "
                                        "lực tự thiết kế mẫu mã và phát triển sản phẩm mới. Ưu tiên sản xuất sản phẩm chất "
                                        "lượng cao phục vụ thị trường mới, thị trường cao cấp và thị trường nội địa.",
                                        "Tăng cường đào tạo nguồn nhân lực cả về số lượng và chất lượng cho sự phát triển "
                                        "bền vững của ngành.",
                                    ],
                                    heading=False,
                                    start=2,
                                ),
                            ],
                        },
                        {
                            "code": "I.2.4",
                            "label": "2.4.",
                            "heading": True,
                            "text": "Lĩnh vực công nghiệp hỗ trợ cho ngành sản xuất sản phẩm công nghiệp công nghệ "
                            "cao và vật liệu mới",
                            "sector": "Công nghiệp hỗ trợ ngành công nghệ cao và vật liệu mới",
                            "children": _bullets(
                                "I.2.4",
                                [
                                    "Hình thành các doanh nghiệp, cơ sở phát triển sản xuất vật liệu, thiết bị hỗ trợ "
                                    "chuyên dụng, phần mềm và dịch vụ; cơ sở phát triển hệ thống doanh nghiệp cung cấp "
                                    "thiết bị hỗ trợ chuyên dụng, chuyển giao công nghệ; cơ sở bảo trì, sửa chữa máy "
                                    "móc đạt tiêu chuẩn, làm tiền đề phát triển doanh nghiệp sản xuất thiết bị, phần mềm "
                                    "phục vụ các ngành công nghiệp công nghệ cao.",
                                    "Ưu tiên thu hút đầu tư, phát triển các sản phẩm công nghệ cao được khuyến khích "
                                    "phát triển theo Quyết định số 38/2020/QĐ-TTg ngày 30/12/2020 của Thủ tướng Chính "
                                    "phủ về ban hành danh mục công nghệ cao được ưu tiên đầu tư phát triển và danh mục "
                                    "sản phẩm công nghệ cao được khuyến khích phát triển, ưu tiên thu hút đầu tư vào sản "
                                    "xuất vật liệu chế tạo như thép chế tạo chất liệu cao, thép không gỉ, thép lá điện "
                                    "tử, vật liệu điện tử, gồm phục vụ cho công nghiệp công nghệ cao và các ngành công "
                                    "nghiệp chế tạo.",
                                ],
                                heading=False,
                            ),
                        },
                    ],
                },
            ],
        },
        {
            "code": "II",
            "label": "II.",
            "heading": True,
            "text": "MỤC ĐÍCH, YÊU CẦU",
            "children": [
                {
                    "code": "II.1",
                    "label": "1.",
                    "heading": True,
                    "text": "Mục đích",
                    "children": _bullets(
                        "II.1",
                        [
                            "Chương trình phát triển công nghiệp hỗ trợ tỉnh Thái Nguyên giai đoạn 2021-2025 nhằm phát "
                            "triển các sản phẩm công nghiệp hỗ trợ trên các lĩnh vực điện tử, cơ khí, dệt may, công "
                            "nghiệp công nghệ cao... nhằm phục vụ cho hoạt động sản xuất sản phẩm của các ngành công "
                            "nghiệp trên địa bàn tỉnh; từng bước mở rộng sản xuất các sản phẩm công nghiệp hỗ trợ đạt "
                            "chuẩn cung ứng cho thị trường trong tỉnh, trong nước và tham gia vào chuỗi giá trị toàn "
                            "cầu. Phát triển công nghiệp hỗ trợ có chọn lọc, dựa trên lợi thế cạnh tranh với công nghệ "
                            "tiên tiến, gắn liền với mục tiêu nâng cao giá trị gia tăng, bảo vệ môi trường, sử dụng "
                            "năng lượng tiết kiệm.",
                            "Phát triển công nghiệp hỗ trợ theo hướng phát huy tối đa năng lực đầu tư, tính linh hoạt "
                            "của các thành phần kinh tế, đặc biệt là năng lực dẫn dắt thị trường của các công ty, tập "
                            "đoàn lớn. Khuyến khích, hỗ trợ các doanh nghiệp vừa và nhỏ trên địa bàn tỉnh tham gia vào "
                            "chuỗi cung ứng, sản xuất sản phẩm công nghiệp hỗ trợ.",
                            "Hỗ trợ các tổ chức, cá nhân liên quan nâng cao năng lực trong hoạt động phát triển công "
                            "nghiệp hỗ trợ.",
                        ],
                    ),
                },
                {
                    "code": "II.2",
                    "label": "2.",
                    "heading": True,
                    "text": "Yêu cầu",
                    "children": _bullets(
                        "II.2",
                        [
                            "Phù hợp với mục tiêu, định hướng, chính sách về phát triển công nghiệp hỗ trợ theo quy định "
                            "tại Nghị quyết số 115/NQ-CP ngày 06/8/2020 của Chính phủ về các giải pháp thúc đẩy phát "
                            "triển công nghiệp hỗ trợ; Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ về phát "
                            "triển công nghiệp hỗ trợ; Quyết định số 68/QĐ-TTg ngày 18/01/2017 của Thủ tướng Chính phủ "
                            "về việc phê duyệt Chương trình phát triển công nghiệp hỗ trợ từ năm 2016 đến năm 2025; "
                            "Quyết định số 10/2017/QĐ-TTg ngày 03/4/2017 của Thủ tướng Chính phủ ban hành Quy chế quản "
                            "lý và thực hiện Chương trình phát triển công nghiệp hỗ trợ; Thông tư số 29/2018/TT-BCT ngày "
                            "28/3/2018 của Bộ Tài chính hướng dẫn lập, quản lý và sử dụng kinh phí Chương trình phát "
                            "triển công nghiệp hỗ trợ và Quy hoạch, Chương trình phát triển công nghiệp, tiểu thủ công "
                            "nghiệp tỉnh Thái Nguyên đến năm 2025.",
                        ],
                        label="",
                    ),
                },
            ],
        },
        {
            "code": "III",
            "label": "III.",
            "heading": True,
            "text": "NỘI DUNG CHƯƠNG TRÌNH",
            "children": [
                {
                    "code": "III.1",
                    "label": "1.",
                    "heading": True,
                    "text": "Về cơ chế, chính sách ưu đãi chung",
                    "children": _bullets(
                        "III.1",
                        [
                            "Đối với các dự án sản xuất sản phẩm công nghiệp hỗ trợ thuộc Danh mục sản phẩm công nghiệp "
                            "hỗ trợ ưu tiên phát triển đối với doanh nghiệp nhỏ và vừa được hưởng chính sách ưu đãi hiện "
                            "hành của Trung ương quy định tại Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ "
                            "về phát triển công nghiệp hỗ trợ; chương trình phát triển công nghiệp hỗ trợ ban hành tại "
                            "Quyết định số 68/2017/QĐ-TTg ngày 18/01/2017 của Thủ tướng Chính phủ và các chính sách ưu "
                            "đãi đầu tư hiện hành của tỉnh.",
                            "Cụ thể từng nội dung của Chương trình nhằm kết nối, hỗ trợ các doanh nghiệp trong đào tạo, "
                            "nghiên cứu chuyển giao công nghệ, cập nhật thông tin và tiếp cận các nguồn vốn đầu tư nhằm "
                            "từng bước xây dựng các doanh nghiệp công nghiệp hỗ trợ đủ khả năng tham gia vào chuỗi sản "
                            "xuất toàn cầu.",
                        ],
                    ),
                },
                {
                    "code": "III.2",
                    "label": "2.",
                    "heading": True,
                    "text": "Hỗ trợ từ Chương trình phát triển công nghiệp hỗ trợ của tỉnh theo các nội dung và hoạt "
                    "động sau",
                    "children": [
                        {
                            "code": "III.2.1",
                            "label": "2.1.",
                            "heading": True,
                            "text": "Kết nối, hỗ trợ doanh nghiệp công nghiệp hỗ trợ trên địa bàn tỉnh trở thành "
                            "nhà cung ứng sản phẩm cho khách hàng ở trong và ngoài nước; xúc tiến thu hút "
                            "đầu tư nước ngoài vào lĩnh vực công nghiệp hỗ trợ",
                            "children": [
                                {
                                    "code": "III.2.1.1",
                                    "label": "-",
                                    "heading": True,
                                    "text": "Mục tiêu: Xúc tiến và hỗ trợ mở rộng thị trường trong và ngoài nước cho "
                                    "các doanh nghiệp sản xuất công nghiệp hỗ trợ trên địa bàn tỉnh. Tạo mối "
                                    "liên kết hiệu quả giữa doanh nghiệp trên địa bàn tỉnh với các công ty "
                                    "sản xuất, lắp ráp sản phẩm hoàn chỉnh.",
                                },
                                {
                                    "code": "III.2.1.2",
                                    "label": "-",
                                    "heading": True,
                                    "text": "Hoạt động chính:",
                                    "children": _bullets(
                                        "III.2.1.2",
                                        [
                                            "Khảo sát, đánh giá nhu cầu của doanh nghiệp công nghiệp hỗ trợ để có cơ sở "
                                            "kết nối, hỗ trợ;",
                                            "Đánh giá, xác nhận năng lực doanh nghiệp công nghiệp hỗ trợ;",
                                            "Tư vấn, hỗ trợ kỹ thuật cho doanh nghiệp công nghiệp hỗ trợ;",
                                            "Tư vấn hỗ trợ doanh nghiệp đầu tư vào lĩnh vực công nghiệp hỗ trợ;",
                                            "Hỗ trợ các doanh nghiệp quảng bá, đăng ký thương hiệu sản phẩm công nghiệp "
                                            "hỗ trợ;",
                                            "Tuyên truyền, quảng bá trên các phương tiện thông tin đại chúng về hoạt "
                                            "động công nghiệp hỗ trợ.",
                                            "Tổ chức hội thảo xúc tiến thu hút đầu tư vào lĩnh vực công nghiệp hỗ trợ; "
                                            "tổ chức hội chợ triển lãm kết nối công nghiệp hỗ trợ.",
                                        ],
                                        label="+",
                                    ),
                                },
                            ],
                        },
                        {
                            "code": "III.2.2",
                            "label": "2.2.",
                            "heading": True,
                            "text": "Hỗ trợ đào tạo nâng cao chất lượng nguồn nhân lực đáp ứng yêu cầu của các "
                            "ngành sản xuất sản phẩm công nghiệp hỗ trợ",
                            "children": [
                                {
                                    "code": "III.2.2.1",
                                    "label": "-",
                                    "heading": True,
                                    "text": "Mục tiêu: Tổ chức, hỗ trợ cho các doanh nghiệp công nghiệp hỗ trợ trên "
                                    "địa bàn tỉnh đào tạo nguồn nhân lực chất lượng, đáp ứng được các yêu "
                                    "cầu của sản xuất sản phẩm công nghiệp hỗ trợ tại các cơ sở, doanh "
                                    "nghiệp; nâng cao trình độ cán bộ quản lý nhà nước về chính sách phát "
                                    "triển công nghiệp hỗ trợ.",
                                },
                                {
                                    "code": "III.2.2.2",
                                    "label": "-",
                                    "heading": True,
                                    "text": "Hoạt động chính:",
                                    "children": _bullets(
                                        "III.2.2.2",
                                        [
                                            "Nghiên cứu, đánh giá nhu cầu về nhân lực của doanh nghiệp công nghiệp hỗ "
                                            "trợ;",
                                            "Xây dựng chương trình đào tạo nâng cao trình độ cán bộ quản lý nhà nước;",
                                            "Tổ chức khóa đào tạo cán bộ quản lý nhà nước về chính sách, quản lý, công "
                                            "nghệ, thương mại.",
                                            "Xây dựng Chương trình đào tạo và tổ chức các khóa đào tạo nâng cao trình độ "
                                            "công nhân kỹ thuật của doanh nghiệp sản xuất các sản phẩm công nghiệp hỗ "
                                            "trợ.",
                                        ],
                                        label="+",
                                    ),
                                },
                            ],
                        },
                        {
                            "code": "III.2.3",
                            "label": "2.3.",
                            "heading": True,
                            "text": "Hỗ trợ nghiên cứu phát triển, ứng dụng chuyển giao và đổi mới công nghệ trong "
                            "sản xuất thử nghiệm linh kiện, phụ tùng, nguyên liệu và vật liệu",
                            "children": [
                                {
                                    "code": "III.2.3.1",
                                    "label": "-",
                                    "heading": True,
                                    "text": "Mục tiêu: Khuyến khích, hỗ trợ cho các doanh nghiệp công nghiệp hỗ trợ "
                                    "trên địa bàn tỉnh đầu tư nghiên cứu cải tiến, đổi mới công nghệ; Ứng "
                                    "dụng và tiếp nhận công nghệ tiên tiến, hiện đại vào sản xuất các sản "
                                    "phẩm của đơn vị.",
                                },
                                {
                                    "code": "III.2.3.2",
                                    "label": "-",
                                    "heading": True,
                                    "text": "Hoạt động chính:",
                                    "children": _bullets(
                                        "III.2.3.2",
                                        [
                                            "Giới thiệu, phổ biến một số quy trình công nghệ sản xuất và yêu cầu kỹ "
                                            "thuật về sản phẩm công nghiệp hỗ trợ;",
                                            "Kết nối chuyên gia trong và ngoài nước hỗ trợ trực tiếp cho các doanh "
                                            "nghiệp công nghiệp hỗ trợ trong nước;",
                                            "Hỗ trợ hoạt động khoa học trong nghiên cứu ứng dụng, sản xuất thử nghiệm, "
                                            "chuyển giao công nghệ cho các doanh nghiệp và các cơ sở nghiên cứu trong "
                                            "lĩnh vực công nghiệp hỗ trợ;",
                                            "Hỗ trợ doanh nghiệp tiếp nhận chuyển giao công nghệ; hoàn thiện, đổi mới "
                                            "công nghệ và sản xuất thử nghiệm;",
                                            "Hỗ trợ doanh nghiệp mua bản quyền, sáng chế, phần mềm;",
                                            "Hỗ trợ doanh nghiệp thuê chuyên gia nước ngoài;",
                                            "Hỗ trợ doanh nghiệp đào tạo nguồn nhân lực chất lượng cao trong nghiên cứu, "
                                            "chuyển giao công nghệ;",
                                            "Hỗ trợ các dự án nghiên cứu và sản xuất thử nghiệm các sản phẩm công nghiệp "
                                            "hỗ trợ. Hỗ trợ một phần kinh phí nghiên cứu cho các tổ chức, cá nhân đã tự "
                                            "đầu tư nghiên cứu, phát triển và triển khai ứng dụng vào sản xuất có kết "
                                            "quả ứng dụng mang lại hiệu quả kinh tế.",
                                        ],
                                        label="+",
                                    ),
                                },
                            ],
                        },
                        {
                            "code": "III.2.4",
                            "label": "2.4.",
                            "heading": True,
                            "text": "Xây dựng và vận hành trang thông tin về công nghiệp hỗ trợ",
                            "children": [
                                {
                                    "code": "III.2.4.1",
                                    "label": "-",
                                    "heading": True,
                                    "text": "Mục tiêu: Xây dựng và vận hành 01 Website dữ liệu; cập nhật và cung cấp "
                                    "thông tin thường xuyên về công nghiệp hỗ trợ, phục vụ nhu cầu theo "
                                    "dõi, quản lý và tìm kiếm thông tin của các cơ quan, đơn vị, doanh "
                                    "nghiệp trên địa bàn tỉnh.",
                                },
                                {
                                    "code": "III.2.4.2",
                                    "label": "-",
                                    "heading": True,
                                    "text": "Hoạt động chính:",
                                    "children": _bullets(
                                        "III.2.4.2",
                                        [
                                            "Khảo sát, xây dựng và cập nhật cơ sở dữ liệu doanh nghiệp sản xuất sản phẩm "
                                            "hoàn chỉnh và sản xuất sản phẩm công nghiệp hỗ trợ trên địa bàn;",
                                            "Mua thông tin dữ liệu cần thiết; Cung cấp thông tin cung cầu về thị trường "
                                            "sản phẩm công nghiệp hỗ trợ và chính sách về công nghiệp hỗ trợ;",
                                            "Duy trì, nâng cấp trang thiết bị, hoạt động của trang thông tin điện tử "
                                            "công nghiệp hỗ trợ;",
                                            "Xuất bản các ấn phẩm và quảng bá về công nghiệp hỗ trợ trên các phương tiện "
                                            "thông tin đại chúng.",
                                        ],
                                        label="+",
                                    ),
                                },
                            ],
                        },
                        {
                            "code": "III.2.5",
                            "label": "2.5.",
                            "heading": True,
                            "text": "Hỗ trợ cơ sở, doanh nghiệp áp dụng hệ thống quản lý đáp ứng yêu cầu của chuỗi "
                            "sản xuất toàn cầu trong quản trị doanh nghiệp, quản trị sản xuất",
                            "children": [
                                {
                                    "code": "III.2.5.1",
                                    "label": "-",
                                    "heading": True,
                                    "text": "Mục tiêu: Hỗ trợ tư vấn, đào tạo cho các doanh nghiệp trên địa bàn áp "
                                    "dụng hệ thống quản trị doanh nghiệp và quản trị sản xuất phù hợp với "
                                    "yêu cầu quốc tế, đảm bảo tham gia vào chuỗi sản xuất sản phẩm.",
                                },
                                {
                                    "code": "III.2.5.2",
                                    "label": "-",
                                    "heading": True,
                                    "text": "Hoạt động chính:",
                                    "children": _bullets(
                                        "III.2.5.2",
                                        [
                                            "Tổ chức đào tạo cho các doanh nghiệp;",
                                            "Tư vấn, hỗ trợ kỹ thuật để doanh nghiệp áp dụng các tiêu chuẩn, hệ thống "
                                            "quản lý chất lượng trong sản xuất; tổ chức đánh giá khả năng và nhu cầu áp "
                                            "dụng các tiêu chuẩn, hệ thống quản lý trong sản xuất tại các doanh nghiệp.",
                                        ],
                                        label="+",
                                    ),
                                },
                            ],
                        },
                    ],
                },
            ],
        },
        {
            "code": "IV",
            "label": "IV.",
            "heading": True,
            "text": "KINH PHÍ",
            "children": [
                {
                    "code": "IV.1",
                    "label": "-",
                    "text": "Hàng năm, Sở Công Thương căn cứ vào thực tế của địa phương đề xuất và đăng ký nhiệm vụ "
                    "với Bộ Công Thương kế hoạch sử dụng kinh phí từ Chương trình phát triển công nghiệp hỗ "
                    "trợ của Chính phủ để được cân đối hỗ trợ từ ngân sách Trung ương. Đối với các đề án "
                    "không được cân đối kinh phí từ ngân sách Trung ương, Sở Công Thương tổng hợp rà soát "
                    "gửi Sở Tài chính, Sở Kế hoạch và Đầu tư, báo cáo cấp có thẩm quyền xem xét bố trí kinh "
                    "phí thực hiện Chương trình theo quy định.",
                    "timeframe": "Hàng năm",
                    "lead": [_SCT],
                },
                {
                    "code": "IV.2",
                    "label": "-",
                    "heading": True,
                    "text": "Khuyến khích việc huy động các nguồn kinh phí ngoài ngân sách để triển khai các nội dung "
                    "của Chương trình như: nguồn tài trợ, đóng góp của các tổ chức, cá nhân trong và ngoài "
                    "nước; nguồn vốn hợp pháp khác theo quy định của pháp luật; kinh phí của các tổ chức, "
                    "cá nhân thực hiện các hoạt động phát triển công nghiệp hỗ trợ.",
                },
            ],
        },
    ],
}

_ARTICLE_2 = {
    "code": "Điều 2",
    "label": "Điều 2.",
    "heading": True,
    "text": "Tổ chức thực hiện",
    "children": [
        {
            "code": "Điều 2.1",
            "label": "1.",
            "heading": True,
            "text": "Sở Công Thương",
            "children": [
                {
                    "code": "Điều 2.1.1",
                    "label": "-",
                    "text": "Chủ trì xây dựng kế hoạch, dự toán kinh phí hằng năm thực hiện Chương trình và tổng hợp "
                    "chung trong dự toán của Sở Công Thương, gửi Sở Tài chính, Sở Kế hoạch và Đầu tư trình "
                    "cấp có thẩm quyền xem xét, quyết định theo quy định.",
                    "timeframe": "hằng năm",
                    "lead": [_SCT],
                },
                {
                    "code": "Điều 2.1.2",
                    "label": "-",
                    "text": "Chủ trì, phối hợp với các sở, ngành liên quan thực hiện các nội dung hỗ trợ từ Chương "
                    "trình phát triển Công nghiệp hỗ trợ của Trung ương nhằm đẩy mạnh phát triển công nghiệp "
                    "hỗ trợ trên địa bàn tỉnh.",
                    "lead": [_SCT],
                    "coordinating": [_DEPARTMENTS],
                },
                {
                    # "Chủ đầu tư các cụm công nghiệp" is not an agency of the portal: kept in the text only.
                    "code": "Điều 2.1.3",
                    "label": "-",
                    "text": "Phối hợp với Sở Kế hoạch và Đầu tư; Ban Quản lý các khu công nghiệp; Chủ đầu tư các cụm "
                    "công nghiệp; UBND các huyện, thành phố, thị xã xúc tiến kêu gọi đầu tư các dự án trong "
                    "lĩnh vực công nghiệp hỗ trợ.",
                    "lead": [_SCT],
                    "coordinating": [_SKHDT, "Ban Quản lý các khu công nghiệp", _DISTRICTS],
                },
                {
                    "code": "Điều 2.1.4",
                    "label": "-",
                    "text": "Công bố, phổ biến Chương trình này đến các đơn vị liên quan, các cơ sở, doanh nghiệp, "
                    "các tổ chức kinh tế, hướng dẫn hồ sơ, quy trình cho các cơ sở, doanh nghiệp tham gia "
                    "thực hiện Chương trình.",
                    "lead": [_SCT],
                },
                {
                    "code": "Điều 2.1.5",
                    "label": "-",
                    "text": "Chủ trì, phối hợp Sở Tài chính và các sở, ngành, địa phương liên quan hướng dẫn, kiểm "
                    "tra, giám sát việc thực hiện Chương trình, bảo đảm việc quản lý, sử dụng kinh phí "
                    "Chương trình đúng mục đích, tiết kiệm, hiệu quả. Định kỳ hằng năm tổng hợp, báo cáo Bộ "
                    "Công Thương, UBND tỉnh kết quả thực hiện Chương trình.",
                    "timeframe": "Định kỳ hằng năm",
                    "lead": [_SCT],
                    "coordinating": [
                        _STC,
                        ("các sở, ngành", "Các sở, ngành liên quan"),
                        ("địa phương liên quan", "UBND các huyện, thị xã, thành phố"),
                    ],
                },
                {
                    "code": "Điều 2.1.6",
                    "label": "-",
                    "text": "Làm đầu mối tiếp nhận các kiến nghị, đề xuất của các tổ chức, doanh nghiệp và các đơn vị "
                    "liên quan trong quá trình triển khai thực hiện Chương trình để giải quyết kịp thời theo "
                    "chức năng, nhiệm vụ được giao; đề xuất ý kiến tham mưu xử lý những nội dung thuộc thẩm "
                    "quyền UBND tỉnh và các bộ ngành Trung ương theo đúng quy định.",
                    "lead": [_SCT],
                },
                {
                    "code": "Điều 2.1.7",
                    "label": "-",
                    "text": "Tổng hợp báo cáo tình hình triển khai Chương trình của các Sở, ngành, đơn vị, địa "
                    "phương, báo cáo Bộ Công Thương, UBND tỉnh trước ngày 10 của tháng cuối Quý và trước "
                    "ngày 10/11 hàng năm theo quy định.",
                    "timeframe": _REPORTING,
                    "lead": [_SCT],
                },
            ],
        },
        {
            "code": "Điều 2.2",
            "label": "2.",
            "heading": True,
            "text": "Sở Kế hoạch và Đầu tư",
            "children": [
                {
                    "code": "Điều 2.2.1",
                    "label": "-",
                    "text": "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổng hợp danh mục các dự án trong "
                    "Chương trình xúc tiến đầu tư của tỉnh.",
                    "lead": [_SKHDT],
                },
                {
                    "code": "Điều 2.2.2",
                    "label": "-",
                    "text": "Chủ trì, phối hợp với Sở Tài chính và các đơn vị liên quan tổng hợp, cân đối, bố trí "
                    "nguồn vốn ngân sách nhà nước theo kế hoạch 5 năm và hàng năm đã được UBND tỉnh phê "
                    "duyệt, đảm bảo thực hiện kế hoạch của Chương trình.",
                    "timeframe": "hàng năm",
                    "lead": [_SKHDT],
                    "coordinating": [_STC],
                },
            ],
        },
        {
            "code": "Điều 2.3",
            "label": "3.",
            "heading": True,
            "text": "Sở Tài chính",
            "children": [
                {
                    "code": "Điều 2.3.1",
                    "label": "-",
                    "text": "Hằng năm, trên cơ sở dự toán do Sở Công Thương đề nghị, căn cứ vào khả năng cân đối "
                    "ngân sách, chế độ, tiêu chuẩn, định mức chi Ngân sách Nhà nước hiện hành thẩm định, "
                    "tổng hợp, báo cáo UBND tỉnh kinh phí chi thường xuyên thực hiện Chương trình theo quy "
                    "định.",
                    "timeframe": "Hằng năm",
                    "lead": [_STC],
                },
                {
                    # As in 001: the addressed department "phối hợp với Sở Công Thương" leads its own item.
                    "code": "Điều 2.3.2",
                    "label": "-",
                    "text": "Phối hợp với Sở Công Thương và các đơn vị có liên quan thẩm định, hướng dẫn, kiểm tra, "
                    "giám sát việc quản lý sử dụng kinh phí và thanh quyết toán kinh phí thực hiện các nội "
                    "dung Chương trình.",
                    "lead": [_STC],
                    "coordinating": [_SCT],
                },
            ],
        },
        {
            "code": "Điều 2.4",
            "label": "4.",
            "text": "Sở Lao động - Thương binh và Xã hội: Hỗ trợ, phối hợp với Sở Công Thương và các sở, ngành liên "
            "quan triển khai các nội dung hỗ trợ, đào tạo nâng cao chất lượng nguồn nhân lực; làm đầu mối "
            "liên hệ với các cơ sở đào tạo trong và ngoài nước, hợp tác quốc tế đáp ứng nhu cầu về nguồn "
            "nhân lực phát triển công nghiệp hỗ trợ trên địa bàn tỉnh.",
            "lead": ["Sở Lao động - Thương binh và Xã hội"],
            "coordinating": [_SCT, _DEPARTMENTS],
        },
        {
            "code": "Điều 2.5",
            "label": "5.",
            "heading": True,
            "text": "Sở Khoa học và Công nghệ",
            "children": [
                {
                    "code": "Điều 2.5.1",
                    "label": "-",
                    "text": "Chủ trì, phối hợp với Sở Công Thương và các cơ quan liên quan triển khai thực hiện các "
                    "nhiệm vụ liên quan đến hoạt động khoa học và công nghệ trong lĩnh vực công nghiệp hỗ "
                    "trợ; hỗ trợ các tổ chức, cá nhân trên địa bàn tỉnh ứng dụng chuyển giao và đổi mới công "
                    "nghệ trong sản xuất sản phẩm công nghiệp hỗ trợ theo đúng các quy định pháp luật hiện "
                    "hành về khoa học và công nghệ và chuyển giao công nghệ.",
                    "lead": ["Sở Khoa học và Công nghệ"],
                    "coordinating": [_SCT],
                },
                {
                    "code": "Điều 2.5.2",
                    "label": "-",
                    "text": "Hỗ trợ các doanh nghiệp xây dựng nhãn hiệu, đăng ký kiểu dáng công nghiệp, công bố chất "
                    "lượng sản phẩm.",
                    "lead": ["Sở Khoa học và Công nghệ"],
                },
                {
                    "code": "Điều 2.5.3",
                    "label": "-",
                    "text": "Trên cơ sở chức năng, nhiệm vụ được giao, chủ động phối hợp chặt chẽ với các đơn vị liên "
                    "quan triển khai các nội dung của Chương trình; hỗ trợ các doanh nghiệp công nghiệp hỗ "
                    "trợ thực hiện các thủ tục đầu tư phát triển; tháo gỡ, giải quyết khó khăn cho doanh "
                    "nghiệp.",
                    "lead": ["Sở Khoa học và Công nghệ"],
                },
            ],
        },
        {
            # The document goes from 5 to 7: its numbering is kept.
            "code": "Điều 2.7",
            "label": "7.",
            "text": "Ban Quản lý các khu công nghiệp Thái Nguyên: Phối hợp với các Sở, ngành, địa phương liên quan "
            "chuẩn bị tốt hạ tầng các khu, cụm công nghiệp để kêu gọi thu hút các nhà đầu tư vào lĩnh vực "
            "công nghiệp hỗ trợ.",
            "lead": ["Ban Quản lý các khu công nghiệp Thái Nguyên"],
            "coordinating": [
                ("các Sở, ngành", "Các sở, ngành liên quan"),
                ("địa phương liên quan", "UBND các huyện, thị xã, thành phố"),
            ],
        },
        {
            "code": "Điều 2.8",
            "label": "8.",
            "heading": True,
            "text": "UBND các huyện, thành phố, thị xã",
            "children": [
                {
                    # "Chủ đầu tư các Khu, Cụm công nghiệp" is kept in the text only, as in Điều 2.1.3.
                    "code": "Điều 2.8.1",
                    "label": "-",
                    "text": "Chủ động, phối hợp với Sở Công Thương; Sở Kế hoạch và Đầu tư; Ban quản lý các khu công "
                    "nghiệp; Chủ đầu tư các Khu, Cụm công nghiệp kêu gọi các nhà đầu tư vào đầu tư nhóm "
                    "ngành công nghiệp hỗ trợ.",
                    "lead": [_DISTRICTS],
                    "coordinating": [_SCT, _SKHDT, "Ban quản lý các khu công nghiệp"],
                },
                {
                    "code": "Điều 2.8.2",
                    "label": "-",
                    "text": "Tích cực hỗ trợ các doanh nghiệp sản xuất các sản phẩm công nghiệp hỗ trợ trên địa bàn "
                    "tỉnh thực hiện các thủ tục về đất đai, giải phóng mặt bằng và tuyển dụng lao động cho "
                    "nhu cầu sản xuất...",
                    "lead": [_DISTRICTS],
                },
                {
                    "code": "Điều 2.8.3",
                    "label": "-",
                    "text": "Quan tâm vận động, khuyến khích, hỗ trợ các doanh nghiệp công nghiệp hỗ trợ thực hiện "
                    "đầu tư phát triển.",
                    "lead": [_DISTRICTS],
                },
                {
                    "code": "Điều 2.8.4",
                    "label": "-",
                    "text": "Bố trí kinh phí thực hiện Chương trình theo quy định về phân cấp quản lý ngân sách hiện "
                    "hành.",
                    "lead": [_DISTRICTS],
                },
            ],
        },
        {
            "code": "Điều 2.9",
            "label": "9.",
            "heading": True,
            "text": "Các Hiệp hội doanh nghiệp, cơ sở, doanh nghiệp trên địa bàn tỉnh",
            "children": [
                {
                    "code": "Điều 2.9.1",
                    "label": "-",
                    "text": "Chủ động phối hợp với các cơ quan, đơn vị triển khai thực hiện tốt các nội dung liên "
                    "quan; đẩy mạnh công tác tuyên truyền, vận động các doanh nghiệp trên địa bàn tích cực "
                    "tham gia thực hiện đầu tư phát triển các đề án, dự án theo các nội dung đã được phê "
                    "duyệt, sử dụng kinh phí đảm bảo đúng mục đích, có hiệu quả và có trách nhiệm quyết toán "
                    "đúng quy định.",
                    "lead": ["Các Hiệp hội doanh nghiệp"],
                },
                {
                    "code": "Điều 2.9.2",
                    "label": "-",
                    "text": "Phối hợp với các cơ quan liên quan tổ chức gặp mặt, trao đổi, tháo gỡ khó khăn cho các "
                    "doanh nghiệp hoạt động trong lĩnh vực công nghiệp hỗ trợ.",
                    "lead": ["Các Hiệp hội doanh nghiệp"],
                },
                {
                    "code": "Điều 2.9.3",
                    "label": "-",
                    "text": "Đảm bảo tính chính xác và chịu trách nhiệm pháp lý về các thông tin, tài liệu liên quan "
                    "đến việc thực hiện đề án, dự án. Đồng thời, báo cáo Sở Công Thương và các cơ quan liên "
                    "quan những thay đổi, phát sinh để kịp thời xử lý, giải quyết theo quy định. Trong quá "
                    "trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị kịp thời phản ánh gửi Sở Công "
                    "Thương tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết.",
                    "lead": ["Các Hiệp hội doanh nghiệp"],
                },
            ],
        },
    ],
}

TASKS = [_ARTICLE_1, _ARTICLE_2]
