"""Numbers as the reader's language writes them: `4.108` and `12,5 %` in Vietnamese, `4,108` and `12.5%` in English.

The one formatting of figures for pages, charts and printouts (`{{ value|number }}`, `{{ value|percent }}` from the
`numbers` template library). Excel cells keep their numbers as numbers and get a number format instead.
"""

import decimal

from django.utils import formats
from django.utils.translation import gettext as _


def number(value, places=2):
    """`value` rounded to at most `places` decimals, trailing zeros dropped, grouped by thousands; "" for None."""
    if value is None or value == "":
        return ""
    if type(value) is int:  # a dashboard shows a thousand counts per page: no decimals to round
        if -1000 < value < 1000:
            return str(value)  # no thousands to group either
        return formats.number_format(value, 0, use_l10n=True, force_grouping=True)
    rounded = round(decimal.Decimal(str(value)), places)
    shown = max(-rounded.normalize().as_tuple().exponent, 0) if rounded else 0
    return formats.number_format(rounded, shown, use_l10n=True, force_grouping=True)


def percent(value, places=1):
    """A share already in percent (`12.5`) with its sign: `12,5 %`; "–" when there is none (nothing to divide)."""
    if value is None:
        return "–"
    return _("%(number)s%%") % {"number": number(value, places)}
