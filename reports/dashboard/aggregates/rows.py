"""Rows and cells of the dashboard's tables, and the drill-down link behind every number (`DrillDown`: the
task-list URL that selects exactly the tasks counted)."""

import datetime
from dataclasses import dataclass
from urllib.parse import quote_plus

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from tasks.status import Status

from .counts import column_labels
from .scope import DASHBOARD_ONLY_PARAMS


@dataclass
class Cell:
    key: str
    count: int
    url: str | None


@dataclass
class Row:
    """One line of a breakdown: a directive, a lead agency or a sector, with a Cell per column."""

    key: object
    label: str
    cells: dict

    @property
    def total(self):
        return self.cells["total"].count

    @property
    def in_order(self):
        """The cells in the order of `column_labels()`, for templates."""
        return list(self.cells.values())

    @property
    def due(self):
        """Tasks whose deadline has come: completed (on time or late) or overdue."""
        return sum(self.cells[s.value].count for s in (*DONE, Status.IN_PROGRESS_OVERDUE))

    @property
    def on_time_rate(self):
        """Percent of the tasks due that were completed on time; None when none is due yet."""
        return completion_rate(self.cells[Status.COMPLETED_ON_TIME.value].count, self.due)

    @property
    def done_rate(self):
        """Percent of the tasks due that were completed, on time or late."""
        return completion_rate(sum(self.cells[s.value].count for s in DONE), self.due)

    @property
    def overdue_rate(self):
        """Percent of the tasks due that are overdue: with the completed on time and late it makes 100."""
        return completion_rate(self.cells[Status.IN_PROGRESS_OVERDUE.value].count, self.due)


DONE = (Status.COMPLETED_ON_TIME, Status.COMPLETED_LATE)


def completion_rate(done, due):
    """`done` of `due` in percent to one decimal (VPCP's tiles write 97,3 %); None when nothing is due."""
    return round(100 * done / due, 1) if due else None


class DrillDown:
    """Task-list URLs that select exactly the tasks behind a dashboard number."""

    def __init__(self, data, cleaned, province, today):
        self.params = {k: data.getlist(k) for k in data if k not in ("province", *DASHBOARD_ONLY_PARAMS)}
        self.params["province"] = [str(province.pk)]
        self.statuses = set(cleaned.get("status") or [])
        self.due_after = cleaned.get("due_after")
        self.due_before = cleaned.get("due_before")
        self.today = today
        self.base = reverse("tasks:task_list")  # once: a dashboard builds hundreds of links
        # A page's links repeat a few dozen keys and values (its filters, the statuses, the row's directive...):
        # each quoted once, rather than by `urlencode` for every link (two thousand on the whole province's page).
        self.quoted = {}
        self.columns = {}  # column -> the status and due dates its links select, None when its count is zero
        self.query = self._encode(self.params)  # the page's own filters, encoded once for all of them
        self.keys = [key for key, _label in column_labels()]

    def _quote(self, value):
        text = str(value)
        quoted = self.quoted.get(text)
        if quoted is None:
            quoted = self.quoted[text] = quote_plus(text)
        return quoted

    def _encode(self, params):
        """What `urlencode` writes for these (key, [values]) pairs, empty values left out."""
        return "&".join(
            f"{self._quote(k)}={self._quote(v)}" for k, values in params.items() for v in values if v not in ("", None)
        )

    def _url(self, **overrides):
        overrides = {k: v if isinstance(v, list) else [v] for k, v in overrides.items()}
        if any(key in self.params for key in overrides):
            query = self._encode({**self.params, **overrides})
        else:  # the same text as above: the page's filters first, then the cell's own
            query = "&".join(part for part in (self.query, self._encode(overrides)) if part)
        return f"{self.base}?{query}"

    def _column(self, column):
        """(status, due dates) a column's links select, None when the page's own filters make its count zero."""
        if column not in self.columns:
            self.columns[column] = self._column_filters(column)
        return self.columns[column]

    def _column_filters(self, column):
        status = Status.IN_PROGRESS_ON_TIME if column.startswith("due_") else Status(column)
        if self.statuses and status not in self.statuses:
            return None
        if not column.startswith("due_"):
            return status.value, {}
        days = int(column.removeprefix("due_"))
        after = max(filter(None, [self.due_after, self.today]))
        before = min(filter(None, [self.due_before, self.today + datetime.timedelta(days=days)]))
        if after > before:
            return None
        return status.value, {"due_after": after.strftime("%d/%m/%Y"), "due_before": before.strftime("%d/%m/%Y")}

    def url(self, column, **row_filter):
        """The list behind `column`, or None when the dashboard's own filters already make that count zero."""
        if column == "total":
            return self._url(**row_filter)
        filters = self._column(column)
        if filters is None:
            return None
        status, due = filters
        return self._url(**{"status": status, **row_filter, **due})

    def cells(self, counts, **row_filter):
        return {key: Cell(key, counts[key], self.url(key, **row_filter) if counts[key] else None) for key in self.keys}


def _urgency(item):
    """Sort key for (key, (label, counts)): the most overdue first, then the most tasks, then by name."""
    _key, (label, counts) = item
    return -counts[Status.IN_PROGRESS_OVERDUE.value], -counts["total"], label or ""


def _by_urgency(rows):
    overdue = Status.IN_PROGRESS_OVERDUE.value
    return sorted(rows, key=lambda row: (-row.cells[overdue].count, -row.total, row.label or ""))


def directive_rows(by_directive, drill, limit=None):
    """Rows for the directives, the most overdue first; only the first `limit` get their drill-down cells built."""
    ranked = sorted(by_directive.items(), key=_urgency)[:limit]
    return [Row(pk, label, drill.cells(counts, directive=pk)) for pk, (label, counts) in ranked]


def choices(breakdown):
    """(key, label) options for a filter select, by name; keys as text, to compare with the query string."""
    return sorted(((str(key), label) for key, (label, _counts) in breakdown.items() if key), key=lambda c: c[1] or "")


def sector_rows(by_sector, drill):
    return _by_urgency(
        Row(pk, label or _("No sector"), drill.cells(c, sector=pk or "null")) for pk, (label, c) in by_sector.items()
    )


def agency_rows(by_agency, drill):
    """Agencies that lead at least one of the tasks; a drill-down selects the tasks they lead."""
    return _by_urgency(Row(pk, label, drill.cells(c, lead=pk)) for pk, (label, c) in by_agency.items() if c["total"])
