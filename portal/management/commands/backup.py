"""`manage.py backup`: the database and the uploaded files in one dated archive, safe while the portal runs."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from portal.backups import BackupError, create_backup, prune_backups


class Command(BaseCommand):
    help = (
        "Write portal-backup-<date>T<time>.tar.gz (database, uploaded files, manifest) into BACKUP_DIR or --output; "
        "with --keep-daily/--keep-weekly/--keep-monthly, delete older archives beyond that rotation."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="folder to write the archive into (default: BACKUP_DIR, var/backups)")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="database alias (default: default)")
        parser.add_argument("--keep-daily", type=int, metavar="N", help="keep the newest archive of each of N days")
        parser.add_argument("--keep-weekly", type=int, metavar="N", help="… and of each of N weeks")
        parser.add_argument("--keep-monthly", type=int, metavar="N", help="… and of each of N months")

    def handle(self, *args, **options):
        output = options["output"] or settings.BACKUP_DIR
        keep = [options[f"keep_{span}"] for span in ("daily", "weekly", "monthly")]
        if any(count is not None and count < 0 for count in keep):
            raise CommandError(_("--keep-daily, --keep-weekly and --keep-monthly must be 0 or more."))
        try:
            path, manifest = create_backup(output, using=options["database"])
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            _("Backup written: %(path)s (%(size)s): %(rows)d rows in %(tables)d tables, %(files)d uploaded files.")
            % {
                "path": path,
                "size": filesizeformat(path.stat().st_size),
                "rows": sum(manifest["tables"].values()),
                "tables": len(manifest["tables"]),
                "files": len(manifest["media"]),
            }
        )
        if any(count is not None for count in keep):
            removed = prune_backups(path.parent, *(count or 0 for count in keep))
            for old in removed:
                self.stdout.write(_("Deleted the older backup %(path)s.") % {"path": old})
