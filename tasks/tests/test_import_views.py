"""The import pages: who may use them, and upload → preview → resolve an agency → confirm."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from agencies.models import Agency, AgencyAlias, Province, Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from audit.models import Change
from tasks.models import Directive, ImportJob, ImportStatus, Task
from tasks.tasks import commit_import, preview_import

from .import_workbooks import ROWS, build_004_csv, build_004_workbook, create_agencies

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def uploads_in_tmp_and_english_by_default(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def province(db):
    return ProvinceFactory()


@pytest.fixture
def agencies(province):
    return create_agencies(province)


def member(province, role, username):
    user = UserFactory(username=username)
    MembershipFactory(user=user, agency=AgencyFactory(province=province), role=role)
    return user


@pytest.fixture
def monitor(province):
    return member(province, Role.MONITOR, "theo-doi")


def upload(client, path, **extra):
    with open(path, "rb") as handle:
        data = {"file": SimpleUploadedFile(path.name, handle.read()), **extra}
    own = Province.objects.filter(agencies__memberships__user_id=client.session.get("_auth_user_id")).first()
    if own and "province" not in data:
        data["province"] = own.pk  # the form preselects the user's only province
    return client.post(reverse("tasks:import_upload"), data)


@pytest.mark.parametrize(
    ("role", "status"),
    [(Role.ADMIN, 200), (Role.MONITOR, 200), (Role.STAFF, 403), (Role.HEAD, 403), (Role.LEADERSHIP, 403)],
)
def test_only_administrators_and_the_monitoring_unit_may_import(client, province, role, status):
    client.force_login(member(province, role, f"user-{role}"))

    assert client.get(reverse("tasks:import_upload")).status_code == status
    assert client.get(reverse("tasks:import_template")).status_code == status


def test_anonymous_users_are_sent_to_the_login_page(client, db):
    response = client.get(reverse("tasks:import_upload"))

    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_superuser_may_import(client, db):
    client.force_login(UserFactory(username="root", is_superuser=True))

    assert client.get(reverse("tasks:import_upload")).status_code == 200


def test_an_import_of_another_province_is_not_found(client, agencies, monitor, tmp_path):
    client.force_login(monitor)
    job = ImportJob.objects.get(pk=upload(client, build_004_workbook(tmp_path / "k.xlsx")).url.split("/")[-2])
    other = member(ProvinceFactory(name="Thái Nguyên", code="thai-nguyen"), Role.MONITOR, "thai-nguyen")
    client.force_login(other)

    assert client.get(job.get_absolute_url()).status_code == 404
    assert client.post(reverse("tasks:import_confirm", args=[job.pk])).status_code == 404


def test_an_upload_larger_than_the_limit_is_refused_before_it_is_read(client, monitor, tmp_path, settings):
    settings.IMPORT_MAX_FILE_BYTES = 10_000
    client.force_login(monitor)
    (tmp_path / "big.csv").write_bytes(b"STT,Nhiem vu\n" * 5000)

    response = upload(client, tmp_path / "big.csv")

    assert response.status_code == 200
    assert "larger than the limit" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_a_monitor_imports_into_their_own_province_only(client, agencies, monitor, tmp_path):
    other = ProvinceFactory(name="Thái Nguyên", code="thai-nguyen")
    client.force_login(monitor)

    response = upload(client, build_004_workbook(tmp_path / "k.xlsx"), province=other.pk)

    assert response.status_code == 200 and not ImportJob.objects.exists()


def test_template_workbook_downloads_and_its_header_is_recognised(client, monitor):
    client.force_login(monitor)

    response = client.get(reverse("tasks:import_template"))

    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response.content.startswith(b"PK")
    assert "no-store" in response["Cache-Control"]


def test_upload_preview_confirm_creates_the_directive(client, agencies, monitor, tmp_path):
    client.force_login(monitor)

    response = upload(client, build_004_workbook(tmp_path / "ke-hoach.xlsx"))
    job = ImportJob.objects.get()
    page = client.get(response.url)

    assert job.status == ImportStatus.READY and job.created_by == monitor
    assert "Sở Kế hoạch và Đầu tư" in page.content.decode()
    assert page.context["tasks"][2]["due_date"].year == 2020
    assert 'value="15/05/2019"' in page.content.decode()  # the title rows' date, shown dd/mm/yyyy
    confirmed = client.post(reverse("tasks:import_confirm", args=[job.pk]))
    job.refresh_from_db()
    assert confirmed.status_code == 302 and job.status == ImportStatus.DONE
    assert Task.objects.filter(directive=job.directive).count() == len(ROWS)
    assert job.directive.get_absolute_url() in client.get(job.get_absolute_url()).content.decode()


def test_a_refused_file_is_shown_on_the_upload_form_and_not_kept(client, monitor, tmp_path):
    client.force_login(monitor)
    (tmp_path / "bao-cao.xlsx").write_bytes(b"%PDF-1.4 not a workbook")

    response = upload(client, tmp_path / "bao-cao.xlsx")

    assert response.status_code == 200
    assert "PDF" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_unmatched_agency_mapped_in_the_preview_is_remembered_and_the_import_goes_through(
    client, agencies, monitor, tmp_path
):
    rows = [
        (*row[:3], "Phòng Đăng ký kinh doanh", *row[4:]) if row[0] == "a)" and "tiêu chí, yêu cầu" in row[1] else row
        for row in ROWS
    ]
    client.force_login(monitor)
    upload(client, build_004_workbook(tmp_path / "k.xlsx", rows=rows))
    job = ImportJob.objects.get()
    assert [entry["text"] for entry in job.preview["unmatched_agencies"]] == ["Phòng Đăng ký kinh doanh"]
    assert client.post(reverse("tasks:import_confirm", args=[job.pk])).status_code == 302
    assert not Directive.objects.exists()

    client.post(
        reverse("tasks:import_agency", args=[job.pk]),
        {"text": "Phòng Đăng ký kinh doanh", "agency": agencies["skhdt"].pk},
    )
    job.refresh_from_db()

    assert AgencyAlias.objects.filter(agency=agencies["skhdt"], alias="Phòng Đăng ký kinh doanh").exists()
    assert job.preview["error_count"] == 0
    client.post(reverse("tasks:import_confirm", args=[job.pk]))
    task = Task.objects.get(code="II.1.a")
    assert agencies["skhdt"] in [a.agency for a in task.assignments.filter(role="coordinating")]


def upload_naming(client, tmp_path, name):
    """The 004 file with one coordinator written as `name`; the job it makes."""
    rows = [(*row[:3], name, *row[4:]) if row[0] == "a)" and "tiêu chí, yêu cầu" in row[1] else row for row in ROWS]
    response = upload(client, build_004_workbook(tmp_path / "k.xlsx", rows=rows))
    return ImportJob.objects.get(pk=response.url.split("/")[-2])


def test_a_province_maps_only_its_files_names_and_its_aliases_stay_in_that_province(
    client, agencies, monitor, tmp_path
):
    ministry = AgencyFactory(name="Bộ Công Thương", province=None, kind="central")
    thai_nguyen = ProvinceFactory(name="Thái Nguyên", code="thai-nguyen")
    create_agencies(thai_nguyen)
    client.force_login(member(thai_nguyen, Role.MONITOR, "theodoi-thainguyen"))
    job = upload_naming(client, tmp_path, "Bộ chủ quản")
    assert job.province == thai_nguyen and "Bộ chủ quản" in [e["text"] for e in job.preview["unmatched_agencies"]]

    refused = client.post(
        reverse("tasks:import_agency", args=[job.pk]), {"text": "Tên bất kỳ", "agency": ministry.pk}, follow=True
    )
    created = client.post(
        reverse("tasks:import_agency", args=[job.pk]),
        {"text": "Tên bất kỳ", "name": "Cơ quan bất kỳ", "kind": "department"},
        follow=True,
    )
    client.post(reverse("tasks:import_agency", args=[job.pk]), {"text": "Bộ chủ quản", "agency": ministry.pk})

    assert "“Tên bất kỳ” is not a name this file leaves unmatched" in refused.content.decode()
    assert "is not a name this file leaves unmatched" in created.content.decode()
    assert not Agency.objects.filter(name="Cơ quan bất kỳ").exists()
    assert list(AgencyAlias.objects.filter(agency=ministry).values_list("alias", "province")) == [
        ("Bộ chủ quản", thai_nguyen.pk)
    ]
    assert not AgencyAlias.objects.filter(alias="Tên bất kỳ").exists()
    job.refresh_from_db()
    assert "Bộ chủ quản" not in [e["text"] for e in job.preview["unmatched_agencies"]]
    # Quảng Ngãi's import of a file naming the same body does not use Thái Nguyên's alias.
    client.force_login(monitor)
    other = upload_naming(client, tmp_path, "Bộ chủ quản")
    assert other.province != thai_nguyen
    assert "Bộ chủ quản" in [e["text"] for e in other.preview["unmatched_agencies"]]


def test_an_unknown_agency_can_be_created_from_the_preview(client, agencies, monitor, tmp_path):
    rows = [(*row[:3], "Hiệp hội Gỗ Quảng Ngãi", *row[4:]) if row[0] == "-" else row for row in ROWS]
    client.force_login(monitor)
    upload(client, build_004_workbook(tmp_path / "k.xlsx", rows=rows))
    job = ImportJob.objects.get()

    client.post(
        reverse("tasks:import_agency", args=[job.pk]),
        {"text": "Hiệp hội Gỗ Quảng Ngãi", "name": "Hiệp hội Gỗ và Lâm sản Quảng Ngãi", "kind": "association"},
    )
    job.refresh_from_db()

    created = Agency.objects.get(name="Hiệp hội Gỗ và Lâm sản Quảng Ngãi")
    assert created.province == job.province
    assert created.aliases.get().alias == "Hiệp hội Gỗ Quảng Ngãi"
    assert job.preview["error_count"] == 0


NN_MT = "Sở Nông nghiệp và Môi trường"


def upload_naming_nn_mt(client, monitor, tmp_path):
    rows = [(*row[:3], "Sở NN&MT", *row[4:]) if row[0] == "-" else row for row in ROWS]
    client.force_login(monitor)
    upload(client, build_004_workbook(tmp_path / "k.xlsx", rows=rows))
    return ImportJob.objects.get()


def test_a_catalogue_body_the_province_lacks_is_listed_to_create_and_created_when_the_import_is_confirmed(
    client, agencies, monitor, tmp_path
):
    job = upload_naming_nn_mt(client, monitor, tmp_path)
    page = client.get(job.get_absolute_url()).content.decode()

    assert job.preview["error_count"] == 0
    assert job.preview["unmatched_agencies"] == []
    [entry] = job.preview["agencies_to_create"]
    assert (entry["text"], entry["name"], entry["catalogue_key"]) == ("Sở NN&MT", NN_MT, "so-nong-nghiep-va-moi-truong")
    assert "Agencies created from the catalogue on confirming" in page
    assert 'name="create_body" value="Sở NN&amp;MT" form="directive-form" checked' in page
    assert f'{NN_MT} <span class="hint to-create">' in page  # the tasks show the body's name
    assert not Agency.objects.filter(name=NN_MT).exists()

    client.post(
        reverse("tasks:import_confirm", args=[job.pk]), {"offered_body": ["Sở NN&MT"], "create_body": ["Sở NN&MT"]}
    )
    job.refresh_from_db()

    created = Agency.objects.get(name=NN_MT)
    assert (job.status, created.province, created.is_group) == (ImportStatus.DONE, job.province, False)
    assert created.aliases.get().alias == "Sở NN&MT"
    assert job.result["agencies_created"] == [NN_MT]
    assert Task.objects.filter(directive=job.directive, assignments__agency=created).count() == entry["count"]
    # in the change log as the person's creation, like any other
    assert Change.objects.get_for_object(created).get(action=Change.Action.CREATE).actor == monitor
    assert NN_MT in client.get(job.get_absolute_url()).content.decode()


def test_a_catalogue_body_unticked_is_not_created_and_its_name_is_left_to_map(client, agencies, monitor, tmp_path):
    job = upload_naming_nn_mt(client, monitor, tmp_path)

    client.post(reverse("tasks:import_confirm", args=[job.pk]), {"offered_body": ["Sở NN&MT"]})
    job.refresh_from_db()

    assert (job.status, job.directive) == (ImportStatus.READY, None)
    assert not Agency.objects.filter(name=NN_MT).exists()
    assert job.preview["agencies_to_create"] == []
    assert [entry["proposals"] for entry in job.preview["unmatched_agencies"]] == [
        [{"key": "so-nong-nghiep-va-moi-truong", "name": NN_MT, "kind": "department"}]
    ]
    page = client.get(job.get_absolute_url()).content.decode()
    assert f"{NN_MT}, which this province does not have yet" in page
    assert 'value="so-nong-nghiep-va-moi-truong"' in page

    # still a name to resolve by hand: mapped, it imports without creating anything
    client.post(reverse("tasks:import_agency", args=[job.pk]), {"text": "Sở NN&MT", "agency": agencies["sct"].pk})
    client.post(reverse("tasks:import_confirm", args=[job.pk]))
    job.refresh_from_db()

    assert job.status == ImportStatus.DONE
    assert not Agency.objects.filter(name=NN_MT).exists()


def test_a_declined_catalogue_body_can_still_be_created_from_its_name(client, agencies, monitor, tmp_path):
    job = upload_naming_nn_mt(client, monitor, tmp_path)
    client.post(reverse("tasks:import_confirm", args=[job.pk]), {"offered_body": ["Sở NN&MT"]})
    job.refresh_from_db()

    client.post(
        reverse("tasks:import_agency", args=[job.pk]),
        {"text": "Sở NN&MT", "name": NN_MT, "kind": "department", "catalogue_key": "so-nong-nghiep-va-moi-truong"},
    )
    job.refresh_from_db()

    created = Agency.objects.get(name=NN_MT)
    assert (created.province, created.is_group) == (job.province, False)
    assert job.preview["error_count"] == 0


def test_directive_details_edited_in_the_preview_are_imported(client, agencies, monitor, tmp_path):
    client.force_login(monitor)
    upload(client, build_004_workbook(tmp_path / "k.xlsx"))
    job = ImportJob.objects.get()

    client.post(
        reverse("tasks:import_directive", args=[job.pk]),
        {
            "kind": "ke_hoach",
            "number": "123",
            "symbol": "KH-UBND",
            "issued_on": "20/05/2019",
            "place": "Quảng Ngãi",
            "subject": "Kế hoạch phát triển công nghiệp",
            "issuing_agency": agencies["ubnd"].pk,
        },
    )
    client.post(reverse("tasks:import_confirm", args=[job.pk]))

    directive = Directive.objects.get()
    assert (directive.number, directive.issued_on.day) == ("123", 20)
    assert directive.subject == "Kế hoạch phát triển công nghiệp"


def test_a_big_file_is_read_and_imported_by_the_worker_with_its_progress(
    client, agencies, monitor, tmp_path, settings, django_capture_on_commit_callbacks
):
    settings.IMPORT_BACKGROUND_BYTES = 0  # tests run Celery tasks eagerly (CELERY_TASK_ALWAYS_EAGER)
    client.force_login(monitor)

    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, build_004_workbook(tmp_path / "k.xlsx"))
    job = ImportJob.objects.get()
    assert job.status == ImportStatus.READY
    assert job.rows_read == job.rows_total == len(ROWS)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("tasks:import_confirm", args=[job.pk]))

    job.refresh_from_db()
    assert job.status == ImportStatus.DONE
    assert "Imported:" in client.get(response.url).content.decode()


def test_a_small_file_with_many_rows_is_read_and_written_by_the_worker_not_in_the_request(
    client, agencies, monitor, tmp_path, settings, django_capture_on_commit_callbacks
):
    settings.IMPORT_BACKGROUND_ROWS = 10  # the 004 workbook is a few KB, far below IMPORT_BACKGROUND_KB
    client.force_login(monitor)

    with django_capture_on_commit_callbacks() as queued:
        upload(client, build_004_workbook(tmp_path / "k.xlsx"))
    job = ImportJob.objects.get()
    assert (job.status, len(queued)) == (ImportStatus.READING, 1)
    queued[0]()  # the worker's preview
    with django_capture_on_commit_callbacks() as queued:
        client.post(reverse("tasks:import_confirm", args=[job.pk]))

    job.refresh_from_db()
    assert (job.status, len(queued), Directive.objects.count()) == (ImportStatus.COMMITTING, 1, 0)
    queued[0]()  # the worker's commit
    job.refresh_from_db()
    assert (job.status, Directive.objects.count()) == (ImportStatus.DONE, 1)


def test_a_big_file_uploaded_while_redis_is_down_waits_for_the_worker_with_a_message(
    client, agencies, monitor, tmp_path, settings, redis_down, django_capture_on_commit_callbacks
):
    settings.IMPORT_BACKGROUND_BYTES = 0
    client.force_login(monitor)

    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, build_004_workbook(tmp_path / "k.xlsx"))

    assert response.status_code == 302
    job = ImportJob.objects.get()
    assert job.status == ImportStatus.READING
    page = client.get(response.url).content.decode()
    assert "the file will be read as soon as it is back" in page
    assert 'http-equiv="refresh"' in page


def test_a_big_import_confirmed_while_redis_is_down_can_be_confirmed_again(
    client, agencies, monitor, tmp_path, settings, redis_down, django_capture_on_commit_callbacks
):
    client.force_login(monitor)
    response = upload(client, build_004_workbook(tmp_path / "k.xlsx"))  # small enough to be read here
    settings.IMPORT_BACKGROUND_BYTES = 0
    job = ImportJob.objects.get()

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = client.post(reverse("tasks:import_confirm", args=[job.pk]))

    assert confirmed.status_code == 302
    job.refresh_from_db()
    assert (job.status, Directive.objects.count()) == (ImportStatus.READY, 0)
    assert "nothing was imported. Confirm again later." in client.get(response.url).content.decode()
    redis_down.conf.task_always_eager = True  # the worker is back
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("tasks:import_confirm", args=[job.pk]))
    job.refresh_from_db()
    assert (job.status, job.error, Task.objects.count()) == (ImportStatus.DONE, "", len(ROWS))


def test_progress_is_shown_while_the_worker_reads(client, monitor, province):
    job = ImportJob.objects.create(
        province=province,
        file="imports/x.xlsx",
        original_name="x.xlsx",
        sha256="0" * 64,
        created_by=monitor,
        status=ImportStatus.READING,
        rows_read=1500,
        rows_total=50000,
    )
    client.force_login(monitor)

    page = client.get(job.get_absolute_url()).content.decode()

    assert '<progress value="1500" max="50000">' in page
    assert 'http-equiv="refresh"' in page


def test_the_commit_task_run_twice_writes_once(client, agencies, monitor, tmp_path):
    client.force_login(monitor)
    upload(client, build_004_workbook(tmp_path / "k.xlsx"))
    job = ImportJob.objects.get()
    client.post(reverse("tasks:import_confirm", args=[job.pk]))
    job.refresh_from_db()
    result = job.result

    commit_import.apply(args=[job.pk])

    job.refresh_from_db()
    assert job.status == ImportStatus.DONE and job.result == result
    assert Task.objects.count() == len(ROWS)


def stopped(job, status, attempts=1):
    """Leave the job as a worker killed while holding it does: its run's token on it, last heard of 20 minutes ago."""
    ImportJob.objects.filter(pk=job.pk).update(
        status=status,
        worker_token="killed-worker",
        heartbeat_at=timezone.now() - datetime.timedelta(minutes=20),
        attempts=attempts,
    )


def reap():
    out = io.StringIO()
    call_command("reap_stuck_work", stdout=out)
    return out.getvalue()


def test_a_preview_whose_worker_was_killed_is_read_again_by_the_reaper(
    client, agencies, monitor, tmp_path, settings, django_capture_on_commit_callbacks
):
    settings.IMPORT_BACKGROUND_BYTES = 0
    client.force_login(monitor)
    response = upload(client, build_004_workbook(tmp_path / "k.xlsx"))  # its queued message is never run
    job = ImportJob.objects.get()
    stopped(job, ImportStatus.READING)

    with django_capture_on_commit_callbacks(execute=True):
        assert reap() == "reaper: 1 imports taken back, 0 reminder emails queued again\n"

    job.refresh_from_db()
    assert (job.status, job.rows_read, job.error) == (ImportStatus.READY, len(ROWS), "")
    assert "Confirm the import" in client.get(response.url).content.decode()


def test_an_import_heard_from_within_the_timeout_is_left_to_its_worker(client, agencies, monitor, tmp_path, settings):
    settings.IMPORT_BACKGROUND_BYTES = 0
    client.force_login(monitor)
    upload(client, build_004_workbook(tmp_path / "k.xlsx"))
    job = ImportJob.objects.get()
    stopped(job, ImportStatus.READING)
    settings.IMPORT_STUCK_TIMEOUT_MINUTES = 30

    assert reap().startswith("reaper: 0 imports taken back")
    job.refresh_from_db()
    assert (job.status, job.worker_token) == (ImportStatus.READING, "killed-worker")


def test_a_file_that_stopped_the_worker_three_times_fails_with_a_message(client, agencies, monitor, tmp_path, settings):
    settings.IMPORT_BACKGROUND_BYTES = 0
    client.force_login(monitor)
    response = upload(client, build_004_workbook(tmp_path / "k.xlsx"))
    job = ImportJob.objects.get()
    stopped(job, ImportStatus.READING, attempts=3)

    reap()

    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED
    page = client.get(response.url).content.decode()
    assert "the background worker stopped 3 times while reading it" in page
    assert 'http-equiv="refresh"' not in page


def test_a_commit_whose_worker_was_killed_goes_back_to_its_preview_and_is_confirmed_again(
    client, agencies, monitor, tmp_path, settings, django_capture_on_commit_callbacks
):
    client.force_login(monitor)
    response = upload(client, build_004_workbook(tmp_path / "k.xlsx"))  # small: read in the request
    settings.IMPORT_BACKGROUND_BYTES = 0
    job = ImportJob.objects.get()
    client.post(reverse("tasks:import_confirm", args=[job.pk]))  # queued for the worker, which is killed
    stopped(job, ImportStatus.COMMITTING)

    reap()

    job.refresh_from_db()
    assert (job.status, Directive.objects.count()) == (ImportStatus.READY, 0)
    page = client.get(response.url).content.decode()
    assert "The import stopped before it finished" in page
    assert "Confirm the import" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("tasks:import_confirm", args=[job.pk]))
    job.refresh_from_db()
    assert (job.status, job.error, Task.objects.count()) == (ImportStatus.DONE, "", len(ROWS))


def test_a_preview_queued_twice_is_read_once(client, agencies, monitor, tmp_path, settings):
    settings.IMPORT_BACKGROUND_BYTES = 0
    client.force_login(monitor)
    upload(client, build_004_workbook(tmp_path / "k.xlsx"))
    job = ImportJob.objects.get()

    preview_import.apply(args=[job.pk])
    preview_import.apply(args=[job.pk])  # the same message delivered again, or the reaper's copy

    job.refresh_from_db()
    assert (job.status, job.attempts) == (ImportStatus.READY, 1)


def test_a_preview_another_run_holds_is_left_to_it(client, agencies, monitor, tmp_path, settings):
    settings.IMPORT_BACKGROUND_BYTES = 0
    client.force_login(monitor)
    upload(client, build_004_workbook(tmp_path / "k.xlsx"))
    job = ImportJob.objects.get()
    ImportJob.objects.filter(pk=job.pk).update(worker_token="other-run", attempts=1)

    preview_import.apply(args=[job.pk])

    job.refresh_from_db()
    assert (job.status, job.worker_token, job.rows_read, job.attempts) == (
        ImportStatus.READING,
        "other-run",
        0,
        1,
    )


@pytest.mark.parametrize("unmatched", [1, 8])
def test_the_preview_lists_every_unmatched_name_in_a_bounded_number_of_queries(
    client,
    agencies,
    monitor,
    tmp_path,
    unmatched,
    django_assert_max_num_queries,
):
    names = iter(f"Ban chỉ đạo số {n}" for n in range(unmatched))
    rows = [
        (*row[:3], next(names, row[3] if len(row) > 3 else None), *row[4:])
        if row[0] in ("a)", "b)", "c)", "d)") and len(row) > 3
        else row
        for row in ROWS
    ]
    client.force_login(monitor)
    upload(client, build_004_workbook(tmp_path / "k.xlsx", rows=rows))
    job = ImportJob.objects.get()
    assert len(job.preview["unmatched_agencies"]) == unmatched
    with django_assert_max_num_queries(12):
        response = client.get(reverse("tasks:import_job", args=[job.pk]))
    # One option per unmatched name, and one each in the issuing agency and monitoring unit selects.
    assert response.content.decode().count(f'<option value="{agencies["skhdt"].pk}">') == unmatched + 2


def test_a_csv_with_nul_bytes_is_refused_with_a_message_naming_its_row(agencies, monitor, tmp_path):
    """PostgreSQL refuses NUL in text: the file is refused where it is read, not with a 500 when it is stored."""
    client = Client(raise_request_exception=False)
    client.force_login(monitor)
    path = build_004_csv(tmp_path / "ke-hoach.csv")
    with open(path, "ab") as handle:
        # Past the first 64 KB, which the upload check reads.
        handle.write("III,Nhiệm vụ bổ sung\r\n".encode())
        for number in range(1, 1500):
            handle.write(f"{number},Nhiệm vụ bổ sung số {number},Sở Công Thương,,năm 2025\r\n".encode())
        handle.write("1500,Nhiệm vụ\x00 thử,Sở Công Thương,,năm 2025\r\n".encode())

    response = upload(client, path)
    page = client.get(response.url) if response.status_code == 302 else response

    assert page.status_code == 200
    assert "NUL character" in page.content.decode()
    assert not Directive.objects.exists()
