"""The monitoring unit sets a directive's monitoring unit and reporting schedules in the portal, not the admin."""

import datetime

import pytest
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory
from reports.models import ReportingPeriod
from reports.schedules import set_directive_reporting
from reports.tests.factories import ProgressReportFactory
from tasks.models import ScheduleKind
from tasks.reporting_duty import ScheduleSpec
from tasks.tests.factories import ReportingScheduleFactory

QUARTERLY_10 = "quarterly:10:3,6,9,12"
YEARLY_10_11 = "annual:10:11"


def url(world):
    return reverse("reports:directive_reporting", args=[world.directive.pk])


@pytest.mark.parametrize(
    ("who", "status"),
    [("monitor", 200), ("leader", 403), ("staff", 403), ("head", 403), ("other_staff", 403)],
)
def test_only_the_monitoring_unit_may_change_the_reporting_settings(world, client, who, status):
    client.force_login(getattr(world, who))

    assert client.get(url(world)).status_code == status
    assert client.post(url(world), {"monitoring_agency": world.vpub.pk, "schedules": [QUARTERLY_10]}).status_code in (
        status if status != 200 else 302,
    )
    world.directive.refresh_from_db()
    assert (world.directive.monitoring_agency == world.vpub) is (status == 200)


def test_another_provinces_monitoring_unit_does_not_find_the_directive(world, client):
    elsewhere = AgencyFactory(province=ProvinceFactory(name="Thái Nguyên", code="thai-nguyen"))
    client.force_login(MembershipFactory(agency=elsewhere, role=Role.MONITOR).user)

    assert client.get(url(world)).status_code == 404
    assert client.post(url(world), {"monitoring_agency": elsewhere.pk}).status_code == 404


def test_anonymous_users_are_sent_to_sign_in(world, client):
    response = client.get(url(world))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_directive_page_links_to_the_settings_for_the_monitoring_unit_only(world, client):
    client.force_login(world.monitor)
    assert "edit-reporting" in client.get(world.directive.get_absolute_url()).content.decode()
    client.force_login(world.staff)
    assert "edit-reporting" not in client.get(world.directive.get_absolute_url()).content.decode()


def test_setting_a_schedule_makes_this_years_periods_and_the_page_shows_it(world, client, frozen_now):
    client.force_login(world.monitor)

    response = client.post(
        url(world),
        {"monitoring_agency": world.vpub.pk, "schedules": [YEARLY_10_11], "add_kind": "monthly", "add_day": "20"},
    )

    assert response.status_code == 302
    world.directive.refresh_from_db()
    assert world.directive.monitoring_agency == world.vpub
    kinds = sorted(world.directive.schedules.values_list("kind", "day_of_month", "months"))
    assert kinds == [("annual", 10, "11"), ("monthly", 20, "1,2,3,4,5,6,7,8,9,10,11,12")]
    # Set on 25/11/2026: December's monthly report is asked for; this year's past deadlines (10/11, 20/11) are not.
    new = ReportingPeriod.objects.filter(directive=world.directive).exclude(pk=world.period.pk)
    assert list(new.values_list("due_date", flat=True)) == [datetime.date(2026, 12, 20)]
    page = client.get(world.directive.get_absolute_url()).content.decode()
    assert "Hằng tháng, trước ngày 20" in page


def test_an_incomplete_added_schedule_is_refused_with_the_field_named_and_nothing_changes(world, client):
    client.force_login(world.monitor)

    response = client.post(url(world), {"monitoring_agency": world.sct.pk, "add_kind": "annual", "add_day": "40"})

    assert response.status_code == 400
    page = response.content.decode()
    assert "add_day" in page and "has-error" in page
    assert "Hãy cho biết tháng của hạn báo cáo hằng năm." in page
    assert not world.directive.schedules.exists()


def test_dropping_a_schedule_keeps_the_periods_that_hold_reports(world):
    schedule = ReportingScheduleFactory(directive=world.directive, kind=ScheduleKind.QUARTERLY, day_of_month=10)
    world.period.schedule = schedule
    world.period.save()
    empty = ReportingPeriod.objects.create(
        directive=world.directive,
        schedule=schedule,
        kind=ScheduleKind.QUARTERLY,
        name="Quý I/2027",
        start=datetime.date(2027, 1, 1),
        end=datetime.date(2027, 3, 31),
        due_date=datetime.date(2027, 3, 10),
    )
    ProgressReportFactory(task=world.task, agency=world.sct, period=world.period)

    added, removed = set_directive_reporting(world.directive, world.sct, [ScheduleSpec.from_key(YEARLY_10_11)])

    assert (added, removed) == (1, 1)
    assert ReportingPeriod.objects.filter(pk=world.period.pk).exists()
    assert not ReportingPeriod.objects.filter(pk=empty.pk).exists()
    assert [spec.key for spec in map(ScheduleSpec.of, world.directive.schedules.all())] == [YEARLY_10_11]
