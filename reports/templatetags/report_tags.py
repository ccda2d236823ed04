"""Template helpers for reports: a person's name as the history shows it, a deadline's urgency, the dashboard's
count cells."""

import html

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from common.numbers import number
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
    return mark_safe("\n".join(f'<td class="num{_hot(cell)}">{_count(cell)}</td>' for cell in cells))


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


def _count(cell):
    shown = html.escape(number(cell.count))
    if cell.url:
        return f'<a href="{html.escape(cell.url)}" data-column="{html.escape(cell.key)}">{shown}</a>'
    return shown
