"""Where a body's name ends in a directive's sentence, and the parts of a công văn or plan that are not tasks, in
wordings the extraction was not developed on (issue #14: names running into a verb the verb list does not hold, a
group bound by `có trách nhiệm` after `được …`, a board whose name holds a comma, a numbered `Kính gửi` list, a
`Chế độ báo cáo` paragraph, a period or a yearly day as the deadline); other provinces, with and without diacritics."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.services import create_province
from agencies.splitting import split_known
from tasks.importing.preview import build_preview
from tasks.models import TaskKind
from tasks.timeframes import read_timeframe

from .documents import build_docx, build_pdf

pytestmark = pytest.mark.usefixtures("english")


def _tasks(path):
    preview = build_preview(path, path.name)
    return preview, [task for task in preview.parsed.tasks if task.kind == TaskKind.TASK]


def _read(path):
    preview, tasks = _tasks(path)
    return preview, [([ref.text for ref in task.leads], _due(task)) for task in tasks]


def _due(task):
    timeframe = task.timeframe
    if timeframe.is_recurring:
        days = [(item.day, item.month) for item in timeframe.recurrences if item.day]
        return f"yearly {days[0][0]}/{days[0][1]}" if days else "recurring"
    return str(timeframe.due_date or "")


def _write(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


HEADER = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH BÌNH ĐỊNH",
    "Số: 77/KH-UBND",
    "Bình Định, ngày 02 tháng 02 năm 2026",
    "KẾ HOẠCH",
    "Phát triển kinh tế tập thể năm 2026",
    "II. NHIỆM VỤ",
]
NAMES = [
    "1. Liên minh Hợp tác xã tỉnh giới thiệu các hợp tác xã tiêu biểu tham gia hội chợ trong năm 2026.",
    "2. Hội Nông dân tỉnh Bình Định chia sẻ kinh nghiệm sản xuất cho hội viên, giai đoạn 2026-2027.",
    "3. Hiệp hội Du lịch tỉnh quảng bá sản phẩm của các hợp tác xã, hằng năm, trước ngày 15/12.",
    "4. Liên đoàn Lao động tỉnh tổng hợp kiến nghị của người lao động trước 15/12 hằng năm.",
    "5. Các cơ sở chế biến được hỗ trợ chịu trách nhiệm sử dụng vốn đúng mục đích.",
    "6. Các đơn vị được giao vốn cần công khai tài chính với thành viên.",
    "7. Ban Quản lý Khu kinh tế, công nghiệp tỉnh kết nối doanh nghiệp với các hợp tác xã trong năm 2026.",
]
ANSWERS = [
    (["Liên minh Hợp tác xã tỉnh"], "2026-12-31"),
    (["Hội Nông dân tỉnh Bình Định"], "2027-12-31"),
    (["Hiệp hội Du lịch tỉnh"], "yearly 15/12"),
    (["Liên đoàn Lao động tỉnh"], "yearly 15/12"),
    (["Các cơ sở chế biến được hỗ trợ"], ""),
    (["Các đơn vị được giao vốn"], ""),
    (["Ban Quản lý Khu kinh tế, công nghiệp tỉnh"], "2026-12-31"),
]


def test_names_end_at_their_place_and_before_an_obligation(db, tmp_path):
    _preview, read = _read(_write(tmp_path, "ke-hoach.txt", [*HEADER, *NAMES]))
    assert read == ANSWERS


def test_the_same_without_diacritics(db, tmp_path):
    from agencies.normalize import search_key  # noqa: PLC0415

    def plain(text):
        # the letters without their marks, capitals kept (as text typed on a keyboard without Vietnamese input)
        return " ".join(word if not word[:1].isalpha() else _unmark(word) for word in text.split())

    def _unmark(word):
        folded = search_key(word) if search_key(word) else word
        return folded.capitalize() if word[:1].isupper() else folded

    lines = [*HEADER[:6], "II. NHIỆM VỤ", *(plain(line) for line in NAMES[:3])]
    _preview, read = _read(_write(tmp_path, "khong-dau.txt", lines))
    assert [leads for leads, _due in read] == [
        ["Lien minh Hop tac xa tinh"],
        ["Hoi Nong dan tinh Binh Dinh"],
        ["Hiep hoi Du lich tinh"],
    ]


def test_a_name_going_on_after_its_place_is_not_cut(db, tmp_path):
    lines = [
        *HEADER,
        "1. Ban Chỉ đạo tỉnh về phát triển kinh tế tập thể chủ trì kiểm tra việc thực hiện trong năm 2026.",
        "2. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Hội Nông dân tỉnh vận động nông dân tham gia hợp tác xã.",
    ]
    _preview, read = _read(_write(tmp_path, "tiep-noi.txt", lines))
    assert read == [
        (["Ban Chỉ đạo tỉnh về phát triển kinh tế tập thể"], "2026-12-31"),
        (["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Nông dân tỉnh"], ""),
    ]


def test_a_board_whose_name_holds_a_comma_is_one_name(db):
    matcher = AgencyMatcher(None)
    for text in (
        "Ban Quản lý Khu kinh tế, công nghiệp thành phố Huế",
        "Ban Quản lý các Khu kinh tế, khu công nghiệp tỉnh",
        "Ban Quan ly cac Khu kinh te, khu cong nghiep tinh",
    ):
        assert split_known(text, matcher) == [text]
    assert split_known("Sở Tài chính, Ban Quản lý Khu kinh tế, công nghiệp tỉnh, Sở Xây dựng", matcher) == [
        "Sở Tài chính",
        "Ban Quản lý Khu kinh tế, công nghiệp tỉnh",
        "Sở Xây dựng",
    ]
    assert split_known("Sở Tài chính, Xây dựng", matcher) == ["Sở Tài chính", "Sở Xây dựng"]


LETTER_HEAD = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH NGHỆ AN",
    "Số: 512/UBND-KT",
    "V/v triển khai chương trình khuyến công năm 2026",
    "Nghệ An, ngày 12 tháng 01 năm 2026",
]
LETTER_BODY = [
    "Thực hiện Quyết định số 1881/QĐ-TTg ngày 30/12/2025 của Thủ tướng Chính phủ, UBND tỉnh có ý kiến như sau:",
    "1. Giao Sở Công Thương chủ trì xây dựng kế hoạch khuyến công, hoàn thành trong năm 2026.",
    "2. Sở Tài chính bố trí kinh phí thực hiện, hằng năm, trước ngày 15/12.",
    "3. Chế độ thông tin, báo cáo: Sở Công Thương tổng hợp, báo cáo UBND tỉnh kết quả thực hiện văn bản này trước "
    "ngày 15/12 hằng năm.",
]
SIGNATURE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"]


@pytest.mark.parametrize("mark", ["{n}.", "-"])
def test_a_letters_recipients_numbered_or_bulleted_are_not_tasks(db, tmp_path, mark):
    recipients = ["Sở Công Thương;", "Sở Tài chính;", "Ủy ban nhân dân các xã, phường."]
    listed = [f"{mark.format(n=n)} {name}" for n, name in enumerate(recipients, start=1)]
    path = _write(tmp_path, "cong-van.txt", [*LETTER_HEAD, "Kính gửi:", *listed, *LETTER_BODY, *SIGNATURE])
    preview, read = _read(path)
    assert preview.directive["recipients"] == ["Sở Công Thương", "Sở Tài chính", "Ủy ban nhân dân các xã, phường"]
    assert read == [(["Sở Công Thương"], "2026-12-31"), (["Sở Tài chính"], "yearly 15/12")]
    assert preview.directive["schedules"] == ["annual:15:12"]


def test_the_same_letter_as_a_pdf_with_kinh_gui_on_its_own_line(db, tmp_path):
    listed = ["1. Sở Công Thương;", "2. Sở Tài chính;", "3. Ủy ban nhân dân các xã, phường."]
    path = build_pdf(
        tmp_path / "cong-van.pdf",
        ["Kính gửi:", *listed, *LETTER_BODY],
        header=(LETTER_HEAD[:3] + LETTER_HEAD[3:4], LETTER_HEAD[4:]),
        signature=(SIGNATURE[:3], SIGNATURE[3:]),
    )
    preview, read = _read(path)
    assert preview.directive["recipients"] == ["Sở Công Thương", "Sở Tài chính", "Ủy ban nhân dân các xã, phường"]
    assert read == [(["Sở Công Thương"], "2026-12-31"), (["Sở Tài chính"], "yearly 15/12")]


def test_a_first_numbered_item_after_kinh_gui_that_names_no_body_is_the_body(db, tmp_path):
    lines = [
        *LETTER_HEAD,
        "Kính gửi: Sở Công Thương",
        "1. Tình hình thực hiện chương trình khuyến công năm 2025.",
        "2. Giao Sở Công Thương chủ trì xây dựng kế hoạch khuyến công, hoàn thành trong năm 2026.",
    ]
    preview, read = _read(_write(tmp_path, "cong-van-2.txt", lines))
    assert preview.directive["recipients"] == ["Sở Công Thương"]
    assert (["Sở Công Thương"], "2026-12-31") in read


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("trước 15/12 hằng năm", (15, 12)),
        ("Hằng năm, trước 30/6", (30, 6)),
        ("hàng năm, trước ngày 15 tháng 12", (15, 12)),
    ],
)
def test_a_yearly_day_written_without_ngay_is_read(words, expected):
    timeframe = read_timeframe(words)
    assert timeframe.is_recurring
    assert [(item.day, item.month) for item in timeframe.recurrences] == [expected]


def test_a_field_block_yearly_day_is_a_tasks_deadline_not_the_reporting_duty():
    from tasks.reporting_duty import read_reporting_duty  # noqa: PLC0415

    assert read_reporting_duty("- Tiến độ: trước 30/6 hằng năm.") is None
    assert read_reporting_duty("Các sở báo cáo UBND tỉnh trước 15/12 hằng năm.").schedules[0].key == "annual:15:12"


def test_the_plan_and_the_letter_saved_as_docx(db, tmp_path):
    plan = build_docx(tmp_path / "ke-hoach.docx", [*HEADER[4:], *NAMES], header=(HEADER[:3], HEADER[3:4]))
    _preview, read = _read(plan)
    assert read == ANSWERS
    listed = ["1. Sở Công Thương;", "2. Sở Tài chính;", "3. Ủy ban nhân dân các xã, phường."]
    letter = build_docx(
        tmp_path / "cong-van.docx",
        ["Kính gửi:", *listed, *LETTER_BODY],
        header=(LETTER_HEAD[:4], LETTER_HEAD[4:]),
        signature=(SIGNATURE[:3], SIGNATURE[3:]),
    )
    preview, read = _read(letter)
    assert preview.directive["recipients"] == ["Sở Công Thương", "Sở Tài chính", "Ủy ban nhân dân các xã, phường"]
    assert read == [(["Sở Công Thương"], "2026-12-31"), (["Sở Tài chính"], "yearly 15/12")]


MARKET = [
    "ỦY BAN NHÂN DÂN",
    "THÀNH PHỐ ĐÀ NẴNG",
    "Số: 15/KH-UBND",
    "Đà Nẵng, ngày 02 tháng 02 năm 2026",
    "KẾ HOẠCH",
    "Bảo đảm an toàn phòng cháy tại các chợ năm 2026",
    "II. NHIỆM VỤ",
    "1. Giao UBND các phường nơi có chợ kiểm tra an toàn phòng cháy tại chợ trong năm 2026.",
    "2. Các phương tiện, biển báo cháy nổ, thoát hiểm tại chợ phải được giữ gìn và bảo quản, không được làm hư hại,"
    " không được tự ý tháo dỡ, di chuyển.",
    "3. Sở Công Thương tổng hợp kết quả, báo cáo UBND thành phố trước ngày 15/12/2026.",
]


def test_things_a_rule_is_about_are_no_group_of_wards(db, tmp_path):
    """`Các phương tiện, biển báo … phải được giữ gìn`: folded, `phương` reads as `phường`; written with its marks it
    is the word of `phương tiện`, so the item names no body (never the wards' group narrowed by `tiện, biển báo …`,
    nor the words after `và` a name to map), while `UBND các phường nơi có chợ` above it is the group narrowed."""
    province, _agencies = create_province("Đà Nẵng", datetime.date(2026, 2, 2))
    path = _write(tmp_path, "ke-hoach-15.txt", MARKET)
    preview = build_preview(path, path.name, province=province)

    tasks = [task for task in preview.parsed.tasks if task.kind == TaskKind.TASK]
    read = [([ref.text for ref in task.leads], _due(task)) for task in tasks]

    assert read == [
        (["UBND các phường nơi có chợ"], "2026-12-31"),
        ([], ""),
        (["Sở Công Thương"], "2026-12-15"),
    ]
    assert not preview.parsed.unmatched
