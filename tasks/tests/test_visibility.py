"""Which tasks a user may open (`Task.objects.visible_to`): leadership, the monitoring unit and administrators their
whole province; staff and heads the tasks their agency is assigned, in whatever province's directive."""

import pytest

from agencies.models import Role
from agencies.permissions import Access
from agencies.tests.factories import AgencyFactory, MembershipFactory, ProvinceFactory, UserFactory
from tasks.models import Task
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, TaskFactory


@pytest.fixture
def two_provinces(db):
    """Province A with a department and two tasks (one assigned to it), province B with one task assigned to A's
    department (a directive of B asking A's department to coordinate)."""
    a = ProvinceFactory(name="Quảng Ngãi", code="quang-ngai")
    b = ProvinceFactory(name="Bình Định", code="binh-dinh")
    department = AgencyFactory(province=a)
    own, other = (
        TaskFactory(directive=DirectiveFactory(province=a)),
        TaskFactory(directive=DirectiveFactory(province=a)),
    )
    AssignmentFactory(task=own, agency=department)
    across = TaskFactory(directive=DirectiveFactory(province=b))
    AssignmentFactory(task=across, agency=department)
    TaskFactory(directive=DirectiveFactory(province=b))
    return a, department, {"own": own, "other": other, "across": across}


def visible(user):
    return set(Task.objects.visible_to(Access(user)))


@pytest.mark.parametrize("role", [Role.LEADERSHIP, Role.MONITOR, Role.ADMIN])
def test_a_province_wide_reader_sees_their_province_alone(two_provinces, role):
    _a, department, tasks = two_provinces
    user = MembershipFactory(agency=department, role=role).user

    assert visible(user) == {tasks["own"], tasks["other"]}


@pytest.mark.parametrize("role", [Role.STAFF, Role.HEAD])
def test_staff_and_heads_see_their_agencys_tasks_in_any_province(two_provinces, role):
    _a, department, tasks = two_provinces
    user = MembershipFactory(agency=department, role=role).user

    assert visible(user) == {tasks["own"], tasks["across"]}


def test_a_province_wide_reader_who_is_also_staff_sees_both(two_provinces):
    a, department, tasks = two_provinces
    user = UserFactory()
    MembershipFactory(user=user, agency=AgencyFactory(province=a), role=Role.LEADERSHIP)
    MembershipFactory(user=user, agency=department, role=Role.STAFF)

    assert visible(user) == {tasks["own"], tasks["other"], tasks["across"]}


def test_a_province_wide_readers_tasks_are_read_by_province_alone(two_provinces):
    """No OR with the agency's assignments in the statement: it kept PostgreSQL from reading a page of tasks by
    directive through the index (93 ms against 0.4 ms at 200,000 tasks, bench/dashboard_bench.py)."""
    _a, department, _tasks = two_provinces
    user = MembershipFactory(agency=department, role=Role.LEADERSHIP).user

    assert "tasks_assignment" not in str(Task.objects.visible_to(Access(user)).query)


@pytest.mark.parametrize("roles", [[Role.LEADERSHIP], [Role.STAFF], [Role.HEAD], [Role.LEADERSHIP, Role.STAFF], []])
def test_one_provinces_visible_tasks_are_the_visible_tasks_of_that_province(two_provinces, roles):
    """`visible_to(access, province)`, the dashboard's tasks, for each role, a reader who is both and a superuser."""
    a, department, _tasks = two_provinces
    user = UserFactory(is_superuser=not roles)
    for role in roles:
        MembershipFactory(user=user, agency=department, role=role)
    access = Access(user)

    for province in (a, ProvinceFactory(name="Bình Định", code="binh-dinh")):
        assert set(Task.objects.visible_to(access, province)) == {
            task for task in Task.objects.visible_to(access) if task.directive.province_id == province.pk
        }


def test_a_reader_of_the_whole_province_reads_its_tasks_with_no_access_condition(two_provinces):
    """Leadership who are staff too: the province's tasks, without the OR over the agency's assignments."""
    a, department, _tasks = two_provinces
    user = UserFactory()
    MembershipFactory(user=user, agency=department, role=Role.LEADERSHIP)
    MembershipFactory(user=user, agency=department, role=Role.STAFF)

    statement = str(Task.objects.visible_to(Access(user), a).query)

    assert "tasks_assignment" not in statement
    assert " OR " not in statement
