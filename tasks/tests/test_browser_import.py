"""In Debian's chromium: upload a workbook, see the preview, map an unknown agency, confirm, open the directive,
and the lead agency's staff find the new tasks in their inbox."""

import re

import pytest

from agencies.models import Agency, Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from tasks.models import Directive

from .import_workbooks import ROWS, build_004_workbook, create_agencies

pytestmark = pytest.mark.browser

UNKNOWN = "Phòng Đăng ký kinh doanh"


@pytest.fixture
def monitor(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    province = ProvinceFactory()
    agencies = create_agencies(province)
    user = UserFactory(username="theodoi")
    MembershipFactory(user=user, agency=AgencyFactory(province=province, name="Văn phòng UBND tỉnh"), role=Role.MONITOR)
    return user, agencies


def test_upload_preview_resolve_an_agency_confirm_and_open_the_directive(monitor, page, screenshot, tmp_path):
    _user, agencies = monitor
    rows = [(*row[:3], UNKNOWN, *row[4:]) if row[0] == "a)" and "tiêu chí, yêu cầu" in row[1] else row for row in ROWS]
    workbook = build_004_workbook(tmp_path / "ke-hoach-72.xlsx", rows=rows)

    sign_in(page, "theodoi")
    page.goto("/import/")
    page.locator("#id_file").set_input_files(workbook)
    page.locator("#btn-upload").click()
    page.wait_for_url(re.compile(r"/import/\d+/$"))

    assert page.locator("#errors").inner_text().count(UNKNOWN) == 1
    assert page.locator("#confirm").is_disabled()
    assert "Sở Kế hoạch và Đầu tư" in page.locator("#preview-tasks").inner_text()
    monitoring = page.locator("#id_monitoring_agency option:checked").inner_text()
    assert monitoring == "Văn phòng UBND tỉnh"
    assert page.locator("input[name=schedules]:checked").count() == 2
    screenshot("preview-with-unknown-agency")
    card = page.locator(".unmatched", has_text=UNKNOWN)
    card.locator("select[name=agency]").select_option(str(agencies["skhdt"].pk))
    card.locator(".btn-map").click()
    page.wait_for_selector("#errors", state="detached")  # the script brings the preview up to date in place

    assert page.locator("#errors").count() == 0
    page.locator("#confirm").click()
    page.wait_for_selector("#directive-link")
    page.locator("#directive-link").click()
    page.wait_for_url(re.compile(r"/directives/\d+/$"))

    directive = Directive.objects.get(number="72", symbol="KH-UBND")
    assert page.url.endswith(directive.get_absolute_url())
    assert "Xây dựng các tiêu chí, yêu cầu cụ thể" in page.locator("main").inner_text()
    assert directive.tasks.count() == len(ROWS)
    screenshot("directive-tree")
    # Nothing touched in the admin: the lead agency's staff find their new tasks in the inbox at once.
    assert directive.monitoring_agency.name == "Văn phòng UBND tỉnh"
    assert directive.schedules.count() == 2
    MembershipFactory(user=UserFactory(username="chuyenvien_tnmt"), agency=agencies["stnmt"], role=Role.STAFF)
    page.context.clear_cookies()
    sign_in(page, "chuyenvien_tnmt")
    page.goto("/reports/inbox/")
    assert "Tổ chức thực hiện các hoạt động giảm nhẹ phát thải khí nhà kính" in page.locator("main").inner_text()
    screenshot("lead-agency-inbox")


def sign_in(page, username):
    page.goto("/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill("matkhau-thu-nghiem")
    page.locator("form[action='/login/'] button[type=submit]").click()
    page.wait_for_load_state()


OTHER_UNKNOWN = "Trung tâm XTTM QN"


def test_a_mapping_applies_where_the_person_is_without_loading_the_page_again(monitor, page, screenshot, tmp_path):
    _user, agencies = monitor
    khuyen_cong = AgencyFactory(
        province=agencies["sct"].province, name="Trung tâm Khuyến công và Xúc tiến thương mại Quảng Ngãi"
    )
    rows = [
        (*row[:3], UNKNOWN, *row[4:])
        if row[0] == "a)" and "tiêu chí, yêu cầu" in row[1]
        else (*row[:3], OTHER_UNKNOWN, *row[4:])
        if row[0] == "b)" and "tiêu chí ưu tiên" in row[1]
        else row
        for row in ROWS
    ]
    sign_in(page, "theodoi")
    page.goto("/import/")
    page.locator("#id_file").set_input_files(build_004_workbook(tmp_path / "ke-hoach.xlsx", rows=rows))
    page.locator("#btn-upload").click()
    page.wait_for_url(re.compile(r"/import/\d+/$"))
    card = page.locator(".unmatched", has_text=OTHER_UNKNOWN)
    # The likest agency is offered and chosen in advance.
    assert card.locator("select[name=agency] option:checked").inner_text() == khuyen_cong.name
    card.scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, 200); window.stillTheSamePage = true")
    scrolled = page.evaluate("window.scrollY")

    card.locator(".btn-map").click()
    page.wait_for_selector(f".unmatched:has-text('{OTHER_UNKNOWN}')", state="detached")

    assert page.evaluate("window.stillTheSamePage") is True  # the page was not loaded again
    assert page.evaluate("window.scrollY") == scrolled  # nor sent back to its top
    assert f"“{OTHER_UNKNOWN}” được hiểu là {khuyen_cong.name}" in page.locator("#mapping-status").inner_text()
    assert page.locator(".unmatched").count() == 1
    assert khuyen_cong.name in page.locator("#preview-tasks").inner_text()
    screenshot("mapping-in-place")
    other = page.locator(".unmatched", has_text=UNKNOWN)
    other.locator("select[name=agency]").select_option(str(agencies["skhdt"].pk))
    other.locator(".btn-map").click()
    page.wait_for_selector("#errors", state="detached")

    assert not page.locator("#confirm").is_disabled()
    assert page.evaluate("window.stillTheSamePage") is True


def test_a_catalogue_body_the_province_lacks_is_created_by_the_confirm_unless_unticked(
    monitor, page, screenshot, tmp_path
):
    rows = [
        (*row[:3], "CA tỉnh", *row[4:])
        if row[0] == "a)" and "tiêu chí, yêu cầu" in row[1]
        else (*row[:3], "Hội Nông dân tỉnh", *row[4:])
        if row[0] == "b)" and "tiêu chí ưu tiên" in row[1]
        else row
        for row in ROWS
    ]
    sign_in(page, "theodoi")
    page.goto("/import/")
    page.locator("#id_file").set_input_files(build_004_workbook(tmp_path / "ke-hoach.xlsx", rows=rows))
    page.locator("#btn-upload").click()
    page.wait_for_url(re.compile(r"/import/\d+/$"))

    block = page.locator("#to-create")
    assert "Cơ quan sẽ được tạo từ danh mục khi xác nhận" in page.locator("#agencies-to-create").inner_text()
    assert block.locator("input[name=create_body]:checked").count() == 2
    assert "Công an tỉnh" in page.locator("#preview-tasks").inner_text()
    assert page.locator("#errors").count() == 0
    screenshot("preview-with-bodies-to-create")
    # The person keeps Công an tỉnh and unticks Hội Nông dân tỉnh: nothing is imported, that name is left to map.
    block.locator("li", has_text="Hội Nông dân tỉnh").locator("input[type=checkbox]").uncheck()
    page.locator("#confirm").click()
    page.wait_for_load_state()

    assert page.locator(".unmatched", has_text="Hội Nông dân tỉnh").count() == 1
    assert not Directive.objects.exists()
    assert not Agency.objects.filter(name__in=["Công an tỉnh", "Hội Nông dân tỉnh"]).exists()
    screenshot("unticked-name-to-map")

    card = page.locator(".unmatched", has_text="Hội Nông dân tỉnh")
    card.locator("select[name=agency]").select_option(str(monitor[1]["sct"].pk))
    card.locator(".btn-map").click()
    page.wait_for_selector(".unmatched", state="detached")
    page.locator("#confirm").click()
    page.wait_for_selector("#directive-link")

    assert "Công an tỉnh" in page.locator("#agencies-created").inner_text()
    police = Agency.objects.get(name="Công an tỉnh")
    assert Directive.objects.get().tasks.filter(assignments__agency=police).exists()
    assert not Agency.objects.filter(name="Hội Nông dân tỉnh").exists()
