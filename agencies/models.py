"""Agencies (cơ quan, đơn vị), their aliases, groups and the people who work in them."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .normalize import search_key


class Province(models.Model):
    name = models.CharField(_("province name"), max_length=100, unique=True)
    code = models.SlugField(_("code"), max_length=30, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("province or city")
        verbose_name_plural = _("provinces and cities")

    def __str__(self):
        return self.name


class AgencyKind(models.TextChoices):
    PEOPLES_COMMITTEE = "peoples_committee", _("Provincial People's Committee")
    OFFICE = "office", _("Office")
    DEPARTMENT = "department", _("Department")
    BOARD = "board", _("Management board")
    DISTRICT = "district", _("District People's Committee")
    UNIT = "unit", _("Subordinate unit")
    CENTRAL = "central", _("Central agency")
    ENTERPRISE = "enterprise", _("Enterprise")
    ASSOCIATION = "association", _("Association")
    SCHOOL = "school", _("School or training institution")
    OTHER = "other", _("Other")


class AgencyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)

    def assignable(self):
        return self.filter(is_group=False)

    def named(self, text):
        """Agencies the text names whole: by full name, short name (`Sở KH&ĐT`) or alias, with or without accents."""
        key = search_key(text)
        if not key:
            return self.none()
        aliased = AgencyAlias.objects.filter(search_key=key).values("agency_id")
        # Short names are few per province and not keyed in the database: compared here, folded the same way.
        short = [
            pk for pk, name in self.exclude(short_name="").values_list("pk", "short_name") if search_key(name) == key
        ]
        return self.filter(models.Q(search_key=key) | models.Q(pk__in=aliased) | models.Q(pk__in=short))

    def monitoring_unit(self, province):
        """The province's monitoring unit: its agency whose people hold the monitoring role (the most of them)."""
        if province is None:
            return None
        return (
            self.filter(province=province, memberships__role=Role.MONITOR)
            .annotate(monitors=models.Count("memberships"))
            .order_by("-monitors", "pk")
            .first()
        )


class Agency(models.Model):
    name = models.CharField(_("full name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=30, choices=AgencyKind.choices, default=AgencyKind.DEPARTMENT)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    province = models.ForeignKey(
        Province,
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agencies",
        help_text=_("Leave empty for a central agency."),
    )
    is_group = models.BooleanField(
        _("is a group"),
        default=False,
        help_text=_(
            "A group assigned tasks together, such as “UBND các huyện, thị xã, thành phố”: "
            "each member reports on its own share."
        ),
    )
    members = models.ManyToManyField(
        "self",
        verbose_name=_("group members"),
        symmetrical=False,
        blank=True,
        related_name="groups",
    )
    email = models.EmailField(_("email"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name=_("successor agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
        help_text=_("The agency that takes over the tasks after a merger."),
    )
    search_key = models.CharField(max_length=255, editable=False, db_index=True)

    objects = AgencyQuerySet.as_manager()

    class Meta:
        ordering = ["province__name", "name"]
        verbose_name = _("agency or unit")
        verbose_name_plural = _("agencies and units")
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

    def ceased_by(self, day):
        """True when the body no longer existed on `day` (its last day, valid_until, is before it)."""
        return self.valid_until is not None and self.valid_until < day


class AgencyAlias(models.Model):
    """Another way of writing an agency's name. An alias a province's import made is matched only in that
    province's imports; one without a province is national, and only an administrator makes it (in the admin)."""

    agency = models.ForeignKey(Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(_("alias"), max_length=255)
    search_key = models.CharField(max_length=255, editable=False, db_index=True)
    province = models.ForeignKey(
        Province,
        verbose_name=_("used in the imports of"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="agency_aliases",
        help_text=_("Empty: every province's imports use the alias."),
    )

    class Meta:
        ordering = ["alias"]
        verbose_name = _("agency alias")
        verbose_name_plural = _("agency aliases")
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "search_key"],
                condition=models.Q(province__isnull=True),
                name="alias_unique_per_agency",
            ),
            models.UniqueConstraint(
                fields=["agency", "search_key", "province"],
                condition=models.Q(province__isnull=False),
                name="alias_unique_per_agency_and_province",
            ),
        ]

    def __str__(self):
        return self.alias

    def save(self, *args, **kwargs):
        self.search_key = search_key(self.alias)
        super().save(*args, **kwargs)


class Role(models.TextChoices):
    STAFF = "staff", _("Staff")
    HEAD = "head", _("Agency head")
    MONITOR = "monitor", _("Monitoring unit")
    LEADERSHIP = "leadership", _("Provincial leadership")
    ADMIN = "admin", _("Administrator")


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    agency = models.ForeignKey(Agency, verbose_name=_("agency"), on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.STAFF)

    class Meta:
        ordering = ["agency__name", "user__username"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "agency", "role"], name="membership_unique_role"),
        ]

    def __str__(self):
        return f"{self.user} – {self.agency} ({self.get_role_display()})"
