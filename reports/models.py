"""Reporting periods and the progress reports agencies submit for each task."""

import calendar
import datetime
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from agencies.permissions import AGENCY_ROLES
from common.validators import StorableDecimal
from tasks.models import LEADING_ROLES, Assignment, ScheduleKind

from .changes import marked_differences

QUARTER_NUMERALS = {1: "I", 2: "II", 3: "III", 4: "IV"}


def period_name(kind, start, end, due_date=None, due_time=None):
    """A period's name in the active language ("Quý I/2025", "Quarter I/2025"; "Năm 2025", "Year 2025"), or None
    for a span that is not the whole quarter, year or month its kind says (a period set up by hand keeps its own)."""
    if kind == ScheduleKind.AD_HOC:
        if due_date is None or due_time is None:
            return None
        moment = datetime.datetime.combine(due_date, due_time)
        return gettext("Ad hoc report due %(date)s") % {"date": moment.strftime("%H:%M %d/%m/%Y")}
    if start.day != 1 or end != _month_end(end):
        return None
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if kind == ScheduleKind.QUARTERLY and months == 3 and start.month % 3 == 1:
        numeral = QUARTER_NUMERALS[(start.month - 1) // 3 + 1]
        return gettext("Quarter %(numeral)s/%(year)s") % {"numeral": numeral, "year": start.year}
    if kind == ScheduleKind.ANNUAL and months == 12 and start.month == 1:
        return gettext("Year %(year)s") % {"year": start.year}
    if kind == ScheduleKind.MONTHLY and months == 1:
        return gettext("Month %(month)02d/%(year)s") % {"month": start.month, "year": start.year}
    return None


def _month_end(day):
    """The last day of `day`'s month (31/12/9999 included: no date past it is computed)."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


class ReportingPeriod(models.Model):
    directive = models.ForeignKey(
        "tasks.Directive",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="periods",
    )
    schedule = models.ForeignKey(
        "tasks.ReportingSchedule",
        verbose_name=_("reporting schedule"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="periods",
    )
    kind = models.CharField(_("period kind"), max_length=20, choices=ScheduleKind.choices)
    name = models.CharField(_("period name"), max_length=100)
    start = models.DateField(_("from date"))
    end = models.DateField(_("to date"))
    due_date = models.DateField(_("submission due date"))
    due_time = models.TimeField(_("submission due time"), null=True, blank=True)

    class Meta:
        ordering = ["-due_date", "name"]
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        constraints = [
            models.UniqueConstraint(fields=["directive", "kind", "start", "end"], name="period_unique_span"),
            models.CheckConstraint(condition=models.Q(end__gte=models.F("start")), name="period_end_after_start"),
        ]

    def __str__(self):
        return self.label()

    def label(self):
        """The name in the reader's language; `name` keeps it as written in the portal's language when made."""
        return period_name(self.kind, self.start, self.end, self.due_date, self.due_time) or self.name

    def due_datetime(self):
        """The moment reports become late, in the portal's time zone (the whole due day counts)."""
        moment = self.due_time or datetime.time(23, 59, 59, 999999)
        return timezone.make_aware(datetime.datetime.combine(self.due_date, moment))

    def is_late(self, moment):
        """True when a report sent at `moment` comes after the period's due date and hour."""
        return moment > self.due_datetime()


class ReportedStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    RECURRING = "recurring", _("Carried out regularly")
    BLOCKED = "blocked", _("Blocked")


class ReportState(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PENDING_APPROVAL = "pending_approval", _("Awaiting approval by the agency head")
    RETURNED_BY_HEAD = "returned_by_head", _("Returned by the agency head")
    SUBMITTED = "submitted", _("Submitted to the monitoring unit")
    RETURNED_BY_MONITOR = "returned_by_monitor", _("Returned by the monitoring unit")
    ACCEPTED = "accepted", _("Accepted")


# States in which the agency's staff may still change the report.
EDITABLE_STATES = (ReportState.DRAFT, ReportState.RETURNED_BY_HEAD, ReportState.RETURNED_BY_MONITOR)
# States in which the report has left the agency: the lead agency and the monitoring unit may read it, and its
# obligation is kept even when the agency no longer reports on the task (`reports.obligations`).
SENT_STATES = (ReportState.SUBMITTED, ReportState.RETURNED_BY_MONITOR, ReportState.ACCEPTED)


class ProgressReportQuerySet(models.QuerySet):
    def visible_to(self, access):
        """Reports `access` may read: their agency's, those sent for tasks their agency leads, their province's."""
        if access.is_superuser:
            return self
        own = access.agency_ids_in(*AGENCY_ROLES)
        led = Assignment.objects.for_agencies(own).filter(role__in=LEADING_ROLES).values("task_id")
        return self.filter(
            models.Q(task__directive__province_id__in=access.province_ids)
            | models.Q(agency_id__in=own)
            | (models.Q(task_id__in=led) & models.Q(state__in=SENT_STATES))
        )


class ProgressReport(models.Model):
    task = models.ForeignKey("tasks.Task", verbose_name=_("task"), on_delete=models.PROTECT, related_name="reports")
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("reporting agency"),
        on_delete=models.PROTECT,
        related_name="reports",
    )
    period = models.ForeignKey(
        ReportingPeriod,
        verbose_name=_("reporting period"),
        on_delete=models.PROTECT,
        related_name="reports",
    )
    result = models.TextField(_("results achieved"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ReportedStatus.choices,
        default=ReportedStatus.IN_PROGRESS,
    )
    percent_complete = models.PositiveSmallIntegerField(
        _("percent complete (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    difficulties = models.TextField(_("difficulties and obstacles"), blank=True)
    proposals = models.TextField(_("proposals and recommendations"), blank=True)
    state = models.CharField(_("state"), max_length=20, choices=ReportState.choices, default=ReportState.DRAFT)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    is_late = models.BooleanField(_("submitted late"), default=False)
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ProgressReportQuerySet.as_manager()

    class Meta:
        ordering = ["-period__due_date", "task__position"]
        verbose_name = _("progress report")
        verbose_name_plural = _("progress reports")
        constraints = [
            models.UniqueConstraint(fields=["task", "agency", "period"], name="report_unique_task_agency_period"),
            models.CheckConstraint(
                condition=models.Q(percent_complete__isnull=True) | models.Q(percent_complete__lte=100),
                name="report_percent_at_most_100",
            ),
        ]
        indexes = [
            models.Index(fields=["period", "agency", "state"], name="report_period_agency_state_idx"),
            # Report compliance counts sent reports per period and agency (bench/README.md).
            models.Index(fields=["period", "state", "agency", "is_late"], name="report_period_state_idx"),
        ]

    def __str__(self):
        return f"{self.task.code} – {self.agency} – {self.period}"

    def get_absolute_url(self):
        return reverse("reports:report_detail", args=[self.pk])

    @property
    def is_editable(self):
        return self.state in EDITABLE_STATES


class TaskReporter(models.Model):
    """An agency that reports on a task, as `reports.obligations.resolve_reporters` reads the task's assignments:
    stored, so every list reads the same answer. Kept by `reports.obligations.sync_tasks`."""

    task = models.ForeignKey("tasks.Task", verbose_name=_("task"), on_delete=models.CASCADE, related_name="reporters")
    agency = models.ForeignKey("agencies.Agency", verbose_name=_("agency"), on_delete=models.CASCADE, related_name="+")
    role = models.CharField(_("role"), max_length=20)
    leads = models.BooleanField(_("leads"), default=False)

    class Meta:
        verbose_name = _("reporting agency")
        verbose_name_plural = _("reporting agencies")
        constraints = [models.UniqueConstraint(fields=["task", "agency"], name="reporter_unique_task_agency")]
        indexes = [
            models.Index(fields=["agency", "leads", "task"], name="reporter_agency_idx"),
            # The dashboard's counts by lead agency join the tasks to their leads from this index alone.
            models.Index(fields=["task", "agency"], condition=models.Q(leads=True), name="reporter_leads_idx"),
        ]

    def __str__(self):
        return f"{self.task_id}/{self.agency_id}"


class ObligationState(models.TextChoices):
    OWED = "owed", _("Not yet written")
    DRAFT = "draft", _("Being written")
    SENT = "sent", _("Sent to the agency head")
    APPROVED = "approved", _("Submitted, awaiting acceptance")
    ACCEPTED = "accepted", _("Accepted")
    RETURNED = "returned", _("Returned by the monitoring unit")


class ReportObligation(models.Model):
    """One report an agency owes on a task for a period, by when, and how far it has got: the one record the inbox,
    reminders, compliance, the scorecard and the consolidated report read. Kept by `reports.obligations`."""

    # No index of their own for the task and the agency: the unique constraint leads with the task, the inbox's index
    # with the agency, and every index is written again for each of the 450,000 obligations a new quarter opens.
    task = models.ForeignKey(
        "tasks.Task", verbose_name=_("task"), on_delete=models.CASCADE, related_name="obligations", db_index=False
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="obligations",
        db_index=False,
    )
    period = models.ForeignKey(
        ReportingPeriod,
        verbose_name=_("reporting period"),
        on_delete=models.CASCADE,
        related_name="obligations",
        db_index=False,  # led by the index below
    )
    # Empty for a report an agency sent while it reported on the task, kept after it stopped.
    role = models.CharField(_("role"), max_length=20, blank=True)
    due_at = models.DateTimeField(_("due at"))
    state = models.CharField(_("state"), max_length=10, choices=ObligationState.choices, default=ObligationState.OWED)
    late = models.BooleanField(_("settled late"), default=False)
    report = models.OneToOneField(
        ProgressReport,
        verbose_name=_("progress report"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="obligation",
    )

    class Meta:
        ordering = ["due_at", "pk"]
        verbose_name = _("report obligation")
        verbose_name_plural = _("report obligations")
        constraints = [
            models.UniqueConstraint(fields=["task", "agency", "period"], name="obligation_unique_task_agency_period")
        ]
        indexes = [
            # Compliance and the scorecard count a window's periods per agency and state from the index alone; with
            # the task, also when only some tasks count (a filtered or staff member's dashboard).
            models.Index(fields=["period", "agency", "state", "late"], include=["task"], name="obligation_period_idx"),
            # The inbox and the reminders: what an agency still owes, by due moment.
            models.Index(fields=["agency", "state", "due_at"], name="obligation_agency_idx"),
        ]

    def __str__(self):
        return f"{self.task_id}/{self.agency_id}/{self.period_id}: {self.state}"


class CountedObligations(models.Model):
    """What the stored counts of report obligations share: how many obligations of a period and agency are in a state,
    late or not, per the fields `counted_by` names (a row's key, unique; its `__str__` and the comparison with the
    obligations in `obligations.count_differences` read them in that order)."""

    # No foreign keys: the triggers delete a period's or an agency's counts as their obligations go, and a
    # constraint would have Django's cascade delete them first, leaving the triggers to write them back.
    period = models.ForeignKey(
        ReportingPeriod, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+", db_index=False
    )
    agency = models.ForeignKey(
        "agencies.Agency", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+", db_index=False
    )
    state = models.CharField(max_length=10, choices=ObligationState.choices)
    late = models.BooleanField()
    count = models.IntegerField()

    counted_by = ("period_id", "agency_id", "state", "late")

    class Meta:
        abstract = True

    def __str__(self):
        return "/".join(str(getattr(self, name)) for name in self.counted_by) + f": {self.count}"


class ObligationCount(CountedObligations):
    """How many report obligations a period holds per agency, state and late flag: the rows compliance and the
    scorecard read for every obligation of a window (the whole province's quarter is 450,000 obligations, the
    scorecard's four quarters 1.8 million; their counts are a few dozen rows per period).

    Kept by database triggers on `ReportObligation` (migration `reports/0019_obligation_count`) in the transaction
    of every statement that inserts, updates or deletes obligations, whoever writes them (`reports.obligations`,
    a cascade, a `queryset.update()`); a count that falls to zero is deleted. `obligations.count_differences`
    compares them with a count made from the obligations (`manage.py check_status` and the property tests)."""

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["period", "agency", "state", "late"], name="obligation_count_unique")
        ]


class ObligationSectorCount(CountedObligations):
    """How many report obligations a period holds per sector of their task, agency, state and late flag: the rows
    the compliance table of a dashboard filtered by one sector reads (in the 200,000-task benchmark province a
    sector's quarter is 31,000 of the 462,000 obligations, and its counts 12,000 rows, a few dozen per directive's
    period, read from one covering index). Obligations of a task without a sector are not counted.

    Kept by database triggers (migration `reports/0020_obligation_sector_count`) on `ReportObligation`, as
    `ObligationCount` is, with the sector read from the task, and on `Task`: a task whose sector changes (the admin,
    a corrected import, a `queryset.update()`, a sector deleted) moves its obligations' counts to its new sector.
    `obligations.count_differences` compares them with a count made from the obligations."""

    # No foreign key, as for the period and the agency.
    sector = models.ForeignKey(
        "tasks.Sector", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+", db_index=False
    )

    counted_by = ("period_id", "sector_id", "agency_id", "state", "late")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["period", "sector", "agency", "state", "late"], name="obligation_sector_count_unique"
            )
        ]
        indexes = [
            # A window is one period per directive (500 in a big province): its sector's counts, some 12,000 rows,
            # read from this index alone (PostgreSQL: 9 ms against 37 ms through the unique one and the table).
            models.Index(
                fields=["sector", "period"],
                include=["agency", "state", "late", "count"],
                name="obligation_sector_count_idx",
            )
        ]


class TargetValue(models.Model):
    """The value of one of the task's targets as a report states it."""

    report = models.ForeignKey(
        ProgressReport,
        verbose_name=_("progress report"),
        on_delete=models.CASCADE,
        related_name="target_values",
    )
    target = models.ForeignKey(
        "tasks.Target",
        verbose_name=_("target"),
        on_delete=models.PROTECT,
        related_name="values",
    )
    value = models.DecimalField(_("value achieved"), max_digits=20, decimal_places=4, validators=[StorableDecimal()])
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        ordering = ["report", "target"]
        verbose_name = _("reported target value")
        verbose_name_plural = _("reported target values")
        constraints = [models.UniqueConstraint(fields=["report", "target"], name="target_value_unique")]

    def __str__(self):
        return f"{self.target}: {self.value}"


def attachment_path(instance, filename):
    """Files are stored under a random name: the uploaded name is kept only as data, never as a path."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"reports/{instance.report_id}/{uuid.uuid4().hex}.{extension}"


class Attachment(models.Model):
    """Evidence attached to a report; downloaded only through a view that checks who asks."""

    report = models.ForeignKey(
        ProgressReport,
        verbose_name=_("progress report"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=255)
    original_name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveBigIntegerField(_("size (bytes)"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    class Meta:
        ordering = ["report", "uploaded_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self):
        return self.original_name


class ExtensionState(models.TextChoices):
    AWAITING_HEAD = "awaiting_head", _("Awaiting the agency head")
    NOT_FORWARDED = "not_forwarded", _("Not forwarded by the agency head")
    PENDING = "pending", _("Awaiting decision")
    GRANTED = "granted", _("Granted")
    REFUSED = "refused", _("Refused")


# A request not yet settled: with the requesting agency's head, or with the monitoring unit and leadership.
OPEN_EXTENSION_STATES = (ExtensionState.AWAITING_HEAD, ExtensionState.PENDING)


class ExtensionRequest(models.Model):
    """A lead agency's request to extend a task's deadline (gia hạn) and the decision on it.

    Staff ask their own head first (AWAITING_HEAD), who forwards it to the monitoring unit and leadership (PENDING)
    or does not (NOT_FORWARDED); a head's own request goes straight to PENDING. Then GRANTED or REFUSED.
    """

    task = models.ForeignKey(
        "tasks.Task",
        verbose_name=_("task"),
        on_delete=models.CASCADE,
        related_name="extension_requests",
    )
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("requesting agency"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    reason = models.TextField(_("reason"))
    proposed_date = models.DateField(_("proposed deadline"))
    due_date_before = models.DateField(_("deadline when requested"), null=True, blank=True)
    state = models.CharField(
        _("decision"),
        max_length=20,
        choices=ExtensionState.choices,
        default=ExtensionState.PENDING,
    )
    forwarded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("agency head who forwarded it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    forwarded_at = models.DateTimeField(_("forwarded at"), null=True, blank=True)
    head_comment = models.TextField(_("agency head's comment"), blank=True)
    granted_date = models.DateField(_("extended deadline granted"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_reason = models.TextField(_("reason for the decision"), blank=True)

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("deadline extension request")
        verbose_name_plural = _("deadline extension requests")
        constraints = [
            models.UniqueConstraint(
                fields=["task"],
                condition=models.Q(state__in=["awaiting_head", "pending"]),
                name="extension_one_open_per_task",
            ),
        ]

    def __str__(self):
        return f"{self.task.code} → {self.proposed_date:%d/%m/%Y}"


class Direction(models.Model):
    """A direction (ý kiến chỉ đạo) from leadership or the monitoring unit on a task."""

    task = models.ForeignKey("tasks.Task", verbose_name=_("task"), on_delete=models.CASCADE, related_name="directions")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author_agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("on behalf of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("direction"))
    assignee_agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("agency to carry it out"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person to carry it out"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_date = models.DateField(_("deadline to carry it out"), null=True, blank=True)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    # Carried by the form that wrote it: the same form sent twice (a double click, a resent page) writes one row.
    submission = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("direction")
        verbose_name_plural = _("directions")

    def __str__(self):
        return self.text[:80]


class EventKind(models.TextChoices):
    DRAFT_SAVED = "draft_saved", _("saved the draft")
    SUBMITTED_FOR_APPROVAL = "submitted_for_approval", _("sent the report to the agency head")
    RETURNED_BY_HEAD = "returned_by_head", _("returned the report to staff")
    SUBMITTED = "submitted", _("approved and submitted the report to the monitoring unit")
    RETURNED_BY_MONITOR = "returned_by_monitor", _("returned the report to the agency")
    ACCEPTED = "accepted", _("accepted the report")
    ATTACHMENT_ADDED = "attachment_added", _("attached a file")
    ATTACHMENT_REMOVED = "attachment_removed", _("removed an attached file")
    WITHDRAWN = "withdrawn", _("withdrew the report from the agency head")
    DRAFT_DELETED = "draft_deleted", _("deleted a draft report")
    EXTENSION_REQUESTED = "extension_requested", _("asked for a deadline extension")
    EXTENSION_FORWARDED = "extension_forwarded", _("forwarded the extension request to the monitoring unit")
    EXTENSION_NOT_FORWARDED = "extension_held", _("did not forward the extension request")
    EXTENSION_GRANTED = "extension_granted", _("granted a deadline extension")
    EXTENSION_REFUSED = "extension_refused", _("refused a deadline extension")
    DIRECTION_WRITTEN = "direction_written", _("wrote a direction")
    TASK_COMPLETED = "task_completed", _("recorded the task as completed")
    TRANSFERRED = "transferred", _("handed the task to the successor body")
    TRANSFER_UNDONE = "transfer_undone", _("undid the hand-over to the successor body")


# Free text a history line shows as what differs, not in full.
TEXT_FIELDS = ("result", "difficulties", "proposals")


class HistoryEvent(models.Model):
    """One step in a task's history: who did what, when, with what comment and which fields changed."""

    task = models.ForeignKey("tasks.Task", verbose_name=_("task"), on_delete=models.CASCADE, related_name="history")
    report = models.ForeignKey(
        ProgressReport,
        verbose_name=_("progress report"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="history",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    kind = models.CharField(_("action"), max_length=30, choices=EventKind.choices)
    comment = models.TextField(_("comment"), blank=True)
    changes = models.JSONField(_("changes"), default=list, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("history event")
        verbose_name_plural = _("history events")
        indexes = [models.Index(fields=["task", "at"], name="history_task_at_idx")]

    def __str__(self):
        return f"{self.at:%d/%m/%Y %H:%M} {self.get_kind_display()}"

    def change_lines(self):
        """(label, old, new) for each recorded change, in the reader's language."""
        labels = {
            "result": ProgressReport._meta.get_field("result").verbose_name,
            "status": ProgressReport._meta.get_field("status").verbose_name,
            "percent_complete": ProgressReport._meta.get_field("percent_complete").verbose_name,
            "difficulties": ProgressReport._meta.get_field("difficulties").verbose_name,
            "proposals": ProgressReport._meta.get_field("proposals").verbose_name,
            "proposed_date": ExtensionRequest._meta.get_field("proposed_date").verbose_name,
            "extended_due_date": _("extended due date"),
            "completed_at": _("completed at"),
            "agency": _("agency"),
            "assignee_agency": Direction._meta.get_field("assignee_agency").verbose_name,
            "due_date": Direction._meta.get_field("due_date").verbose_name,
        }
        lines = []
        for change in self.changes:
            field, old, new = change["field"], change["old"], change["new"]
            if field == "status":
                old, new = (ReportedStatus(v).label if v else "" for v in (old, new))
            elif field in TEXT_FIELDS and old and new:
                old, new = marked_differences(old, new)
            lines.append((change.get("label") or labels.get(field, field), old, new))
        return lines
