"""The tasks counted per agency that sees them (`TaskAgencyCount`): kept by the database on every write of tasks,
assignments, groups' members and a directive's province, each task once per agency, as `visible_to` reads it."""

import datetime

import pytest
from django.core.management import call_command

from agencies.tests.factories import AgencyFactory, ProvinceFactory
from tasks.models import Assignment, AssignmentRole, Task, TaskAgencyCount
from tasks.services import task_agency_count_differences
from tasks.status import Status
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, SectorFactory, TaskFactory

OVERDUE, CANCELLED = Status.IN_PROGRESS_OVERDUE, Status.CANCELLED


def _counts(agency, dimension="directive", key=None, province=None):
    rows = TaskAgencyCount.objects.filter(agency=agency, dimension=dimension, count__gt=0)
    if key is not None:
        rows = rows.filter(key=key)
    if province is not None:
        rows = rows.filter(province=province)
    return dict(rows.values_list("status", "count"))


@pytest.fixture
def world():
    province = ProvinceFactory()
    sct, stc = (AgencyFactory(province=province, name=name) for name in ("Sở Công Thương", "Sở Tài chính"))
    group = AgencyFactory(province=province, name="Các sở, ngành", is_group=True)
    group.members.add(sct)
    directive = DirectiveFactory(province=province)
    tasks = [TaskFactory(directive=directive, due_date=datetime.date(2020, 1, 1)) for _ in range(3)]
    return province, sct, stc, group, directive, tasks


@pytest.mark.django_db
def test_an_agency_counts_the_tasks_assigned_to_it_or_to_its_groups_once_each(world):
    province, sct, stc, group, directive, tasks = world
    AssignmentFactory(task=tasks[0], agency=sct, role=AssignmentRole.LEAD)
    AssignmentFactory(task=tasks[0], agency=sct, role=AssignmentRole.COORDINATING)  # the same task again
    AssignmentFactory(task=tasks[0], agency=group, role=AssignmentRole.COORDINATING)  # and through its group
    AssignmentFactory(task=tasks[1], agency=group)
    AssignmentFactory(task=tasks[2], agency=stc)
    assert _counts(sct) == {OVERDUE: 2}
    assert _counts(group) == {OVERDUE: 2}
    assert _counts(stc) == {OVERDUE: 1}
    assert task_agency_count_differences() == []
    # Agencies' staff see these tasks: the counts say the same.
    for agency in (sct, stc, group):
        seen = Task.objects.filter(pk__in=Assignment.objects.for_agencies([agency.pk]).values("task_id"))
        assert sum(_counts(agency).values()) == seen.count()


@pytest.mark.django_db
def test_agency_counts_follow_groups_members_and_assignments_written_in_bulk(world):
    province, sct, stc, group, directive, tasks = world
    AssignmentFactory(task=tasks[0], agency=group)
    AssignmentFactory(task=tasks[1], agency=group)
    AssignmentFactory(task=tasks[1], agency=sct, role=AssignmentRole.COORDINATING)
    assert _counts(sct) == {OVERDUE: 2}
    group.members.remove(sct)  # left the group: still named on the second task
    assert _counts(sct) == {OVERDUE: 1}
    group.members.add(sct, stc)
    assert _counts(sct) == {OVERDUE: 2}
    assert _counts(stc) == {OVERDUE: 2}
    # A reorganization hands the group's assignments to another agency in one statement.
    Assignment.objects.filter(agency=group).update(agency=stc)
    assert _counts(group) == {}
    assert _counts(sct) == {OVERDUE: 1}
    assert _counts(stc) == {OVERDUE: 2}
    assert task_agency_count_differences() == []
    Assignment.objects.filter(task=tasks[1]).delete()
    assert _counts(sct) == {}
    assert _counts(stc) == {OVERDUE: 1}
    assert task_agency_count_differences() == []


@pytest.mark.django_db
def test_agency_counts_follow_every_write_of_the_tasks_even_those_that_skip_save(world):
    province, sct, stc, group, directive, tasks = world
    for task in tasks:
        AssignmentFactory(task=task, agency=sct)
    sector = SectorFactory()
    lead_key = f"{sct.pk},{stc.pk}"
    Task.objects.filter(pk=tasks[0].pk).update(status=CANCELLED, sector=sector, lead_key=lead_key)
    assert _counts(sct) == {OVERDUE: 2, CANCELLED: 1}
    assert _counts(sct, "sector", str(sector.pk)) == {CANCELLED: 1}
    assert _counts(sct, "sector", "") == {OVERDUE: 2}
    assert _counts(sct, "lead", lead_key) == {CANCELLED: 1}
    assert _counts(sct, "lead", str(sct.pk)) == {OVERDUE: 2}
    tasks[1].delete()  # its assignments go with it
    assert _counts(sct) == {OVERDUE: 1, CANCELLED: 1}
    new = ProvinceFactory(name="Bình Định", code="binh-dinh")
    directive.province = new  # a province merger moves the absorbed province's directives
    directive.save()
    assert _counts(sct, province=province) == {}
    assert _counts(sct, province=new) == {OVERDUE: 1, CANCELLED: 1}
    assert task_agency_count_differences() == []


@pytest.mark.django_db
def test_check_status_reports_and_corrects_an_agency_count_written_wrong(world, capsys):
    province, sct, stc, group, directive, tasks = world
    AssignmentFactory(task=tasks[0], agency=sct)
    key = str(directive.pk)
    TaskAgencyCount.objects.filter(agency=sct, dimension="directive", key=key).update(count=5)
    with pytest.raises(SystemExit):
        call_command("check_status", "--dry-run")
    out = capsys.readouterr().out
    expected = f"tasks of province {province.pk} seen by agency {sct.pk}, directive '{key}', overdue: stored count 5"
    assert f"{expected}, counted 1" in out
    with pytest.raises(SystemExit):
        call_command("check_status")
    call_command("check_status")
    assert _counts(sct) == {OVERDUE: 1}
