"""A directive's reporting settings as its monitoring unit keeps them: who consolidates, and when reports fall due."""

from django.db import transaction

from tasks.models import ReportingSchedule
from tasks.reporting_duty import ScheduleSpec, add_schedules

from .models import ReportingPeriod


def set_directive_reporting(directive, monitoring_agency, specs):
    """Set the monitoring unit and make the directive's recurring schedules exactly `specs`.

    A schedule dropped here takes with it its periods that hold no report; periods with reports stay, so no report
    is ever lost. Ad hoc schedules (a single dated report) are kept as they are. Returns (added, removed) counts.
    """
    wanted = list(dict.fromkeys(specs))
    with transaction.atomic():
        if directive.monitoring_agency_id != getattr(monitoring_agency, "pk", None):
            directive.monitoring_agency = monitoring_agency
            directive.save(update_fields=["monitoring_agency", "updated_at"])
        recurring = list(directive.schedules.select_for_update().exclude(day_of_month=None))
        have = {ScheduleSpec.of(schedule): schedule for schedule in recurring}
        dropped = [schedule for spec, schedule in have.items() if spec not in wanted]
        if dropped:
            ReportingPeriod.objects.filter(schedule__in=dropped, reports__isnull=True).delete()
            ReportingSchedule.objects.filter(pk__in=[schedule.pk for schedule in dropped]).delete()
        report_to = monitoring_agency.name if monitoring_agency else ""
        added = add_schedules(directive, [spec for spec in wanted if spec not in have], report_to=report_to)
    return len(added), len(dropped)
