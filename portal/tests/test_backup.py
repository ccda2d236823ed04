"""Backups: an archive taken during a run restores into an empty database and a fresh uploads folder with every
row and file, and a restore refuses what it must not write over before it writes anything.

The same tests run on SQLite and on PostgreSQL (CI runs the suite on both); the empty database is a second one
of the configured vendor, made and dropped here.
"""

import copy
import datetime
import gzip
import io
import json
import tarfile
from pathlib import Path
from types import SimpleNamespace

import pytest
import time_machine
from django.apps import apps
from django.core.management import CommandError, call_command
from django.db import DEFAULT_DB_ALIAS, connection, connections

from agencies.models import Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from audit.context import acting
from audit.models import Change, Source
from portal.backups import prune_backups
from portal.models import Heartbeat
from reports import services
from reports.models import Attachment, Direction, EventKind, HistoryEvent, ProgressReport, ReportedStatus
from reports.tests.factories import ReportingPeriodFactory, pdf_upload
from tasks.models import AssignmentRole, Directive, Task
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, TaskFactory

# pg_dump reads the database from another session, so the data must be committed.
run_committed = pytest.mark.django_db(transaction=True)

VN = datetime.timezone(datetime.timedelta(hours=7))
# 07:00 in Hà Nội is 00:00 UTC: the archive's name must carry the local time.
NOW = datetime.datetime(2026, 12, 6, 7, 0, tzinfo=VN)
EVIDENCE = b"%PDF-1.4\n% Bien ban nghiem thu nha may dien gio\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
RESTORED = "restored"


@pytest.fixture
def frozen_now():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def office(media_root, frozen_now):
    """A directive, its task, a report sent through the workflow with an attached file, and a direction."""
    province = ProvinceFactory()
    sct = AgencyFactory(name="Sở Công Thương", short_name="SCT", province=province)
    directive = DirectiveFactory(province=province, monitoring_agency=sct, subject="Kế hoạch phát triển điện gió")
    task = TaskFactory(directive=directive, code="II.1.a", text="Xây dựng đề án phát triển điện gió")
    AssignmentFactory(task=task, agency=sct, role=AssignmentRole.LEAD)
    period = ReportingPeriodFactory(
        directive=directive,
        name="Quý IV/2026",
        start=datetime.date(2026, 10, 1),
        end=datetime.date(2026, 12, 31),
        due_date=datetime.date(2026, 12, 10),
    )
    staff = MembershipFactory(agency=sct, role=Role.STAFF, user=UserFactory(username="an")).user
    head = MembershipFactory(agency=sct, role=Role.HEAD, user=UserFactory(username="binh")).user
    leader = MembershipFactory(
        agency=AgencyFactory(name="Ủy ban nhân dân tỉnh Quảng Ngãi", province=province),
        role=Role.LEADERSHIP,
        user=UserFactory(username="long"),
    ).user
    report = services.save_draft(
        staff,
        ProgressReport(task=task, agency=sct, period=period),
        {"result": "Đã khảo sát 3 địa điểm.", "status": ReportedStatus.IN_PROGRESS, "percent_complete": 30},
        files=[pdf_upload("Biên bản nghiệm thu.pdf", body=EVIDENCE)],
    )
    report = services.submit_for_approval(staff, report, report.version)
    report = services.approve_and_submit(head, report, report.version)
    services.write_direction(leader, task, "Đề nghị Sở Công Thương khẩn trương hoàn thành.")
    return SimpleNamespace(directive=directive, task=task, report=report)


@pytest.fixture
def empty_database(tmp_path):
    """A second, empty database of the configured vendor, reachable as connections["restored"]."""
    settings_dict = copy.deepcopy(connections.settings[DEFAULT_DB_ALIAS])
    if connection.vendor == "sqlite":
        settings_dict["NAME"] = str(tmp_path / "restored.sqlite3")
    else:
        settings_dict["NAME"] = f"{connection.settings_dict['NAME']}_restored"
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{settings_dict["NAME"]}"')
            cursor.execute(f'CREATE DATABASE "{settings_dict["NAME"]}"')
    connections.settings[RESTORED] = settings_dict
    # Django's test case refuses to open connections to aliases it was not told about; connect() is the way in
    # it leaves open, and the open connection is then used as is.
    connections[RESTORED].connect()
    yield RESTORED
    connections[RESTORED].close()
    del connections[RESTORED]
    del connections.settings[RESTORED]
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE "{settings_dict["NAME"]}" WITH (FORCE)')


def take_backup(tmp_path):
    out = io.StringIO()
    call_command("backup", output=tmp_path / "backups", stdout=out)
    [archive] = (tmp_path / "backups").iterdir()
    return archive, out.getvalue()


def restore(archive, **options):
    out = io.StringIO()
    call_command("restore", str(archive), stdout=out, **options)
    return out.getvalue()


def every_row(alias):
    """Every row of every table the models know, so a table added later is compared without changing this test."""
    return {
        model._meta.db_table: list(model._base_manager.using(alias).order_by("pk").values())
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    }


def table_names(alias):
    with connections[alias].cursor() as cursor:
        return connections[alias].introspection.table_names(cursor)


@run_committed
def test_backup_taken_during_a_run_restores_every_row_and_file_into_an_empty_installation(
    office, empty_database, settings, tmp_path
):
    archive, said = take_backup(tmp_path)
    settings.MEDIA_ROOT = tmp_path / "fresh-media"

    restored_said = restore(archive, database=empty_database)

    assert archive.name == "portal-backup-2026-12-06T0700.tar.gz"
    assert str(archive) in said
    assert "06/12/2026 07:00" in restored_said
    assert every_row(empty_database) == every_row(DEFAULT_DB_ALIAS)
    restored = SimpleNamespace(
        directive=Directive.objects.using(empty_database).get(pk=office.directive.pk),
        task=Task.objects.using(empty_database).get(pk=office.task.pk),
        report=ProgressReport.objects.using(empty_database).get(pk=office.report.pk),
    )
    assert restored.directive.subject == "Kế hoạch phát triển điện gió"
    assert restored.report.result == "Đã khảo sát 3 địa điểm."
    assert Direction.objects.using(empty_database).get(task=restored.task).text.startswith("Đề nghị Sở Công Thương")
    [attachment] = Attachment.objects.using(empty_database).filter(report=restored.report)
    assert attachment.original_name == "Biên bản nghiệm thu.pdf"
    assert (Path(settings.MEDIA_ROOT) / attachment.file.name).read_bytes() == EVIDENCE
    history = HistoryEvent.objects.using(empty_database).filter(task=restored.task)
    assert sorted(history.values_list("kind", flat=True)) == sorted(
        [
            EventKind.DRAFT_SAVED,
            EventKind.ATTACHMENT_ADDED,
            EventKind.SUBMITTED_FOR_APPROVAL,
            EventKind.SUBMITTED,
            EventKind.DIRECTION_WRITTEN,
        ]
    )


@run_committed
def test_the_demo_restores_into_an_empty_database_and_a_fresh_uploads_folder_with_every_row_and_file(
    media_root, empty_database, settings, tmp_path
):
    settings.DEBUG = True  # load_demo refuses to run otherwise
    call_command("load_demo", stdout=io.StringIO())
    names = Attachment.objects.values_list("file", flat=True)
    attachments = {name: (Path(settings.MEDIA_ROOT) / name).read_bytes() for name in names}
    assert attachments and Change.objects.exists()
    archive, _said = take_backup(tmp_path)
    settings.MEDIA_ROOT = tmp_path / "fresh-media"

    restore(archive, database=empty_database)

    assert every_row(empty_database) == every_row(DEFAULT_DB_ALIAS)
    assert {name: (Path(settings.MEDIA_ROOT) / name).read_bytes() for name in attachments} == attachments


@run_committed
def test_a_restored_backup_holds_the_change_log_with_who_when_where_and_the_old_and_new_values(
    office, empty_database, settings, tmp_path
):
    administrator = UserFactory(username="quantri", is_staff=True, is_superuser=True)
    path = f"POST /admin/tasks/task/{office.task.pk}/change/"
    before = office.task.due_date
    with acting(source=Source.ADMIN, actor=administrator, remote_addr="10.0.0.7", path=path):
        office.task.due_date = datetime.date(2027, 6, 30)
        office.task.save()
    archive, _said = take_backup(tmp_path)
    settings.MEDIA_ROOT = tmp_path / "fresh-media"

    restore(archive, database=empty_database)

    restored = Change.objects.db_manager(empty_database)
    assert list(restored.order_by("pk").values()) == list(Change.objects.order_by("pk").values())
    assert restored.for_owner(office.report).filter(action=Change.Action.CREATE).exists()
    assert restored.for_owner(office.task).filter(object_repr__contains="Đề nghị Sở Công Thương").exists()
    change = restored.get(object_id=office.task.pk, action=Change.Action.UPDATE, changes__has_key="due_date")
    assert change.actor.username == "quantri"
    assert change.timestamp == NOW
    assert (change.source, change.remote_addr, change.request_path) == (Source.ADMIN, "10.0.0.7", path)
    assert change.changes["due_date"] == [str(before), "2027-06-30"]


@run_committed
def test_archive_manifest_lists_every_table_with_its_rows_and_every_file_with_its_checksum(office, tmp_path):
    archive, _said = take_backup(tmp_path)

    with tarfile.open(archive) as opened:
        manifest = json.load(opened.extractfile("manifest.json"))
        names = opened.getnames()

    assert manifest["database"]["vendor"] == connection.vendor
    assert set(manifest["tables"]) == set(table_names(DEFAULT_DB_ALIAS))
    assert manifest["tables"]["reports_historyevent"] == HistoryEvent.objects.count() == 5
    assert "tasks.0001_initial" in manifest["migrations"]
    [attachment] = Attachment.objects.all()
    assert f"media/{attachment.file.name}" in names
    assert list(manifest["media"]) == [attachment.file.name]


@run_committed
def test_restore_refuses_a_database_that_holds_data_or_an_uploads_folder_with_files_and_writes_nothing(
    office, empty_database, settings, tmp_path
):
    archive, _said = take_backup(tmp_path)
    uploads = settings.MEDIA_ROOT
    settings.MEDIA_ROOT = tmp_path / "fresh-media"
    before = every_row(DEFAULT_DB_ALIAS)

    with pytest.raises(CommandError, match="Cơ sở dữ liệu đã có dữ liệu .*hoặc thêm --force để thay thế"):
        restore(archive)
    assert every_row(DEFAULT_DB_ALIAS) == before
    assert not Path(settings.MEDIA_ROOT).exists()

    settings.MEDIA_ROOT = uploads
    with pytest.raises(CommandError, match="đã có tệp: hãy khôi phục vào một thư mục mới, hoặc thêm --force"):
        restore(archive, database=empty_database)
    assert table_names(empty_database) == []


@run_committed
def test_forced_restore_replaces_a_database_that_holds_data(office, empty_database, settings, tmp_path):
    archive, _said = take_backup(tmp_path)
    settings.MEDIA_ROOT = tmp_path / "fresh-media"
    restore(archive, database=empty_database)
    Directive.objects.using(empty_database).update(subject="Sửa sau khi sao lưu")

    restore(archive, database=empty_database, force=True)

    assert every_row(empty_database) == every_row(DEFAULT_DB_ALIAS)


@run_committed
def test_an_installation_only_migrated_and_started_counts_as_empty_and_becomes_exactly_the_backup(
    office, empty_database, settings, tmp_path
):
    archive, _said = take_backup(tmp_path)
    settings.MEDIA_ROOT = tmp_path / "fresh-media"
    call_command("migrate", database=empty_database, verbosity=0)
    Heartbeat.objects.using(empty_database).create(name=Heartbeat.BEAT, at=NOW)
    with connections[empty_database].cursor() as cursor:
        # A table a newer migration made: the backup's own `django_migrations` does not know it.
        cursor.execute("CREATE TABLE tasks_from_a_newer_release (id integer PRIMARY KEY)")

    restore(archive, database=empty_database)

    assert sorted(table_names(empty_database)) == sorted(table_names(DEFAULT_DB_ALIAS))
    assert every_row(empty_database) == every_row(DEFAULT_DB_ALIAS)


def rewrite(archive, change):
    """A copy of the archive with `change(name, data) -> data` applied to each member."""
    members = []
    with tarfile.open(archive) as opened:
        for member in opened.getmembers():
            members.append((member, change(member.name, opened.extractfile(member).read())))
    with tarfile.open(archive, "w:gz") as rewritten:
        for member, data in members:
            member.size = len(data)
            rewritten.addfile(member, io.BytesIO(data))


def manifest_change(change):
    def rewritten(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        change(manifest)
        return json.dumps(manifest).encode()

    return rewritten


def other_vendor(manifest):
    other = {"sqlite": ("postgresql", "database.pgdump"), "postgresql": ("sqlite", "database.sqlite3")}
    manifest["database"]["vendor"], manifest["database"]["file"] = other[manifest["database"]["vendor"]]


def damaged_attachment(name, data):
    return data.replace(b"nha may", b"NHA MAY") if name.startswith("media/") else data


@run_committed
def test_restore_refuses_a_damaged_foreign_or_newer_archive_before_writing_anything(
    office, empty_database, settings, tmp_path
):
    archive, _said = take_backup(tmp_path)
    settings.MEDIA_ROOT = tmp_path / "fresh-media"
    refusals = [
        (damaged_attachment, "Bản sao lưu bị hỏng: tệp media/reports/.* Chưa khôi phục gì"),
        (manifest_change(other_vendor), "Bản sao lưu này chứa cơ sở dữ liệu .* nhưng DATABASE_URL trỏ tới"),
        (
            manifest_change(lambda manifest: manifest["migrations"].append("tasks.9999_from_the_future")),
            "phiên bản cổng mới hơn .*tasks.9999_from_the_future.*: hãy cập nhật mã nguồn",
        ),
        (lambda name, data: data if name != "manifest.json" else b"{", "không phải bản sao lưu của cổng"),
    ]
    for change, message in refusals:
        copied = tmp_path / "copy" / archive.name
        copied.parent.mkdir(exist_ok=True)
        copied.write_bytes(archive.read_bytes())
        rewrite(copied, change)

        with pytest.raises(CommandError, match=message):
            restore(copied, database=empty_database)

        assert table_names(empty_database) == []
        assert not Path(settings.MEDIA_ROOT).exists()
    not_a_tar = tmp_path / "copy" / "portal-backup-2026-12-06T0701.tar.gz"
    not_a_tar.write_bytes(gzip.compress(b"not a tar file"))
    with pytest.raises(CommandError, match="không phải bản sao lưu của cổng"):
        restore(not_a_tar, database=empty_database)


def test_rotation_keeps_the_newest_archive_of_7_days_4_weeks_and_12_months_and_nothing_else(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    day = datetime.date(2026, 1, 1)
    while day <= NOW.date():
        (folder / f"portal-backup-{day:%Y-%m-%d}T0700.tar.gz").touch()
        day += datetime.timedelta(days=1)
    (folder / "portal-backup-2026-12-05T0300.tar.gz").touch()  # an earlier one the same day
    (folder / "portal-backup-2026-12-06T0700-2.tar.gz").touch()  # a second one the same minute
    (folder / "ghi-chu.txt").write_text("Sao lưu chép sang máy chủ dự phòng mỗi đêm.")

    prune_backups(folder, daily=7, weekly=4, monthly=12)

    daily = ["11-30", "12-01", "12-02", "12-03", "12-04", "12-05"]  # and 12-06's second archive
    weekly = ["11-15", "11-22", "11-29"]  # Sundays, the newest of their ISO weeks; 12-06 is the fourth
    monthly = ["01-31", "02-28", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31"]
    expected = [f"portal-backup-2026-{day}T0700.tar.gz" for day in daily + weekly + monthly]
    assert sorted(path.name for path in folder.glob("*.tar.gz")) == sorted(
        [*expected, "portal-backup-2026-12-06T0700-2.tar.gz"]
    )
    assert (folder / "ghi-chu.txt").exists()
