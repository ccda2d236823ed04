"""Recompute every task's stored status from the rule and report (and write) the rows that differed."""

from django.core.management.base import BaseCommand

from tasks.services import check_statuses


class Command(BaseCommand):
    help = (
        "Recompute every task's stored status and the moment it next changes; list the tasks whose stored values "
        "differed and write them right (with --dry-run, only list them). Exit code 1 when any differed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Report the differences without writing.")

    def handle(self, *args, **options):
        differences = check_statuses(fix=not options["dry_run"])
        for difference in differences:
            self.stdout.write(
                f"task {difference.task_id} ({difference.code}): stored {difference.stored}, "
                f"computed {difference.computed}"
            )
        verb = "found" if options["dry_run"] else "corrected"
        self.stdout.write(f"{len(differences)} task(s) {verb}.")
        if differences:
            raise SystemExit(1)
