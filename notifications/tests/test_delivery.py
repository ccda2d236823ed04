"""Digests are sent after commit, retried with backoff on SMTP errors, and never marked sent when they were not."""

import datetime
import io

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from agencies.models import Role
from agencies.tests.factories import MembershipFactory, UserFactory
from notifications.delivery import deliver_digests
from notifications.models import DeliveryState, Digest, Preference
from notifications.sweep import run_sweep
from notifications.tasks import daily_sweep, enqueue_digests, retry_countdown

from .backends import FlakyBackend

pytestmark = pytest.mark.django_db

DUE_DAY = datetime.date(2025, 12, 10)


def sweep_and_send(day=DUE_DAY):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return run_sweep(day, dispatch=enqueue_digests)


def test_backoff_doubles_after_each_failed_attempt(settings):
    settings.REMINDER_RETRY_BACKOFF_SECONDS = 60
    assert [retry_countdown(n) for n in range(4)] == [60, 120, 240, 480]
    assert retry_countdown(10) == 30 * 60


def test_smtp_failure_is_retried_then_recorded_as_failed_not_sent(province_003, settings, eager_retries):
    settings.EMAIL_BACKEND = "notifications.tests.backends.RefusingBackend"
    result = sweep_and_send()
    digests = Digest.objects.filter(pk__in=result.digest_ids)
    assert digests.count() == 3
    for digest in digests:
        assert digest.state == DeliveryState.FAILED
        assert digest.attempts == settings.REMINDER_MAX_RETRIES + 1
        assert digest.sent_at is None
        assert "SMTPServerDisconnected" in digest.last_error
    assert mail.outbox == []


def test_a_transient_smtp_error_is_retried_and_the_digest_then_sent(province_003, settings, eager_retries):
    settings.EMAIL_BACKEND = "notifications.tests.backends.FlakyBackend"
    FlakyBackend.failures = 1
    result = sweep_and_send()
    states = list(Digest.objects.filter(pk__in=result.digest_ids).values_list("state", "attempts", "last_error"))
    assert sorted(states) == [(DeliveryState.SENT, 1, ""), (DeliveryState.SENT, 1, ""), (DeliveryState.SENT, 2, "")]
    assert len(mail.outbox) == 3


def test_sending_the_same_digests_twice_delivers_them_once(province_003):
    result = run_sweep(DUE_DAY)
    assert deliver_digests(result.digest_ids, final_attempt=False) == []
    assert deliver_digests(result.digest_ids, final_attempt=False) == []
    assert len(mail.outbox) == 3
    assert set(Digest.objects.values_list("state", "attempts")) == {(DeliveryState.SENT, 1)}


def test_recipient_without_email_fails_at_once_and_monitor_sees_it(province_003, client):
    khdt1 = province_003.people["khdt1"]
    khdt1.email = ""
    khdt1.save()
    sweep_and_send()
    digest = Digest.objects.get(recipient=khdt1)
    assert (digest.state, digest.attempts) == (DeliveryState.FAILED, 1)
    client.force_login(province_003.people["monitor"])
    page = client.get("/notifications/").content.decode()
    assert "could not be delivered" in page
    assert "The recipient has no email address." in page


def test_email_goes_out_in_the_language_the_recipient_chose(province_003):
    Preference.objects.create(user=province_003.people["khdt1"], language="en")
    sweep_and_send()
    english = next(message for message in mail.outbox if message.to == ["khdt1@example.gov.vn"])
    assert english.subject.startswith("Reminder for 10/12/2025")
    assert "Dear khdt1," in english.body
    assert '<html lang="en">' in english.alternatives[0][0]


def test_sending_reads_a_batch_at_once_and_writes_two_statements_per_email(province_003):
    """Each email is taken and recorded on its own, so a killed worker loses at most the one in flight."""
    for n in range(40):
        MembershipFactory(user=UserFactory(username=f"khdt-extra{n}"), agency=province_003.skhdt, role=Role.STAFF)
    with CaptureQueriesContext(connection) as sweep:
        digest_ids = run_sweep(DUE_DAY).digest_ids
    # The sweep opens next year's periods too, and with them their report obligations (`reports.obligations`).
    assert len(sweep) <= 35 and len(digest_ids) == 43
    with CaptureQueriesContext(connection) as small:
        deliver_digests(digest_ids[:3], final_attempt=False)
    with CaptureQueriesContext(connection) as big:
        deliver_digests(digest_ids[3:], final_attempt=False)
    assert len(big) - len(small) == 2 * (40 - 3)
    assert len(mail.outbox) == 43


def test_daily_sweep_task_sweeps_the_given_day_and_queues_the_digests(province_003):
    with TestCase.captureOnCommitCallbacks(execute=True):
        summary = daily_sweep.delay("2025-12-10").get()
    assert summary == {"as_of": "2025-12-10", "reminders": 12, "digests": 3}
    assert len(mail.outbox) == 3


def test_an_error_that_is_not_smtp_hands_the_batch_back_as_pending(province_003, monkeypatch):
    result = run_sweep(DUE_DAY)

    def broken(*args, **kwargs):
        raise KeyError("directive_id")

    monkeypatch.setattr("notifications.delivery.build_email", broken)
    with pytest.raises(KeyError):
        deliver_digests(result.digest_ids, final_attempt=False)
    assert set(Digest.objects.values_list("state", flat=True)) == {DeliveryState.PENDING}


def test_daily_sweep_sends_digests_whose_queued_task_was_lost(province_003):
    with time_machine.travel(datetime.datetime(2025, 12, 10, 7, tzinfo=datetime.UTC)):
        lost = run_sweep(DUE_DAY)  # committed, but the broker never got the send task
    with time_machine.travel(datetime.datetime(2025, 12, 11, 7, tzinfo=datetime.UTC)):
        with TestCase.captureOnCommitCallbacks(execute=True):
            daily_sweep.delay("2025-12-11").get()
    assert set(Digest.objects.filter(pk__in=lost.digest_ids).values_list("state", flat=True)) == {DeliveryState.SENT}
    assert len(mail.outbox) == 3


def test_daily_sweep_sends_again_a_digest_a_dead_worker_left_in_sending(province_003):
    with time_machine.travel(datetime.datetime(2025, 12, 10, 7, tzinfo=datetime.UTC)):
        swept = run_sweep(DUE_DAY)
        stuck, *others = swept.digest_ids
        Digest.objects.filter(pk=stuck).update(
            state=DeliveryState.SENDING, claimed_at=datetime.datetime(2025, 12, 10, 7, tzinfo=datetime.UTC)
        )  # the worker took it, then was killed
        Digest.objects.filter(pk__in=others).update(state=DeliveryState.SENT)
    with time_machine.travel(datetime.datetime(2025, 12, 10, 7, 30, tzinfo=datetime.UTC)):
        with TestCase.captureOnCommitCallbacks(execute=True):
            daily_sweep.delay("2025-12-10").get()
    assert Digest.objects.get(pk=stuck).state == DeliveryState.SENDING  # maybe still being sent: left alone
    with time_machine.travel(datetime.datetime(2025, 12, 11, 7, tzinfo=datetime.UTC)):
        with TestCase.captureOnCommitCallbacks(execute=True):
            daily_sweep.delay("2025-12-11").get()
    assert Digest.objects.get(pk=stuck).state == DeliveryState.SENT
    assert [message.to for message in mail.outbox] == [[Digest.objects.get(pk=stuck).recipient.email]]


def test_taking_digests_for_sending_records_when(province_003):
    with time_machine.travel(datetime.datetime(2025, 12, 10, 7, tzinfo=datetime.UTC), tick=False):
        swept = run_sweep(DUE_DAY)
        deliver_digests(swept.digest_ids, final_attempt=False)
    assert set(Digest.objects.values_list("claimed_at", flat=True)) == {
        datetime.datetime(2025, 12, 10, 7, tzinfo=datetime.UTC)
    }


def test_a_batch_killed_mid_send_sends_no_email_twice_beyond_the_one_in_flight(province_003, settings):
    from django.core.management import call_command

    from .backends import DyingBackend, WorkerKilled

    settings.EMAIL_BACKEND = "notifications.tests.backends.DyingBackend"
    DyingBackend.dies_after = 2
    sweep_time = datetime.datetime(2025, 12, 10, 0, tzinfo=datetime.UTC)
    with time_machine.travel(sweep_time, tick=False):
        swept = run_sweep(DUE_DAY)
        with pytest.raises(WorkerKilled):
            deliver_digests(swept.digest_ids, final_attempt=False)
    first, in_flight, never_sent = (Digest.objects.get(pk=pk) for pk in swept.digest_ids)
    assert [first.state, in_flight.state, never_sent.state] == [
        DeliveryState.SENT,  # recorded as soon as it went out
        DeliveryState.SENDING,  # went out, the worker died before recording it
        DeliveryState.PENDING,  # its batch's message died with the worker
    ]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(sweep_time + datetime.timedelta(minutes=30)):
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("reap_stuck_work", stdout=io.StringIO())
    assert len(mail.outbox) == 2  # the one in flight may still be going out
    with time_machine.travel(sweep_time + datetime.timedelta(minutes=65)):
        out = io.StringIO()
        with TestCase.captureOnCommitCallbacks(execute=True):
            call_command("reap_stuck_work", stdout=out)
    assert out.getvalue() == "reaper: 0 imports taken back, 2 reminder emails queued again\n"
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        [first.recipient.email, in_flight.recipient.email, in_flight.recipient.email, never_sent.recipient.email]
    )
    assert set(Digest.objects.values_list("state", flat=True)) == {DeliveryState.SENT}


def test_the_reaper_runs_every_five_minutes(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["reaper"]
    assert entry["task"] == "portal.tasks.reap_stuck_work"
    assert entry["schedule"].minute == set(range(0, 60, 5))
