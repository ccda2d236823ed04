"""Figures written the reader's way: one function for pages, charts and printouts."""

from decimal import Decimal

from django.template import Context, Template
from django.utils import translation

from common.numbers import number, percent


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
