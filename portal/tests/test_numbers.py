"""Figures written the reader's way: one function for pages, charts and printouts."""

from decimal import Decimal

from django.template import Context, Template
from django.utils import formats, translation

from common.numbers import Figures, number, percent


def test_vietnamese_groups_thousands_with_dots_and_writes_a_decimal_comma():
    with translation.override("vi"):
        assert number(4108) == "4.108"
        assert number(Decimal("1234567.50")) == "1.234.567,5"
        assert number(Decimal("4.1E+3")) == "4.100"
        assert number(3.14159) == "3,14"
        assert percent(12.5) == "12,5\u00a0%"
        assert percent(None) == "–"


def test_english_keeps_its_own_separators():
    with translation.override("en"):
        assert number(4108) == "4,108"
        assert percent(12.5) == "12.5%"


def test_template_filters_use_the_same_function():
    with translation.override("vi"):
        shown = Template("{% load numbers %}{{ n|number }} {{ r|percent }}").render(Context({"n": 4108, "r": 97.3}))
    assert shown == "4.108 97,3\u00a0%"


def test_a_formatter_made_once_writes_what_the_functions_and_djangos_number_format_write():
    # `Figures` reads the language's separators once for a table's figures; each figure must read as if written alone.
    values = [0, 7, -999, 1000, -4108, 1234567, 97.3, 100.0, 0.0, 12.05, Decimal("1234567.50"), Decimal("4.1E+3")]
    for language in ("vi", "en"):
        with translation.override(language):
            figures = Figures()
            for value in values:
                assert figures.number(value) == number(value)
                assert figures.percent(value) == percent(value)
            for value in (4108, -1234567, 10**12):
                assert figures.number(value) == formats.number_format(value, 0, use_l10n=True, force_grouping=True)
            assert figures.percent(None) == "–"
            assert figures.number(None) == ""
