"""Template filters for figures: `{{ count|number }}`, `{{ rate|percent }}` (`common.numbers`)."""

from django import template

from common import numbers

register = template.Library()


@register.filter
def number(value, places=2):
    return numbers.number(value, places)


@register.filter
def percent(value, places=1):
    return numbers.percent(value, places)
