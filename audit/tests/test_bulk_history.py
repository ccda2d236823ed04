"""Writes that bypass save() — imports, the period sweep, the demo loader — are in the change log with their actor."""

import datetime
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from agencies.models import Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from audit.models import Change, Source
from notifications.tasks import daily_sweep
from reports.models import ReportingPeriod
from reports.periods import sync_periods
from tasks.models import Assignment, ImportJob, ImportStatus, Task
from tasks.tests.factories import ReportingScheduleFactory
from tasks.tests.import_workbooks import ROWS, build_004_workbook, create_agencies

pytestmark = pytest.mark.django_db


@pytest.fixture
def province():
    return ProvinceFactory()


@pytest.fixture
def agencies(province):
    return create_agencies(province)


def changes_of(model, **lookup):
    return Change.objects.filter(content_type__model=model._meta.model_name, **lookup)


def test_a_command_import_records_each_task_and_assignment_as_made_by_the_command(agencies, tmp_path):
    call_command("import_directives", str(build_004_workbook(tmp_path / "k.xlsx")), stdout=StringIO())

    created = changes_of(Task, action=Change.Action.CREATE)
    assert created.count() == Task.objects.count() == len(ROWS)
    assert changes_of(Assignment, action=Change.Action.CREATE).count() == Assignment.objects.count()
    task = Task.objects.get(code="II.1.c")
    entry = created.get(object_id=task.pk)
    assert entry.changes["due_date"] == ["None", "2020-12-31"]
    assert (entry.source, entry.actor) == (Source.COMMAND, None)
    assert entry.request_path.startswith("manage.py import_directives")
    # The task's history holds its assignments too.
    assert set(Change.objects.for_owner(task).values_list("content_type__model", flat=True)) == {"task", "assignment"}


def test_a_corrected_file_records_old_and_new_values_of_what_it_changed(agencies, tmp_path):
    call_command("import_directives", str(build_004_workbook(tmp_path / "k.xlsx")), stdout=StringIO())
    corrected = list(ROWS)
    corrected[4] = (*ROWS[4][:4], "năm 2021", *ROWS[4][5:])  # II.1.c, "năm 2020" in the first file

    call_command("import_directives", str(build_004_workbook(tmp_path / "k2.xlsx", rows=corrected)), stdout=StringIO())

    task = Task.objects.get(code="II.1.c")
    update = changes_of(Task, action=Change.Action.UPDATE, object_id=task.pk).get()
    assert update.changes["due_date"] == ["2020-12-31", "2021-12-31"]
    assert update.changes["timeframe_text"] == ["năm 2020", "năm 2021"]
    assert (
        not changes_of(Task, action=Change.Action.UPDATE).exclude(object_id=task.pk).filter(changes__has_key="due_date")
    )


def test_a_big_import_written_by_the_worker_is_recorded_as_the_uploader(
    client, agencies, province, tmp_path, settings, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.IMPORT_BACKGROUND_BYTES = 0  # tests run Celery tasks eagerly
    monitor = UserFactory(username="theo-doi")
    MembershipFactory(user=monitor, agency=AgencyFactory(province=province), role=Role.MONITOR)
    client.force_login(monitor)
    path = build_004_workbook(tmp_path / "k.xlsx")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("tasks:import_upload"),
            {"file": SimpleUploadedFile(path.name, path.read_bytes()), "province": province.pk},
        )
    job = ImportJob.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("tasks:import_confirm", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE

    entry = changes_of(Task, action=Change.Action.CREATE).first()
    assert (entry.source, entry.actor) == (Source.WORKER, monitor)
    assert entry.request_path == "celery tasks.tasks.commit_import"
    done = changes_of(ImportJob, object_id=job.pk, action=Change.Action.UPDATE, changes__has_key="result").get()
    assert done.changes["status"] == [ImportStatus.COMMITTING, ImportStatus.DONE]


def test_periods_made_by_the_sweep_are_recorded_in_the_directive_history(province):
    schedule = ReportingScheduleFactory(directive__province=province, day_of_month=10, months="3,6,9,12")
    with translation.override("vi"):
        sync_periods([schedule], [2026])

    periods = ReportingPeriod.objects.filter(directive=schedule.directive)
    assert periods.count() == 4
    entries = Change.objects.for_owner(schedule.directive).filter(content_type__model="reportingperiod")
    assert sorted(entries.values_list("object_id", flat=True)) == sorted(periods.values_list("pk", flat=True))
    assert all(entry.action == Change.Action.CREATE for entry in entries)


def test_a_periodic_task_run_by_the_worker_is_recorded_as_the_worker(province):
    ReportingScheduleFactory(directive__province=province, day_of_month=10, months="3,6,9,12")

    daily_sweep.apply(kwargs={"as_of": datetime.date(2026, 3, 1).isoformat()})

    entries = changes_of(ReportingPeriod)
    assert entries.exists()
    assert {(e.source, e.actor_id, e.request_path) for e in entries} == {
        (Source.WORKER, None, "celery notifications.tasks.daily_sweep")
    }
