"""Changes written in bulk (bulk_create, bulk_update, queryset updates, the import's plain INSERTs and DELETEs)
bypass the signals django-auditlog listens to. Their writers wrap the write in `tracking()`, which reads the rows
concerned before and after and records what was created, changed and deleted, in the same transaction and with
the same context (who, from where) as a single save.
"""

import contextlib
import datetime
import json

from auditlog.context import disable_auditlog
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.encoding import smart_str

from .context import current, current_actor
from .models import Change, Source
from .registry import followed_fields, owner_of

BATCH = 1000
# Rows whose text names a related row: read with it, not once per row.
REPR_RELATED = {"tasks.Assignment": ["agency"], "agencies.Membership": ["user", "agency"]}


@contextlib.contextmanager
def tracking(*scopes):
    """Record every change the block makes to the rows of each scope, a (model, lookup) pair such as
    `(Assignment, {"task__directive": directive})`. Inside the block single saves are not logged on their own: the
    block's rows are recorded once, by comparison."""
    read = [(model, lookup, [model._meta.get_field(n) for n in followed_fields(model)]) for model, lookup in scopes]
    before = [_read(*scope) for scope in read]
    with disable_auditlog():
        yield
    items = []
    for scope, old_rows in zip(read, before, strict=True):
        items.extend(_compare(old_rows, _read(*scope)))
    _write(items)


def _compare(before, after):
    for pk, (obj, values) in after.items():
        if pk not in before:
            yield Change.Action.CREATE, obj, {n: ["None", v] for n, v in values.items() if v not in ("", "None")}
            continue
        old = before[pk][1]
        changes = {n: [old[n], v] for n, v in values.items() if old[n] != v}
        if changes:
            yield Change.Action.UPDATE, obj, changes
    for pk, (obj, values) in before.items():
        if pk not in after:
            yield Change.Action.DELETE, obj, {n: [v, "None"] for n, v in values.items() if v not in ("", "None")}


def _read(model, lookup, fields):
    queryset = model._default_manager.filter(**lookup).select_related(*REPR_RELATED.get(model._meta.label, []))
    return {obj.pk: (obj, {f.name: _text(f, getattr(obj, f.attname)) for f in fields}) for obj in queryset}


def _text(field, value):
    """A value as auditlog stores it, so bulk and single changes read alike."""
    if value is None:
        return "None"
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return str(timezone.make_naive(value, datetime.UTC))
    if field.get_internal_type() == "JSONField":
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return smart_str(value)


def _write(items):
    context = current()
    actor = current_actor()
    shared = {
        "actor": actor,
        "actor_email": getattr(actor, "email", None),
        "remote_addr": context.get("remote_addr"),
        "cid": context.get("cid"),
        "source": context.get("source", Source.SYSTEM),
        "request_path": context.get("request_path", ""),
        "timestamp": timezone.now(),
    }
    rows = []
    for action, obj, changes in items:
        owner_model, owner_id = owner_of(obj)
        rows.append(
            Change(
                content_type=ContentType.objects.get_for_model(obj._meta.concrete_model),
                object_pk=str(obj.pk),
                object_id=obj.pk,
                object_repr=smart_str(obj),
                action=action,
                changes=changes,
                owner_type=ContentType.objects.get_for_model(owner_model),
                owner_id=owner_id,
                **shared,
            )
        )
    Change.objects.bulk_create(rows, batch_size=BATCH)
