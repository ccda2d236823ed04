"""Template helpers for reports: a person's name as the history shows it, a deadline's urgency, the dashboard's
count cells."""

import html

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from common.numbers import Figures, number
from reports.inbox import urgency
from tasks.status import Status

register = template.Library()


@register.filter
def person(user):
    """Full name, else username; a deleted account reads “someone”."""
    if user is None:
        return _("someone")
    return user.get_full_name() or user.get_username()


@register.simple_tag
def due_urgency(due):
    """The inbox's colour for a deadline (red passed, amber soon), counted from today in the portal's time zone."""
    return urgency(due, timezone.localdate())


@register.simple_tag
def count_cells(cells):
    """The table cells of a dashboard row: each `Cell`'s count, linked to the tasks behind it when it has a link,
    overdue counts marked. Written here rather than by a template per cell: a whole-province page has a thousand
    cells, and the template's lookups, filters and escaping for each took a third of its rendering (the stdlib's
    `html.escape`, which Django's `escape` calls, without its lazy-text checks)."""
    figures = Figures()  # the language's separators read once for the row
    return mark_safe("\n".join(f'<td class="num{_hot(cell)}">{_count(cell, figures)}</td>' for cell in cells))


@register.simple_tag
def breakdown_cells(row):
    """A breakdown row's cells after its label: its completion, overdue and done rates, then its `count_cells`
    (a row's three rates written by the template's `percent` filter cost as much as its twelve counts)."""
    figures = Figures()
    overdue = row.overdue_rate
    rates = [
        ("", "on-time", row.on_time_rate),
        (" hot" if overdue else "", "overdue", overdue),
        ("", "done", row.done_rate),
    ]
    cells = [
        f'<td class="num{marked}" data-rate="{name}">{html.escape(figures.percent(rate))}</td>'
        for marked, name, rate in rates
    ]
    cells += [f'<td class="num{_hot(cell)}">{_count(cell, figures)}</td>' for cell in row.in_order]
    return mark_safe("\n".join(cells))


@register.simple_tag
def count_link(count, url, key):
    """A count, linked to the tasks behind it when there is a link (`data-count` names what it counts)."""
    shown = html.escape(number(count))
    return mark_safe(f'<a href="{html.escape(str(url))}" data-count="{html.escape(key)}">{shown}</a>' if url else shown)


@register.simple_tag
def select_options(choices, selected):
    """A filter select's options, (value, label) pairs, the one equal to `selected` marked: written in one pass, as
    the count cells, rather than by the template an option at a time (a province's select lists 500 directives)."""
    return mark_safe("\n".join(_option(value, label, value == selected) for value, label in choices))


def _option(value, label, selected):
    marked = " selected" if selected else ""
    return f'<option value="{html.escape(str(value))}"{marked}>{html.escape(str(label))}</option>'


def _hot(cell):
    return " hot" if cell.key == Status.IN_PROGRESS_OVERDUE and cell.count else ""


def _count(cell, figures):
    shown = html.escape(figures.number(cell.count))
    if cell.url:
        return f'<a href="{html.escape(cell.url)}" data-column="{html.escape(cell.key)}">{shown}</a>'
    return shown
