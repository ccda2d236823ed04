"""The consolidated report: the rows offices expect, formulas neutralized, big directives built by Celery."""

import csv
import datetime
import io
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
import time_machine
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation

from agencies.models import Role
from agencies.tests.factories import MembershipFactory, UserFactory
from reports import consolidated
from reports.models import ReportState
from reports.tests.factories import ProgressReportFactory, ReportingPeriodFactory, TargetValueFactory
from tasks.models import AssignmentRole, TaskKind
from tasks.spreadsheets import neutralize
from tasks.status import Status
from tasks.tests.factories import AssignmentFactory, TargetFactory, TaskFactory

from .dashboard_world import NOW, build_world, grow

pytestmark = pytest.mark.django_db
HYPERLINK = '=HYPERLINK("http://x","y")'


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def report_world(media):
    world = build_world()
    world.monitor = MembershipFactory(agency=world.sct, role=Role.MONITOR, user=UserFactory(username="theodoi")).user
    world.period = ReportingPeriodFactory(
        directive=world.plan,
        name="Quý IV/2026",
        start=datetime.date(2026, 10, 1),
        end=datetime.date(2026, 12, 31),
        due_date=datetime.date(2026, 12, 10),
    )
    world.wind = TaskFactory(
        directive=world.plan, code="II.2.g", position=500, text=HYPERLINK, due_date=datetime.date(2030, 12, 31)
    )
    AssignmentFactory(task=world.wind, agency=world.sct, role=AssignmentRole.LEAD)
    AssignmentFactory(task=world.wind, agency=world.skhdt, role=AssignmentRole.COORDINATING)
    target = TargetFactory(task=world.wind, description="Công suất điện gió", unit="MW", target_value=100)
    sent = ProgressReportFactory(
        task=world.wind,
        agency=world.sct,
        period=world.period,
        state=ReportState.SUBMITTED,
        result="- Đã khảo sát 02 vị trí",
        difficulties="@SUM(A1:A2)",
        proposals="+Đề nghị bổ sung vốn",
    )
    TargetValueFactory(report=sent, target=target, value=40)
    ProgressReportFactory(
        task=world.wind,
        agency=world.skhdt,
        period=world.period,
        state=ReportState.ACCEPTED,
        result="Đã thẩm định chủ trương đầu tư",
    )
    ProgressReportFactory(
        task=world.wind, agency=world.huyen_bs, period=world.period, state=ReportState.DRAFT, result="Bản nháp chưa gửi"
    )
    return world


def _download(client, world):
    response = client.get(reverse("dashboard:consolidated_xlsx", args=[world.plan.pk, world.period.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    return openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))


def _table(sheet):
    """The rows of the table of tasks: from under its header (`STT`) to the first row without a code."""
    rows = list(sheet.iter_rows())
    start = next(i for i, row in enumerate(rows) if row[0].value == "STT") + 1
    table = []
    for row in rows[start:]:
        if row[0].value in (None, ""):
            break
        table.append(row)
    return table


def _row_of(sheet, code):
    for row in sheet.iter_rows():
        if row[0].value == code:
            return row
    raise AssertionError(f"no row {code}")


def test_workbook_has_title_block_outline_and_the_sent_reports(client, report_world):
    client.force_login(report_world.monitor)
    sheet = _download(client, report_world).active
    assert sheet["A1"].value == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    assert sheet["E1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert "1762/QĐ-UBND" in sheet["A6"].value and "Quý IV/2026" in sheet["A6"].value
    codes = [row[0].value for row in _table(sheet)]
    assert codes[0] == "II"  # the heading opens the outline
    assert len(codes) == report_world.plan.tasks.count()
    code, text, lead, coordinators, result, status, difficulties, proposals, targets, states = (
        cell.value for cell in _row_of(sheet, "II.2.g")
    )
    assert states.split("\n")[:2] == ["SCT: chờ tiếp nhận", "Sở KH&ĐT: đã tiếp nhận"]
    assert (lead, coordinators) == ("SCT", "Sở KH&ĐT")
    # Sở KH&ĐT's report is accepted; SCT's has reached the monitoring unit but is not accepted yet: marked so.
    assert result == "SCT (chờ tiếp nhận): - Đã khảo sát 02 vị trí\nSở KH&ĐT: Đã thẩm định chủ trương đầu tư"
    assert "Bản nháp" not in result
    with translation.override("vi"):
        assert status == str(Status.IN_PROGRESS_ON_TIME.label)
    assert targets == "Công suất điện gió: 40 / 100 MW (2030)"
    assert (difficulties, proposals) == (
        "SCT (chờ tiếp nhận): @SUM(A1:A2)",
        "SCT (chờ tiếp nhận): +Đề nghị bổ sung vốn",
    )


def test_formula_text_arrives_as_plain_text(client, report_world):
    client.force_login(report_world.monitor)
    sheet = _download(client, report_world).active
    cell = _row_of(sheet, "II.2.g")[1]
    assert cell.value == HYPERLINK
    assert cell.data_type == "s"
    for row in sheet.iter_rows():
        assert all(c.data_type != "f" for c in row)


def test_neutralize_knows_the_formula_triggers():
    assert all(neutralize(text) for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\t=1"))
    assert not any(neutralize(value) for value in ("Sở Công Thương", "", 12, None))


def test_printable_page_lists_the_outline_with_results(client, report_world):
    client.force_login(report_world.leader)
    response = client.get(reverse("dashboard:consolidated_html", args=[report_world.plan.pk, report_world.period.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Đã thẩm định chủ trương đầu tư" in body
    # Printed A4 landscape, from a stylesheet of its own (the Content-Security-Policy allows no <style> block).
    assert 'href="/static/css/consolidated.css"' in body
    assert "size: A4 landscape" in Path(finders.find("css/consolidated.css")).read_text()
    assert "=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)" in body


def test_staff_may_not_download_and_other_provinces_are_not_found(client, report_world):
    args = [report_world.plan.pk, report_world.period.pk]
    client.force_login(report_world.alice)
    assert client.get(reverse("dashboard:consolidated_xlsx", args=args)).status_code == 403
    assert client.get(reverse("dashboard:consolidated", args=[])).status_code == 403
    outsider = MembershipFactory(
        agency=report_world.foreign_sct, role=Role.MONITOR, user=UserFactory(username="tn")
    ).user
    client.force_login(outsider)
    assert client.get(reverse("dashboard:consolidated_xlsx", args=args)).status_code == 404


def test_big_directive_is_built_once_in_the_background_and_kept(client, report_world, monkeypatch):
    monkeypatch.setattr(consolidated, "SYNC_TASK_LIMIT", 3)
    builds = []
    real_build = consolidated.build_workbook
    monkeypatch.setattr(consolidated, "build_workbook", lambda *a, **k: builds.append(1) or real_build(*a, **k))
    client.force_login(report_world.monitor)
    first = _download(client, report_world)
    second = _download(client, report_world)
    assert len(builds) == 1
    assert _row_of(first.active, "II.2.g")[1].value == _row_of(second.active, "II.2.g")[1].value == HYPERLINK


def test_index_lists_the_directives_periods(client, report_world):
    client.force_login(report_world.monitor)
    response = client.get(reverse("dashboard:consolidated"), {"directive": report_world.plan.pk})
    assert list(response.context["periods"]) == [report_world.period]


@pytest.mark.parametrize("size", [1, 4])
def test_consolidated_pages_run_a_bounded_number_of_queries(client, report_world, size, django_assert_max_num_queries):
    grow(report_world, size)
    TaskFactory(directive=report_world.plan, kind=TaskKind.HEADING, code="III", text="TỔ CHỨC THỰC HIỆN")
    client.force_login(report_world.monitor)
    args = [report_world.plan.pk, report_world.period.pk]
    for name in ("dashboard:consolidated_html", "dashboard:consolidated_xlsx"):
        for params in ({}, {"summary": "1"}):
            with django_assert_max_num_queries(12):
                assert client.get(reverse(name, args=args), params).status_code == 200


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_reads_the_rows_and_keeps_formula_text_as_text(client, report_world, tmp_path):
    client.force_login(report_world.monitor)
    response = client.get(reverse("dashboard:consolidated_xlsx", args=[report_world.plan.pk, report_world.period.pk]))
    workbook = tmp_path / "bao-cao.xlsx"
    workbook.write_bytes(b"".join(response.streaming_content))
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with open(tmp_path / "bao-cao.csv", encoding="utf-8", newline="") as exported:
        rows = list(csv.reader(exported))
    wind = next(row for row in rows if row and row[0] == "II.2.g")
    assert wind[1] == HYPERLINK
    assert wind[4] == "SCT: - Đã khảo sát 02 vị trí\nSở KH&ĐT: Đã thẩm định chủ trương đầu tư"
    assert (wind[6], wind[7]) == ("@SUM(A1:A2)", "+Đề nghị bổ sung vốn")
    start = next(i for i, row in enumerate(rows) if row and row[0] == "STT") + 1
    codes = [row[0] for row in rows[start:]]
    assert codes[: codes.index("")] == list(
        report_world.plan.tasks.order_by("position", "pk").values_list("code", flat=True)
    )


def test_big_directive_shows_a_waiting_page_until_the_worker_has_built_it(client, report_world, monkeypatch):
    from reports.dashboard import views

    monkeypatch.setattr(consolidated, "SYNC_TASK_LIMIT", 3)
    queued = []
    monkeypatch.setattr(views.build_consolidated_report, "delay", lambda *args: queued.append(args))
    client.force_login(report_world.monitor)
    response = client.get(reverse("dashboard:consolidated_xlsx", args=[report_world.plan.pk, report_world.period.pk]))
    assert response.status_code == 202
    assert b'http-equiv="refresh"' in response.content
    assert queued and queued[0][:2] == (report_world.plan.pk, report_world.period.pk)


def test_big_directive_is_built_in_the_request_when_the_broker_is_down(client, report_world, monkeypatch, redis_down):
    monkeypatch.setattr(consolidated, "SYNC_TASK_LIMIT", 3)
    client.force_login(report_world.monitor)
    book = _download(client, report_world)
    assert _row_of(book.active, "II.2.g")[1].value == HYPERLINK


def _cells(sheet):
    return [cell.value for row in sheet.iter_rows() for cell in row if cell.value not in (None, "")]


def _summary(sheet):
    """{label: value} of the summary section (label in column B, figure in column C)."""
    return {row[1].value: row[2].value for row in sheet.iter_rows() if row[1].value and row[2].value is not None}


def test_workbook_carries_the_office_heading_summary_report_states_and_signature(client, report_world):
    owed = TaskFactory(directive=report_world.plan, code="II.9", position=900, due_date=datetime.date(2030, 1, 1))
    AssignmentFactory(task=owed, agency=report_world.huyen_dp, role=AssignmentRole.LEAD)
    client.force_login(report_world.monitor)
    sheet = _download(client, report_world).active
    assert sheet["A2"].value == "SỞ CÔNG THƯƠNG"
    assert sheet["A3"].value.startswith("Số:") and sheet["A3"].value.endswith("/BC-SCT")
    assert sheet["E2"].value == "Độc lập - Tự do - Hạnh phúc"
    assert sheet["E3"].value.endswith("ngày 25 tháng 11 năm 2026")
    assert sheet["A5"].value == "BÁO CÁO"
    summary = _summary(sheet)
    tasks = report_world.plan.tasks.filter(kind=TaskKind.TASK)
    assert summary["Tổng số nhiệm vụ"] == tasks.count()
    assert summary[str(Status.IN_PROGRESS_OVERDUE.label)] == tasks.filter(status=Status.IN_PROGRESS_OVERDUE).count()
    on_time, late, overdue = (
        tasks.filter(status=s).count()
        for s in (Status.COMPLETED_ON_TIME, Status.COMPLETED_LATE, Status.IN_PROGRESS_OVERDUE)
    )
    rate = summary["Tỷ lệ hoàn thành đúng hạn trên số nhiệm vụ đã đến hạn"]
    assert rate == pytest.approx(round(100 * on_time / (on_time + late + overdue), 1) / 100)
    assert (
        sheet.cell(row=next(r[2].row for r in sheet.iter_rows() if r[2].value == rate), column=3).number_format
        == "0.0%"
    )
    owed_reports = summary["Số báo cáo phải nộp trong kỳ"]
    parts = [summary[k] for k in ("Đã tiếp nhận", "Chờ tiếp nhận", "Bị trả lại để chỉnh sửa", "Chưa báo cáo")]
    assert sum(parts) == owed_reports and parts[0] >= 1 and parts[1] >= 1 and parts[3] >= 1
    assert _row_of(sheet, "II.9")[9].value == "UBND huyện Đức Phổ: chưa báo cáo"
    cells = _cells(sheet)
    assert any(str(v).startswith("Cơ quan, đơn vị chưa báo cáo: ") and "UBND huyện Đức Phổ" in str(v) for v in cells)
    # The signature block comes after the table.
    signer = next(r[4].row for r in sheet.iter_rows() if r[4].value == "THỦ TRƯỞNG CƠ QUAN")
    assert signer > _table(sheet)[-1][0].row
    assert "Nơi nhận:" in cells and "- Lưu: VT." in cells


def test_summary_only_workbook_and_page_leave_the_table_out(client, report_world):
    client.force_login(report_world.monitor)
    args = [report_world.plan.pk, report_world.period.pk]
    response = client.get(reverse("dashboard:consolidated_xlsx", args=args), {"summary": "1"})
    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = _cells(sheet)
    assert "STT" not in cells and "II.2.g" not in cells
    assert "I. TỔNG HỢP CHUNG" in cells and "THỦ TRƯỞNG CƠ QUAN" in cells
    assert _summary(sheet)["Tổng số nhiệm vụ"] == report_world.plan.tasks.filter(kind=TaskKind.TASK).count()
    page = client.get(reverse("dashboard:consolidated_html", args=args), {"summary": "1"}).content.decode()
    assert 'id="summary"' in page and 'class="consolidated"' not in page and "THỦ TRƯỞNG CƠ QUAN" in page
    full = client.get(reverse("dashboard:consolidated_html", args=args)).content.decode()
    assert 'class="consolidated"' in full and "Số:" in full and "ngày 25 tháng 11 năm 2026" in full
    assert "Sở KH&amp;ĐT: đã tiếp nhận" in full


def test_printed_summary_uses_vietnamese_separators(client, report_world):
    grow(report_world, 1)
    client.force_login(report_world.monitor)
    args = [report_world.plan.pk, report_world.period.pk]
    context = client.get(reverse("dashboard:consolidated_html", args=args), {"summary": "1"}).context
    rate = context["summary"].tasks.on_time_rate
    body = client.get(reverse("dashboard:consolidated_html", args=args), {"summary": "1"}).content.decode()
    assert f"{rate:g}".replace(".", ",") + "\u00a0%" in body


def test_office_symbol_is_the_short_name_or_the_initials():
    from agencies.models import Agency

    assert consolidated.office_symbol(Agency(name="Sở Công Thương", short_name="SCT")) == "SCT"
    assert consolidated.office_symbol(Agency(name="Sở Kế hoạch và Đầu tư", short_name="Sở KH&ĐT")) == "SKHĐT"
    assert (
        consolidated.place_and_date("Quảng Ngãi", datetime.date(2026, 2, 5)) == "Quảng Ngãi, ngày 05 tháng 02 năm 2026"
    )
