"""Reporting pages: who may open each one, what bad input gets back, lost updates, bounded queries."""

import datetime
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import MembershipFactory, UserFactory
from reports import services
from reports.models import Attachment, ExtensionState, ProgressReport, ReportedStatus, ReportState
from reports.periods import sync_periods
from reports.tests.factories import (
    AttachmentFactory,
    DirectionFactory,
    ExtensionRequestFactory,
    ProgressReportFactory,
    ReportingPeriodFactory,
    exe_upload,
    pdf_upload,
)
from tasks.models import AssignmentRole
from tasks.tests.factories import AssignmentFactory, ReportingScheduleFactory, TargetFactory, TaskFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("frozen_now")]


def form_data(world, **overrides):
    data = {
        "result": "Đã khảo sát 3 địa điểm.",
        "status": ReportedStatus.IN_PROGRESS,
        "percent_complete": "30",
        "difficulties": "",
        "proposals": "",
        f"target_{world.target.pk}": "12.5",
        "save": "1",
    }
    data.update(overrides)
    return data


def create_url(world):
    return reverse("reports:report_create", args=[world.task.pk, world.period.pk, world.sct.pk])


def year_period(world):
    return ReportingPeriodFactory(
        directive=world.directive,
        name="Năm 2026",
        kind="annual",
        start=datetime.date(2026, 1, 1),
        end=datetime.date(2026, 12, 31),
        due_date=datetime.date(2026, 11, 10),
    )


@pytest.fixture
def report(world):
    return ProgressReportFactory(task=world.task, agency=world.sct, period=world.period)


@pytest.fixture
def sent_report(world):
    """A report the head sent to the monitoring unit, with a file attached."""
    report = ProgressReportFactory(task=world.task, agency=world.sct, period=world.period, state=ReportState.SUBMITTED)
    AttachmentFactory(report=report)
    return report


# (name, owner attribute on world, how to build the URL, method, status the owner gets)
VIEWS = [
    ("inbox", "staff", lambda w, r: reverse("reports:inbox"), "get", 200),
    (
        "report_create",
        "staff",
        lambda w, r: reverse("reports:report_create", args=[w.task.pk, year_period(w).pk, w.sct.pk]),
        "get",
        200,
    ),
    ("report_detail", "staff", lambda w, r: r.get_absolute_url(), "get", 200),
    ("report_edit", "staff", lambda w, r: reverse("reports:report_edit", args=[r.pk]), "get", 200),
    ("report_action", "staff", lambda w, r: reverse("reports:report_action", args=[r.pk, "submit"]), "post", 302),
    (
        "attachment",
        "staff",
        lambda w, r: reverse("reports:attachment_download", args=[AttachmentFactory(report=r).pk]),
        "get",
        200,
    ),
    ("extension_request", "staff", lambda w, r: reverse("reports:extension_request", args=[w.task.pk]), "get", 200),
    (
        "extension_decide",
        "monitor",
        lambda w, r: reverse("reports:extension_decide", args=[ExtensionRequestFactory(task=w.task, agency=w.sct).pk]),
        "get",
        200,
    ),
    ("direction_create", "leader", lambda w, r: reverse("reports:direction_create", args=[w.task.pk]), "get", 200),
    ("task_detail", "staff", lambda w, r: w.task.get_absolute_url(), "get", 200),
]


@pytest.mark.parametrize(("name", "owner", "url", "method", "status"), VIEWS, ids=[v[0] for v in VIEWS])
def test_owner_other_agency_and_anonymous(client, world, report, name, owner, url, method, status):
    address = url(world, report)
    call = getattr(client, method)
    data = {"version": report.version} if method == "post" else None

    response = call(address, data)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))

    client.force_login(world.other_staff)
    response = call(address, data)
    if name == "inbox":
        assert response.status_code == 200 and world.task.text not in response.content.decode()
    else:
        assert response.status_code == 404
    report.refresh_from_db()
    assert report.state == ReportState.DRAFT

    client.force_login(getattr(world, owner))
    assert call(address, data).status_code == status


@pytest.mark.parametrize(
    ("user", "url"),
    [
        ("coord_staff", lambda w, r: reverse("reports:extension_request", args=[w.task.pk])),
        ("staff", lambda w, r: reverse("reports:direction_create", args=[w.task.pk])),
        (
            "head",
            lambda w, r: reverse(
                "reports:extension_decide", args=[ExtensionRequestFactory(task=w.task, agency=w.sct).pk]
            ),
        ),
        ("staff", lambda w, r: reverse("reports:report_edit", args=[r.pk])),
    ],
    ids=["coordinator asks extension", "staff writes direction", "head decides extension", "lead edits contribution"],
)
def test_who_may_see_the_task_but_not_act_gets_403(client, world, user, url):
    contribution = ProgressReportFactory(
        task=world.task, agency=world.skhdt, period=world.period, state=ReportState.SUBMITTED
    )
    client.force_login(getattr(world, user))
    assert client.get(url(world, contribution)).status_code == 403


def test_staff_cannot_approve_through_the_action_url(client, world, report):
    report.state = ReportState.PENDING_APPROVAL
    report.save()
    client.force_login(world.staff)
    assert (
        client.post(
            reverse("reports:report_action", args=[report.pk, "approve"]), {"version": report.version}
        ).status_code
        == 403
    )
    report.refresh_from_db()
    assert report.state == ReportState.PENDING_APPROVAL


def test_attachment_of_a_sent_contribution_is_readable_by_the_lead_but_not_by_others(client, world):
    contribution = ProgressReportFactory(
        task=world.task, agency=world.skhdt, period=world.period, state=ReportState.SUBMITTED
    )
    attachment = AttachmentFactory(report=contribution, original_name="Phụ lục.pdf")
    url = reverse("reports:attachment_download", args=[attachment.pk])
    client.force_login(world.staff)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    client.force_login(world.other_head)
    assert client.get(url).status_code == 404


def test_attachment_files_are_not_served_from_media_url(client, world, sent_report):
    attachment = sent_report.attachments.get()
    client.force_login(world.staff)
    assert client.get(f"/media/{attachment.file.name}").status_code == 404


def test_writing_a_draft_with_a_file_then_sending_it(client, world):
    client.force_login(world.staff)
    response = client.post(create_url(world), form_data(world, attachment=pdf_upload("Báo cáo.pdf")))
    report = ProgressReport.objects.get()
    assert response.status_code == 302 and response.url == reverse("reports:report_edit", args=[report.pk])
    assert report.target_values.get().value == 12.5
    assert report.attachments.get().original_name == "Báo cáo.pdf"
    response = client.post(
        reverse("reports:report_edit", args=[report.pk]), form_data(world, version=report.version, send="1")
    )
    report.refresh_from_db()
    assert report.state == ReportState.PENDING_APPROVAL
    assert client.get(report.get_absolute_url()).status_code == 200


def test_opening_a_report_that_exists_leads_to_it(client, world, report):
    client.force_login(world.staff)
    response = client.get(create_url(world))
    assert response.url == reverse("reports:report_edit", args=[report.pk])


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"result": ""}, "result"),
        ({"percent_complete": "150"}, "percent_complete"),
        ({"percent_complete": "-1"}, "percent_complete"),
        ({"target": "khoảng 20"}, "target"),
        ({"attachment": "exe"}, "attachment"),
        ({"attachment": "big"}, "attachment"),
    ],
    ids=[
        "empty result",
        "percent over 100",
        "negative percent",
        "target not a number",
        "exe renamed pdf",
        "file too large",
    ],
)
def test_bad_input_is_answered_on_the_form_and_nothing_is_saved(client, world, settings, overrides, field):
    settings.REPORT_ATTACHMENT_MAX_BYTES = 64
    client.force_login(world.staff)
    data = form_data(world)
    if "target" in overrides:
        data[f"target_{world.target.pk}"] = overrides.pop("target")
        field = f"target_{world.target.pk}"
    if overrides.get("attachment") == "exe":
        overrides["attachment"] = exe_upload("bao-cao.pdf")
    elif overrides.get("attachment") == "big":
        overrides["attachment"] = pdf_upload("lon.pdf", body=b"%PDF" + b"0" * 100)
    data.update(overrides)
    response = client.post(create_url(world), data)
    assert response.status_code == 400
    assert response.context["form"].errors[field]
    assert field in response.content.decode() or response.context["form"][field].errors
    assert not ProgressReport.objects.exists()
    assert not Attachment.objects.exists()
    assert not world.task.history.exists()


def test_bad_file_on_an_existing_report_leaves_it_as_it_was(client, world, report):
    client.force_login(world.staff)
    response = client.post(
        reverse("reports:report_edit", args=[report.pk]),
        form_data(world, result="Đổi nội dung", version=report.version, attachment=exe_upload()),
    )
    assert response.status_code == 400
    report.refresh_from_db()
    assert report.result == "Đã triển khai các nội dung được giao." and report.version == 1


def test_second_save_of_the_same_version_is_refused_with_a_message(client, world, report):
    client.force_login(world.head)
    first = client.post(
        reverse("reports:report_edit", args=[report.pk]), form_data(world, result="Bản của lãnh đạo", version=1)
    )
    assert first.status_code == 302
    client.force_login(world.staff)
    second = client.post(
        reverse("reports:report_edit", args=[report.pk]), form_data(world, result="Bản của chuyên viên", version=1)
    )
    assert second.status_code == 409
    assert "Binh" in second.content.decode()
    report.refresh_from_db()
    assert report.result == "Bản của lãnh đạo"


def test_stale_workflow_step_is_refused_with_a_message(client, world, report):
    services.save_draft(world.staff, report, {"result": "Sửa"}, version=1)
    client.force_login(world.staff)
    response = client.post(reverse("reports:report_action", args=[report.pk, "submit"]), {"version": 1}, follow=True)
    report.refresh_from_db()
    assert report.state == ReportState.DRAFT
    assert [m.level_tag for m in response.context["messages"]] == ["error"]


def test_returning_without_a_comment_is_refused(client, world, report):
    report.state = ReportState.PENDING_APPROVAL
    report.save()
    client.force_login(world.head)
    client.post(reverse("reports:report_action", args=[report.pk, "return_to_staff"]), {"version": 1})
    report.refresh_from_db()
    assert report.state == ReportState.PENDING_APPROVAL


def test_extension_asked_and_granted_through_the_pages(client, world):
    client.force_login(world.staff)
    response = client.post(
        reverse("reports:extension_request", args=[world.task.pk]),
        {"reason": "Chờ quy hoạch tỉnh.", "proposed_date": "2027-06-30"},
    )
    assert response.status_code == 302
    extension = world.task.extension_requests.get()
    client.force_login(world.monitor)
    assert list(client.get(reverse("reports:inbox")).context["to_decide"]) == []
    client.force_login(world.head)
    inbox = client.get(reverse("reports:inbox"))
    assert list(inbox.context["to_forward"]) == [extension]
    assert reverse("reports:extension_forward", args=[extension.pk]) in inbox.content.decode()
    forward_url = reverse("reports:extension_forward", args=[extension.pk])
    response = client.post(forward_url, {"decision": "forward", "comment": "Đề nghị xem xét."})
    assert response.status_code == 302
    assert client.post(forward_url, {"decision": "hold", "comment": "Đổi ý"}).status_code == 409
    client.force_login(world.monitor)
    inbox = client.get(reverse("reports:inbox"))
    assert list(inbox.context["to_decide"]) == [extension]
    response = client.post(
        reverse("reports:extension_decide", args=[extension.pk]),
        {"decision": "grant", "granted_date": "", "reason": "Đồng ý."},
    )
    assert response.status_code == 302
    page = client.get(world.task.get_absolute_url()).content.decode()
    assert "31/12/2026" in page and "30/06/2027" in page
    extension.refresh_from_db()
    assert extension.state == ExtensionState.GRANTED


def test_extension_form_answers_a_missing_reason_and_a_bad_date(client, world):
    client.force_login(world.staff)
    response = client.post(
        reverse("reports:extension_request", args=[world.task.pk]), {"reason": "", "proposed_date": "ngày mai"}
    )
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"reason", "proposed_date"}
    response = client.post(
        reverse("reports:extension_request", args=[world.task.pk]), {"reason": "Lý do", "proposed_date": "2026-01-01"}
    )
    assert response.status_code == 409
    assert not world.task.extension_requests.exists()


def test_head_not_forwarding_must_say_why_and_staff_cannot_forward(client, world):
    extension = services.request_extension(world.staff, world.task, world.sct, "Chờ vốn.", datetime.date(2027, 6, 30))
    forward_url = reverse("reports:extension_forward", args=[extension.pk])
    client.force_login(world.staff)
    assert client.get(forward_url).status_code == 403
    page = client.get(world.task.get_absolute_url()).content.decode()
    assert forward_url not in page and "Chờ lãnh đạo đơn vị" in page
    client.force_login(world.head)
    assert forward_url in client.get(world.task.get_absolute_url()).content.decode()
    response = client.post(forward_url, {"decision": "hold", "comment": ""})
    assert response.status_code == 409 and "Nêu lý do" in response.content.decode()
    assert client.post(forward_url, {"decision": "hold", "comment": "Bổ sung số liệu."}).status_code == 302
    extension.refresh_from_db()
    assert extension.state == ExtensionState.NOT_FORWARDED
    page = client.get(world.task.get_absolute_url()).content.decode()
    assert "Lãnh đạo đơn vị không chuyển" in page and "Bổ sung số liệu." in page


def test_direction_appears_in_the_inbox_of_the_agencies_concerned(client, world):
    client.force_login(world.leader)
    form = client.get(reverse("reports:direction_create", args=[world.task.pk])).context["form"]
    assert [a.pk for a in form.fields["assignee_agency"].queryset] == [world.sct.pk, world.skhdt.pk]
    assert set(form.fields["assignee"].queryset) == {world.staff, world.head, world.coord_staff, world.coord_head}
    response = client.post(
        reverse("reports:direction_create", args=[world.task.pk]),
        {
            "text": "Hoàn thành trước 31/12.",
            "assignee_agency": world.skhdt.pk,
            "assignee": world.staff.pk,
            "due_date": "20/12/2026",
            "submission": "6f1c1a52-5a8e-4e43-9d1b-0c7c1b0b2f10",
        },
    )
    assert response.status_code == 400 and "assignee" in response.context["form"].errors
    client.post(
        reverse("reports:direction_create", args=[world.task.pk]),
        {
            "text": "Hoàn thành trước 31/12.",
            "assignee_agency": world.skhdt.pk,
            "assignee": world.coord_staff.pk,
            "due_date": "20/12/2026",
            "submission": "6f1c1a52-5a8e-4e43-9d1b-0c7c1b0b2f10",
        },
    )
    client.force_login(world.coord_staff)
    inbox = client.get(reverse("reports:inbox")).content.decode()
    assert "Hoàn thành trước 31/12." in inbox
    assert "Giao thực hiện: Sở KH&amp;ĐT (Cuong)" in inbox and "hạn 20/12/2026" in inbox
    page = client.get(world.task.get_absolute_url()).content.decode()
    assert "<strong>Sở KH&amp;ĐT</strong> (Cuong)" in page and "hạn 20/12/2026" in page
    client.force_login(world.other_staff)
    assert "Hoàn thành trước 31/12." not in client.get(reverse("reports:inbox")).content.decode()


def test_inbox_groups_tasks_by_what_needs_doing(client, world):
    overdue_task = TaskFactory(directive=world.directive, code="II.3")
    AssignmentFactory(task=overdue_task, agency=world.sct, role=AssignmentRole.LEAD)
    ReportingPeriodFactory(
        directive=world.directive,
        name="Quý III/2026",
        start=datetime.date(2026, 7, 1),
        end=datetime.date(2026, 9, 30),
        due_date=datetime.date(2026, 9, 10),
    )
    ProgressReportFactory(
        task=world.task,
        agency=world.sct,
        period=world.directive.periods.get(name="Quý III/2026"),
        state=ReportState.ACCEPTED,
    )
    ProgressReportFactory(task=world.task, agency=world.sct, period=world.period, state=ReportState.PENDING_APPROVAL)
    client.force_login(world.head)
    groups = {key: rows for key, _title, rows in client.get(reverse("reports:inbox")).context["groups"]}
    assert [r.task for r in groups["awaiting_approval"]] == [world.task]
    assert [r.task for r in groups["overdue"]] == [overdue_task]
    assert groups["overdue"][0].urgency == "st-overdue"
    client.force_login(world.coord_staff)
    groups = {key: rows for key, _title, rows in client.get(reverse("reports:inbox")).context["groups"]}
    assert [r.task for r in groups["overdue"]] == [world.task]


def test_due_within_seven_days_is_amber(client, world):
    world.period.due_date = datetime.date(2026, 11, 30)
    world.period.save()
    client.force_login(world.staff)
    groups = {key: rows for key, _title, rows in client.get(reverse("reports:inbox")).context["groups"]}
    assert groups["due"][0].urgency == "st-soon"


def grow(world, size):
    """`size` more tasks for SCT, each with targets, reports over past periods, an extension and a direction."""
    periods = [
        ReportingPeriodFactory(
            directive=world.directive,
            name=f"Quý {q}/2025",
            start=datetime.date(2025, 3 * q - 2, 1),
            end=datetime.date(2025, 3 * q, 28),
            due_date=datetime.date(2025, 3 * q, 10),
        )
        for q in range(1, 5)
    ]
    for n in range(size):
        task = TaskFactory(directive=world.directive, code=f"III.{n}")
        AssignmentFactory(task=task, agency=world.sct, role=AssignmentRole.LEAD)
        AssignmentFactory(task=task, agency=world.skhdt, role=AssignmentRole.COORDINATING)
        TargetFactory(task=task)
        for period in periods[: n % 4 + 1]:
            report = ProgressReportFactory(task=task, agency=world.sct, period=period, state=ReportState.ACCEPTED)
            AttachmentFactory(report=report)
            services.save_draft(
                world.coord_staff, ProgressReport(task=task, agency=world.skhdt, period=period), {"result": "Phối hợp"}
            )
        ExtensionRequestFactory(task=task, agency=world.sct)
        DirectionFactory(task=task)
    for period in periods:
        report = ProgressReportFactory(task=world.task, agency=world.sct, period=period)
        services.save_draft(world.staff, report, {"result": f"Kết quả {period}"}, version=report.version)


@pytest.mark.parametrize("size", [1, 12])
def test_inbox_and_task_page_run_a_bounded_number_of_queries(client, world, size, django_assert_max_num_queries):
    grow(world, size)
    services.write_direction(world.leader, world.task, "Khẩn trương.")
    for user in (world.head, world.monitor):
        client.force_login(user)
        with django_assert_max_num_queries(14):
            assert client.get(reverse("reports:inbox")).status_code == 200
        with django_assert_max_num_queries(16):
            assert client.get(world.task.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    ("who", "page"),
    [
        ("staff", "reports:inbox"),
        ("head", "reports:inbox"),
        ("monitor", "reports:inbox"),
        ("leader", "dashboard:index"),
        ("administrator", "tasks:import_upload"),
        ("superuser", "dashboard:index"),
    ],
)
def test_each_role_lands_where_its_work_is(client, world, who, page):
    users = {
        "administrator": MembershipFactory(agency=world.vpub, role=Role.ADMIN).user,
        "superuser": UserFactory(username="root", is_superuser=True, is_staff=True),
    }
    client.force_login(users.get(who) or getattr(world, who))

    assert client.get("/").url == reverse(page)


def test_signing_in_from_the_site_address_lands_staff_on_their_inbox(client, world):
    response = client.get("/")
    assert response.url == f"{reverse('login')}?next=/"

    response = client.post(
        f"{reverse('login')}?next=/", {"username": "an", "password": "matkhau-thu-nghiem", "next": "/"}, follow=True
    )

    assert response.redirect_chain[-1][0] == reverse("reports:inbox")


def test_inbox_offers_the_periods_the_directive_schedule_sets(client, world):
    """003's quarterly schedule (before the 10th of the quarter's last month) becomes the period to report on."""
    world.period.delete()
    schedule = ReportingScheduleFactory(directive=world.directive)
    sync_periods([schedule], [2026])
    client.force_login(world.staff)
    groups = {key: rows for key, _title, rows in client.get(reverse("reports:inbox")).context["groups"]}
    assert [(r.period.due_date, len(r.overdue_periods)) for r in groups["overdue"]] == [(datetime.date(2026, 3, 10), 3)]
    world.directive.issued_on = datetime.date(2026, 10, 1)
    world.directive.save()
    groups = {key: rows for key, _title, rows in client.get(reverse("reports:inbox")).context["groups"]}
    assert [r.period.due_date for r in groups["due"]] == [datetime.date(2026, 12, 10)]


def test_report_form_still_requires_the_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.staff)
    assert client.post(create_url(world), form_data(world)).status_code == 403
    assert not ProgressReport.objects.exists()


def test_oversized_file_is_dropped_while_it_arrives_and_answered_on_the_form(client, world, settings, media_root):
    settings.REPORT_ATTACHMENT_MAX_BYTES = 1024
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 256
    client.force_login(world.staff)
    big = pdf_upload("ho-so-lon.pdf", body=b"%PDF" + b"0" * 10_000)
    response = client.post(create_url(world), form_data(world, attachment=big))
    assert response.status_code == 400
    assert [e.code for e in response.context["form"].errors.as_data()["attachment"]] == ["too_large"]
    assert "ho-so-lon.pdf" in response.content.decode()
    assert not ProgressReport.objects.exists()
    assert not media_root.exists() or not any(media_root.rglob("*.pdf"))


def test_target_value_too_long_to_store_exactly_is_refused_and_the_pages_still_open(world):
    """SQLite keeps 15 significant digits: 9999999999999999.9999 came back as 10¹⁶, too big to read (500s)."""
    client = Client(raise_request_exception=False)
    client.force_login(world.staff)
    response = client.post(
        create_url(world), form_data(world, **{f"target_{world.target.pk}": "9999999999999999.9999"})
    )
    pages = {
        world.staff: [reverse("reports:inbox"), create_url(world)],
        world.leader: [reverse("dashboard:targets"), reverse("dashboard:consolidated")],
    }
    for user, urls in pages.items():
        client.force_login(user)
        assert {url: client.get(url, follow=True).status_code for url in urls} == dict.fromkeys(urls, 200)
    assert response.status_code == 400
    assert "15 chữ số" in str(response.context["form"].errors[f"target_{world.target.pk}"])
    assert not ProgressReport.objects.exists()


def test_longest_target_value_a_column_stores_exactly_is_kept_as_typed(client, world):
    client.force_login(world.staff)
    response = client.post(create_url(world), form_data(world, **{f"target_{world.target.pk}": "99999999999.9999"}))
    assert response.status_code == 302
    assert ProgressReport.objects.get().target_values.get().value == Decimal("99999999999.9999")
    assert client.get(reverse("reports:inbox")).status_code == 200


def test_a_direction_submitted_twice_from_one_form_is_recorded_once(client, world):
    client.force_login(world.leader)
    page = client.get(reverse("reports:direction_create", args=[world.task.pk]))
    data = {**page.context["form"].initial, "text": "Hoàn thành trước 31/12."}
    first = client.post(reverse("reports:direction_create", args=[world.task.pk]), data)
    second = client.post(reverse("reports:direction_create", args=[world.task.pk]), data)
    assert (first.status_code, second.status_code) == (302, 302)
    assert world.task.directions.count() == 1
    assert world.task.history.count() == 1
    another = client.get(reverse("reports:direction_create", args=[world.task.pk])).context["form"].initial
    client.post(reverse("reports:direction_create", args=[world.task.pk]), {**another, "text": "Báo cáo tiến độ."})
    assert world.task.directions.count() == 2
    stale = client.post(reverse("reports:direction_create", args=[world.task.pk]), {"text": "Không có mã biểu mẫu."})
    assert stale.status_code == 400 and "Trang này đã cũ" in stale.content.decode()
    assert world.task.directions.count() == 2


def test_a_report_saved_without_the_version_it_was_opened_at_is_refused(client, world, report):
    services.save_draft(world.head, report, {"result": "Bản của lãnh đạo"}, version=1)
    client.force_login(world.staff)
    data = form_data(world, result="Bản của chuyên viên")
    assert "version" not in data
    response = client.post(reverse("reports:report_edit", args=[report.pk]), data)
    assert response.status_code == 400
    assert "Trang này đã cũ" in response.content.decode()
    report.refresh_from_db()
    assert (report.result, report.version) == ("Bản của lãnh đạo", 2)


def test_an_english_inbox_names_periods_in_english(client, world, settings):
    period = ReportingPeriodFactory(
        directive=world.directive,
        kind="annual",
        name="Năm 2026",
        start=datetime.date(2026, 1, 1),
        end=datetime.date(2026, 12, 31),
        due_date=datetime.date(2026, 12, 5),
    )
    world.period.delete()
    client.force_login(world.staff)
    assert "Năm 2026" in client.get(reverse("reports:inbox")).content.decode()
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = client.get(reverse("reports:inbox")).content.decode()
    assert "Year 2026" in page and "Năm 2026" not in page
    assert period.name == "Năm 2026"


def test_the_inbox_names_an_unnumbered_draft_by_its_subject(client, world):
    world.directive.number = ""
    world.directive.subject = "Phát triển điện gió trên địa bàn tỉnh"
    world.directive.save()
    client.force_login(world.staff)
    page = client.get(reverse("reports:inbox")).content.decode()
    assert f"{world.directive.symbol} – Phát triển điện gió trên địa bàn tỉnh" in page
