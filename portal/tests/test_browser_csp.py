"""In Debian's chromium, under the strict Content-Security-Policy: no page reports a violation, and the behaviours
that used to be inline handlers (auto-submitting selects, the print button, the error page's back button) still
work from static/js/portal.js."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.test import override_settings

from reports.tests.factories import ReportingPeriodFactory
from tasks.demo.accounts import ACCOUNTS, DEMO_PASSWORD
from tasks.models import Directive
from tasks.tests.import_workbooks import build_004_workbook

pytestmark = pytest.mark.browser

MONITOR = next(account["username"] for account in ACCOUNTS if account["role"] == "monitor")
ADMIN = next(account["username"] for account in ACCOUNTS if account["role"] == "admin")

# Runs in every page before its own scripts: records what the policy blocked, and stands in for the print dialog.
WATCH = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
window.printed = false;
window.print = () => { window.printed = true; };
"""


@pytest.fixture
def demo_plan(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())
    plan = max(Directive.objects.filter(province__code="quang-ngai"), key=lambda d: d.tasks.count())
    period = plan.periods.first() or ReportingPeriodFactory(
        directive=plan,
        name="Quý IV/2026",
        start=datetime.date(2026, 10, 1),
        end=datetime.date(2026, 12, 31),
        due_date=datetime.date(2026, 12, 10),
    )
    return plan, period


@pytest.fixture
def watched(page):
    """The page, with every console message about the policy and every violation event collected."""
    messages = []
    page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))
    page.context.add_init_script(WATCH)

    def violations():
        reported = page.evaluate("window.cspViolations")
        return reported + [text for text in messages if "Content Security Policy" in text]

    page.violations = violations
    return page


def log_in(page, username):
    page.goto("/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("form[action='/login/'] button[type=submit]").click()
    page.wait_for_load_state()


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200, url
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert page.violations() == [], url


def test_main_pages_load_without_a_policy_violation(demo_plan, watched, tmp_path):
    plan, period = demo_plan
    task = plan.tasks.filter(parent__isnull=False).first()
    log_in(watched, MONITOR)

    for url in (
        "/reports/inbox/",
        "/directives/",
        plan.get_absolute_url(),
        "/tasks/?status=overdue",
        task.get_absolute_url(),
        "/agencies/",
        "/dashboard/",
        "/dashboard/scorecard/",
        "/dashboard/targets/",
        f"/dashboard/consolidated/?province={plan.province_id}&directive={plan.pk}",
        f"/dashboard/consolidated/{plan.pk}/{period.pk}/",
        "/notifications/",
        "/import/",
    ):
        visit(watched, url)

    # The import preview indents the outline with classes, not style attributes.
    watched.locator("#id_file").set_input_files(build_004_workbook(tmp_path / "ke-hoach-72.xlsx"))
    watched.locator("#btn-upload").click()
    watched.wait_for_url(re.compile(r"/import/\d+/$"))
    assert watched.locator("#preview-tasks td.indent-2").count() > 0
    assert watched.violations() == []


def test_administration_pages_load_without_a_policy_violation(demo_plan, watched):
    plan, _period = demo_plan
    log_in(watched, ADMIN)

    for url in (
        "/admin/",
        "/admin/tasks/task/",
        f"/admin/tasks/directive/{plan.pk}/change/",
        "/admin/axes/accessattempt/",
    ):
        visit(watched, url)


def test_moved_handlers_still_work(demo_plan, watched):
    plan, period = demo_plan
    log_in(watched, MONITOR)

    visit(watched, "/directives/")
    watched.locator("#lang-select").select_option("en")
    watched.wait_for_function("document.documentElement.lang === 'en'")
    assert watched.get_by_role("link", name="Directives").first.is_visible()
    watched.locator("#lang-select").select_option("vi")
    watched.wait_for_function("document.documentElement.lang === 'vi'")

    visit(watched, "/dashboard/consolidated/")
    watched.locator("#consolidated-directive").select_option(str(plan.pk))
    watched.wait_for_url(re.compile(rf"directive={plan.pk}"))
    assert watched.locator("#periods").is_visible()

    visit(watched, f"/dashboard/consolidated/{plan.pk}/{period.pk}/")
    watched.locator("#print-report").click()
    assert watched.evaluate("window.printed") is True

    watched.goto("/khong-co-trang-nay/")
    assert watched.get_by_role("heading", level=1).inner_text() == "Không tìm thấy trang"
    watched.get_by_role("button", name="Quay lại trang trước").click()
    watched.wait_for_url(re.compile(rf"/dashboard/consolidated/{plan.pk}/{period.pk}/$"))
    assert watched.violations() == []
