"""Sending the digests: each rendered in its reader's language with links to the portal, sent by SMTP in batches,
its outcome recorded; what a killed worker or a lost message left behind is found again for the reaper."""

import datetime
import json
import smtplib

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

from agencies.models import Role
from reports.models import TaskReporter

from .models import KIND_ORDER, REPORT_KINDS, DeliveryState, Digest, Preference


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
