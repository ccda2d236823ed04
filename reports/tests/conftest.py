"""A small province for reporting tests: a lead agency, a coordinating one, an outsider, heads, monitor, leader."""

import datetime
from types import SimpleNamespace

import pytest
import time_machine

from agencies.models import AgencyKind, Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from reports.tests.factories import ReportingPeriodFactory
from tasks.models import AssignmentRole
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, TargetFactory, TaskFactory

VN = datetime.timezone(datetime.timedelta(hours=7))
# A working morning in the fourth quarter of 2026, before the period's due date (10/12/2026).
NOW = datetime.datetime(2026, 11, 25, 9, 0, tzinfo=VN)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def member(agency, role, username):
    return MembershipFactory(
        agency=agency,
        role=role,
        user=UserFactory(username=username, first_name=username.title()),
    ).user


@pytest.fixture
def world(db):
    """Sở Công Thương leads II.1.a, Sở KH&ĐT coordinates, Sở TN&MT is not involved; VPUB monitors."""
    province = ProvinceFactory()
    ubnd = AgencyFactory(
        name="Ủy ban nhân dân tỉnh Quảng Ngãi",
        short_name="UBND tỉnh",
        province=province,
        kind=AgencyKind.PEOPLES_COMMITTEE,
    )
    vpub = AgencyFactory(name="Văn phòng UBND tỉnh", short_name="VPUB", province=province, kind=AgencyKind.OFFICE)
    sct = AgencyFactory(name="Sở Công Thương", short_name="SCT", province=province)
    skhdt = AgencyFactory(name="Sở Kế hoạch và Đầu tư", short_name="Sở KH&ĐT", province=province)
    stnmt = AgencyFactory(name="Sở Tài nguyên và Môi trường", short_name="Sở TN&MT", province=province)
    directive = DirectiveFactory(
        province=province, issuing_agency=ubnd, monitoring_agency=sct, issued_on=datetime.date(2025, 3, 10)
    )
    task = TaskFactory(
        directive=directive,
        code="II.1.a",
        text="Xây dựng đề án phát triển điện gió",
        due_date=datetime.date(2026, 12, 31),
    )
    AssignmentFactory(task=task, agency=sct, role=AssignmentRole.LEAD)
    AssignmentFactory(task=task, agency=skhdt, role=AssignmentRole.COORDINATING)
    target = TargetFactory(task=task, description="Công suất điện gió", unit="MW", target_value=100)
    period = ReportingPeriodFactory(
        directive=directive,
        name="Quý IV/2026",
        start=datetime.date(2026, 10, 1),
        end=datetime.date(2026, 12, 31),
        due_date=datetime.date(2026, 12, 10),
    )
    return SimpleNamespace(
        province=province,
        ubnd=ubnd,
        vpub=vpub,
        sct=sct,
        skhdt=skhdt,
        stnmt=stnmt,
        directive=directive,
        task=task,
        target=target,
        period=period,
        staff=member(sct, Role.STAFF, "an"),
        head=member(sct, Role.HEAD, "binh"),
        coord_staff=member(skhdt, Role.STAFF, "cuong"),
        coord_head=member(skhdt, Role.HEAD, "dung"),
        other_staff=member(stnmt, Role.STAFF, "giang"),
        other_head=member(stnmt, Role.HEAD, "ha"),
        monitor=member(vpub, Role.MONITOR, "khanh"),
        leader=member(ubnd, Role.LEADERSHIP, "long"),
    )


@pytest.fixture
def frozen_now():
    with time_machine.travel(NOW, tick=False):
        yield NOW
