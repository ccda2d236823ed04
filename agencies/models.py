"""Agencies (cơ quan, đơn vị), their aliases, groups and the people who work in them."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .normalize import search_key


class Province(models.Model):
    name = models.CharField(_("tên tỉnh"), max_length=100, unique=True)
    code = models.SlugField(_("mã"), max_length=30, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tỉnh, thành phố")
        verbose_name_plural = _("tỉnh, thành phố")

    def __str__(self):
        return self.name


class AgencyKind(models.TextChoices):
    PEOPLES_COMMITTEE = "peoples_committee", _("UBND tỉnh")
    OFFICE = "office", _("Văn phòng")
    DEPARTMENT = "department", _("Sở, ngành")
    BOARD = "board", _("Ban quản lý")
    DISTRICT = "district", _("UBND huyện, thị xã, thành phố")
    UNIT = "unit", _("Đơn vị trực thuộc")
    CENTRAL = "central", _("Cơ quan Trung ương")
    ENTERPRISE = "enterprise", _("Doanh nghiệp")
    ASSOCIATION = "association", _("Hiệp hội")
    SCHOOL = "school", _("Cơ sở đào tạo")
    OTHER = "other", _("Khác")


class AgencyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def assignable(self):
        return self.filter(is_group=False)


class Agency(models.Model):
    name = models.CharField(_("tên đầy đủ"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=100, blank=True)
    kind = models.CharField(_("loại"), max_length=30, choices=AgencyKind.choices, default=AgencyKind.DEPARTMENT)
    parent = models.ForeignKey(
        "self", verbose_name=_("cơ quan cấp trên"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="children",
    )
    province = models.ForeignKey(
        Province, verbose_name=_("tỉnh"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="agencies", help_text=_("Để trống với cơ quan Trung ương."),
    )
    is_group = models.BooleanField(
        _("là nhóm"), default=False,
        help_text=_("Nhóm giao việc như “UBND các huyện, thị xã, thành phố”: mỗi thành viên báo cáo phần việc của mình."),
    )
    members = models.ManyToManyField(
        "self", verbose_name=_("thành viên nhóm"), symmetrical=False, blank=True, related_name="groups",
    )
    email = models.EmailField(_("thư điện tử"), blank=True)
    is_active = models.BooleanField(_("đang hoạt động"), default=True)
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_until = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    successor = models.ForeignKey(
        "self", verbose_name=_("cơ quan kế thừa"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="predecessors", help_text=_("Cơ quan nhận lại nhiệm vụ khi sáp nhập."),
    )
    search_key = models.CharField(max_length=255, editable=False, db_index=True)

    objects = AgencyQuerySet.as_manager()

    class Meta:
        ordering = ["province__name", "name"]
        verbose_name = _("cơ quan, đơn vị")
        verbose_name_plural = _("cơ quan, đơn vị")
        constraints = [
            models.UniqueConstraint(fields=["province", "name"], name="agency_unique_name_in_province"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.search_key = search_key(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("agencies:agency_detail", args=[self.pk])

    @property
    def display_name(self):
        return self.short_name or self.name

    def resolved_members(self):
        """The agencies that report for this assignee: itself, or a group's members."""
        if self.is_group:
            return list(self.members.filter(is_group=False))
        return [self]


class AgencyAlias(models.Model):
    agency = models.ForeignKey(Agency, verbose_name=_("cơ quan"), on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("tên gọi khác"), max_length=255)
    search_key = models.CharField(max_length=255, editable=False, db_index=True)

    class Meta:
        ordering = ["alias"]
        verbose_name = _("tên gọi khác")
        verbose_name_plural = _("tên gọi khác")
        constraints = [
            models.UniqueConstraint(fields=["agency", "search_key"], name="alias_unique_per_agency"),
        ]

    def __str__(self):
        return self.alias

    def save(self, *args, **kwargs):
        self.search_key = search_key(self.alias)
        super().save(*args, **kwargs)


class Role(models.TextChoices):
    STAFF = "staff", _("Chuyên viên")
    HEAD = "head", _("Lãnh đạo đơn vị")
    MONITOR = "monitor", _("Cơ quan theo dõi, đôn đốc")
    LEADERSHIP = "leadership", _("Lãnh đạo UBND tỉnh")
    ADMIN = "admin", _("Quản trị hệ thống")


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người dùng"), on_delete=models.CASCADE, related_name="memberships",
    )
    agency = models.ForeignKey(Agency, verbose_name=_("cơ quan"), on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("vai trò"), max_length=20, choices=Role.choices, default=Role.STAFF)

    class Meta:
        ordering = ["agency__name", "user__username"]
        verbose_name = _("thành viên")
        verbose_name_plural = _("thành viên")
        constraints = [
            models.UniqueConstraint(fields=["user", "agency", "role"], name="membership_unique_role"),
        ]

    def __str__(self):
        return f"{self.user} – {self.agency} ({self.get_role_display()})"
