"""Reorganizations move exactly the open work, keep the closed work under the old name, all or nothing, undoably."""

import datetime
from unittest import mock
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from agencies.models import Agency, AgencyKind, Membership, Role
from agencies.permissions import Access
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from notifications.sweep import plan_task_reminders
from reorganization import services
from reorganization.models import ReorganizationKind, ReorganizationState, TransferKind
from reports.inbox import build_inbox
from reports.models import EventKind, ExtensionState, HistoryEvent, ProgressReport, ReportState
from reports.tests.factories import (
    DirectionFactory,
    ExtensionRequestFactory,
    ProgressReportFactory,
    ReportingPeriodFactory,
)
from tasks.models import Assignment, AssignmentRole, Directive
from tasks.services import task_count_differences
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, SectorFactory, TaskFactory

pytestmark = pytest.mark.django_db

VN = ZoneInfo("Asia/Ho_Chi_Minh")
MARCH_1 = datetime.date(2025, 3, 1)
AFTER = datetime.datetime(2025, 3, 5, 9, 0, tzinfo=VN)


def at(*args):
    return datetime.datetime(*args, tzinfo=VN)


@pytest.fixture
def qn():
    province = ProvinceFactory()
    names = {
        "khdt": "Sở Kế hoạch và Đầu tư",
        "tc": "Sở Tài chính",
        "sct": "Sở Công Thương",
        "ldtbxh": "Sở Lao động - Thương binh và Xã hội",
        "nv": "Sở Nội vụ",
        "yt": "Sở Y tế",
        "gddt": "Sở Giáo dục và Đào tạo",
    }
    world = {key: AgencyFactory(province=province, name=name) for key, name in names.items()}
    world["province"] = province
    world["directive"] = DirectiveFactory(province=province, monitoring_agency=world["khdt"])
    return world


def merger(world, user=None):
    return services.record_reorganization(
        ReorganizationKind.MERGER,
        world["province"],
        MARCH_1,
        "45/2025/NĐ-CP",
        [(world["khdt"], world["tc"])],
        user=user,
    )


def lead_of(task):
    return Assignment.objects.get(task=task, role=AssignmentRole.LEAD).agency


def snapshot():
    """Who holds what, to compare before and after."""
    return (
        sorted(Assignment.objects.values_list("pk", "task_id", "agency_id", "role")),
        sorted(ProgressReport.objects.values_list("pk", "agency_id", "state")),
        sorted(Membership.objects.values_list("pk", "user_id", "agency_id", "role")),
        sorted(Agency.objects.values_list("pk", "is_active", "valid_until", "successor_id")),
        sorted(Directive.objects.values_list("pk", "province_id", "monitoring_agency_id")),
        HistoryEvent.objects.count(),
    )


@pytest.fixture
def merger_work(qn):
    """Open and closed work of Sở KH&ĐT, with a task Sở Tài chính already supports."""
    directive = qn["directive"]
    work = {
        "open": TaskFactory(directive=directive),
        "closed": TaskFactory(directive=directive, completed_at=at(2024, 12, 1, 10)),
        "shared": TaskFactory(directive=directive),
    }
    AssignmentFactory(task=work["open"], agency=qn["khdt"], role=AssignmentRole.LEAD, original_text="Sở KH&ĐT")
    AssignmentFactory(task=work["open"], agency=qn["sct"], role=AssignmentRole.COORDINATING)
    AssignmentFactory(task=work["closed"], agency=qn["khdt"], role=AssignmentRole.LEAD)
    AssignmentFactory(task=work["shared"], agency=qn["sct"], role=AssignmentRole.LEAD)
    AssignmentFactory(task=work["shared"], agency=qn["khdt"], role=AssignmentRole.COORDINATING)
    AssignmentFactory(task=work["shared"], agency=qn["tc"], role=AssignmentRole.COORDINATING)
    q4 = ReportingPeriodFactory(directive=directive)
    q3 = ReportingPeriodFactory(
        directive=directive,
        name="Quý III/2024",
        start=datetime.date(2024, 7, 1),
        end=datetime.date(2024, 9, 30),
        due_date=datetime.date(2024, 9, 10),
    )
    work["draft"] = ProgressReportFactory(task=work["open"], agency=qn["khdt"], period=q4)
    work["accepted"] = ProgressReportFactory(
        task=work["open"], agency=qn["khdt"], period=q3, state=ReportState.ACCEPTED
    )
    work["closed_report"] = ProgressReportFactory(task=work["closed"], agency=qn["khdt"], period=q4)
    work["extension"] = ExtensionRequestFactory(task=work["open"], agency=qn["khdt"])
    work["staff"] = MembershipFactory(agency=qn["khdt"], role=Role.STAFF)
    work["direction"] = DirectionFactory(task=work["open"], assignee_agency=qn["khdt"])
    work["closed_direction"] = DirectionFactory(task=work["closed"], assignee_agency=qn["khdt"])
    return work


def test_preview_lists_the_open_work_and_changes_nothing(qn, merger_work):
    reorganization = merger(qn)
    before = snapshot()
    plan = services.preview(reorganization)
    assert snapshot() == before
    assert {task.pk for task in plan.moved_tasks} == {merger_work["open"].pk, merger_work["shared"].pk}
    assert [m.obj for m in plan.moves_of(TransferKind.REPORT)] == [merger_work["draft"]]
    assert [m.obj for m in plan.moves_of(TransferKind.EXTENSION)] == [merger_work["extension"]]
    assert [m.obj for m in plan.moves_of(TransferKind.DIRECTION)] == [merger_work["direction"]]
    assert plan.kept_tasks == [merger_work["closed"]]
    assert plan.kept_reports == [merger_work["accepted"]]
    assert reorganization.state == ReorganizationState.DRAFT


def test_merger_moves_exactly_the_open_work_and_keeps_the_closed_under_the_old_name(qn, merger_work):
    admin = UserFactory()
    services.confirm(merger(qn, admin), admin, now=AFTER)
    khdt, tc = qn["khdt"], qn["tc"]
    assert lead_of(merger_work["open"]) == tc
    assert Assignment.objects.get(task=merger_work["open"], agency=tc).original_text == "Sở KH&ĐT"
    assert lead_of(merger_work["closed"]) == khdt
    # Sở Tài chính already supported the shared task: one coordinating assignment, not two.
    shared = Assignment.objects.filter(task=merger_work["shared"])
    assert sorted(shared.values_list("agency__name", "role")) == [
        ("Sở Công Thương", "lead"),
        ("Sở Tài chính", "coordinating"),
    ]
    for name, agency in (("draft", tc), ("accepted", khdt), ("closed_report", khdt)):
        merger_work[name].refresh_from_db()
        assert merger_work[name].agency == agency, name
    merger_work["extension"].refresh_from_db()
    assert merger_work["extension"].agency == tc and merger_work["extension"].state == ExtensionState.PENDING
    merger_work["staff"].refresh_from_db()
    assert merger_work["staff"].agency == tc
    # A direction on open work goes to the body that now carries the work; one on closed work stays as written.
    for name, agency in (("direction", tc), ("closed_direction", khdt)):
        merger_work[name].refresh_from_db()
        assert merger_work[name].assignee_agency == agency, name
    khdt.refresh_from_db()
    assert (khdt.is_active, khdt.valid_until, khdt.successor) == (False, datetime.date(2025, 2, 28), tc)
    qn["directive"].refresh_from_db()
    assert qn["directive"].monitoring_agency == tc
    event = HistoryEvent.objects.get(task=merger_work["open"], kind=EventKind.TRANSFERRED)
    assert event.changes == [{"field": "agency", "old": "Sở Kế hoạch và Đầu tư", "new": "Sở Tài chính"}]
    assert "45/2025/NĐ-CP" in event.comment and "01/03/2025" in event.comment
    assert event.at == at(2025, 3, 1, 0, 0)
    assert not HistoryEvent.objects.filter(task=merger_work["closed"]).exists()


def test_rename_hands_everything_to_the_new_name(qn, merger_work):
    new_name = AgencyFactory(province=qn["province"], name="Sở Tài chính - Kế hoạch")
    reorganization = services.record_reorganization(
        ReorganizationKind.RENAME, qn["province"], MARCH_1, "45/2025/NĐ-CP", [(qn["khdt"], new_name)]
    )
    services.confirm(reorganization, now=AFTER)
    assert lead_of(merger_work["open"]) == new_name
    assert lead_of(merger_work["closed"]) == qn["khdt"]
    qn["khdt"].refresh_from_db()
    assert qn["khdt"].successor == new_name


def test_a_failure_half_way_moves_nothing(qn, merger_work):
    reorganization = merger(qn)
    before = snapshot()
    real = services._perform
    calls = []

    def failing(reorganization, move):
        calls.append(move)
        if len(calls) == 4:
            raise RuntimeError("disk full")
        real(reorganization, move)

    with mock.patch.object(services, "_perform", failing), pytest.raises(RuntimeError):
        services.confirm(reorganization, now=AFTER)
    assert len(calls) == 4
    assert snapshot() == before
    reorganization.refresh_from_db()
    assert reorganization.state == ReorganizationState.DRAFT
    assert not reorganization.transfers.exists()


def test_undo_puts_everything_back(qn, merger_work):
    before = snapshot()
    reorganization = services.confirm(merger(qn), now=AFTER)
    assert services.undo_blocker(reorganization) is None
    services.undo(reorganization, now=AFTER)
    after = snapshot()
    # Everything as it was, the joined assignment made again (a new row), and two more history lines.
    assert after[1:5] == before[1:5]
    assert sorted(row[1:] for row in after[0]) == sorted(row[1:] for row in before[0])
    assert after[5] == before[5] + 4
    assert HistoryEvent.objects.filter(task=merger_work["open"], kind=EventKind.TRANSFER_UNDONE).exists()
    merger_work["direction"].refresh_from_db()
    assert merger_work["direction"].assignee_agency == qn["khdt"]
    reorganization.refresh_from_db()
    assert reorganization.state == ReorganizationState.UNDONE


def test_undo_is_refused_once_work_is_done_under_the_new_body(qn, merger_work):
    reorganization = services.confirm(merger(qn), now=AFTER)
    HistoryEvent.objects.create(
        task=merger_work["open"], kind=EventKind.DRAFT_SAVED, at=reorganization.applied_at + datetime.timedelta(1)
    )
    with translation.override("vi"):
        assert "không thể hoàn tác" in services.undo_blocker(reorganization)
    with pytest.raises(services.ReorganizationError):
        services.undo(reorganization)
    assert lead_of(merger_work["open"]) == qn["tc"]


def split(qn):
    return services.record_reorganization(
        ReorganizationKind.SPLIT,
        qn["province"],
        MARCH_1,
        "45/2025/NĐ-CP",
        [
            (qn["ldtbxh"], qn["nv"], "lao động, việc làm, tiền lương, người có công, bảo hiểm xã hội"),
            (qn["ldtbxh"], qn["yt"], "bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội"),
            (qn["ldtbxh"], qn["gddt"], "giáo dục nghề nghiệp"),
        ],
    )


def test_split_suggests_by_sector_and_text_and_moves_each_task_where_chosen(qn):
    directive = qn["directive"]
    vocational = TaskFactory(directive=directive, text="Đào tạo nghề cho lao động nông thôn", sector=None)
    vocational.sector = SectorFactory(name="Giáo dục nghề nghiệp")
    vocational.save()
    children = TaskFactory(directive=directive, text="Bảo vệ, chăm sóc trẻ em có hoàn cảnh đặc biệt")
    jobs = TaskFactory(directive=directive, text="Giải quyết việc làm cho người lao động")
    done = TaskFactory(directive=directive, text="Trẻ em", cancelled_at=at(2024, 5, 1, 8))
    for task in (vocational, children, jobs, done):
        AssignmentFactory(task=task, agency=qn["ldtbxh"], role=AssignmentRole.LEAD)
    staff = MembershipFactory(agency=qn["ldtbxh"])
    reorganization = split(qn)
    plan = services.preview(reorganization)
    suggested = {task.pk: successor for task, _options, successor in plan.choices}
    assert suggested == {vocational.pk: qn["gddt"], children.pk: qn["yt"], jobs.pk: qn["nv"]}
    # The person overrides one suggestion: the children's task goes to Sở Nội vụ.
    services.confirm(reorganization, choices={children.pk: qn["nv"].pk}, now=AFTER)
    assert (lead_of(vocational), lead_of(children), lead_of(jobs)) == (qn["gddt"], qn["nv"], qn["nv"])
    assert lead_of(done) == qn["ldtbxh"]
    # Several successors: the staff are flagged for review, not moved; the body has no single successor.
    staff.refresh_from_db()
    assert staff.agency == qn["ldtbxh"]
    assert reorganization.transfers.filter(kind=TransferKind.MEMBERSHIP_REVIEW, object_id=staff.pk).exists()
    qn["ldtbxh"].refresh_from_db()
    assert (qn["ldtbxh"].is_active, qn["ldtbxh"].successor) == (False, None)
    services.undo(reorganization, now=AFTER)
    assert {lead_of(task) for task in (vocational, children, jobs)} == {qn["ldtbxh"]}


def test_split_refuses_a_choice_that_is_not_a_successor(qn):
    task = TaskFactory(directive=qn["directive"])
    AssignmentFactory(task=task, agency=qn["ldtbxh"])
    with pytest.raises(services.ReorganizationError):
        services.confirm(split(qn), choices={task.pk: qn["sct"].pk}, now=AFTER)
    assert lead_of(task) == qn["ldtbxh"]


def test_province_merger_moves_the_absorbed_provinces_open_work_to_its_bodies(qn):
    kon_tum = ProvinceFactory(name="Kon Tum", code="kon-tum")
    kt_committee = AgencyFactory(
        province=kon_tum, name="Ủy ban nhân dân tỉnh Kon Tum", kind=AgencyKind.PEOPLES_COMMITTEE
    )
    kt_sct = AgencyFactory(province=kon_tum, name="Sở Công Thương")
    kt_police = AgencyFactory(province=kon_tum, name="Trung tâm Khuyến công Kon Tum", kind=AgencyKind.UNIT)
    qn_committee = AgencyFactory(
        province=qn["province"], name="Ủy ban nhân dân tỉnh Quảng Ngãi", kind=AgencyKind.PEOPLES_COMMITTEE
    )
    plan_kt = DirectiveFactory(province=kon_tum, issuing_agency=kt_committee, monitoring_agency=kt_sct)
    done_kt = DirectiveFactory(province=kon_tum, issuing_agency=kt_committee, monitoring_agency=kt_sct)
    open_task = TaskFactory(directive=plan_kt)
    AssignmentFactory(task=open_task, agency=kt_sct)
    closed_task = TaskFactory(directive=done_kt, completed_at=at(2025, 1, 1, 8))
    AssignmentFactory(task=closed_task, agency=kt_sct)
    staff = MembershipFactory(agency=kt_sct)

    pairs, unpaired = services.province_pairs(qn["province"], kon_tum)
    assert set(pairs) == {(kt_sct, qn["sct"]), (kt_committee, qn_committee)}
    assert unpaired == [kt_police]
    reorganization = services.record_reorganization(
        ReorganizationKind.PROVINCE_MERGER,
        qn["province"],
        datetime.date(2025, 7, 1),
        "202/2025/QH15",
        pairs,
        absorbed_province=kon_tum,
    )
    services.confirm(reorganization, now=at(2025, 7, 1, 8))
    assert lead_of(open_task) == qn["sct"] and lead_of(closed_task) == kt_sct
    plan_kt.refresh_from_db()
    done_kt.refresh_from_db()
    assert (plan_kt.province, plan_kt.monitoring_agency, plan_kt.issuing_agency) == (
        qn["province"],
        qn["sct"],
        kt_committee,
    )
    assert (done_kt.province, done_kt.monitoring_agency) == (kon_tum, kt_sct)
    assert task_count_differences() == []  # the moved directive's task counts moved with it
    staff.refresh_from_db()
    assert staff.agency == qn["sct"]
    services.undo(reorganization)
    plan_kt.refresh_from_db()
    assert (plan_kt.province, lead_of(open_task)) == (kon_tum, kt_sct)
    assert task_count_differences() == []


# --- The effective date: reminders and the inbox follow the successor from that day, not before ------------------


@pytest.fixture
def scheduled(qn):
    task = TaskFactory(directive=qn["directive"], due_date=datetime.date(2025, 3, 2))
    AssignmentFactory(task=task, agency=qn["khdt"])
    old_staff = MembershipFactory(agency=qn["khdt"]).user
    new_staff = MembershipFactory(agency=qn["tc"]).user
    ReportingPeriodFactory(
        directive=qn["directive"],
        name="Quý I/2025",
        start=datetime.date(2025, 1, 1),
        end=datetime.date(2025, 3, 31),
        due_date=datetime.date(2025, 3, 10),
    )
    reorganization = services.confirm(merger(qn), now=at(2025, 2, 20, 10))
    return task, old_staff, new_staff, reorganization


def inbox_tasks(user, now):
    return {row.task.pk for _key, _title, rows in build_inbox(Access(user), now) for row in rows}


def reminded(as_of, task):
    return {due.recipient_id for due in plan_task_reminders(as_of) if due.task_id == task.pk}


def test_a_confirmed_merger_waits_for_its_date(scheduled):
    task, old_staff, new_staff, reorganization = scheduled
    assert reorganization.state == ReorganizationState.SCHEDULED
    last_minute = at(2025, 2, 28, 23, 59, 59)
    assert services.apply_due(last_minute) == 0
    assert inbox_tasks(old_staff, last_minute) == {task.pk}
    assert inbox_tasks(new_staff, last_minute) == set()
    assert reminded(datetime.date(2025, 2, 28), task) == {old_staff.pk}


def test_from_the_effective_date_the_successors_staff_are_reminded_and_see_the_task(scheduled):
    task, old_staff, new_staff, reorganization = scheduled
    midnight = at(2025, 3, 1, 0, 0)
    assert services.apply_due(midnight) == 1
    assert services.apply_due(midnight) == 0  # run twice, applied once
    assert inbox_tasks(new_staff, midnight) == {task.pk}
    # The old body's staff moved with it (a merger): they are Sở Tài chính's now.
    assert reminded(datetime.date(2025, 3, 1), task) == {new_staff.pk, old_staff.pk}
    assert inbox_tasks(old_staff, midnight) == {task.pk}
    assert set(old_staff.memberships.values_list("agency__name", flat=True)) == {"Sở Tài chính"}
