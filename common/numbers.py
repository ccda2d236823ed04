"""Numbers as the reader's language writes them: `4.108` and `12,5 %` in Vietnamese, `4,108` and `12.5%` in English.

The one formatting of figures for pages, charts and printouts (`{{ value|number }}`, `{{ value|percent }}` from the
`numbers` template library). Excel cells keep their numbers as numbers and get a number format instead.
"""

import decimal

from django.utils import formats, numberformat
from django.utils.translation import get_language
from django.utils.translation import gettext as _


class Figures:
    """`number` and `percent` in the language active when made, its separators and percent sign read once.

    Code writing many figures at once (a dashboard table's cells: a thousand a page) makes one and calls it for each:
    reading the active language goes through asgiref's context-local storage, about 5 µs a read, and each figure
    written by the functions below reads it two or three times (its separators, and the percent sign's translation),
    which made writing a figure cost 15-45 µs."""

    def __init__(self):
        language = get_language()
        self.separators = [
            formats.get_format(name, language, use_l10n=True)
            for name in ("DECIMAL_SEPARATOR", "NUMBER_GROUPING", "THOUSAND_SEPARATOR")
        ]
        self.percent_sign = None  # read when first written

    def number(self, value, places=2):
        """`value` rounded to at most `places` decimals, trailing zeros dropped, grouped by thousands; "" for None."""
        if value is None or value == "":
            return ""
        if type(value) is int:  # a dashboard shows a thousand counts per page: no decimals to round
            if -1000 < value < 1000:
                return str(value)  # no thousands to group either
            return self._format(value, 0)
        rounded = round(decimal.Decimal(str(value)), places)
        shown = max(-rounded.normalize().as_tuple().exponent, 0) if rounded else 0
        return self._format(rounded, shown)

    def percent(self, value, places=1):
        """A share already in percent (`12.5`) with its sign: `12,5 %`; "–" when there is none (nothing to divide)."""
        if value is None:
            return "–"
        if self.percent_sign is None:
            self.percent_sign = _("%(number)s%%")
        return self.percent_sign % {"number": self.number(value, places)}

    def _format(self, value, places):
        # What `django.utils.formats.number_format(value, places, use_l10n=True, force_grouping=True)` writes.
        decimal_separator, grouping, thousand_separator = self.separators
        return numberformat.format(
            value, decimal_separator, places, grouping, thousand_separator, force_grouping=True, use_l10n=True
        )


def number(value, places=2):
    """`value` rounded to at most `places` decimals, trailing zeros dropped, grouped by thousands; "" for None."""
    if value is None or value == "":
        return ""
    if type(value) is int and -1000 < value < 1000:
        return str(value)  # no separator to read
    return Figures().number(value, places)


def percent(value, places=1):
    """A share already in percent (`12.5`) with its sign: `12,5 %`; "–" when there is none (nothing to divide)."""
    if value is None:
        return "–"
    return Figures().percent(value, places)
