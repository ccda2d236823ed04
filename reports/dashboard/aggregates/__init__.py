"""Dashboard figures, by concern: every count is made over the task list's own filters (`scope`), so every number
drills down (`rows.DrillDown`) to the tasks behind it.

- `scope`: the provinces a user may open, the tasks they may see, the filters applied;
- `counts`: the status columns and the grouped counts by directive, sector and lead agency, over the status stored
  on each task (`tasks.status`), or for the whole province unfiltered the stored counts (`tasks.models.TaskCount`),
  for one agency's own dashboard unfiltered those stored per agency (`tasks.models.TaskAgencyCount`);
- `rows`: the tables' rows and cells, and their drill-down links;
- `compliance`: reporting windows and the stored report obligations per agency (`reports.obligations`);
- `lists`: the most overdue tasks, those due soonest, pending extension requests;
- `scorecard`: the monitoring unit's per-agency scores;
- `targets`: measurable targets and the values reported for them.

The names below are the pages' entry points, gathered so a view reads `aggregates.task_breakdowns(...)`.
"""

from .compliance import (
    Compliance,
    Window,
    compliance_owners,
    compliance_rows,
    current_window,
    obligation_counts,
    period_windows,
    recent_windows,
)
from .counts import (
    STATUS_COLUMNS,
    agency_counts,
    column_labels,
    soon_days,
    soon_key,
    status_counts,
    stored_breakdowns,
    task_breakdowns,
)
from .lists import LIST_LENGTH, attention_lists, lead_agency_name, pending_extensions
from .rows import DONE, Cell, DrillDown, Row, agency_rows, choices, completion_rate, directive_rows, sector_rows
from .scope import (
    DASHBOARD_ONLY_PARAMS,
    AgencyLabels,
    agency_label,
    filtered_tasks,
    narrows,
    provinces_for,
    sector_only,
    stored_scope,
    visible_tasks,
)
from .scorecard import SCORE_SORTS, SCORED_STATUSES, Score, scorecard
from .targets import target_series, targets_with_values

__all__ = [
    "DASHBOARD_ONLY_PARAMS",
    "AgencyLabels",
    "DONE",
    "LIST_LENGTH",
    "SCORED_STATUSES",
    "SCORE_SORTS",
    "STATUS_COLUMNS",
    "Cell",
    "Compliance",
    "DrillDown",
    "Row",
    "Score",
    "Window",
    "agency_counts",
    "agency_label",
    "agency_rows",
    "attention_lists",
    "choices",
    "column_labels",
    "completion_rate",
    "compliance_owners",
    "compliance_rows",
    "current_window",
    "directive_rows",
    "filtered_tasks",
    "lead_agency_name",
    "narrows",
    "obligation_counts",
    "pending_extensions",
    "period_windows",
    "provinces_for",
    "recent_windows",
    "scorecard",
    "sector_only",
    "sector_rows",
    "soon_days",
    "soon_key",
    "status_counts",
    "stored_breakdowns",
    "stored_scope",
    "target_series",
    "targets_with_values",
    "task_breakdowns",
    "visible_tasks",
]
