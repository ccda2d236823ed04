"""`manage.py reap_stuck_work`: what beat's reaper does every few minutes, run by hand."""

from django.core.management.base import BaseCommand

from portal.reaper import reap


class Command(BaseCommand):
    help = (
        "Take back the work a killed worker or a lost broker message left behind: imports not heard from for "
        "IMPORT_STUCK_TIMEOUT_MINUTES are read again (or, for a commit, sent back to their preview); reminder "
        "emails stuck in 'sending' past REMINDER_SENDING_TIMEOUT_MINUTES or never queued are queued again."
    )

    def handle(self, *args, **options):
        found = reap()
        self.stdout.write(
            f"reaper: {found['imports']} imports taken back, {found['digests']} reminder emails queued again"
        )
