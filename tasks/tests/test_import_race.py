"""Confirms of the same file racing each other write one directive; the others are told why, in plain words."""

import threading
import time

import psycopg
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import translation

from agencies.models import Role
from agencies.tests.factories import MembershipFactory, ProvinceFactory, UserFactory
from tasks.importing.commit import ImportOvertaken, commit_preview
from tasks.importing.jobs import confirm_import, start_import
from tasks.importing.preview import build_preview
from tasks.models import Directive, ImportJob, ImportStatus, Task

from .import_workbooks import TITLE, build_004_workbook, create_agencies

UNNUMBERED = [TITLE[0], ("Số: /KH-UBND", TITLE[1][1]), *TITLE[2:]]
OVERTAKEN = "Another import (or a person) wrote this directive while this import was waiting"


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def uploads_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def committing(preview):
    """The job a confirm claims before it writes (the same file imported again is found by its checksum)."""
    return ImportJob.objects.create(
        province=preview.province,
        file="imports/k.xlsx",
        original_name="k.xlsx",
        sha256=preview.sha256,
        status=ImportStatus.COMMITTING,
    )


@pytest.mark.django_db
@pytest.mark.parametrize("title", [UNNUMBERED, TITLE], ids=["unnumbered", "numbered"])
def test_a_confirm_read_before_another_was_written_writes_nothing_and_says_why(tmp_path, title):
    create_agencies(ProvinceFactory())
    path = build_004_workbook(tmp_path / "k.xlsx", title=title)
    # Both read the file while neither had written it: both previews say "a new directive".
    first, second = build_preview(path, path.name), build_preview(path, path.name)
    assert first.is_clean and first.existing is None and second.existing is None
    commit_preview(first, job=committing(first))

    with pytest.raises(ImportOvertaken) as overtaken:
        commit_preview(second, job=committing(second))

    assert Directive.objects.count() == 1
    assert Task.objects.count() == len(first.parsed.tasks)
    assert OVERTAKEN in str(overtaken.value) and "UNIQUE" not in str(overtaken.value)


def test_the_message_is_in_vietnamese():
    with translation.override("vi"):
        message = str(ImportOvertaken())

    assert "Một lần nhập khác" in message


def waiting_sessions(cursor, count, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        cursor.execute(
            "SELECT count(DISTINCT l.pid) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE NOT l.granted AND a.datname = current_database()"
        )
        if cursor.fetchone()[0] >= count:
            return
        time.sleep(0.1)
    pytest.fail(f"{count} confirms did not reach the database within {timeout}s")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="needs DATABASE_URL to be PostgreSQL")
@pytest.mark.django_db(transaction=True)
def test_three_confirms_of_the_same_unnumbered_file_at_once_write_one_directive(tmp_path):
    province = ProvinceFactory()
    create_agencies(province)
    monitor = UserFactory(username="theodoi")
    MembershipFactory(user=monitor, agency__province=province, role=Role.MONITOR)
    content = build_004_workbook(tmp_path / "k.xlsx", title=UNNUMBERED).read_bytes()
    jobs = [start_import(SimpleUploadedFile("k.xlsx", content), monitor, province) for _ in range(3)]
    assert {job.status for job in ImportJob.objects.all()} == {ImportStatus.READY}

    def confirm(job):
        try:
            with translation.override("en"):
                confirm_import(job)
        finally:
            connection.close()

    db = connection.settings_dict
    # Hold the directive table so that every confirm has read the file and decided what to write before any
    # of them writes: then let them race.
    with psycopg.connect(
        dbname=db["NAME"], user=db["USER"], password=db["PASSWORD"], host=db["HOST"] or "127.0.0.1", port=db["PORT"]
    ) as gate:
        with gate.cursor() as cursor:
            cursor.execute("LOCK TABLE tasks_directive IN EXCLUSIVE MODE")
            threads = [threading.Thread(target=confirm, args=(job,)) for job in jobs]
            for thread in threads:
                thread.start()
            waiting_sessions(cursor, 3)
    for thread in threads:
        thread.join(timeout=120)

    assert Directive.objects.count() == 1
    outcomes = sorted((job.status, job.error[: len(OVERTAKEN)]) for job in ImportJob.objects.all())
    assert outcomes == [
        (ImportStatus.DONE, ""),
        (ImportStatus.READY, OVERTAKEN),
        (ImportStatus.READY, OVERTAKEN),
    ]
    # A loser, read again, now sees the directive as imported before: confirmed again, it changes nothing.
    loser = ImportJob.objects.filter(status=ImportStatus.READY).first()
    confirm_import(loser)
    loser.refresh_from_db()
    assert (loser.status, loser.error, loser.result["created"], Directive.objects.count()) == (
        ImportStatus.DONE,
        "",
        0,
        1,
    )
