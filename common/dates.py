"""Dates typed on the command line, read as the portal's forms read them."""

import datetime

from django.core.management.base import CommandError
from django.utils.formats import get_format
from django.utils.translation import gettext as _


def typed_day(text, option):
    """The day `text` writes in one of the Vietnamese date input forms (dd/mm/yyyy, dd-mm-yyyy, yyyy-mm-dd); a
    CommandError naming the command-line `option` for anything else."""
    for form in get_format("DATE_INPUT_FORMATS", lang="vi"):
        try:
            return datetime.datetime.strptime(text.strip(), form).date()
        except ValueError:
            continue
    raise CommandError(
        _("%(option)s: “%(text)s” is not a date: write it dd/mm/yyyy, e.g. 15/03/2025.")
        % {"option": option, "text": text}
    )
