"""The commit writes all rows or none; the same file twice changes nothing; a corrected file updates what changed."""

import datetime
import gc

import pytest
from django.db import connection

from agencies.tests.factories import ProvinceFactory
from common.collector import collector_paused
from reports.models import ProgressReport
from reports.tests.factories import ProgressReportFactory, TargetValueFactory
from tasks.importing.commit import ImportBlocked, commit_preview
from tasks.importing.preview import build_preview
from tasks.models import Assignment, Directive, Milestone, Target, Task, TaskKind

from .import_workbooks import ROWS, build_004_workbook, build_defects_workbook, create_agencies, expected_tasks

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def agencies(db):
    return create_agencies(ProvinceFactory())


def import_file(path):
    return commit_preview(build_preview(path, path.name))


def test_the_collector_held_off_for_an_import_is_on_again_after_it_even_after_an_error(agencies, tmp_path):
    import_file(build_004_workbook(tmp_path / "k.xlsx"))
    assert gc.isenabled()
    with pytest.raises(ImportBlocked):
        import_file(build_defects_workbook(tmp_path / "d.xlsx"))
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("a row that cannot be read")
    assert gc.isenabled()


def test_the_collector_found_off_is_left_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_commit_creates_the_directive_its_outline_and_every_assignment(agencies, tmp_path):
    result = import_file(build_004_workbook(tmp_path / "k.xlsx"))

    directive = result.directive
    assert (directive.number, directive.symbol, directive.issued_on) == ("72", "KH-UBND", datetime.date(2019, 5, 15))
    assert directive.issuing_agency == agencies["ubnd"]
    assert list(directive.links.values_list("relation", "reference")) == [
        ("implements", "37-CTr/TU"),
        ("related", "23-NQ/TW"),
    ]
    tasks = {task.code: task for task in Task.objects.filter(directive=directive)}
    assert result.created == len(tasks) == len(ROWS)
    for code, (leads, coordinators, due_date, recurring) in expected_tasks().items():
        task = tasks[code]
        roles = list(task.assignments.order_by("position").values_list("agency__name", "role"))
        assert [name for name, role in roles if role != "coordinating"] == leads, code
        assert [name for name, role in roles if role == "coordinating"] == coordinators, code
        assert (task.due_date, task.is_recurring, task.kind) == (due_date, recurring, TaskKind.TASK), code
    assert tasks["II.2.a.1"].parent == tasks["II.2.a"]
    assert tasks["II.2.a.1"].sector.name == "Công nghiệp khai thác khoáng sản"
    assert tasks["II.2.f.2"].sector.name == "Công nghiệp cơ khí, điện tử và sản xuất kim loại"
    assert tasks["II.1.a"].sector is None
    assert tasks["II.1.c"].search_key.startswith("ii 1 c xay dung co che")
    assert tasks["II.2.a"].kind == TaskKind.HEADING
    assert Milestone.objects.filter(task=tasks["II.5.b"]).count() == 2
    units = Target.objects.filter(task=tasks["II.2.i"]).values_list("unit", flat=True)
    assert list(units) == ["nhà máy điện gió", "MW"]


def test_a_preview_with_errors_writes_nothing(agencies, tmp_path):
    preview = build_preview(build_defects_workbook(tmp_path / "loi.xlsx"), "loi.xlsx")

    with pytest.raises(ImportBlocked):
        commit_preview(preview)

    assert not Directive.objects.exists() and not Task.objects.exists()


def test_importing_the_same_file_twice_changes_nothing(agencies, tmp_path):
    path = build_004_workbook(tmp_path / "k.xlsx")
    first = import_file(path)
    stamps = dict(Task.objects.values_list("code", "updated_at"))
    assignment_ids = set(Assignment.objects.values_list("pk", flat=True))

    preview = build_preview(path, path.name)
    second = commit_preview(preview)

    assert preview.existing == first.directive and second.directive == first.directive
    assert (second.created, second.updated, second.unchanged) == (0, 0, len(ROWS))
    assert dict(Task.objects.values_list("code", "updated_at")) == stamps
    assert set(Assignment.objects.values_list("pk", flat=True)) == assignment_ids
    assert Directive.objects.count() == 1
    assert first.directive.links.count() == 2


def test_corrected_file_updates_only_what_changed_and_keeps_progress_reports(agencies, tmp_path):
    first = import_file(build_004_workbook(tmp_path / "k.xlsx"))
    task = Task.objects.get(directive=first.directive, code="II.2.i")
    report = ProgressReportFactory(task=task, agency=agencies["sct"])
    TargetValueFactory(report=report, target=task.targets.get(unit="MW"), value=50)
    untouched = Task.objects.get(directive=first.directive, code="II.1.a").updated_at
    dropped = Task.objects.get(directive=first.directive, code="II.7.d")
    rows = [row for row in ROWS if not str(row[1]).startswith("Tổ chức thực hiện các hoạt động giảm nhẹ")]
    changed = list(next(row for row in rows if row[0] == "i)"))
    changed[3] = "UBND các huyện, thành phố nơi dự kiến đặt nhà máy điện gió, Sở Tài chính"
    changed[4] = "Đến năm 2030 xây dựng, vận hành được ít nhất 02 nhà máy điện gió, công suất đạt ít nhất 150 MW"
    rows[rows.index(next(row for row in rows if row[0] == "i)"))] = tuple(changed)
    corrected = tmp_path / "k-sua.xlsx"
    build_004_workbook(corrected, rows=rows)

    preview = build_preview(corrected, corrected.name)
    result = commit_preview(preview)

    assert preview.diff.changed == {"II.2.i": ["timeframe_text", "assignments", "targets"]}
    assert (result.created, result.updated) == (0, 1)
    assert result.missing == [("II.7.d", dropped.text)]
    assert Task.objects.filter(pk=dropped.pk).exists()
    task.refresh_from_db()
    assert set(task.assignments.values_list("agency__name", flat=True)) == {
        "Sở Công Thương",
        "UBND các huyện, thị xã, thành phố",
        "Sở Tài chính",
    }
    assert list(task.targets.values_list("target_value", flat=True)) == [2, 150]
    assert ProgressReport.objects.get(pk=report.pk).target_values.get().target.target_value == 150
    assert Task.objects.get(directive=first.directive, code="II.1.a").updated_at == untouched


@pytest.mark.parametrize("changed_rows", [1, 30])
def test_reimport_changing_many_tasks_assignments_runs_as_many_queries_as_changing_one(
    agencies,
    tmp_path,
    changed_rows,
    django_assert_max_num_queries,
):
    import_file(build_004_workbook(tmp_path / "k.xlsx"))
    rows, changed = [], 0
    for row in ROWS:
        row = list(row)
        if changed < changed_rows and len(row) > 3 and isinstance(row[2], str) and row[2] and row[3] != "Sở Tài chính":
            row[3] = "Sở Tài chính"
            changed += 1
        rows.append(tuple(row))
    assert changed == changed_rows
    corrected = build_004_workbook(tmp_path / "k-sua.xlsx", rows=rows)
    preview = build_preview(corrected, corrected.name)
    # The write itself, then the directive's reporters, report obligations and lead keys recomputed
    # (`reports.obligations`, a fixed dozen per thousand tasks; SQLite cuts their bulk updates into batches of its
    # variable limit): 50 statements for one changed row, 51 for thirty. On SQLite 33 more, as many for one row as for
    # thousands: the task counts' row triggers dropped, created again and the directive counted out and back in
    # (`directive_counted_once`: a select, 9 + 9 trigger statements, 6 + 6 counts and a savepoint).
    with django_assert_max_num_queries(52 + (33 if connection.vendor == "sqlite" else 0)):
        result = commit_preview(preview)
    assert result.updated == changed_rows
