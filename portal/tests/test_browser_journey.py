"""A monitoring officer logs in with the demo data loaded and walks to plan 004's task outline in Debian's chromium."""

import io
import re

import pytest
from django.core.management import call_command
from django.test import override_settings

from tasks.demo.accounts import ACCOUNTS, DEMO_PASSWORD

pytestmark = pytest.mark.browser

MONITOR = next(account["username"] for account in ACCOUNTS if account["role"] == "monitor")
PLAN_004_SUBJECT = "Triển khai thực hiện Chương trình hành động số 37-CTr/TU"


@pytest.fixture
def demo_data():
    # load_demo refuses to run without DEBUG because its accounts share a known password.
    with override_settings(DEBUG=True):
        call_command("load_demo", stdout=io.StringIO())


def test_monitoring_officer_logs_in_and_opens_plan_004_outline(demo_data, page, screenshot):
    page.goto("/login/")
    page.locator("#id_username").fill(MONITOR)
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()

    # The monitoring unit lands on its queue, and opens the directives from the menu.
    page.wait_for_url(re.compile(r"/reports/inbox/$"))
    page.locator("nav.mainnav a[href='/directives/']").click()
    page.wait_for_url(re.compile(r"/directives/$"))
    screenshot("directive-list")
    page.get_by_role("link", name=PLAN_004_SUBJECT).click()

    page.wait_for_url(re.compile(r"/directives/\d+/$"))
    assert "KH-UBND" in page.get_by_role("heading", level=1).inner_text()
    assert page.get_by_text("Công nghiệp cơ khí, điện tử và sản xuất kim loại", exact=True).is_visible()
    deep_task = page.locator(".node-row", has=page.get_by_text("II.2.f.1", exact=True))
    assert "Đánh giá toàn bộ năng lực ngành cơ khí" in deep_task.inner_text()
    deep_task.scroll_into_view_if_needed()
    screenshot("plan-004-outline", full_page=False)
