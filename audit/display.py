"""Changes as people read them: each field by its Vietnamese label, values as the portal writes them elsewhere.

auditlog stores every value as text (`"2025-12-31"`, `"True"`, a foreign key's id, a choice's code). Here they are
turned back into dd/mm/yyyy dates, Asia/Ho_Chi_Minh times, choice labels and the names of related rows, each
related table read once for the whole page. Texts are shown whole.
"""

import datetime
import decimal
import json
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Source

EMPTY = ("", "None", None)

# Summaries an import writes on a task instead of one row per assignment, milestone or target (audit.bulk).
SUMMARY_LABELS = {
    "assignments": gettext_lazy("assigned agencies"),
    "milestones": gettext_lazy("milestones"),
    "targets": gettext_lazy("targets"),
}


@dataclass
class Line:
    label: str
    old: str
    new: str


@dataclass
class Entry:
    change: object
    what: str
    lines: list = field(default_factory=list)

    @property
    def who(self):
        return who(self.change)


def entries(changes):
    """Entries for these changes (a list of `Change`), with the related rows their values name read in bulk."""
    changes = list(changes)
    names = _related_names(changes)
    return [Entry(change, what(change), _lines(change, names)) for change in changes]


def who(change):
    if change.actor is not None:
        return change.actor.get_full_name() or change.actor.get_username()
    if change.source in (Source.COMMAND, Source.WORKER):
        return f"{Source(change.source).label}: {change.request_path}"
    if change.actor_email or change.actor_id:
        return _("a deleted account")
    return Source(change.source).label if change.source else Source.SYSTEM.label


def what(change):
    """The changed row: its kind and its text when the change was made."""
    model = change.content_type.model_class()
    name = model._meta.verbose_name if model is not None else change.content_type.model
    return f"{str(name).capitalize()}: {change.object_repr}"


def _field(model, name):
    if model is None:
        return None
    try:
        return model._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _related_names(changes):
    wanted = defaultdict(set)
    for change in changes:
        model = change.content_type.model_class()
        for name, values in (change.changes or {}).items():
            found = _field(model, name)
            if isinstance(found, models.ForeignKey) and isinstance(values, list):
                wanted[found.related_model].update(v for v in values if v not in EMPTY)
    names = {}
    for model, pks in wanted.items():
        valid = []
        for pk in pks:
            try:
                valid.append(model._meta.pk.to_python(pk))
            except Exception:  # noqa: BLE001  (a value stored by an older schema shows as it was stored)
                continue
        for obj in model._default_manager.filter(pk__in=valid):
            names[(model, str(obj.pk))] = str(obj)
    return names


def _lines(change, names):
    model = change.content_type.model_class()
    lines = []
    for name, values in (change.changes or {}).items():
        found = _field(model, name)
        if isinstance(values, dict) and values.get("type") == "m2m":
            objects = ", ".join(values.get("objects", []))
            old, new = ("", objects) if values.get("operation") == "add" else (objects, "")
        else:
            old, new = (_value(found, value, names) for value in values)
        if old == new:
            continue
        label = found.verbose_name if found is not None else SUMMARY_LABELS.get(name, name)
        lines.append(Line(str(label).capitalize(), old, new))
    return lines


def _value(found, value, names):
    if value in EMPTY:
        return ""
    if found is None:
        return str(value)
    if found.choices:
        return str(dict(found.flatchoices).get(value, value))
    if isinstance(found, models.ForeignKey):
        return names.get((found.related_model, str(value)), f"#{value}")
    try:
        if isinstance(found, models.BooleanField):
            return _("yes") if value == "True" else _("no")
        if isinstance(found, models.DateTimeField):
            moment = datetime.datetime.fromisoformat(value)
            if timezone.is_naive(moment):
                moment = moment.replace(tzinfo=datetime.UTC)
            return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M")
        if isinstance(found, models.DateField):
            return datetime.date.fromisoformat(value).strftime("%d/%m/%Y")
        if isinstance(found, models.TimeField):
            return datetime.time.fromisoformat(value).strftime("%H:%M")
        if isinstance(found, models.DecimalField):
            return formats.number_format(decimal.Decimal(value).normalize(), use_l10n=True)
        if isinstance(found, models.JSONField) and not isinstance(value, str):
            return json.dumps(value, ensure_ascii=False)
    except (ValueError, decimal.InvalidOperation):
        pass
    return str(value)
