"""Directives written as Word and PDF files for the tests, the way offices lay them out.

`build_docx` and `build_pdf` take the document as paragraphs (a tuple of cells stands for a table row) and write
it with python-docx or reportlab: body paragraphs justified with a first-line indent, the two-column header and
the signature beside "Nơi nhận" as borderless two-column tables, task tables ruled.
"""

from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

SEEDS = Path(__file__).resolve().parents[1] / "demo" / "seeds"  # the seeds' copy in the repository
FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
)


def seed_path(number):
    return next(SEEDS.glob(f"{number:03d}_*.txt"))


def seed_paragraphs(number):
    """A seed as the text reader reads it: its paragraphs, and a table's rows as tuples of cells."""
    from tasks.intake.text import read_text

    blocks = read_text(seed_path(number).read_text(encoding="utf-8"))
    return [block.cells if block.is_table_row else block.text for block in blocks]


def build_docx(path, paragraphs, *, header=None, signature=None, numbered=()):
    """Write the paragraphs (a tuple is a table row; consecutive tuples one ruled table) as a .docx.

    `header` and `signature` are ((left paragraphs), (right paragraphs)) written as borderless two-column tables;
    paragraphs listed in `numbered` are written without their "1."/"a)" and numbered by Word's list style instead.
    """
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(13)
    if header:
        _two_columns(document, header)
    table_rows = []
    for item in [*paragraphs, None]:
        if isinstance(item, tuple):
            table_rows.append(item)
            continue
        if table_rows:
            table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
            table.style = "Table Grid"
            for row, cells in zip(table.rows, table_rows, strict=True):
                for cell, text in zip(row.cells, cells, strict=True):
                    cell.text = text
            table_rows = []
        if item is None:
            break
        if item in numbered:
            marker, text = item.split(" ", 1)
            document.add_paragraph(text, style="List Number" if marker[0].isdigit() else "List Bullet")
            continue
        paragraph = document.add_paragraph(item)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1.27)
    if signature:
        _two_columns(document, signature)
    document.save(path)
    return path


def _two_columns(document, columns):
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, columns, strict=True):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    return table


def pdf_font():
    """A TrueType font with Vietnamese letters registered in reportlab, from Debian's font packages."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = next((path for path in FONTS if path.exists()), None)
    assert font is not None, "install Debian's fonts-dejavu-core (./run-tests does) to build test PDFs"
    if "Serif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Serif", str(font)))
    return "Serif"


def build_pdf(path, paragraphs, *, header=None, signature=None, space_after=6):
    """Write the paragraphs as an A4 PDF with a text layer, laid out as `build_docx` lays them."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    font = pdf_font()
    body = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=12,
        leading=15,
        alignment=TA_JUSTIFY,
        firstLineIndent=1 * cm,
        spaceAfter=space_after,
    )
    cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=12, alignment=TA_LEFT)
    plain = ParagraphStyle("plain", fontName=font, fontSize=11, leading=14, alignment=TA_LEFT, spaceAfter=4)
    story = []
    width = A4[0] - 4 * cm

    def columns(pair):
        left = [Paragraph(_escape(text), plain) for text in pair[0]]
        right = [Paragraph(_escape(text), plain) for text in pair[1]]
        story.append(Table([[left, right]], colWidths=[width / 2, width / 2]))

    if header:
        columns(header)
    table_rows = []
    for item in [*paragraphs, None]:
        if isinstance(item, tuple):
            table_rows.append(item)
            continue
        if table_rows:
            count = len(table_rows[0])
            data = [[Paragraph(_escape(text), cell) for text in row] for row in table_rows]
            table = Table(data, colWidths=[width / count] * count, repeatRows=1)
            table.setStyle(
                TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
            )
            story.append(table)
            table_rows = []
        if item is None:
            break
        story.append(Paragraph(_escape(item), body))
    if signature:
        columns(signature)
    SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm
    ).build(story)
    return path


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
