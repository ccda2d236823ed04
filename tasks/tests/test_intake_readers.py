"""The .docx and .pdf readers: a directive saved as Word or PDF reads as the same paragraphs as its text, in order,
with its pages, its header's two columns one after the other and its task table row by row."""

import time

import docx
import pytest

from tasks.importing.safety import Limits
from tasks.intake.docx import read_docx
from tasks.intake.pdf import read_pdf

from .documents import build_docx, build_pdf, seed_paragraphs

LIMITS = Limits.from_settings()
HEADER = (
    ("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "Số: 953/UBND-CNXD", "V/v đẩy mạnh các hoạt động khuyến công"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 10 tháng 3 năm 2021"),
)
SIGNATURE = (
    ("Nơi nhận:", "- Như trên;", "- Lưu: VT, CNXD."),
    ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Phước Hiền"),
)
TASK_TABLE = [
    ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    ("1", "Rà soát quy hoạch các cụm công nghiệp", "Sở Công Thương", "Sở Tài chính", "Quý IV/2025"),
    ("2", "Xây dựng cơ chế hỗ trợ doanh nghiệp", "Sở Công Thương", "UBND các huyện", "Năm 2026"),
]


def texts(blocks):
    return [block.text for block in blocks]


pytestmark = pytest.mark.usefixtures("english")


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_a_seed_saved_as_docx_reads_as_the_paragraphs_of_its_text(seed, tmp_path):
    paragraphs = seed_paragraphs(seed)

    blocks = read_docx(build_docx(tmp_path / "seed.docx", paragraphs), LIMITS)

    assert texts(blocks) == paragraphs
    assert [block.paragraph for block in blocks] == list(range(1, len(paragraphs) + 1))
    assert all(block.page is None and not block.is_table_row for block in blocks)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_a_seed_saved_as_pdf_reads_as_the_paragraphs_of_its_text_with_their_pages(seed, tmp_path):
    paragraphs = seed_paragraphs(seed)

    blocks = read_pdf(build_pdf(tmp_path / "seed.pdf", paragraphs), LIMITS)

    assert texts(blocks) == paragraphs
    pages = [block.page for block in blocks]
    assert pages[0] == 1 and pages == sorted(pages)


def test_pdf_paragraphs_without_space_between_them_are_told_apart_by_their_indent(tmp_path):
    paragraphs = seed_paragraphs(1)

    blocks = read_pdf(build_pdf(tmp_path / "sat.pdf", paragraphs, space_after=0), LIMITS)

    assert texts(blocks) == paragraphs


def test_a_paragraph_running_onto_the_next_page_is_one_block_on_the_page_it_starts(tmp_path):
    paragraphs = seed_paragraphs(3)

    blocks = read_pdf(build_pdf(tmp_path / "seed.pdf", paragraphs), LIMITS)

    assert max(block.page for block in blocks) >= 5
    assert texts(blocks) == paragraphs  # no paragraph is cut where a page ends


def test_the_header_and_signature_columns_read_left_column_then_right_in_both_formats(tmp_path):
    body = ["Chủ tịch UBND tỉnh yêu cầu:", "1. Sở Công Thương chủ trì triển khai thực hiện."]

    from_word = texts(read_docx(build_docx(tmp_path / "a.docx", body, header=HEADER, signature=SIGNATURE), LIMITS))
    from_pdf = texts(read_pdf(build_pdf(tmp_path / "a.pdf", body, header=HEADER, signature=SIGNATURE), LIMITS))

    for found in (from_word, from_pdf):
        assert found == [*HEADER[0], *HEADER[1], *body, *SIGNATURE[0], *SIGNATURE[1]]


@pytest.mark.parametrize("build, read", [(build_docx, read_docx), (build_pdf, read_pdf)], ids=["docx", "pdf"])
def test_a_task_table_in_an_appendix_reads_row_by_row_with_its_cells(build, read, tmp_path):
    paragraphs = ["Nội dung kế hoạch như sau:", "PHỤ LỤC", "Danh mục nhiệm vụ", *TASK_TABLE, "Sở Công Thương theo dõi."]

    blocks = read(build(tmp_path / "phu-luc.file", paragraphs), LIMITS)

    rows = [block for block in blocks if block.is_table_row]
    assert [block.cells for block in rows] == TASK_TABLE
    assert [(block.table, block.row) for block in rows] == [(1, 1), (1, 2), (1, 3)]
    assert rows[1].text == " | ".join(TASK_TABLE[1])
    assert texts(blocks)[:3] == paragraphs[:3] and texts(blocks)[-1] == "Sở Công Thương theo dõi."


def test_a_cell_merged_down_several_rows_is_repeated_in_each(tmp_path):
    path = build_docx(tmp_path / "gop.docx", TASK_TABLE)
    document = docx.Document(path)
    table = document.tables[0]
    table.cell(1, 2).merge(table.cell(2, 2))
    table.cell(1, 2).text = "Sở Công Thương"
    document.save(path)

    rows = read_docx(path, LIMITS)

    assert [block.cells[2] for block in rows] == ["Cơ quan chủ trì", "Sở Công Thương", "Sở Công Thương"]


def test_numbering_word_draws_from_a_list_style_is_written_in_front_of_the_paragraph(tmp_path):
    paragraphs = ["Chủ tịch UBND tỉnh yêu cầu:", "1. Sở Công Thương", "2. Sở Tài chính", "- Bố trí kinh phí."]

    blocks = read_docx(build_docx(tmp_path / "so.docx", paragraphs, numbered=paragraphs[1:]), LIMITS)

    assert texts(blocks) == paragraphs
    document = docx.Document(tmp_path / "so.docx")
    assert document.paragraphs[1].text == "Sở Công Thương"  # the number is Word's, not the text's


def test_tracked_changes_read_as_accepted_and_field_codes_are_not_text(tmp_path):
    path = build_docx(tmp_path / "sua.docx", ["Giao Sở Công Thương chủ trì."])
    document = docx.Document(path)
    paragraph = document.paragraphs[0]._p
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paragraph.append(paragraph.makeelement(f"{{{w}}}ins", {f"{{{w}}}id": "1", f"{{{w}}}author": "A"}))
    inserted = paragraph[-1]
    run = inserted.makeelement(f"{{{w}}}r", {})
    text = run.makeelement(f"{{{w}}}t", {})
    text.text = " Báo cáo trước ngày 10/12/2025."
    run.append(text)
    inserted.append(run)
    deleted = paragraph.makeelement(f"{{{w}}}del", {f"{{{w}}}id": "2", f"{{{w}}}author": "A"})
    gone = deleted.makeelement(f"{{{w}}}r", {})
    gone_text = gone.makeelement(f"{{{w}}}delText", {})
    gone_text.text = " Đã bỏ."
    gone.append(gone_text)
    deleted.append(gone)
    paragraph.append(deleted)
    document.save(path)

    assert texts(read_docx(path, LIMITS)) == ["Giao Sở Công Thương chủ trì. Báo cáo trước ngày 10/12/2025."]


def test_a_50_page_plan_reads_in_well_under_two_seconds(tmp_path):
    paragraphs = seed_paragraphs(3) * 6
    path = build_pdf(tmp_path / "dai.pdf", paragraphs)

    started = time.process_time()  # CPU time: the shared test machine's wall clock counts others' work
    blocks = read_pdf(path, LIMITS)
    elapsed = time.process_time() - started

    assert max(block.page for block in blocks) >= 50
    assert texts(blocks) == paragraphs
    assert elapsed < 1.5
