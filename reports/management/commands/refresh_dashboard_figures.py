"""Recompute the dashboard's stored figures: the stale ones (what the beat task does), or all with --all."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from agencies.models import Province
from reports.dashboard import figures
from tasks.models import Directive


class Command(BaseCommand):
    help = "Recompute the dashboard's stored figures that are stale (or all of them with --all)."

    def add_arguments(self, parser):
        parser.add_argument("--province", help="only this province (its code)")
        parser.add_argument("--all", action="store_true", help="recompute every directive, fresh or not")

    def handle(self, *args, province=None, all=False, **options):
        directives = Directive.objects.all()
        if province:
            if not Province.objects.filter(code=province).exists():
                raise CommandError(_("No province with code %(code)s.") % {"code": province})
            directives = directives.filter(province__code=province)
        if all:
            figures.invalidate(directives.values_list("pk", flat=True))
        started = time.perf_counter()
        count = figures.refresh_stale(directives, timezone.now())
        self.stdout.write(
            _("%(count)s documents recomputed in %(seconds)s s.")
            % {"count": count, "seconds": number_format(time.perf_counter() - started, decimal_pos=1)}
        )
