"""The task list as an office workbook: a title block, the filters it was drawn with, one row per task."""

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from .models import LEADING_ROLES, AssignmentRole
from .spreadsheets import office_bytes, write_cell
from .status import Status

# Larger lists are refused with a message: a request writes them in seconds, not minutes.
MAX_EXPORT_ROWS = 20000
COLUMNS = (
    (8, lambda: _("No.")),
    (12, lambda: _("Code")),
    (18, lambda: _("Directive")),
    (60, lambda: _("Task")),
    (30, lambda: _("Lead agency")),
    (36, lambda: _("Coordinating agencies")),
    (28, lambda: _("Timeframe as written")),
    (13, lambda: _("Deadline")),
    (22, lambda: _("Status")),
)


def filter_summary(filterset):
    """`Status: Overdue; Agency: Sở Công Thương` for the filters a bound filterset applied, by their labels."""
    if not filterset.is_bound or not filterset.is_valid():
        return ""
    parts = []
    for name, field in filterset.form.fields.items():
        value = filterset.form.cleaned_data.get(name)
        if value in (None, "", [], ()):
            continue
        if hasattr(field, "choices") and not hasattr(value, "pk"):
            labels = dict(field.choices)
            values = value if isinstance(value, list | tuple) else [value]
            shown = ", ".join(str(labels.get(item, item)) for item in values)
        elif hasattr(value, "strftime"):
            shown = value.strftime("%d/%m/%Y")
        else:
            shown = str(value)
        parts.append(f"{field.label}: {shown}")
    return "; ".join(parts)


def _agencies(task, roles):
    """The names of the task's agencies in these roles, from its prefetched assignments, in the document's order."""
    return "; ".join(assignment.agency.name for assignment in task.assignments.all() if assignment.role in roles)


def task_list_workbook(tasks, filters, now=None):
    """The tasks (with status, directive, sector and assignments loaded) as .xlsx bytes, in the portal's language."""
    now = timezone.localtime(now or timezone.now())
    with translation.override(settings.LANGUAGE_CODE):
        book = Workbook()
        sheet = book.active
        sheet.title = _("Tasks")
        bold, centre = Font(bold=True), Alignment(horizontal="center", vertical="center", wrap_text=True)
        write_cell(sheet, 1, 1, _("LIST OF TASKS"), font=Font(bold=True, size=14), alignment=centre)
        write_cell(sheet, 2, 1, filters or _("All tasks you may see"), alignment=centre)
        write_cell(sheet, 3, 1, _("Exported %(moment)s") % {"moment": now.strftime("%H:%M %d/%m/%Y")}, alignment=centre)
        last = len(COLUMNS)
        for line in (1, 2, 3):
            sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=last)
        thin = Side(style="thin", color="999999")
        border = Border(left=thin, right=thin, top=thin, bottom=thin)
        header = 5
        for column, (width, label) in enumerate(COLUMNS, start=1):
            write_cell(
                sheet,
                header,
                column,
                label(),
                font=bold,
                alignment=centre,
                border=border,
                fill=PatternFill("solid", fgColor="E5EEFB"),
            )
            sheet.column_dimensions[sheet.cell(header, column).column_letter].width = width
        wrap = Alignment(wrap_text=True, vertical="top")
        for number, task in enumerate(tasks, start=1):
            deadline = task.extended_due_date or task.due_date
            values = (
                number,
                task.code,
                task.directive.number_symbol,
                task.text,
                _agencies(task, LEADING_ROLES),
                _agencies(task, (AssignmentRole.COORDINATING,)),
                task.timeframe_text,
                deadline.strftime("%d/%m/%Y") if deadline else "",
                str(Status(task.status).label) if task.status else "",
            )
            for column, value in enumerate(values, start=1):
                write_cell(sheet, header + number, column, value, border=border, alignment=wrap)
        return office_bytes(book, header)
