"""The directive read from a workbook's title rows in the forms offices lay them out: a numbered date, the document
the table is annexed to (`(Ban hành kèm theo Quyết định số …)`, `(Kèm theo Kế hoạch số …)`) on one row, over two rows
or after the appendix's own title; and a CSV's kind from its file's name or its tasks' codes."""

import datetime

import pytest

from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import AgencyFactory, ProvinceFactory
from tasks.importing.layout import kind_named, read_title
from tasks.importing.preview import build_preview, cli_json
from tasks.importing.reader import Row
from tasks.models import DirectiveKind


def _title(*rows):
    return read_title([Row("", number, cells) for number, cells in enumerate(rows, start=1)])


@pytest.mark.parametrize("plain", [False, True], ids=["vi", "no-diacritics"])
@pytest.mark.parametrize(
    ("rows", "kind", "number", "symbol", "issued_on"),
    [
        (
            [
                ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH",),
                ("KẾ HOẠCH",),
                ("(Ban hành kèm theo Quyết định số 3120/QĐ-UBND ngày 25/12/2024 của UBND tỉnh Bắc Ninh)",),
            ],
            DirectiveKind.DECISION,
            "3120",
            "QĐ-UBND",
            datetime.date(2024, 12, 25),
        ),
        (
            [
                ("DANH MỤC NHIỆM VỤ",),
                ("(Ban hành kèm theo Quyết định số 3120/QĐ-UBND",),
                ("ngày 25 tháng 12 năm 2024 của UBND tỉnh Bắc Ninh)",),
            ],
            DirectiveKind.DECISION,
            "3120",
            "QĐ-UBND",
            datetime.date(2024, 12, 25),
        ),
        (
            [("PHỤ LỤC I (Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND tỉnh Bắc Ninh)",)],
            DirectiveKind.PLAN,
            "45",
            "KH-UBND",
            datetime.date(2025, 3, 12),
        ),
        (
            # the title split over two cells of one row, as a merged title saved by another program
            [("(Kèm theo Kế hoạch số 45/KH-UBND", "ngày 12/3/2025 của UBND tỉnh Bắc Ninh)")],
            DirectiveKind.PLAN,
            "45",
            "KH-UBND",
            datetime.date(2025, 3, 12),
        ),
        (
            # a CSV's one title line
            [("Kế hoạch số 45/KH-UBND ngày 12/3/2025 của UBND tỉnh Bắc Ninh",)],
            DirectiveKind.PLAN,
            "45",
            "KH-UBND",
            datetime.date(2025, 3, 12),
        ),
        (
            [("DANH MỤC NHIỆM VỤ KÈM THEO KẾ HOẠCH SỐ 45/KH-UBND NGÀY 12/3/2025",)],
            DirectiveKind.PLAN,
            "45",
            "KH-UBND",
            datetime.date(2025, 3, 12),
        ),
        (
            # the decision named by its short kind: the symbol says the kind, over the title's word
            [("KẾ HOẠCH",), ("(Kèm theo QĐ số 3120/QĐ-UBND ngày 25 tháng 12 năm 2024 của UBND tỉnh Bắc Ninh)",)],
            DirectiveKind.DECISION,
            "3120",
            "QĐ-UBND",
            datetime.date(2024, 12, 25),
        ),
        (
            [
                ("UBND TỈNH BẮC NINH",),
                ("Số: 980/KH-UBND",),
                ("Bắc Ninh, ngày 18/11/2025",),
                ("Triển khai nhiệm vụ năm 2026",),
            ],
            DirectiveKind.PLAN,
            "980",
            "KH-UBND",
            datetime.date(2025, 11, 18),
        ),
    ],
)
def test_a_title_block_gives_kind_number_symbol_and_date(rows, kind, number, symbol, issued_on, plain):
    if plain:
        rows = [tuple(without_diacritics(cell) for cell in row) for row in rows]

    title = _title(*rows)

    assert (title.kind, title.number, without_diacritics(title.symbol)) == (kind, number, without_diacritics(symbol))
    assert (title.issued_on, title.year) == (issued_on, issued_on.year)


def test_a_subject_naming_another_documents_date_is_not_the_directives_date():
    title = _title(("KẾ HOẠCH",), ("Thực hiện Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị",))

    assert title.issued_on is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("ke-hoach-45-KH-UBND", DirectiveKind.PLAN),
        ("Kế hoạch phát triển công nghiệp 2026", DirectiveKind.PLAN),
        ("QD_3120_2024", DirectiveKind.DECISION),
        ("3120-QĐ-UBND nhiem vu", DirectiveKind.DECISION),
        ("chuong-trinh-hanh-dong", DirectiveKind.PROGRAMME),
        ("nhiem-vu-2026", ""),
        ("khcn-2026", ""),
    ],
)
def test_a_files_name_says_the_kind_it_holds_or_nothing(name, kind):
    assert kind_named(name) == kind


@pytest.mark.parametrize(("prefix", "kind"), [("KH", DirectiveKind.PLAN), ("", DirectiveKind.OTHER)])
def test_a_csv_without_title_or_telling_name_takes_its_kind_from_its_codes(db, tmp_path, prefix, kind):
    province = ProvinceFactory()
    AgencyFactory(province=province, name="Sở Công Thương")
    path = tmp_path / "nhiem-vu.csv"
    lines = ["Mã nhiệm vụ,Nội dung nhiệm vụ,Cơ quan chủ trì,Thời hạn"]
    lines += [f"{prefix}{'.' if prefix else ''}{number},Nhiệm vụ {number},Sở Công Thương,Năm 2026" for number in (1, 2)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = cli_json(build_preview(path, path.name, province=province))

    assert result["directive"]["kind"] == kind
