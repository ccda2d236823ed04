"""Celery tasks of reorganizations: confirmed events take effect on their date."""

from celery import shared_task

from . import services


@shared_task
def apply_due_reorganizations():
    """Apply the confirmed reorganizations whose effective date has come; safe to run twice."""
    return services.apply_due()
