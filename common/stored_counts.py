"""Counts the database's triggers keep (tasks per status, report obligations per state) compared with a count made
from their rows now: `manage.py check_status` and the property tests."""

from django.db import connection, transaction


def differences(model, key, counted, difference, fix, locked):
    """The stored rows of `model` (the fields `key`, then `count`) that differ from the rows counted now (none should;
    a stored zero equals none), as `difference(*key values, stored, counted)`s in the order of their key; `counted` is
    a list of querysets of (key values…, count), read once the `locked` models' tables are held against writes
    (PostgreSQL, when fixing). With `fix`, every row is written again from that count."""
    with transaction.atomic():
        if fix and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(f"LOCK TABLE {', '.join(m._meta.db_table for m in locked)} IN SHARE MODE")
        now = {row[:-1]: row[-1] for rows in counted for row in rows}
        stored = {row[:-1]: row[-1] for row in model.objects.values_list(*key, "count")}
        found = [
            difference(*row, stored.get(row, 0), now.get(row, 0))
            for row in sorted(now.keys() | stored.keys())
            if stored.get(row, 0) != now.get(row, 0)
        ]
        if fix and found:
            model.objects.all().delete()
            model.objects.bulk_create(model(**dict(zip(key, row, strict=True)), count=n) for row, n in now.items())
    return found
