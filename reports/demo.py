"""Demo reporting history for plan 004 (Quảng Ngãi): quarterly reports of 2026 on time, late, missing and
returned, a granted and a pending extension, directions — so every reporting screen has something true to show.

Called by `load_demo` after the seed documents and accounts exist. Each row is found again by a natural key
(task code + agency + period for reports, the task for extensions, the text for directions): running it twice
adds nothing.
"""

import datetime
from collections import Counter
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from agencies.models import Agency
from audit.bulk import tracking
from tasks.demo.seeds import seed_directive
from tasks.models import ReportingSchedule, ScheduleKind, Task

from .models import (
    Attachment,
    Direction,
    EventKind,
    ExtensionRequest,
    ExtensionState,
    HistoryEvent,
    ProgressReport,
    ReportedStatus,
    ReportingPeriod,
    ReportState,
    TargetValue,
)
from .periods import sync_periods

YEAR = 2026
SCT = "Sở Công Thương"
SKHDT = "Sở Kế hoạch và Đầu tư"
STAFF, HEAD, MONITOR, LEADER, KHDT_STAFF = "chuyenvien", "lanhdao", "theodoi", "lanhdaotinh", "chuyenvien_khdt"

# (task code, agency, quarter, submitted on (d, m), state, status, percent, result, comment when returned)
REPORTS = [
    (
        "II.2.g.1",
        SCT,
        1,
        (6, 3),
        ReportState.ACCEPTED,
        ReportedStatus.IN_PROGRESS,
        60,
        "Đã hoàn thành 12/18 trạm biến áp phân phối; đang thi công đường dây trung áp huyện Sơn Tây.",
        "",
    ),
    (
        "II.2.g.1",
        SKHDT,
        1,
        (5, 3),
        ReportState.ACCEPTED,
        ReportedStatus.IN_PROGRESS,
        None,
        "Đã bố trí 18,5 tỷ đồng vốn đầu tư công năm 2026 cho hợp phần lưới điện.",
        "",
    ),
    (
        "II.2.g.1",
        SCT,
        2,
        (8, 6),
        ReportState.ACCEPTED,
        ReportedStatus.COMPLETED,
        100,
        "Hoàn thành toàn bộ hạng mục, đã nghiệm thu đóng điện ngày 28/5/2026 (biên bản kèm theo).",
        "",
    ),
    (
        "II.2.g.2",
        SCT,
        1,
        (9, 3),
        ReportState.ACCEPTED,
        ReportedStatus.IN_PROGRESS,
        40,
        "Đã cấp điện cho 320/800 hộ dân tại các thôn chưa có điện.",
        "",
    ),
    (
        "II.2.g.2",
        SCT,
        2,
        (15, 6),
        ReportState.ACCEPTED,
        ReportedStatus.IN_PROGRESS,
        55,
        "Đã cấp điện cho 440/800 hộ; vướng mặt bằng tại 2 xã.",
        "",
    ),
    (
        "II.2.k",
        SCT,
        1,
        (9, 3),
        ReportState.ACCEPTED,
        ReportedStatus.COMPLETED,
        100,
        "UBND tỉnh đã ban hành chính sách khuyến khích phát triển điện mặt trời mái nhà; sản lượng điện mặt trời "
        "lũy kế quý I đạt 612 triệu kWh.",
        "",
    ),
    (
        "II.2.i",
        SCT,
        1,
        (10, 3),
        ReportState.ACCEPTED,
        ReportedStatus.IN_PROGRESS,
        20,
        "Đã khảo sát tiềm năng gió tại Bình Sơn và Đức Phổ cùng nhà đầu tư.",
        "",
    ),
    (
        "II.2.i",
        SCT,
        2,
        (12, 6),
        ReportState.ACCEPTED,
        ReportedStatus.IN_PROGRESS,
        30,
        "Nhà đầu tư đã lắp cột đo gió tại Đức Phổ.",
        "",
    ),
    (
        "II.2.i",
        SCT,
        3,
        (9, 9),
        ReportState.RETURNED_BY_MONITOR,
        ReportedStatus.IN_PROGRESS,
        35,
        "Tiếp tục theo dõi số liệu đo gió.",
        "Đề nghị bổ sung số liệu đo gió 6 tháng và tiến độ lập hồ sơ bổ sung quy hoạch điện.",
    ),
    (
        "III.2",
        SCT,
        1,
        (8, 3),
        ReportState.ACCEPTED,
        ReportedStatus.RECURRING,
        None,
        "Đã tổng hợp báo cáo quý I của các sở, ngành và địa phương, tham mưu UBND tỉnh.",
        "",
    ),
    (
        "III.2",
        SCT,
        2,
        (9, 6),
        ReportState.ACCEPTED,
        ReportedStatus.RECURRING,
        None,
        "Đã tổng hợp báo cáo quý II; 4 đơn vị chưa gửi báo cáo đúng hạn.",
        "",
    ),
    ("III.2", SCT, 3, (8, 9), ReportState.ACCEPTED, ReportedStatus.RECURRING, None, "Đã tổng hợp báo cáo quý III.", ""),
    (
        "III.2",
        SCT,
        4,
        None,
        ReportState.DRAFT,
        ReportedStatus.RECURRING,
        None,
        "Đang tổng hợp báo cáo quý IV của các đơn vị.",
        "",
    ),
    (
        "II.1.a",
        SKHDT,
        3,
        (7, 9),
        ReportState.ACCEPTED,
        ReportedStatus.IN_PROGRESS,
        70,
        "Đã dự thảo bộ tiêu chí lựa chọn vùng công nghiệp động lực, đang lấy ý kiến các sở.",
        "",
    ),
    (
        "II.1.a",
        SCT,
        3,
        (14, 9),
        ReportState.SUBMITTED,
        ReportedStatus.IN_PROGRESS,
        None,
        "Sở Công Thương đã góp ý dự thảo tiêu chí bằng văn bản.",
        "",
    ),
]

# Target values the reports state: (task code, agency, quarter) → values of the task's targets in their order.
TARGET_VALUES = {
    ("II.2.g.1", SCT, 1): ["3950"],
    ("II.2.g.1", SCT, 2): ["4035"],
    ("II.2.k", SCT, 1): ["612"],
    ("II.2.i", SCT, 1): ["0", "0"],
    ("II.2.i", SCT, 2): ["0", "0"],
    ("II.2.i", SCT, 3): ["0", "0"],
}

# (task code, requested on, proposed, reason, decided on or None, decision reason)
EXTENSIONS = [
    (
        "II.2.g.1",
        datetime.date(2025, 11, 20),
        datetime.date(2026, 6, 30),
        "Chậm giải phóng mặt bằng tuyến đường dây trung áp qua 3 xã.",
        datetime.date(2025, 12, 5),
        "Đồng ý gia hạn đến 30/6/2026 theo đề nghị của Sở Công Thương.",
    ),
    (
        "II.2.g.2",
        datetime.date(2026, 11, 15),
        datetime.date(2027, 6, 30),
        "Vướng mặt bằng tại 2 xã và chờ bố trí vốn năm 2027.",
        None,
        "",
    ),
]

# (task code, author, written on, text)
DIRECTIONS = [
    (
        "II.2.g.2",
        LEADER,
        datetime.date(2026, 10, 20),
        "Yêu cầu Sở Công Thương khẩn trương tháo gỡ vướng mắc mặt bằng, hoàn thành cấp điện cho các hộ còn lại; "
        "báo cáo UBND tỉnh kết quả trước ngày 10/12/2026.",
    ),
    (
        "II.2.i",
        MONITOR,
        datetime.date(2026, 9, 12),
        "Đề nghị Sở Công Thương phối hợp nhà đầu tư hoàn thiện hồ sơ bổ sung dự án điện gió vào quy hoạch.",
    ),
]

EVIDENCE_PDF = b"%PDF-1.4\n% Bien ban nghiem thu dong dien (du lieu mau)\ntrailer\n<<>>\n%%EOF\n"


def _at(day, month, hour=9):
    return timezone.make_aware(datetime.datetime(YEAR, month, day, hour, 0))


def _plan():
    return seed_directive(4)


def _periods(plan, stats):
    """Quarterly reporting for the plan (004 III: agencies report periodically through Sở Công Thương)."""
    schedule, created = ReportingSchedule.objects.get_or_create(
        directive=plan,
        kind=ScheduleKind.QUARTERLY,
        defaults={
            "original_text": "Định kỳ hằng quý báo cáo kết quả thực hiện về UBND tỉnh qua Sở Công Thương",
            "day_of_month": 10,
            "months": "3,6,9,12",
            "report_to": "UBND tỉnh (qua Sở Công Thương)",
        },
    )
    stats["ReportingSchedule created"] += created
    stats["ReportingPeriod created"] += sync_periods([schedule], [YEAR])
    return {
        (p.start.month + 2) // 3: p
        for p in ReportingPeriod.objects.filter(directive=plan, kind=ScheduleKind.QUARTERLY, start__year=YEAR)
    }


def _report(row, tasks, agencies, periods, users, stats):
    code, agency_name, quarter, submitted_on, state, status, percent, result, returned = row
    task, agency, period = tasks[code], agencies[agency_name], periods[quarter]
    if ProgressReport.objects.filter(task=task, agency=agency, period=period).exists():
        return
    staff = users[KHDT_STAFF] if agency_name == SKHDT else users[STAFF]
    head = users[HEAD] if agency_name == SCT else None
    submitted_at = _at(*submitted_on) if submitted_on else None
    report = ProgressReport.objects.create(
        task=task,
        agency=agency,
        period=period,
        result=result,
        status=status,
        percent_complete=percent,
        state=state,
        submitted_by=head,
        submitted_at=submitted_at,
        is_late=bool(submitted_at) and period.is_late(submitted_at),
    )
    stats["ProgressReport created"] += 1
    written = (submitted_at or timezone.now()) - datetime.timedelta(days=2)
    events = [(EventKind.DRAFT_SAVED, staff, written, "")]
    if submitted_at:
        events += [
            (EventKind.SUBMITTED_FOR_APPROVAL, staff, submitted_at - datetime.timedelta(days=1), ""),
            (EventKind.SUBMITTED, head, submitted_at, ""),
        ]
    if state == ReportState.ACCEPTED:
        events.append((EventKind.ACCEPTED, users[MONITOR], submitted_at + datetime.timedelta(days=2), ""))
    if state == ReportState.RETURNED_BY_MONITOR:
        events.append(
            (EventKind.RETURNED_BY_MONITOR, users[MONITOR], submitted_at + datetime.timedelta(days=3), returned)
        )
    values = TARGET_VALUES.get((code, agency_name, quarter), [])
    with tracking((TargetValue, {"report": report})):
        TargetValue.objects.bulk_create(
            TargetValue(report=report, target=target, value=Decimal(value))
            for target, value in zip(task.targets.order_by("position", "pk"), values, strict=False)
        )
    HistoryEvent.objects.bulk_create(
        HistoryEvent(task=task, report=report, actor=actor, at=at, kind=kind, comment=comment)
        for kind, actor, at, comment in events
    )
    if status == ReportedStatus.COMPLETED and state == ReportState.ACCEPTED and task.completed_at is None:
        Attachment.objects.create(
            report=report,
            file=ContentFile(EVIDENCE_PDF, name="bien-ban.pdf"),
            original_name="Biên bản nghiệm thu.pdf",
            size=len(EVIDENCE_PDF),
            uploaded_by=staff,
            uploaded_at=written,
        )
        task.completed_at = submitted_at
        task.save(update_fields=["completed_at", "updated_at"])
        HistoryEvent.objects.create(
            task=task,
            report=report,
            actor=users[MONITOR],
            kind=EventKind.TASK_COMPLETED,
            at=submitted_at + datetime.timedelta(days=2),
        )


def _extension(row, tasks, agencies, users, stats):
    code, requested_on, proposed, reason, decided_on, decision = row
    task = tasks[code]
    if task.extension_requests.exists():
        return
    requested_at = timezone.make_aware(datetime.datetime.combine(requested_on, datetime.time(10)))
    extension = ExtensionRequest.objects.create(
        task=task,
        agency=agencies[SCT],
        requested_by=users[STAFF],
        requested_at=requested_at,
        reason=reason,
        proposed_date=proposed,
        due_date_before=task.effective_due_date,
    )
    HistoryEvent.objects.create(
        task=task, actor=users[STAFF], at=requested_at, kind=EventKind.EXTENSION_REQUESTED, comment=reason
    )
    stats["ExtensionRequest created"] += 1
    if decided_on is None:
        return
    decided_at = timezone.make_aware(datetime.datetime.combine(decided_on, datetime.time(15)))
    with tracking((ExtensionRequest, {"pk": extension.pk})):
        ExtensionRequest.objects.filter(pk=extension.pk).update(
            state=ExtensionState.GRANTED,
            granted_date=proposed,
            decided_by=users[MONITOR],
            decided_at=decided_at,
            decision_reason=decision,
        )
    changes = [
        {
            "field": "extended_due_date",
            "old": f"{task.due_date:%d/%m/%Y}" if task.due_date else "",
            "new": f"{proposed:%d/%m/%Y}",
        }
    ]
    task.extended_due_date = proposed
    task.save(update_fields=["extended_due_date", "updated_at"])
    HistoryEvent.objects.create(
        task=task,
        actor=users[MONITOR],
        at=decided_at,
        kind=EventKind.EXTENSION_GRANTED,
        comment=decision,
        changes=changes,
    )


def load_demo_history():
    """Write the demo reporting history once; return a Counter of what was created."""
    stats = Counter()
    with transaction.atomic():
        plan = _plan()
        users = {
            u.username: u
            for u in get_user_model().objects.filter(username__in=[STAFF, HEAD, MONITOR, LEADER, KHDT_STAFF])
        }
        agencies = {a.name: a for a in Agency.objects.filter(province=plan.province, name__in=[SCT, SKHDT])}
        codes = {row[0] for row in REPORTS} | {row[0] for row in EXTENSIONS} | {row[0] for row in DIRECTIONS}
        tasks = {t.code: t for t in Task.objects.filter(directive=plan, code__in=codes)}
        periods = _periods(plan, stats)
        # Extensions first: a report of completion is judged against the extended deadline.
        for row in EXTENSIONS:
            _extension(row, tasks, agencies, users, stats)
        for row in REPORTS:
            _report(row, tasks, agencies, periods, users, stats)
        for code, author, written_on, text in DIRECTIONS:
            task = tasks[code]
            if task.directions.filter(text=text).exists():
                continue
            written_at = timezone.make_aware(datetime.datetime.combine(written_on, datetime.time(8)))
            author_agency = users[author].memberships.select_related("agency").first().agency
            Direction.objects.create(
                task=task, author=users[author], author_agency=author_agency, text=text, created_at=written_at
            )
            HistoryEvent.objects.create(
                task=task, actor=users[author], at=written_at, kind=EventKind.DIRECTION_WRITTEN, comment=text
            )
            stats["Direction created"] += 1
    return +stats
