"""In Debian's chromium: an administrator records the KH&ĐT → Tài chính merger, previews, confirms; Sở Tài chính's
staff then see the moved tasks in their inbox."""

import re

import pytest

from agencies.models import Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from tasks.models import AssignmentRole
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, TaskFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "matkhau-thu-nghiem"  # agencies.tests.factories.UserFactory's
TEXTS = (
    "Xây dựng danh mục dự án kêu gọi đầu tư vào ngành cơ khí",
    "Rà soát quỹ đất công nghiệp cho dự án chế biến gỗ",
)


@pytest.fixture
def province():
    quang_ngai = ProvinceFactory()
    khdt = AgencyFactory(province=quang_ngai, name="Sở Kế hoạch và Đầu tư")
    finance = AgencyFactory(province=quang_ngai, name="Sở Tài chính")
    sct = AgencyFactory(province=quang_ngai, name="Sở Công Thương")
    directive = DirectiveFactory(province=quang_ngai, monitoring_agency=sct)
    for text in TEXTS:
        AssignmentFactory(task=TaskFactory(directive=directive, text=text), agency=khdt, role=AssignmentRole.LEAD)
    MembershipFactory(user=UserFactory(username="quantri_qn"), agency=sct, role=Role.ADMIN)
    MembershipFactory(user=UserFactory(username="chuyenvien_tc"), agency=finance, role=Role.STAFF)
    return quang_ngai


def log_in(page, username):
    page.context.clear_cookies()
    page.goto("/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form[action='/login/'] button[type=submit]").click()
    page.wait_for_load_state()


def test_administrator_merges_khdt_into_finance_and_finance_staff_see_the_tasks(province, page, screenshot):
    log_in(page, "chuyenvien_tc")
    page.goto("/reports/inbox/")
    assert TEXTS[0] not in page.locator("main").inner_text()

    log_in(page, "quantri_qn")
    page.locator("nav.mainnav a[href='/reorganizations/']").click()
    page.locator("a[href='/reorganizations/new/']").click()
    page.locator("#id_kind").select_option("merger")
    page.locator("#id_province").select_option(label="Quảng Ngãi")
    page.locator("#id_effective_date").fill("01/03/2025")
    page.locator("#id_legal_basis").fill("45/2025/NĐ-CP")
    page.locator("#id_predecessors").select_option(label="Sở Kế hoạch và Đầu tư")
    page.locator("#id_successors").select_option(label="Sở Tài chính")
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/reorganizations/\d+/$"))
    moves = page.locator("#moves").inner_text()
    assert all(text in moves for text in TEXTS) and "Sở Tài chính" in moves
    screenshot("preview")
    page.locator("#confirm").click()
    page.wait_for_load_state()
    assert page.locator("#state").inner_text() == "Đã thực hiện"
    screenshot("applied")

    log_in(page, "chuyenvien_tc")
    page.goto("/reports/inbox/")
    inbox = page.locator("main").inner_text()
    assert all(text in inbox for text in TEXTS)
    screenshot("finance-inbox")
