"""Debian's chromium opens the login page on the live server and sees it in Vietnamese."""

import pytest

pytestmark = pytest.mark.browser


def test_login_page_renders_in_vietnamese(page, screenshot):
    page.goto("/login/")
    screenshot()

    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.title().startswith("Đăng nhập")
    assert page.get_by_role("heading", level=1).inner_text() == "Đăng nhập"
    assert page.get_by_role("button", name="Đăng nhập").is_visible()
