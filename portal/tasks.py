"""Celery tasks of the portal itself: the heartbeat that shows the worker is alive."""

from celery import shared_task


@shared_task(ignore_result=True)
def heartbeat():
    """Sent by beat every HEARTBEAT_SECONDS: the worker records every task it runs (portal.celery), this one too."""
