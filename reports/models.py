"""Reporting periods and the progress reports agencies submit for each task."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from tasks.models import ScheduleKind


class ReportingPeriod(models.Model):
    directive = models.ForeignKey(
        "tasks.Directive", verbose_name=_("document"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="periods",
    )
    schedule = models.ForeignKey(
        "tasks.ReportingSchedule", verbose_name=_("reporting schedule"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="periods",
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
        return self.name


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


class ProgressReport(models.Model):
    task = models.ForeignKey("tasks.Task", verbose_name=_("task"), on_delete=models.PROTECT, related_name="reports")
    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("reporting agency"), on_delete=models.PROTECT, related_name="reports",
    )
    period = models.ForeignKey(
        ReportingPeriod, verbose_name=_("reporting period"), on_delete=models.PROTECT, related_name="reports",
    )
    result = models.TextField(_("results achieved"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ReportedStatus.choices, default=ReportedStatus.IN_PROGRESS,
    )
    percent_complete = models.PositiveSmallIntegerField(
        _("percent complete (%)"), null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    difficulties = models.TextField(_("difficulties and obstacles"), blank=True)
    proposals = models.TextField(_("proposals and recommendations"), blank=True)
    state = models.CharField(_("state"), max_length=20, choices=ReportState.choices, default=ReportState.DRAFT)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("submitted by"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    is_late = models.BooleanField(_("submitted late"), default=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

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
        indexes = [models.Index(fields=["period", "agency", "state"], name="report_period_agency_state_idx")]

    def __str__(self):
        return f"{self.task.code} – {self.agency} – {self.period}"


class TargetValue(models.Model):
    """The value of one of the task's targets as a report states it."""

    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="target_values")
    target = models.ForeignKey(
        "tasks.Target", verbose_name=_("target"), on_delete=models.PROTECT, related_name="values",
    )
    value = models.DecimalField(_("value achieved"), max_digits=20, decimal_places=4)
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        ordering = ["report", "target"]
        verbose_name = _("reported target value")
        verbose_name_plural = _("reported target values")
        constraints = [models.UniqueConstraint(fields=["report", "target"], name="target_value_unique")]

    def __str__(self):
        return f"{self.target}: {self.value}"
