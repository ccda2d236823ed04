"""`manage.py load_demo`: the five seed documents land as directives, tasks, agencies and demo accounts, and the 2025
reorganization is replayed on them: the demo shows the province as it is today."""

import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from agencies.matching import AgencyMatcher
from agencies.models import Agency, Membership, Province
from agencies.permissions import Access
from reorganization.models import Reorganization, ReorganizationKind
from reports.inbox import build_inbox
from reports.models import EventKind, HistoryEvent
from tasks.demo import seeds
from tasks.demo.accounts import ACCOUNTS, DEMO_PASSWORD
from tasks.models import LEADING_ROLES, Assignment, AssignmentRole, Directive, Target, Task, TaskKind
from tasks.status import Status

pytestmark = pytest.mark.django_db

QUANG_NGAI_AGENCIES = {
    "Ủy ban nhân dân tỉnh Quảng Ngãi",
    "Văn phòng UBND tỉnh Quảng Ngãi",
    "Sở Công Thương",
    "Sở Kế hoạch và Đầu tư",
    "Sở Tài chính",
    "Sở Nội vụ",
    "Sở Xây dựng",
    "Sở Tài nguyên và Môi trường",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Giáo dục và Đào tạo",
    "Sở Khoa học và Công nghệ",
    "Sở Thông tin và Truyền thông",
    "Sở Y tế",
    "Sở Tư pháp",
    "Cục Quản lý thị trường tỉnh Quảng Ngãi",
    "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
    "Trung tâm Khuyến công và Xúc tiến thương mại Quảng Ngãi",
    "UBND thành phố Quảng Ngãi",
    "UBND thị xã Đức Phổ",
    "UBND huyện Bình Sơn",
    "UBND huyện Sơn Tịnh",
    "UBND huyện Tư Nghĩa",
    "UBND huyện Nghĩa Hành",
    "UBND huyện Mộ Đức",
    "UBND huyện Ba Tơ",
    "UBND huyện Minh Long",
    "UBND huyện Sơn Hà",
    "UBND huyện Sơn Tây",
    "UBND huyện Trà Bồng",
    "UBND huyện Lý Sơn",
    "Trường Đại học Phạm Văn Đồng",
    "Trường Đại học Tài chính - Kế toán",
    "Trường Cao đẳng Kỹ thuật Công nghiệp Quảng Ngãi",
    "Trường Cao đẳng Việt Nam - Hàn Quốc - Quảng Ngãi",
    "UBND các huyện, thị xã, thành phố",
    "Các sở, ngành liên quan",
    "Các trường trung cấp, cao đẳng, đại học trên địa bàn tỉnh",
    # The successors the 2025 replay creates (the bodies before stay, ended, under their names).
    "Sở Nông nghiệp và Môi trường",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Chi cục Quản lý thị trường tỉnh",
    "UBND các xã, phường, đặc khu",
}
SCT = "Sở Công Thương"
SKHDT = "Sở Kế hoạch và Đầu tư"
STC = "Sở Tài chính"
BQL = "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"
DISTRICTS = "UBND các huyện, thị xã, thành phố"
DEPARTMENTS = "Các sở, ngành liên quan"
COMMUNES = "UBND các xã, phường, đặc khu"
OPEN = [Status.IN_PROGRESS_ON_TIME, Status.IN_PROGRESS_OVERDUE, Status.RECURRING, Status.NOT_STARTED]
OPEN += [Status.WAITING_EVENT, Status.UNSCHEDULED]


@pytest.fixture
def load(settings):
    settings.DEBUG = True

    def run():
        out = StringIO()
        call_command("load_demo", stdout=out)
        return out.getvalue()

    return run


@pytest.fixture
def loaded(load):
    load()


def task(number_symbol, code):
    """A task by its directive's `number/symbol` as printed (`953/UBND-CNXD`, `/KH-UBND`) and its code."""
    number, symbol = number_symbol.split("/", 1)
    return Task.objects.get(directive__number=number, directive__symbol=symbol, code=code)


def agencies(task, *roles):
    return {a.agency.name for a in task.assignments.select_related("agency") if a.role in roles}


def leads(task):
    return agencies(task, AssignmentRole.LEAD)


def coordinators(task):
    return agencies(task, AssignmentRole.COORDINATING)


def test_empty_database_gets_the_five_seed_documents_as_directives(loaded):
    directives = {(d.province.code, d.kind, d.number, d.symbol): d for d in Directive.objects.all()}

    assert set(directives) == {
        ("quang-ngai", "cong_van", "", "UBND-CNXD"),
        ("quang-ngai", "cong_van", "953", "UBND-CNXD"),
        ("quang-ngai", "cong_van", "", "SCT-QLCN"),
        ("thai-nguyen", "quyet_dinh", "", "QĐ-UBND"),
        ("quang-ngai", "ke_hoach", "", "KH-UBND"),
    }
    letter = directives[("quang-ngai", "cong_van", "953", "UBND-CNXD")]
    assert letter.issued_on == datetime.date(2021, 3, 10)
    # The directives are imported from the seeds' text: the signature's capacity lines as the import reads them.
    assert letter.signer_capacity == "KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
    assert letter.monitoring_agency.name == SCT
    assert letter.links.get().reference == "04/CT-BCT"
    assert letter.recipients.splitlines()[0] == "Các Sở: Công Thương, Tài chính, Nội vụ"  # its Kính gửi
    decision = directives[("thai-nguyen", "quyet_dinh", "", "QĐ-UBND")]
    assert decision.issued_on is None
    assert decision.signer_capacity == "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
    assert decision.note.startswith("Số, ngày ban hành và địa danh không có trong văn bản nguồn")
    assert decision.monitoring_agency.province.code == "thai-nguyen"
    assert "1762/QĐ-UBND" in set(decision.links.values_list("reference", flat=True))


def test_953_gives_items_1a_to_1i_to_sct_and_items_2_to_5_to_the_agencies_it_names(loaded):
    item_1 = task("953/UBND-CNXD", "1")
    assert item_1.kind == TaskKind.HEADING
    letters = list(item_1.children.order_by("position").values_list("code", flat=True))
    assert letters == ["1.a", "1.b", "1.c", "1.d", "1.e", "1.g", "1.h", "1.i"]
    for child in item_1.children.all():
        assert leads(child) == {SCT}
    # The district committees' open work went to the communes on 01/7/2025; the words as written stay.
    assert coordinators(task("953/UBND-CNXD", "1.a")) == {DEPARTMENTS, COMMUNES}
    assert coordinators(task("953/UBND-CNXD", "1.c")) == {DEPARTMENTS, COMMUNES}
    moved = task("953/UBND-CNXD", "1.a").assignments.get(agency__name=COMMUNES)
    assert (moved.predecessor.name, moved.original_text) == (DISTRICTS, "UBND các huyện, thị xã, thành phố")
    assert (leads(task("953/UBND-CNXD", "2")), coordinators(task("953/UBND-CNXD", "2"))) == ({"Sở Tài chính"}, {SCT})
    assert (leads(task("953/UBND-CNXD", "3")), coordinators(task("953/UBND-CNXD", "3"))) == ({"Sở Nội vụ"}, {SCT})
    assert coordinators(task("953/UBND-CNXD", "4")) == {BQL, COMMUNES, DEPARTMENTS}
    for code in ("5.a", "5.b"):
        assert leads(task("953/UBND-CNXD", code)) == {COMMUNES}


def test_district_level_ended_on_30_june_2025_with_the_communes_as_successor(loaded):
    group = Agency.objects.get(province__code="quang-ngai", name=DISTRICTS)
    districts = Agency.objects.filter(
        name__in=["UBND thị xã Đức Phổ", "UBND huyện Bình Sơn", "UBND thành phố Quảng Ngãi"]
    )

    assert group.is_group
    assert len(districts) == 3
    for body in (group, *districts):
        assert not body.is_active, body.name
        assert (body.valid_until, body.successor.name) == (datetime.date(2025, 6, 30), COMMUNES), body.name
    assert Agency.objects.get(name="Trung tâm Khuyến công và Xúc tiến thương mại Quảng Ngãi").parent.name == SCT
    assert Agency.objects.get(name="Bộ Công Thương").province is None


def test_abbreviations_and_old_names_match_the_agency_exactly(loaded):
    matcher = AgencyMatcher(Province.objects.get(code="quang-ngai"))
    written = {
        "Sở KH&ĐT": SKHDT,
        "SKHĐT": SKHDT,
        "Sở KHĐT": SKHDT,
        "Ban QL KKT Dung Quất và các KCN Quảng Ngãi": BQL,
        "Ban Quản lý KKT Dung Quất và các KCN Quảng Ngãi": BQL,
        "VPUB": "Văn phòng UBND tỉnh Quảng Ngãi",
        "Sở TN&MT": "Sở Tài nguyên và Môi trường",
        "Sở NN&PTNT": "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở LĐ-TB&XH": "Sở Lao động - Thương binh và Xã hội",
        "Sở KH&CN": "Sở Khoa học và Công nghệ",
        "Sở TT&TT": "Sở Thông tin và Truyền thông",
        "SCT": SCT,
        "UBND huyện Đức Phổ": "UBND thị xã Đức Phổ",
        "UBND các huyện, thành phố": DISTRICTS,
    }

    matches = {text: matcher.match(text) for text in written}

    assert {text: match.agency.name for text, match in matches.items()} == written
    assert {match.method for match in matches.values()} <= {"name", "short_name", "alias"}


def test_an_agency_the_data_does_not_define_stops_the_load_and_writes_nothing(settings, monkeypatch):
    settings.DEBUG = True
    overrides = seeds.seed_overrides

    def misnamed(number):
        data = overrides(number)
        if number == 0:
            data["directive"]["monitoring_agency"] = "Sở Công nghiệp"
        return data

    monkeypatch.setattr(seeds, "seed_overrides", misnamed)

    with pytest.raises(CommandError, match="Sở Công nghiệp"):
        call_command("load_demo", stdout=StringIO())

    assert not Agency.objects.exists()


def test_plan_004_tasks_carry_their_leads_and_coordinators(loaded):
    # Open work is held by the successors; each assignment keeps the words written and the body it came from.
    assert leads(task("/KH-UBND", "II.1.a")) == {STC}
    assert task("/KH-UBND", "II.1.a").assignments.get(role=AssignmentRole.LEAD).predecessor.name == SKHDT
    assert coordinators(task("/KH-UBND", "II.1.a")) == {SCT, BQL, COMMUNES}
    co_leads = task("/KH-UBND", "II.2.f.2").assignments.filter(role=AssignmentRole.CO_LEAD)
    assert {a.agency.name for a in co_leads} == {STC, BQL}
    refinery = task("/KH-UBND", "II.2.đ.1").assignments.get(role=AssignmentRole.COORDINATING)
    assert (refinery.agency.name, refinery.predecessor.name, refinery.original_text) == (
        COMMUNES,
        "UBND huyện Bình Sơn",
        "UBND huyện Bình Sơn",
    )
    duc_pho = task("/KH-UBND", "II.1.c").assignments.get(original_text="UBND huyện Đức Phổ")
    assert duc_pho.agency.name == "UBND thị xã Đức Phổ" or duc_pho.predecessor.name == "UBND thị xã Đức Phổ"
    assert agencies(task("/KH-UBND", "II.2.b.1"), AssignmentRole.EXECUTING) == {"Sở Nông nghiệp và Môi trường"}
    # Items the plan gives to no body are carried out by the departments and the district (now commune) committees,
    # as its III.1 says and the seed's overrides give them (the import refuses a task without a lead or executing body).
    for unassigned in ("II.2.h", "II.4.c", "II.6.e"):
        assert not leads(task("/KH-UBND", unassigned))
        assert DEPARTMENTS in agencies(task("/KH-UBND", unassigned), AssignmentRole.EXECUTING)


def test_plan_004_keeps_its_outline_with_vietnamese_letters_and_sectors(loaded):
    section = task("/KH-UBND", "II.2")

    letters = [child.label for child in section.children.order_by("position")]

    assert letters == ["a", "b", "c", "d", "đ", "e", "f", "g", "h", "i", "k"]  # the import keeps the letter
    assert task("/KH-UBND", "II.2.a.2").parent.code == "II.2.a"
    assert task("/KH-UBND", "II.2.a.2").depth == 3
    assert task("/KH-UBND", "II.2.a.1").sector.name == "Công nghiệp khai thác khoáng sản"
    assert task("/KH-UBND", "II.2.g.1").sector.name == "Công nghiệp sản xuất và phân phối điện"
    assert task("/KH-UBND", "I").kind == TaskKind.HEADING
    assert task("/KH-UBND", "III.2").kind == TaskKind.TASK


def test_plan_004_timeframes_are_read_into_dates_events_and_milestones(loaded):
    waiting = task("/KH-UBND", "II.7.b")
    assert waiting.waits_on_event and waiting.due_date is None
    assert waiting.timeframe_text == "Thực hiện ngay sau khi có quy hoạch tỉnh"
    assert task("/KH-UBND", "II.2.d.2").is_recurring
    period = task("/KH-UBND", "II.6.b")
    assert (period.start_date, period.due_date) == (datetime.date(2020, 1, 1), datetime.date(2025, 12, 31))
    milestones = task("/KH-UBND", "II.5.b").milestones.order_by("position")
    assert [m.due_date for m in milestones] == [datetime.date(2020, 12, 31), datetime.date(2025, 12, 31)]
    assert task("/KH-UBND", "II.1.d").due_date == datetime.date(2020, 12, 31)
    assert task("/SCT-QLCN", "1").due_time == datetime.time(17, 0)


def test_plan_004_targets_have_unit_value_and_year(loaded):
    def targets(code):
        return {(t.unit, t.comparison, t.target_value, t.due_year) for t in task("/KH-UBND", code).targets.all()}

    # The targets the import reads from the tasks' text.
    assert targets("II.2.i") == {
        ("Nhà máy điện gió", "at_least", Decimal(1), 2030),
        ("MW", "at_least", Decimal(100), 2030),
    }
    assert targets("II.2.k") == {("triệu kWh", "at_least", Decimal(800), 2025)}  # “đạt 800 triệu kWh”
    assert targets("II.2.g.1") == {("triệu kWh", "at_least", Decimal(4108), 2025)}
    assert targets("II.5.b") == {("hợp đồng", "at_least", Decimal(5), 2025)}


def test_every_quang_ngai_agency_is_spelled_correctly(loaded):
    names = set(Agency.objects.filter(province__code="quang-ngai").values_list("name", flat=True))

    assert names == QUANG_NGAI_AGENCIES
    assert not [name for name in names if any(garbage in name for garbage in ("Pau", "S&", "S¢", "Quang Ngai"))]


def test_plan_004_links_lead_up_to_the_politburo_resolution(loaded):
    plan = Directive.objects.get(symbol="KH-UBND")

    links = {link.reference: link for link in plan.links.all()}

    assert set(links) == {"37-CTr/TU", "23-NQ/TW"}
    assert {link.relation for link in links.values()} == {"implements"}
    assert all(reference in link.title for reference, link in links.items())


def test_decision_003_carries_its_growth_targets_and_two_reporting_schedules(loaded):
    decision = Directive.objects.get(symbol="QĐ-UBND")
    growth = {
        (t.task.code, t.unit, t.comparison, t.target_value, t.due_year)
        for t in Target.objects.filter(task__directive=decision).select_related("task")
    }
    schedules = {
        s.kind: (s.day_of_month, s.month_list(), s.reporting_agency.name, s.report_to)
        for s in decision.schedules.select_related("reporting_agency")
    }

    # The decision states its growth targets among the programme's objectives (I.2.1.1, I.2.2.1, I.2.3.1), which
    # name no one to reach them and are headings: a heading is never reported on, so a target there could never be.
    # Each is on the task that reports on the programme's results every year, Điều 2.1.5 (Sở Công Thương: “kiểm
    # tra, giám sát việc thực hiện Chương trình … Định kỳ hằng năm tổng hợp, báo cáo … kết quả thực hiện”).
    assert growth == {
        ("Điều 2.1.5", "%/năm", "at_least", Decimal(9), 2025),
        ("Điều 2.1.5", "%/năm", "at_least", Decimal(10), 2025),
        ("Điều 2.1.5", "%/năm", "at_least", Decimal(20), 2025),
        ("Điều 2.1.5", "%/năm", "at_least", Decimal(15), 2025),
        ("Điều 2.1.5", "%", "about", Decimal(20), 2025),
        ("Điều 2.1.5", "%/năm", "at_least", Decimal(16), 2025),
    }
    assert task("/QĐ-UBND", "I.2.1.1").kind == TaskKind.HEADING
    assert task("/QĐ-UBND", "Điều 2.1.5").kind == TaskKind.TASK
    assert schedules == {
        "quarterly": (10, [3, 6, 9, 12], SCT, "Bộ Công Thương, UBND tỉnh"),
        "annual": (10, [11], SCT, "Bộ Công Thương, UBND tỉnh"),
    }
    assert task("/QĐ-UBND", "Điều 2.7").label == "7"
    assert not Task.objects.filter(directive=decision, code="Điều 2.6").exists()


def test_ad_hoc_request_002_is_due_at_17h_local_time(loaded):
    schedule = Directive.objects.get(symbol="SCT-QLCN").schedules.get()

    assert schedule.kind == "ad_hoc"
    assert schedule.due_at == datetime.datetime(2021, 12, 3, 10, 0, tzinfo=datetime.UTC)


def test_second_run_adds_nothing_and_changes_nothing(load):
    load()
    models = [
        *apps.get_app_config("agencies").get_models(),
        *apps.get_app_config("tasks").get_models(),
        get_user_model(),
    ]
    counts = {model: model.objects.count() for model in models}
    stamps = dict(Directive.objects.values_list("pk", "updated_at"))
    task_stamps = dict(Task.objects.values_list("pk", "updated_at"))
    passwords = dict(get_user_model().objects.values_list("pk", "password"))

    output = load()

    assert {model: model.objects.count() for model in models} == counts
    assert dict(Directive.objects.values_list("pk", "updated_at")) == stamps
    assert dict(Task.objects.values_list("pk", "updated_at")) == task_stamps
    assert dict(get_user_model().objects.values_list("pk", "password")) == passwords
    assert "không có gì thay đổi" in output  # Vietnamese first, commands too


def test_refused_when_debug_is_off(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG"):
        call_command("load_demo", stdout=StringIO())

    assert not Directive.objects.exists()


MOVED_WITH_THEIR_BODY = {"chuyenvien_khdt": STC}  # Sở KH&ĐT merged into Sở Tài chính on 01/3/2025


def test_every_demo_account_logs_in_and_holds_its_role(loaded, client):
    for account in ACCOUNTS:
        client.logout()

        response = client.post(reverse("login"), {"username": account["username"], "password": DEMO_PASSWORD})

        assert response.status_code == 302, account["username"]
        membership = Membership.objects.get(user__username=account["username"])
        agency = MOVED_WITH_THEIR_BODY.get(account["username"], account["agency"])
        assert (membership.role, membership.agency.name) == (account["role"], agency)
        assert membership.user.is_superuser == membership.user.is_staff == (account["role"] == "admin")
    assert {account["role"] for account in ACCOUNTS} == {"staff", "head", "monitor", "leadership", "admin"}


def test_demo_tasks_are_found_by_words_with_or_without_diacritics(loaded, client):
    client.force_login(get_user_model().objects.get(username="theodoi"))
    assert not Task.objects.filter(kind=TaskKind.TASK, search_key="").exists()
    for words in ("điện gió", "dien gio"):
        listed = client.get(reverse("tasks:task_list"), {"q": words}).context["paginator"].count
        assert listed >= 1, words


# --- The demo today: the 2025 reorganization replayed (issue 15) ------------------------------------------------


def test_no_open_task_is_held_by_a_body_that_has_ceased_to_exist(loaded):
    open_work = Assignment.objects.filter(task__status__in=OPEN)

    assert not open_work.filter(agency__is_active=False).exists()
    assert open_work.filter(agency__name=STC, predecessor__name=SKHDT).exists()
    assert open_work.filter(agency__name=COMMUNES, predecessor__name=DISTRICTS).exists()
    assert Agency.objects.get(province__code="quang-ngai", name=SKHDT).successor.name == STC
    assert Province.objects.filter(name__in=["Kon Tum", "Bắc Kạn"]).count() == 2


def test_finance_staff_see_in_their_inbox_what_planning_and_investment_led(loaded, client):
    led = set(
        Assignment.objects.filter(
            task__status__in=OPEN, agency__name=STC, predecessor__name=SKHDT, role__in=LEADING_ROLES
        ).values_list("task_id", flat=True)
    )
    for username in ("chuyenvien_taichinh", "chuyenvien_khdt"):
        user = get_user_model().objects.get(username=username)
        client.force_login(user)

        response = client.get(reverse("reports:inbox"))

        assert response.status_code == 200
        listed = {row.task.pk for _key, _title, rows in build_inbox(Access(user)) for row in rows}
        seen = led & listed
        assert seen, username
        assert Task.objects.get(pk=min(seen)).code in response.content.decode(), username


def test_history_shows_the_transfer(loaded, client):
    moved = task("/KH-UBND", "II.1.a")

    transfers = HistoryEvent.objects.filter(task=moved, kind=EventKind.TRANSFERRED)

    [event] = [event for event in transfers if {"field": "agency", "old": SKHDT, "new": STC} in event.changes]
    assert "01/03/2025" in event.comment
    client.force_login(get_user_model().objects.get(username="chuyenvien_taichinh"))
    page = client.get(reverse("tasks:task_detail", args=[moved.pk])).content.decode()
    assert SKHDT in page and STC in page


def test_the_demo_provinces_take_over_the_provinces_resolution_202_merged_into_them(loaded):
    merged = Reorganization.objects.filter(kind=ReorganizationKind.PROVINCE_MERGER)

    assert {
        (r.province.name, r.absorbed_province.name, r.effective_date, r.legal_basis, r.legal_basis_title[:37])
        for r in merged
    } == {
        (province, absorbed, datetime.date(2025, 7, 1), "202/2025/QH15", "Nghị quyết số 202/2025/QH15 ngày 12/6")
        for province, absorbed in (("Quảng Ngãi", "Kon Tum"), ("Thái Nguyên", "Bắc Kạn"))
    }
