"""Signals the tasks app sends for writes that bypass `save()` (bulk_create, bulk_update, queryset updates)."""

from django.dispatch import Signal

# Sent inside the writing transaction after tasks or assignments of these directives were written in bulk.
# Arguments: directive_ids (an iterable of Directive primary keys).
tasks_bulk_changed = Signal()
