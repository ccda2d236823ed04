"""Directives (văn bản chỉ đạo), the tasks they assign, and their measurable targets."""

import datetime

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from agencies.normalize import search_key


class DirectiveKind(models.TextChoices):
    OFFICIAL_LETTER = "cong_van", _("Công văn")
    DECISION = "quyet_dinh", _("Quyết định")
    PLAN = "ke_hoach", _("Kế hoạch")
    PROGRAMME = "chuong_trinh", _("Chương trình")
    INSTRUCTION = "chi_thi", _("Chỉ thị")
    RESOLUTION = "nghi_quyet", _("Nghị quyết")
    NOTICE = "thong_bao", _("Thông báo")
    OTHER = "khac", _("Khác")


class Directive(models.Model):
    province = models.ForeignKey(
        "agencies.Province", verbose_name=_("tỉnh"), on_delete=models.PROTECT, related_name="directives",
    )
    kind = models.CharField(_("loại văn bản"), max_length=20, choices=DirectiveKind.choices)
    number = models.CharField(
        _("số"), max_length=20, blank=True, help_text=_("Để trống nếu văn bản là dự thảo chưa có số."),
    )
    symbol = models.CharField(_("ký hiệu"), max_length=60, help_text=_("Ví dụ: UBND-CNXD, QĐ-UBND."))
    issuing_agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("cơ quan ban hành"), on_delete=models.PROTECT,
        related_name="issued_directives",
    )
    place = models.CharField(_("địa danh"), max_length=100, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    subject = models.TextField(_("trích yếu"))
    signer_name = models.CharField(_("người ký"), max_length=100, blank=True)
    signer_capacity = models.CharField(
        _("thẩm quyền ký"), max_length=150, blank=True, help_text=_("Ví dụ: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH."),
    )
    recipients = models.TextField(_("nơi nhận"), blank=True)
    monitoring_agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("cơ quan theo dõi, đôn đốc"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="monitored_directives",
    )
    note = models.TextField(_("ghi chú"), blank=True)
    search_key = models.TextField(editable=False, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-issued_on", "symbol", "number"]
        verbose_name = _("văn bản chỉ đạo")
        verbose_name_plural = _("văn bản chỉ đạo")
        constraints = [
            models.UniqueConstraint(
                fields=["province", "number", "symbol"], condition=~models.Q(number=""),
                name="directive_unique_number_symbol",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.number_symbol}"

    @property
    def number_symbol(self):
        """`953/UBND-CNXD`, or `/UBND-CNXD` for an unnumbered draft, as the document prints it."""
        return f"{self.number}/{self.symbol}"

    @property
    def is_draft(self):
        return not self.number

    def save(self, *args, **kwargs):
        self.search_key = search_key(f"{self.number_symbol} {self.get_kind_display()} {self.subject}")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("tasks:directive_detail", args=[self.pk])


class LinkRelation(models.TextChoices):
    BASED_ON = "based_on", _("Căn cứ")
    IMPLEMENTS = "implements", _("Thực hiện")
    REPLACES = "replaces", _("Thay thế")
    AMENDS = "amends", _("Sửa đổi, bổ sung")
    RELATED = "related", _("Liên quan")


class DirectiveLink(models.Model):
    """A document this directive rests on or carries out, in the portal or only by its number."""

    source = models.ForeignKey(Directive, on_delete=models.CASCADE, related_name="links")
    relation = models.CharField(_("quan hệ"), max_length=20, choices=LinkRelation.choices)
    target = models.ForeignKey(
        Directive, verbose_name=_("văn bản trong hệ thống"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="backlinks",
    )
    reference = models.CharField(_("số, ký hiệu"), max_length=100, blank=True)
    title = models.TextField(_("tên văn bản"), blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=200, blank=True)

    class Meta:
        ordering = ["source", "relation", "id"]
        verbose_name = _("văn bản liên quan")
        verbose_name_plural = _("văn bản liên quan")

    def __str__(self):
        return f"{self.get_relation_display()}: {self.target or self.reference}"


class ScheduleKind(models.TextChoices):
    QUARTERLY = "quarterly", _("Hằng quý")
    ANNUAL = "annual", _("Hằng năm")
    MONTHLY = "monthly", _("Hằng tháng")
    AD_HOC = "ad_hoc", _("Đột xuất")


class ReportingSchedule(models.Model):
    """When a directive's reports are due, as its text says (003 Điều 2.1, 002's 17h00)."""

    directive = models.ForeignKey(Directive, on_delete=models.CASCADE, related_name="schedules")
    kind = models.CharField(_("loại kỳ báo cáo"), max_length=20, choices=ScheduleKind.choices)
    original_text = models.TextField(_("nguyên văn"), blank=True)
    day_of_month = models.PositiveSmallIntegerField(_("hạn: ngày trong tháng"), null=True, blank=True)
    months = models.CharField(
        _("các tháng"), max_length=40, blank=True,
        help_text=_("Các tháng có hạn báo cáo, cách nhau bởi dấu phẩy, ví dụ 3,6,9,12."),
    )
    due_at = models.DateTimeField(_("hạn báo cáo (đột xuất)"), null=True, blank=True)
    remind_days_before = models.CharField(_("nhắc trước (ngày)"), max_length=40, default="7,3,1")
    reporting_agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("cơ quan báo cáo"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="+",
    )
    report_to = models.CharField(_("báo cáo đến"), max_length=255, blank=True)

    class Meta:
        ordering = ["directive", "kind"]
        verbose_name = _("lịch báo cáo")
        verbose_name_plural = _("lịch báo cáo")

    def __str__(self):
        return f"{self.directive}: {self.get_kind_display()}"

    def month_list(self):
        return [int(m) for m in self.months.split(",") if m.strip()]

    def reminder_offsets(self):
        return sorted({int(d) for d in self.remind_days_before.split(",") if d.strip()}, reverse=True)


class Sector(models.Model):
    """A field or sector the documents group tasks by (khai khoáng, chế biến gỗ, điện...)."""

    name = models.CharField(_("lĩnh vực"), max_length=200, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")

    def __str__(self):
        return self.name


class TaskKind(models.TextChoices):
    HEADING = "heading", _("Đề mục")
    TASK = "task", _("Nhiệm vụ")


class TaskQuerySet(models.QuerySet):
    def assignable(self):
        return self.filter(kind=TaskKind.TASK)

    def with_status(self, now=None):
        from .status import annotate_status

        return annotate_status(self, now)

    def for_agency(self, agency):
        """Tasks an agency takes part in, directly or through a group it belongs to."""
        return self.filter(
            models.Q(assignments__agency=agency) | models.Q(assignments__agency__members=agency)
        ).distinct()


class Task(models.Model):
    directive = models.ForeignKey(Directive, verbose_name=_("văn bản"), on_delete=models.CASCADE, related_name="tasks")
    parent = models.ForeignKey(
        "self", verbose_name=_("mục cha"), null=True, blank=True, on_delete=models.CASCADE, related_name="children",
    )
    code = models.CharField(_("số thứ tự"), max_length=50, help_text=_("Vị trí trong văn bản, ví dụ II.2.f."))
    label = models.CharField(_("ký hiệu mục"), max_length=20, blank=True, help_text=_("Như văn bản ghi: 1., a), *, -"))
    position = models.PositiveIntegerField(_("thứ tự"), default=0)
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    kind = models.CharField(_("loại"), max_length=10, choices=TaskKind.choices, default=TaskKind.TASK)
    text = models.TextField(_("nội dung"))
    sector = models.ForeignKey(
        Sector, verbose_name=_("lĩnh vực"), null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks",
    )
    expected_product = models.TextField(_("sản phẩm"), blank=True)

    timeframe_text = models.TextField(_("thời gian thực hiện (nguyên văn)"), blank=True)
    start_date = models.DateField(_("bắt đầu"), null=True, blank=True)
    due_date = models.DateField(_("hạn hoàn thành"), null=True, blank=True)
    due_time = models.TimeField(_("giờ hạn"), null=True, blank=True)
    is_recurring = models.BooleanField(_("thường xuyên, hằng năm"), default=False)
    waits_on_event = models.BooleanField(_("chờ sự kiện"), default=False)
    event_text = models.CharField(_("sự kiện chờ"), max_length=255, blank=True)
    needs_review = models.BooleanField(
        _("cần xem lại"), default=False, help_text=_("Không đọc được thời hạn: cần người xác định."),
    )
    review_note = models.CharField(_("lý do cần xem lại"), max_length=255, blank=True)

    extended_due_date = models.DateField(
        _("hạn đã gia hạn"), null=True, blank=True,
        help_text=_("Chỉ đặt qua quyết định gia hạn; hạn gốc vẫn được giữ."),
    )
    completed_at = models.DateTimeField(_("hoàn thành lúc"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("hủy bỏ, thay thế lúc"), null=True, blank=True)
    cancel_reason = models.CharField(_("lý do hủy bỏ, thay thế"), max_length=255, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TaskQuerySet.as_manager()

    class Meta:
        ordering = ["directive", "position"]
        verbose_name = _("nhiệm vụ")
        verbose_name_plural = _("nhiệm vụ")
        constraints = [
            models.UniqueConstraint(fields=["directive", "code"], name="task_unique_code_in_directive"),
        ]
        indexes = [
            models.Index(fields=["due_date"], name="task_due_date_idx"),
            models.Index(fields=["directive", "position"], name="task_directive_position_idx"),
        ]

    def __str__(self):
        return f"{self.code} {self.text[:80]}"

    def get_absolute_url(self):
        return reverse("tasks:task_detail", args=[self.pk])

    @property
    def effective_due_date(self):
        return self.extended_due_date or self.due_date

    def due_datetime(self):
        """The moment the task becomes overdue, in the portal's time zone, or None."""
        due = self.effective_due_date
        if due is None:
            return None
        from django.utils import timezone

        moment = self.due_time or datetime.time(23, 59, 59, 999999)
        return timezone.make_aware(datetime.datetime.combine(due, moment))

    def status(self, now=None):
        from .status import task_status

        return task_status(self, now)


class AssignmentRole(models.TextChoices):
    LEAD = "lead", _("Chủ trì")
    CO_LEAD = "co_lead", _("Đồng chủ trì")
    COORDINATING = "coordinating", _("Phối hợp")
    EXECUTING = "executing", _("Thực hiện")


LEADING_ROLES = (AssignmentRole.LEAD, AssignmentRole.CO_LEAD, AssignmentRole.EXECUTING)


class Assignment(models.Model):
    task = models.ForeignKey(Task, verbose_name=_("nhiệm vụ"), on_delete=models.CASCADE, related_name="assignments")
    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("cơ quan"), on_delete=models.PROTECT, related_name="assignments",
    )
    role = models.CharField(_("vai trò"), max_length=20, choices=AssignmentRole.choices)
    original_text = models.CharField(_("nguyên văn"), max_length=255, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["task", "position"]
        verbose_name = _("phân công")
        verbose_name_plural = _("phân công")
        constraints = [
            models.UniqueConstraint(fields=["task", "agency", "role"], name="assignment_unique_role"),
        ]
        indexes = [models.Index(fields=["agency", "role"], name="assignment_agency_role_idx")]

    def __str__(self):
        return f"{self.agency} ({self.get_role_display()})"

    @property
    def is_leading(self):
        return self.role in LEADING_ROLES


class Milestone(models.Model):
    """One of several deadlines written into one task's timeframe (004 II.5.b)."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="milestones")
    text = models.TextField(_("mốc"))
    due_date = models.DateField(_("hạn"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["task", "position"]
        verbose_name = _("mốc thời gian")
        verbose_name_plural = _("mốc thời gian")

    def __str__(self):
        return self.text


class TargetComparison(models.TextChoices):
    AT_LEAST = "at_least", _("Ít nhất")
    ABOUT = "about", _("Khoảng")
    AT_MOST = "at_most", _("Không quá")
    EXACTLY = "exactly", _("Đạt")


class Target(models.Model):
    """A measurable target (chỉ tiêu): 100 MW of wind power by 2030, 9%/năm growth..."""

    task = models.ForeignKey(Task, verbose_name=_("nhiệm vụ"), on_delete=models.CASCADE, related_name="targets")
    description = models.TextField(_("chỉ tiêu"))
    unit = models.CharField(_("đơn vị tính"), max_length=50)
    comparison = models.CharField(
        _("so sánh"), max_length=10, choices=TargetComparison.choices, default=TargetComparison.AT_LEAST,
    )
    target_value = models.DecimalField(_("giá trị mục tiêu"), max_digits=20, decimal_places=4)
    due_year = models.PositiveSmallIntegerField(_("năm đạt"), null=True, blank=True)
    baseline_value = models.DecimalField(_("giá trị gốc"), max_digits=20, decimal_places=4, null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("năm gốc"), null=True, blank=True)
    original_text = models.TextField(_("nguyên văn"), blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["task", "position"]
        verbose_name = _("chỉ tiêu")
        verbose_name_plural = _("chỉ tiêu")

    def __str__(self):
        return f"{self.description} ({self.get_comparison_display()} {self.target_value.normalize():f} {self.unit})"
