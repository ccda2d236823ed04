"""Signals the tasks app sends for writes other apps follow: bulk writes that bypass `save()`, new schedules, tasks
assigned to agencies."""

from django.dispatch import Signal

# Sent inside the writing transaction after tasks or assignments of these directives were written in bulk.
# Arguments: directive_ids (an iterable of Directive primary keys); optionally created and changed (lists of Task
# primary keys) when the writer knows them (the import): the tasks it created, with nothing else of theirs stored
# yet, and those it changed; the directives' other tasks are then as they were.
tasks_bulk_changed = Signal()

# Sent inside the writing transaction when a directive gains reporting schedules through the portal (the import,
# the directive's reporting page), so the periods they set can be made at once. Arguments: schedules (a list).
schedules_added = Signal()

# Sent inside the writing transaction when agencies were given tasks they did not have (the import, the admin).
# Arguments: assigned ({agency id: [task id, ...]}), actor (the user who did it, or None).
tasks_assigned = Signal()
