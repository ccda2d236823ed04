"""Recompute every task's stored status, the stored task counts (also per agency that sees the tasks) and the stored
counts of report obligations (also by sector); report (and write right) the rows that differed."""

from django.core.management.base import BaseCommand

from reports.obligations import count_differences, sector_count_differences
from tasks.services import check_statuses, task_agency_count_differences, task_count_differences


class Command(BaseCommand):
    help = (
        "Recompute every task's stored status and the moment it next changes, the tasks counted per province, "
        "status and directive, sector or lead (also per agency that sees them), and the report obligations "
        "counted per period, agency and state, and per period, sector, agency and state; list the rows whose "
        "stored values differed and write them right (with --dry-run, only list them). Exit code 1 when any differed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report the differences without writing.")

    def handle(self, *args, **options):
        fix = not options["dry_run"]
        differences = check_statuses(fix=fix)
        for difference in differences:
            self.stdout.write(
                f"task {difference.task_id} ({difference.code}): stored {difference.stored}, "
                f"computed {difference.computed}"
            )
        task_counts = task_count_differences(fix=fix)
        for count in task_counts:
            self.stdout.write(
                f"tasks of province {count.province_id}, {count.dimension} {count.key!r}, {count.status}: "
                f"stored count {count.stored}, counted {count.counted}"
            )
        agency_counts = task_agency_count_differences(fix=fix)
        for count in agency_counts:
            self.stdout.write(
                f"tasks of province {count.province_id} seen by agency {count.agency_id}, {count.dimension} "
                f"{count.key!r}, {count.status}: stored count {count.stored}, counted {count.counted}"
            )
        counts = count_differences(fix=fix)
        sector_counts = sector_count_differences(fix=fix)
        for count in (*counts, *sector_counts):
            sector = f"sector {count.sector_id}, " if "sector_id" in count._fields else ""
            self.stdout.write(
                f"obligations of period {count.period_id}, {sector}agency {count.agency_id}, {count.state}"
                f"{' late' if count.late else ''}: stored count {count.stored}, counted {count.counted}"
            )
        verb = "found" if options["dry_run"] else "corrected"
        self.stdout.write(f"{len(differences)} task(s) {verb}.")
        self.stdout.write(f"{len(task_counts)} task count(s) {verb}.")
        self.stdout.write(f"{len(agency_counts)} task count(s) per agency {verb}.")
        self.stdout.write(f"{len(counts)} obligation count(s) {verb}.")
        self.stdout.write(f"{len(sector_counts)} obligation count(s) by sector {verb}.")
        if differences or task_counts or agency_counts or counts or sector_counts:
            raise SystemExit(1)
