"""Plain INSERTs of many rows for the bulk writers (the import, the change log of bulk writes, report obligations).

bulk_create builds and prepares every field of every object through the ORM; for the 50,000 tasks of a big import
and the rows that follow them that costs more than reading the file. Here values are adapted once per field kind and
fields a row leaves out take their model default. `insert_rows` returns nothing; `insert_returning` gives each
batch's new ids with the values written, so a writer (and the change log, `audit.bulk.tracking`) knows what it
inserted without reading it back.
"""

from itertools import islice

from django.db import connection
from django.utils import timezone

BATCH = 1000


def insert_rows(model, rows, columns=None):
    """INSERT rows in batches, from any iterable: dicts of attribute names to values, or with `columns` (attribute
    names) tuples of values in that order; the columns a row leaves out take their defaults."""
    table = _Table(model, columns)
    rows = iter(rows)
    with connection.cursor() as cursor:
        while batch := list(islice(rows, BATCH)):
            cursor.executemany(table.sql(1), [table.adapted(values) for values in table.values(batch)])


def insert_returning(model, rows, written):
    """INSERT rows as `insert_rows` does, with their new primary keys read from the INSERT itself (RETURNING, as
    bulk_create does on PostgreSQL and SQLite 3.35+); return the keys in the rows' order.

    `written(model, rows)` is called after each batch with a tuple per row: its new primary key, then the value
    written to each other column (defaults filled in) in the model's order of fields, so the caller may record
    them."""
    table = _Table(model)
    size = max(1, min(BATCH, (connection.features.max_query_params or 65535) // len(table.fields)))
    ids = []
    rows = iter(rows)
    with connection.cursor() as cursor:
        while batch := list(islice(rows, BATCH)):
            values = table.values(batch)
            keys = []
            for start in range(0, len(values), size):
                part = values[start : start + size]
                cursor.execute(
                    table.sql(len(part), returning=True),
                    [value for row in part for value in table.adapted(row)],
                )
                keys += [row[0] for row in cursor.fetchall()]
            written(model, [(key, *row) for key, row in zip(keys, values, strict=True)])
            ids += keys
    return ids


class _Table:
    """The columns of a model an INSERT writes (all but the primary key; with `columns`, those first), their
    defaults and adapters."""

    def __init__(self, model, columns=None):
        self.model = model
        by_attname = {field.attname: field for field in model._meta.concrete_fields if not field.primary_key}
        self.given = list(columns or by_attname)
        self.fields = [by_attname[name] for name in self.given]
        self.fields += [field for name, field in by_attname.items() if name not in set(self.given)]
        self.attnames = [field.attname for field in self.fields]
        self.tuples = columns is not None
        ops = connection.ops
        now = timezone.now()
        self.defaults, adapters = [], []
        for field in self.fields:
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                self.defaults.append(now)
            else:
                self.defaults.append(field.get_default())
            adapters.append(_adapter(field, ops))
        # A tuple row gives its own columns; the others take their defaults, adapted once.
        self.rest = tuple(
            default if adapt is None else adapt(default)
            for default, adapt in zip(self.defaults[len(self.given) :], adapters[len(self.given) :], strict=True)
        )
        self.adapters = [(index, adapt) for index, adapt in enumerate(adapters) if adapt is not None]
        if self.tuples:
            self.adapters = [(index, adapt) for index, adapt in self.adapters if index < len(self.given)]
        self._columns = ", ".join(ops.quote_name(field.column) for field in self.fields)
        self._table = ops.quote_name(model._meta.db_table)
        self._pk = ops.quote_name(model._meta.pk.column)
        self._row = f"({', '.join(['%s'] * len(self.fields))})"

    def values(self, batch):
        """Each row's values in column order, the defaults filled in (a tuple row: its own columns only)."""
        if self.tuples:
            return batch
        pairs = list(zip(self.attnames, self.defaults, strict=True))
        return [[row.get(name, default) for name, default in pairs] for row in batch]

    def adapted(self, values):
        """A row as the driver takes it."""
        if self.adapters:
            values = list(values)
            for index, adapt in self.adapters:
                values[index] = adapt(values[index])
        return (*values, *self.rest) if self.tuples else values

    def sql(self, count, returning=False):
        sql = f"INSERT INTO {self._table} ({self._columns}) VALUES {', '.join([self._row] * count)}"
        return f"{sql} RETURNING {self._pk}" if returning else sql


def _adapter(field, ops):
    """How a value of this field goes to the driver; None when as it is."""
    internal = field.get_internal_type()
    if internal == "DateTimeField":
        return _remembered(ops.adapt_datetimefield_value)
    if internal == "DateField":
        return _remembered(ops.adapt_datefield_value)
    if internal == "TimeField":
        return _remembered(ops.adapt_timefield_value)
    if internal == "DecimalField":
        return lambda value: ops.adapt_decimalfield_value(value, field.max_digits, field.decimal_places)
    if internal == "JSONField":
        return lambda value: None if value is None else ops.adapt_json_value(value, field.encoder)
    return None


def _remembered(adapt):
    """`adapt`, done once per distinct value: the rows of one write share a few dates and moments."""
    done = {}

    def remembered(value):
        if value not in done:
            done[value] = adapt(value)
        return done[value]

    return remembered
