"""The reporting workflow as actions: who may do what, in which state, and what the history says."""

import datetime
import uuid
from decimal import Decimal

import pytest
import time_machine
from django.core.exceptions import PermissionDenied

from agencies.models import Role
from agencies.permissions import Access
from agencies.tests.factories import MembershipFactory
from reports import services
from reports.models import EventKind, ExtensionState, ProgressReport, ReportedStatus, ReportingPeriod, ReportState
from reports.tests.conftest import VN
from reports.tests.factories import ExtensionRequestFactory, ProgressReportFactory, ReportingPeriodFactory, pdf_upload
from tasks.models import AssignmentRole, ScheduleKind
from tasks.status import Status, task_status
from tasks.tests.factories import AssignmentFactory, TaskFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_now")]


def new_report(world, agency=None):
    return ProgressReport(task=world.task, agency=agency or world.sct, period=world.period)


def draft(world, user=None, agency=None, **fields):
    values = {"result": "Đã khảo sát 3 địa điểm.", "status": ReportedStatus.IN_PROGRESS, "percent_complete": 30}
    values.update(fields)
    return services.save_draft(user or world.staff, new_report(world, agency), values)


def test_whole_cycle_is_recorded_in_the_task_history(world):
    report = services.save_draft(
        world.staff,
        new_report(world),
        {"result": "Đã khảo sát.", "status": ReportedStatus.IN_PROGRESS},
        {world.target: Decimal("20")},
        files=[pdf_upload()],
    )
    report = services.submit_for_approval(world.staff, report, report.version)
    report = services.return_to_staff(world.head, report, "Bổ sung số liệu công suất.", report.version)
    report = services.save_draft(
        world.staff,
        report,
        {"result": "Đã khảo sát, lập hồ sơ.", "status": ReportedStatus.COMPLETED},
        version=report.version,
    )
    report = services.submit_for_approval(world.staff, report, report.version)
    report = services.approve_and_submit(world.head, report, report.version)
    report = services.accept(world.monitor, report, report.version)

    assert report.state == ReportState.ACCEPTED
    assert report.submitted_by == world.head and not report.is_late
    kinds = list(world.task.history.order_by("at", "pk").values_list("kind", flat=True))
    assert kinds == [
        EventKind.DRAFT_SAVED,
        EventKind.ATTACHMENT_ADDED,
        EventKind.SUBMITTED_FOR_APPROVAL,
        EventKind.RETURNED_BY_HEAD,
        EventKind.DRAFT_SAVED,
        EventKind.SUBMITTED_FOR_APPROVAL,
        EventKind.SUBMITTED,
        EventKind.ACCEPTED,
        EventKind.TASK_COMPLETED,
    ]
    returned = world.task.history.get(kind=EventKind.RETURNED_BY_HEAD)
    assert (returned.actor, returned.comment) == (world.head, "Bổ sung số liệu công suất.")
    correction = world.task.history.filter(kind=EventKind.DRAFT_SAVED).order_by("at", "pk").last()
    status_label = ProgressReport._meta.get_field("status").verbose_name
    assert (status_label, ReportedStatus.IN_PROGRESS.label, ReportedStatus.COMPLETED.label) in correction.change_lines()
    world.task.refresh_from_db()
    assert world.task.completed_at == report.submitted_at
    assert task_status(world.task) == Status.COMPLETED_ON_TIME


def test_first_draft_records_the_target_value_it_states(world):
    services.save_draft(world.staff, new_report(world), {"result": "x"}, {world.target: Decimal("12.5")})
    event = world.task.history.get()
    assert ("Công suất điện gió (MW)", "", "12.5") in event.change_lines()


def test_save_on_a_stale_version_is_refused_and_names_who_changed_it(world):
    report = draft(world)
    opened_version = report.version
    services.save_draft(world.head, report, {"result": "Sửa bởi lãnh đạo."}, version=opened_version)
    with pytest.raises(services.StaleReport, match="Binh"):
        services.save_draft(world.staff, report, {"result": "Bản của chuyên viên."}, version=opened_version)
    report.refresh_from_db()
    assert report.result == "Sửa bởi lãnh đạo."
    assert world.task.history.count() == 2


def test_action_on_a_stale_version_is_refused(world):
    report = draft(world)
    services.submit_for_approval(world.staff, report, report.version)
    with pytest.raises(services.StaleReport):
        services.submit_for_approval(world.staff, report, report.version)


def test_report_after_due_date_is_accepted_and_marked_late(world):
    report = services.submit_for_approval(world.staff, draft(world), 1)
    with time_machine.travel(datetime.datetime(2026, 12, 11, 8, 0, tzinfo=VN), tick=False):
        report = services.approve_and_submit(world.head, report, report.version)
    assert report.is_late
    report = services.accept(world.monitor, report, report.version)
    assert report.state == ReportState.ACCEPTED


@pytest.mark.parametrize(("hour", "minute", "late"), [(16, 59, False), (17, 0, False), (17, 1, True)])
def test_ad_hoc_period_due_at_17h_judges_lateness_by_the_hour(world, hour, minute, late):
    world.period = ReportingPeriodFactory(
        directive=world.directive,
        kind=ScheduleKind.AD_HOC,
        name="Báo cáo đột xuất",
        start=datetime.date(2026, 11, 25),
        end=datetime.date(2026, 11, 25),
        due_date=datetime.date(2026, 11, 25),
        due_time=datetime.time(17, 0),
    )
    report = services.submit_for_approval(world.staff, draft(world), 1)
    with time_machine.travel(datetime.datetime(2026, 11, 25, hour, minute, tzinfo=VN), tick=False):
        report = services.approve_and_submit(world.head, report, report.version)
    assert report.is_late is late


def test_resubmission_after_a_return_keeps_the_first_judgement_of_lateness(world):
    report = services.submit_for_approval(world.staff, draft(world), 1)
    report = services.approve_and_submit(world.head, report, report.version)
    report = services.return_to_agency(world.monitor, report, "Thiếu số liệu.", report.version)
    report = services.submit_for_approval(world.staff, report, report.version)
    with time_machine.travel(datetime.datetime(2026, 12, 20, 8, 0, tzinfo=VN), tick=False):
        report = services.approve_and_submit(world.head, report, report.version)
    assert not report.is_late


def test_head_of_another_agency_cannot_approve(world):
    report = services.submit_for_approval(world.staff, draft(world), 1)
    with pytest.raises(PermissionDenied):
        services.approve_and_submit(world.other_head, report, report.version)
    with pytest.raises(PermissionDenied):
        services.return_to_staff(world.coord_head, report, "Không đạt.", report.version)


def test_staff_cannot_approve_their_own_report(world):
    report = services.submit_for_approval(world.staff, draft(world), 1)
    with pytest.raises(PermissionDenied):
        services.approve_and_submit(world.staff, report, report.version)


def test_agency_not_assigned_cannot_report_on_the_task(world):
    with pytest.raises(PermissionDenied):
        draft(world, user=world.other_staff, agency=world.stnmt)
    with pytest.raises(PermissionDenied):
        draft(world, user=world.other_staff, agency=world.sct)
    assert not ProgressReport.objects.exists()


def test_only_the_monitoring_unit_accepts_or_returns(world):
    report = services.submit_for_approval(world.staff, draft(world), 1)
    report = services.approve_and_submit(world.head, report, report.version)
    for user in (world.head, world.staff, world.leader):
        with pytest.raises(PermissionDenied):
            services.accept(user, report, report.version)
    with pytest.raises(services.WorkflowError):
        services.return_to_agency(world.monitor, report, "  ", report.version)


def test_a_sent_report_can_no_longer_be_edited_by_staff(world):
    report = services.submit_for_approval(world.staff, draft(world), 1)
    with pytest.raises(services.WorkflowError):
        services.save_draft(world.staff, report, {"result": "Sửa sau khi gửi"}, version=report.version)


def test_submitting_an_empty_result_is_refused(world):
    report = draft(world, result="")
    with pytest.raises(services.WorkflowError):
        services.submit_for_approval(world.staff, report, report.version)


def test_lead_agency_reads_a_coordinating_contribution_once_its_head_sent_it(world):
    contribution = draft(world, user=world.coord_staff, agency=world.skhdt)
    lead = Access(world.staff)
    assert not ProgressReport.objects.visible_to(lead).exists()
    contribution = services.submit_for_approval(world.coord_staff, contribution, contribution.version)
    services.approve_and_submit(world.coord_head, contribution, contribution.version)
    assert list(ProgressReport.objects.visible_to(lead)) == [contribution]
    assert not ProgressReport.objects.visible_to(Access(world.other_staff)).exists()
    assert list(ProgressReport.objects.visible_to(Access(world.leader))) == [contribution]


def test_coordinating_agency_reporting_completion_does_not_complete_the_task(world):
    report = draft(world, user=world.coord_staff, agency=world.skhdt, status=ReportedStatus.COMPLETED)
    report = services.submit_for_approval(world.coord_staff, report, report.version)
    report = services.approve_and_submit(world.coord_head, report, report.version)
    services.accept(world.monitor, report, report.version)
    world.task.refresh_from_db()
    assert world.task.completed_at is None


def test_recurring_task_is_never_reported_completed(world):
    world.task.is_recurring = True
    world.task.save()
    with pytest.raises(services.WorkflowError):
        draft(world, status=ReportedStatus.COMPLETED)


def test_member_of_an_assigned_group_reports_its_own_share(world):
    group = type(world.sct).objects.create(
        name="UBND các huyện, thị xã, thành phố", province=world.province, is_group=True
    )
    group.members.add(world.stnmt)
    task = TaskFactory(directive=world.directive, code="II.2")
    AssignmentFactory(task=task, agency=group, role=AssignmentRole.COORDINATING)
    report = services.save_draft(
        world.other_staff,
        ProgressReport(task=task, agency=world.stnmt, period=world.period),
        {"result": "Đã phối hợp."},
    )
    assert report.pk


def test_extension_granted_moves_the_status_to_the_new_date_and_keeps_the_original(world):
    with time_machine.travel(datetime.datetime(2027, 1, 5, 9, 0, tzinfo=VN), tick=False):
        assert task_status(world.task) == Status.IN_PROGRESS_OVERDUE
        extension = services.request_extension(
            world.staff,
            world.task,
            world.sct,
            "Chờ quy hoạch tỉnh được phê duyệt.",
            datetime.date(2027, 6, 30),
        )
        services.forward_extension(world.head, extension, True)
        services.decide_extension(world.monitor, extension, True, "Đồng ý gia hạn theo đề nghị.")
        world.task.refresh_from_db()
        assert world.task.due_date == datetime.date(2026, 12, 31)
        assert world.task.extended_due_date == datetime.date(2027, 6, 30)
        assert task_status(world.task) == Status.IN_PROGRESS_ON_TIME
        annotated = type(world.task).objects.with_effective_due().get(pk=world.task.pk)
        assert annotated.status == Status.IN_PROGRESS_ON_TIME
    extension.refresh_from_db()
    assert (extension.state, extension.decided_by, extension.due_date_before) == (
        ExtensionState.GRANTED,
        world.monitor,
        datetime.date(2026, 12, 31),
    )
    granted = world.task.history.get(kind=EventKind.EXTENSION_GRANTED)
    assert granted.comment == "Đồng ý gia hạn theo đề nghị."
    assert granted.change_lines()[0][1:] == ("31/12/2026", "30/06/2027")


def test_refused_extension_leaves_the_deadline(world):
    extension = services.request_extension(world.head, world.task, world.sct, "Lý do", datetime.date(2027, 3, 31))
    services.decide_extension(world.leader, extension, False, "Không có căn cứ.")
    world.task.refresh_from_db()
    assert world.task.extended_due_date is None
    assert world.task.extension_requests.get().state == ExtensionState.REFUSED


def test_extension_rules(world):
    with pytest.raises(services.WorkflowError, match="31/12/2026"):
        services.request_extension(world.staff, world.task, world.sct, "Lý do", datetime.date(2026, 12, 1))
    with pytest.raises(PermissionDenied):
        services.request_extension(world.coord_staff, world.task, world.skhdt, "Lý do", datetime.date(2027, 3, 31))
    extension = services.request_extension(world.staff, world.task, world.sct, "Lý do", datetime.date(2027, 3, 31))
    with pytest.raises(services.WorkflowError):
        services.request_extension(world.head, world.task, world.sct, "Lần hai", datetime.date(2027, 4, 30))
    with pytest.raises(PermissionDenied):
        services.decide_extension(world.head, extension, True, "Tự duyệt")
    with pytest.raises(services.WorkflowError, match="chưa chuyển"):
        services.decide_extension(world.monitor, extension, True, "Chưa qua lãnh đạo đơn vị")
    services.forward_extension(world.head, extension, True)
    with pytest.raises(services.WorkflowError):
        services.decide_extension(world.monitor, extension, True, "")


def test_staff_extension_request_goes_to_their_own_head_first(world):
    extension = services.request_extension(
        world.staff, world.task, world.sct, "Chờ quy hoạch.", datetime.date(2027, 6, 30)
    )
    assert extension.state == ExtensionState.AWAITING_HEAD
    assert (extension.forwarded_by, extension.forwarded_at) == (None, None)
    # Nobody but the requesting agency's own head forwards it: not staff, not another agency's head, not the monitor.
    other_head = MembershipFactory(agency=world.skhdt, role=Role.HEAD).user
    for outsider in (world.staff, other_head, world.monitor, world.leader):
        with pytest.raises(PermissionDenied):
            services.forward_extension(outsider, extension, True)
    with pytest.raises(services.WorkflowError, match="chưa chuyển"):
        services.decide_extension(world.leader, extension, True, "Đồng ý")

    services.forward_extension(world.head, extension, True, "Đề nghị UBND tỉnh xem xét.")
    extension.refresh_from_db()
    assert (extension.state, extension.forwarded_by, extension.head_comment) == (
        ExtensionState.PENDING,
        world.head,
        "Đề nghị UBND tỉnh xem xét.",
    )
    with pytest.raises(services.WorkflowError, match="đã xử lý"):
        services.forward_extension(world.head, extension, False, "Đổi ý")
    services.decide_extension(world.leader, extension, True, "Đồng ý.")
    kinds = list(world.task.history.order_by("at", "pk").values_list("kind", "actor__username"))
    assert kinds == [
        (EventKind.EXTENSION_REQUESTED, "an"),
        (EventKind.EXTENSION_FORWARDED, "binh"),
        (EventKind.EXTENSION_GRANTED, world.leader.username),
    ]


def test_head_who_does_not_forward_says_why_and_the_task_may_be_asked_again(world):
    extension = services.request_extension(world.staff, world.task, world.sct, "Chờ vốn.", datetime.date(2027, 6, 30))
    with pytest.raises(services.WorkflowError, match="lý do"):
        services.forward_extension(world.head, extension, False, "  ")
    services.forward_extension(world.head, extension, False, "Chưa đủ căn cứ, bổ sung số liệu.")
    extension.refresh_from_db()
    assert extension.state == ExtensionState.NOT_FORWARDED
    with pytest.raises(services.WorkflowError):
        services.decide_extension(world.monitor, extension, True, "Đồng ý")
    world.task.refresh_from_db()
    assert world.task.extended_due_date is None
    again = services.request_extension(world.staff, world.task, world.sct, "Bổ sung.", datetime.date(2027, 6, 30))
    assert again.state == ExtensionState.AWAITING_HEAD


def test_a_head_asking_themself_goes_straight_to_the_monitoring_unit(world):
    extension = services.request_extension(world.head, world.task, world.sct, "Lý do", datetime.date(2027, 3, 31))
    assert (extension.state, extension.forwarded_by) == (ExtensionState.PENDING, world.head)


def test_decided_extension_cannot_be_decided_again(world):
    extension = ExtensionRequestFactory(task=world.task, agency=world.sct, state=ExtensionState.REFUSED)
    with pytest.raises(services.WorkflowError):
        services.decide_extension(world.monitor, extension, True, "Đổi ý")


def test_direction_is_written_by_leadership_or_monitor_only(world):
    direction = services.write_direction(world.leader, world.task, "Khẩn trương hoàn thành trong quý IV.")
    assert direction.author_agency == world.ubnd
    assert world.task.history.get().kind == EventKind.DIRECTION_WRITTEN
    for user in (world.staff, world.head):
        with pytest.raises(PermissionDenied):
            services.write_direction(user, world.task, "Không được phép")


def test_a_direction_sent_again_from_the_same_form_is_written_once(world):
    submission = uuid.uuid4()
    first = services.write_direction(world.leader, world.task, "Khẩn trương hoàn thành.", submission)
    again = services.write_direction(world.leader, world.task, "Khẩn trương hoàn thành.", submission)
    assert again == first
    assert (world.task.directions.count(), world.task.history.count()) == (1, 1)
    with pytest.raises(services.WorkflowError):
        services.write_direction(world.monitor, world.task, "Một ý kiến khác.", submission)
    assert (world.task.directions.count(), world.task.history.count()) == (1, 1)


def test_period_lateness_counts_the_whole_due_day(world):
    period = ReportingPeriod(due_date=datetime.date(2026, 12, 10))
    assert not period.is_late(datetime.datetime(2026, 12, 10, 23, 59, tzinfo=VN))
    assert period.is_late(datetime.datetime(2026, 12, 11, 0, 0, tzinfo=VN))


def test_existing_report_of_the_same_task_agency_and_period_cannot_be_created_twice(world):
    ProgressReportFactory(task=world.task, agency=world.sct, period=world.period)
    with pytest.raises(services.StaleReport):
        draft(world)


def test_a_group_inside_a_group_never_reports_itself(world):
    from agencies.tests.factories import AgencyFactory
    from reports import obligations
    from tasks.models import Task

    district = AgencyFactory(name="UBND huyện Sơn Tịnh", province=world.province)
    inner = AgencyFactory(name="Các huyện miền núi", province=world.province, is_group=True)
    outer = AgencyFactory(name="UBND các huyện", province=world.province, is_group=True)
    outer.members.set([district, inner])
    task = TaskFactory(directive=world.task.directive)
    AssignmentFactory(task=task, agency=outer, role=AssignmentRole.COORDINATING)
    assert set(obligations.reporters(Task.objects.get(pk=task.pk))) == {district.pk}


def test_a_direction_has_an_agency_of_the_task_a_person_of_that_agency_and_a_deadline(world):
    direction = services.write_direction(
        world.leader,
        world.task,
        "Hoàn thành đề án, trình UBND tỉnh.",
        assignee_agency=world.sct,
        assignee=world.staff,
        due_date=datetime.date(2026, 12, 20),
    )
    direction.refresh_from_db()
    assert (direction.assignee_agency, direction.assignee, direction.due_date) == (
        world.sct,
        world.staff,
        datetime.date(2026, 12, 20),
    )
    event = world.task.history.get(kind=EventKind.DIRECTION_WRITTEN)
    assert [line[1:] for line in event.change_lines()] == [("", "SCT (An)"), ("", "20/12/2026")]
    with pytest.raises(services.WorkflowError, match="cơ quan thực hiện nhiệm vụ"):
        services.write_direction(world.leader, world.task, "Phối hợp.", assignee_agency=world.stnmt)
    with pytest.raises(services.WorkflowError, match="thuộc cơ quan"):
        services.write_direction(
            world.leader, world.task, "Phối hợp.", assignee_agency=world.skhdt, assignee=world.staff
        )
    assert world.task.directions.count() == 1
