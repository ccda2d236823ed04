"""Bounds on what users type that every app shares: numbers both databases give back exactly as stored."""

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

# SQLite keeps a decimal column as a double, exact to 15 significant digits, and Django reads it back through that
# precision: a longer number comes back changed, and one that rounds up past the column's size cannot be read at all.
SIGNIFICANT_DIGITS = 15


@deconstructible
class StorableDecimal:
    """At most SIGNIFICANT_DIGITS significant digits; the field's max_digits and decimal_places bound the rest."""

    message = _("Enter a number with at most %(max)s significant digits (a longer one cannot be stored exactly).")
    code = "max_significant_digits"

    def __call__(self, value):
        if not value.is_finite():
            return
        significant = "".join(map(str, value.as_tuple().digits)).strip("0")
        if len(significant) > SIGNIFICANT_DIGITS:
            raise ValidationError(self.message, code=self.code, params={"max": SIGNIFICANT_DIGITS, "value": value})

    def __eq__(self, other):
        return isinstance(other, StorableDecimal)
