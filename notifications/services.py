"""The reminder sweep: decide from the database what is due on a day, record it once, and send one digest each."""

import datetime
import json
import smtplib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import conditional_escape
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext

from agencies.models import Membership, Role
from reports import obligations
from reports.models import ReportingPeriod, ReportObligation, TaskReporter
from reports.periods import sync_periods
from tasks.models import ReportingSchedule, Task
from tasks.status import Status

from .models import EVENT_KINDS, REPORT_KINDS, DeliveryState, Digest, Kind, Preference, Reminder

CHUNK = 1000
# Most urgent first: the order of a digest, and which reminder speaks for a subject listed twice in one.
KIND_ORDER = [
    Kind.REPORT_ESCALATED,
    Kind.REPORT_OVERDUE,
    Kind.TASK_OVERDUE,
    Kind.REPORT_DUE_SOON,
    Kind.TASK_DUE_SOON,
    *EVENT_KINDS,
]


def chunked(items, size=CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class Due:
    """A reminder the schedule implies: its unique key and what it says."""

    kind: str
    date: datetime.date
    recipient_id: int
    period_id: int | None = None
    task_id: int | None = None
    payload: dict = field(default_factory=dict)

    @property
    def key(self):
        return (self.kind, self.period_id, self.task_id, self.recipient_id, self.date)


@dataclass
class SweepResult:
    as_of: datetime.date
    due: list
    digest_ids: list

    @property
    def reminders(self):
        return len(self.due)


# --- When: pure rules ------------------------------------------------------------


def report_triggers(due_date, days_ahead, escalate_after):
    """The days a reporting period's reminders fall on: the advance notices, the due day, the escalation."""
    days = [(Kind.REPORT_DUE_SOON, due_date - datetime.timedelta(days=n)) for n in days_ahead]
    days.append((Kind.REPORT_OVERDUE, due_date))
    days.append((Kind.REPORT_ESCALATED, due_date + datetime.timedelta(days=escalate_after)))
    return days


def task_triggers(due_date, days_ahead):
    """The days a task's deadline warnings fall on: the advance notices, then the day after the deadline."""
    days = [(Kind.TASK_DUE_SOON, due_date - datetime.timedelta(days=n)) for n in days_ahead]
    days.append((Kind.TASK_OVERDUE, due_date + datetime.timedelta(days=1)))
    return days


def sweep_window(as_of):
    """The reminder days a sweep on `as_of` covers: today and the days a stopped server may have missed."""
    return as_of - datetime.timedelta(days=settings.REMINDER_CATCH_UP_DAYS), as_of


def sweep_years(as_of):
    earliest, _ = sweep_window(as_of)
    latest = as_of + datetime.timedelta(days=max([*settings.REMINDER_DAYS_AHEAD, 31]))
    earliest -= datetime.timedelta(days=settings.REMINDER_ESCALATE_AFTER_DAYS)
    return list(range(earliest.year, latest.year + 1))


# --- Who: agencies and people ---------------------------------------------------


def members_by_agency(agency_ids, roles):
    """{agency id: {role: [user id, ...]}} for active users, a query per thousand agencies."""
    found = defaultdict(lambda: defaultdict(list))
    for chunk in chunked(sorted(agency_ids)):
        rows = Membership.objects.filter(agency_id__in=chunk, role__in=roles, user__is_active=True).values_list(
            "agency_id", "role", "user_id"
        )
        for agency_id, role, user_id in rows:
            found[agency_id][role].append(user_id)
    return found


def missing_reports(periods):
    """{period id: {agency: [task, ...]}}: who still owes a report for each period (`reports.obligations`)."""
    missing = {period.pk: defaultdict(list) for period in periods}
    for chunk in chunked([period.pk for period in periods]):
        owed = (
            obligations.owed(ReportObligation.objects.filter(period_id__in=chunk))
            .select_related("agency", "task")
            .only("period_id", "agency", "task__id", "task__code", "task__directive_id", "task__position")
            .order_by("task__position", "task_id")
        )
        for obligation in owed:
            missing[obligation.period_id][obligation.agency].append(obligation.task)
    return missing


def _agency_entries(owed):
    return [
        {"name": agency.display_name, "tasks": [task.code for task in tasks]}
        for agency, tasks in sorted(owed.items(), key=lambda item: item[0].name)
    ]


# --- What is due ----------------------------------------------------------------


def plan_report_reminders(as_of):
    """Reminders for reports still missing, for every period whose reminder days fall in the sweep window."""
    earliest, latest = sweep_window(as_of)
    escalate_after = settings.REMINDER_ESCALATE_AFTER_DAYS
    periods = list(
        ReportingPeriod.objects.filter(
            directive__isnull=False,
            due_date__gte=earliest - datetime.timedelta(days=escalate_after),
            due_date__lte=as_of + datetime.timedelta(days=366),
        ).select_related("directive", "schedule")
    )
    triggered = []
    for period in periods:
        days_ahead = period.schedule.reminder_offsets() if period.schedule else settings.REMINDER_DAYS_AHEAD
        days = [
            (kind, day)
            for kind, day in report_triggers(period.due_date, days_ahead, escalate_after)
            if earliest <= day <= latest
        ]
        if days:
            triggered.append((period, days))
    if not triggered:
        return []
    missing = missing_reports([period for period, _ in triggered])
    owing_agencies = {agency.pk for owed in missing.values() for agency in owed}
    members = members_by_agency(owing_agencies, [Role.STAFF, Role.HEAD])
    monitors = members_by_agency(
        {period.directive.monitoring_agency_id for period, _ in triggered if period.directive.monitoring_agency_id},
        [Role.MONITOR],
    )
    planned = []
    for period, days in triggered:
        owed = missing[period.pk]
        if not owed:
            continue
        base = {
            "period": period.name,
            "directive": str(period.directive),
            "directive_id": period.directive_id,
            "due_date": period.due_date.isoformat(),
        }
        # One payload per set of agencies listed, shared by everyone it is for: the staff of one agency alike.
        payloads = {}
        for kind, day in days:
            owed_by_user = defaultdict(dict)
            if kind == Kind.REPORT_ESCALATED:
                for agency, tasks in owed.items():
                    for user_id in members[agency.pk][Role.HEAD]:
                        owed_by_user[user_id][agency] = tasks
                for user_id in monitors[period.directive.monitoring_agency_id][Role.MONITOR]:
                    owed_by_user[user_id].update(owed)
            else:
                for agency, tasks in owed.items():
                    for user_id in members[agency.pk][Role.STAFF]:
                        owed_by_user[user_id][agency] = tasks
            for user_id, user_owed in owed_by_user.items():
                listed = frozenset(agency.pk for agency in user_owed)
                if listed not in payloads:
                    payloads[listed] = {**base, "agencies": _agency_entries(user_owed)}
                planned.append(Due(kind, day, user_id, period_id=period.pk, payload=payloads[listed]))
    return planned


def plan_task_reminders(as_of):
    """Deadline warnings for open tasks, to the staff of their lead, co-lead or executing agencies."""
    earliest, latest = sweep_window(as_of)
    days_ahead = settings.REMINDER_DAYS_AHEAD
    tasks = list(
        Task.objects.with_effective_due()
        .filter(
            effective_due__gte=earliest - datetime.timedelta(days=1),
            effective_due__lte=latest + datetime.timedelta(days=max(days_ahead)),
            status__in=[Status.IN_PROGRESS_ON_TIME, Status.IN_PROGRESS_OVERDUE],
        )
        .select_related("directive")
    )
    triggered = []
    for task in tasks:
        days = [(kind, day) for kind, day in task_triggers(task.effective_due, days_ahead) if earliest <= day <= latest]
        if days:
            triggered.append((task, days))
    if not triggered:
        return []
    leads = defaultdict(set)
    for chunk in chunked([task.pk for task, _ in triggered]):
        for task_id, agency_id in TaskReporter.objects.filter(task_id__in=chunk, leads=True).values_list(
            "task_id", "agency_id"
        ):
            leads[task_id].add(agency_id)
    members = members_by_agency({pk for agencies in leads.values() for pk in agencies}, [Role.STAFF])
    planned = []
    for task, days in triggered:
        payload = {
            "task_code": task.code,
            "task_text": task.text[:300],
            "directive": str(task.directive),
            "directive_id": task.directive_id,
            "due_date": task.effective_due.isoformat(),
        }
        recipients = {user_id for agency_id in leads[task.pk] for user_id in members[agency_id][Role.STAFF]}
        planned.extend(
            Due(kind, day, user_id, task_id=task.pk, payload=payload) for kind, day in days for user_id in recipients
        )
    return planned


def drop_muted(planned):
    muted = {
        preference.user_id: preference.muted()
        for preference in Preference.objects.exclude(muted_kinds="").only("user_id", "muted_kinds")
    }
    return [due for due in planned if due.kind not in muted.get(due.recipient_id, ())]


def drop_recorded(planned, as_of):
    """Leave out reminders already recorded: a cheap pre-check, the unique constraint stays the guarantee."""
    earliest, _ = sweep_window(as_of)
    recorded = set()
    for field_name, kinds in (("period_id", REPORT_KINDS), ("task_id", (Kind.TASK_DUE_SOON, Kind.TASK_OVERDUE))):
        targets = {getattr(due, field_name) for due in planned if due.kind in kinds}
        for chunk in chunked(sorted(targets)):
            recorded.update(
                Reminder.objects.filter(**{f"{field_name}__in": chunk}, date__gte=earliest).values_list(
                    "kind", "period_id", "task_id", "recipient_id", "date"
                )
            )
    return [due for due in planned if due.key not in recorded]


def plan_reminders(as_of):
    """Everything due on `as_of` (catching up missed days) that is neither muted nor already recorded."""
    planned = [*plan_report_reminders(as_of), *plan_task_reminders(as_of)]
    planned = drop_recorded(drop_muted(planned), as_of)
    planned.sort(
        key=lambda due: (due.recipient_id, KIND_ORDER.index(due.kind), due.date, due.period_id or 0, due.task_id or 0)
    )
    return planned


# --- Exactly once -----------------------------------------------------------------


def claim(planned, as_of):
    """Record the planned reminders under their unique keys; return the ids of the digests that won any.

    Each recipient gets a fresh digest; reminders are inserted pointing at it and a key another sweep holds
    already is skipped by the database (ON CONFLICT DO NOTHING, which on PostgreSQL waits for a concurrent
    sweep to commit first). What points at our digest afterwards is ours to send; empty digests are dropped.
    """
    digests = Digest.objects.bulk_create(
        [Digest(recipient_id=user_id, date=as_of) for user_id in sorted({due.recipient_id for due in planned})],
        batch_size=CHUNK,
    )
    digest_of = {digest.recipient_id: digest.pk for digest in digests}
    Reminder.objects.bulk_create(
        [
            Reminder(
                kind=due.kind,
                date=due.date,
                recipient_id=due.recipient_id,
                period_id=due.period_id,
                task_id=due.task_id,
                payload=due.payload,
                digest_id=digest_of[due.recipient_id],
            )
            for due in planned
        ],
        batch_size=CHUNK,
        ignore_conflicts=True,
    )
    won = set()
    for chunk in chunked(sorted(digest_of.values())):
        won.update(Reminder.objects.filter(digest_id__in=chunk).values_list("digest_id", flat=True).distinct())
    for chunk in chunked(sorted(set(digest_of.values()) - won)):
        Digest.objects.filter(pk__in=chunk).delete()
    return sorted(won)


def run_sweep(as_of, *, dry_run=False, dispatch=None):
    """The daily sweep for `as_of`: make periods, decide what is due, record it once, send after commit.

    `dispatch(digest_ids)` is called once the transaction has committed (never for a dry run, which rolls
    everything back, generated periods included).
    """
    with transaction.atomic():
        sync_periods(ReportingSchedule.objects.all(), sweep_years(as_of))
        planned = plan_reminders(as_of)
        if dry_run:
            transaction.set_rollback(True)
            return SweepResult(as_of, planned, [])
        digest_ids = claim(planned, as_of) if planned else []
        if digest_ids and dispatch:
            transaction.on_commit(partial(dispatch, digest_ids))
    return SweepResult(as_of, planned, digest_ids)


# --- Sending ----------------------------------------------------------------------


def portal_url(path):
    return settings.PORTAL_BASE_URL.rstrip("/") + path


def digest_items(reminders):
    """The digest's lines: one per subject (period or task), the most urgent reminder speaking for it."""
    chosen = {}
    for reminder in sorted(reminders, key=lambda r: (KIND_ORDER.index(r.kind), -r.date.toordinal())):
        subject = (reminder.kind in REPORT_KINDS, reminder.period_id or reminder.task_id)
        chosen.setdefault(subject, reminder)
    return sorted(chosen.values(), key=lambda r: (KIND_ORDER.index(r.kind), r.date if r.is_event else r.due_date))


def language_of(user):
    try:
        return user.notification_preference.language
    except Preference.DoesNotExist:
        return settings.LANGUAGE_CODE


class Links:
    """Absolute portal URLs for a batch of emails, each reversed once."""

    def __init__(self):
        self.list = portal_url(reverse("notifications:list"))
        self.preferences = portal_url(reverse("notifications:preferences"))
        self._subjects = {}

    def of(self, reminder):
        subject = (reminder.task_id, reminder.payload.get("directive_id"), reminder.payload.get("path"))
        if subject not in self._subjects:
            self._subjects[subject] = portal_url(reminder.get_absolute_url())
        return self._subjects[subject]


def recipient_name(user):
    """How a digest greets its recipient: the full name, else the username."""
    return user.get_full_name() or user.username


# Stands for the recipient's name while a digest's shared content is rendered. It survives HTML escaping unchanged
# and cannot occur in the content: PostgreSQL refuses NUL in text and JSON.
NAME_SLOT = "\x00recipient\x00"


class DigestRenderer:
    """Renders the digests of a batch, each distinct content once per language; only the name differs per person.

    Many staff of one agency get the same lines on the same day: their subject, text and HTML are rendered once
    with a slot for the name, which is filled in (HTML-escaped in the HTML part, as the template would) per email.
    """

    def __init__(self):
        self.links = Links()
        self._rendered = {}

    def content_key(self, digest, language):
        """What the rendering depends on besides the recipient: the language, the day and the reminders' content."""
        return (
            language,
            digest.date,
            tuple(
                (
                    reminder.kind,
                    reminder.date,
                    reminder.period_id,
                    reminder.task_id,
                    json.dumps(reminder.payload, sort_keys=True),
                )
                for reminder in digest.reminders.all()
            ),
        )

    def render(self, digest):
        """(subject, text, HTML with NAME_SLOT for the name) of the digest in the active language."""
        items = digest_items(digest.reminders.all())
        for item in items:
            item.url = self.links.of(item)
            item.line = item.summary(as_of=digest.date)
        context = {
            "name": NAME_SLOT,
            "date": digest.date,
            "items": items,
            "list_url": self.links.list,
            "preferences_url": self.links.preferences,
        }
        if len(items) == 1 and items[0].is_event:
            subject = Truncator(items[0].line).chars(150)
        else:
            subject = ngettext(
                "Reminder for %(date)s: %(count)d item needs your attention",
                "Reminders for %(date)s: %(count)d items need your attention",
                len(items),
            ) % {"date": digest.date.strftime("%d/%m/%Y"), "count": len(items)}
        return (
            subject,
            render_to_string("notifications/email/digest.txt", context),
            render_to_string("notifications/email/digest.html", context),
        )

    def email(self, digest, connection=None):
        """The digest as an email (plain text and HTML) in the recipient's language."""
        user = digest.recipient
        language = language_of(user)
        key = self.content_key(digest, language)
        if key not in self._rendered:
            with translation.override(language):
                self._rendered[key] = self.render(digest)
        subject, text, html = self._rendered[key]
        name = recipient_name(user)
        message = EmailMultiAlternatives(
            subject=subject,
            body=text.replace(NAME_SLOT, name),
            to=[user.email],
            connection=connection,
        )
        message.attach_alternative(html.replace(NAME_SLOT, conditional_escape(name)), "text/html")
        return message


def build_email(digest, connection=None, renderer=None):
    """The digest as an email (plain text and HTML) in the recipient's language."""
    return (renderer or DigestRenderer()).email(digest, connection)


def waiting_digests(digest_ids):
    """The batch's digests still waiting to be sent, with what their emails need."""
    return list(
        Digest.objects.filter(pk__in=digest_ids, state=DeliveryState.PENDING)
        .select_related("recipient", "recipient__notification_preference")
        .prefetch_related("reminders")
        .order_by("pk")
    )


def take_for_sending(digest):
    """Claim one digest just before its email goes out; False when another worker took it or it went out already.

    Digests are taken one at a time, so a worker killed mid-batch leaves at most the one in flight in `sending`
    (released by `release_stuck_digests`); the rest of its batch is still pending.
    """
    return bool(
        Digest.objects.filter(pk=digest.pk, state=DeliveryState.PENDING).update(
            state=DeliveryState.SENDING, claimed_at=timezone.now()
        )
    )


def record_outcome(digest, state, error=""):
    """Write what became of one digest at once (committed on its own): a later crash cannot lose it."""
    fields = {"state": state, "last_error": error, "attempts": F("attempts") + 1}
    if state == DeliveryState.SENT:
        fields["sent_at"] = timezone.now()
    Digest.objects.filter(pk=digest.pk).update(**fields)


def deliver_digests(digest_ids, *, final_attempt):
    """Send a batch of digests over one connection, recording each as it goes out; return the ids to try again.

    A digest is marked sent as soon as the mail backend accepted it, before the next is sent. An SMTP or network
    error leaves it pending for a retry, or failed (with the error) on the final attempt — the task's, or the
    digest's own REMINDER_MAX_RETRIES-th when the reaper queued it again. A recipient without an email address
    fails at once: retrying cannot help.
    """
    digests = waiting_digests(digest_ids)
    renderer = DigestRenderer()
    connection = get_connection()
    try:
        connection.open()
    except (smtplib.SMTPException, OSError) as exc:
        state = DeliveryState.FAILED if final_attempt else DeliveryState.PENDING
        Digest.objects.filter(pk__in=[digest.pk for digest in digests], state=DeliveryState.PENDING).update(
            state=state, last_error=f"{type(exc).__name__}: {exc}", attempts=F("attempts") + 1
        )
        return [] if final_attempt else [digest.pk for digest in digests]
    retry = []
    try:
        for digest in digests:
            if not take_for_sending(digest):
                continue
            if not digest.recipient.email:
                record_outcome(digest, DeliveryState.FAILED, gettext("The recipient has no email address."))
                continue
            try:
                build_email(digest, connection, renderer).send()
            except (smtplib.SMTPException, OSError) as exc:
                final = final_attempt or digest.attempts >= settings.REMINDER_MAX_RETRIES
                record_outcome(
                    digest, DeliveryState.FAILED if final else DeliveryState.PENDING, f"{type(exc).__name__}: {exc}"
                )
                if not final:
                    retry.append(digest.pk)
            except Exception:
                # A bug, not the mail server: hand the digest back rather than leave it in `sending`.
                Digest.objects.filter(pk=digest.pk).update(state=DeliveryState.PENDING)
                raise
            else:
                record_outcome(digest, DeliveryState.SENT)
    finally:
        connection.close()
    return retry


def unread_count(user):
    """How many of the person's notifications they have not seen yet: the count in the menu."""
    return Reminder.objects.filter(recipient=user, read_at__isnull=True).count()


def mark_seen(reminders):
    """Record that the person has seen these reminders in the portal (the list shows the others as new)."""
    Reminder.objects.filter(pk__in=[reminder.pk for reminder in reminders], read_at__isnull=True).update(
        read_at=timezone.now()
    )


def reset_failed_digests(digest_ids):
    """Put finally failed digests back in the queue's state, attempts from zero; return the ids to send."""
    with transaction.atomic():
        ids = list(Digest.objects.filter(pk__in=digest_ids, state=DeliveryState.FAILED).values_list("pk", flat=True))
        Digest.objects.filter(pk__in=ids).update(state=DeliveryState.PENDING, attempts=0, last_error="")
    return ids


def failed_digests_for(access):
    """Digests that finally failed, for recipients in the agencies of directives the user's unit monitors."""
    monitored = access.agency_ids_in(Role.MONITOR)
    if not monitored:
        return Digest.objects.none()
    agencies = TaskReporter.objects.filter(task__directive__monitoring_agency__in=monitored).values("agency")
    recipients = get_user_model().objects.filter(
        Q(memberships__agency__in=agencies) | Q(memberships__agency__in=monitored)
    )
    return (
        Digest.objects.filter(state=DeliveryState.FAILED, recipient__in=recipients)
        .select_related("recipient")
        .order_by("-date", "recipient__username")
    )


def release_stuck_digests():
    """Put back to pending the digests left in `sending` by a worker that died; return their ids.

    A digest is `sending` only while its one email goes out, so one still `sending` after
    REMINDER_SENDING_TIMEOUT_MINUTES was abandoned. It is sent again: its email may have left just before the
    worker died, and a person getting that one digest twice is better than never.
    """
    cutoff = timezone.now() - datetime.timedelta(minutes=settings.REMINDER_SENDING_TIMEOUT_MINUTES)
    with transaction.atomic():
        stuck = list(
            Digest.objects.select_for_update(skip_locked=True, of=("self",))
            .filter(state=DeliveryState.SENDING, claimed_at__lt=cutoff)
            .values_list("pk", flat=True)
        )
        Digest.objects.filter(pk__in=stuck).update(state=DeliveryState.PENDING)
    return stuck


def stale_pending_digests():
    """Digests still pending long after their sweep: their queued task was lost (broker down, restart)."""
    cutoff = timezone.now() - datetime.timedelta(
        seconds=2 * settings.REMINDER_RETRY_BACKOFF_SECONDS * 2**settings.REMINDER_MAX_RETRIES
    )
    return list(Digest.objects.filter(state=DeliveryState.PENDING, created_at__lt=cutoff).values_list("pk", flat=True))
