"""`manage.py load_demo`: the five seed documents, their agencies and demo accounts, for a development database,
with the 2025 reorganization replayed on them (here, above tasks and reports, since it uses all three)."""

from collections import Counter

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from audit.context import AuditedCommand
from reorganization.demo import replay_2025, replayed
from reports.demo import load_demo_history
from tasks.demo import DemoDataError, load_demo
from tasks.demo.accounts import ACCOUNTS, DEMO_PASSWORD


class Command(AuditedCommand):
    help = "Load the demo directives, tasks, agencies and one account per role (only when DEBUG is on)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                _("load_demo only runs with DEBUG on: it creates accounts with a known password (%(password)s).")
                % {"password": DEMO_PASSWORD}
            )
        try:
            # Once the 2025 events have moved the seeds' open work, reloading the seeds would hand it back to the
            # bodies that ceased to exist: the demo is then loaded and a second run changes nothing.
            stats = Counter() if replayed() else load_demo() + load_demo_history() + replay_2025()
        except DemoDataError as error:
            raise CommandError(str(error)) from error
        if stats:
            for name, count in sorted(stats.items()):
                self.stdout.write(f"{name}: {count}")
        else:
            self.stdout.write(_("The demo data is already loaded: nothing changed."))
        usernames = ", ".join(account["username"] for account in ACCOUNTS)
        self.stdout.write(
            _("Demo accounts: %(usernames)s (password %(password)s).")
            % {"usernames": usernames, "password": DEMO_PASSWORD}
        )
