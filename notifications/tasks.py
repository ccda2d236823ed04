"""Celery tasks: the daily reminder sweep (from beat) and the sending of digests with retries."""

import datetime

from celery import shared_task
from django.conf import settings
from django.utils import timezone

from common.background import enqueue
from common.batches import chunked

from .delivery import deliver_digests, release_stuck_digests, stale_pending_digests
from .sweep import run_sweep


def enqueue_digests(digest_ids):
    """Queue the digests for sending, a batch per task; False if the broker is down.

    What was not queued stays pending in the database, and is queued again once it is stale (reaper, next sweep).
    """
    for batch in chunked(digest_ids, settings.REMINDER_SEND_BATCH):
        if not enqueue(send_digests, batch):
            return False
    return True


def requeue_abandoned_digests():
    """Queue again the digests a killed worker left in `sending`, and those whose queued batch was lost; their ids."""
    ids = sorted({*release_stuck_digests(), *stale_pending_digests()})
    enqueue_digests(ids)
    return ids


# Redis re-delivers a message not acknowledged within its visibility timeout (one hour by default), so no retry
# waits longer than half of that.
MAX_COUNTDOWN = 30 * 60


def retry_countdown(retries):
    """Exponential backoff: the base delay, doubled after each failed attempt, at most MAX_COUNTDOWN."""
    return min(settings.REMINDER_RETRY_BACKOFF_SECONDS * 2**retries, MAX_COUNTDOWN)


@shared_task
def daily_sweep(as_of=None):
    """Run the sweep for `as_of` (YYYY-MM-DD, default today in the portal's time zone); queue what it claimed."""
    day = datetime.date.fromisoformat(as_of) if as_of else timezone.localdate()
    requeue_abandoned_digests()
    result = run_sweep(day, dispatch=enqueue_digests)
    return {"as_of": day.isoformat(), "reminders": result.reminders, "digests": len(result.digest_ids)}


@shared_task(bind=True, max_retries=settings.REMINDER_MAX_RETRIES)
def send_digests(self, digest_ids):
    """Send a batch of digests; the ones that hit an SMTP error are retried alone, with backoff."""
    final_attempt = self.request.retries >= self.max_retries
    retry_ids = deliver_digests(digest_ids, final_attempt=final_attempt)
    if retry_ids:
        raise self.retry(args=[retry_ids], countdown=retry_countdown(self.request.retries))
    return len(digest_ids)
