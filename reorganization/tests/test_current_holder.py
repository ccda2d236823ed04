"""Reading by who holds the work now: the task page names the body before, an import of an old workbook gives the
new tasks to the successor while its preview shows the name as written."""

import datetime
import json
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import MembershipFactory, ProvinceFactory
from reorganization import services
from reorganization.models import ReorganizationKind
from tasks.importing.jobs import start_import
from tasks.models import Assignment, AssignmentRole, ImportJob
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, TaskFactory
from tasks.tests.import_workbooks import build_004_workbook, create_agencies

pytestmark = pytest.mark.django_db


@pytest.fixture
def merged():
    """Plan 004's agencies, with Sở Kế hoạch và Đầu tư merged into Sở Tài chính from 01/3/2025."""
    agencies = create_agencies(ProvinceFactory())
    reorganization = services.record_reorganization(
        ReorganizationKind.MERGER,
        agencies["skhdt"].province,
        datetime.date(2025, 3, 1),
        "45/2025/NĐ-CP",
        [(agencies["skhdt"], agencies["stc"])],
    )
    services.confirm(reorganization)
    return agencies


def test_task_page_names_the_body_that_held_the_task_before(client):
    agencies = create_agencies(ProvinceFactory())
    task = TaskFactory(directive=DirectiveFactory(province=agencies["skhdt"].province))
    AssignmentFactory(task=task, agency=agencies["skhdt"], role=AssignmentRole.LEAD)
    reorganization = services.record_reorganization(
        ReorganizationKind.MERGER,
        agencies["skhdt"].province,
        datetime.date(2025, 3, 1),
        "45/2025/NĐ-CP",
        [(agencies["skhdt"], agencies["stc"])],
    )
    services.confirm(reorganization)
    client.force_login(MembershipFactory(agency=agencies["stc"], role=Role.STAFF).user)
    page = client.get(reverse("tasks:task_detail", args=[task.pk])).content.decode()
    assert "Sở Tài chính" in page
    assert "trước đây: Sở Kế hoạch và Đầu tư (đến 28/02/2025)" in page
    services.undo(reorganization)
    page = client.get(reverse("tasks:task_detail", args=[task.pk])).content.decode()
    assert "trước đây" not in page


def run_import(path, *args):
    out = StringIO()
    call_command("import_directives", str(path), *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_an_old_workbook_naming_the_merged_body_goes_to_its_successor_and_shows_both(merged, tmp_path):
    workbook = build_004_workbook(tmp_path / "ke-hoach-2019.xlsx")
    preview = json.loads(run_import(workbook, "--dry-run", "--format", "json"))
    task = next(task for task in preview["tasks"] if task["code"] == "II.1.c")
    assert task["coordinators"] == ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "UBND huyện Đức Phổ"]
    assert task["current_coordinators"] == ["Sở Tài chính", "UBND huyện Đức Phổ"]
    assert task["current_leads"] == task["leads"]

    run_import(workbook)
    assignments = Assignment.objects.filter(task__code="II.1.c", role=AssignmentRole.COORDINATING)
    assert not assignments.filter(agency=merged["skhdt"]).exists()
    finance = assignments.get(agency=merged["stc"])
    assert (finance.predecessor, finance.original_text) == (merged["skhdt"], "Sở Kế hoạch và Đầu tư")


def test_the_import_page_shows_the_name_as_written_and_who_holds_it_now(client, merged, tmp_path):
    monitor = MembershipFactory(agency=merged["sct"], role=Role.MONITOR).user
    workbook = build_004_workbook(tmp_path / "ke-hoach-2019.xlsx")
    with open(workbook, "rb") as handle:
        job = start_import(SimpleUploadedFile("ke-hoach-2019.xlsx", handle.read()), monitor, merged["sct"].province)
    job = ImportJob.objects.get(pk=job.pk)
    client.force_login(monitor)
    page = client.get(job.get_absolute_url()).content.decode()
    assert 'Sở Kế hoạch và Đầu tư <span class="hint current-holder">— nay là Sở Tài chính</span>' in page
