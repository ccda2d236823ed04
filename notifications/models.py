"""Reminders recorded exactly once, the daily digest emails that carry them, and each user's preferences."""

import datetime

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    REPORT_DUE_SOON = "report_due_soon", _("Report due soon")
    REPORT_OVERDUE = "report_overdue", _("Report overdue")
    REPORT_ESCALATED = "report_escalated", _("Overdue report escalated")
    TASK_DUE_SOON = "task_due_soon", _("Task deadline approaching")
    TASK_OVERDUE = "task_overdue", _("Task overdue")
    REPORT_RETURNED = "report_returned", _("Report returned")
    REPORT_APPROVED = "report_approved", _("Report approved")
    REPORT_ACCEPTED = "report_accepted", _("Report accepted")
    EXTENSION_REQUESTED = "extension_requested", _("Extension requested")
    EXTENSION_DECIDED = "extension_decided", _("Extension decided")
    DIRECTION_WRITTEN = "direction_written", _("Direction written")
    TASK_ASSIGNED = "task_assigned", _("Task assigned")


# What a user may switch off: advance notices. Overdue notices and escalations always go out.
MUTABLE_KINDS = (Kind.REPORT_DUE_SOON, Kind.TASK_DUE_SOON)
REPORT_KINDS = (Kind.REPORT_DUE_SOON, Kind.REPORT_OVERDUE, Kind.REPORT_ESCALATED)
OVERDUE_KINDS = (Kind.REPORT_OVERDUE, Kind.REPORT_ESCALATED, Kind.TASK_OVERDUE, Kind.REPORT_RETURNED)
# What the daily sweep decides from the schedule, once per key and day.
SWEEP_KINDS = (*REPORT_KINDS, Kind.TASK_DUE_SOON, Kind.TASK_OVERDUE)
# What a person's action causes, told at once in the portal and by an e-mail of its own (which they may switch off).
EVENT_KINDS = (
    Kind.REPORT_RETURNED,
    Kind.REPORT_APPROVED,
    Kind.REPORT_ACCEPTED,
    Kind.EXTENSION_REQUESTED,
    Kind.EXTENSION_DECIDED,
    Kind.DIRECTION_WRITTEN,
    Kind.TASK_ASSIGNED,
)


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Being sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class Digest(models.Model):
    """The one email a person receives for one sweep day, listing all their reminders."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="digests",
    )
    date = models.DateField(_("date"))
    state = models.CharField(
        _("delivery state"), max_length=10, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    claimed_at = models.DateTimeField(_("taken for sending at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "recipient"]
        verbose_name = _("reminder email")
        verbose_name_plural = _("reminder emails")
        indexes = [models.Index(fields=["state", "date"], name="digest_state_date_idx")]

    def __str__(self):
        return f"{self.recipient} – {date_format(self.date, 'd/m/Y')}"


class Reminder(models.Model):
    """One notification: a reminder of the sweep, or an event a person's action caused.

    A sweep reminder is recorded once under its key (kind, period or task, recipient, date) before it is sent.
    An event is recorded in the transaction of the action that caused it, with its own e-mail (`digest`), or none
    when the recipient switched that kind of e-mail off.

    `date` is the day the schedule set for the reminder, not the day the sweep ran: a sweep that catches up
    after an outage records the missed reminder under its own day, so a later sweep cannot repeat it.
    `payload` keeps what the reminder said (agencies, task codes, due date) as it was when it was decided.
    """

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    date = models.DateField(_("reminder date"))
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    period = models.ForeignKey(
        "reports.ReportingPeriod",
        verbose_name=_("reporting period"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    task = models.ForeignKey(
        "tasks.Task",
        verbose_name=_("task"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    digest = models.ForeignKey(
        Digest, verbose_name=_("email"), null=True, blank=True, on_delete=models.CASCADE, related_name="reminders"
    )
    payload = models.JSONField(_("content"), default=dict)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-date", "kind", "id"]
        verbose_name = _("reminder")
        verbose_name_plural = _("reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "period", "recipient", "date"],
                condition=models.Q(period__isnull=False, kind__in=SWEEP_KINDS),
                name="reminder_once_per_period_key",
            ),
            models.UniqueConstraint(
                fields=["kind", "task", "recipient", "date"],
                condition=models.Q(task__isnull=False, kind__in=SWEEP_KINDS),
                name="reminder_once_per_task_key",
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=EVENT_KINDS)
                | models.Q(period__isnull=False, task__isnull=True)
                | models.Q(period__isnull=True, task__isnull=False),
                name="reminder_period_xor_task",
            ),
        ]
        indexes = [
            models.Index(fields=["recipient", "-date"], name="reminder_recipient_date_idx"),
            # The menu's unread count, on every page.
            models.Index(fields=["recipient"], condition=models.Q(read_at__isnull=True), name="reminder_unread_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} – {self.recipient} – {date_format(self.date, 'd/m/Y')}"

    def get_absolute_url(self):
        """The page to act on: the event's (a report, a task), the task, or the directive whose report is missing."""
        if "path" in self.payload:
            return self.payload["path"]
        if self.task_id:
            return reverse("tasks:task_detail", args=[self.task_id])
        return reverse("tasks:directive_detail", args=[self.payload["directive_id"]])

    @property
    def due_date(self):
        return datetime.date.fromisoformat(self.payload["due_date"])

    @property
    def is_event(self):
        return self.kind in EVENT_KINDS

    def counted_from(self):
        """The day "in N days" counts from: the day its e-mail was made, so the portal and the e-mail agree
        (a sweep that catches up records a missed reminder under its own day but mails it on a later one)."""
        return self.digest.date if self.digest_id else self.date

    def summary(self, as_of=None):
        """One sentence saying what this notification is about, in the active language, counting days from `as_of`
        (default: `counted_from()`)."""
        if self.is_event:
            return event_summary(self.kind, self.payload)
        values = {
            "period": self.payload.get("period", ""),
            "task": self.payload.get("task_code", ""),
            "directive": self.payload.get("directive", ""),
            "due": self.due_date.strftime("%d/%m/%Y"),
        }
        days = abs((self.due_date - (as_of or self.counted_from())).days)
        values["days"] = days
        if self.kind == Kind.REPORT_DUE_SOON:
            return (
                ngettext(
                    "The %(period)s report on %(directive)s is due on %(due)s, in %(days)d day.",
                    "The %(period)s report on %(directive)s is due on %(due)s, in %(days)d days.",
                    days,
                )
                % values
            )
        if self.kind == Kind.REPORT_OVERDUE:
            return (
                gettext("The %(period)s report on %(directive)s was due on %(due)s and has not been submitted.")
                % values
            )
        if self.kind == Kind.REPORT_ESCALATED:
            return (
                ngettext(
                    "Escalated: the %(period)s report on %(directive)s is %(days)d day overdue (due %(due)s).",
                    "Escalated: the %(period)s report on %(directive)s is %(days)d days overdue (due %(due)s).",
                    days,
                )
                % values
            )
        if self.kind == Kind.TASK_DUE_SOON:
            return (
                ngettext(
                    "Task %(task)s of %(directive)s is due on %(due)s, in %(days)d day.",
                    "Task %(task)s of %(directive)s is due on %(due)s, in %(days)d days.",
                    days,
                )
                % values
            )
        return gettext("Task %(task)s of %(directive)s is overdue: it was due on %(due)s.") % values


def event_summary(kind, payload):
    """What an event notification says, in the active language, from what was recorded when it happened."""
    values = {
        "actor": payload.get("actor", ""),
        "agency": payload.get("agency", ""),
        "period": payload.get("period", ""),
        "task": payload.get("task_code", ""),
        "directive": payload.get("directive", ""),
        "date": payload.get("date", ""),
        "count": payload.get("count", 0),
    }
    if kind == Kind.REPORT_RETURNED:
        return (
            gettext("%(actor)s returned the %(period)s report of %(agency)s on task %(task)s of %(directive)s.")
            % values
        )
    if kind == Kind.REPORT_APPROVED:
        return (
            gettext(
                "%(actor)s approved the %(period)s report of %(agency)s on task %(task)s of %(directive)s and sent it "
                "to the monitoring unit."
            )
            % values
        )
    if kind == Kind.REPORT_ACCEPTED:
        return (
            gettext("%(actor)s accepted the %(period)s report of %(agency)s on task %(task)s of %(directive)s.")
            % values
        )
    if kind == Kind.EXTENSION_REQUESTED:
        if payload.get("stage") == "to_head":
            return (
                gettext(
                    "%(actor)s asks to extend the deadline of task %(task)s of %(directive)s to %(date)s: forward "
                    "the request to the monitoring unit, or not."
                )
                % values
            )
        return (
            gettext(
                "%(agency)s asks to extend the deadline of task %(task)s of %(directive)s to %(date)s "
                "(asked by %(actor)s)."
            )
            % values
        )
    if kind == Kind.EXTENSION_DECIDED and payload.get("stage") == "forwarded":
        return (
            gettext(
                "%(actor)s forwarded your request to extend the deadline of task %(task)s of %(directive)s to the "
                "monitoring unit."
            )
            % values
        )
    if kind == Kind.EXTENSION_DECIDED and payload.get("stage") == "not_forwarded":
        return (
            gettext("%(actor)s did not forward your request to extend the deadline of task %(task)s of %(directive)s.")
            % values
        )
    if kind == Kind.EXTENSION_DECIDED:
        if payload.get("granted"):
            return gettext("%(actor)s extended the deadline of task %(task)s of %(directive)s to %(date)s.") % values
        return gettext("%(actor)s refused to extend the deadline of task %(task)s of %(directive)s.") % values
    if kind == Kind.DIRECTION_WRITTEN:
        values["assignee"] = payload.get("assignee", "")
        if values["assignee"] and values["date"]:
            return (
                gettext(
                    "%(actor)s wrote a direction on task %(task)s of %(directive)s for %(assignee)s of %(agency)s, "
                    "to be carried out by %(date)s."
                )
                % values
            )
        if values["assignee"]:
            return (
                gettext("%(actor)s wrote a direction on task %(task)s of %(directive)s for %(assignee)s of %(agency)s.")
                % values
            )
        if values["agency"] and values["date"]:
            return (
                gettext(
                    "%(actor)s wrote a direction on task %(task)s of %(directive)s for %(agency)s, to be carried out "
                    "by %(date)s."
                )
                % values
            )
        if values["agency"]:
            return gettext("%(actor)s wrote a direction on task %(task)s of %(directive)s for %(agency)s.") % values
        return gettext("%(actor)s wrote a direction on task %(task)s of %(directive)s.") % values
    if values["count"] > 1:
        return (
            ngettext(
                "%(count)d task of %(directive)s was assigned to %(agency)s.",
                "%(count)d tasks of %(directive)s were assigned to %(agency)s.",
                values["count"],
            )
            % values
        )
    return gettext("Task %(task)s of %(directive)s was assigned to %(agency)s.") % values


class Preference(models.Model):
    """How a person wants to be reminded: the language of the emails and the advance notices switched off."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    language = models.CharField(
        _("email language"), max_length=10, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    muted_kinds = models.CharField(
        _("muted reminders"),
        max_length=200,
        blank=True,
        help_text=_("Kinds of advance notice not to send, separated by commas. Overdue notices cannot be muted."),
    )

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return str(self.user)

    def muted(self):
        """The muted kinds that may be muted; anything else in the field is ignored."""
        return {kind for kind in self.muted_kinds.split(",") if kind in MUTABLE_KINDS}

    def unmailed(self):
        """The events this person is told of in the portal only, without an e-mail."""
        return {kind for kind in self.muted_kinds.split(",") if kind in EVENT_KINDS}


# Most urgent first: the order of a digest, and which reminder speaks for a subject listed twice in one.
KIND_ORDER = [
    Kind.REPORT_ESCALATED,
    Kind.REPORT_OVERDUE,
    Kind.TASK_OVERDUE,
    Kind.REPORT_DUE_SOON,
    Kind.TASK_DUE_SOON,
    *EVENT_KINDS,
]
