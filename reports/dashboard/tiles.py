"""The dashboard's first screen: a few rates for the scope chosen (the province, a directive, an agency, a sector),
each with the counts behind it linking to their tasks. The rates are `aggregates.Row`'s and `Compliance`'s."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from tasks.status import Status

from . import aggregates


@dataclass
class Link:
    """A count and the task list that gives exactly those tasks (None: nothing to open)."""

    count: int
    url: str | None


@dataclass
class Tile:
    key: str
    title: str
    rate: float | None
    part: Link
    whole: Link
    part_label: str
    whole_label: str
    tone: str = ""
    # Reports only: the reports not sent, linked when they are one agency's.
    missing: Link | None = None


def scope_label(province, chosen, directive_choices, agency_choices, sector_choices):
    """What the tiles are about: the chosen directive, agency or sector, else the whole province."""
    names = []
    for key, options in (("directive", directive_choices), ("agency", agency_choices), ("sector", sector_choices)):
        names += [label for value, label in options if chosen.get(key) and value == chosen[key]]
    return " · ".join(names) or province.name


def _cell(cells, status):
    cell = cells[status.value]
    return Link(cell.count, cell.url)


def _statuses_link(count, drill, statuses):
    """`count` tasks having one of `statuses`, as the task list selects them within the dashboard's filters."""
    values = [s.value for s in statuses if not drill.statuses or s in drill.statuses]
    return Link(count, drill.url("total", status=values) if count and values else None)


def reports_sent(compliance, agency):
    """The window's report counts for the tiles: the chosen agency's own, else every agency's added up."""
    rows = [row for row in compliance if agency and str(row.agency_id) == agency] if agency else compliance
    return aggregates.Compliance(
        int(agency) if agency and rows else None,
        "",
        sum(row.owed for row in rows),
        sum(row.on_time for row in rows),
        sum(row.late for row in rows),
    )


def dashboard_tiles(scope, cells, drill, compliance, agency, window):
    """Tasks, completed on time, overdue and reports sent, for the scope; each count with its list."""
    row = aggregates.Row(None, scope, cells)
    due = _statuses_link(row.due, drill, (*aggregates.DONE, Status.IN_PROGRESS_OVERDUE))
    tiles = [
        Tile(
            "on-time",
            _("Completed on time"),
            row.on_time_rate,
            _cell(cells, Status.COMPLETED_ON_TIME),
            due,
            _("completed on time"),
            _("tasks due"),
            "good",
        ),
        Tile(
            "overdue",
            _("Overdue"),
            row.overdue_rate,
            _cell(cells, Status.IN_PROGRESS_OVERDUE),
            due,
            _("overdue"),
            _("tasks due"),
            "bad",
        ),
        Tile(
            "done",
            _("Completed"),
            row.done_rate,
            _statuses_link(row.due - cells[Status.IN_PROGRESS_OVERDUE.value].count, drill, aggregates.DONE),
            due,
            _("completed"),
            _("tasks due"),
        ),
    ]
    if window is not None:
        sent = reports_sent(compliance, agency)
        missing_url = None
        if sent.agency_id and sent.missing:
            missing_url = drill.url("total", report_by=sent.agency_id, report_in=window.pk, report="missing")
        tiles.append(
            Tile(
                "reports",
                _("Reports sent for %(period)s") % {"period": window.name},
                sent.rate,
                Link(sent.on_time + sent.late, None),
                Link(sent.owed, None),
                _("sent"),
                _("owed"),
                "good",
                missing=Link(sent.missing, missing_url),
            )
        )
    return tiles


@dataclass
class ComplianceLine:
    """A line of the compliance table with the task list behind each of its counts."""

    row: aggregates.Compliance
    owed_url: str | None
    on_time_url: str | None
    late_url: str | None
    missing_url: str | None


def compliance_links(compliance, drill, window):
    lines = []
    for row in compliance:

        def url(report, count, row=row):
            if not count:
                return None
            return drill.url("total", report_by=row.agency_id, report_in=window.pk, report=report)

        lines.append(
            ComplianceLine(
                row,
                url("owed", row.owed),
                url("on_time", row.on_time),
                url("late", row.late),
                url("missing", row.missing),
            )
        )
    return lines
