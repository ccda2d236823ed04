"""The portal's own URL patterns, as every role, with hostile ids, query parameters and form fields: no 500.

For each URL the test opens it with real ids from a small province and with hostile ones, as anonymous, staff,
head, monitoring unit, leadership and superuser. The parameters it sends are every filter any filterset knows,
the query keys the portal's own pages link with, and the fields of every form found on the pages (crawled once
as each role). Each hostile value reaches each parameter and each field once per URL: request i gives parameter
j the value HOSTILE[(i + j) % n], the requests shared out among the roles that may open the page; a role the page
refuses gets one such request. A form is also sent with the values the page filled in and one field made hostile,
so a value that passes one field's checks reaches what lies behind the form.

The admin's URL patterns are not swept here: on this machine they would take the sweep well past a minute, and
Django's ModelMultipleChoiceField still fails on an id past 2⁶³ on SQLite (its `__in` lookup is not guarded
against overflow). The admin's own validation of the portal's rules is tested in each app's test_admin.
"""

import datetime
import functools
from html.parser import HTMLParser
from types import SimpleNamespace
from urllib.parse import parse_qsl, urlsplit

import django_filters
import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import NoReverseMatch, Resolver404, URLPattern, URLResolver, get_resolver, resolve, reverse

from agencies.models import AgencyKind, Role
from agencies.tests.factories import AgencyAliasFactory, AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from notifications.models import Preference
from notifications.services import run_sweep
from reorganization.models import ReorganizationKind
from reorganization.services import record_reorganization
from reports import services
from reports.models import ReportState
from reports.tests.factories import (
    AttachmentFactory,
    ExtensionRequestFactory,
    ProgressReportFactory,
    ReportingPeriodFactory,
    TargetValueFactory,
    pdf_upload,
)
from tasks.importing.jobs import start_import
from tasks.models import AssignmentRole
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
            "reports:extension_decide": extension.pk,
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
