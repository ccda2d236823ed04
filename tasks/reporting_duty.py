"""A directive's reporting duty: when its reports fall due and who consolidates them.

Read from the document's words ("định kỳ hằng quý, trước ngày 10 của tháng cuối quý và trước ngày 10/11 hằng
năm, báo cáo UBND tỉnh (qua Sở Công Thương)") by `read_reporting_duty`, or chosen in the import preview among the
province's usual schedules (`usual_schedules`). Never guessed: a duty the words do not fix gives no schedule.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from agencies.normalize import search_key

from .models import DEFAULT_DUE_MONTHS, ReportingSchedule, ScheduleKind
from .signals import schedules_added
from .timeframes import ANNUAL, HALF_YEARLY, MONTHLY, QUARTERLY, WEEKLY, read_recurrences

# The schedule kind of each recurrence a reporting duty can fix (half-yearly and weekly have none), in the order
# a duty's schedules are listed.
_KINDS = {QUARTERLY: ScheduleKind.QUARTERLY, ANNUAL: ScheduleKind.ANNUAL, MONTHLY: ScheduleKind.MONTHLY}
_ORDER = (QUARTERLY, ANNUAL, MONTHLY, HALF_YEARLY, WEEKLY)

QUARTER_MONTHS = ",".join(map(str, DEFAULT_DUE_MONTHS[ScheduleKind.QUARTERLY]))
# "(qua Sở Công Thương)", "gửi về Sở Công Thương để tổng hợp", "báo cáo về Văn phòng UBND tỉnh".
VIA = re.compile(
    r"\b(?:qua|về|ve)\s+(?P<name>(?:Sở|So|Văn phòng|Van phong|Ban)\s[^,;.()\n]+?)"
    r"(?=\s*(?:[,;.)\n]|để\b|de\b|tổng hợp|tong hop|trước\b|truoc\b|$))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ScheduleSpec:
    """One recurring reporting deadline, in the terms `ReportingSchedule` keeps."""

    kind: str
    day_of_month: int
    months: str

    @property
    def key(self):
        """A stable text form for form choices and the import job's overrides: `quarterly:10:3,6,9,12`."""
        return f"{self.kind}:{self.day_of_month}:{self.months}"

    @classmethod
    def from_key(cls, key):
        """The spec a key names; ValueError for anything that is not a valid schedule."""
        kind, day, months = str(key).split(":")
        spec = cls(ScheduleKind(kind).value, int(day), months)
        month_list = [int(month) for month in months.split(",") if month]
        if kind == ScheduleKind.AD_HOC or not 1 <= spec.day_of_month <= 31 or not month_list:
            raise ValueError(key)
        if any(not 1 <= month <= 12 for month in month_list):
            raise ValueError(key)
        return spec

    @classmethod
    def standard(cls, kind, day, month=None):
        """A schedule due on `day` of the kind's own months (a yearly one: of `month`)."""
        months = (month,) if kind == ScheduleKind.ANNUAL else DEFAULT_DUE_MONTHS[kind]
        return cls(ScheduleKind(kind).value, day, ",".join(map(str, months)))

    @classmethod
    def of(cls, schedule):
        return cls(schedule.kind, schedule.day_of_month or 0, ",".join(map(str, schedule.due_months())))

    def label(self):
        """How the preview and the directive page name it, in the request's language."""
        if self.kind == ScheduleKind.QUARTERLY:
            if self.months == QUARTER_MONTHS:
                return _("Quarterly, before day %(day)s of the quarter's last month") % {"day": self.day_of_month}
            return _("Quarterly, before day %(day)s of months %(months)s") % {
                "day": self.day_of_month,
                "months": self.months,
            }
        if self.kind == ScheduleKind.ANNUAL:
            return _("Yearly, before %(date)s") % {
                "date": f"{self.day_of_month:02d}/{int(self.months.split(',')[0]):02d}"
            }
        return _("Monthly, before day %(day)s") % {"day": self.day_of_month}


STANDARD_SCHEDULES = (
    ScheduleSpec.standard(ScheduleKind.QUARTERLY, 10),
    ScheduleSpec.standard(ScheduleKind.ANNUAL, 10, 11),
)


@dataclass
class ReportingDuty:
    schedules: list = field(default_factory=list)
    via: str = ""  # the consolidating agency as the text names it
    original: str = ""


def read_reporting_duty(text):
    """The schedules and consolidating agency a text fixes, or None when it fixes no deadline."""
    if not text:
        return None
    schedules = []
    # The words are read as a task's recurring timeframe is: a schedule is a recurrence whose day they fix.
    for recurrence in sorted(read_recurrences(text), key=lambda recurrence: _ORDER.index(recurrence.kind)):
        kind = _KINDS.get(recurrence.kind)
        if kind == ScheduleKind.ANNUAL and not _reporting_day(text):
            continue  # `Tiến độ: trước 30/6 hằng năm`: a task's deadline, not a duty to report
        if kind is not None and recurrence.day and (kind != ScheduleKind.ANNUAL or recurrence.month):
            spec = ScheduleSpec.standard(kind, recurrence.day, recurrence.month)
            if spec not in schedules:
                schedules.append(spec)
    if not schedules:
        return None
    via = VIA.search(text)
    return ReportingDuty(schedules, via.group("name").strip() if via else "", " ".join(text.split()))


def _reporting_day(text):
    """Whether a yearly day is a duty's: written `trước ngày …` (as duties are), or in a sentence about reporting."""
    key = search_key(text)
    return "truoc ngay" in key or "bao cao" in key


def usual_schedules(province):
    """The schedules the province's directives use most (at most four), else the standard quarterly and yearly ones.

    Offered in the import preview, so a new directive follows the office's habit.
    """
    if province is None:
        return list(STANDARD_SCHEDULES)
    counts = Counter(
        ScheduleSpec.of(schedule)
        for schedule in ReportingSchedule.objects.filter(directive__province=province)
        .exclude(kind=ScheduleKind.AD_HOC)
        .exclude(day_of_month=None)
        .only("kind", "day_of_month", "months")
    )
    usual = [spec for spec, _count in counts.most_common(4) if _valid(spec)]
    return usual or list(STANDARD_SCHEDULES)


def _valid(spec):
    try:
        ScheduleSpec.from_key(spec.key)
    except ValueError:
        return False
    return True


def add_schedules(directive, specs, *, original_text="", report_to=""):
    """Give the directive a schedule for each spec it lacks, and announce them so their periods are made at once.

    A schedule's original text is the document's words when there are some, else its label in the portal's
    language. It asks for the periods due from today on: reports of periods already past were never asked for.
    Returns the schedules created.
    """
    have = {ScheduleSpec.of(schedule) for schedule in directive.schedules.all()}
    added = []
    for spec in dict.fromkeys(specs):
        if spec in have:
            continue
        with translation.override(settings.LANGUAGE_CODE):
            text = original_text or spec.label()
        added.append(
            ReportingSchedule.objects.create(
                directive=directive,
                kind=spec.kind,
                day_of_month=spec.day_of_month,
                months=spec.months,
                original_text=text,
                report_to=report_to,
                starts_on=timezone.localdate(),
            )
        )
    if added:
        schedules_added.send(sender=ReportingSchedule, schedules=added)
    return added
