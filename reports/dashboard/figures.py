"""Stored dashboard figures: the whole-province dashboard read from per-directive counts instead of 200,000 tasks.

`aggregates.task_breakdowns()` counts the tasks live; it is the rule. This module stores what it would count for
each directive (`StatusFigure`) and answers the same four dicts from them, for the views that read a
whole province with no filter but the directive. The stored counts are trusted only while they are fresh:

- every change that can move a figure raises the directive's `FiguresState.version` inside the writing
  transaction (`invalidate()`, called by the signal handlers in `reports/signals.py` and by the bulk writers);
- status figures also expire at `status_valid_until`: the next local midnight (a deadline passes, the due-soon
  windows move) or, sooner, a deadline hour passing today.

A view counts the stale directives live and asks the worker to recompute them (`schedule_refresh()`); the Celery
beat task `reports.tasks.refresh_dashboard_figures` also recomputes every stale directive every few minutes, so
that after midnight the first view does not count the whole province live. `tests/test_dashboard_figures.py`
holds the stored and the live answers equal.
"""

import datetime
from functools import partial

from django.db import connection, transaction
from django.db.models import BooleanField, ExpressionWrapper, F, Min, Q, Sum
from django.utils import timezone

from portal.background import cache_add, enqueue
from reports.models import FiguresState, StatusFigure
from tasks.models import Directive, Task
from tasks.status import Status

from . import aggregates

# The stored status columns: every status a task can have (headings are not tasks), then the due-soon windows.
STORED_STATUSES = tuple(status for status in Status if status != Status.HEADING)
# The stored columns of the due-soon windows, in the order of settings.DUE_SOON_DAYS.
SOON_FIELDS = ("due_first", "due_second")
COUNT_FIELDS = tuple(status.value for status in STORED_STATUSES) + SOON_FIELDS
# Filters the stored figures can answer; any other narrowing is counted live.
ANSWERED_FILTERS = ("directive",)


def answers(whole_province, filterset):
    """True when the stored figures give what `task_breakdowns()` would for this view of the province."""
    return whole_province and not aggregates.narrows(filterset, ignore=ANSWERED_FILTERS)


def breakdowns(whole_province, filterset, province, now):
    """`aggregates.task_breakdowns()` for the filtered view: from the stored figures when they can answer it,
    counted live otherwise."""
    if answers(whole_province, filterset):
        return task_breakdowns(province, filterset.form.cleaned_data.get("directive"), filterset.qs, now)
    return aggregates.task_breakdowns(filterset.qs, now.date())


# --- Invalidation -------------------------------------------------------------------------------------------------


def invalidate(directive_ids):
    """Mark the directives' figures stale; call inside the transaction that changes their tasks.

    The UPDATE takes the state rows' locks, so a refresh running at the same time either sees this change or
    finishes first and is found stale afterwards (see `refresh()`).
    """
    directive_ids = sorted({pk for pk in directive_ids if pk is not None})
    if directive_ids:
        _raise_versions(FiguresState.objects.filter(directive_id__in=directive_ids))


def invalidate_task(task_id):
    """Mark stale the figures of the directive a task belongs to, in one statement (no lookup of the task first)."""
    _raise_versions(FiguresState.objects.filter(directive__tasks=task_id))


def invalidate_all():
    """Mark every directive's figures stale (group membership or sectors changed)."""
    _raise_versions(FiguresState.objects.all())


def _raise_versions(states):
    # One statement; its subquery locks the state rows (only them) in key order, as refresh() does, so that two
    # writers touching several directives cannot deadlock each other.
    in_order = states.order_by("pk").select_for_update(of=("self",)).values("pk")
    with transaction.atomic(savepoint=False):  # FOR UPDATE needs a transaction; the caller's is enough
        FiguresState.objects.filter(pk__in=in_order).update(version=F("version") + 1)


# --- Freshness and refresh ----------------------------------------------------------------------------------------


def _status_stale(now):
    """SQL twin of `FiguresState.status_fresh_at`, negated, over a Directive queryset."""
    state = "figures_state__"
    return (
        Q(**{f"{state}isnull": True})
        | Q(**{f"{state}status_version__isnull": True})
        | ~Q(**{f"{state}status_version": F(f"{state}version")})
        | Q(**{f"{state}status_valid_until__isnull": True})
        | Q(**{f"{state}status_valid_until__lte": now})
    )


def stale_directives(directives, now):
    """Ids of the directives whose stored figures cannot be trusted at `now` (one query)."""
    return list(directives.filter(_status_stale(now)).values_list("pk", flat=True))


def freshness(directives, now):
    """(ids of the stale directives, how many directives in all), in one query."""
    stale = ExpressionWrapper(_status_stale(now), output_field=BooleanField())
    rows = list(directives.annotate(stale=stale).values_list("pk", "stale"))
    return [pk for pk, is_stale in rows if is_stale], len(rows)


def schedule_refresh(province):
    """Ask the Celery worker to recompute the province's stale figures, once a minute at most.

    The page does not depend on it: with the broker or the cache down it counts live and says so in the log.
    """
    from reports.tasks import refresh_dashboard_figures

    if cache_add(f"dashboard-figures-refresh:{province.pk}", True, timeout=60):
        transaction.on_commit(partial(enqueue, refresh_dashboard_figures, province.pk))


def refresh_stale(directives, now, chunk=100):
    """Recompute the stale figures among `directives`, `chunk` directives per transaction; return how many."""
    stale = stale_directives(directives, now)
    return sum(refresh(stale[i : i + chunk], now) for i in range(0, len(stale), chunk))


def next_midnight(now):
    tomorrow = timezone.localtime(now).date() + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))


def refresh(directive_ids, now):
    """Recompute the stored figures of the directives that are stale at `now`; return how many were recomputed.

    Runs in one transaction holding the directives' state rows, so concurrent refreshes of one directive queue
    up and a change committed meanwhile raises the version after this one has read it.
    """
    now = timezone.localtime(now)
    FiguresState.objects.bulk_create([FiguresState(directive_id=pk) for pk in directive_ids], ignore_conflicts=True)
    with transaction.atomic():
        states = {
            state.pk: state
            for state in FiguresState.objects.select_for_update().filter(directive_id__in=directive_ids).order_by("pk")
        }
        status_ids = [pk for pk, state in states.items() if not state.status_fresh_at(now)]
        if status_ids:
            valid_until = _store_status_figures(status_ids, now)
        for pk in status_ids:
            states[pk].status_version = states[pk].version
            states[pk].status_valid_until = valid_until.get(pk, next_midnight(now))
        changed = [states[pk] for pk in status_ids]
        for state in changed:
            state.computed_at = now
        FiguresState.objects.bulk_update(
            changed,
            ["status_version", "status_valid_until", "computed_at"],
            batch_size=1000,
        )
    return len(changed)


def _tasks_of(directive_ids, now):
    return Task.objects.assignable().filter(directive_id__in=directive_ids).with_status(now)


def _execute(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def _store_status_figures(directive_ids, now):
    """Replace the directives' status figures (two statements); return {directive id: moment the figures stop
    holding} for those whose figures change before midnight (a task due today at a set hour)."""
    today = now.date()
    tasks = _tasks_of(directive_ids, now)
    inner, params = aggregates._inner(
        tasks,
        task_key=F("pk"),
        directive_key=F("directive_id"),
        sector_key=F("sector_id"),
        status=F("status"),
        due=F("effective_due"),
    )
    assigned, assigned_params = aggregates.assigned_pairs_sql()
    # In COUNT_FIELDS order: every stored status, then the due-soon windows.
    counts, count_params = aggregates.count_columns(today, statuses=STORED_STATUSES, total=False)
    StatusFigure.objects.filter(directive_id__in=directive_ids).delete()
    _execute(
        f"WITH visible AS MATERIALIZED ({inner}), assigned AS ({assigned}) "
        f"INSERT INTO {StatusFigure._meta.db_table} (directive_id, sector_id, agency_id, {', '.join(COUNT_FIELDS)}) "
        f"SELECT directive_key, sector_key, NULL, {counts} FROM visible GROUP BY directive_key, sector_key "
        f"UNION ALL "
        f"SELECT directive_key, NULL, agency_key, {counts} "
        f"FROM (SELECT v.*, x.agency_key FROM assigned x JOIN visible v ON v.task_key = x.task_key "
        f"WHERE x.leads = 1) pairs "
        f"GROUP BY directive_key, agency_key",
        [*params, *assigned_params, *count_params, *count_params],
    )
    # A task in progress, due today at a set hour, turns overdue at that hour: the figures hold until then.
    hours = (
        tasks.filter(status=Status.IN_PROGRESS_ON_TIME, effective_due=today, due_time__isnull=False)
        .order_by()
        .values("directive_id")
        .annotate(first=Min("due_time"))
        .values_list("directive_id", "first")
    )
    # The first moment past the hour (`task_status` compares to the microsecond) is the first one they are wrong.
    first_late = datetime.timedelta(microseconds=1)
    return {pk: timezone.make_aware(datetime.datetime.combine(today, hour)) + first_late for pk, hour in hours}


# --- Reading ------------------------------------------------------------------------------------------------------

_STATUS_NAMES = tuple(status.value for status in STORED_STATUSES)


def _columns(stored):
    """The dashboard's columns (`aggregates.column_labels()`) from a row of stored counts."""
    counts = {status.value: stored[status.value] or 0 for status in aggregates.STATUS_COLUMNS}
    for days, name in zip(aggregates.soon_days(), SOON_FIELDS, strict=True):
        counts[aggregates.soon_key(days)] = stored[name] or 0
    counts["total"] = sum(stored[name] or 0 for name in _STATUS_NAMES)
    return counts


def _add(total, counts):
    for key, value in counts.items():
        total[key] = total.get(key, 0) + value
    return total


def task_breakdowns(province, directive, tasks, now):
    """What `aggregates.task_breakdowns(tasks, ...)` returns for the whole province (or one of its directives):
    read from the stored figures of the fresh directives, and counted live over the tasks of the stale ones,
    whose refresh is then asked of the worker. Six queries at most, whatever the number of tasks."""
    directives = Directive.objects.filter(province=province)
    if directive is not None:
        directives = directives.filter(pk=directive.pk)
    stale, count = freshness(directives, now)
    columns = [key for key, _label in aggregates.column_labels()]
    totals, by_directive, by_sector, by_agency = dict.fromkeys(columns, 0), {}, {}, {}
    if stale:
        schedule_refresh(province)
        live = aggregates.task_breakdowns(tasks.filter(directive_id__in=stale), now.date())
        _add(totals, live[0])
        by_directive.update(live[1])
        for source, target in ((live[2], by_sector), (live[3], by_agency)):
            for key, (label, counts) in source.items():
                _add(target.setdefault(key, (label, {}))[1], {k: counts.get(k, 0) for k in columns})
    if len(stale) < count:
        _read_stored(directives.exclude(pk__in=stale), totals, by_directive, by_sector, by_agency)
    return totals, by_directive, by_sector, by_agency


def _read_stored(directives, totals, by_directive, by_sector, by_agency):
    """Add the stored figures of `directives` (all fresh) to the four dicts (four queries)."""
    figures = StatusFigure.objects.filter(directive__in=directives).order_by()
    sums = {name: Sum(name) for name in COUNT_FIELDS}
    per_sector = figures.filter(agency__isnull=True)
    for row in per_sector.values("directive_id", "directive__number", "directive__symbol").annotate(**sums):
        counts = _columns(row)
        _add(totals, counts)
        label = f"{row['directive__number']}/{row['directive__symbol']}"
        _add(by_directive.setdefault(row["directive_id"], (label, {}))[1], counts)
    for row in per_sector.values("sector_id", "sector__name").annotate(**sums):
        _add(by_sector.setdefault(row["sector_id"], (row["sector__name"], {}))[1], _columns(row))
    led = figures.filter(agency__isnull=False).values("agency_id").annotate(label=aggregates.agency_label(), **sums)
    for row in led:
        _add(by_agency.setdefault(row["agency_id"], (row["label"], {}))[1], _columns(row))
