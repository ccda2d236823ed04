"""Celery tasks of the reports app: building big consolidated reports in the background."""

from celery import shared_task

from tasks.models import Directive

from .consolidated import store_workbook
from .models import ReportingPeriod


@shared_task
def build_consolidated_report(directive_id, period_id, name):
    """Write the consolidated workbook to storage under `name`; safe to run twice (the second finds the file)."""
    directive = Directive.objects.select_related("issuing_agency", "monitoring_agency").get(pk=directive_id)
    return store_workbook(directive, ReportingPeriod.objects.get(pk=period_id), name)
