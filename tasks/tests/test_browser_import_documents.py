"""In Debian's chromium: paste a directive's text, see each proposed task beside the sentence it was read from,
correct one task's agencies, confirm and open the directive's tree; the same with the directive as a .docx."""

import re

import pytest

from agencies.models import Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from tasks.models import AssignmentRole, Directive

from .documents import build_docx, seed_path
from .import_workbooks import create_agencies
from .test_browser_import import sign_in

pytestmark = pytest.mark.browser

SOURCE = "có báo cáo, đề xuất kiến nghị mô hình, chính sách đẩy mạnh công nghiệp hóa"


@pytest.fixture
def monitor(transactional_db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    province = ProvinceFactory()
    create_agencies(province)
    AgencyFactory(province=province, name="Sở Y tế")
    user = UserFactory(username="theodoi")
    MembershipFactory(user=user, agency=AgencyFactory(province=province, name="Văn phòng UBND tỉnh"), role=Role.MONITOR)
    return user


def seed_text():
    return seed_path(2).read_text(encoding="utf-8")


def correct_task_2_and_confirm(page, screenshot, name):
    """Task 2 names two leads; the person makes Sở Thông tin và Truyền thông a coordinating agency instead."""
    rows = page.locator("#preview-tasks tbody tr")
    row = rows.filter(has=page.locator("td.code", has_text=re.compile(r"^2$")))
    assert "Sở Thông tin và Truyền thông" in row.locator("td.assignees").first.inner_text()
    assert "đoạn 10" in row.locator("td.source").inner_text()
    assert "Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông có báo cáo" in row.locator("td.source").inner_text()
    screenshot(f"{name}-preview-with-sources")
    row.locator("details.task-edit summary").click()
    row.locator("input[name=lead]").fill("Sở Khoa học và Công nghệ")
    row.locator("input[name=coordinators]").fill("Sở Thông tin và Truyền thông")
    screenshot(f"{name}-correcting-an-agency", full_page=False)
    row.locator(".btn-edit").click()
    page.wait_for_load_state()

    row = page.locator("#preview-tasks tbody tr").filter(has=page.locator("td.code", has_text=re.compile(r"^2$")))
    cells = row.locator("td.assignees")
    assert cells.nth(0).inner_text().strip() == "Sở Khoa học và Công nghệ"
    assert cells.nth(1).inner_text().strip() == "Sở Thông tin và Truyền thông"
    assert "Đoạn 10: đã sửa." in page.locator("#corrections").inner_text()
    assert page.locator("#errors").count() == 0
    screenshot(f"{name}-corrected")
    page.locator("#confirm").click()
    page.wait_for_selector("#directive-link")
    page.locator("#directive-link").click()
    page.wait_for_url(re.compile(r"/directives/\d+/$"))
    assert SOURCE in page.locator("main").inner_text()
    screenshot(f"{name}-directive-tree")

    task = Directive.objects.get(symbol="SCT-QLCN").tasks.get(code="2")
    roles = {(assignment.agency.name, assignment.role) for assignment in task.assignments.all()}
    assert roles == {
        ("Sở Khoa học và Công nghệ", AssignmentRole.LEAD),
        ("Sở Thông tin và Truyền thông", AssignmentRole.COORDINATING),
    }


def test_paste_a_directive_correct_an_agency_confirm_and_open_the_tree(monitor, page, screenshot):
    sign_in(page, "theodoi")
    page.goto("/import/")
    page.locator("#id_paste-text").fill(seed_text())
    screenshot("pasted")
    page.locator("#btn-paste").click()
    page.wait_for_url(re.compile(r"/import/\d+/$"))

    correct_task_2_and_confirm(page, screenshot, "paste")


def test_upload_a_docx_correct_an_agency_confirm_and_open_the_tree(monitor, page, screenshot, tmp_path):
    from tasks.intake.text import read_text

    document = build_docx(tmp_path / "cong-van-sct.docx", [block.text for block in read_text(seed_text())])
    sign_in(page, "theodoi")
    page.goto("/import/")
    page.locator("#id_file").set_input_files(document)
    page.locator("#btn-upload").click()
    page.wait_for_url(re.compile(r"/import/\d+/$"))

    correct_task_2_and_confirm(page, screenshot, "docx")


def test_split_a_proposed_task_in_two_in_the_preview_and_confirm(monitor, page, screenshot):
    """Task 3 asks for input and a report in one paragraph; the person moves its last clause to a second task."""
    sign_in(page, "theodoi")
    page.goto("/import/")
    page.locator("#id_paste-text").fill(seed_text())
    page.locator("#btn-paste").click()
    page.wait_for_url(re.compile(r"/import/\d+/$"))

    row = page.locator("#preview-tasks tbody tr").filter(has=page.locator("td.code", has_text=re.compile(r"^3$")))
    row.locator("details.task-edit summary").click()
    text = row.locator("textarea[name=text]").input_value()
    first, second = text.rsplit(", ", 1)
    row.locator("textarea[name=text]").fill(first)
    row.locator("textarea[name=second_text]").fill(second)
    screenshot("splitting", full_page=False)
    row.locator(".btn-split").click()
    page.wait_for_load_state()

    codes = page.locator("#preview-tasks tbody td.code").all_inner_texts()
    assert codes[codes.index("3") + 1] == "3-2"
    split = page.locator("#preview-tasks tbody tr").filter(has=page.locator("td.code", has_text=re.compile(r"^3-2$")))
    assert second in split.inner_text()
    assert "Đoạn 11: đã tách thành hai nhiệm vụ." in page.locator("#corrections").inner_text()
    screenshot("split")
    page.locator("#confirm").click()
    page.wait_for_selector("#directive-link")

    tasks = Directive.objects.get(symbol="SCT-QLCN").tasks
    assert tasks.get(code="3").text == first
    assert tasks.get(code="3-2").text == second
