"""`manage.py import_directives FILE [--dry-run] [--format json]`: the preview as JSON, exit status, the write."""

import json
from io import StringIO

import openpyxl
import pytest
from django.core.management import CommandError, call_command

from agencies.tests.factories import ProvinceFactory
from tasks.importing.preview import build_preview
from tasks.models import Directive, ImportJob, Task

from .import_workbooks import ROWS, build_004_workbook, build_defects_workbook, create_agencies

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def agencies(db):
    return create_agencies(ProvinceFactory())


def run(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("import_directives", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return error.returncode, out.getvalue()
    return 0, out.getvalue()


def test_dry_run_prints_the_preview_as_json_and_writes_nothing(agencies, tmp_path):
    status, output = run(build_004_workbook(tmp_path / "k.xlsx"), "--dry-run", "--format", "json")

    preview = json.loads(output)
    assert status == 0
    assert set(preview) >= {"directive", "tasks", "errors", "unmatched_agencies"}
    task = next(task for task in preview["tasks"] if task["code"] == "II.1.c")
    assert task == {
        "code": "II.1.c",
        "text": ROWS[4][1],
        "leads": ["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"],
        "coordinators": ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "UBND huyện Đức Phổ"],
        "lead_qualifiers": [""],
        "coordinator_qualifiers": ["", "", ""],
        "current_leads": ["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"],
        "current_coordinators": ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "UBND huyện Đức Phổ"],
        "timeframe": "năm 2020",
        "start_date": None,
        "due_date": "2020-12-31",
        "recurring": False,
        "needs_review": False,
    }
    assert not Directive.objects.exists()


def test_errors_give_a_non_zero_exit_and_write_nothing(agencies, tmp_path):
    status, output = run(build_defects_workbook(tmp_path / "loi.xlsx"), "--format", "json")

    assert status == 1
    errors = json.loads(output)["errors"]
    assert {(error["sheet"], error["row"], error["column"]) for error in errors} >= {("Nhiệm vụ", 8, "D")}
    assert not Directive.objects.exists()


def test_a_refused_file_exits_with_its_reason(agencies, tmp_path):
    (tmp_path / "bao-cao.xlsx").write_bytes(b"%PDF-1.4")

    status, output = run(tmp_path / "bao-cao.xlsx", "--dry-run", "--format", "json")

    assert status == 2
    assert "PDF" in json.loads(output)["errors"][0]["message"]


def test_without_dry_run_the_file_is_imported_once(agencies, tmp_path):
    path = build_004_workbook(tmp_path / "k.xlsx")

    assert run(path)[0] == 0
    assert run(path)[0] == 0

    assert Directive.objects.count() == 1
    assert Task.objects.count() == len(ROWS)
    assert ImportJob.objects.filter(status="done").count() == 2


def test_a_file_without_title_rows_says_which_options_give_the_directive_details(agencies, tmp_path):
    """An export from another system has no title rows: the web preview has fields for the subject, the command
    line has options, and its error says so; given them, the same file imports."""
    path = tmp_path / "nhiem-vu.csv"
    path.write_text(
        "STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n"
        "1,Xây dựng kế hoạch phát triển công nghiệp hỗ trợ,Sở Công Thương,Sở Tài chính,30/6/2026\n",
        encoding="utf-8",
    )

    with pytest.raises(CommandError) as refused:
        call_command("import_directives", str(path), "--province", "quang-ngai", stdout=StringIO())

    assert refused.value.returncode == 1
    assert str(refused.value).endswith("Give the directive's missing details as options: --subject.")
    assert not Directive.objects.exists()
    status, _output = run(path, "--province", "quang-ngai", "--subject", "Phát triển công nghiệp hỗ trợ")
    assert status == 0
    assert Task.objects.get().text == "Xây dựng kế hoạch phát triển công nghiệp hỗ trợ"


def _no_title_csv(tmp_path):
    path = tmp_path / "nhiem-vu.csv"
    path.write_text(
        "STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n"
        "1,Xây dựng kế hoạch phát triển công nghiệp hỗ trợ,Sở Công Thương,Sở Tài chính,30/6/2026\n",
        encoding="utf-8",
    )
    return path


def _no_title_workbook(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"])
    workbook.active.append([1, "Xây dựng kế hoạch phát triển công nghiệp hỗ trợ", "Sở Công Thương", "", "30/6/2026"])
    workbook.save(tmp_path / "nhiem-vu.xlsx")
    return tmp_path / "nhiem-vu.xlsx"


@pytest.mark.parametrize("make_file", [_no_title_csv, _no_title_workbook], ids=["csv", "xlsx"])
def test_the_json_error_of_a_file_without_title_rows_names_the_option_that_gives_its_subject(
    agencies, tmp_path, make_file
):
    path = make_file(tmp_path)

    status, output = run(path, "--dry-run", "--format", "json", "--province", "quang-ngai")

    assert status == 1
    assert [error["message"] for error in json.loads(output)["errors"]] == [
        "The directive's subject is missing: the title rows do not give it. Give it with the option --subject."
    ]
    # the web preview of the same file has a field for it, and says so
    assert [problem.message for problem in build_preview(path, path.name).errors] == [
        "The directive's subject is missing: the title rows do not give it. Enter it in the preview."
    ]


def test_the_option_a_missing_detail_needs_is_named_in_vietnamese_too(agencies, tmp_path, settings):
    settings.LANGUAGE_CODE = "vi"
    path = _no_title_csv(tmp_path)

    status, output = run(path, "--dry-run", "--format", "json", "--province", "quang-ngai")

    assert status == 1
    assert (
        "Thiếu trích yếu của văn bản: các dòng tiêu đề không ghi thông tin này. Hãy ghi bằng tùy chọn --subject."
        in [error["message"] for error in json.loads(output)["errors"]]
    )


def test_the_issue_date_is_given_as_the_portal_writes_dates(agencies, tmp_path):
    """`--issued-on 15/3/2026` (dd/mm/yyyy, as every date in the portal) or the ISO form; the kind by its code or
    as a document names it."""
    path = _no_title_csv(tmp_path)
    for issued_on, kind in (("15/3/2026", "Kế hoạch"), ("2026-03-15", "ke_hoach")):
        status, output = run(
            path,
            "--dry-run",
            "--format",
            "json",
            "--province",
            "quang-ngai",
            "--subject",
            "Phát triển CNHT",
            "--issued-on",
            issued_on,
            "--kind",
            kind,
        )

        assert status == 0, output
        directive = json.loads(output)["directive"]
        assert (directive["issued_on"], directive["kind"]) == ("2026-03-15", "ke_hoach")


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--issued-on", "30/02/2026", "--issued-on: “30/02/2026” is not a date: write it dd/mm/yyyy"),
        ("--issued-on", "tháng 3", "--issued-on: “tháng 3” is not a date"),
        ("--kind", "foo", "Not a kind of directive: foo (one of: cong_van (Official letter)"),
    ],
)
def test_a_wrong_option_is_named_without_a_traceback(agencies, tmp_path, option, value, message):
    path = _no_title_csv(tmp_path)

    with pytest.raises(CommandError) as refused:
        call_command(
            "import_directives",
            str(path),
            "--province",
            "quang-ngai",
            "--subject",
            "X",
            option,
            value,
            stdout=StringIO(),
        )

    assert message in str(refused.value)
    assert not Directive.objects.exists()


def test_an_unknown_province_code_lists_the_codes_there_are(agencies, tmp_path):
    """A newcomer types the province's name, not its code: the message says which codes there are."""
    ProvinceFactory(name="Quảng Bình", code="quang-binh")

    with pytest.raises(CommandError) as refused:
        call_command("import_directives", str(_no_title_csv(tmp_path)), "--province", "Quảng Bình", stdout=StringIO())

    assert str(refused.value).startswith("No province with code Quảng Bình. The codes there are: ")
    assert "quang-binh" in str(refused.value)
    assert not Directive.objects.exists()


def test_the_json_gives_what_narrows_each_group_down_beside_its_name(agencies, tmp_path):
    """A qualified group is the group with its qualifier kept on the assignment: the JSON shows both, as the preview's
    table does."""
    path = tmp_path / "nhiem-vu.csv"
    path.write_text(
        "STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành\n"
        '1,Giải phóng mặt bằng dự án điện mặt trời,"UBND các huyện, thành phố nơi có dự án điện mặt trời",'
        '"Sở Tài chính, Các sở, ban, ngành liên quan",30/6/2026\n',
        encoding="utf-8",
    )
    status, output = run(path, "--dry-run", "--format", "json", "--subject", "Điện mặt trời")

    task = json.loads(output)["tasks"][0]
    assert (task["leads"], task["lead_qualifiers"]) == (
        ["UBND các huyện, thị xã, thành phố"],
        ["nơi có dự án điện mặt trời"],
    )
    assert len(task["coordinator_qualifiers"]) == len(task["coordinators"]) == 2
