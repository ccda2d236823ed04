"""Changes written in bulk (bulk_create, bulk_update, queryset updates, the import's plain INSERTs and DELETEs)
bypass the signals django-auditlog listens to. Their writers wrap the write in `tracking()`, which reads the rows
concerned before and after and records what was created, changed and deleted, in the same transaction and with
the same context (who, from where) as a single save.

The rows are read as plain values and the change log written with plain INSERTs (`audit.rows.insert_rows`): an
import writes some 200,000 rows, and a model instance for each, read back and logged, cost more than the import.
An instance is built only to name a row that changed (its `__str__`), one batch at a time.
"""

import contextlib
import datetime
import json
from itertools import islice

from auditlog.context import disable_auditlog
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import JSONField
from django.utils import timezone
from django.utils.encoding import smart_str

from .context import current, current_actor
from .models import Change, Source
from .registry import followed_fields, owner_of
from .rows import insert_rows

BATCH = 2000
# Rows whose text names a related row: the related rows are read once, not once per row.
REPR_RELATED = {"tasks.Assignment": ["agency"], "agencies.Membership": ["user", "agency"]}


@contextlib.contextmanager
def tracking(*scopes):
    """Record every change the block makes to the rows of each scope, a (model, lookup) pair such as
    `(Assignment, {"task__directive": directive})`. Inside the block single saves are not logged on their own: the
    block's rows are recorded once, by comparison."""
    scopes = [_Scope(model, lookup) for model, lookup in scopes]
    before = [{row[0]: row for row in scope.rows()} for scope in scopes]
    with disable_auditlog():
        yield
    shared = _shared()
    for scope, old_rows in zip(scopes, before, strict=True):
        insert_rows(Change, scope.entries(_compare(scope, old_rows), shared))


class _Scope:
    def __init__(self, model, lookup):
        self.model = model
        self.queryset = model._default_manager.filter(**lookup).order_by()
        self.attnames = [field.attname for field in model._meta.concrete_fields]
        followed = set(followed_fields(model))
        self.followed = [
            (index, field) for index, field in enumerate(model._meta.concrete_fields) if field.name in followed
        ]

    def rows(self):
        """Every row of the scope as a tuple of its columns (primary key first), streamed."""
        return self.queryset.values_list(*self.attnames).iterator(chunk_size=BATCH)

    def texts(self, row):
        return {field.name: _text(field, row[index]) for index, field in self.followed}

    def entries(self, changes, shared):
        """Change log rows for (action, row, changes) triples, naming each row by its `__str__`."""
        model = self.model._meta.concrete_model
        content_type_id = ContentType.objects.get_for_model(model).pk
        owner_types = {}
        related = REPR_RELATED.get(self.model._meta.label, [])
        changes = iter(changes)
        while batch := list(islice(changes, BATCH)):
            objects = [self.model.from_db(connection.alias, self.attnames, row) for _action, row, _c in batch]
            _attach_related(objects, related)
            for (action, _row, values), obj in zip(batch, objects, strict=True):
                owner_model, owner_id = owner_of(obj)
                if owner_model not in owner_types:
                    owner_types[owner_model] = ContentType.objects.get_for_model(owner_model).pk
                yield {
                    "content_type_id": content_type_id,
                    "object_pk": str(obj.pk),
                    "object_id": obj.pk,
                    "object_repr": smart_str(obj),
                    "action": action,
                    "changes": values,
                    "owner_type_id": owner_types[owner_model],
                    "owner_id": owner_id,
                    **shared,
                }


def _compare(scope, before):
    """(action, row, changes) for each row created, changed or deleted since `before` was read."""
    for row in scope.rows():
        old = before.pop(row[0], None)
        values = scope.texts(row)
        if old is None:
            yield Change.Action.CREATE, row, {n: ["None", v] for n, v in values.items() if v not in ("", "None")}
            continue
        old_values = scope.texts(old)
        changes = {n: [old_values[n], v] for n, v in values.items() if old_values[n] != v}
        if changes:
            yield Change.Action.UPDATE, row, changes
    for row in before.values():
        values = scope.texts(row)
        yield Change.Action.DELETE, row, {n: [v, "None"] for n, v in values.items() if v not in ("", "None")}


def _attach_related(objects, names):
    """Load the related rows the objects' texts name, once for the batch."""
    for name in names:
        field = objects[0]._meta.get_field(name) if objects else None
        if field is None:
            return
        ids = {getattr(obj, field.attname) for obj in objects}
        found = field.related_model._default_manager.in_bulk(ids - {None})
        for obj in objects:
            related = found.get(getattr(obj, field.attname))
            if related is not None:
                setattr(obj, name, related)


def _text(field, value):
    """A value as auditlog stores it, so bulk and single changes read alike."""
    if value is None:
        return "None"
    if type(value) is str:
        return value
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return str(timezone.make_naive(value, datetime.UTC))
    if isinstance(field, JSONField):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return smart_str(value)


def _shared():
    """The context every entry of one tracked block shares: who, from where, when."""
    context = current()
    actor = current_actor()
    return {
        "actor_id": getattr(actor, "pk", None),
        "actor_email": getattr(actor, "email", None),
        "remote_addr": context.get("remote_addr"),
        "cid": context.get("cid"),
        "source": str(context.get("source", Source.SYSTEM)),
        "request_path": context.get("request_path", ""),
    }  # the time: `insert_rows` gives every row of a write the same moment
