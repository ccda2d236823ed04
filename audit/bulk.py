"""Changes written in bulk (bulk_create, bulk_update, queryset updates, the import's plain INSERTs and DELETEs)
bypass the signals django-auditlog listens to. Their writers wrap the write in `tracking()`, which records what was
created, changed and deleted, in the same transaction and with the same context (who, from where) as a single save.

A writer that inserts through the block (`Tracked.insert`) tells the log what it inserted: those rows are logged from
the values written, batch by batch as they are written, never read back (an import inserts some 200,000). The other
rows of each scope are read before and after, as plain values, and compared. The change log is written with plain
INSERTs (`audit.rows.insert_rows`); an instance, built without the ORM's per-field work, only names a row (its
`__str__`).
"""

import contextlib
import datetime
import decimal
import json
from itertools import islice

from auditlog.context import disable_auditlog
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import DateTimeField, DecimalField, JSONField
from django.db.models.base import ModelState
from django.utils import timezone
from django.utils.encoding import smart_str

from .context import current, current_actor
from .models import Change, Source
from .registry import followed_fields, owner_of
from .rows import insert_returning, insert_rows

BATCH = 2000
# Rows whose text names a related row: the related rows are read once, not once per row.
REPR_RELATED = {"tasks.Assignment": ["agency"], "agencies.Membership": ["user", "agency"]}
# The change log's columns as `_Scope.entries` gives them, followed by those of `_shared()`.
ENTRY = ("content_type_id", "object_pk", "object_id", "object_repr", "action", "changes", "owner_type_id", "owner_id")
SHARED = ("actor_id", "actor_email", "remote_addr", "cid", "source", "request_path", "timestamp")


@contextlib.contextmanager
def tracking(*scopes):
    """Record every change the block makes to the rows of each scope, a (model, lookup) pair such as
    `(Assignment, {"task__directive": directive})`. Inside the block single saves are not logged on their own: the
    block's rows are recorded once, by comparison, but for the rows inserted through the `Tracked` it yields."""
    scopes = [_Scope(model, lookup) for model, lookup in scopes]
    before = [{row[0]: row for row in scope.rows()} for scope in scopes]
    tracked = Tracked(scopes, _shared())
    with disable_auditlog():
        yield tracked
    for scope, old_rows in zip(scopes, before, strict=True):
        told = tracked.inserted.get(scope.model, set())
        insert_rows(Change, scope.entries(_compare(scope, old_rows, told), tracked.shared), (*ENTRY, *SHARED))


class Tracked:
    """The block's hold on the change log: rows inserted through it are logged as created from what was written.

    A row inserted here is taken as there at the end of the block: the writer does not delete it again inside it."""

    def __init__(self, scopes, shared):
        self.scopes = {scope.model: scope for scope in scopes}
        self.shared = shared
        self.inserted = {}  # model -> primary keys logged as created

    def insert(self, model, rows):
        """INSERT rows (dicts of attribute names to values) of a tracked model; return their new primary keys."""
        return insert_returning(model, rows, self._written)

    def _written(self, model, rows):
        """Log rows just inserted: tuples of the primary key and the other columns in the model's order, as the
        scope reads them."""
        scope = self.scopes[model]
        self.inserted.setdefault(model, set()).update(row[0] for row in rows)
        created = ((Change.Action.CREATE, row, scope.created(row)) for row in rows)
        insert_rows(Change, scope.entries(created, self.shared), (*ENTRY, *SHARED))


class _Scope:
    def __init__(self, model, lookup):
        self.model = model
        self.queryset = model._default_manager.filter(**lookup).order_by()
        fields = model._meta.concrete_fields
        if not fields[0].primary_key:
            raise ValueError(f"{model._meta.label}: tracking reads the primary key as the first column")
        self.attnames = [field.attname for field in fields]
        followed = set(followed_fields(model))
        self.followed = [
            (index, field.name, _text_of(field)) for index, field in enumerate(fields) if field.name in followed
        ]
        self.related = [model._meta.get_field(name) for name in REPR_RELATED.get(model._meta.label, [])]
        self.related_rows = {}  # (field name, id) -> the related row, read once per block

    def rows(self):
        """Every row of the scope as a tuple of its columns (primary key first), streamed."""
        return self.queryset.values_list(*self.attnames).iterator(chunk_size=BATCH)

    def rows_of(self, keys):
        """The scope's rows with these primary keys, in batches."""
        keys = sorted(keys)
        for start in range(0, len(keys), BATCH):
            yield from self.queryset.filter(pk__in=keys[start : start + BATCH]).values_list(*self.attnames)

    def texts(self, row):
        return {name: "None" if row[index] is None else text(row[index]) for index, name, text in self.followed}

    def created(self, row):
        """The changes of a created row: each followed column that holds something, from nothing."""
        return _created(self.texts(row))

    def entries(self, changes, shared):
        """Change log rows (tuples of `ENTRY` and `SHARED`) for (action, row, changes) triples, naming each row by
        its `__str__`; `shared` is `_shared()`'s."""
        model = self.model._meta.concrete_model
        content_type_id = ContentType.objects.get_for_model(model).pk
        owner_types = {}
        alias = connection.alias  # read once: each read goes through the connections' context-local storage
        changes = iter(changes)
        while batch := list(islice(changes, BATCH)):
            objects = [self._named(row, alias) for _action, row, _c in batch]
            self._attach_related(objects)
            for (action, _row, values), obj in zip(batch, objects, strict=True):
                owner_model, owner_id = owner_of(obj)
                if owner_model not in owner_types:
                    owner_types[owner_model] = ContentType.objects.get_for_model(owner_model).pk
                pk = obj.pk
                yield (
                    content_type_id,
                    str(pk),
                    pk,
                    smart_str(obj),
                    action,
                    values,
                    owner_types[owner_model],
                    owner_id,
                    *shared,
                )

    def _named(self, row, alias):
        """An instance holding the row's columns, enough for its `__str__` and its owner: what `from_db` builds,
        without `Model.__init__`'s per-field work and signals (for 200,000 rows they cost more than the import)."""
        obj = self.model.__new__(self.model)
        obj.__dict__.update(zip(self.attnames, row, strict=True))  # the primary key first, then the model's order
        obj._state = ModelState()
        obj._state.adding, obj._state.db = False, alias
        return obj

    def _attach_related(self, objects):
        """Give the objects the related rows their texts name, each read once for the block."""
        for field in self.related:
            wanted = {getattr(obj, field.attname) for obj in objects} - {None}
            missing = {pk for pk in wanted if (field.name, pk) not in self.related_rows}
            for pk, related in field.related_model._default_manager.in_bulk(missing).items():
                self.related_rows[field.name, pk] = related
            for obj in objects:
                related = self.related_rows.get((field.name, getattr(obj, field.attname)))
                if related is not None:
                    obj._state.fields_cache[field.name] = related


def _created(values):
    return {name: ["None", value] for name, value in values.items() if value not in ("", "None")}


def _compare(scope, before, told=frozenset()):
    """(action, row, changes) for each row created, changed or deleted since `before` was read; the rows in `told`
    were logged as they were inserted and are not read again."""
    if told:
        keys = scope.queryset.values_list("pk", flat=True).iterator(chunk_size=BATCH)
        rows = scope.rows_of([pk for pk in keys if pk not in told])
    else:
        rows = scope.rows()
    for row in rows:
        old = before.pop(row[0], None)
        values = scope.texts(row)
        if old is None:
            yield Change.Action.CREATE, row, _created(values)
            continue
        old_values = scope.texts(old)
        changes = {n: [old_values[n], v] for n, v in values.items() if old_values[n] != v}
        if changes:
            yield Change.Action.UPDATE, row, changes
    for row in before.values():
        values = scope.texts(row)
        yield Change.Action.DELETE, row, {n: [v, "None"] for n, v in values.items() if v not in ("", "None")}


def _text_of(field):
    """How a value of the field is written in the log (not None: "None"), as auditlog stores it, so bulk and single
    changes read alike; a decimal as the database gives it back (to its decimal places), so a value logged as
    written reads as one read back."""
    if isinstance(field, JSONField):
        return lambda value: json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(field, DecimalField) and field.decimal_places is not None:
        places = decimal.Decimal(1).scaleb(-field.decimal_places)
        return lambda value: str(value.quantize(places) if isinstance(value, decimal.Decimal) else value)
    if isinstance(field, DateTimeField):
        return _moment_text
    return _plain_text


def _plain_text(value):
    return value if type(value) is str else str(value)


def _moment_text(value):
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return str(timezone.make_naive(value, datetime.UTC))
    return str(value)


def _shared():
    """The context every entry of one tracked block shares, in the order of `SHARED`: who, from where, when (every
    entry of the block the same moment)."""
    context = current()
    actor = current_actor()
    return (
        getattr(actor, "pk", None),
        getattr(actor, "email", None),
        context.get("remote_addr"),
        context.get("cid"),
        str(context.get("source", Source.SYSTEM)),
        context.get("request_path", ""),
        timezone.now(),
    )
