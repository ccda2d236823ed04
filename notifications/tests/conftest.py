"""A directive with 003's reporting schedule, agencies that owe reports and the people who get reminded."""

import datetime
from types import SimpleNamespace

import pytest
from django.conf import settings

from agencies.models import AgencyKind, Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, UserFactory
from reports import services
from reports.models import ProgressReport, ReportedStatus, ReportingPeriod, ReportState
from reports.periods import sync_periods
from reports.tests.conftest import world  # noqa: F401  (the reporting world: SCT leads, SKHĐT coordinates)
from reports.tests.factories import ProgressReportFactory
from tasks.models import AssignmentRole, ScheduleKind
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, ReportingScheduleFactory, TaskFactory


@pytest.fixture(autouse=True)
def english(settings):
    """Tests read the English msgids, whatever the Vietnamese catalogue says today; test_language checks vi."""
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def eager_retries():
    """Let eager tasks retry: Celery re-raises a task's Retry instead of retrying while eager errors propagate."""
    from portal.celery import app

    app.conf.task_eager_propagates = False
    yield
    app.conf.task_eager_propagates = settings.CELERY_TASK_EAGER_PROPAGATES


def member(username, agency, role=Role.STAFF):
    return MembershipFactory(user=UserFactory(username=username), agency=agency, role=role).user


@pytest.fixture
def province_003():
    """003 Điều 2.1: quarterly reports by the 10th of each quarter's last month, the annual one by 10/11.

    Sở KH&ĐT leads task 1 with Sở Tài chính coordinating; the district committees (a group) lead task 2.
    For Quý IV/2025 Sở Tài chính and UBND huyện Đức Phổ have submitted; Sở KH&ĐT only has a draft.
    """
    sct = AgencyFactory(name="Sở Công Thương", short_name="SCT")
    skhdt = AgencyFactory(name="Sở Kế hoạch và Đầu tư", short_name="Sở KH&ĐT")
    stc = AgencyFactory(name="Sở Tài chính")
    binh_son = AgencyFactory(name="UBND huyện Bình Sơn", kind=AgencyKind.DISTRICT)
    duc_pho = AgencyFactory(name="UBND huyện Đức Phổ", kind=AgencyKind.DISTRICT)
    districts = AgencyFactory(name="UBND các huyện, thị xã, thành phố", kind=AgencyKind.DISTRICT, is_group=True)
    districts.members.set([binh_son, duc_pho])
    directive = DirectiveFactory(number="1762", symbol="QĐ-UBND", monitoring_agency=sct)
    quarterly = ReportingScheduleFactory(directive=directive)
    annual = ReportingScheduleFactory(
        directive=directive,
        kind=ScheduleKind.ANNUAL,
        months="11",
        original_text="trước ngày 10/11 hàng năm",
    )
    far = datetime.date(2030, 12, 31)
    task1 = TaskFactory(directive=directive, code="II.1", due_date=far)
    task2 = TaskFactory(directive=directive, code="II.2", due_date=far)
    AssignmentFactory(task=task1, agency=skhdt, role=AssignmentRole.LEAD)
    AssignmentFactory(task=task1, agency=stc, role=AssignmentRole.COORDINATING)
    AssignmentFactory(task=task2, agency=districts, role=AssignmentRole.LEAD)
    sync_periods([quarterly, annual], [2025])
    q4 = ReportingPeriod.objects.get(directive=directive, kind=ScheduleKind.QUARTERLY, start=datetime.date(2025, 10, 1))
    ProgressReportFactory(task=task1, agency=stc, period=q4, state=ReportState.SUBMITTED)
    ProgressReportFactory(task=task2, agency=duc_pho, period=q4, state=ReportState.ACCEPTED)
    ProgressReportFactory(task=task1, agency=skhdt, period=q4, state=ReportState.DRAFT)
    return SimpleNamespace(
        directive=directive,
        q4=q4,
        task1=task1,
        task2=task2,
        skhdt=skhdt,
        stc=stc,
        binh_son=binh_son,
        duc_pho=duc_pho,
        people={
            "khdt1": member("khdt1", skhdt),
            "khdt2": member("khdt2", skhdt),
            "khdt_head": member("khdt_head", skhdt, Role.HEAD),
            "tc1": member("tc1", stc),
            "tc_head": member("tc_head", stc, Role.HEAD),
            "binhson1": member("binhson1", binh_son),
            "binhson_head": member("binhson_head", binh_son, Role.HEAD),
            "ducpho1": member("ducpho1", duc_pho),
            "monitor": member("monitor", sct, Role.MONITOR),
        },
    )


def pending(reporting_world):
    """A report of Sở Công Thương's staff waiting for their head (in the reporting `world`)."""
    report = services.save_draft(
        reporting_world.staff,
        ProgressReport(task=reporting_world.task, agency=reporting_world.sct, period=reporting_world.period),
        {"result": "Đã khảo sát 3 địa điểm.", "status": ReportedStatus.IN_PROGRESS, "percent_complete": 30},
    )
    return services.submit_for_approval(reporting_world.staff, report, report.version)
