"""Reorganizations of agencies as data: who became whom, when, on what legal basis, and what moved."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReorganizationKind(models.TextChoices):
    MERGER = "merger", _("Merger")
    RENAME = "rename", _("Rename")
    SPLIT = "split", _("Split")
    DISSOLUTION = "dissolution", _("Dissolution")
    PROVINCE_MERGER = "province_merger", _("Province merger")


class ReorganizationState(models.TextChoices):
    DRAFT = "draft", _("Recorded, not confirmed")
    SCHEDULED = "scheduled", _("Confirmed, takes effect on its date")
    APPLIED = "applied", _("Applied")
    UNDONE = "undone", _("Undone")


class Reorganization(models.Model):
    """One event: "A and B merged into C on D", "A renamed C", "A dissolved, X to C and Y to E", "P and Q → P".

    Its successions say which body takes over from which; a predecessor with several successors is a split,
    whose open tasks each go to the successor chosen for them (`choices`: task id → successor id).
    """

    kind = models.CharField(_("kind"), max_length=20, choices=ReorganizationKind.choices)
    province = models.ForeignKey(
        "agencies.Province", verbose_name=_("province"), on_delete=models.PROTECT, related_name="reorganizations"
    )
    absorbed_province = models.ForeignKey(
        "agencies.Province",
        verbose_name=_("absorbed province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="absorptions",
    )
    effective_date = models.DateField(_("effective date"))
    legal_basis = models.CharField(_("legal basis (number and symbol)"), max_length=100)
    legal_basis_title = models.CharField(_("legal basis (title)"), max_length=500, blank=True)
    note = models.TextField(_("note"), blank=True)
    state = models.CharField(
        _("state"), max_length=20, choices=ReorganizationState.choices, default=ReorganizationState.DRAFT
    )
    choices = models.JSONField(_("successor chosen per task"), default=dict, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now_add=True)
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)
    undone_at = models.DateTimeField(_("undone at"), null=True, blank=True)

    class Meta:
        ordering = ["-effective_date", "-pk"]
        verbose_name = _("reorganization")
        verbose_name_plural = _("reorganizations")

    def __str__(self):
        return f"{self.get_kind_display()} {self.effective_date:%d/%m/%Y} ({self.legal_basis})"


class Succession(models.Model):
    """`successor` takes over (the share described of) the work of `predecessor`."""

    reorganization = models.ForeignKey(
        Reorganization, verbose_name=_("reorganization"), on_delete=models.CASCADE, related_name="successions"
    )
    predecessor = models.ForeignKey(
        "agencies.Agency", verbose_name=_("predecessor"), on_delete=models.PROTECT, related_name="+"
    )
    successor = models.ForeignKey(
        "agencies.Agency", verbose_name=_("successor"), on_delete=models.PROTECT, related_name="+"
    )
    share = models.CharField(
        _("functions taken over"),
        max_length=500,
        blank=True,
        help_text=_("For a split: the functions this successor takes, e.g. “báo chí, xuất bản”."),
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["reorganization", "position", "pk"]
        verbose_name = _("succession")
        verbose_name_plural = _("successions")
        constraints = [
            models.UniqueConstraint(
                fields=["reorganization", "predecessor", "successor"], name="succession_unique_pair"
            ),
        ]

    def __str__(self):
        return f"{self.predecessor} → {self.successor}"


class TransferKind(models.TextChoices):
    ASSIGNMENT = "assignment", _("Assignment moved")
    ASSIGNMENT_JOINED = "assignment_joined", _("Assignment joined the successor's")
    REPORT = "report", _("Report draft moved")
    EXTENSION = "extension", _("Extension request moved")
    DIRECTION = "direction", _("Direction moved")
    MEMBERSHIP = "membership", _("Membership moved")
    MEMBERSHIP_JOINED = "membership_joined", _("Membership joined the successor's")
    MEMBERSHIP_REVIEW = "membership_review", _("Membership to review")
    GROUP_MEMBER = "group_member", _("Group member replaced")
    MONITORING = "monitoring", _("Monitoring unit moved")
    SCHEDULE = "schedule", _("Consolidating agency moved")
    DIRECTIVE_PROVINCE = "directive_province", _("Document moved to the province")
    OBLIGATION = "obligation", _("Report obligation moved")
    AGENCY = "agency", _("Agency closed")


class Transfer(models.Model):
    """One change an applied reorganization made, with what it was before, so that it can be undone."""

    reorganization = models.ForeignKey(
        Reorganization, verbose_name=_("reorganization"), on_delete=models.CASCADE, related_name="transfers"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=TransferKind.choices)
    object_id = models.BigIntegerField(_("object id"))
    task = models.ForeignKey(
        "tasks.Task", verbose_name=_("task"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    from_agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("from"), null=True, on_delete=models.PROTECT, related_name="+"
    )
    to_agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("to"), null=True, on_delete=models.PROTECT, related_name="+"
    )
    data = models.JSONField(_("before"), default=dict, blank=True)

    class Meta:
        ordering = ["reorganization", "pk"]
        verbose_name = _("transfer")
        verbose_name_plural = _("transfers")

    def __str__(self):
        return f"{self.get_kind_display()} #{self.object_id}"
