"""Property tests: any history of writes and clock moves leaves the stored records equal to the rules recomputed.

Hypothesis draws histories over a small province — assignments made and removed, a group's members changed,
agencies closed and reopened, reports written, sent, returned and accepted, deadlines extended, tasks completed,
cancelled and moved to another sector, the clock moved past deadline hours and midnights with the clock pass run —
and after each step the stored report obligations (`reports.obligations`), their counts per period, agency and
state (`ObligationCount`) and per sector too (`ObligationSectorCount`, and one sector's compliance made from them),
task statuses (`tasks.status`), the tasks' counts (`TaskCount`, and the whole province's dashboard made from
them) and per agency that sees them (`TaskAgencyCount`, and each agency's own dashboard made from them) must equal a
recomputation from scratch. Run on SQLite and, with DATABASE_URL set, on PostgreSQL.
"""

import datetime

import pytest
import time_machine
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test

from agencies.models import AgencyKind
from agencies.tests.factories import AgencyFactory, ProvinceFactory
from reports import obligations
from reports.dashboard.aggregates import (
    AgencyLabels,
    obligation_counts,
    period_windows,
    stored_breakdowns,
    task_breakdowns,
)
from reports.models import ProgressReport, ReportState
from reports.periods import sync_periods
from reports.tests.factories import ReportingPeriodFactory
from tasks.models import Assignment, AssignmentRole, Task
from tasks.services import (
    advance_statuses,
    check_statuses,
    task_agency_count_differences,
    task_count_differences,
)
from tasks.status import Status, local_now
from tasks.tests.factories import DirectiveFactory, ReportingScheduleFactory, SectorFactory, TaskFactory

VN = datetime.timezone(datetime.timedelta(hours=7))
START = datetime.datetime(2026, 9, 28, 16, 0, tzinfo=VN)
D = datetime.date
ROLES = [AssignmentRole.LEAD, AssignmentRole.COORDINATING, AssignmentRole.EXECUTING]
STATES = list(ReportState)
# Clock moves that cross the interesting boundaries: an hour (past 17h00), a night, days, a quarter.
MOVES = [datetime.timedelta(hours=1), datetime.timedelta(hours=9), datetime.timedelta(days=1)]
MOVES += [datetime.timedelta(days=5), datetime.timedelta(days=40)]
STATUS_FILTERS = [[Status.IN_PROGRESS_ON_TIME], [Status.IN_PROGRESS_OVERDUE, Status.COMPLETED_LATE, Status.CANCELLED]]


class History(RuleBasedStateMachine):
    """One province: three tasks (one due at 17h00), three agencies and a group, two quarters."""

    @initialize()
    def world(self):
        # Each history in a savepoint of the test's transaction, rolled back at its end.
        self.savepoint = transaction.atomic()
        self.savepoint.__enter__()
        self.clock = time_machine.travel(START, tick=False)
        self.now = self.clock.start()
        province = ProvinceFactory()
        self.agencies = [AgencyFactory(province=province, name=f"Sở thử {n}") for n in range(3)]
        self.group = AgencyFactory(province=province, name="Các xã thử", kind=AgencyKind.DISTRICT, is_group=True)
        directive = DirectiveFactory(province=province, issued_on=D(2026, 1, 5))
        self.sectors = [SectorFactory(name="Chế biến gỗ"), SectorFactory(name="Điện")]
        self.tasks = [
            TaskFactory(
                directive=directive, sector=self.sectors[0], due_date=D(2026, 9, 28), due_time=datetime.time(17, 0)
            ),
            TaskFactory(directive=directive, due_date=D(2026, 10, 31), start_date=D(2026, 10, 2)),
            TaskFactory(directive=directive, due_date=D(2026, 12, 31)),
        ]
        self.periods = [
            ReportingPeriodFactory(
                directive=directive, start=D(2026, 7, 1), end=D(2026, 9, 30), due_date=D(2026, 9, 29)
            ),
            ReportingPeriodFactory(
                directive=directive, start=D(2026, 10, 1), end=D(2026, 12, 31), due_date=D(2026, 12, 10)
            ),
        ]

    def teardown(self):
        if hasattr(self, "savepoint"):
            self.clock.stop()
            transaction.set_rollback(True)
            self.savepoint.__exit__(None, None, None)

    def _task(self, index):
        return Task.objects.get(pk=self.tasks[index].pk)

    @rule(task=st.integers(0, 2), agency=st.integers(0, 3), role=st.sampled_from(ROLES))
    def assign(self, task, agency, role):
        agency = self.group if agency == 3 else self.agencies[agency]
        Assignment.objects.get_or_create(task=self.tasks[task], agency=agency, role=role)

    @rule(task=st.integers(0, 2))
    def unassign(self, task):
        assignment = Assignment.objects.filter(task=self.tasks[task]).order_by("pk").first()
        if assignment is not None:
            assignment.delete()

    @rule(agency=st.integers(0, 2), add=st.booleans())
    def change_group(self, agency, add):
        (self.group.members.add if add else self.group.members.remove)(self.agencies[agency])

    @rule(source=st.integers(0, 3), heir=st.integers(0, 3))
    def hand_over(self, source, heir):
        # A reorganization hands one agency's assignments to another in one statement, where the other is not
        # already named on the task; the reporters are synced after it.
        source, heir = (self.group if n == 3 else self.agencies[n] for n in (source, heir))
        taken = Assignment.objects.filter(agency=heir).values("task_id")
        moved = Assignment.objects.filter(agency=source).exclude(task_id__in=taken)
        task_ids = list(moved.values_list("task_id", flat=True))
        moved.update(agency=heir)
        obligations.sync_tasks(task_ids)

    @rule(agency=st.integers(0, 2))
    def close_or_reopen(self, agency):
        agency = self.agencies[agency]
        agency.refresh_from_db()
        agency.is_active = not agency.is_active
        agency.save()

    @rule(task=st.integers(0, 2), period=st.integers(0, 1), state=st.sampled_from(STATES), pick=st.integers(0, 5))
    def report(self, task, period, state, pick):
        reporters = sorted(obligations.reporters(self._task(task)))
        if not reporters:
            return
        report, _created = ProgressReport.objects.get_or_create(
            task=self.tasks[task], agency_id=reporters[pick % len(reporters)], period=self.periods[period]
        )
        report.state = state
        report.is_late = self.periods[period].is_late(datetime.datetime.now(tz=VN))
        report.save()

    @rule(task=st.integers(0, 2), days=st.integers(-3, 60))
    def extend(self, task, days):
        task = self._task(task)
        task.extended_due_date = task.due_date + datetime.timedelta(days=days)
        task.save()

    @rule(task=st.integers(0, 2))
    def complete(self, task):
        task = self._task(task)
        task.completed_at = None if task.completed_at else datetime.datetime.now(tz=VN)
        task.save(update_fields=["completed_at"])

    @rule(task=st.integers(0, 2))
    def cancel(self, task):
        task = self._task(task)
        task.cancelled_at = None if task.cancelled_at else datetime.datetime.now(tz=VN)
        task.save()

    @rule(task=st.integers(0, 2), sector=st.integers(0, 2), bulk=st.booleans())
    def change_sector(self, task, sector, bulk):
        # The admin saves the task; a corrected import updates the tasks' rows.
        sector = None if sector == 2 else self.sectors[sector]
        if bulk:
            Task.objects.filter(pk=self.tasks[task].pk).update(sector=sector)
        else:
            task = self._task(task)
            task.sector = sector
            task.save()

    @rule(year=st.sampled_from([2026, 2027]))
    def sweep_opens_periods(self, year):
        # The period sweep opens a quarterly schedule's periods of a year (`sync_periods`); their obligations are
        # written in bulk from the stored reporters (`obligations.open_periods`).
        if not hasattr(self, "schedule"):
            self.schedule = ReportingScheduleFactory(directive=self.tasks[0].directive)
        sync_periods([self.schedule], [year])

    @rule(move=st.sampled_from(MOVES))
    def time_passes(self, move):
        self.now.shift(move)
        advance_statuses()

    @invariant()
    def stored_records_equal_the_rules(self):
        if not hasattr(self, "tasks"):
            return
        ids = [task.pk for task in self.tasks]
        assert obligations.stored_rows(ids) == obligations.expected_rows(ids)
        assert obligations.count_differences() == []
        assert obligations.sector_count_differences() == []
        assert check_statuses(fix=False) == []
        assert task_count_differences() == []
        # The whole province's dashboard from the stored counts: the same numbers as its tasks counted.
        province, today = self.tasks[0].directive.province, local_now().date()
        tasks = Task.objects.assignable().filter(directive__province=province).with_effective_due()
        stored = stored_breakdowns(province, today, AgencyLabels(province))
        assert stored == task_breakdowns(tasks, today, AgencyLabels(province))
        # Each agency's own dashboard from the counts stored per agency: the same numbers as the tasks it sees.
        assert task_agency_count_differences() == []
        for agency in [*self.agencies, self.group]:
            stored = stored_breakdowns(province, today, AgencyLabels(province), agency=agency.pk)
            seen = tasks.filter(pk__in=Assignment.objects.for_agencies([agency.pk]).values("task_id"))
            assert stored == task_breakdowns(seen, today, AgencyLabels(province))
        # Filtered by status too (the dashboard's status filter over the province's or an agency's stored counts).
        for agency in [None, self.agencies[0], self.group]:
            for statuses in STATUS_FILTERS:
                stored = stored_breakdowns(
                    province, today, AgencyLabels(province), agency=agency and agency.pk, statuses=statuses
                )
                ours = (
                    tasks
                    if agency is None
                    else tasks.filter(pk__in=Assignment.objects.for_agencies([agency.pk]).values("task_id"))
                )
                assert stored == task_breakdowns(ours.filter(status__in=statuses), today, AgencyLabels(province))
        # One sector's compliance from the counts stored per sector: the same numbers as its tasks' obligations.
        windows = period_windows(province)
        for sector in self.sectors:
            ours = tasks.filter(sector=sector)
            stored = obligation_counts(ours, windows, AgencyLabels(province), sector=sector)
            assert stored == obligation_counts(ours, windows, AgencyLabels(province))


@pytest.mark.django_db
def test_random_histories_keep_the_stored_records_equal_to_the_rules():
    run_state_machine_as_test(
        History,
        settings=settings(
            max_examples=25,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
