"""The agency scorecard as an Excel sheet, for the monitoring unit's emulation reviews (thi đua)."""

import io

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from tasks.spreadsheets import write_cell


def scorecard_workbook(province, scores, windows, now=None):
    """The scorecard rows in the order shown, with the periods they cover, as .xlsx bytes."""
    now = timezone.localtime(now or timezone.now())
    with translation.override(settings.LANGUAGE_CODE):
        book = Workbook()
        sheet = book.active
        sheet.title = _("Agency scorecard")[:31]
        bold = Font(bold=True)
        write_cell(
            sheet,
            1,
            1,
            _("Agency scorecard · %(province)s") % {"province": province.name},
            font=Font(bold=True, size=13),
        )
        periods = ", ".join(window.name for window in windows) or "–"
        write_cell(sheet, 2, 1, _("Reporting periods counted: %(periods)s") % {"periods": periods})
        write_cell(sheet, 3, 1, now.strftime("%H:%M %d/%m/%Y"))
        headers = [
            _("Agency"),
            _("Tasks led"),
            _("Completed on time (%)"),
            _("Overdue"),
            _("Reports owed"),
            _("On time"),
            _("Late"),
            _("Missing"),
            _("Extension requests pending"),
        ]
        for column, label in enumerate(headers, start=1):
            write_cell(sheet, 5, column, label, font=bold, alignment=Alignment(wrap_text=True, vertical="top"))
            sheet.column_dimensions[get_column_letter(column)].width = 40 if column == 1 else 14
        for line, score in enumerate(scores, start=6):
            values = [
                score.label,
                score.led,
                score.on_time_share,
                score.overdue,
                score.owed,
                score.on_time,
                score.late,
                score.missing,
                score.extensions,
            ]
            for column, value in enumerate(values, start=1):
                write_cell(sheet, line, column, value)
        sheet.freeze_panes = "B6"
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()
