"""Reporting periods and the progress reports agencies submit for each task."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from tasks.models import ScheduleKind


class ReportingPeriod(models.Model):
    directive = models.ForeignKey(
        "tasks.Directive", verbose_name=_("văn bản"), null=True, blank=True, on_delete=models.CASCADE,
        related_name="periods",
    )
    schedule = models.ForeignKey(
        "tasks.ReportingSchedule", verbose_name=_("lịch báo cáo"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="periods",
    )
    kind = models.CharField(_("loại kỳ"), max_length=20, choices=ScheduleKind.choices)
    name = models.CharField(_("tên kỳ báo cáo"), max_length=100)
    start = models.DateField(_("từ ngày"))
    end = models.DateField(_("đến ngày"))
    due_date = models.DateField(_("hạn nộp"))
    due_time = models.TimeField(_("giờ hạn nộp"), null=True, blank=True)

    class Meta:
        ordering = ["-due_date", "name"]
        verbose_name = _("kỳ báo cáo")
        verbose_name_plural = _("kỳ báo cáo")
        constraints = [
            models.UniqueConstraint(fields=["directive", "kind", "start", "end"], name="period_unique_span"),
            models.CheckConstraint(condition=models.Q(end__gte=models.F("start")), name="period_end_after_start"),
        ]

    def __str__(self):
        return self.name


class ReportedStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Chưa triển khai")
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    COMPLETED = "completed", _("Đã hoàn thành")
    RECURRING = "recurring", _("Thực hiện thường xuyên")
    BLOCKED = "blocked", _("Gặp vướng mắc")


class ReportState(models.TextChoices):
    DRAFT = "draft", _("Dự thảo")
    PENDING_APPROVAL = "pending_approval", _("Chờ lãnh đạo đơn vị duyệt")
    RETURNED_BY_HEAD = "returned_by_head", _("Lãnh đạo đơn vị trả lại")
    SUBMITTED = "submitted", _("Đã gửi cơ quan theo dõi")
    RETURNED_BY_MONITOR = "returned_by_monitor", _("Cơ quan theo dõi trả lại")
    ACCEPTED = "accepted", _("Đã tiếp nhận")


class ProgressReport(models.Model):
    task = models.ForeignKey("tasks.Task", verbose_name=_("nhiệm vụ"), on_delete=models.PROTECT, related_name="reports")
    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("cơ quan báo cáo"), on_delete=models.PROTECT, related_name="reports",
    )
    period = models.ForeignKey(
        ReportingPeriod, verbose_name=_("kỳ báo cáo"), on_delete=models.PROTECT, related_name="reports",
    )
    result = models.TextField(_("kết quả thực hiện"), blank=True)
    status = models.CharField(
        _("tình trạng"), max_length=20, choices=ReportedStatus.choices, default=ReportedStatus.IN_PROGRESS,
    )
    percent_complete = models.PositiveSmallIntegerField(
        _("tỷ lệ hoàn thành (%)"), null=True, blank=True, validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    difficulties = models.TextField(_("khó khăn, vướng mắc"), blank=True)
    proposals = models.TextField(_("đề xuất, kiến nghị"), blank=True)
    state = models.CharField(_("trạng thái"), max_length=20, choices=ReportState.choices, default=ReportState.DRAFT)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người gửi"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True)
    is_late = models.BooleanField(_("nộp muộn"), default=False)
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-period__due_date", "task__position"]
        verbose_name = _("báo cáo tiến độ")
        verbose_name_plural = _("báo cáo tiến độ")
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
    target = models.ForeignKey("tasks.Target", verbose_name=_("chỉ tiêu"), on_delete=models.PROTECT, related_name="values")
    value = models.DecimalField(_("giá trị đạt được"), max_digits=20, decimal_places=4)
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    class Meta:
        ordering = ["report", "target"]
        verbose_name = _("giá trị chỉ tiêu")
        verbose_name_plural = _("giá trị chỉ tiêu")
        constraints = [models.UniqueConstraint(fields=["report", "target"], name="target_value_unique")]

    def __str__(self):
        return f"{self.target}: {self.value}"
