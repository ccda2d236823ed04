"""Form widgets the apps share: a date typed as dd/mm/yyyy whatever the browser's language."""

from django import forms
from django.utils.translation import gettext_lazy as _


class DayMonthYearInput(forms.DateInput):
    """A text box showing and hinting dd/mm/yyyy.

    A `type="date"` box lays itself out in the browser's language: an English browser asks for mm/dd/yyyy and
    03/04 becomes the 4th of March. A text box with the office's order written in it cannot be misread.
    """

    def __init__(self, attrs=None):
        super().__init__(
            attrs={
                "placeholder": _("dd/mm/yyyy"),
                "title": _("A date as day/month/year, e.g. 31/12/2025"),
                "inputmode": "numeric",
                "autocomplete": "off",
                **(attrs or {}),
            },
            format="%d/%m/%Y",
        )
