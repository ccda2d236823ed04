"""An imported directive can be reported on at once: it has a monitoring unit and a reporting schedule."""

import datetime
import json
from io import StringIO

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import MembershipFactory, ProvinceFactory, UserFactory
from reports import obligations
from reports.models import ReportingPeriod, ReportObligation
from tasks.importing.commit import commit_preview
from tasks.importing.preview import build_preview
from tasks.models import Directive, ImportJob, Task

from .import_workbooks import TITLE, build_004_workbook, create_agencies

TODAY = datetime.datetime(2026, 12, 6, 9, 0, tzinfo=datetime.UTC)
DUTY = (
    "Định kỳ hằng quý, trước ngày 15 của tháng cuối quý, các sở, ngành báo cáo UBND tỉnh (qua Sở Kế hoạch và Đầu tư)."
)


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def today():
    with time_machine.travel(TODAY, tick=False):
        yield


@pytest.fixture
def agencies(db):
    agencies = create_agencies(ProvinceFactory(name="Quảng Ngãi", code="quang-ngai"))
    MembershipFactory(agency=agencies["sct"], role=Role.MONITOR, user=UserFactory(username="theodoi"))
    return agencies


def test_a_file_silent_on_reporting_gets_the_monitoring_unit_and_the_usual_schedules(agencies, tmp_path):
    path = build_004_workbook(tmp_path / "k.xlsx")

    directive = commit_preview(build_preview(path, path.name)).directive

    assert directive.monitoring_agency == agencies["sct"]
    schedules = sorted(directive.schedules.values_list("kind", "day_of_month", "months"))
    assert schedules == [("annual", 10, "11"), ("quarterly", 10, "3,6,9,12")]
    # Imported on 06/12/2026: the fourth quarter's report is asked for; periods already past are not.
    periods = ReportingPeriod.objects.filter(directive=directive).order_by("due_date")
    assert [period.due_date for period in periods] == [datetime.date(2026, 12, 10)]


def test_an_imported_directives_reporters_obligations_and_lead_keys_are_what_the_rules_say(agencies, tmp_path):
    path = build_004_workbook(tmp_path / "k.xlsx")
    directive = commit_preview(build_preview(path, path.name)).directive
    ids = list(Task.objects.filter(directive=directive).values_list("pk", flat=True))

    stored = obligations.stored_rows(ids)
    assert stored == obligations.expected_rows(ids)
    reporters, owed, lead_keys = stored
    assert reporters and owed and ReportObligation.objects.filter(task__directive=directive).count() == len(owed)
    assert all(lead_keys.values())  # every task of seed 004 has a lead


def test_a_duty_in_the_title_rows_sets_the_schedule_and_the_consolidating_agency(agencies, tmp_path):
    path = build_004_workbook(tmp_path / "k.xlsx", title=[*TITLE, (DUTY,)])

    preview = build_preview(path, path.name)
    directive = commit_preview(preview).directive

    assert preview.directive["subject"] == TITLE[4][0]  # the duty is not read into the subject
    assert directive.monitoring_agency == agencies["skhdt"]
    schedule = directive.schedules.get()
    assert (schedule.kind, schedule.day_of_month, schedule.months) == ("quarterly", 15, "3,6,9,12")
    assert schedule.original_text == DUTY


def test_importing_the_same_file_again_adds_no_schedule_and_keeps_the_monitoring_unit(agencies, tmp_path):
    path = build_004_workbook(tmp_path / "k.xlsx")
    directive = commit_preview(build_preview(path, path.name)).directive
    directive.monitoring_agency = agencies["stc"]
    directive.save()

    commit_preview(build_preview(path, path.name))

    directive.refresh_from_db()
    assert directive.monitoring_agency == agencies["stc"]
    assert directive.schedules.count() == 2


def _staff_of(agency, username):
    user = UserFactory(username=username)
    MembershipFactory(agency=agency, user=user, role=Role.STAFF)
    return user


def test_after_a_web_import_the_lead_agencys_staff_find_the_tasks_in_their_inbox(agencies, client, tmp_path):
    path = build_004_workbook(tmp_path / "k.xlsx")
    client.force_login(UserFactory(username="theodoi"))
    with path.open("rb") as handle:
        client.post(reverse("tasks:import_upload"), {"file": handle, "province": agencies["sct"].province_id})
    job = ImportJob.objects.get()
    assert job.preview["directive"]["monitoring_agency_name"] == "Sở Công Thương"

    response = client.post(reverse("tasks:import_confirm", args=[job.pk]))

    assert response.status_code == 302
    directive = Directive.objects.get()
    assert directive.monitoring_agency == agencies["sct"]
    client.force_login(_staff_of(agencies["stnmt"], "chuyenvien_tnmt"))
    inbox = client.get(reverse("reports:inbox")).content.decode()
    assert "Tổ chức thực hiện các hoạt động giảm nhẹ phát thải khí nhà kính" in inbox


def test_the_preview_form_changes_the_schedule_and_ticking_none_sets_none(agencies, client, tmp_path):
    path = build_004_workbook(tmp_path / "k.xlsx")
    client.force_login(UserFactory(username="theodoi"))
    with path.open("rb") as handle:
        client.post(reverse("tasks:import_upload"), {"file": handle, "province": agencies["sct"].province_id})
    job = ImportJob.objects.get()
    page = client.get(job.get_absolute_url()).content.decode()
    assert "Hằng quý, trước ngày 10 của tháng cuối quý" in page
    details = {**job.preview["directive"], "issued_on": "15/05/2019", "issuing_agency": agencies["ubnd"].pk}
    details["monitoring_agency"] = agencies["stc"].pk
    del details["schedules"]

    client.post(reverse("tasks:import_directive", args=[job.pk]), {**details, "schedules": ["annual:10:11"]})
    job.refresh_from_db()
    assert job.preview["directive"]["schedules"] == ["annual:10:11"]
    client.post(reverse("tasks:import_directive", args=[job.pk]), details)
    client.post(reverse("tasks:import_confirm", args=[job.pk]))

    directive = Directive.objects.get()
    assert directive.monitoring_agency == agencies["stc"]
    assert not directive.schedules.exists()


def test_a_schedule_the_preview_does_not_offer_is_refused(agencies, client, tmp_path):
    path = build_004_workbook(tmp_path / "k.xlsx")
    client.force_login(UserFactory(username="theodoi"))
    with path.open("rb") as handle:
        client.post(reverse("tasks:import_upload"), {"file": handle, "province": agencies["sct"].province_id})
    job = ImportJob.objects.get()
    details = {**job.preview["directive"], "issued_on": "15/05/2019", "schedules": ["monthly:99:1"]}

    client.post(reverse("tasks:import_directive", args=[job.pk]), details, follow=True)

    job.refresh_from_db()
    assert "schedules" not in job.overrides


def test_the_command_line_import_has_a_monitoring_unit_and_a_schedule(agencies, client, tmp_path):
    path = build_004_workbook(tmp_path / "k.xlsx")
    out = StringIO()

    call_command("import_directives", str(path), "--dry-run", "--format", "json", stdout=out)
    shown = json.loads(out.getvalue())["directive"]
    call_command("import_directives", str(path), "--schedule", "annual:15:12", stdout=StringIO())

    assert shown["monitoring_agency"] == "Sở Công Thương"
    assert [schedule["key"] for schedule in shown["schedules"]] == ["quarterly:10:3,6,9,12", "annual:10:11"]
    directive = Directive.objects.get()
    assert directive.monitoring_agency == agencies["sct"]
    assert list(directive.schedules.values_list("kind", "day_of_month", "months")) == [("annual", 15, "12")]
    assert list(ReportingPeriod.objects.filter(directive=directive).values_list("due_date", flat=True)) == [
        datetime.date(2026, 12, 15)
    ]
    client.force_login(_staff_of(agencies["stnmt"], "chuyenvien_tnmt"))
    inbox = client.get(reverse("reports:inbox")).content.decode()
    assert "Tổ chức thực hiện các hoạt động giảm nhẹ phát thải khí nhà kính" in inbox


def test_the_command_line_refuses_a_schedule_it_cannot_read(agencies, tmp_path):
    from django.core.management.base import CommandError

    path = build_004_workbook(tmp_path / "k.xlsx")

    with pytest.raises(CommandError, match="Not a reporting schedule: yearly"):
        call_command("import_directives", str(path), "--schedule", "yearly", stdout=StringIO())
    assert not Directive.objects.exists()
