"""Plain INSERTs of many rows for the bulk writers (the import, the change log of bulk writes, report obligations).

bulk_create builds and prepares every field of every object through the ORM; for the 50,000 tasks of a big import
and the rows that follow them that costs more than reading the file. Here values are adapted once per field kind,
fields a row leaves out take their model default, and no ids come back: the writers read back what they need.
"""

from itertools import islice

from django.db import connection
from django.utils import timezone

BATCH = 1000


def insert_rows(model, rows):
    """INSERT rows (dicts of attribute names to values, from any iterable) in batches."""
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    ops = connection.ops
    now = timezone.now()
    adapters = []
    for field in fields:
        adapt = _adapter(field, ops)
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            default = now
        else:
            default = field.get_default()
        adapters.append((field.attname, adapt, default))
    table = ops.quote_name(model._meta.db_table)
    columns = ", ".join(ops.quote_name(field.column) for field in fields)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
    rows = iter(rows)
    with connection.cursor() as cursor:
        while batch := list(islice(rows, BATCH)):
            values = [
                [
                    row.get(name, default) if adapt is None else adapt(row.get(name, default))
                    for name, adapt, default in adapters
                ]
                for row in batch
            ]
            cursor.executemany(sql, values)


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
