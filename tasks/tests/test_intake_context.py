"""Sections that are not tasks stay in the proposed tree as headings (issue #14 point 3, the decision recorded in
`test_demo_seeds.py`): purposes, requirements, objectives and funding; the content a decision's Điều 1 approves;
what to do when difficulties arise. None is proposed as a task, except an item that gives work to an agency by a
time; a title over its paragraph and field block is the heading over that task; and a correction can say that a row
is a heading or a task."""

import pytest

from tasks.importing.edits import TASK_EDITS, row_key
from tasks.importing.preview import build_preview
from tasks.models import TaskKind

DECISION = """ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN
Số: 812/QĐ-UBND
Bắc Kạn, ngày 14 tháng 5 năm 2024

QUYẾT ĐỊNH
Về việc phê duyệt Đề án phát triển du lịch cộng đồng giai đoạn 2024-2026

ỦY BAN NHÂN DÂN TỈNH BẮC KẠN

Căn cứ Luật Du lịch năm 2017;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án phát triển du lịch cộng đồng tỉnh Bắc Kạn giai đoạn 2024-2026, gồm các nội dung chủ yếu sau:

I. MỤC TIÊU

1. Mục tiêu chung

- Đưa du lịch cộng đồng thành sinh kế bền vững của đồng bào vùng cao.

2. Mục tiêu cụ thể

- Phấn đấu đến năm 2026 có 12 làng du lịch cộng đồng đạt chuẩn.

II. NỘI DUNG ĐỀ ÁN

1. Hỗ trợ xây dựng sản phẩm du lịch

- Mục tiêu: Mỗi làng có ít nhất một sản phẩm đặc trưng.

- Hoạt động chính:

+ Khảo sát tài nguyên du lịch tại các thôn, bản;

+ Tập huấn kỹ năng đón khách cho hộ gia đình.

III. KINH PHÍ

- Hằng năm, Sở Văn hóa, Thể thao và Du lịch xây dựng dự toán kinh phí thực hiện Đề án, gửi Sở Tài chính thẩm định
trước ngày 31/7.

- Khuyến khích huy động nguồn xã hội hóa.

Điều 2. Tổ chức thực hiện

1. Sở Văn hóa, Thể thao và Du lịch: Chủ trì triển khai Đề án; báo cáo UBND tỉnh trước ngày 15/12/2024.

2. Sở Tài chính: Thẩm định, bố trí kinh phí thực hiện Đề án hằng năm.

3. Trong quá trình tổ chức triển khai, nếu có khó khăn, vướng mắc, các cơ quan kịp thời báo cáo UBND tỉnh xem xét.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Minh
"""

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 45/KH-UBND
Hòa Bình, ngày 02 tháng 3 năm 2024

KẾ HOẠCH
Phát triển công nghiệp chế biến nông sản năm 2024

I. MỤC ĐÍCH, YÊU CẦU

1. Mục đích

- Nâng cao giá trị nông sản chủ lực của tỉnh.

2. Yêu cầu

Bảo đảm sự phối hợp chặt chẽ giữa các sở, ngành và địa phương.

II. NHIỆM VỤ

1. Phát triển vùng nguyên liệu

a) Chế biến gỗ rừng trồng

Xây dựng chính sách khuyến khích liên kết trồng rừng gỗ lớn gắn với nhà máy chế biến.

- Thời gian thực hiện: năm 2024.

- Cơ quan chủ trì: Sở Nông nghiệp và Phát triển nông thôn.

- Cơ quan phối hợp: Sở Tài chính.

b) Rà soát quỹ đất phát triển cụm công nghiệp chế biến.

- Thời gian thực hiện: Quý III/2024.

- Cơ quan chủ trì: Sở Công Thương.
"""


pytestmark = pytest.mark.usefixtures("english")


def _preview(tmp_path, text, overrides=None):
    path = tmp_path / "document.txt"
    path.write_text(text, encoding="utf-8")
    return build_preview(path, path.name, overrides=overrides)


def _tree(preview):
    return {task.code: (task.kind, [ref.text for ref in task.leads], task.text) for task in preview.parsed.tasks}


def test_what_a_decision_approves_stays_as_headings_and_its_articles_give_the_tasks(db, tmp_path):
    tree = _tree(_preview(tmp_path, DECISION))

    headings = [code for code, (kind, _leads, _text) in tree.items() if kind == TaskKind.HEADING]
    assert headings == [
        "Điều 1",
        # the approved text's own outline, coded as it numbers its sections
        *("I", "I.1", "I.1.1", "I.2", "I.2.1"),
        *("II", "II.1", "II.1.1", "II.1.2", "II.1.2.1", "II.1.2.2"),
        *("III", "III.2"),
        "Điều 2",
        "Điều 2.3",  # what to do when difficulties arise: the reader's context
    ]
    tasks = {code: leads for code, (kind, leads, _text) in tree.items() if kind == TaskKind.TASK}
    assert tasks == {
        "III.1": ["Sở Văn hóa, Thể thao và Du lịch"],  # funding work an agency does each year: a task
        "Điều 2.1": ["Sở Văn hóa, Thể thao và Du lịch"],
        "Điều 2.2": ["Sở Tài chính"],
    }
    assert tree["I.2.1"][2] == "Phấn đấu đến năm 2026 có 12 làng du lịch cộng đồng đạt chuẩn."


def test_purposes_and_requirements_are_headings_and_a_title_heads_the_task_of_its_field_block(db, tmp_path):
    preview = _preview(tmp_path, PLAN)
    tree = _tree(preview)

    assert [code for code, (kind, _leads, _text) in tree.items() if kind == TaskKind.HEADING] == [
        *("I", "I.1", "I.1.1", "I.2", "I.2.1"),  # `2. Yêu cầu` over its paragraph: the paragraph under it
        *("II", "II.1", "II.1.a"),
    ]
    assert tree["I.2.1"][2] == "Bảo đảm sự phối hợp chặt chẽ giữa các sở, ngành và địa phương."
    assert tree["II.1.a"][2] == "Chế biến gỗ rừng trồng"
    assert tree["II.1.a.1"] == (
        TaskKind.TASK,
        ["Sở Nông nghiệp và Phát triển nông thôn"],
        "Xây dựng chính sách khuyến khích liên kết trồng rừng gỗ lớn gắn với nhà máy chế biến.",
    )
    assert tree["II.1.b"][:2] == (TaskKind.TASK, ["Sở Công Thương"])
    task = next(task for task in preview.parsed.tasks if task.code == "II.1.a.1")
    assert str(task.timeframe.due_date) == "2024-12-31"


def test_a_correction_makes_a_heading_a_task_and_a_task_a_heading(db, tmp_path):
    plain = _preview(tmp_path, PLAN)
    rows = {task.code: task.row for task in plain.parsed.tasks}
    edits = {
        row_key("document.txt", rows["II.1"]): {"heading": False, "lead": "Sở Công Thương"},
        row_key("document.txt", rows["II.1.b"]): {"heading": True},
    }

    tree = _tree(_preview(tmp_path, PLAN, overrides={TASK_EDITS: edits}))

    assert tree["II.1"][:2] == (TaskKind.TASK, ["Sở Công Thương"])
    assert tree["II.1.b"][0] == TaskKind.HEADING


def test_an_articles_sections_keep_the_article_in_their_code_when_a_plan_after_it_numbers_its_own(db, tmp_path):
    text = DECISION.replace(
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n\nKẾ HOẠCH TRIỂN KHAI\n\n"
        "I. NHIỆM VỤ\n\n1. Sở Tài chính: Bố trí kinh phí trước ngày 30/6/2024.",
    )

    preview = _preview(tmp_path, text)
    tree = _tree(preview)

    assert tree["Điều 1.III.1"][:2] == (TaskKind.TASK, ["Sở Văn hóa, Thể thao và Du lịch"])
    assert tree["I.1"][:2] == (TaskKind.TASK, ["Sở Tài chính"])
    assert not [problem.message for problem in preview.parsed.errors if "already used" in problem.message]
