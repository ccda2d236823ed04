"""Leadership in Debian's chromium: dashboard, an overdue count, exactly its tasks, the consolidated workbook."""

import datetime
import io
import re
from pathlib import Path

import openpyxl
import pytest
from django.core.management import call_command
from django.test import override_settings

from portal.tests.test_browser_phone import LAPTOP, PHONE, check, log_in
from reports.tests.factories import ReportingPeriodFactory
from tasks.demo.accounts import ACCOUNTS, DEMO_PASSWORD
from tasks.models import Directive, Task
from tasks.status import Status

pytestmark = pytest.mark.browser

LEADER = next(account["username"] for account in ACCOUNTS if account["role"] == "leadership")
STAFF = next(account["username"] for account in ACCOUNTS if account["role"] == "staff")


@pytest.fixture
def demo_plan():
    """The demo province's directive with the most tasks, with at least one reporting period."""
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())
    plan = max(Directive.objects.filter(province__code="quang-ngai"), key=lambda d: d.tasks.count())
    if not plan.periods.exists():
        ReportingPeriodFactory(
            directive=plan,
            name="Quý IV/2026",
            start=datetime.date(2026, 10, 1),
            end=datetime.date(2026, 12, 31),
            due_date=datetime.date(2026, 12, 10),
        )
    return plan


def test_leader_drills_into_overdue_tasks_and_downloads_the_consolidated_report(demo_plan, page, screenshot):
    page.goto("/login/")
    page.locator("#id_username").fill(LEADER)
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    # Leadership lands on the dashboard.
    page.wait_for_url(re.compile(r"/dashboard/$"))
    overdue_link = page.locator("#totals a[data-column='overdue']")
    shown = int(overdue_link.inner_text())
    assert shown > 0
    screenshot("dashboard")
    overdue_link.click()

    page.wait_for_url(re.compile(r"/tasks/\?.*status=overdue"))
    expected = {
        f"/tasks/{t.pk}/"
        for t in Task.objects.filter(directive__province__code="quang-ngai").with_effective_due()
        if t.status == Status.IN_PROGRESS_OVERDUE
    }
    assert len(expected) == shown
    listed = []
    while True:
        listed += [link.get_attribute("href") for link in page.locator("table.list td.code > a:first-child").all()]
        following = page.locator(".pagination a", has_text="»")
        if not following.count():
            break
        following.click()
        page.wait_for_load_state()
    assert sorted(listed) == sorted(expected)
    screenshot("overdue-list")

    page.goto("/dashboard/consolidated/")
    page.locator("select[name=directive]").select_option(str(demo_plan.pk))
    page.wait_for_url(re.compile(rf"directive={demo_plan.pk}"))
    with page.expect_download() as download_info:
        page.locator("#periods a.download").first.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(Path(download.path()).read_bytes())).active
    codes = [row[0].value for row in sheet.iter_rows()]
    codes = codes[codes.index("STT") + 1 :]
    assert codes[: codes.index(None)] == list(demo_plan.tasks.order_by("position", "pk").values_list("code", flat=True))


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["phone", "laptop"])
def test_dashboard_targets_and_consolidated_report_fit_the_screen(demo_plan, page, screenshot, viewport):
    """Tiles first, the folded filter form, the charts and the printed report: no sideways page scroll, controls a
    finger can hit on the phone; the screenshots are in test-artifacts/ to look at."""
    page.set_viewport_size(viewport)
    problems = []
    log_in(page, LEADER)
    page.goto("/dashboard/")
    assert page.locator(".tiles .tile").count() == 4
    tiles_top = page.locator(".tiles").bounding_box()["y"]
    assert tiles_top < page.locator("details.dash-filters").bounding_box()["y"]
    assert page.locator("details.dash-filters form").is_hidden()
    check(page, "dashboard-tiles", viewport, problems, screenshot)
    page.locator("details.dash-filters > summary").click()
    assert page.locator("input[type=checkbox][name=status]").count() > 3
    check(page, "dashboard-filters", viewport, problems, screenshot, look_at="details.dash-filters")
    check(page, "dashboard-compliance", viewport, problems, screenshot, look_at="#compliance")
    check(page, "dashboard-chart", viewport, problems, screenshot, look_at=".dash-totals")
    page.goto("/dashboard/targets/")
    check(page, "targets", viewport, problems, screenshot)
    period = demo_plan.periods.order_by("-end").first()
    page.goto(f"/dashboard/consolidated/{demo_plan.pk}/{period.pk}/")
    check(page, "consolidated", viewport, problems, screenshot)
    check(page, "consolidated-signature", viewport, problems, screenshot, look_at=".signature")
    page.goto(f"/dashboard/consolidated/{demo_plan.pk}/{period.pk}/?summary=1")
    assert page.locator("table.consolidated").count() == 0
    check(page, "consolidated-summary", viewport, problems, screenshot)
    assert not problems, "\n".join(problems)


def test_staff_see_the_folded_filters_marked_as_a_disclosure_and_open_them(demo_plan, page, screenshot):
    page.set_viewport_size({"width": 1280, "height": 900})
    log_in(page, STAFF)
    page.goto("/dashboard/")
    summary = page.locator("details.dash-filters > summary")
    summary.scroll_into_view_if_needed()
    screenshot("staff-filters-folded", full_page=False)
    # Chromium draws the summary's disclosure triangle only while it is displayed as a list item; as a flex box it
    # read as a heading over an empty space.
    assert summary.evaluate("element => getComputedStyle(element).display") == "list-item"
    assert not page.locator("select[name=directive]").is_visible()

    summary.click()

    for name in ("directive", "agency", "sector", "period"):
        assert page.locator(f"select[name={name}]").is_visible(), name
    screenshot("staff-filters-open", full_page=False)
