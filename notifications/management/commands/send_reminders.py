"""`manage.py send_reminders [--as-of dd/mm/yyyy] [--dry-run]`: the daily reminder sweep, run by hand."""

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.formats import date_format

from audit.context import AuditedCommand
from common.batches import chunked
from common.dates import typed_day
from notifications.models import DeliveryState, Digest
from notifications.sweep import run_sweep
from notifications.tasks import enqueue_digests


class Command(AuditedCommand):
    help = (
        "Run the reminder sweep for a day (default today): record each reminder due once and queue one digest "
        "email per person for the Celery worker. --dry-run lists what would be sent and changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--as-of", help="the day to sweep for, dd/mm/yyyy (default: today)")
        parser.add_argument("--dry-run", action="store_true", help="list the reminders that would be sent")

    def handle(self, *args, as_of=None, dry_run=False, **options):
        as_of = typed_day(as_of, "--as-of") if as_of else timezone.localdate()
        queued = []
        result = run_sweep(
            as_of, dry_run=dry_run, dispatch=None if dry_run else lambda ids: queued.append(enqueue_digests(ids))
        )
        if dry_run:
            users = get_user_model().objects.in_bulk({due.recipient_id for due in result.due})
            for due in result.due:
                user = users[due.recipient_id]
                target = due.payload.get("period") or due.payload["task_code"]
                self.stdout.write(
                    f"{date_format(due.date, 'd/m/Y')}\t{due.kind}\t{user.username} <{user.email}>\t{target}"
                    f"\t{due.payload['directive']}"
                )
            self.stdout.write(f"dry run for {as_of:%d/%m/%Y}: {result.reminders} reminders would be sent")
            return
        states = dict.fromkeys(DeliveryState.values, 0)
        for chunk in chunked(result.digest_ids):
            for state in Digest.objects.filter(pk__in=chunk).values_list("state", flat=True):
                states[state] += 1
        self.stdout.write(
            f"sweep for {as_of:%d/%m/%Y}: {result.reminders} reminders due, {len(result.digest_ids)} emails claimed "
            f"by this sweep (sent {states[DeliveryState.SENT]}, failed {states[DeliveryState.FAILED]}, "
            f"queued {states[DeliveryState.PENDING] + states[DeliveryState.SENDING]})"
        )
        if False in queued:
            self.stderr.write(
                "the broker cannot be reached: the emails wait in the database and are queued again once it answers"
            )
