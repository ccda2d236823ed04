"""An import writes thousands of tasks and assignments at once; the stored task counts (`TaskCount`, and per agency
that sees the tasks `TaskAgencyCount`) agree with the tasks after it, whether it creates, changes or fails, and the
database keeps them on the writes that follow (`tasks.services.directive_counted_once`)."""

import pytest
from django.db import connection

from agencies.tests.factories import AgencyFactory, ProvinceFactory
from tasks.importing import commit
from tasks.importing.commit import commit_preview
from tasks.importing.preview import build_preview
from tasks.models import AssignmentRole, Directive, Task, TaskAgencyCount, TaskCount
from tasks.services import task_agency_count_differences, task_count_differences
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, TaskFactory

from .import_workbooks import ROWS, build_004_workbook, create_agencies


@pytest.fixture
def world(db):
    province = ProvinceFactory(name="Quảng Ngãi", code="quang-ngai")
    agencies = create_agencies(province)
    # Groups with members: a member sees the group's tasks, and is counted for them.
    agencies["huyen"].members.add(agencies["ducpho"], agencies["binhson"])
    agencies["truong"].members.add(AgencyFactory(province=province, name="Trường Cao đẳng Kỹ thuật Công nghiệp"))
    # A directive imported earlier, whose counts the import must leave as they are.
    other = DirectiveFactory(province=province)
    for agency in (agencies["sct"], agencies["huyen"]):
        AssignmentFactory(task=TaskFactory(directive=other), agency=agency, role=AssignmentRole.LEAD)
    return agencies


def _triggers():
    if connection.vendor != "sqlite":
        return []
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        return cursor.fetchall()


def _counts():
    return (
        sorted(TaskCount.objects.filter(count__gt=0).values_list("dimension", "key", "status", "count")),
        sorted(
            TaskAgencyCount.objects.filter(count__gt=0).values_list("agency_id", "dimension", "key", "status", "count")
        ),
    )


def _import(path):
    preview = build_preview(path, path.name)
    assert preview.is_clean, [problem.message for problem in preview.errors]
    return commit_preview(preview)


def test_counts_agree_with_the_tasks_after_an_import_creates_then_changes_a_directive(world, tmp_path):
    triggers = _triggers()
    result = _import(build_004_workbook(tmp_path / "ke-hoach.xlsx"))

    assert result.created > 50
    assert task_count_differences() == []
    assert task_agency_count_differences() == []
    imported = Task.objects.filter(directive=result.directive, kind="task")
    member = world["ducpho"]
    assert TaskAgencyCount.objects.filter(agency=member, dimension="directive", key=str(result.directive.pk)).exists()
    assert _triggers() == triggers  # on SQLite the same triggers, back in place

    # The same file with a lead changed and a group's task handed to one body.
    rows = [list(row) for row in ROWS]
    assert "UBND các huyện" in rows[2][3]
    rows[2][2:4] = ["Sở Xây dựng", "Sở Tài chính"]
    result = _import(build_004_workbook(tmp_path / "ke-hoach-sua.xlsx", rows=[tuple(row) for row in rows]))

    assert result.updated >= 1
    assert task_count_differences() == []
    assert task_agency_count_differences() == []
    assert _triggers() == triggers

    # The database keeps counting the writes that follow the import.
    task = imported.exclude(assignments__agency=world["skhcn"]).first()
    AssignmentFactory(task=task, agency=world["skhcn"], role=AssignmentRole.COORDINATING)
    task.cancelled_at = task.created_at
    task.save()
    assert task_count_differences() == []
    assert task_agency_count_differences() == []


def test_an_import_that_fails_midway_leaves_the_counts_and_their_triggers_as_they_were(world, tmp_path, monkeypatch):
    triggers, counts = _triggers(), _counts()

    def broken(*args):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(commit, "_renumber", broken)  # after every task and assignment is written
    with pytest.raises(RuntimeError):
        _import(build_004_workbook(tmp_path / "ke-hoach.xlsx"))

    assert Directive.objects.count() == 1  # only the earlier one
    assert _triggers() == triggers
    assert _counts() == counts
    assert task_count_differences() == []
    assert task_agency_count_differences() == []
