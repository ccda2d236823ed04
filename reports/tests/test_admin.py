"""The admin for reporting periods, progress reports and reported target values."""

import pytest

from agencies.tests.admin_pages import admin_url, assert_admin_pages_open, assert_changelist_queries_do_not_grow
from reports.models import ProgressReport, ReportingPeriod, TargetValue
from reports.tests.factories import ProgressReportFactory, ReportingPeriodFactory, TargetValueFactory
from tasks.tests.factories import DirectiveFactory, ReportingScheduleFactory

pytestmark = pytest.mark.django_db


def _period():
    schedule = ReportingScheduleFactory()
    return ReportingPeriodFactory(directive=schedule.directive, schedule=schedule)


ROWS = {
    ReportingPeriod: _period,
    ProgressReport: ProgressReportFactory,
    TargetValue: TargetValueFactory,
}


@pytest.mark.parametrize("model", ROWS, ids=lambda m: m.__name__)
def test_superuser_opens_list_add_and_change_pages(admin_client, model):
    assert_admin_pages_open(admin_client, ROWS[model]())


@pytest.mark.parametrize("model", ROWS, ids=lambda m: m.__name__)
def test_changelist_query_count_does_not_grow_with_rows(admin_client, model):
    assert_changelist_queries_do_not_grow(admin_client, ROWS[model])


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
