"""The whole reporting cycle in Debian's chromium, in Vietnamese, with the demo accounts and demo data."""

import io
import re

import pytest
import time_machine
from django.core.management import call_command
from django.test import override_settings

from reports.models import ProgressReport, ReportState
from reports.tests.conftest import NOW
from tasks.demo.accounts import DEMO_PASSWORD
from tasks.models import Task
from tasks.status import Status, task_status

pytestmark = pytest.mark.browser

TASK_CODE = "II.2.f.1"  # Sở Công Thương leads: assess the province's mechanical engineering industry (plan 004).
RETURN_COMMENT = "Đề nghị bổ sung số doanh nghiệp cơ khí đã khảo sát."


@pytest.fixture
def demo_data():
    with time_machine.travel(NOW, tick=True), override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())
        yield Task.objects.get(code=TASK_CODE, directive__symbol="KH-UBND", directive__province__code="quang-ngai")


def log_in(page, username):
    page.context.clear_cookies()
    page.goto("/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("form[action='/login/'] button[type=submit]").click()
    page.wait_for_load_state()


def test_staff_write_head_returns_staff_correct_head_submits_monitor_accepts(demo_data, page, screenshot, tmp_path):
    task = demo_data
    evidence = tmp_path / "bien-ban-khao-sat.pdf"
    evidence.write_bytes(b"%PDF-1.4\n% khao sat nganh co khi\ntrailer\n<<>>\n%%EOF\n")

    # Staff: from the inbox, write this quarter's report, attach the survey, save, then send it to the head.
    log_in(page, "chuyenvien")
    page.goto("/reports/inbox/")
    assert page.locator("html").get_attribute("lang") == "vi"
    page.locator(f"#group-overdue a[href^='/reports/new/{task.pk}/']").first.click()
    page.locator("#id_result").fill("Đã khảo sát 25 doanh nghiệp cơ khí tại KCN Tịnh Phong.")
    page.locator("#id_status").select_option("completed")
    page.locator("#id_percent_complete").fill("100")
    page.locator("#id_attachment").set_input_files(evidence)
    page.locator("#btn-save").click()
    page.wait_for_url(re.compile(r"/reports/\d+/edit/$"))
    assert "bien-ban-khao-sat.pdf" in page.locator("#attachments").inner_text()
    report = ProgressReport.objects.get(task=task)
    screenshot("draft-with-attachment")
    page.locator("#btn-send").click()
    page.wait_for_url(re.compile(rf"/reports/{report.pk}/$"))

    # Head: returns it with a comment.
    log_in(page, "lanhdao")
    page.goto("/reports/inbox/")
    page.locator(f"#group-awaiting_approval a[href='/reports/{report.pk}/']").click()
    page.locator("#return-comment").fill(RETURN_COMMENT)
    page.locator("#btn-return-to-staff").click()
    page.wait_for_load_state()
    report.refresh_from_db()
    assert report.state == ReportState.RETURNED_BY_HEAD

    # Staff: sees the comment, corrects and sends again.
    log_in(page, "chuyenvien")
    page.goto("/reports/inbox/")
    page.locator(f"#group-returned a[href='/reports/{report.pk}/']").click()
    page.locator("#btn-edit").click()
    assert RETURN_COMMENT in page.locator("#returned-comment").inner_text()
    page.locator("#id_result").fill("Đã khảo sát 25 doanh nghiệp cơ khí (18 tại KCN Tịnh Phong, 7 tại KKT Dung Quất).")
    page.locator("#btn-send").click()
    page.wait_for_url(re.compile(rf"/reports/{report.pk}/$"))

    # Head: approves and submits to the monitoring unit.
    log_in(page, "lanhdao")
    page.goto(f"/reports/{report.pk}/")
    page.locator("#btn-approve").click()
    page.wait_for_load_state()

    # Monitoring unit: accepts from its queue.
    log_in(page, "theodoi")
    page.goto("/reports/inbox/")
    page.locator(f"#to-accept a[href='/reports/{report.pk}/']").click()
    page.locator("#btn-accept").click()
    page.wait_for_load_state()

    # The task page shows the history, the attachment and the new status.
    page.goto(f"/tasks/{task.pk}/")
    history = page.locator("#history").inner_text()
    assert RETURN_COMMENT in history
    assert page.locator("#history li").count() >= 9
    assert "bien-ban-khao-sat.pdf" in page.locator("#reports").inner_text()
    task.refresh_from_db()
    assert task_status(task) == Status.COMPLETED_LATE
    assert page.locator("h1 .badge.st-done-late").is_visible()
    screenshot("task-page-after-acceptance")
