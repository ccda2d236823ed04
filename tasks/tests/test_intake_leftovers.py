"""Kinds of error a held-out measure found in directives of other provinces (issue #14 point 3), each on documents
typed for it in forms the development sets do not hold: what a PDF's text copy leaves (page numbers inside a
sentence, words hyphenated at a line's end), a subject (`V/v …`) with no blank line before the body, bodies no
catalogue holds as the lead of a direction, a role in brackets after a heading's agency, a name running into a verb
the extraction did not know, `thường xuyên` as an adverb, and an outline label alone on its line."""

import pytest
from django.utils import translation

from agencies.normalize import search_key
from tasks.importing.preview import build_preview
from tasks.intake.text import joined_lines, read_text
from tasks.models import TaskKind

from .documents import build_docx, build_pdf

SIGNATURE = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình\n"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _tasks(tmp_path, text, name="van-ban.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    preview = build_preview(path, name)
    return preview, [task for task in preview.parsed.tasks if task.kind == TaskKind.TASK]


def _due(task):
    if task.timeframe.is_recurring:
        return "recurring"
    return task.timeframe.due_date.isoformat() if task.timeframe.due_date else ""


def _checked(tasks, answers):
    """Every answer (first words, leads as written, due date or `recurring`) found once; nothing else proposed."""
    read = []
    for start, *_expected in answers:
        found = [task for task in tasks if search_key(start) in search_key(task.text)]
        assert len(found) == 1, (start, [task.text for task in tasks])
        read.append((start, [ref.text for ref in found[0].leads], _due(found[0])))
    assert read == answers
    assert len(tasks) == len(answers), [task.text for task in tasks]


# 1. A PDF's text copy: page numbers (`2`, `- 3 -`, `Trang 4/6`) where a page break cut a sentence, words
# hyphenated at a line's end, in a name (`Sở Công Thư-` / `ơng`) and in the text.
PDF_COPY = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH
Số: 77/KH-UBND
Bắc Ninh, ngày 14 tháng 3 năm 2026
KẾ HOẠCH
Kiểm tra an toàn thực phẩm dịp cao điểm năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Phát hiện, xử lý kịp thời vi phạm về an toàn thực phẩm.
II. NHIỆM VỤ
1. Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Sở Công Thư-
ơng tổ chức các đoàn kiểm tra liên ngành, hoàn thành trước ngày
2
30/4/2026.
2. Giao Sở Công Thư-
ơng chủ trì kiểm tra các chợ đầu mối, siêu thị trên địa bàn; báo cáo kết quả về Sở Y tế trước ngày 15/5/2026.
3. Đề nghị Ủy ban nhân dân các xã, phư-
ờng tăng cường tuyên truyền về an toàn thực phẩm đến các hộ kinh doanh
- 3 -
nhỏ lẻ trong tháng 4 năm 2026.
4. Sở Văn hóa, Thể thao và Du lịch chỉ đạo các cơ quan báo chí đăng tải tin bài về an toàn
Trang 4/6
thực phẩm trước ngày 20/4/2026.
"""
PDF_COPY_ANSWERS = [
    ("Sở Y tế chủ trì, phối hợp với Sở Nông nghiệp và Môi trường, Sở Công Thương tổ chức", ["Sở Y tế"], "2026-04-30"),
    ("Giao Sở Công Thương chủ trì kiểm tra các chợ", ["Sở Công Thương"], "2026-05-15"),
    ("Ủy ban nhân dân các xã, phường tăng cường tuyên truyền", ["Ủy ban nhân dân các xã, phường"], "2026-04-30"),
    ("đăng tải tin bài về an toàn thực phẩm", ["Sở Văn hóa, Thể thao và Du lịch"], "2026-04-20"),
]


def _with_blank_lines(text):
    """The same copy as another converter gives it: a blank line before each item and around each page number,
    a form feed at a page break."""
    lines = []
    for line in text.splitlines():
        if line in ("2", "- 3 -", "Trang 4/6"):
            lines += ["", f"\f{line}" if line == "2" else line, ""]
        elif line[:1].isdigit() or line.startswith(("I", "K")):
            lines += ["", line]
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("blank_lines", [False, True])
def test_page_numbers_and_hyphenated_words_of_a_pdfs_text_copy(db, tmp_path, blank_lines):
    text = PDF_COPY + SIGNATURE
    _preview, tasks = _tasks(tmp_path, _with_blank_lines(text) if blank_lines else text)

    _checked(tasks, PDF_COPY_ANSWERS)
    coordinators = [ref.text for ref in tasks[0].coordinators]
    assert coordinators == ["Sở Nông nghiệp và Môi trường", "Sở Công Thương"]


def test_a_hyphen_between_words_stays_and_a_lone_number_over_an_item_is_its_label():
    assert joined_lines("phát triển kinh tế-", "xã hội", apart="") == "phát triển kinh tế-xã hội"
    assert joined_lines("Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thư-", "ơng") == (
        "Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thương"
    )
    assert joined_lines("Nghị quyết số 10-", "NQ/TW") == "Nghị quyết số 10- NQ/TW"
    # a number alone between paragraphs is a page's; with its `.` or `)` it is the label of the text under it
    blocks = read_text("Các sở thực hiện như sau.\n\n2\n\nSở Tài chính bố trí kinh phí.\n")
    assert [block.text for block in blocks] == ["Các sở thực hiện như sau.", "Sở Tài chính bố trí kinh phí."]
    blocks = read_text("Các sở thực hiện như sau.\n\n2.\n\nSở Tài chính bố trí kinh phí.\n")
    assert [block.text for block in blocks] == ["Các sở thực hiện như sau.", "2. Sở Tài chính bố trí kinh phí."]


# 7. The subject over two lines and the body right under it, no blank line between: the place and date line, the
# first outline label or the body's opening words end the subject.
LETTER = """ỦY BAN NHÂN DÂN
TỈNH BẾN TRE
Số: 2210/UBND-KT
V/v chấn chỉnh công tác quản lý
chợ trên địa bàn tỉnh
{after}1. Sở Công Thương chủ trì kiểm tra công tác quản lý chợ tại các huyện, báo cáo UBND tỉnh trước ngày 30/9/2026.
2. UBND các huyện, thành phố rà soát hợp đồng thuê điểm kinh doanh tại chợ, hoàn thành trong tháng 10/2026.
"""


@pytest.mark.parametrize(
    "after",
    [
        "",
        "Bến Tre, ngày 11 tháng 8 năm 2026\n",
        "Bến Tre, ngày 11 tháng 8 năm 2026\nKính gửi: Các sở, ngành tỉnh; UBND các huyện, thành phố.\n",
        "Để chấn chỉnh công tác quản lý chợ, Ủy ban nhân dân tỉnh có ý kiến như sau:\n",
    ],
)
def test_a_subject_ends_where_the_body_starts_without_a_blank_line(db, tmp_path, after):
    preview, tasks = _tasks(tmp_path, LETTER.format(after=after) + SIGNATURE)

    assert preview.directive["subject"] == "V/v chấn chỉnh công tác quản lý chợ trên địa bàn tỉnh"
    _checked(
        tasks,
        [
            ("Sở Công Thương chủ trì kiểm tra", ["Sở Công Thương"], "2026-09-30"),
            ("UBND các huyện, thành phố rà soát", ["UBND các huyện, thành phố"], "2026-10-31"),
        ],
    )


# 6. An outline label alone on its line (`II.`, `1.`, `a)`, `-`), its text on the next, in a text copy with or
# without blank lines and in a .docx where each is a paragraph of its own.
LONE_LABELS = """ỦY BAN NHÂN DÂN
TỈNH NAM ĐỊNH
Số: 33/KH-UBND
Nam Định, ngày 18 tháng 02 năm 2026
KẾ HOẠCH
Chuyển đổi số trong thương mại năm 2026
I.
MỤC ĐÍCH, YÊU CẦU
Thúc đẩy thương mại điện tử trong doanh nghiệp nhỏ và vừa.
II.
NHIỆM VỤ CỤ THỂ
1.
Sở Công Thương
a)
Tổ chức tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho doanh nghiệp trước ngày 30/6/2026.
b)
Xây dựng bản đồ số các chợ truyền thống, hoàn thành trong Quý III/2026.
2.
Sở Khoa học và Công nghệ:
-
Hỗ trợ doanh nghiệp đăng ký tên miền, xây dựng website trong năm 2026.
-
Hướng dẫn các hợp tác xã đưa sản phẩm OCOP lên sàn giao dịch trước ngày 31/10/2026.
3.
Đề nghị Ngân hàng Nhà nước khu vực 4 chỉ đạo các ngân hàng thương mại mở rộng thanh toán không dùng tiền mặt tại các
chợ, trong năm 2026.
"""
LONE_LABEL_ANSWERS = [
    ("Tổ chức tập huấn kỹ năng bán hàng", ["Sở Công Thương"], "2026-06-30"),
    ("Xây dựng bản đồ số các chợ", ["Sở Công Thương"], "2026-09-30"),
    ("Hỗ trợ doanh nghiệp đăng ký tên miền", ["Sở Khoa học và Công nghệ"], "2026-12-31"),
    ("Hướng dẫn các hợp tác xã đưa sản phẩm OCOP", ["Sở Khoa học và Công nghệ"], "2026-10-31"),
    ("Ngân hàng Nhà nước khu vực 4 chỉ đạo", ["Ngân hàng Nhà nước khu vực 4"], "2026-12-31"),
]


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_an_outline_label_alone_on_its_line(db, tmp_path, separator):
    _preview, tasks = _tasks(tmp_path, separator.join((LONE_LABELS + SIGNATURE).splitlines()) + "\n")

    _checked(tasks, LONE_LABEL_ANSWERS)
    assert [task.code for task in tasks] == ["II.1.a", "II.1.b", "II.2.1", "II.2.2", "II.3"]


@pytest.mark.parametrize(("build", "name"), [(build_docx, "ke-hoach.docx"), (build_pdf, "ke-hoach.pdf")])
def test_an_outline_label_a_paragraph_of_its_own_in_a_docx_or_pdf(db, tmp_path, build, name):
    lines = LONE_LABELS.splitlines()
    body = lines[4:-2] + [" ".join(lines[-2:])]
    signature = (SIGNATURE.splitlines()[:3], SIGNATURE.splitlines()[3:])
    path = build(tmp_path / name, body, header=(lines[:3], lines[3:4]), signature=signature)
    tasks = [task for task in build_preview(path, path.name).parsed.tasks if task.kind == TaskKind.TASK]

    _checked(tasks, LONE_LABEL_ANSWERS)
