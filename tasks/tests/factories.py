"""Factories for directives and tasks: TaskFactory(directive=d, due_date=date(2025, 12, 31))."""

import datetime

import factory

from agencies.tests.factories import AgencyFactory, ProvinceFactory
from tasks.models import (
    Assignment,
    AssignmentRole,
    Directive,
    DirectiveKind,
    DirectiveLink,
    LinkRelation,
    Milestone,
    ReportingSchedule,
    ScheduleKind,
    Sector,
    Target,
    Task,
    TaskKind,
)


class DirectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Directive

    province = factory.SubFactory(ProvinceFactory)
    kind = DirectiveKind.PLAN
    number = factory.Sequence(lambda n: str(1000 + n))
    symbol = "KH-UBND"
    issuing_agency = factory.SubFactory(
        AgencyFactory,
        name="Ủy ban nhân dân tỉnh Quảng Ngãi",
        short_name="UBND tỉnh",
        province=factory.SelfAttribute("..province"),
    )
    place = "Quảng Ngãi"
    issued_on = datetime.date(2021, 3, 10)
    subject = factory.Sequence(lambda n: f"Kế hoạch phát triển công nghiệp số {n}")


class DirectiveLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DirectiveLink

    source = factory.SubFactory(DirectiveFactory)
    relation = LinkRelation.IMPLEMENTS
    reference = "37-CTr/TU"
    title = "Chương trình hành động thực hiện Nghị quyết số 23-NQ/TW"


class ReportingScheduleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReportingSchedule

    directive = factory.SubFactory(DirectiveFactory)
    kind = ScheduleKind.QUARTERLY
    original_text = "trước ngày 10 của tháng cuối Quý"
    day_of_month = 10
    months = "3,6,9,12"


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("name",)

    name = "Công nghiệp chế biến gỗ"


class TaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Task

    directive = factory.SubFactory(DirectiveFactory)
    code = factory.Sequence(lambda n: f"1.{n}")
    position = factory.Sequence(lambda n: n)
    kind = TaskKind.TASK
    text = factory.Sequence(lambda n: f"Xây dựng đề án số {n}")
    timeframe_text = "năm 2025"
    due_date = datetime.date(2025, 12, 31)


class AssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assignment

    task = factory.SubFactory(TaskFactory)
    agency = factory.SubFactory(AgencyFactory)
    role = AssignmentRole.LEAD


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    task = factory.SubFactory(TaskFactory)
    description = "Công suất điện gió"
    unit = "MW"
    target_value = 100
    due_year = 2030


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    task = factory.SubFactory(TaskFactory)
    text = "Hoàn thành xây dựng chính sách trong năm 2020"
    due_date = datetime.date(2020, 12, 31)
