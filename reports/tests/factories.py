"""Factories for reporting periods and progress reports."""

import datetime

import factory

from agencies.tests.factories import AgencyFactory
from reports.models import ProgressReport, ReportingPeriod, TargetValue
from tasks.models import ScheduleKind
from tasks.tests.factories import TargetFactory, TaskFactory


class ReportingPeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportingPeriod

    kind = ScheduleKind.QUARTERLY
    name = "Quý IV/2025"
    start = datetime.date(2025, 10, 1)
    end = datetime.date(2025, 12, 31)
    due_date = datetime.date(2025, 12, 10)


class ProgressReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressReport

    task = factory.SubFactory(TaskFactory)
    agency = factory.SubFactory(AgencyFactory)
    period = factory.SubFactory(ReportingPeriodFactory)
    result = "Đã triển khai các nội dung được giao."


class TargetValueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetValue

    report = factory.SubFactory(ProgressReportFactory)
    target = factory.SubFactory(TargetFactory, task=factory.SelfAttribute("..report.task"))
    value = 40
