"""A province for the dashboard tests: two directives, departments, districts in a group, tasks of every status."""

import datetime
from types import SimpleNamespace

from agencies.models import AgencyKind, Role
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from tasks.models import AssignmentRole, TaskKind
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, SectorFactory, TaskFactory

VN = datetime.timezone(datetime.timedelta(hours=7))
NOW = datetime.datetime(2026, 11, 25, 9, 0, tzinfo=VN)
DAY = datetime.timedelta(days=1)


def _user(agency, role, username):
    return MembershipFactory(agency=agency, role=role, user=UserFactory(username=username)).user


def _task(directive, lead, sector=None, coordinator=None, **fields):
    task = TaskFactory(directive=directive, sector=sector, **fields)
    AssignmentFactory(task=task, agency=lead, role=AssignmentRole.LEAD)
    if coordinator is not None:
        AssignmentFactory(task=task, agency=coordinator, role=AssignmentRole.COORDINATING)
    return task


def grow(world, n):
    """Add `n` tasks of each kind the dashboard counts, spread over the agencies and sectors."""
    today = NOW.date()
    done = datetime.datetime(2026, 6, 1, 10, 0, tzinfo=VN)
    kinds = [
        {"due_date": today - 30 * DAY},  # overdue
        {"due_date": today + 3 * DAY},  # due within 7 days
        {"due_date": today + 20 * DAY},  # due within 30 days
        {"due_date": today + 400 * DAY},  # in progress, on time
        {"due_date": datetime.date(2026, 12, 31), "completed_at": done},  # completed on time
        {"due_date": datetime.date(2026, 3, 31), "completed_at": done},  # completed late
        {"due_date": None, "is_recurring": True},
        {"due_date": None, "waits_on_event": True, "event_text": "sau khi có quy hoạch tỉnh"},
        {"due_date": today, "due_time": datetime.time(8, 0)},  # overdue since 08:00 today
    ]
    for i in range(n):
        for j, fields in enumerate(kinds):
            lead = [world.sct, world.skhdt, world.huyen_bs][(i + j) % 3]
            directive = [world.plan, world.letter][j % 2]
            sector = [world.wood, world.power, None][(i + j) % 3]
            _task(directive, lead, sector, coordinator=world.skhdt if lead != world.skhdt else None, **fields)


def build_world():
    """Quảng Ngãi with two directives, departments, districts and their group; tasks of every status."""
    province = ProvinceFactory()
    other = ProvinceFactory(name="Thái Nguyên", code="thai-nguyen")
    ubnd = AgencyFactory(
        name="Ủy ban nhân dân tỉnh Quảng Ngãi",
        short_name="UBND tỉnh",
        province=province,
        kind=AgencyKind.PEOPLES_COMMITTEE,
    )
    sct = AgencyFactory(name="Sở Công Thương", short_name="SCT", province=province)
    skhdt = AgencyFactory(name="Sở Kế hoạch và Đầu tư", short_name="Sở KH&ĐT", province=province)
    huyen_bs = AgencyFactory(name="UBND huyện Bình Sơn", province=province, kind=AgencyKind.DISTRICT)
    huyen_dp = AgencyFactory(name="UBND huyện Đức Phổ", province=province, kind=AgencyKind.DISTRICT)
    districts = AgencyFactory(name="UBND các huyện, thị xã, thành phố", province=province, is_group=True)
    districts.members.set([huyen_bs, huyen_dp])
    plan = DirectiveFactory(province=province, number="1762", symbol="QĐ-UBND", monitoring_agency=sct)
    letter = DirectiveFactory(province=province, number="953", symbol="UBND-CNXD", monitoring_agency=sct)
    foreign = DirectiveFactory(
        province=other,
        number="37",
        symbol="KH-UBND",
        issuing_agency=AgencyFactory(name="UBND tỉnh Thái Nguyên", province=other),
    )
    w = SimpleNamespace(
        province=province,
        ubnd=ubnd,
        sct=sct,
        skhdt=skhdt,
        huyen_bs=huyen_bs,
        huyen_dp=huyen_dp,
        districts=districts,
        plan=plan,
        letter=letter,
        wood=SectorFactory(name="Công nghiệp chế biến gỗ"),
        power=SectorFactory(name="Điện"),
        leader=_user(ubnd, Role.LEADERSHIP, "chutich"),
        alice=_user(sct, Role.STAFF, "alice"),
        bob=_user(skhdt, Role.STAFF, "bob"),
    )
    TaskFactory(directive=plan, code="II", position=0, kind=TaskKind.HEADING, text="NHIỆM VỤ, GIẢI PHÁP")
    # A task the whole district group leads: each member district counts it among the tasks it leads.
    group_task = TaskFactory(directive=plan, due_date=NOW.date() - 10 * DAY)
    AssignmentFactory(task=group_task, agency=districts, role=AssignmentRole.LEAD)
    # Another province's overdue task never shows on Quảng Ngãi's dashboard.
    w.foreign_sct = AgencyFactory(name="Sở Công Thương", province=other)
    _task(foreign, w.foreign_sct, due_date=NOW.date() - 5 * DAY)
    grow(w, 1)
    return w
