"""The consolidated provincial report (báo cáo tổng hợp) for one directive and period: rows, Excel and HTML.

Rows come from five queries whatever the directive's size; the workbook has the title block, outline numbering,
lead and coordinating agencies, result, status, difficulties, proposals and target values offices send. Text a
reader's spreadsheet could take for a formula is written as a plain string cell.
"""

import hashlib
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

from .models import ObligationState, ProgressReport, ReportObligation
from .obligations import SETTLED

# Directives with more tasks than this are built by a Celery worker; smaller ones in the request.
SYNC_TASK_LIMIT = 1500
COLUMN_WIDTHS = (10, 55, 22, 26, 50, 20, 32, 32, 30)


def mark(obligation):
    """What the consolidated report says of a report that is not (yet) accepted; "" for an accepted one."""
    if obligation.state == ObligationState.ACCEPTED:
        return ""
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
    ]


def build_workbook(directive, period, now=None):
    """The consolidated report as .xlsx bytes, written in the portal's language (Vietnamese)."""
    now = timezone.localtime(now or timezone.now())
    with translation.override(settings.LANGUAGE_CODE):
        rows = consolidated_rows(directive, period, now)
        book = Workbook()
        sheet = book.active
        sheet.title = _("Consolidated report")[:31]
        last = get_column_letter(len(COLUMN_WIDTHS))
        bold, centre = Font(bold=True), Alignment(horizontal="center", vertical="center", wrap_text=True)
        issuer = (directive.issuing_agency.name if directive.issuing_agency_id else "").upper()
        write_cell(sheet, 1, 1, issuer, font=bold)
        write_cell(sheet, 1, 5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=bold, alignment=centre)
        monitor = directive.monitoring_agency.name.upper() if directive.monitoring_agency_id else ""
        write_cell(sheet, 2, 1, monitor, font=bold)
        motto = Font(bold=True, underline="single")
        write_cell(sheet, 2, 5, "Độc lập - Tự do - Hạnh phúc", font=motto, alignment=centre)
        write_cell(sheet, 3, 5, f"{directive.place or ''}, {now:%d/%m/%Y}".lstrip(", "), alignment=centre)
        write_cell(sheet, 5, 1, _("CONSOLIDATED REPORT"), font=Font(bold=True, size=14), alignment=centre)
        title = _("Progress of %(directive)s, %(period)s") % {"directive": directive, "period": period.name}
        write_cell(sheet, 6, 1, title, font=bold, alignment=centre)
        write_cell(sheet, 7, 1, directive.subject, alignment=centre)
        for line in (5, 6, 7):
            sheet.merge_cells(f"A{line}:{last}{line}")
        sheet.merge_cells("A1:C1"), sheet.merge_cells("A2:C2")
        for first in (1, 2, 3):
            sheet.merge_cells(f"E{first}:{last}{first}")
        header_row = 9
        thin = Side(style="thin", color="999999")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        for column, (label, width) in enumerate(zip(headers(), COLUMN_WIDTHS, strict=True), start=1):
            write_cell(
                sheet,
                header_row,
                column,
                label,
                font=bold,
                alignment=centre,
                border=border,
                fill=PatternFill("solid", fgColor="E5EEFB"),
            )
            sheet.column_dimensions[get_column_letter(column)].width = width
        heading_fill = PatternFill("solid", fgColor="ECEFF3")
        for offset, row in enumerate(rows, start=1):
            line = header_row + offset
            for column, value in enumerate(row_values(row), start=1):
                cell = write_cell(
                    sheet,
                    line,
                    column,
                    value,
                    border=border,
                    alignment=Alignment(wrap_text=True, vertical="top", indent=row.task.depth if column == 2 else 0),
                )
                if row.is_heading:
                    cell.font, cell.fill = bold, heading_fill
        return office_bytes(book, header_row)


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
