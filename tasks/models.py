"""Directives (văn bản chỉ đạo), the tasks they assign, and their measurable targets."""

import decimal

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from agencies.models import Agency
from agencies.normalize import search_key
from agencies.permissions import AGENCY_ROLES
from common.validators import StorableDecimal

from .status import Status, TaskKind, store_status


class DirectiveKind(models.TextChoices):
    OFFICIAL_LETTER = "cong_van", _("Official letter")
    DECISION = "quyet_dinh", _("Decision")
    PLAN = "ke_hoach", _("Plan")
    PROGRAMME = "chuong_trinh", _("Programme")
    INSTRUCTION = "chi_thi", _("Instruction")
    RESOLUTION = "nghi_quyet", _("Resolution")
    NOTICE = "thong_bao", _("Notice")
    OTHER = "khac", _("Other")


class Directive(models.Model):
    province = models.ForeignKey(
        "agencies.Province",
        verbose_name=_("province"),
        on_delete=models.PROTECT,
        related_name="directives",
    )
    kind = models.CharField(_("document kind"), max_length=20, choices=DirectiveKind.choices)
    number = models.CharField(
        _("number"),
        max_length=20,
        blank=True,
        help_text=_("Leave empty if the document is an unnumbered draft."),
    )
    symbol = models.CharField(_("symbol"), max_length=60, help_text=_("For example: UBND-CNXD, QĐ-UBND."))
    issuing_agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("issuing agency"),
        on_delete=models.PROTECT,
        related_name="issued_directives",
    )
    place = models.CharField(_("place"), max_length=100, blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    subject = models.TextField(_("subject"))
    signer_name = models.CharField(_("signer"), max_length=100, blank=True)
    signer_capacity = models.CharField(
        _("signing capacity"),
        max_length=150,
        blank=True,
        help_text=_("For example: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH."),
    )
    recipients = models.TextField(_("recipients"), blank=True)
    monitoring_agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("monitoring agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="monitored_directives",
    )
    note = models.TextField(_("note"), blank=True)
    search_key = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["-issued_on", "symbol", "number"]
        verbose_name = _("directive")
        verbose_name_plural = _("directives")
        # The task list sorts by directive (issued on, id) then position: walking the directives in that order lets
        # a page of 25 overdue tasks stop after the first directives instead of sorting 66,000 (bench/).
        indexes = [models.Index(fields=["issued_on", "id"], name="directive_issued_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["province", "number", "symbol"],
                condition=~models.Q(number=""),
                name="directive_unique_number_symbol",
            ),
        ]

    def __str__(self):
        """`Kế hoạch 72/KH-UBND`; an unnumbered draft adds the start of its subject, since its symbol alone
        (`Kế hoạch /KH-UBND`) is the same for every draft of that office."""
        # The enum's label, not get_kind_display(), which hashes every choice on each call: a filter form names all
        # of a province's directives (500 in the benchmark) on every task list page.
        kind = DirectiveKind(self.kind).label if self.kind in DirectiveKind.values else self.kind
        label = f"{kind} {self.number_symbol}"
        if self.is_draft and self.subject:
            return f"{label} – {Truncator(self.subject).words(12)}"
        return label

    def save(self, *args, **kwargs):
        # The kind is folded in its Vietnamese name whatever the request's language.
        with translation.override("vi"):
            self.search_key = search_key(f"{self.number_symbol} {self.get_kind_display()} {self.subject}")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("tasks:directive_detail", args=[self.pk])

    @property
    def number_symbol(self):
        """`953/UBND-CNXD`, or `/UBND-CNXD` for an unnumbered draft, as the document prints it."""
        return f"{self.number}/{self.symbol}"

    @property
    def reference(self):
        """What a list shows beside a task code: `953/UBND-CNXD`, or for an unnumbered draft its symbol and the start
        of its subject (`/KH-UBND – Phát triển điện gió`), since the symbol alone is the same for every draft."""
        if self.is_draft and self.subject:
            return f"{self.number_symbol} – {Truncator(self.subject).words(8)}"
        return self.number_symbol

    @property
    def is_draft(self):
        return not self.number


class LinkRelation(models.TextChoices):
    BASED_ON = "based_on", _("Based on")
    IMPLEMENTS = "implements", _("Implements")
    REPLACES = "replaces", _("Replaces")
    AMENDS = "amends", _("Amends or supplements")
    RELATED = "related", _("Related")


class DirectiveLink(models.Model):
    """A document this directive rests on or carries out, in the portal or only by its number."""

    source = models.ForeignKey(Directive, verbose_name=_("document"), on_delete=models.CASCADE, related_name="links")
    relation = models.CharField(_("relation"), max_length=20, choices=LinkRelation.choices)
    target = models.ForeignKey(
        Directive,
        verbose_name=_("document in the portal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="backlinks",
    )
    reference = models.CharField(_("number and symbol"), max_length=100, blank=True)
    title = models.TextField(_("document title"), blank=True)
    issued_on = models.DateField(_("issued on"), null=True, blank=True)
    issuer = models.CharField(_("issuing agency"), max_length=200, blank=True)

    class Meta:
        ordering = ["source", "relation", "id"]
        verbose_name = _("related document")
        verbose_name_plural = _("related documents")

    def __str__(self):
        return f"{self.get_relation_display()}: {self.target or self.reference}"


class ScheduleKind(models.TextChoices):
    QUARTERLY = "quarterly", _("Quarterly")
    ANNUAL = "annual", _("Annual")
    MONTHLY = "monthly", _("Monthly")
    AD_HOC = "ad_hoc", _("Ad hoc")


DEFAULT_DUE_MONTHS = {
    ScheduleKind.QUARTERLY: (3, 6, 9, 12),
    ScheduleKind.ANNUAL: (12,),
    ScheduleKind.MONTHLY: tuple(range(1, 13)),
}


class ReportingSchedule(models.Model):
    """When a directive's reports are due, as its text says (003 Điều 2.1, 002's 17h00)."""

    directive = models.ForeignKey(
        Directive,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="schedules",
    )
    kind = models.CharField(_("reporting frequency"), max_length=20, choices=ScheduleKind.choices)
    original_text = models.TextField(_("original text"), blank=True)
    day_of_month = models.PositiveSmallIntegerField(_("due day of month"), null=True, blank=True)
    months = models.CharField(
        _("months"),
        max_length=40,
        blank=True,
        help_text=_("Months with a reporting deadline, separated by commas, e.g. 3,6,9,12."),
    )
    due_at = models.DateTimeField(_("due at (ad hoc report)"), null=True, blank=True)
    remind_days_before = models.CharField(
        _("remind (days before)"),
        max_length=40,
        blank=True,
        help_text=_("Empty: the portal's usual reminder days (REMINDER_DAYS_AHEAD)."),
    )
    reporting_agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("reporting agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    report_to = models.CharField(_("report to"), max_length=255, blank=True)
    starts_on = models.DateField(
        _("asked from"),
        null=True,
        blank=True,
        help_text=_("Periods due before this day are not asked for: the schedule was set up in the portal then."),
    )

    class Meta:
        ordering = ["directive", "kind"]
        verbose_name = _("reporting schedule")
        verbose_name_plural = _("reporting schedules")

    def __str__(self):
        return f"{self.directive}: {self.get_kind_display()}"

    def month_list(self):
        return [int(m) for m in self.months.split(",") if m.strip()]

    def due_months(self):
        """The months with a deadline: those listed, else the kind's own (a quarter's last months, December)."""
        return self.month_list() or list(DEFAULT_DUE_MONTHS.get(self.kind, ()))

    def reminder_offsets(self):
        """Days before a period's due date that reminders go out: the schedule's own, else settings'."""
        days = sorted({int(d) for d in self.remind_days_before.split(",") if d.strip()}, reverse=True)
        return days or settings.REMINDER_DAYS_AHEAD


class Sector(models.Model):
    """A field or sector the documents group tasks by (khai khoáng, chế biến gỗ, điện...)."""

    name = models.CharField(_("sector"), max_length=200, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name


class TaskQuerySet(models.QuerySet):
    def assignable(self):
        return self.filter(kind=TaskKind.TASK)

    def with_effective_due(self):
        """Annotate `effective_due`: the deadline in force (an extension's, else the original)."""
        return self.annotate(effective_due=Coalesce("extended_due_date", "due_date"))

    def visible_to(self, access, province=None):
        """Tasks `access` (an `agencies.permissions.Access`) may open: province-wide roles see their province,
        staff and heads their agency's tasks (directly or through a group), superusers everything. With `province`,
        that province's tasks alone: for a reader of the whole province (`access.reads_whole_province`) with no
        access condition at all, which matters at 200,000 tasks (a dashboard's counts)."""
        if province is not None:
            tasks = self.filter(directive__province=province)
            return tasks if access.reads_whole_province(province.pk) else tasks.visible_to(access)
        if access.is_superuser:
            return self
        province_wide = models.Q(directive__province_id__in=access.province_ids)
        agencies = access.agency_ids_in(*AGENCY_ROLES)
        if not agencies:
            # Leadership, the monitoring unit and administrators alone: their provinces, with no OR, which would
            # keep PostgreSQL from reading a list's tasks by directive through the index (93 ms -> 0.4 ms for the
            # first page of a 200,000-task province's overdue tasks).
            return self.filter(province_wide)
        # The agency's tasks as a small list of ids (a hashed subplan on PostgreSQL), not a join of every task with
        # its assignments: a province-wide reader of 200,000 tasks would pay for the join on every list.
        own = models.Q(pk__in=Assignment.objects.for_agencies(agencies).values("task_id"))
        return self.filter(province_wide | own if access.province_ids else own)


class Task(models.Model):
    directive = models.ForeignKey(Directive, verbose_name=_("document"), on_delete=models.CASCADE, related_name="tasks")
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent item"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    code = models.CharField(_("outline code"), max_length=50, help_text=_("Position in the document, e.g. II.2.f."))
    label = models.CharField(
        _("item label"),
        max_length=20,
        blank=True,
        help_text=_("As the document writes it: 1., a), *, -"),
    )
    position = models.PositiveIntegerField(_("order"), default=0)
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    kind = models.CharField(_("kind"), max_length=10, choices=TaskKind.choices, default=TaskKind.TASK)
    text = models.TextField(_("text"))
    sector = models.ForeignKey(
        Sector,
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tasks",
    )
    expected_product = models.TextField(_("expected product"), blank=True)

    timeframe_text = models.TextField(_("timeframe (original text)"), blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    due_time = models.TimeField(_("due time"), null=True, blank=True)
    is_recurring = models.BooleanField(_("recurring, yearly"), default=False)
    waits_on_event = models.BooleanField(_("waits on an event"), default=False)
    event_text = models.CharField(_("awaited event"), max_length=255, blank=True)
    needs_review = models.BooleanField(
        _("needs review"),
        default=False,
        help_text=_("The deadline could not be read: a person must set it."),
    )
    review_note = models.CharField(_("review reason"), max_length=255, blank=True)

    extended_due_date = models.DateField(
        _("extended due date"),
        null=True,
        blank=True,
        help_text=_("Set only by an extension decision; the original deadline is kept."),
    )
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled or replaced at"), null=True, blank=True)
    cancel_reason = models.CharField(_("reason for cancellation or replacement"), max_length=255, blank=True)
    search_key = models.TextField(editable=False, blank=True)
    # Stored by `tasks.status.store_status` on every write, moved on by the clock pass when `status_changes_at` comes.
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.UNSCHEDULED, editable=False
    )
    status_changes_at = models.DateTimeField(_("status changes at"), null=True, blank=True, editable=False)
    # The agencies leading the task (its stored reporters with `leads`), their ids ascending and comma-separated
    # ("3,7"), kept with the reporters by `reports.obligations`: the dashboard counts by lead agency by grouping the
    # tasks on this column instead of joining them to their reporters (360,000 rows at 200,000 tasks).
    lead_key = models.TextField(_("lead agencies"), blank=True, default="", editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = TaskQuerySet.as_manager()

    class Meta:
        ordering = ["directive", "position"]
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        constraints = [
            models.UniqueConstraint(fields=["directive", "code"], name="task_unique_code_in_directive"),
        ]
        indexes = [
            models.Index(fields=["due_date"], name="task_due_date_idx"),
            models.Index(fields=["directive", "position"], name="task_directive_position_idx"),
            # Overdue and due-soon lists filter and sort on the deadline in force (bench/README.md).
            models.Index(Coalesce("extended_due_date", "due_date"), name="task_effective_due_idx"),
            # Counts and lists by status, per directive (the dashboard, `/tasks/?status=overdue`).
            models.Index(fields=["status", "directive"], name="task_status_idx"),
            models.Index(fields=["directive", "status"], name="task_directive_status_idx"),
            # The clock pass reads the rows whose moment has come.
            models.Index(fields=["status_changes_at"], name="task_status_changes_at_idx"),
            # The dashboard's counts by directive and sector and by lead agency read this index alone (PostgreSQL:
            # index-only scan, both groupings in one pass; the id for the access rule's semi-join).
            models.Index(
                fields=["directive", "sector"],
                include=["id", "status", "due_date", "extended_due_date", "lead_key"],
                condition=models.Q(kind=TaskKind.TASK),
                name="task_counts_lead_idx",
            ),
            # A status's tasks per directive, with the id the access rule reads: the task list's count and pages by
            # status (`/tasks/?status=overdue`) from this index alone.
            models.Index(
                fields=["status", "directive"],
                include=["id"],
                condition=models.Q(kind=TaskKind.TASK),
                name="task_status_list_idx",
            ),
            # The counts by lead agency read this one alone, in the order they group.
            models.Index(
                fields=["lead_key", "status"],
                include=["directive", "due_date", "extended_due_date"],
                condition=models.Q(kind=TaskKind.TASK),
                name="task_lead_counts_idx",
            ),
            # The due-soon columns beside the stored counts (`stored_breakdowns`): the tasks in progress due within
            # the longest window, a few thousand of the 40,000 in progress, read from this index alone (with the id
            # for an agency's own tasks).
            models.Index(
                Coalesce("extended_due_date", "due_date"),
                include=["id", "directive", "sector", "lead_key", "extended_due_date", "due_date"],
                condition=models.Q(kind=TaskKind.TASK, status=Status.IN_PROGRESS_ON_TIME),
                name="task_due_soon_idx",
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.text[:80]}"

    def save(self, *args, **kwargs):
        self.refresh_search_key()
        store_status(self)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_key", "status", "status_changes_at"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("tasks:task_detail", args=[self.pk])

    def ancestors(self):
        """The headings above this task, outermost first, in two queries whatever the depth."""
        parents = dict(Task.objects.filter(directive_id=self.directive_id).values_list("pk", "parent_id"))
        chain, parent_id = [], self.parent_id
        while parent_id is not None and parent_id not in chain:
            chain.append(parent_id)
            parent_id = parents.get(parent_id)
        found = Task.objects.in_bulk(chain)
        return [found[pk] for pk in reversed(chain) if pk in found]

    def refresh_search_key(self):
        """Call before bulk_create/bulk_update, which bypass save()."""
        self.search_key = search_key(f"{self.code} {self.text}")

    @property
    def effective_due_date(self):
        return self.extended_due_date or self.due_date


class TaskCountDimension(models.TextChoices):
    DIRECTIVE = "directive"
    SECTOR = "sector"
    LEAD = "lead"


class CountedTasks(models.Model):
    """What the stored counts of tasks share: how many of a province's tasks (kind "task") hold a status, per
    dimension and key, per the fields `counted_by` names (a row's key, unique; its `__str__` and the comparison with
    the tasks in `tasks.services` read them in that order).

    `key` is the directive's id, the sector's id ("" for none) or the lead key, as text."""

    # No foreign keys: the triggers write the counts as tasks go, after Django's cascade would have deleted them.
    province = models.ForeignKey(
        "agencies.Province", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+", db_index=False
    )
    dimension = models.CharField(max_length=10, choices=TaskCountDimension.choices)
    key = models.TextField()
    status = models.CharField(max_length=20, choices=Status.choices)
    count = models.IntegerField()

    counted_by = ("province_id", "dimension", "key", "status")

    class Meta:
        abstract = True

    def __str__(self):
        return "/".join(str(getattr(self, name)) for name in self.counted_by) + f": {self.count}"


class TaskCount(CountedTasks):
    """How many of a province's tasks (kind "task") hold each status, per directive, per sector and per stored
    `lead_key`: the rows the whole province's dashboard sums (a few thousand) instead of counting its 200,000 tasks.

    Kept by database triggers on `Task` (migration `tasks/0018_task_count`) in the transaction of every statement that
    inserts, updates or deletes tasks, whoever writes them (`store_status`, the clock pass, an import, a
    `queryset.update()`), and by one on `Directive` that moves a directive's counts when a province merger moves it to
    another province; a count that falls to zero stays, at zero. `tasks.services.task_count_differences` compares them
    with a count made from the tasks (`manage.py check_status` and the property tests)."""

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["province", "dimension", "key", "status"], name="task_count_unique")
        ]


class TaskAgencyCount(CountedTasks):
    """`TaskCount` per agency that sees the tasks: how many of a province's tasks (kind "task") an agency's staff and
    head see (`TaskQuerySet.visible_to`: assigned to the agency, or to a group it belongs to, each task once) hold
    each status, per directive, per sector and per lead key. An agency's own dashboard, unfiltered, sums its rows (a
    few thousand) instead of picking its 28,000 tasks out of the province's 200,000.

    Kept by database triggers (migration `tasks/0019_task_agency_count`) in the transaction of every statement that
    writes tasks, assignments, groups' members or a directive's province, whoever writes them; a count that falls to
    zero stays, at zero. `tasks.services.task_agency_count_differences` compares them with a count made from the
    tasks and assignments (`manage.py check_status` and the property tests)."""

    # No foreign key, as the province: the triggers write the counts as assignments go too.
    agency = models.ForeignKey(
        "agencies.Agency", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+", db_index=False
    )

    counted_by = ("province_id", "agency_id", "dimension", "key", "status")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["province", "agency", "dimension", "key", "status"], name="task_agency_count_unique"
            )
        ]


class AssignmentRole(models.TextChoices):
    LEAD = "lead", _("Lead")
    CO_LEAD = "co_lead", _("Co-lead")
    COORDINATING = "coordinating", _("Coordinating")
    EXECUTING = "executing", _("Executing")


LEADING_ROLES = (AssignmentRole.LEAD, AssignmentRole.CO_LEAD, AssignmentRole.EXECUTING)
# get_role_display() builds and hashes a dict of the lazy labels on every call; the change log names every
# assignment an import writes.
ROLE_LABELS = dict(AssignmentRole.choices)


class AssignmentQuerySet(models.QuerySet):
    def for_agencies(self, agency_ids):
        """Assignments of these agencies, directly or through a group they belong to.

        `.values("task_id")` gives their tasks as a subquery: cheaper than joining every task with its assignments.
        The agencies and the groups holding them are one subquery, so the database reads the assignments of those
        few agencies from the agency index (a join with the groups' members under an OR read all of them: 500,000
        at 200,000 tasks).
        """
        agencies = Agency.objects.filter(models.Q(pk__in=agency_ids) | models.Q(members__in=agency_ids))
        return self.filter(agency_id__in=agencies.values("pk"))


class Assignment(models.Model):
    task = models.ForeignKey(Task, verbose_name=_("task"), on_delete=models.CASCADE, related_name="assignments")
    agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    role = models.CharField(_("role"), max_length=20, choices=AssignmentRole.choices)
    original_text = models.CharField(_("original text"), max_length=255, blank=True)
    qualifier = models.CharField(
        _("qualifier"),
        max_length=255,
        blank=True,
        help_text=_("What narrows a group down, as the document writes it: “nơi dự kiến đặt nhà máy điện gió”."),
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    predecessor = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("held before by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The body that held this assignment before a reorganization handed it to the agency."),
    )

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["task", "position"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.UniqueConstraint(fields=["task", "agency", "role"], name="assignment_unique_role"),
        ]
        indexes = [
            models.Index(fields=["agency", "role"], name="assignment_agency_role_idx"),
            # An agency's tasks (`for_agencies`: staff scoping, the agency and lead filters) from the index alone.
            models.Index(fields=["agency", "task"], include=["role"], name="assignment_agency_task_idx"),
        ]

    def __str__(self):
        return f"{self.agency} ({ROLE_LABELS.get(self.role, self.role)})"

    @property
    def is_leading(self):
        return self.role in LEADING_ROLES


class Milestone(models.Model):
    """One of several deadlines written into one task's timeframe (004 II.5.b)."""

    task = models.ForeignKey(Task, verbose_name=_("task"), on_delete=models.CASCADE, related_name="milestones")
    text = models.TextField(_("milestone description"))
    due_date = models.DateField(_("deadline"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["task", "position"]
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")

    def __str__(self):
        return self.text


class TargetComparison(models.TextChoices):
    AT_LEAST = "at_least", _("At least")
    ABOUT = "about", _("About")
    AT_MOST = "at_most", _("At most")
    EXACTLY = "exactly", _("Exactly")


class Target(models.Model):
    """A measurable target (chỉ tiêu): 100 MW of wind power by 2030, 9%/năm growth..."""

    task = models.ForeignKey(Task, verbose_name=_("task"), on_delete=models.CASCADE, related_name="targets")
    description = models.TextField(_("target"))
    unit = models.CharField(_("unit of measure"), max_length=50)
    comparison = models.CharField(
        _("comparison"),
        max_length=10,
        choices=TargetComparison.choices,
        default=TargetComparison.AT_LEAST,
    )
    target_value = models.DecimalField(
        _("target value"), max_digits=20, decimal_places=4, validators=[StorableDecimal()]
    )
    due_year = models.PositiveSmallIntegerField(_("target year"), null=True, blank=True)
    baseline_value = models.DecimalField(
        _("baseline value"), max_digits=20, decimal_places=4, null=True, blank=True, validators=[StorableDecimal()]
    )
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    original_text = models.TextField(_("original text"), blank=True)
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["task", "position"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self):
        # A target built in code may hold an int or a string until it is read back.
        value = decimal.Decimal(self.target_value).normalize()
        return f"{self.description} ({self.get_comparison_display()} {value:f} {self.unit})"


def directive_rows(directive):
    """The tables an import or the demo loader writes in bulk for a directive, as `audit.bulk.tracking` scopes."""
    return [
        (Task, {"directive": directive}),
        (Assignment, {"task__directive": directive}),
        (Milestone, {"task__directive": directive}),
        (Target, {"task__directive": directive}),
    ]


class ImportStatus(models.TextChoices):
    READING = "reading", _("Reading the file")
    READY = "ready", _("Preview ready")
    COMMITTING = "committing", _("Importing")
    DONE = "done", _("Imported")
    FAILED = "failed", _("Failed")


class ImportJob(models.Model):
    """One uploaded spreadsheet on its way to becoming a directive: preview, fixes, then the commit."""

    province = models.ForeignKey(
        "agencies.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    file = models.FileField(_("file"), upload_to="imports/%Y/%m/")
    original_name = models.CharField(_("file name"), max_length=255)
    sha256 = models.CharField(max_length=64, db_index=True)
    status = models.CharField(_("status"), max_length=20, choices=ImportStatus.choices, default=ImportStatus.READING)
    rows_read = models.PositiveIntegerField(_("rows read"), default=0)
    rows_total = models.PositiveIntegerField(_("rows in the file"), null=True, blank=True)
    overrides = models.JSONField(_("directive details entered in the preview"), default=dict, blank=True)
    preview = models.JSONField(_("preview"), default=dict, blank=True)
    result = models.JSONField(_("result"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)
    directive = models.ForeignKey(
        Directive,
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_jobs",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    # Which run holds the job while it is read or written, and when it was last heard from (tasks/importing/jobs.py).
    worker_token = models.CharField(max_length=32, blank=True, editable=False)
    heartbeat_at = models.DateTimeField(_("last heard from the worker"), null=True, blank=True, editable=False)
    attempts = models.PositiveSmallIntegerField(_("runs taken"), default=0, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("spreadsheet import")
        verbose_name_plural = _("spreadsheet imports")

    def __str__(self):
        return f"{self.original_name} ({self.get_status_display()})"

    def get_absolute_url(self):
        return reverse("tasks:import_job", args=[self.pk])
