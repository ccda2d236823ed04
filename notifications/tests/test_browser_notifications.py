"""In Chromium: the head returns a report and the staff member sees the menu's unread count appear, opens the list,
follows the link in the row to the report, and the count is gone."""

import re

import pytest
from django.core import mail

from notifications.tests.conftest import pending

pytestmark = pytest.mark.browser


@pytest.fixture
def english(settings):
    """Overrides the package's English default: this journey runs in Vietnamese, as staff use the portal."""
    settings.LANGUAGE_CODE = "vi"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def log_in(page, username):
    page.context.clear_cookies()
    page.goto("/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("matkhau-thu-nghiem")
    page.locator("form[action='/login/'] button[type=submit]").click()
    page.wait_for_load_state()


def test_staff_sees_the_count_change_when_the_head_returns_their_report(world, page, screenshot):
    report = pending(world)
    mail.outbox.clear()
    log_in(page, "an")
    assert page.locator(".nav-notices .unread-count").count() == 0

    log_in(page, "binh")
    page.goto(f"/reports/{report.pk}/")
    page.locator("#return-comment").fill("Bổ sung số liệu công suất.")
    page.locator("#btn-return-to-staff").click()
    page.wait_for_load_state()

    log_in(page, "an")
    assert page.locator(".nav-notices .unread-count").inner_text() == "1"
    screenshot("count")
    page.locator(".nav-notices").click()
    row = page.locator(".notice.unread")
    assert "Binh đã trả lại báo cáo Quý IV/2026 của SCT về nhiệm vụ II.1.a" in row.inner_text()
    assert "Bổ sung số liệu công suất." in row.inner_text()
    screenshot("list")
    assert page.locator(".nav-notices .unread-count").count() == 0
    row.locator("a.notice-link").click()
    page.wait_for_url(re.compile(rf"/reports/{report.pk}/$"))
    assert [message.to for message in mail.outbox] == [[world.staff.email]]
