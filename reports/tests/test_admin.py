"""The admin for reporting periods, progress reports and what hangs off them; the audit trail stays read-only."""

import datetime

import pytest

from agencies.tests.admin_pages import (
    admin_url,
    assert_admin_pages_open,
    assert_changelist_queries_do_not_grow,
    assert_view_only_pages_open,
)
from agencies.tests.factories import AgencyFactory, UserFactory
from reports.models import (
    Attachment,
    Direction,
    EventKind,
    ExtensionRequest,
    HistoryEvent,
    ProgressReport,
    ReportingPeriod,
    TargetValue,
)
from reports.tests.factories import ProgressReportFactory, ReportingPeriodFactory, TargetValueFactory
from tasks.tests.factories import DirectiveFactory, ReportingScheduleFactory, TaskFactory

pytestmark = pytest.mark.django_db


def _period():
    schedule = ReportingScheduleFactory()
    return ReportingPeriodFactory(directive=schedule.directive, schedule=schedule)


def _attachment():
    return Attachment.objects.create(
        report=ProgressReportFactory(),
        file="reports/1/minh-chung.pdf",
        original_name="Biên bản nghiệm thu.pdf",
        size=2048,
        uploaded_by=UserFactory(),
    )


def _extension_request():
    return ExtensionRequest.objects.create(
        task=TaskFactory(),
        agency=AgencyFactory(),
        requested_by=UserFactory(),
        reason="Chờ quy hoạch tỉnh",
        proposed_date=datetime.date(2026, 6, 30),
        due_date_before=datetime.date(2025, 12, 31),
    )


def _direction():
    return Direction.objects.create(
        task=TaskFactory(),
        author=UserFactory(),
        author_agency=AgencyFactory(),
        text="Khẩn trương hoàn thành đề án",
    )


def _history_event():
    report = ProgressReportFactory()
    return HistoryEvent.objects.create(task=report.task, report=report, actor=UserFactory(), kind=EventKind.SUBMITTED)


ROWS = {
    ReportingPeriod: _period,
    ProgressReport: ProgressReportFactory,
    TargetValue: TargetValueFactory,
    Direction: _direction,
}
VIEW_ONLY_ROWS = {
    Attachment: _attachment,
    ExtensionRequest: _extension_request,
    HistoryEvent: _history_event,
}


@pytest.mark.parametrize("model", ROWS, ids=lambda m: m.__name__)
def test_superuser_opens_list_add_and_change_pages(admin_client, model):
    assert_admin_pages_open(admin_client, ROWS[model]())


@pytest.mark.parametrize("model", VIEW_ONLY_ROWS, ids=lambda m: m.__name__)
def test_superuser_views_but_cannot_add_or_edit_rows_the_portal_writes(admin_client, model):
    assert_view_only_pages_open(admin_client, VIEW_ONLY_ROWS[model]())


@pytest.mark.parametrize("model", ROWS | VIEW_ONLY_ROWS, ids=lambda m: m.__name__)
def test_changelist_query_count_does_not_grow_with_rows(admin_client, model):
    assert_changelist_queries_do_not_grow(admin_client, (ROWS | VIEW_ONLY_ROWS)[model])


def test_history_cannot_be_deleted_even_by_a_superuser(admin_client):
    event = _history_event()
    response = admin_client.post(admin_url(HistoryEvent, "delete", event.pk), {"post": "yes"})
    assert response.status_code == 403
    assert HistoryEvent.objects.filter(pk=event.pk).exists()


def test_report_change_form_shows_its_target_values_and_leaves_the_workflow_read_only(admin_client):
    value = TargetValueFactory()
    response = admin_client.get(admin_url(ProgressReport, "change", value.report.pk))
    assert response.status_code == 200
    assert response.context["inline_admin_formsets"][0].formset.queryset.get() == value
    editable = response.context["adminform"].form.fields
    assert not {"state", "submitted_by", "submitted_at", "is_late"} & set(editable)


def test_period_search_without_diacritics_finds_it_by_directive(admin_client):
    wanted = ReportingPeriodFactory(directive=DirectiveFactory(subject="Đẩy mạnh khuyến công"))
    ReportingPeriodFactory(directive=DirectiveFactory(subject="Phát triển công nghiệp hỗ trợ"))
    response = admin_client.get(admin_url(ReportingPeriod, "changelist"), {"q": "khuyen cong"})
    assert list(response.context["cl"].result_list) == [wanted]
