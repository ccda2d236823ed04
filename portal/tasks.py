"""Celery tasks of the portal itself: the heartbeat that shows the worker is alive, and the reaper."""

from celery import shared_task

from . import reaper


@shared_task(ignore_result=True)
def heartbeat():
    """Sent by beat every HEARTBEAT_SECONDS: the worker records every task it runs (portal.liveness), this one too."""


@shared_task
def reap_stuck_work():
    """Queue again the work a killed worker or a lost message left behind (see portal.reaper)."""
    return reaper.reap()
