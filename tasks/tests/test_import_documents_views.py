"""The import page reads a directive's document (.docx, .pdf, .txt) or its pasted text into the same preview,
with the sentence each task was read from; a person corrects a task's text, agencies or deadline, or leaves it out,
before confirming; a file that must not be opened is refused and nothing is written."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import AgencyFactory, ProvinceFactory
from tasks.models import AssignmentRole, Directive, ImportJob, ImportStatus

from .documents import build_docx, build_pdf, seed_path
from .import_workbooks import create_agencies
from .test_import_views import member

SEED = 2  # Sở Công Thương's letter asking three groups of agencies for input before 17h00 on 03/12/2021


pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def uploads_in_tmp_and_english_by_default(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def province(db):
    province = ProvinceFactory()
    create_agencies(province)
    AgencyFactory(province=province, name="Sở Y tế")
    return province


@pytest.fixture
def monitor(province):
    return member(province, Role.MONITOR, "theo-doi")


def seed_text():
    return seed_path(SEED).read_text(encoding="utf-8")


def seed_paragraphs():
    from tasks.intake.text import read_text

    return [block.text for block in read_text(seed_text())]


def upload(client, province, name, content):
    data = {"file": SimpleUploadedFile(name, content), "province": province.pk}
    return client.post(reverse("tasks:import_upload"), data)


def paste(client, province, text):
    return client.post(reverse("tasks:import_paste"), {"paste-text": text, "paste-province": province.pk})


def job_of(response):
    assert response.status_code == 302, response.content.decode()[-2000:]
    return ImportJob.objects.get(pk=response.url.rstrip("/").split("/")[-1])


def task_rows(job):
    return {task["code"]: task for task in job.preview["tasks"]}


def edit(client, job, code, **fields):
    task = task_rows(job)[code]
    data = {
        "key": f"{task['sheet']}#{task['row']}",
        "text": task["text"],
        "lead": "; ".join(ref["text"] for ref in task["leads"]),
        "coordinators": "; ".join(ref["text"] for ref in task["coordinators"]),
        "timeframe": task["timeframe"],
        **fields,
    }
    return client.post(reverse("tasks:import_task", args=[job.pk]), data)


@pytest.mark.parametrize("kind", ["docx", "pdf", "txt"])
def test_a_directive_uploaded_as_a_document_previews_each_task_beside_its_source(
    client, province, monitor, kind, tmp_path
):
    client.force_login(monitor)
    if kind == "docx":
        content = build_docx(tmp_path / "cong-van.docx", seed_paragraphs()).read_bytes()
    elif kind == "pdf":
        content = build_pdf(tmp_path / "cong-van.pdf", seed_paragraphs()).read_bytes()
    else:
        content = seed_text().encode("utf-8")

    job = job_of(upload(client, province, f"cong-van.{kind}", content))
    page = client.get(job.get_absolute_url()).content.decode()

    assert job.status == ImportStatus.READY
    tasks = task_rows(job)
    assert [ref["name"] for ref in tasks["1"]["leads"]] == ["Sở Kế hoạch và Đầu tư", "Sở Y tế"]
    assert "Read from" in page and "paragraph 9" in page
    assert "Có ý kiến đề xuất đối với khung chính sách phục hồi" in page
    if kind == "pdf":
        assert "page 1, paragraph 9" in page


def test_pasted_text_previews_as_the_same_document_uploaded(client, province, monitor):
    client.force_login(monitor)

    pasted = job_of(paste(client, province, seed_text()))
    uploaded = job_of(upload(client, province, "cong-van.txt", seed_text().encode("utf-8")))

    assert pasted.original_name == "van-ban-dan.txt"
    assert [{**task, "sheet": ""} for task in pasted.preview["tasks"]] == [
        {**task, "sheet": ""} for task in uploaded.preview["tasks"]
    ]
    assert pasted.preview["directive"]["symbol"] == uploaded.preview["directive"]["symbol"] == "SCT-QLCN"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("trong.docx", b"", "is empty"),
        ("doi-ten.docx", b"%PDF-1.7\n" + b"x" * 100, "Rename it to .pdf"),
        ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "save it as .docx"),
        ("anh.pdf", None, "scanned image"),
    ],
)
def test_a_document_that_must_not_be_opened_is_refused_and_nothing_is_written(
    client, province, monitor, name, content, message, tmp_path, settings
):
    client.force_login(monitor)
    if content is None:
        from reportlab.pdfgen import canvas

        scan = canvas.Canvas(str(tmp_path / name))
        scan.rect(72, 72, 400, 600, fill=1)
        scan.save()
        content = (tmp_path / name).read_bytes()

    response = upload(client, province, name, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ImportJob.objects.exists()
    assert (
        not any(path.is_file() for path in (settings.MEDIA_ROOT).rglob("*")) if settings.MEDIA_ROOT.exists() else True
    )


def test_an_empty_paste_is_refused_on_the_form(client, province, monitor):
    client.force_login(monitor)

    response = paste(client, province, "   ")

    assert response.status_code == 200 and "This field is required" in response.content.decode()
    assert not ImportJob.objects.exists()


def test_a_corrected_agency_is_read_as_written_and_imported(client, province, monitor):
    client.force_login(monitor)
    job = job_of(paste(client, province, seed_text()))

    edit(client, job, "1", lead="Sở Kế hoạch và Đầu tư", coordinators="Sở Y tế")
    job.refresh_from_db()

    task = task_rows(job)["1"]
    assert [ref["name"] for ref in task["leads"]] == ["Sở Kế hoạch và Đầu tư"]
    assert [ref["name"] for ref in task["coordinators"]] == ["Sở Y tế"]
    assert "Paragraph 9: corrected." in client.get(job.get_absolute_url()).content.decode()
    client.post(reverse("tasks:import_confirm", args=[job.pk]))
    client.post(reverse("tasks:import_confirm", args=[job.pk]))  # a second confirm writes nothing twice
    job.refresh_from_db()

    assert job.status == ImportStatus.DONE
    stored = Directive.objects.get().tasks.get(code="1")
    assignments = {(assignment.agency.name, assignment.role) for assignment in stored.assignments.all()}
    assert assignments == {("Sở Kế hoạch và Đầu tư", AssignmentRole.LEAD), ("Sở Y tế", AssignmentRole.COORDINATING)}


def test_a_task_left_out_is_not_imported_and_can_be_put_back(client, province, monitor):
    client.force_login(monitor)
    job = job_of(paste(client, province, seed_text()))
    before = list(task_rows(job))

    edit(client, job, "2", dropped="on")
    job.refresh_from_db()
    assert "2" not in task_rows(job) and len(task_rows(job)) == len(before) - 1
    assert "Paragraph 10: left out, not a task." in client.get(job.get_absolute_url()).content.decode()

    client.post(reverse("tasks:import_task", args=[job.pk]), {"key": "van-ban-dan.txt#10", "undo": "1"})
    job.refresh_from_db()
    assert list(task_rows(job)) == before


def test_a_task_merged_into_the_one_above_joins_text_and_agencies(client, province, monitor):
    client.force_login(monitor)
    job = job_of(paste(client, province, seed_text()))
    second, third = task_rows(job)["2"], task_rows(job)["3"]

    client.post(reverse("tasks:import_task", args=[job.pk]), {"key": f"{third['sheet']}#{third['row']}", "merge": "1"})
    job.refresh_from_db()

    tasks = task_rows(job)
    assert "3" not in tasks
    assert tasks["2"]["text"] == f"{second['text']} {third['text']}"
    leads = [ref["name"] for ref in tasks["2"]["leads"]]
    assert leads == [ref["name"] for ref in second["leads"] + third["leads"]]
    assert tasks["2"]["timeframe"] == (second["timeframe"] or third["timeframe"])
    page = client.get(job.get_absolute_url()).content.decode()
    assert "Paragraph 10: corrected." in page and "Paragraph 11: left out, not a task." in page


def test_a_corrected_deadline_is_read_by_the_timeframe_reading(client, province, monitor):
    client.force_login(monitor)
    job = job_of(paste(client, province, seed_text()))

    edit(client, job, "3", timeframe="trước ngày 31/12/2021")
    job.refresh_from_db()

    assert task_rows(job)["3"]["due_date"] == "2021-12-31"


def test_a_correction_of_a_row_not_in_the_preview_is_refused(client, province, monitor):
    client.force_login(monitor)
    job = job_of(paste(client, province, seed_text()))

    response = client.post(
        reverse("tasks:import_task", args=[job.pk]), {"key": "khac.txt#99", "text": "Nhiệm vụ khác"}, follow=True
    )

    assert "no longer in the preview" in response.content.decode()
    job.refresh_from_db()
    assert "tasks" not in job.overrides


def test_only_the_import_owners_may_paste_or_correct(client, province, monitor):
    client.force_login(monitor)
    job = job_of(paste(client, province, seed_text()))
    staff = member(province, Role.STAFF, "chuyen-vien")
    other = member(ProvinceFactory(name="Thái Nguyên", code="thai-nguyen"), Role.MONITOR, "thai-nguyen")

    client.force_login(staff)
    assert paste(client, province, seed_text()).status_code == 403
    assert edit(client, job, "1", lead="Sở Tài chính").status_code == 403
    client.force_login(other)
    assert edit(client, job, "1", lead="Sở Tài chính").status_code == 404
    client.logout()
    assert paste(client, province, seed_text()).status_code == 302
    job.refresh_from_db()
    assert "tasks" not in job.overrides and ImportJob.objects.count() == 1


def test_a_task_split_in_two_becomes_two_sibling_tasks_each_corrected_and_undone(client, province, monitor):
    client.force_login(monitor)
    job = job_of(paste(client, province, seed_text()))
    before = list(task_rows(job))
    first = task_rows(job)["1"]
    halves = first["text"].split(", ", 1)
    assert len(halves) == 2

    edit(client, job, "1", text=halves[0], second_text=halves[1], split="1")
    job.refresh_from_db()

    tasks = task_rows(job)
    assert list(tasks) == ["1", "1-2", *before[1:]]
    assert (tasks["1"]["text"], tasks["1-2"]["text"]) == (halves[0], halves[1])
    assert tasks["1-2"]["part"] == 2 and tasks["1-2"]["row"] == first["row"]
    assert tasks["1-2"]["depth"] == first["depth"]
    assert [ref["text"] for ref in tasks["1-2"]["leads"]] == [ref["text"] for ref in first["leads"]]
    page = client.get(job.get_absolute_url()).content.decode()
    assert "Paragraph 9: split in two tasks." in page
    assert 'id="id_task9p2_text"' in page  # each part has its own correction form

    # the second part is corrected on its own; the first keeps being split
    second_key = f"{first['sheet']}#{first['row']}/2"
    data = {"key": second_key, "text": halves[1], "lead": "Sở Y tế", "coordinators": ""}
    data["timeframe"] = "trước ngày 31/12/2021"
    client.post(reverse("tasks:import_task", args=[job.pk]), data)
    edit(client, job, "1", text=halves[0] + ".")
    job.refresh_from_db()
    tasks = task_rows(job)
    assert [ref["name"] for ref in tasks["1-2"]["leads"]] == ["Sở Y tế"]
    assert tasks["1-2"]["due_date"] == "2021-12-31"
    assert tasks["1"]["text"] == halves[0] + "."

    client.post(reverse("tasks:import_confirm", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE
    stored = {task.code: task for task in Directive.objects.get().tasks.all()}
    assert stored["1-2"].parent_id == stored["1"].parent_id
    assert stored["1-2"].text == halves[1]
    assert [a.agency.name for a in stored["1-2"].assignments.all()] == ["Sở Y tế"]


def test_a_split_is_undone_whole_and_refused_without_the_second_words(client, province, monitor):
    client.force_login(monitor)
    job = job_of(paste(client, province, seed_text()))
    before = list(task_rows(job))
    first = task_rows(job)["1"]

    response = edit(client, job, "1", second_text="  ", split="1")
    job.refresh_from_db()
    assert list(task_rows(job)) == before
    assert "write the second task" in client.get(response.url).content.decode()

    edit(client, job, "1", text="Phần một.", second_text="Phần hai.", split="1")
    client.post(reverse("tasks:import_task", args=[job.pk]), {"key": f"{first['sheet']}#{first['row']}/2", "undo": "1"})
    job.refresh_from_db()
    assert list(task_rows(job)) == before
    assert job.overrides["tasks"] == {}
