"""Directives retyped in forms the extraction was not developed on (issue #14 acceptance, "in all the forms above"):
one plan written with per-agency sections, `a) Chủ trì:` / `b) Phối hợp:` groups, `Sở X: …`, `Trách nhiệm của …:`,
an agency sub-heading with its task in the next paragraph, a field block serving the bullets above it and a request
(`Đề nghị …`); the same plan copied from a web page (bold marks across lines, `|` lines, sentences broken over lines,
a number on a line of its own), saved as .docx and as PDF, and with its tasks in a Phụ lục table; and a decision whose
article names the directors of several departments at once. Each must give every task with its leads and deadline,
and nothing that is not a task."""

import json

import pytest

from agencies.normalize import search_key
from tasks.importing.preview import build_preview
from tasks.intake.text import read_text
from tasks.models import TaskKind

from .documents import build_docx, build_pdf
from .test_intake import ANSWERS as REAL_ANSWERS
from .test_intake import DOCUMENTS, _measure

HEADER = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH ĐẮK LẮK",
    "Số: 130/KH-UBND",
    "Đắk Lắk, ngày 21 tháng 11 năm 2025",
    "KẾ HOẠCH",
    "Bảo đảm cung ứng hàng hóa thiết yếu cho người dân sau lũ",
]
BODY = [
    "Thực hiện Công điện số 12/CĐ-TTg ngày 20/11/2025 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế "
    "hoạch như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Bảo đảm đủ hàng hóa thiết yếu cho người dân vùng bị ảnh hưởng, không để xảy ra thiếu hàng, sốt giá.",
    "II. NHIỆM VỤ",
    "1. Sở Công Thương",
    "a) Chủ trì:",
    "- Theo dõi diễn biến thị trường, giá cả hàng hóa thiết yếu; báo cáo UBND tỉnh trước ngày 15/12/2025.",
    "- Tổ chức kết nối cung cầu giữa doanh nghiệp phân phối và các xã bị thiệt hại.",
    "b) Phối hợp:",
    "- Phối hợp với Sở Tài chính kiểm tra việc niêm yết giá, bán theo giá niêm yết.",
    "2. Sở Tài chính: Bố trí kinh phí hỗ trợ vận chuyển hàng hóa đến các xã bị cô lập trong tháng 12 năm 2025.",
    "3. Trách nhiệm của Sở Nông nghiệp và Môi trường:",
    "a) Đánh giá thiệt hại sản xuất nông nghiệp do lũ, báo cáo trước ngày 20/12/2025.",
    "b) Hướng dẫn khôi phục sản xuất vụ Đông Xuân.",
    "4. Giao Sở Xây dựng",
    "Chủ trì, phối hợp với UBND các xã, phường kiểm tra, sửa chữa các tuyến đường vận chuyển hàng hóa bị sạt lở, "
    "hoàn thành trước ngày 31/12/2025.",
    "5. Bình ổn giá các mặt hàng thiết yếu",
    "- Kiểm tra, xử lý nghiêm hành vi đầu cơ, găm hàng, tăng giá bất hợp lý;",
    "- Công khai giá bán các mặt hàng thiết yếu tại các chợ, siêu thị.",
    "- Thời gian thực hiện: Quý IV/2025.",
    "- Cơ quan chủ trì: Sở Công Thương.",
    "- Cơ quan phối hợp: Công an tỉnh.",
    "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động các tổ chức, cá nhân ủng hộ hàng hóa cho người dân "
    "vùng lũ.",
]
SIGNATURE = ["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"]
# (first words, leads as written, coordinators as written, due date)
ANSWERS = [
    ("Theo dõi diễn biến thị trường", ["Sở Công Thương"], [], "2025-12-15"),
    ("Tổ chức kết nối cung cầu", ["Sở Công Thương"], [], ""),
    ("Phối hợp với Sở Tài chính kiểm tra", ["Sở Tài chính"], ["Sở Công Thương"], ""),
    ("Bố trí kinh phí hỗ trợ vận chuyển", ["Sở Tài chính"], [], "2025-12-31"),
    ("Đánh giá thiệt hại sản xuất nông nghiệp", ["Sở Nông nghiệp và Môi trường"], [], "2025-12-20"),
    ("Hướng dẫn khôi phục sản xuất", ["Sở Nông nghiệp và Môi trường"], [], ""),
    ("Chủ trì, phối hợp với UBND các xã", ["Sở Xây dựng"], ["UBND các xã, phường"], "2025-12-31"),
    ("Kiểm tra, xử lý nghiêm hành vi đầu cơ", ["Sở Công Thương"], ["Công an tỉnh"], "2025-12-31"),
    ("Công khai giá bán các mặt hàng", ["Sở Công Thương"], ["Công an tỉnh"], "2025-12-31"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"], [], ""),
]


pytestmark = pytest.mark.usefixtures("english")


def _task_rows(preview):
    """The proposed tasks of a preview, headings left out."""
    return [task for task in preview.parsed.tasks if task.kind == TaskKind.TASK]


def _due(task):
    """A task's deadline as the tests write it: "recurring", its due date, or "" when the text gives none."""
    return "recurring" if task.timeframe.is_recurring else str(task.timeframe.due_date or "")


def _checked(path):
    """Every answer found once with its leads, coordinators and deadline; no other task proposed."""
    tasks = _task_rows(build_preview(path, path.name))
    read = []
    for start, *_expected in ANSWERS:
        found = [task for task in tasks if search_key(start) in search_key(task.text)]
        assert len(found) == 1, (start, [task.text for task in tasks])
        task = found[0]
        read.append(
            (
                start,
                [ref.text for ref in task.leads],
                [ref.text for ref in task.coordinators],
                task.timeframe.due_date.isoformat() if task.timeframe.due_date else "",
            )
        )
    assert read == ANSWERS
    assert len(tasks) == len(ANSWERS), [task.text for task in tasks]


def test_a_plan_in_per_agency_sections_and_groups_as_plain_text(db, tmp_path):
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n\n".join([*HEADER, *BODY, *SIGNATURE]) + "\n", encoding="utf-8")
    _checked(path)


def _web_copy(paragraph):
    """A paragraph as a web page's text copy gives it: hard line breaks inside it, headings in bold marks that
    open on one line and close on another, a list number alone on its line."""
    words = paragraph.split()
    if len(paragraph) < 60 and paragraph[:1].isdigit() and not paragraph.endswith("."):
        number, first, rest = paragraph.split(" ", 2)
        return f"**{number}****\n**{first}\n{rest}**"
    lines, line = [], []
    for word in words:
        line.append(word)
        if len(" ".join(line)) > 55:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    text = "\n".join(line for line in lines if line)
    return f"**{text}**" if paragraph.isupper() else text


def test_the_same_plan_copied_from_a_web_page(db, tmp_path):
    letterhead = "**ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK**\n-------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n|\n|\n"
    numbered = "Số: 130/KH-UBND\n|\n*Đắk Lắk, ngày 21 tháng 11 năm\n2025*\n|\n|\n\n"
    body = "\n\n".join(_web_copy(paragraph) for paragraph in [*HEADER[4:], *BODY])
    path = tmp_path / "ke-hoach-web.txt"
    path.write_text(letterhead + numbered + body + "\n\n** **\n\n" + "\n\n".join(SIGNATURE) + "\n", encoding="utf-8")
    _checked(path)


def test_the_same_plan_saved_as_docx_and_as_pdf(db, tmp_path):
    header = (HEADER[:3], HEADER[3:4])
    signature = (SIGNATURE[:3], SIGNATURE[3:])
    _checked(build_docx(tmp_path / "ke-hoach.docx", [*HEADER[4:], *BODY], header=header, signature=signature))
    _checked(build_pdf(tmp_path / "ke-hoach.pdf", [*HEADER[4:], *BODY], header=header, signature=signature))


def test_the_same_tasks_in_an_appendix_table_of_a_docx(db, tmp_path):
    rows = [
        ("TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
        ("1", "Theo dõi diễn biến thị trường, giá cả hàng hóa thiết yếu", "Sở Công Thương", "", "Trước 15/12/2025"),
        ("2", "Tổ chức kết nối cung cầu giữa doanh nghiệp phân phối và các xã", "Sở Công Thương", "", ""),
        ("3", "Phối hợp với Sở Tài chính kiểm tra việc niêm yết giá", "Sở Tài chính", "Sở Công Thương", ""),
        ("4", "Bố trí kinh phí hỗ trợ vận chuyển hàng hóa", "Sở Tài chính", "", "Tháng 12/2025"),
        ("5", "Đánh giá thiệt hại sản xuất nông nghiệp do lũ", "Sở Nông nghiệp và Môi trường", "", "20/12/2025"),
        ("6", "Hướng dẫn khôi phục sản xuất vụ Đông Xuân", "Sở Nông nghiệp và Môi trường", "", ""),
        (
            "7",
            "Chủ trì, phối hợp với UBND các xã, phường kiểm tra, sửa chữa các tuyến đường",
            "Sở Xây dựng",
            "UBND các xã, phường",
            "31/12/2025",
        ),
        ("8", "Kiểm tra, xử lý nghiêm hành vi đầu cơ, găm hàng", "Sở Công Thương", "Công an tỉnh", "Quý IV/2025"),
        ("9", "Công khai giá bán các mặt hàng thiết yếu", "Sở Công Thương", "Công an tỉnh", "Quý IV/2025"),
        (
            "10",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động các tổ chức, cá nhân ủng hộ",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "",
            "",
        ),
    ]
    paragraphs = [
        *HEADER[4:],
        BODY[0],
        "II. NHIỆM VỤ",
        "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
        "PHỤ LỤC",
        "NHIỆM VỤ BẢO ĐẢM CUNG ỨNG HÀNG HÓA THIẾT YẾU",
        *rows,
    ]
    header = (HEADER[:3], HEADER[3:4])
    _checked(build_docx(tmp_path / "phu-luc.docx", paragraphs, header=header, signature=(SIGNATURE[:3], SIGNATURE[3:])))


def test_a_decision_naming_the_directors_of_several_departments_in_one_article(db, tmp_path):
    path = tmp_path / "quyet-dinh.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 129/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc bảo đảm hàng hóa thiết yếu sau lũ\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Phương án bảo đảm cung ứng hàng hóa thiết yếu.\n\n"
        "Điều 2. Giám đốc các Sở: Công Thương, Tài chính, Nông nghiệp và Môi trường có trách nhiệm theo dõi sát diễn "
        "biến cung cầu, giá cả hàng hóa thiết yếu trên địa bàn, báo cáo UBND tỉnh trước ngày 15/12/2025.\n\n"
        "Điều 3. Chủ tịch UBND các xã, phường chỉ đạo rà soát nhu cầu hàng hóa thiết yếu của người dân vùng bị ngập, "
        "gửi Sở Công Thương trước ngày 10/12/2025.\n\n"
        "Điều 4. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách "
        "nhiệm thi hành Quyết định này.\n",
        encoding="utf-8",
    )

    tasks = _task_rows(build_preview(path, path.name))

    read = [([ref.text for ref in task.leads], task.timeframe.due_date.isoformat()) for task in tasks]
    assert read == [
        (["Sở Công Thương", "Sở Tài chính", "Sở Nông nghiệp và Môi trường"], "2025-12-15"),
        (["UBND các xã, phường"], "2025-12-10"),
    ]


REAL = sorted(path.stem for path in REAL_ANSWERS.glob("*.json"))
# 04's Phụ lục is a 13-column table of tall cells that reportlab cannot lay out on an A4 page (the .docx has it).
NO_PDF = {"04_nghe-an_980-kh-ubnd"}


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_the_real_directives_saved_as_docx_and_pdf_read_as_their_text_does(db, tmp_path, kind):
    """The ten real directives of other provinces, saved as Word and as PDF, give the same found / right-lead /
    right-deadline / not-a-task counts against their hand-read answers as their text (a PDF's copy list after the
    closing `./.` kept apart from it)."""
    for stem in REAL:
        if kind == "pdf" and stem in NO_PDF:
            continue
        answer = json.loads((REAL_ANSWERS / f"{stem}.json").read_text(encoding="utf-8"))
        blocks = read_text((DOCUMENTS / answer["document"]).read_text(encoding="utf-8"))
        widths = {}
        for block in blocks:
            if block.is_table_row:
                widths[block.table] = max(widths.get(block.table, 0), len(block.cells))
        paragraphs = [
            (*block.cells, *[""] * (widths[block.table] - len(block.cells))) if block.is_table_row else block.text
            for block in blocks
        ]
        name = f"{stem}.{kind}"
        (build_docx if kind == "docx" else build_pdf)(tmp_path / name, paragraphs)

        source = DOCUMENTS / answer["document"]
        assert _measure({**answer, "document": name}, tmp_path, source) == _measure(answer), name


def test_agency_sub_headings_unit_fields_and_requests_to_bodies_outside_the_province(db, tmp_path):
    """`1.1. Giao Sở …` over its paragraph, `Đơn vị thực hiện / chủ trì / phối hợp`, `Tiến độ`, `Thời hạn hoàn thành`,
    `Yêu cầu Giám đốc …`, `Đề nghị Báo … mở chuyên mục … trong tháng 01/2026` (no action word the list knows: the name
    is the start the catalogue knows, with its place), and the reporting duty as the directive's schedule."""
    path = tmp_path / "ke-hoach-chuyen-doi-so.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 88/KH-UBND\n\nKẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\n\n"
        "II. NHIỆM VỤ CỤ THỂ\n\n1. Hạ tầng số\n\n1.1. Giao Sở Khoa học và Công nghệ\n\n"
        "Chủ trì, phối hợp với Viễn thông Hà Tĩnh phủ sóng 5G đến trung tâm các xã, phường; hoàn thành trong Quý "
        "II/2026.\n\n1.2. Giao Ủy ban nhân dân các xã, phường\n\n"
        "Bố trí mặt bằng cho các doanh nghiệp viễn thông lắp đặt trạm phát sóng, thường xuyên.\n\n"
        "2. Dữ liệu số\n\na) Xây dựng cơ sở dữ liệu đất đai dùng chung của tỉnh.\n\n"
        "- Đơn vị thực hiện: Sở Nông nghiệp và Môi trường.\n\n- Tiến độ: trước 30/6 hằng năm.\n\n"
        "b) Số hóa hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính.\n\n"
        "- Đơn vị chủ trì: Văn phòng UBND tỉnh.\n\n- Đơn vị phối hợp: các sở, ban, ngành; UBND các xã, phường.\n\n"
        "- Thời hạn hoàn thành: Quí IV-2026.\n\n"
        "3. Yêu cầu Giám đốc Công an tỉnh chỉ đạo bảo đảm an ninh mạng cho các hệ thống thông tin của tỉnh, báo cáo "
        "kết quả trước ngày 15 tháng 12 năm 2026.\n\n"
        "4. Đề nghị Báo và Phát thanh, Truyền hình Hà Tĩnh mở chuyên mục về chuyển đổi số trong tháng 01/2026.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\nCác cơ quan, đơn vị định kỳ hằng quý, trước ngày 10 của tháng cuối quý báo cáo kết "
        "quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp, báo cáo UBND tỉnh.\n",
        encoding="utf-8",
    )

    preview = build_preview(path, path.name)
    tasks = _task_rows(preview)

    assert [(task.code, [ref.text for ref in task.leads], _due(task)) for task in tasks] == [
        ("II.1.1", ["Sở Khoa học và Công nghệ"], "2026-06-30"),
        ("II.1.2", ["Ủy ban nhân dân các xã, phường"], "recurring"),
        ("II.2.a", ["Sở Nông nghiệp và Môi trường"], "recurring"),
        ("II.2.b", ["Văn phòng UBND tỉnh"], "2026-12-31"),
        ("II.3", ["Công an tỉnh"], "2026-12-15"),
        ("II.4", ["Báo và Phát thanh, Truyền hình Hà Tĩnh"], "2026-01-31"),
    ]
    assert [ref.text for ref in tasks[3].coordinators] == ["các sở, ban, ngành", "UBND các xã, phường"]
    assert preview.directive["schedules"] == ["quarterly:10:3,6,9,12"]


def test_a_plan_typed_one_paragraph_a_line_with_a_closing_section_of_assignments(db, tmp_path):
    """A plan typed with one paragraph a line (no blank lines): a heading on its line is not joined to the `-` item
    under it; an item written as its own field block (`Đơn vị chủ trì: … Nội dung: …`); a closing section in
    capitals over unlabelled paragraphs that each assign, the reporting duty among them (the schedule, not a task);
    `… phải …` after who is obliged; `… tổ chức chính trị - xã hội vận động …` (the name ends at `hội`); a body at two
    levels; inspections `định kỳ hoặc đột xuất` (no schedule)."""
    path = tmp_path / "cum-cong-nghiep.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 205/KH-UBND\nQuảng Trị, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
        "Phát triển cụm công nghiệp năm 2026\n"
        "I. NHIỆM VỤ\n"
        "1. Hoàn thiện hạ tầng kỹ thuật cụm công nghiệp\n"
        "- Đầu tư hệ thống xử lý nước thải tập trung tại các cụm công nghiệp đã lấp đầy;\n"
        "- Hoàn thành đường giao thông nội bộ cụm công nghiệp Hải Lệ.\n"
        "- Thời gian thực hiện: năm 2026.\n"
        "- Cơ quan chủ trì: Sở Xây dựng.\n"
        "2. Đơn vị chủ trì: Sở Công Thương. Nội dung: Thu hút nhà đầu tư thứ cấp vào cụm công nghiệp Diên Sanh. "
        "Thời gian: Quý III/2026.\n"
        "3. Ban Chỉ đạo phát triển công nghiệp cấp tỉnh, cấp xã rà soát tiến độ các dự án chậm triển khai, hoàn "
        "thành trước ngày 31/8/2026.\n"
        "4. Giao Sở Công Thương kiểm tra định kỳ hoặc đột xuất việc chấp hành pháp luật về bảo vệ môi trường "
        "của các cơ sở sản xuất trong cụm công nghiệp.\n"
        "5. Các doanh nghiệp hoạt động trong cụm công nghiệp phải bảo đảm an toàn phòng cháy, chữa cháy.\n"
        "6. Đề nghị Liên đoàn Lao động tỉnh và các tổ chức chính trị - xã hội vận động người lao động tham gia "
        "bảo hiểm xã hội.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "Sở Tài chính cân đối, bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2026.\n"
        "UBND các xã, phường có cụm công nghiệp bảo đảm an ninh trật tự, thường xuyên.\n"
        "Định kỳ hằng quý, trước ngày 15 của tháng cuối quý, các cơ quan, đơn vị báo cáo kết quả thực hiện về "
        "Sở Công Thương để tổng hợp, báo cáo UBND tỉnh.\n",
        encoding="utf-8",
    )

    preview = build_preview(path, path.name)
    tasks = _task_rows(preview)

    expected = [
        ("I.1.1", "Đầu tư hệ thống xử lý", ["Sở Xây dựng"], "2026-12-31"),
        ("I.1.2", "Hoàn thành đường giao thông", ["Sở Xây dựng"], "2026-12-31"),
        ("I.2", "Thu hút nhà đầu tư", ["Sở Công Thương"], "2026-09-30"),
        ("I.3", "Ban Chỉ đạo phát triển", ["Ban Chỉ đạo phát triển công nghiệp cấp tỉnh, cấp xã"], "2026-08-31"),
        ("I.4", "Giao Sở Công Thương kiểm tra", ["Sở Công Thương"], ""),
        ("I.5", "Các doanh nghiệp hoạt động", ["Các doanh nghiệp hoạt động trong cụm công nghiệp"], ""),
        ("I.6", "Đề nghị Liên đoàn Lao động", ["Liên đoàn Lao động tỉnh", "các tổ chức chính trị - xã hội"], ""),
        ("II.1", "Sở Tài chính cân đối", ["Sở Tài chính"], ""),
        ("II.2", "UBND các xã, phường có", ["UBND các xã, phường có cụm công nghiệp"], "recurring"),
    ]
    assert [
        (task.code, task.text[: len(start)], [ref.text for ref in task.leads], _due(task))
        for task, (_code, start, _leads, _deadline) in zip(tasks, expected, strict=False)
    ] == expected
    assert len(tasks) == len(expected)
    assert preview.directive["schedules"] == ["quarterly:15:3,6,9,12"]


def test_a_leaders_conclusions_giving_work_to_several_bodies_in_one_item(db, tmp_path):
    """A notice of a leader's conclusions: a later `;` clause or sentence that gives a body work of its own adds it as
    a lead (after its opening `Để …,` too), one asked only to take part does not; a reward sentence followed by the
    body that handles the rewards is that body's task."""
    path = tmp_path / "thong-bao-ket-luan.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n\nSố: 412/TB-VPUB\n\nNinh Thuận, ngày 14 tháng 9 năm 2026\n\n"
        "THÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh tại buổi làm việc về các dự án năng lượng\n\n"
        "1. Về dự án điện gió Phước Hữu: giao Sở Công Thương chủ trì, phối hợp với các cơ quan liên quan hướng "
        "dẫn chủ đầu tư hoàn thiện hồ sơ điều chỉnh chủ trương đầu tư trong tháng 10 năm 2026; Sở Xây dựng thẩm "
        "định thiết kế cơ sở của dự án.\n\n"
        "2. Về đường dây đấu nối trạm biến áp 220 kV: Công ty Điện lực Ninh Thuận khẩn trương hoàn thành đóng "
        "điện trước ngày 30/11/2026; Sở Tài chính phối hợp thực hiện.\n\n"
        "3. Về mặt bằng cụm công nghiệp Tháp Chàm: Sở Xây dựng rà soát quy hoạch chi tiết. Để bàn giao mặt "
        "bằng đúng tiến độ, Ủy ban nhân dân phường Đô Vinh phối hợp với Sở Tài chính hoàn thành bồi thường, "
        "giải phóng mặt bằng trong Quý IV/2026.\n\n"
        "4. Tập thể, cá nhân có thành tích xuất sắc trong triển khai các dự án năng lượng được xét khen thưởng. "
        "Sở Nội vụ là cơ quan thường trực, có trách nhiệm tổng hợp, đề xuất khen thưởng trước ngày 15/12/2026.\n\n"
        "Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nLê Văn Bình\n",
        encoding="utf-8",
    )

    preview = build_preview(path, path.name)
    tasks = _task_rows(preview)

    assert [(task.code, [ref.text for ref in task.leads], _due(task)) for task in tasks] == [
        ("1", ["Sở Công Thương", "Sở Xây dựng"], "2026-10-31"),
        ("2", ["Công ty Điện lực Ninh Thuận"], "2026-11-30"),
        ("3", ["Sở Xây dựng", "Ủy ban nhân dân phường Đô Vinh"], "2026-12-31"),
        ("4", ["Sở Nội vụ"], "2026-12-15"),
    ]
    assert [ref.text for ref in tasks[1].coordinators] == ["Sở Tài chính"]
    assert tasks[3].text.startswith("Sở Nội vụ là cơ quan thường trực")


def test_articles_typed_one_line_each_and_a_request_to_a_body_over_its_items(db, tmp_path):
    """Text saved from Word (blank lines between articles only): an article's title on its line is a heading, not the
    start of its first numbered item; `Yêu cầu <a body>:` over a) b) is a request to that body, not a requirements
    section."""
    path = tmp_path / "quy-che.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nSố: 19/2026/QĐ-UBND\n\nQUY CHẾ\nQuản lý chợ trên địa bàn tỉnh\n\n"
        "Điều 4. Trách nhiệm của Sở Khoa học và Công nghệ\n"
        "1. Hướng dẫn các chợ ứng dụng thanh toán điện tử, hoàn thành trong Quý II/2026.\n"
        "2. Kiểm tra đo lường tại các chợ đầu mối.\n\n"
        "Điều 5. Trách nhiệm của Ủy ban nhân dân các xã, phường\n"
        "a) Quản lý trật tự kinh doanh tại chợ trên địa bàn, thường xuyên.\n\n"
        "Điều 6. Tổ chức thực hiện\n"
        "1. Yêu cầu Tổng công ty Điện lực miền Bắc:\n"
        "a) Kiểm tra an toàn lưới điện tại các chợ trước ngày 31/5/2026.\n"
        "b) Ưu tiên cấp điện cho các chợ đầu mối nông sản.\n"
        "2. Yêu cầu đối với ban quản lý chợ: niêm yết nội quy tại cổng chợ.\n",
        encoding="utf-8",
    )

    tasks = _task_rows(build_preview(path, path.name))

    assert [(task.code, task.text[:20], [ref.text for ref in task.leads], _due(task)) for task in tasks][:5] == [
        ("Điều 4.1", "Hướng dẫn các chợ ứn", ["Sở Khoa học và Công nghệ"], "2026-06-30"),
        ("Điều 4.2", "Kiểm tra đo lường tạ", ["Sở Khoa học và Công nghệ"], ""),
        ("Điều 5.a", "Quản lý trật tự kinh", ["Ủy ban nhân dân các xã, phường"], "recurring"),
        ("Điều 6.1.a", "Kiểm tra an toàn lướ", ["Tổng công ty Điện lực miền Bắc"], "2026-05-31"),
        ("Điều 6.1.b", "Ưu tiên cấp điện cho", ["Tổng công ty Điện lực miền Bắc"], ""),
    ]


def test_reporting_lead_ins_praise_titled_content_and_a_long_body_over_its_items(db, tmp_path):
    """`Chế độ thông tin: Các sở … gửi …` (a short title, then who acts); `Chậm nhất ngày …, các …` (a time lead-in);
    `hằng tháng` is recurring; `Biểu dương …` and `… chịu trách nhiệm tổ chức thực hiện Kế hoạch này.` are no tasks; a
    numbered task title over its `- Nội dung:` line keeps both; `Trách nhiệm của <a body no list knows>` over its
    items names all of it; `Các cơ quan, đơn vị báo cáo …` ends the names at the verb."""
    path = tmp_path / "ke-hoach-xuc-tien.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n\nSố: 61/KH-UBND\n\nKẾ HOẠCH\nXúc tiến thương mại năm 2026\n\n"
        "I. NHIỆM VỤ\n\n"
        "1. Biểu dương các doanh nghiệp tích cực tham gia chương trình xúc tiến thương mại năm 2025.\n\n"
        "2. Tổ chức hội chợ hàng nông sản tại các tỉnh phía Bắc\n\n"
        "- Nội dung: thuê gian hàng, hỗ trợ chi phí vận chuyển cho các hợp tác xã.\n\n"
        "- Đơn vị chủ trì: Sở Công Thương.\n\n- Thời gian thực hiện: tháng 8/2026.\n\n"
        "II. TRÁCH NHIỆM CỦA CÁC BÊN\n\n"
        "1. Trách nhiệm của đơn vị tổ chức hội chợ triển lãm được lựa chọn\n\n"
        "- Bố trí gian hàng theo đăng ký của doanh nghiệp.\n\n"
        "- Quyết toán kinh phí hỗ trợ trước ngày 30/11/2026.\n\n"
        "2. Sở Tài chính thẩm định dự toán kinh phí xúc tiến thương mại hằng tháng.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n\n"
        "1. Chế độ thông tin: Các sở, ngành gửi kết quả thực hiện về Sở Công Thương trước ngày 25/11/2026.\n\n"
        "2. Chậm nhất ngày 05/12/2026, các hiệp hội doanh nghiệp gửi danh sách doanh nghiệp tham gia về Sở "
        "Công Thương.\n\n"
        "3. Các cơ quan, đơn vị báo cáo khó khăn phát sinh về Sở Công Thương trước ngày 10/12/2026.\n\n"
        "4. Các sở, ngành, địa phương được giao nhiệm vụ chịu trách nhiệm tổ chức thực hiện Kế hoạch này.\n",
        encoding="utf-8",
    )

    tasks = _task_rows(build_preview(path, path.name))

    assert [(task.code, [ref.text for ref in task.leads], _due(task)) for task in tasks] == [
        ("I.2", ["Sở Công Thương"], "2026-08-31"),
        ("II.1.1", ["đơn vị tổ chức hội chợ triển lãm được lựa chọn"], ""),
        ("II.1.2", ["đơn vị tổ chức hội chợ triển lãm được lựa chọn"], "2026-11-30"),
        ("II.2", ["Sở Tài chính"], "recurring"),
        ("III.1", ["Các sở, ngành"], "2026-11-25"),
        ("III.2", ["các hiệp hội doanh nghiệp"], "2026-12-05"),
        ("III.3", ["Các cơ quan, đơn vị"], "2026-12-10"),
    ]
    assert (
        tasks[0].text == "Tổ chức hội chợ hàng nông sản tại các tỉnh phía Bắc: thuê gian hàng, hỗ trợ chi phí vận "
        "chuyển cho các hợp tác xã"
    )


def _proposed(path):
    """(text, leads as written, coordinators as written, due date) of every proposed task."""
    return [
        (
            task.text,
            [ref.text for ref in task.leads],
            [ref.text for ref in task.coordinators],
            task.timeframe.due_date.isoformat() if task.timeframe.due_date else "",
        )
        for task in _task_rows(build_preview(path, path.name))
    ]


def test_an_appendix_table_pasted_from_its_header_row_with_an_extra_column_and_group_rows(db, tmp_path):
    """A Phụ lục table copied one row a line, its header row the first line of the table (no `|---|` line and no
    lone `|` before it), with a column the import does not use (Kinh phí) and group rows holding only a label and
    a title: the header starts the table, the group rows are headings and every numbered row is one task."""
    text = "\n".join(
        [
            "ỦY BAN NHÂN DÂN",
            "TỈNH GIA LAI",
            "Số: 88/KH-UBND",
            "Gia Lai, ngày 03 tháng 3 năm 2026",
            "KẾ HOẠCH",
            "Hỗ trợ doanh nghiệp nhỏ và vừa năm 2026",
            "Phụ lục",
            "DANH MỤC NHIỆM VỤ",
            "| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Kinh phí |",
            "| I | HỖ TRỢ PHÁP LÝ CHO DOANH NGHIỆP | | | | |",
            "| 1 | Tổ chức hội nghị đối thoại với doanh nghiệp | Sở Tài chính | Hiệp hội Doanh nghiệp tỉnh "
            "| Quý II/2026 | Ngân sách tỉnh |",
            "| 2 | Rà soát thủ tục hành chính liên quan đến doanh nghiệp | Sở Nội vụ | Các sở, ngành | Năm 2026 | |",
            "| II | CHUYỂN ĐỔI SỐ | | | | |",
            "| 1 | Xây dựng nền tảng hỗ trợ doanh nghiệp trực tuyến | Sở Khoa học và Công nghệ | | Quý IV/2026 "
            "| Nguồn xã hội hóa |",
            "Nơi nhận:",
            "- Như trên;",
        ]
    )
    path = tmp_path / "phu-luc.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert _proposed(path) == [
        (
            "Tổ chức hội nghị đối thoại với doanh nghiệp",
            ["Sở Tài chính"],
            ["Hiệp hội Doanh nghiệp tỉnh"],
            "2026-06-30",
        ),
        ("Rà soát thủ tục hành chính liên quan đến doanh nghiệp", ["Sở Nội vụ"], ["Các sở, ngành"], "2026-12-31"),
        ("Xây dựng nền tảng hỗ trợ doanh nghiệp trực tuyến", ["Sở Khoa học và Công nghệ"], [], "2026-12-31"),
    ]
    headings = [task.text for task in build_preview(path, path.name).parsed.tasks if task.kind != TaskKind.TASK]
    assert any("CHUYỂN ĐỔI SỐ" in heading for heading in headings), headings


LETTER = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 412/UBND-VX", "Quảng Trị, ngày 09 tháng 4 năm 2026"]


def test_a_bold_numbered_heading_split_over_lines_names_its_agency_alone(db, tmp_path):
    """A web copy splitting a bold section heading: the number with the opening `**` on one line and the agency
    with the closing `**` on the next (`**1.` / `Sở Y tế**`), or each in its own marks (`**2.**` / `**Sở Giáo dục
    và Đào tạo**`), or the marks on lines of their own; the `a)` items under it are its tasks, the label not glued
    into the agency's name."""
    text = "\n".join(
        [
            *LETTER,
            "V/v phòng, chống dịch bệnh trong trường học",
            "Kính gửi: Các sở, ngành; UBND các xã, phường.",
            "Để chủ động phòng, chống dịch bệnh trong trường học, Chủ tịch UBND tỉnh yêu cầu:",
            "**1.",
            "Sở Y tế**",
            "a) Hướng dẫn các trường học vệ sinh khử khuẩn lớp học trước ngày 20/4/2026.",
            "b) Giám sát ca bệnh truyền nhiễm tại các cơ sở giáo dục.",
            "**2.**",
            "**Sở Giáo dục và Đào tạo**",
            "a) Chỉ đạo các trường báo cáo số học sinh nghỉ học do ốm.",
            "**",
            "3.",
            "Ủy ban nhân dân các xã, phường**",
            "a) Bố trí lực lượng hỗ trợ phun khử khuẩn trong tháng 4 năm 2026.",
            "Nơi nhận:",
            "- Như trên;",
        ]
    )
    path = tmp_path / "cong-van-web.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert _proposed(path) == [
        (
            "Hướng dẫn các trường học vệ sinh khử khuẩn lớp học trước ngày 20/4/2026.",
            ["Sở Y tế"],
            [],
            "2026-04-20",
        ),
        ("Giám sát ca bệnh truyền nhiễm tại các cơ sở giáo dục.", ["Sở Y tế"], [], ""),
        ("Chỉ đạo các trường báo cáo số học sinh nghỉ học do ốm.", ["Sở Giáo dục và Đào tạo"], [], ""),
        (
            "Bố trí lực lượng hỗ trợ phun khử khuẩn trong tháng 4 năm 2026.",
            ["Ủy ban nhân dân các xã, phường"],
            [],
            "2026-04-30",
        ),
    ]


def test_star_bullets_after_an_item_ending_in_a_semicolon_are_siblings(db, tmp_path):
    """`*` items, one a line, the one before ending in `;`: each is its own task, not joined to the one before."""
    text = "\n".join(
        [
            *LETTER,
            "V/v bảo đảm an toàn giao thông dịp nghỉ lễ",
            "Kính gửi: Công an tỉnh; Sở Xây dựng.",
            "Để bảo đảm an toàn giao thông dịp nghỉ lễ, Chủ tịch UBND tỉnh yêu cầu:",
            "1. Công an tỉnh",
            "* Tăng cường tuần tra, kiểm soát nồng độ cồn trên các tuyến quốc lộ;",
            "* Xử lý nghiêm xe chở quá tải trọng, quá số người quy định.",
            "2. Sở Xây dựng",
            "* Rà soát, khắc phục các điểm đen tai nạn giao thông;",
            "* Bố trí đủ phương tiện vận tải hành khách dịp nghỉ lễ;",
            "Nơi nhận:",
            "- Như trên;",
        ]
    )
    path = tmp_path / "cong-van-sao.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert [(task_text, leads) for task_text, leads, *_rest in _proposed(path)] == [
        ("Tăng cường tuần tra, kiểm soát nồng độ cồn trên các tuyến quốc lộ;", ["Công an tỉnh"]),
        ("Xử lý nghiêm xe chở quá tải trọng, quá số người quy định.", ["Công an tỉnh"]),
        ("Rà soát, khắc phục các điểm đen tai nạn giao thông;", ["Sở Xây dựng"]),
        ("Bố trí đủ phương tiện vận tải hành khách dịp nghỉ lễ;", ["Sở Xây dựng"]),
    ]
