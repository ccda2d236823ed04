"""The portal's own URL patterns, as every role, with hostile ids, query parameters and form fields: no 500.

For each URL the test opens it with real ids from a small province and with hostile ones, as anonymous, staff,
head, monitoring unit, leadership and superuser. The parameters it sends are every filter any filterset knows,
the query keys the portal's own pages link with, and the fields of every form found on the pages (crawled once
as each role). Each hostile value reaches each parameter and each field once per URL: request i gives parameter
j the value HOSTILE[(i + j) % n], the requests shared out among the roles that may open the page; a role the page
refuses gets one such request. A form is also sent with the values the page filled in and one field made hostile,
so a value that passes one field's checks reaches what lies behind the form.

The admin is swept too, per registered model as the superuser (its list with hostile filters, date drill-down,
search, ordering, paging and actions; its add and change forms, inlines included; its history and delete pages;
hostile object ids) and once for its own pages (index, each app, autocomplete, view on site, a user's password).
What it found is answered for every ModelAdmin in portal/admin_guards.py.
"""

import datetime
import functools
import re
from html.parser import HTMLParser
from types import SimpleNamespace
from urllib.parse import parse_qsl, quote, urlsplit

import django_filters
import pytest
import time_machine
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import NoReverseMatch, Resolver404, URLPattern, URLResolver, get_resolver, resolve, reverse

from agencies.models import AgencyKind, Role
from agencies.tests.admin_pages import admin_url
from agencies.tests.factories import AgencyAliasFactory, AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from audit.tests.admin_forms import change_form_data
from notifications.models import Preference
from notifications.sweep import run_sweep
from reorganization.models import ReorganizationKind
from reorganization.services import record_reorganization
from reports import services
from reports.models import ExtensionState, ReportState
from reports.tests.factories import (
    AttachmentFactory,
    ExtensionRequestFactory,
    ProgressReportFactory,
    ReportingPeriodFactory,
    TargetValueFactory,
    pdf_upload,
)
from tasks.importing.jobs import start_import
from tasks.models import AssignmentRole, Task
from tasks.tests.factories import (
    AssignmentFactory,
    DirectiveFactory,
    DirectiveLinkFactory,
    MilestoneFactory,
    ReportingScheduleFactory,
    SectorFactory,
    TargetFactory,
    TaskFactory,
)

pytestmark = pytest.mark.django_db

VN = datetime.timezone(datetime.timedelta(hours=7))
NOW = datetime.datetime(2026, 11, 25, 9, 0, tzinfo=VN)
ROLES = ["anonymous", "staff", "head", "monitor", "leader", "superuser"]

LONG = "Nguyễn Văn Ánh 𝔘𝔫𝔦 ‮đảo‬ " * 800
HOSTILE = [
    "",
    "0",
    "-1",
    "20255",
    "2147483648",
    "99999999999999999999",
    "9999999999999999.9999",
    "1e400",
    "-5/13/2026",
    "31/12/9999",
    "00/00/0000",
    "２０２５",
    "٢٠٢٥",
    "a\x00b",
    LONG,
    ["1", "２", "x\x00"],
]
# Path values that are not ids of anything, or not numbers a database column holds.
HOSTILE_IDS = ["0", "2147483648", "99999999999999999999"]
HOSTILE_PATHS = ["abc", "-1", "1\x00", "２"]
# Query keys views read without a form (pagination, redirects) and the admin's, in case a view passes them on.
QUERY_KEYS = {"page", "p", "o", "q", "e", "_to_field", "_popup", "_changelist_filters", "next", "all", "term"}


def hostile_files():
    """What a file field receives: text with NUL bytes, nothing, a spreadsheet that is not one, a PDF."""
    return [
        SimpleUploadedFile("nul.csv", b"STT,N\xe1\xbb\x99i dung\r\n1,a\x00b,S\xe1\xbb\x9f\x00\r\n"),
        SimpleUploadedFile("empty.csv", b""),
        SimpleUploadedFile("fake.xlsx", b"PK\x03\x04" + b"\x00" * 64),
        pdf_upload("t\u00ean d\u00e0i \u202e.pdf"),
    ]


IMPORT_CSV = (
    "STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian thực hiện\r\n"
    "1,Xây dựng đề án điện gió,Sở Công Thương,Sở Kế hoạch và Đầu tư,năm 2026\r\n"
    "2,Khảo sát địa điểm,Sở Vũ Trụ Học,,đạt 100 MW năm 2027\r\n"
)


def member(agency, role, username):
    return MembershipFactory(agency=agency, role=role, user=UserFactory(username=username)).user


def build_world():
    """One province with a row in every table the pages read, and a user for each role."""
    province = ProvinceFactory()
    ubnd = AgencyFactory(name="Ủy ban nhân dân tỉnh Quảng Ngãi", province=province, kind=AgencyKind.PEOPLES_COMMITTEE)
    sct = AgencyFactory(name="Sở Công Thương", short_name="SCT", province=province)
    skhdt = AgencyFactory(name="Sở Kế hoạch và Đầu tư", province=province)
    AgencyAliasFactory(agency=sct, alias="SCT QN")
    mapped = AgencyAliasFactory(agency=skhdt, alias="Sở KHĐT QN", province=province)  # one an import remembered
    users = {
        "staff": member(sct, Role.STAFF, "chuyenvien"),
        "head": member(sct, Role.HEAD, "lanhdao"),
        "monitor": member(sct, Role.MONITOR, "theodoi"),
        "leader": member(ubnd, Role.LEADERSHIP, "lanhdaotinh"),
        "superuser": UserFactory(username="quantri", is_staff=True, is_superuser=True),
    }
    directive = DirectiveFactory(province=province, issuing_agency=ubnd, monitoring_agency=sct)
    DirectiveLinkFactory(source=directive, target=DirectiveFactory(province=province, issuing_agency=ubnd))
    ReportingScheduleFactory(directive=directive, reporting_agency=sct)
    task = TaskFactory(directive=directive, code="II.1", sector=SectorFactory(), due_date=datetime.date(2026, 12, 31))
    AssignmentFactory(task=task, agency=sct, role=AssignmentRole.LEAD)
    AssignmentFactory(task=task, agency=skhdt, role=AssignmentRole.COORDINATING)
    MilestoneFactory(task=task)
    target = TargetFactory(task=task)
    period = ReportingPeriodFactory(
        directive=directive,
        name="Quý IV/2026",
        start=datetime.date(2026, 10, 1),
        end=datetime.date(2026, 12, 31),
        due_date=datetime.date(2026, 12, 10),
    )
    report = ProgressReportFactory(task=task, agency=sct, period=period, state=ReportState.SUBMITTED)
    TargetValueFactory(report=report, target=target)
    attachment = AttachmentFactory(report=report)
    extension = ExtensionRequestFactory(task=task, agency=sct)
    # A staff request waiting for the head to forward it (one open request per task: on a second task).
    second = TaskFactory(directive=directive, code="II.2")
    AssignmentFactory(task=second, agency=sct, role=AssignmentRole.LEAD)
    to_forward = ExtensionRequestFactory(
        task=second, agency=sct, requested_by=users["staff"], state=ExtensionState.AWAITING_HEAD
    )
    services.write_direction(users["leader"], task, "Khẩn trương hoàn thành.")
    upload = SimpleUploadedFile("ke-hoach.csv", IMPORT_CSV.encode())
    job = start_import(upload, users["monitor"], province)
    run_sweep(datetime.date(2026, 12, 3))
    Preference.objects.create(user=users["staff"])
    finance = AgencyFactory(name="Sở Tài chính", province=province)
    merger = record_reorganization(
        ReorganizationKind.MERGER, province, datetime.date(2025, 3, 1), "45/2025/NĐ-CP", [(skhdt, finance)]
    )
    return SimpleNamespace(
        users=users,
        ids={
            "task": task.pk,
            "period": period.pk,
            "agency": sct.pk,
            "directive_pk": directive.pk,
            "period_pk": period.pk,
        },
        pk={
            "agencies:agency_detail": sct.pk,
            "reports:report_detail": report.pk,
            "reports:report_edit": report.pk,
            "reports:report_action": report.pk,
            "reports:attachment_download": attachment.pk,
            "reports:attachment_remove": attachment.pk,
            "reports:report_delete": report.pk,
            "reports:extension_decide": extension.pk,
            "reports:extension_forward": to_forward.pk,
            "reports:directive_reporting": directive.pk,
            "tasks:directive_detail": directive.pk,
            "tasks:task_detail": task.pk,
            "audit:agency_history": sct.pk,
            "audit:report_history": report.pk,
            "audit:directive_history": directive.pk,
            "audit:task_history": task.pk,
            "tasks:import_job": job.pk,
            "tasks:import_directive": job.pk,
            "tasks:import_agency": job.pk,
            "tasks:import_confirm": job.pk,
            "tasks:import_alias_delete": mapped.pk,
            "reorganization:detail": merger.pk,
            "reorganization:confirm": merger.pk,
            "reorganization:undo": merger.pk,
            "tasks:import_task": job.pk,
        },
    )


def url_patterns(resolver=None, namespace=""):
    """(name, pattern) of every named URL pattern of the project."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else entry.namespace or namespace
            yield from url_patterns(entry, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield (f"{namespace}:{entry.name}" if namespace else entry.name), entry.pattern


URL_NAMES = sorted({name for name, _pattern in url_patterns() if not name.startswith("admin:")})


@functools.cache
def pattern_params(name):
    """The path parameter names of a (namespaced) URL name."""
    return next(list(pattern.regex.groupindex) for other, pattern in url_patterns() if other == name)


def real_value(name, param, world):
    if param == "pk":
        assert name in world.pk, f"build_world() names no object for {name}'s pk"
        return world.pk[name]
    if param == "action":
        return "submit"
    return world.ids[param]


def urls_for(name, world):
    """The URL with real ids, then with hostile ones in each parameter in turn."""
    params = pattern_params(name)
    real = {param: real_value(name, param, world) for param in params}
    urls = []
    try:
        urls.append(reverse(name, kwargs=real))
    except NoReverseMatch:
        pass
    for param in params:
        for value in [*HOSTILE_IDS, *HOSTILE_PATHS]:
            try:
                urls.append(reverse(name, kwargs={**real, param: value}))
            except NoReverseMatch:
                continue
    if name == "reports:report_action":
        urls += [reverse(name, kwargs={**real, "action": action}) for action in ("approve", "accept", "nope")]
    return urls


class PageParser(HTMLParser):
    """The forms of a page (method, action, fields with the values the page filled in) and its links' query keys."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self.query_keys = set()
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.query_keys.update(key for key, _value in parse_qsl(urlsplit(attrs["href"]).query))
        elif tag == "form":
            self.forms.append(
                {"method": (attrs.get("method") or "get").lower(), "action": attrs.get("action"), "fields": {}}
            )
        elif not self.forms or not attrs.get("name"):
            return
        elif tag == "input":
            kind = (attrs.get("type") or "text").lower()
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                self.forms[-1]["fields"].setdefault(attrs["name"], None)
            else:
                self.forms[-1]["fields"][attrs["name"]] = "<file>" if kind == "file" else attrs.get("value", "")
        elif tag == "select":
            self._select = attrs["name"]
            self.forms[-1]["fields"].setdefault(self._select, None)
        elif (
            tag == "option" and self._select and ("selected" in attrs or self.forms[-1]["fields"][self._select] is None)
        ):
            self.forms[-1]["fields"][self._select] = attrs.get("value", "")
        elif tag == "textarea":
            self._textarea = attrs["name"]
            self.forms[-1]["fields"][self._textarea] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea and self.forms:
            self.forms[-1]["fields"][self._textarea] += data


def url_name(url, page_url):
    path = urlsplit(url or page_url).path or urlsplit(page_url).path
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.view_name


def filterset_fields():
    """Every filter name of every filterset in the project."""
    names = set()
    pending = list(django_filters.FilterSet.__subclasses__())
    while pending:
        filterset = pending.pop()
        pending.extend(filterset.__subclasses__())
        names.update(filterset.base_filters)
    return names


class Crawl:
    """What the pages offer, found by opening every page once as each role: GET keys and POST forms by URL name."""

    def __init__(self):
        self.get_keys = {}
        self.post_forms = {}

    def read(self, page_url, response):
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            return
        parser = PageParser()
        parser.feed(response.content.decode(errors="replace"))
        own = url_name(page_url, page_url)
        self.get_keys.setdefault(own, set()).update(parser.query_keys)
        for form in parser.forms:
            target = url_name(form["action"], page_url)
            if target is None:
                continue
            if form["method"] == "get":
                self.get_keys.setdefault(target, set()).update(form["fields"])
            else:
                self.post_forms.setdefault(target, []).append(form["fields"])


@functools.cache
def crawled():
    """Filled by the first test that runs: the same shape of world gives the same forms, whatever the ids."""
    return Crawl()


def rotated(keys, round_index):
    """Parameter j gets HOSTILE[(round_index + j) % n]: over n rounds, each parameter gets each value once."""
    return {key: HOSTILE[(round_index + j) % len(HOSTILE)] for j, key in enumerate(sorted(keys))}


def with_files(data, fields, round_index):
    files = hostile_files()
    return {**data, **{key: files[(round_index + j) % len(files)] for j, key in enumerate(sorted(fields))}}


class Requests:
    """Sends the requests of one test and keeps every crash (an exception, or a 500) with its exception."""

    def __init__(self, clients):
        self.clients = clients
        self.failures = []

    def send(self, role, method, url, data=None):
        response = getattr(self.clients[role], method)(url, data or {})
        # 503 is an answer (the health check's "a service is down"); an exception or a plain 500 is a crash.
        if response.exc_info or response.status_code == 500:
            error = response.exc_info[1] if response.exc_info else None
            self.failures.append(
                f"{method.upper()} {url} as {role} with {data!r:.200} → {response.status_code}: {error!r:.300}"
            )
        return response


def opens(response):
    """The role may use the page: it was served, or the action done or refused with a message, not a log-in."""
    if response.status_code >= 400:
        return False
    return not (response.status_code == 302 and "login" in response.get("Location", ""))


@pytest.fixture
def world(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    with time_machine.travel(NOW, tick=False):
        yield build_world()


@pytest.fixture
def clients(world):
    clients = {"anonymous": Client(raise_request_exception=False)}
    for role, user in world.users.items():
        clients[role] = Client(raise_request_exception=False)
        clients[role].force_login(user)
    return clients


def crawl_once(world, clients):
    crawl = crawled()
    if crawl.get_keys:
        return crawl
    for name in URL_NAMES:
        url = urls_for(name, world)[0]
        for role in ROLES:
            crawl.read(url, clients[role].get(url))
    return crawl


@pytest.mark.parametrize("name", URL_NAMES)
def test_no_input_makes_a_page_answer_500(name, world, clients):
    crawl = crawl_once(world, clients)
    url, *hostile_urls = urls_for(name, world)
    own_keys = crawl.get_keys.get(name, set())
    get_keys = own_keys | filterset_fields() | QUERY_KEYS
    forms = crawl.post_forms.get(name, [])
    requests = Requests(clients)
    open_for_get, open_for_post = [], []
    for index, role in enumerate(ROLES):
        if opens(requests.send(role, "get", url)):
            open_for_get.append(role)
        else:
            requests.send(role, "get", url, rotated(get_keys, index))
        if opens(requests.send(role, "post", url)):
            open_for_post.append(role)
        else:
            requests.send(role, "post", url, rotated(set(forms[0]) if forms else get_keys, index))
    for index, hostile_url in enumerate(hostile_urls):
        role = ROLES[index % len(ROLES)]
        requests.send(role, "get", hostile_url)
        requests.send(role, "post", hostile_url)
    for index in range(len(HOSTILE)):
        if open_for_get and own_keys:
            requests.send(open_for_get[index % len(open_for_get)], "get", url, rotated(get_keys, index))
        for form in forms if open_for_post else []:
            files = {key for key, value in form.items() if value == "<file>"}
            data = with_files(rotated(set(form) - files, index), files, index)
            requests.send(open_for_post[index % len(open_for_post)], "post", url, data)
    for form in forms if open_for_post else []:
        baseline = {key: value for key, value in form.items() if value not in (None, "<file>")}
        for j, key in enumerate(sorted(form)):
            requests.send(
                open_for_post[j % len(open_for_post)], "post", url, {**baseline, key: HOSTILE[j % len(HOSTILE)]}
            )
    assert requests.failures == [], "\n".join(requests.failures)


# --- The admin ------------------------------------------------------------------------------------------------------
# Its model pages are swept per registered model, as the superuser (anonymous and a signed-in non-staff user get one
# request per page: the admin sends them to its log-in). Its other pages are swept once, in the last test.
ADMIN_MODELS = sorted(model._meta.label for model in admin.site._registry)
# The management form of an inline: a hostile count is answered by the formset, but then hides its forms' fields.
MANAGEMENT_FIELDS = ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS")


def admin_world(world):
    """The rows the portal's own pages do not need but the admin lists: a group and the sign-in records."""
    Group.objects.create(name="Cán bộ theo dõi")
    row = {
        "username": "chuyenvien",
        "ip_address": "10.0.0.7",
        "user_agent": "Firefox",
        "path_info": "/login/",
        "http_accept": "text/html",
        "failures_since_start": 5,
        "get_data": "",
        "post_data": "",
    }
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        fields = {field.name for field in model._meta.concrete_fields}
        model.objects.create(**{key: value for key, value in row.items() if key in fields})
    return world


def changelist_keys(response):
    """The parameters a changelist reads: its filters' own, the date drill-down's, search, ordering and paging."""
    changelist = response.context["cl"]
    keys = {"q", "o", "p", "e", "_to_field", "_popup", "all"}
    for spec in changelist.filter_specs:
        keys.update(spec.expected_parameters())
    if changelist.date_hierarchy:
        keys.update(f"{changelist.date_hierarchy}__{part}" for part in ("year", "month", "day"))
    return keys


def form_keys(data):
    return {key for key in data if key != "_save" and not key.endswith(MANAGEMENT_FIELDS)}


def one_per_inline_field(keys):
    """The form's own fields and, of each inline, each field of one of its forms (`assignments-0-agency`)."""
    kept = {}
    for key in sorted(keys):
        kept.setdefault(re.sub(r"-\d+-", "-N-", key), key)
    return sorted(kept.values())


def sweep_form(requests, url, response, rounds=None, alone=True):
    """The admin form on `response`, if the superuser may save it: in `rounds` requests each field gets that many
    hostile values (all of them by default); with `alone`, each field also gets one on its own, so a field the others'
    errors would hide (an inline's, behind a refused count) is reached too."""
    context = response.context or {}
    if response.status_code != 200 or not (context.get("has_change_permission") or context.get("add")):
        return
    baseline = change_form_data(response)
    for index in range(rounds or len(HOSTILE)):
        requests.send("superuser", "post", url, {**baseline, **rotated(form_keys(baseline), index)})
    for j, key in enumerate(one_per_inline_field(baseline) if alone else []):
        requests.send("superuser", "post", url, {**baseline, key: HOSTILE[j % len(HOSTILE)]})


@pytest.mark.parametrize("label", ADMIN_MODELS)
def test_no_input_makes_an_admin_page_of_a_model_answer_500(label, world, clients):
    admin_world(world)
    model = apps.get_model(label)
    obj = model._default_manager.order_by("pk").first()
    assert obj is not None, f"admin_world() makes no {label}"
    requests = Requests(clients)
    pages = {
        view: admin_url(model, view, *([obj.pk] if view in ("change", "history", "delete") else []))
        for view in ("changelist", "add", "change", "history", "delete")
    }
    for role in ("anonymous", "staff"):
        requests.send(role, "get", pages["changelist"])
        requests.send(role, "post", pages["change"])

    changelist = requests.send("superuser", "get", pages["changelist"])
    keys = changelist_keys(changelist)
    for index in range(len(HOSTILE)):
        requests.send("superuser", "get", pages["changelist"], rotated(keys, index))
    # The changelist stops at the first parameter it cannot use: each one alone, too.
    for j, key in enumerate(sorted(keys)):
        requests.send("superuser", "get", pages["changelist"], {key: HOSTILE[j % len(HOSTILE)]})
    actions = ["", *(name for name, *_ in admin.site._registry[model]._get_base_actions())]
    for index in range(4):
        data = rotated({"_selected_action", "index", "select_across"}, index * 4 + 1)
        requests.send("superuser", "post", pages["changelist"], {**data, "action": actions[index % len(actions)]})

    # The add form has the change form's fields: half the values there, all of them on the change form.
    sweep_form(requests, pages["add"], requests.send("superuser", "get", pages["add"]), rounds=8, alone=False)
    sweep_form(requests, pages["change"], requests.send("superuser", "get", pages["change"]))
    requests.send("superuser", "get", pages["history"])
    requests.send("superuser", "get", pages["delete"])
    for view in ("change", "history", "delete"):
        for value in [*HOSTILE_IDS, *HOSTILE_PATHS][:: 1 if view == "change" else 3]:
            requests.send("superuser", "get", admin_url(model, view, value))
    for value in HOSTILE[1:3]:
        requests.send("superuser", "post", pages["delete"], {"post": value})
    assert requests.failures == [], "\n".join(requests.failures)


def test_no_input_makes_the_admin_site_pages_answer_500(world, clients):
    admin_world(world)
    requests = Requests(clients)
    superuser = world.users["superuser"]
    task_type = ContentType.objects.get_for_model(Task)
    pages = [
        reverse("admin:index"),
        reverse("admin:jsi18n"),
        reverse("admin:password_change_done") if _has("admin:password_change_done") else None,
        *(reverse("admin:app_list", args=[app]) for app in {model._meta.app_label for model in admin.site._registry}),
        reverse("admin:view_on_site", args=[task_type.pk, world.ids["task"]]),
        *(reverse("admin:view_on_site", args=[value, world.ids["task"]]) for value in [*HOSTILE_IDS, "abc"]),
        *(reverse("admin:view_on_site", args=[task_type.pk, value]) for value in [*HOSTILE_IDS, "abc"]),
        reverse("admin:auth_user_password_change", args=[superuser.pk]),
        *(reverse("admin:auth_user_password_change", args=[value]) for value in [*HOSTILE_IDS, *HOSTILE_PATHS]),
    ]
    for url in filter(None, pages):
        for role in ROLES:
            requests.send(role, "get", url)
    for value in [*HOSTILE_PATHS, "nope"]:
        requests.send("superuser", "get", reverse("admin:index") + quote(value) + "/")
    # Every autocomplete field of every admin, with hostile names, terms and pages.
    autocomplete = reverse("admin:autocomplete")
    sources = [
        {"app_label": model._meta.app_label, "model_name": model._meta.model_name, "field_name": field}
        for model, model_admin in admin.site._registry.items()
        for field in model_admin.autocomplete_fields
    ]
    for j, source in enumerate(sources):
        requests.send("superuser", "get", autocomplete, {**source, "term": "Sở", "page": "1"})
        requests.send("superuser", "get", autocomplete, {**source, **rotated({"term", "page"}, j)})
        key = sorted(source)[j % len(source)]
        requests.send("staff", "get", autocomplete, {**source, key: HOSTILE[j % len(HOSTILE)]})
    for index in range(len(HOSTILE)):
        requests.send(
            "superuser", "get", autocomplete, rotated({"app_label", "model_name", "field_name", "term"}, index)
        )
    password_page = reverse("admin:auth_user_password_change", args=[superuser.pk])
    response = requests.send("superuser", "get", password_page)
    for index in range(len(HOSTILE)):
        data = rotated({"password1", "password2", "usable_password"}, index)
        requests.send("superuser", "post", password_page, data)
    for index in range(4):
        requests.send("anonymous", "post", reverse("admin:login"), rotated({"username", "password", "next"}, index))
    assert response.status_code == 200
    assert requests.failures == [], "\n".join(requests.failures)


def _has(name):
    try:
        reverse(name)
    except NoReverseMatch:
        return False
    return True
