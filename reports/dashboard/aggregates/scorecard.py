"""The scorecard the monitoring unit uses for emulation reviews (thi đua): one line per agency."""

from dataclasses import dataclass

from tasks.status import Status


@dataclass
class Score:
    """One agency's line on the scorecard the monitoring unit uses for emulation reviews (thi đua)."""

    agency_id: int
    label: str
    led: int
    done_on_time: int
    done_late: int
    overdue: int
    owed: int
    on_time: int
    late: int
    extensions: int
    led_url: str | None = None
    overdue_url: str | None = None

    @property
    def on_time_share(self):
        """Percent of the completed tasks it leads that were completed on time; None before any is completed."""
        done = self.done_on_time + self.done_late
        return round(100 * self.done_on_time / done) if done else None

    @property
    def missing(self):
        return max(self.owed - self.on_time - self.late, 0)


# The task counts a score reads (`aggregates.agency_counts`), besides the total.
SCORED_STATUSES = (Status.COMPLETED_ON_TIME, Status.COMPLETED_LATE, Status.IN_PROGRESS_OVERDUE)

SCORE_SORTS = ("label", "led", "on_time_share", "overdue", "owed", "on_time", "late", "missing", "extensions")


def scorecard(by_agency, reports, extensions, drill, sort="-overdue"):
    """Scores for every agency that leads a task or owes a report (`reports`: `obligation_counts()`), sorted by
    `sort` (a SCORE_SORTS name, `-` first for descending); an unknown sort falls back to the most overdue first."""
    scores = []
    nothing = dict.fromkeys([*SCORED_STATUSES, "total"], 0)
    every = {**{pk: (row["label"], nothing) for pk, row in reports.items()}, **by_agency}
    for agency_id, (label, counts) in every.items():
        sent = reports.get(agency_id, {})
        if not (counts["total"] or sent.get("owed")):
            continue
        scores.append(
            Score(
                agency_id,
                label,
                counts["total"],
                counts[Status.COMPLETED_ON_TIME],
                counts[Status.COMPLETED_LATE],
                counts[Status.IN_PROGRESS_OVERDUE],
                sent.get("owed", 0),
                sent.get("on_time", 0),
                sent.get("late", 0),
                extensions.get(agency_id, 0),
                led_url=drill.url("total", lead=agency_id) if counts["total"] else None,
                overdue_url=drill.url(Status.IN_PROGRESS_OVERDUE.value, lead=agency_id)
                if counts[Status.IN_PROGRESS_OVERDUE]
                else None,
            )
        )
    name = sort.removeprefix("-")
    if name not in SCORE_SORTS:
        name, sort = "overdue", "-overdue"
    descending = sort.startswith("-")

    def key(score):
        value = getattr(score, name)
        # Agencies without a figure (no completed task yet) go last whichever the direction.
        return (value is None) != descending, value if value is not None else 0, score.label

    return sorted(scores, key=key, reverse=descending)
