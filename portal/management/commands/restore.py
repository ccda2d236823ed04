"""`manage.py restore ARCHIVE`: a backup back into an empty installation, checked row by row against its manifest."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS
from django.utils.translation import gettext as _

from portal.backups import BackupError, pending_migrations, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a portal backup (database and uploaded files) into an empty installation and check every table's "
        "rows and every file against the archive's manifest. Stop the portal first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a portal-backup-….tar.gz written by manage.py backup")
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="database alias (default: default)")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace a database that holds data and write over files already in MEDIA_ROOT",
        )

    def handle(self, *args, **options):
        try:
            manifest = restore_backup(options["archive"], using=options["database"], force=options["force"])
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            _(
                "Restored %(archive)s (taken %(taken)s): %(rows)d rows in %(tables)d tables and %(files)d uploaded "
                "files into %(media)s, each checked against the backup's manifest."
            )
            % {
                "archive": options["archive"],
                "taken": datetime.datetime.fromisoformat(manifest["created_at"]).strftime("%d/%m/%Y %H:%M"),
                "rows": sum(manifest["tables"].values()),
                "tables": len(manifest["tables"]),
                "files": len(manifest["media"]),
                "media": settings.MEDIA_ROOT,
            }
        )
        if pending_migrations(manifest):
            self.stdout.write(_("The portal's code is newer than the backup: run manage.py migrate before starting."))
