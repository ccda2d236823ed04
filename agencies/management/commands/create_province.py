"""`manage.py create_province NAME [--as-of DATE]`: a province with the standard bodies and groups of that date."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _

from agencies.services import ProvinceExists, create_province
from common.dates import typed_day


class Command(BaseCommand):
    help = "Create a province with its People's Committee, office, departments and groups as of a date."

    def add_arguments(self, parser):
        parser.add_argument("name", help="the province's name, e.g. “Quảng Ngãi”")
        parser.add_argument("--as-of", dest="as_of", help="dd/mm/yyyy (default: today): which bodies existed then")

    def handle(self, *args, name, as_of=None, **options):
        as_of = typed_day(as_of, "--as-of") if as_of else timezone.localdate()
        try:
            province, agencies = create_province(name, as_of)
        except ProvinceExists as error:
            raise CommandError(_("The province “%(name)s” already exists.") % {"name": str(error)}) from error
        for agency in agencies:
            self.stdout.write(f"  {agency.name}")
        self.stdout.write(
            _("%(province)s: %(count)s bodies as of %(date)s. Give the monitoring unit's staff the monitoring role.")
            % {"province": province.name, "count": len(agencies), "date": f"{as_of:%d/%m/%Y}"}
        )
