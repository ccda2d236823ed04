"""The admin for directives, tasks and what hangs off them, with the computed task status in the task list."""

import datetime

import pytest
import time_machine

from agencies.tests.admin_pages import (
    admin_url,
    assert_admin_pages_open,
    assert_changelist_queries_do_not_grow,
    assert_view_only_pages_open,
)
from agencies.tests.factories import AgencyFactory, ProvinceFactory, UserFactory
from tasks.models import (
    Assignment,
    AssignmentRole,
    Directive,
    DirectiveLink,
    ImportJob,
    ImportStatus,
    Milestone,
    ReportingSchedule,
    Sector,
    Target,
    Task,
)
from tasks.status import Status
from tasks.tests.factories import (
    AssignmentFactory,
    DirectiveFactory,
    DirectiveLinkFactory,
    MilestoneFactory,
    ReportingScheduleFactory,
    SectorFactory,
    TargetFactory,
    TaskFactory,
)

pytestmark = pytest.mark.django_db


def _directive_with_tasks():
    directive = DirectiveFactory(monitoring_agency=AgencyFactory())
    TaskFactory.create_batch(2, directive=directive)
    return directive


def _task_with_lead_and_supporter():
    assignment = AssignmentFactory(task__sector=SectorFactory(name=f"Lĩnh vực {Sector.objects.count()}"))
    AssignmentFactory(task=assignment.task, role=AssignmentRole.COORDINATING)
    return assignment.task


ROWS = {
    Directive: _directive_with_tasks,
    DirectiveLink: lambda: DirectiveLinkFactory(target=DirectiveFactory()),
    ReportingSchedule: lambda: ReportingScheduleFactory(reporting_agency=AgencyFactory()),
    Sector: lambda: SectorFactory(name=f"Lĩnh vực {Sector.objects.count()}"),
    Task: _task_with_lead_and_supporter,
    Assignment: AssignmentFactory,
    Milestone: MilestoneFactory,
    Target: TargetFactory,
}


@pytest.mark.parametrize("model", ROWS, ids=lambda m: m.__name__)
def test_superuser_opens_list_add_and_change_pages(admin_client, model):
    assert_admin_pages_open(admin_client, ROWS[model]())


@pytest.mark.parametrize("model", ROWS, ids=lambda m: m.__name__)
def test_changelist_query_count_does_not_grow_with_rows(admin_client, model):
    assert_changelist_queries_do_not_grow(admin_client, ROWS[model])


def _import_job():
    return ImportJob.objects.create(
        province=ProvinceFactory(),
        file="imports/2026/01/ke-hoach.xlsx",
        original_name="Kế hoạch 245.xlsx",
        sha256="0" * 64,
        status=ImportStatus.DONE,
        rows_read=40,
        rows_total=40,
        directive=DirectiveFactory(),
        created_by=UserFactory(),
    )


def test_spreadsheet_imports_are_listed_but_uploaded_on_the_import_pages(admin_client):
    assert_view_only_pages_open(admin_client, _import_job())


def test_spreadsheet_import_list_query_count_does_not_grow_with_rows(admin_client):
    assert_changelist_queries_do_not_grow(admin_client, _import_job)


@pytest.fixture
def late_and_current_tasks():
    late = TaskFactory(code="II.1", due_date=datetime.date(2025, 12, 31))
    current = TaskFactory(code="II.2", due_date=datetime.date(2030, 12, 31))
    done = TaskFactory(
        code="II.3",
        due_date=datetime.date(2025, 12, 31),
        completed_at=datetime.datetime(2025, 11, 1, 9, tzinfo=datetime.UTC),
    )
    return late, current, done


@time_machine.travel(datetime.datetime(2026, 1, 5, 9, tzinfo=datetime.UTC), tick=False)
def test_task_list_shows_the_computed_status(admin_client, late_and_current_tasks):
    late, current, done = late_and_current_tasks
    response = admin_client.get(admin_url(Task, "changelist"), HTTP_ACCEPT_LANGUAGE="en")
    statuses = {task.code: task.status for task in response.context["cl"].result_list}
    assert statuses == {
        "II.1": Status.IN_PROGRESS_OVERDUE,
        "II.2": Status.IN_PROGRESS_ON_TIME,
        "II.3": Status.COMPLETED_ON_TIME,
    }
    assert "Đang thực hiện quá hạn" in response.content.decode()


@time_machine.travel(datetime.datetime(2026, 1, 5, 9, tzinfo=datetime.UTC), tick=False)
def test_task_list_filters_on_the_computed_status(admin_client, late_and_current_tasks):
    late, _current, _done = late_and_current_tasks
    response = admin_client.get(admin_url(Task, "changelist"), {"status": Status.IN_PROGRESS_OVERDUE})
    assert list(response.context["cl"].result_list) == [late]


def test_task_list_names_the_lead_agency_not_the_coordinating_one(admin_client):
    lead = AssignmentFactory(agency=AgencyFactory(name="Sở Công Thương", short_name="SCT"))
    AssignmentFactory(task=lead.task, agency=AgencyFactory(name="Sở Tài chính"), role=AssignmentRole.COORDINATING)
    response = admin_client.get(admin_url(Task, "changelist"))
    model_admin = response.context["cl"].model_admin
    assert model_admin.lead_agencies(response.context["cl"].result_list[0]) == "SCT"


@time_machine.travel(datetime.datetime(2026, 1, 5, 9, tzinfo=datetime.UTC), tick=False)
def test_task_change_form_shows_the_computed_status_and_keeps_the_extension_read_only(admin_client):
    task = TaskFactory(due_date=datetime.date(2025, 12, 31), extended_due_date=datetime.date(2026, 3, 31))
    response = admin_client.get(admin_url(Task, "change", task.pk), HTTP_ACCEPT_LANGUAGE="en")
    assert "Đang thực hiện trong hạn" in response.content.decode()
    assert "extended_due_date" not in response.context["adminform"].form.fields


def test_directive_search_without_diacritics_finds_it_by_subject(admin_client):
    wanted = DirectiveFactory(subject="Đẩy mạnh các hoạt động khuyến công")
    DirectiveFactory(subject="Phát triển công nghiệp hỗ trợ")
    response = admin_client.get(admin_url(Directive, "changelist"), {"q": "day manh khuyen cong"})
    assert list(response.context["cl"].result_list) == [wanted]
