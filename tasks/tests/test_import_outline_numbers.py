"""Numbered headings with a dot level (`3`, `3.1`, `3.2` in the STT column, a title and no agency) with lettered rows
under them, as office workbooks write them: typed as numbers or as text, in every workbook format; and the dry run
naming the catalogue body a written form means when the province does not hold it."""

import openpyxl
import pytest

from agencies.models import AgencyKind
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import AgencyFactory, ProvinceFactory
from tasks.importing.preview import build_preview, cli_json

from .spreadsheet_formats import as_ods, as_xls

HEADER = ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def thai_nguyen(db):
    province = ProvinceFactory(name="Thái Nguyên", code="thai-nguyen")
    for name, kind in [
        ("Sở Y tế", AgencyKind.DEPARTMENT),
        ("Sở Tài chính", AgencyKind.DEPARTMENT),
        ("Sở Xây dựng", AgencyKind.DEPARTMENT),
        ("Công an tỉnh Thái Nguyên", AgencyKind.OTHER),
    ]:
        AgencyFactory(name=name, kind=kind, province=province)
    return province


def workbook(path, rows, *, plain=False, kind="xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    for column, value in enumerate(HEADER, start=1):
        sheet.cell(1, column, without_diacritics(value) if plain else value)
    for number, row in enumerate(rows, start=2):
        for column, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(number, column, without_diacritics(value) if plain else value)
    source = path / "ke-hoach.xlsx"
    book.save(source)
    if kind == "xls":
        return as_xls(source, path / "ke-hoach.xls")
    if kind == "ods":
        return as_ods(source, path / "ke-hoach.ods")
    return source


def codes(path, province):
    result = cli_json(build_preview(path, path.name, province=province))
    assert [problem for problem in result["errors"] if problem["row"]] == []  # no title rows: the subject is asked
    return {task["code"]: (task["leads"], task["coordinators"]) for task in result["tasks"]}


def sub_headings(three, three_one, three_two):
    return [
        ["I", "NHIỆM VỤ CHUNG", None, None, None],
        [three, "Phát triển hệ thống y tế cơ sở", None, None, None],
        [three_one, "Nâng cao năng lực trạm y tế", None, None, None],
        ["a)", "Rà soát, sắp xếp các trạm y tế", "Sở Y tế", "Sở Tài chính", "Quý II/2026"],
        ["b)", "Bố trí kinh phí mua sắm trang thiết bị", "Sở Tài chính", "Sở Y tế", "Năm 2026"],
        [three_two, "Y tế dự phòng", None, None, None],
        ["a)", "Xây dựng phương án phòng dịch", "Sở Y tế", "Công an tỉnh", "Năm 2026"],
        [4, "Hạ tầng", None, None, None],
        ["a)", "Cải tạo trụ sở", "Sở Xây dựng", None, "Năm 2027"],
    ]


EXPECTED = {
    "I.3.1.a": (["Sở Y tế"], ["Sở Tài chính"]),
    "I.3.1.b": (["Sở Tài chính"], ["Sở Y tế"]),
    "I.3.2.a": (["Sở Y tế"], ["Công an tỉnh Thái Nguyên"]),
    "I.4.a": (["Sở Xây dựng"], []),
}


@pytest.mark.parametrize(
    ("three", "three_one", "three_two"),
    [(3, 3.1, 3.2), ("3", "3.1", "3.2"), ("3.", "3.1.", "3.2."), (3, "3.1", "3.2.")],
    ids=["numbers", "text", "text-with-dot", "mixed"],
)
@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
@pytest.mark.parametrize("plain", [False, True], ids=["vi", "no-diacritics"])
def test_lettered_rows_under_a_dotted_sub_heading_are_its_items(
    thai_nguyen, tmp_path, three, three_one, three_two, kind, plain
):
    found = codes(workbook(tmp_path, sub_headings(three, three_one, three_two), plain=plain, kind=kind), thai_nguyen)

    assert {code: found.get(code) for code in EXPECTED} == EXPECTED
    assert {"I.3", "I.3.1", "I.3.2", "I.4"} <= set(found)


@pytest.mark.parametrize("kind", ["xlsx", "xls", "ods"])
def test_ten_typed_as_a_number_after_nine_is_the_tenth_not_the_first_again(thai_nguyen, tmp_path, kind):
    rows = [[5, "Cải cách hành chính", None, None, None]]
    for tenth in range(1, 13):
        rows.append([float(f"5.{tenth}"), f"Nhóm việc {tenth}", None, None, None])
        rows.append(["a)", f"Việc thứ nhất của nhóm {tenth}", "Sở Tài chính", None, "Năm 2026"])

    found = codes(workbook(tmp_path, rows, kind=kind), thai_nguyen)

    # 5.10 reads back as 5.1 and 5.11, 5.12 as themselves: ten groups then the eleventh and twelfth
    assert [code for code in found if code.count(".") == 1] == [f"5.{tenth}" for tenth in range(1, 13)]
    assert [code for code in found if code.endswith(".a")] == [f"5.{tenth}.a" for tenth in range(1, 13)]


def test_a_repeated_dotted_number_that_does_not_continue_a_list_stays_an_error(thai_nguyen, tmp_path):
    rows = [
        [2, "Tài chính", None, None, None],
        [2.1, "Thu ngân sách", None, None, None],
        [2.2, "Chi ngân sách", None, None, None],
        [2.1, "Thu ngân sách (lặp lại)", "Sở Tài chính", None, "Năm 2026"],
    ]
    path = workbook(tmp_path, rows)

    result = cli_json(build_preview(path, path.name, province=thai_nguyen))

    assert any("2.1" in problem["message"] for problem in result["errors"])


@pytest.fixture
def lao_cai(db):
    province = ProvinceFactory(name="Lào Cai", code="lao-cai")
    AgencyFactory(name="Sở Y tế", kind=AgencyKind.DEPARTMENT, province=province)
    return province


@pytest.mark.parametrize(
    ("written", "catalogue_name"),
    [
        ("CA tỉnh", "Công an tỉnh"),
        ("CA tinh", "Công an tỉnh"),
        ("BCH PTDS tỉnh", "Ban Chỉ huy Phòng thủ dân sự tỉnh"),
        ("VP BCH PTDS tỉnh", "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh"),
        ("BCH PTDS cap xa", "Ban Chỉ huy Phòng thủ dân sự cấp xã"),
        ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
        ("BCH QS tinh", "Bộ Chỉ huy Quân sự tỉnh"),
        ("Báo và PTTH Lào Cai", "Báo và Phát thanh, Truyền hình Lào Cai"),
        ("các đơn vị điện lực", "Các đơn vị điện lực"),
        ("SXD", "Sở Xây dựng"),
        ("So VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
    ],
)
def test_the_dry_run_names_the_catalogue_body_a_form_means_beside_the_written_one(
    lao_cai, tmp_path, written, catalogue_name
):
    rows = [["1", "Diễn tập phòng thủ dân sự", "Sở Y tế", written, "Năm 2026"]]
    path = workbook(tmp_path, rows)

    result = cli_json(build_preview(path, path.name, province=lao_cai))

    # one body the province lacks: created when the import is written, under the catalogue's name
    assert result["unmatched_agencies"] == []
    assert [(body["text"], body["name"]) for body in result["agencies_to_create"]] == [(written, catalogue_name)]
    assert result["tasks"][0]["coordinators"] == [catalogue_name]
    assert [problem["message"] for problem in result["errors"] if problem["row"]] == []


@pytest.mark.parametrize(("written", "catalogue_name"), [("CA tỉnh", "Công an tỉnh"), ("SXD", "Sở Xây dựng")])
def test_a_catalogue_body_a_person_declined_to_create_is_a_name_to_map_that_says_which_body_it_is(
    lao_cai, tmp_path, written, catalogue_name
):
    rows = [["1", "Diễn tập phòng thủ dân sự", "Sở Y tế", written, "Năm 2026"]]
    path = workbook(tmp_path, rows)

    result = cli_json(build_preview(path, path.name, province=lao_cai, overrides={"declined_bodies": [written]}))

    assert result["unmatched_agencies"] == [written]
    [proposed] = result["proposed_agencies"]
    assert [body["catalogue_name"] for body in proposed["proposed"]] == [catalogue_name]
    assert result["agencies_to_create"] == []
    assert result["tasks"][0]["coordinators"] == [written]
    assert [problem["message"] for problem in result["errors"] if problem["row"]] == [
        "Sheet “Sheet”, row 2, column D (coordinating agencies): "
        f"no agency is known as “{written}”; it is the catalogue's “{catalogue_name}”, which this province does not "
        "hold yet: create it or map the name to an agency."
    ]
