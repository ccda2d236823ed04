"""The consolidated provincial report (báo cáo tổng hợp) for one directive and period: rows, Excel and HTML.

Rows come from five queries whatever the directive's size; the workbook has the title block, outline numbering,
lead and coordinating agencies, result, status, difficulties, proposals and target values offices send. Text a
reader's spreadsheet could take for a formula is written as a plain string cell.
"""

import hashlib
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import Count, Max, Prefetch
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tasks.models import LEADING_ROLES, Assignment, AssignmentRole, Task, TaskKind
from tasks.spreadsheets import office_bytes, write_cell
from tasks.status import Status

from .dashboard import aggregates
from .models import ObligationState, ProgressReport, ReportObligation
from .obligations import SETTLED

# Directives with more tasks than this are built by a Celery worker; smaller ones in the request.
SYNC_TASK_LIMIT = 1500
COLUMN_WIDTHS = (10, 55, 22, 26, 50, 20, 32, 32, 30, 26)


def mark(obligation):
    """What the consolidated report says of a report that is not (yet) accepted; "" for an accepted one."""
    return "" if obligation.state == ObligationState.ACCEPTED else state_label(obligation)


def state_label(obligation):
    """The report's state as the report column prints it: accepted, awaiting acceptance, returned, not reported."""
    if obligation.state == ObligationState.ACCEPTED:
        return _("accepted")
    if obligation.state == ObligationState.APPROVED:
        return _("awaiting acceptance")
    if obligation.state == ObligationState.RETURNED:
        return _("returned for correction")
    return _("no report sent")


def _has_text(obligation):
    """A report the monitoring unit has received: accepted, awaiting acceptance or returned."""
    return obligation.state in (*SETTLED, ObligationState.RETURNED)


@dataclass
class ConsolidatedRow:
    task: Task
    leads: list
    coordinators: list
    # The period's report obligations on the task (`reports.obligations`), leads first, each with its report.
    obligations: list = field(default_factory=list)

    @property
    def is_heading(self):
        return self.task.kind == TaskKind.HEADING

    def _joined(self, attribute):
        """Each agency's text; accepted reports as they are, the others marked (awaiting acceptance, returned,
        missing: the last only in the results column)."""
        parts = []
        for obligation in self.obligations:
            if _has_text(obligation):
                text = getattr(obligation.report, attribute).strip()
            else:
                text = "…" if attribute == "result" else ""
            if text:
                parts.append((obligation.agency.display_name, mark(obligation), text))
        if len(parts) == 1 and not parts[0][1]:
            return parts[0][2]
        return "\n".join(f"{name} ({note}): {text}" if note else f"{name}: {text}" for name, note, text in parts)

    @property
    def result(self):
        return self._joined("result")

    @property
    def difficulties(self):
        return self._joined("difficulties")

    @property
    def proposals(self):
        return self._joined("proposals")

    @property
    def report_states(self):
        """`SCT: đã tiếp nhận` for each agency owing a report on the task in the period, leads first."""
        return "\n".join(f"{o.agency.display_name}: {state_label(o)}" for o in self.obligations)

    @property
    def status_label(self):
        return "" if self.is_heading else str(Status(self.task.status).label)

    @property
    def target_lines(self):
        """Each target with the latest value reported for it in the period."""
        values = {}
        for report in [o.report for o in self.obligations if o.state in SETTLED]:
            for value in report.target_values.all():
                values[value.target_id] = value.value
        lines = []
        for target in self.task.targets.all():
            reached = values.get(target.pk)
            shown = _num(reached) if reached is not None else "…"
            line = f"{target.description}: {shown} / {_num(target.target_value)}"
            lines.append(f"{line} {target.unit}" + (f" ({target.due_year})" if target.due_year else ""))
        return lines


def _num(value):
    return f"{value.normalize():f}"


def consolidated_rows(directive, period, now=None):
    """The directive's outline in order, each task with its agencies and its report obligations for `period`."""
    owed = (
        ReportObligation.objects.filter(period=period)
        .select_related("agency", "report")
        .prefetch_related("report__target_values")
        .order_by("agency__name", "pk")
    )
    tasks = (
        Task.objects.filter(directive=directive)
        .with_effective_due()
        .order_by("position", "pk")
        .prefetch_related(
            Prefetch("assignments", queryset=Assignment.objects.select_related("agency").order_by("position", "pk")),
            Prefetch("obligations", queryset=owed, to_attr="period_obligations"),
            "targets",
        )
    )
    rows = []
    for task in tasks:
        assignments = list(task.assignments.all())
        leads = [a.agency for a in assignments if a.role in LEADING_ROLES]
        lead_ids = {agency.pk for agency in leads}
        owed_here = sorted(task.period_obligations, key=lambda o: o.agency_id not in lead_ids)
        rows.append(
            ConsolidatedRow(
                task,
                leads,
                [a.agency for a in assignments if a.role == AssignmentRole.COORDINATING],
                owed_here,
            )
        )
    return rows


# The state form's fixed words (Decree 30/2020/NĐ-CP): Vietnamese whatever the interface's language, like the motto.
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS = "Nơi nhận:"
FILED = "- Lưu: VT."
SIGNER = "THỦ TRƯỞNG CƠ QUAN"
SIGN_HINT = "(Ký, ghi rõ họ tên và đóng dấu)"
# Words left out of an office's initials in a document symbol (`Sở Kế hoạch và Đầu tư` → `SKHĐT`).
NOT_IN_SYMBOL = {"và", "-", "&"}


def office_symbol(agency):
    """The office's part of a document symbol: its short name when it is one word (`SCT`), else its initials."""
    short = (agency.short_name or "").strip()
    if short and " " not in short:
        return short.upper()
    return "".join(word[0] for word in agency.name.split() if word.lower() not in NOT_IN_SYMBOL).upper()


def place_and_date(place, day):
    """`Quảng Ngãi, ngày 05 tháng 01 năm 2026`: days below 10 and the months January and February with a zero."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    words = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    return f"{place}, {words}" if place else words.capitalize()


@dataclass
class Heading:
    """The office heading of the report: the body above the office, the office and the report's number on the left;
    the nation, motto, place and date on the right; then the recipients and the signature at the foot."""

    governing: str
    office: str
    number: str
    place_date: str
    recipients: list
    nation: str = NATION
    motto: str = MOTTO
    recipients_title: str = RECIPIENTS
    filed: str = FILED
    signer: str = SIGNER
    sign_hint: str = SIGN_HINT


def heading(directive, now):
    office = directive.monitoring_agency
    issuer = directive.issuing_agency
    place = directive.place or directive.province.name
    return Heading(
        governing=issuer.name.upper() if issuer else "",
        office=office.name.upper() if office else "",
        number=f"Số:        /BC-{office_symbol(office)}" if office else "Số:        /BC",
        place_date=place_and_date(place, now.date()),
        recipients=[f"- {issuer.name} (b/c);"] if issuer else [],
    )


@dataclass
class Summary:
    """Counts and rates of the report's first section: the tasks by status with the dashboard's rates (tasks due:
    completed on time, late, or overdue), and the period's reports by state with the share sent."""

    tasks: aggregates.Row
    reports: aggregates.Compliance
    accepted: int
    awaiting: int
    returned: int
    not_reported: int
    # (agency name, reports not received) for the agencies that owe any, the most first.
    unreported: list

    def lines(self):
        """(label, value, is_rate) in the order the report prints them; rates in percent, None when undefined."""
        cells = self.tasks.cells
        count = {status: cells[status.value].count for status in aggregates.STATUS_COLUMNS}
        shown = (
            Status.COMPLETED_ON_TIME,
            Status.COMPLETED_LATE,
            Status.IN_PROGRESS_ON_TIME,
            Status.IN_PROGRESS_OVERDUE,
        )
        others = sum(n for status, n in count.items() if status not in shown)
        return [
            (_("Tasks in all"), self.tasks.total, False),
            *((status.label, count[status], False) for status in shown),
            (_("Other tasks (recurring, not started, waiting on an event, no deadline, cancelled)"), others, False),
            (_("Completed on time, of the tasks due"), self.tasks.on_time_rate, True),
            (_("Overdue, of the tasks due"), self.tasks.overdue_rate, True),
            (_("Reports owed for the period"), self.reports.owed, False),
            (_("Accepted"), self.accepted, False),
            (_("Awaiting acceptance"), self.awaiting, False),
            (_("Returned for correction"), self.returned, False),
            (_("Not reported"), self.not_reported, False),
            (_("Reports sent, of those owed"), self.reports.rate, True),
        ]


def summarize(rows):
    """The summary of `consolidated_rows()`: no query of its own."""
    keys = [key for key, _label in aggregates.column_labels()]
    counts = dict.fromkeys(keys, 0)
    states = dict.fromkeys(ObligationState.values, 0)
    owed, on_time, late, missing = 0, 0, 0, {}
    for row in rows:
        if row.is_heading:
            continue
        counts[row.task.status] = counts.get(row.task.status, 0) + 1
        counts["total"] += 1
        for obligation in row.obligations:
            owed += 1
            states[obligation.state] += 1
            if obligation.state in SETTLED:
                late += obligation.late
                on_time += not obligation.late
            elif obligation.state != ObligationState.RETURNED:
                name = obligation.agency.display_name
                missing[name] = missing.get(name, 0) + 1
    cells = {key: aggregates.Cell(key, counts.get(key, 0), None) for key in keys}
    return Summary(
        tasks=aggregates.Row(None, "", cells),
        reports=aggregates.Compliance(None, "", owed, on_time, late),
        accepted=states[ObligationState.ACCEPTED],
        awaiting=states[ObligationState.APPROVED],
        returned=states[ObligationState.RETURNED],
        not_reported=sum(missing.values()),
        unreported=sorted(missing.items(), key=lambda item: (-item[1], item[0])),
    )


def headers():
    return [
        _("No."),
        _("Task"),
        _("Lead agency"),
        _("Coordinating agencies"),
        _("Results achieved"),
        _("Status"),
        _("Difficulties and obstacles"),
        _("Proposals and recommendations"),
        _("Target values"),
        _("Report state"),
    ]


def row_values(row):
    names = ", ".join
    return [
        row.task.code,
        row.task.text,
        names(a.display_name for a in row.leads),
        names(a.display_name for a in row.coordinators),
        row.result,
        row.status_label,
        row.difficulties,
        row.proposals,
        "\n".join(row.target_lines),
        row.report_states,
    ]


def build_workbook(directive, period, now=None, summary_only=False):
    """The consolidated report as .xlsx bytes, written in the portal's language (Vietnamese): the office heading,
    the summary (counts and rates), the table of tasks (left out of the summary-only variant), the signature."""
    now = timezone.localtime(now or timezone.now())
    with translation.override(settings.LANGUAGE_CODE):
        rows = consolidated_rows(directive, period, now)
        summary = summarize(rows)
        top = heading(directive, now)
        book = Workbook()
        sheet = book.active
        sheet.title = _("Consolidated report")[:31]
        last = get_column_letter(len(COLUMN_WIDTHS))
        bold, centre = Font(bold=True), Alignment(horizontal="center", vertical="center", wrap_text=True)
        left = Alignment(horizontal="left", vertical="top", wrap_text=True)
        for line, (left_text, left_font, right_text, right_font) in enumerate(
            [
                (top.governing, Font(), NATION, bold),
                (top.office, bold, MOTTO, Font(bold=True, underline="single")),
                (top.number, Font(), top.place_date, Font(italic=True)),
            ],
            start=1,
        ):
            write_cell(sheet, line, 1, left_text, font=left_font, alignment=centre)
            write_cell(sheet, line, 5, right_text, font=right_font, alignment=centre)
            sheet.merge_cells(f"A{line}:C{line}")
            sheet.merge_cells(f"E{line}:{last}{line}")
        write_cell(sheet, 5, 1, _("REPORT"), font=Font(bold=True, size=14), alignment=centre)
        title = _("Progress of %(directive)s, %(period)s") % {"directive": directive, "period": period.name}
        write_cell(sheet, 6, 1, title, font=bold, alignment=centre)
        write_cell(sheet, 7, 1, directive.subject, alignment=centre)
        for line in (5, 6, 7):
            sheet.merge_cells(f"A{line}:{last}{line}")
        line = 9
        write_cell(sheet, line, 1, _("I. SUMMARY"), font=bold)
        for label, value, is_rate in summary.lines():
            line += 1
            write_cell(sheet, line, 2, str(label), alignment=left)
            if is_rate:
                cell = write_cell(sheet, line, 3, None if value is None else value / 100)
                cell.number_format = "0.0%"
            else:
                write_cell(sheet, line, 3, value)
        if summary.unreported:
            line += 1
            names = "; ".join(f"{name} ({count})" for name, count in summary.unreported)
            write_cell(
                sheet, line, 2, _("Agencies that have not reported: %(names)s") % {"names": names}, alignment=left
            )
            sheet.merge_cells(f"B{line}:{last}{line}")
        for column, width in enumerate(COLUMN_WIDTHS, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        header_row = None
        if not summary_only:
            line += 2
            write_cell(sheet, line, 1, _("II. RESULTS TASK BY TASK"), font=bold)
            header_row = line + 1
            _write_table(sheet, header_row, rows)
            line = header_row + len(rows)
        _write_signature(sheet, line + 2, top, last)
        if header_row is None:
            out = io.BytesIO()
            book.save(out)
            return out.getvalue()
        return office_bytes(book, header_row, freeze=False)


def _write_table(sheet, header_row, rows):
    bold, centre = Font(bold=True), Alignment(horizontal="center", vertical="center", wrap_text=True)
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for column, label in enumerate(headers(), start=1):
        fill = PatternFill("solid", fgColor="E5EEFB")
        write_cell(sheet, header_row, column, label, font=bold, alignment=centre, border=border, fill=fill)
    heading_fill = PatternFill("solid", fgColor="ECEFF3")
    for offset, row in enumerate(rows, start=1):
        for column, value in enumerate(row_values(row), start=1):
            cell = write_cell(
                sheet,
                header_row + offset,
                column,
                value,
                border=border,
                alignment=Alignment(wrap_text=True, vertical="top", indent=row.task.depth if column == 2 else 0),
            )
            if row.is_heading:
                cell.font, cell.fill = bold, heading_fill


def _write_signature(sheet, line, top, last):
    """Recipients on the left, the signer's capacity on the right, as the state form places them."""
    write_cell(sheet, line, 1, RECIPIENTS, font=Font(bold=True, italic=True))
    for offset, recipient in enumerate([*top.recipients, FILED], start=1):
        write_cell(sheet, line + offset, 1, recipient, font=Font(size=9))
    centre = Alignment(horizontal="center")
    write_cell(sheet, line, 5, SIGNER, font=Font(bold=True), alignment=centre)
    write_cell(sheet, line + 1, 5, SIGN_HINT, font=Font(italic=True), alignment=centre)
    for offset in (0, 1):
        sheet.merge_cells(f"E{line + offset}:{last}{line + offset}")


def is_big(directive):
    return Task.objects.filter(directive=directive).count() > SYNC_TASK_LIMIT


def stored_name(directive, period):
    """Where the workbook for the directive's current data is kept: it changes when any task or report does."""
    tasks = Task.objects.filter(directive=directive).aggregate(n=Count("pk"), at=Max("updated_at"))
    reports = ProgressReport.objects.filter(period=period).aggregate(n=Count("pk"), at=Max("updated_at"))
    stamp = hashlib.sha256(repr((tasks, reports, settings.LANGUAGE_CODE)).encode()).hexdigest()[:16]
    return f"consolidated/{directive.pk}-{period.pk}-{stamp}.xlsx"


def store_workbook(directive, period, name):
    """Build and keep the workbook under `name`; a second run finds it there and does nothing."""
    if default_storage.exists(name):
        return name
    return default_storage.save(name, ContentFile(build_workbook(directive, period)))
