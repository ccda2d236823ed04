"""English pages keep the dd/mm/yyyy dates offices read; only the number separators differ."""

from portal.formats.vi.formats import *  # noqa: F403 (a format module is read by its names)

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
