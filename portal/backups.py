"""Backups of a whole installation (database and uploaded files in one dated archive) and their restore.

The archive holds `manifest.json`, the database (`database.sqlite3` from SQLite's online backup API, or
`database.pgdump` from `pg_dump --format=custom`) and `media/…` (MEDIA_ROOT). The manifest records the portal's
commit, the applied migrations, the database vendor, the rows of every table and a checksum of every file, so a
restore can refuse a damaged or foreign archive before it touches anything and prove afterwards that every row
came back. Every table is included because the whole database is copied, not a list of models.
"""

import datetime
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

import django
from django.conf import settings
from django.db import connections, transaction
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.models import Heartbeat

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE_MEMBERS = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
VENDOR_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
MEDIA = "media"
ARCHIVE_NAME = re.compile(r"^portal-backup-(\d{4}-\d{2}-\d{2}T\d{4})(?:-(\d+))?\.tar\.gz$")
STAMP_FORMAT = "%Y-%m-%dT%H%M"
# Filled by `migrate` and by the worker's and beat's heartbeats on their own: an installation that was only
# migrated and started still counts as empty.
UNATTENDED_TABLES = {"django_migrations", "django_content_type", "auth_permission", Heartbeat._meta.db_table}
CHUNK = 1024 * 1024


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do, in the user's language."""


# --- Taking a backup ----------------------------------------------------------------------------------------


def create_backup(output_dir, using="default"):
    """Write one dated archive of the database and MEDIA_ROOT into `output_dir`; return (path, manifest)."""
    connection = connections[using]
    vendor = connection.vendor
    if vendor not in DATABASE_MEMBERS:
        raise BackupError(_("Backups support SQLite and PostgreSQL, not %(vendor)s.") % {"vendor": vendor})
    output_dir = Path(output_dir).resolve()
    media_root = Path(settings.MEDIA_ROOT).resolve()
    if output_dir.is_relative_to(media_root):
        raise BackupError(
            _("The backup folder %(folder)s is inside MEDIA_ROOT: every backup would hold the previous ones.")
            % {"folder": output_dir}
        )
    output_dir.mkdir(parents=True, exist_ok=True)
    moment = timezone.localtime()
    path = _free_name(output_dir, moment)
    member = DATABASE_MEMBERS[vendor]
    with tempfile.TemporaryDirectory(prefix=".portal-backup-", dir=output_dir) as work:
        database_file = Path(work) / member
        copy = _copy_sqlite if vendor == "sqlite" else _dump_postgresql
        tables, migrations, details = copy(connection, database_file)
        partial = path.with_name(path.name + ".partial")
        try:
            with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
                details["sha256"] = _add_file(archive, database_file, member)
                # Listed after the database snapshot: every attachment row in it already has its file on disk.
                media = {
                    relative: _add_file(archive, file, f"{MEDIA}/{relative}")
                    for relative, file in _media_files(media_root)
                }
                manifest = {
                    "format": FORMAT,
                    "created_at": moment.isoformat(timespec="seconds"),
                    "portal": {"commit": _portal_commit(), "django": django.get_version()},
                    "database": {"vendor": vendor, "file": member, **details},
                    "migrations": migrations,
                    "tables": tables,
                    "media": media,
                }
                _add_bytes(archive, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode())
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
    return path, manifest


def _media_files(media_root):
    """(path relative to MEDIA_ROOT, path) of every uploaded file, in a stable order."""
    if not media_root.is_dir():
        return []
    return [(file.relative_to(media_root).as_posix(), file) for file in sorted(media_root.rglob("*")) if file.is_file()]


def _free_name(output_dir, moment):
    stamp = moment.strftime(STAMP_FORMAT)
    path = output_dir / f"portal-backup-{stamp}.tar.gz"
    serial = 1
    while path.exists():
        serial += 1
        path = output_dir / f"portal-backup-{stamp}-{serial}.tar.gz"
    return path


def _copy_sqlite(connection, target):
    """SQLite's online backup API: a consistent copy while the portal keeps running (writers wait a moment)."""
    if connection.in_atomic_block:
        raise BackupError(_("A backup cannot run inside a database transaction."))
    connection.ensure_connection()
    copy = sqlite3.connect(target)
    try:
        # One step (pages=-1) copies under one read lock, so the copy is one moment of the database.
        connection.connection.backup(copy, pages=-1)
        tables = [
            row[0]
            for row in copy.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            )
        ]
        cursor = copy.cursor()
        return _count_rows(cursor, tables), _applied_migrations(cursor, tables), {"sqlite": sqlite3.sqlite_version}
    finally:
        copy.close()


def _dump_postgresql(connection, target):
    """pg_dump of an exported snapshot, so the row counts in the manifest describe exactly what was dumped."""
    if connection.in_atomic_block:
        raise BackupError(_("A backup cannot run inside a database transaction."))
    connection.ensure_connection()
    pg_dump = find_postgresql_tool("pg_dump", connection)
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        tables = connection.introspection.table_names(cursor)
        counts = _count_rows(cursor, tables)
        migrations = _applied_migrations(cursor, tables)
        _run_postgresql_tool(
            connection, [pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={target}"], database=True
        )
    return counts, migrations, {"server_version": connection.pg_version, "pg_dump": _tool_version(pg_dump)[1]}


def _count_rows(cursor, tables):
    counts = {}
    for table in sorted(tables):
        cursor.execute(f"SELECT COUNT(*) FROM {_quote(table)}")
        counts[table] = cursor.fetchone()[0]
    return counts


def _applied_migrations(cursor, tables):
    if "django_migrations" not in tables:
        return []
    cursor.execute("SELECT app, name FROM django_migrations")
    return sorted(f"{app}.{name}" for app, name in cursor.fetchall())


def _quote(name):
    return '"' + name.replace('"', '""') + '"'


def _portal_commit():
    """The git commit the code was deployed from, when it was deployed as a clone."""
    try:
        result = subprocess.run(
            ["git", "-C", str(settings.BASE_DIR), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
        )
    except OSError:
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def _add_file(archive, path, name):
    """Add one file under `name`, hashing it as it is read; return its sha256."""
    info = archive.gettarinfo(str(path), arcname=name)
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    with open(path, "rb") as source:
        reader = _HashingReader(source)
        archive.addfile(info, reader)
    return reader.sha256.hexdigest()


def _add_bytes(archive, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    info.mode = 0o644
    archive.addfile(info, io.BytesIO(data))


class _HashingReader:
    def __init__(self, source):
        self.source = source
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.source.read(size)
        self.sha256.update(data)
        return data


# --- Keeping a rotation ---------------------------------------------------------------------------------------


def prune_backups(directory, daily, weekly, monthly):
    """Keep the newest archive of each of the last `daily` days, `weekly` weeks and `monthly` months; delete the
    other portal archives in `directory` and return their paths. Other files are never touched."""
    archives = []
    for path in Path(directory).iterdir():
        match = ARCHIVE_NAME.match(path.name)
        if match and path.is_file():
            moment = datetime.datetime.strptime(match[1], STAMP_FORMAT)
            archives.append((moment, int(match[2] or 1), path))
    archives.sort(reverse=True)
    keep = set()
    for count, bucket in (
        (daily, lambda moment: moment.date()),
        (weekly, lambda moment: moment.isocalendar()[:2]),
        (monthly, lambda moment: (moment.year, moment.month)),
    ):
        seen = []
        for moment, _serial, path in archives:
            key = bucket(moment)
            if key not in seen:
                if len(seen) == count:
                    break
                seen.append(key)
                keep.add(path)
    removed = [path for _moment, _serial, path in archives if path not in keep]
    for path in removed:
        path.unlink()
    return removed


# --- Restoring ------------------------------------------------------------------------------------------------


def restore_backup(archive_path, using="default", force=False):
    """Restore an archive into the configured database and MEDIA_ROOT, then check every table's rows against its
    manifest. Refuses a damaged or foreign archive, and (unless `force`) a database or media folder that holds
    data, before anything is written. Returns the manifest."""
    connection = connections[using]
    media_root = Path(settings.MEDIA_ROOT)
    name = str(connection.settings_dict["NAME"])
    if connection.vendor == "sqlite" and not name.startswith("file:") and name != ":memory:":
        # SQLite creates a missing database file but not its folder (a fresh PORTAL_VAR_DIR).
        Path(name).parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="portal-restore-") as work:
        work = Path(work)
        manifest = _unpack(Path(archive_path), work)
        _check_compatible(manifest, connection)
        _check_checksums(manifest, work)
        if not force:
            _require_empty_database(connection)
            _require_empty_media(media_root)
        database_file = work / manifest["database"]["file"]
        if connection.vendor == "sqlite":
            _restore_sqlite(connection, database_file)
        else:
            _restore_postgresql(connection, database_file)
            _drop_tables_not_in(manifest, connection)
        for relative in manifest["media"]:
            destination = media_root / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(work / MEDIA / relative, destination)
    _verify(manifest, connection, media_root)
    return manifest


def pending_migrations(manifest):
    """Migrations this code has that the backup's database had not applied (`manage.py migrate` applies them)."""
    return sorted(_known_migrations() - set(manifest["migrations"]))


def _unpack(archive_path, work):
    not_a_backup = _("%(path)s is not a portal backup (%(reason)s).")
    try:
        with tarfile.open(archive_path, "r:gz") as archive:
            members = archive.getmembers()
            for member in members:
                if not (member.isfile() or member.isdir()):
                    raise BackupError(not_a_backup % {"path": archive_path, "reason": member.name})
            # The "data" filter refuses absolute paths, "..", links out of the folder and device files.
            archive.extractall(work, members=members, filter="data")
    except (OSError, tarfile.TarError, EOFError) as error:
        raise BackupError(not_a_backup % {"path": archive_path, "reason": error}) from None
    try:
        manifest = json.loads((work / MANIFEST).read_text(encoding="utf-8"))
        shapes = (("media", dict), ("tables", dict), ("migrations", list))
        if (
            manifest["format"] != FORMAT
            or DATABASE_MEMBERS.get(manifest["database"]["vendor"]) != manifest["database"]["file"]
            or not all(isinstance(manifest.get(key), shape) for key, shape in shapes)
        ):
            raise ValueError(manifest["format"])
    except (OSError, ValueError, KeyError, TypeError):
        raise BackupError(not_a_backup % {"path": archive_path, "reason": MANIFEST}) from None
    return manifest


def _check_compatible(manifest, connection):
    vendor = manifest["database"]["vendor"]
    if vendor != connection.vendor:
        raise BackupError(
            _(
                "This backup holds a %(archive)s database but DATABASE_URL points to %(target)s: restore it into "
                'a %(archive)s installation (README, "Backups", says how to move between the two).'
            )
            % {"archive": VENDOR_NAMES[vendor], "target": VENDOR_NAMES.get(connection.vendor, connection.vendor)}
        )
    unknown = sorted(set(manifest["migrations"]) - _known_migrations())
    if unknown:
        raise BackupError(
            _(
                "This backup was taken by a newer version of the portal (it has migrations this code lacks: "
                "%(migrations)s): update the portal's code first."
            )
            % {"migrations": ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")}
        )


def _known_migrations():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return {f"{app}.{name}" for app, name in loader.disk_migrations}


def _check_checksums(manifest, work):
    expected = {manifest["database"]["file"]: manifest["database"]["sha256"]}
    expected.update({f"{MEDIA}/{relative}": digest for relative, digest in manifest["media"].items()})
    for name, digest in expected.items():
        path = work / name
        if not path.is_file() or _sha256(path) != digest:
            raise BackupError(
                _("The backup is damaged: %(file)s is missing or differs from its checksum. Nothing was restored.")
                % {"file": name}
            )


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _require_empty_database(connection):
    with connection.cursor() as cursor:
        tables = set(connection.introspection.table_names(cursor)) - UNATTENDED_TABLES
        filled = {table: count for table, count in _count_rows(cursor, tables).items() if count}
    if filled:
        listed = ", ".join(f"{table} ({count})" for table, count in sorted(filled.items())[:5])
        raise BackupError(
            _(
                "The database already holds data (%(tables)s): restore only into an empty installation, or add "
                "--force to replace it. Nothing was restored."
            )
            % {"tables": listed + (" …" if len(filled) > 5 else "")}
        )


def _require_empty_media(media_root):
    if _media_files(media_root):
        raise BackupError(
            _(
                "The uploads folder %(folder)s already holds files: restore into a fresh folder, or add --force to "
                "write over them. Nothing was restored."
            )
            % {"folder": media_root}
        )


def _restore_sqlite(connection, database_file):
    """The backup API in reverse: the archive's database replaces the target's pages, in-memory ones included."""
    if connection.in_atomic_block:
        raise BackupError(_("A restore cannot run inside a database transaction."))
    connection.ensure_connection()
    source = sqlite3.connect(f"file:{database_file}?mode=ro", uri=True)
    try:
        source.backup(connection.connection, pages=-1)
    except sqlite3.Error as error:
        raise BackupError(_("SQLite could not restore the database: %(error)s") % {"error": error}) from None
    finally:
        source.close()


def _restore_postgresql(connection, dump_file):
    if connection.in_atomic_block:
        raise BackupError(_("A restore cannot run inside a database transaction."))
    pg_restore = find_postgresql_tool("pg_restore", connection)
    _run_postgresql_tool(
        connection,
        [
            pg_restore,
            "--no-owner",
            "--no-acl",
            "--clean",
            "--if-exists",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={connection.settings_dict['NAME']}",
            str(dump_file),
        ],
    )


def _drop_tables_not_in(manifest, connection):
    """pg_restore replaces the backup's tables only; a table a newer `migrate` made in the target would make the next
    migrate fail ("already exists"). The database becomes exactly the backup, as SQLite's backup API makes it."""
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        for table in sorted(set(connection.introspection.table_names(cursor)) - set(manifest["tables"])):
            cursor.execute(f"DROP TABLE IF EXISTS {_quote(table)} CASCADE")


def _verify(manifest, connection, media_root):
    with connection.cursor() as cursor:
        present = set(connection.introspection.table_names(cursor))
        found = _count_rows(cursor, set(manifest["tables"]) & present)
    wrong = [
        f"{table} ({expected} → {found.get(table, '-')})"
        for table, expected in manifest["tables"].items()
        if found.get(table) != expected
    ]
    wrong += [
        f"{MEDIA}/{relative}"
        for relative, digest in manifest["media"].items()
        if not (media_root / relative).is_file() or _sha256(media_root / relative) != digest
    ]
    if wrong:
        raise BackupError(
            _("The restore does not match the backup's manifest: %(differences)s.") % {"differences": ", ".join(wrong)}
        )


# --- PostgreSQL client programs -------------------------------------------------------------------------------


def find_postgresql_tool(name, connection):
    """pg_dump or pg_restore of the server's major version or newer (an older one refuses to work with it).

    Looked for in POSTGRES_BIN_DIR, Debian's /usr/lib/postgresql/<version>/bin, then PATH.
    """
    connection.ensure_connection()
    server = connection.pg_version // 10000
    candidates = []
    if settings.POSTGRES_BIN_DIR:
        candidates.append(Path(settings.POSTGRES_BIN_DIR) / name)
    candidates.append(Path(f"/usr/lib/postgresql/{server}/bin/{name}"))
    candidates += sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    on_path = shutil.which(name)
    if on_path:
        candidates.append(Path(on_path))
    for candidate in candidates:
        major, _version = _tool_version(candidate)
        if major is not None and major >= server:
            return str(candidate)
    raise BackupError(
        _(
            "%(tool)s for PostgreSQL %(version)s or newer was not found (in POSTGRES_BIN_DIR, "
            "/usr/lib/postgresql/*/bin or PATH): install postgresql-client-%(version)s or set POSTGRES_BIN_DIR."
        )
        % {"tool": name, "version": server}
    )


def _tool_version(path):
    """(major, full version text) of a PostgreSQL client program, or (None, None) when it does not run."""
    if not os.access(path, os.X_OK):
        return None, None
    try:
        output = subprocess.run([str(path), "--version"], capture_output=True, text=True, timeout=30).stdout
    except OSError:
        return None, None
    match = re.search(r"\(PostgreSQL\) (\d+)(\S*)", output)
    return (int(match[1]), match[1] + match[2]) if match else (None, None)


def _run_postgresql_tool(connection, command, database=False):
    """Run pg_dump/pg_restore against the connection's server; the password goes in the environment, not argv."""
    db = connection.settings_dict
    environment = dict(os.environ)
    for variable, value in (
        ("PGHOST", db.get("HOST")),
        ("PGPORT", db.get("PORT")),
        ("PGUSER", db.get("USER")),
        ("PGPASSWORD", db.get("PASSWORD")),
        ("PGDATABASE", db.get("NAME") if database else None),
        ("PGSSLMODE", db.get("OPTIONS", {}).get("sslmode")),
        ("PGCONNECT_TIMEOUT", db.get("OPTIONS", {}).get("connect_timeout")),
    ):
        if value not in (None, ""):
            environment[variable] = str(value)
    result = subprocess.run(command, env=environment, capture_output=True, text=True)
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        raise BackupError(
            _("%(tool)s failed: %(error)s")
            % {"tool": Path(command[0]).name, "error": " ".join(lines[-3:]) or result.returncode}
        )
