"""On a phone (390 × 844) and an office laptop (1366 × 768) the pages staff and leaders work in fit the screen: no
sideways scrolling of the page (a wide table scrolls inside its own box or becomes cards) and, on the phone, every
control is at least 44 px tall, the size a finger can hit."""

import datetime
import io
import re

import pytest
import time_machine
from django.core.management import call_command
from django.db.models import Count
from django.test import override_settings

from reports.models import TaskReporter
from reports.tests.conftest import NOW
from tasks.demo.accounts import DEMO_PASSWORD
from tasks.models import Task
from tasks.tests.import_workbooks import build_004_workbook

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}
MIN_TARGET = 44

# What a finger presses: form controls, buttons, the menu, pagination. A checkbox or radio counts by its label.
MEASURE = """(minTarget) => {
  const selector = 'button, input:not([type=hidden]), select, textarea, a.button, .mainnav a, .pagination a, summary';
  const describe = (el) => {
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.name ? `[name=${el.name}]` : '');
    return `${name} "${(el.innerText || el.value || '').trim().slice(0, 30)}"`;
  };
  const small = [];
  for (const el of document.querySelectorAll(selector)) {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (style.display === 'none' || style.visibility === 'hidden' || (box.width === 0 && box.height === 0)) continue;
    if (el.closest('.sr-only, noscript')) continue;
    let height = box.height;
    if (el.type === 'checkbox' || el.type === 'radio') {
      const label = el.closest('label') || (el.id && document.querySelector(`label[for="${el.id}"]`));
      if (label) height = Math.max(height, label.getBoundingClientRect().height);
    }
    if (height < minTarget) small.push(`${describe(el)} ${Math.round(height)}px`);
  }
  const wide = [];
  for (const el of document.body.querySelectorAll('*')) {
    const parent = el.parentElement.getBoundingClientRect();
    if (el.getBoundingClientRect().right > innerWidth + 1 && parent.right <= innerWidth + 1) wide.push(describe(el));
  }
  const width = document.documentElement.scrollWidth;
  return {scrollWidth: width, innerWidth: innerWidth, small: small, wide: wide.slice(0, 8)};
}"""


@pytest.fixture
def demo():
    with time_machine.travel(NOW, tick=True), override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())
        yield


def log_in(page, username):
    page.context.clear_cookies()
    page.goto("/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("form[action='/login/'] button[type=submit]").click()
    page.wait_for_load_state()


def widest_task():
    """The Quảng Ngãi demo task with the most assignees: the widest reporting matrix."""
    tasks = Task.objects.filter(directive__province__code="quang-ngai")
    return tasks.annotate(n=Count("assignments")).order_by("-n", "pk").first()


def staff_extension_request():
    """An extension request Sở Công Thương's staff sent to their head (issue #16: staff ask their own head first)."""
    from django.contrib.auth import get_user_model

    from reports import services
    from reports.models import OPEN_EXTENSION_STATES

    staff = get_user_model().objects.get(username="chuyenvien")
    reporter = (
        TaskReporter.objects.filter(
            agency__name="Sở Công Thương", leads=True, task__completed_at__isnull=True, task__cancelled_at__isnull=True
        )
        .exclude(task__extension_requests__state__in=OPEN_EXTENSION_STATES)
        .select_related("task", "agency")
        .order_by("task_id")
        .first()
    )
    due = reporter.task.effective_due_date or datetime.date(2030, 12, 31)
    return services.request_extension(
        staff, reporter.task, reporter.agency, "Chờ quy hoạch tỉnh được phê duyệt.", due + datetime.timedelta(days=90)
    )


def check(page, name, viewport, problems, shots, look_at=None):
    page.wait_for_load_state()
    assert page.locator(".topbar").count() == 1, f"{name}: not a portal page ({page.url})"
    found = page.evaluate(MEASURE, MIN_TARGET)
    label = f"{viewport['width']}x{viewport['height']}-{name}"
    if look_at:
        page.locator(look_at).first.scroll_into_view_if_needed()
    shots(label, full_page=False)
    if found["scrollWidth"] > found["innerWidth"]:
        problems.append(f"{label}: page {found['scrollWidth']} px wide for {found['innerWidth']} ({found['wide']})")
    if viewport is PHONE and found["small"]:
        problems.append(f"{label}: controls under {MIN_TARGET} px: {found['small']}")


@pytest.mark.parametrize("viewport", [PHONE, LAPTOP], ids=["phone", "laptop"])
def test_work_pages_fit_the_screen_and_controls_fit_a_finger(demo, page, screenshot, viewport, tmp_path):
    page.set_viewport_size(viewport)
    problems = []
    task = widest_task()

    log_in(page, "chuyenvien")
    page.goto("/reports/inbox/")
    check(page, "inbox", viewport, problems, screenshot)
    page.locator("a[href^='/reports/new/']").first.click()
    check(page, "report-form", viewport, problems, screenshot)
    page.goto(task.get_absolute_url())
    check(page, "task", viewport, problems, screenshot, look_at="#reports")

    log_in(page, "lanhdao")
    extension = staff_extension_request()
    page.goto("/reports/inbox/")
    check(page, "head-inbox", viewport, problems, screenshot, look_at="#to-forward")
    page.goto(f"/reports/extensions/{extension.pk}/forward/")
    check(page, "extension-forward", viewport, problems, screenshot, look_at="form")

    log_in(page, "lanhdaotinh")
    page.goto(f"/reports/tasks/{task.pk}/direction/")
    check(page, "direction-form", viewport, problems, screenshot, look_at="form")
    page.goto("/dashboard/")
    check(page, "dashboard", viewport, problems, screenshot, look_at=".dash-columns")
    page.goto(task.get_absolute_url())
    check(page, "task-leader", viewport, problems, screenshot)
    page.goto(task.directive.get_absolute_url())
    check(page, "directive-tree", viewport, problems, screenshot)

    log_in(page, "theodoi")
    page.goto("/reports/inbox/")
    check(page, "monitor-queue", viewport, problems, screenshot)
    page.goto("/import/")
    check(page, "import-upload", viewport, problems, screenshot)
    page.locator("#id_file").set_input_files(build_004_workbook(tmp_path / "ke-hoach-72.xlsx"))
    page.locator("#btn-upload").click()
    page.wait_for_url(re.compile(r"/import/\d+/$"))
    check(page, "import-preview", viewport, problems, screenshot, look_at="#preview-tasks")

    assert not problems, "\n".join(problems)
