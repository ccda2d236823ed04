"""Load the five seed documents, the agencies they name and one demo account per role (`manage.py load_demo`).

The data lives beside this module, one file per seed document (doc000 ... doc004) plus agencies
and accounts; this module only writes it to the database. Every row is found again by a natural
key (province + name for agencies, province + number + symbol for directives, or province +
kind + symbol + date + subject for unnumbered ones, directive + code for tasks), and a row is
written only when a value differs: running the loader twice adds nothing and changes nothing.
"""

import datetime
from collections import Counter
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.utils import timezone

from agencies.matching import AgencyMatcher
from agencies.models import Agency, AgencyAlias, Membership, Province
from agencies.normalize import search_key
from audit.bulk import tracking
from tasks.models import (
    Assignment,
    Directive,
    DirectiveLink,
    Milestone,
    ReportingSchedule,
    Sector,
    Target,
    Task,
    TaskKind,
    directive_rows,
)
from tasks.signals import tasks_bulk_changed
from tasks.status import refresh_statuses
from tasks.timeframes import apply_timeframe, read_timeframe

from . import accounts, agencies, doc000, doc001, doc002, doc003, doc004

DOCUMENTS = (doc000, doc001, doc002, doc003, doc004)
ROLES = ("lead", "co_lead", "executing", "coordinating")
# The data names agencies as documents do; an OCR-like or approximate match would be a typo in it.
EXACT_MATCHES = ("name", "short_name", "alias")
TASK_FIELDS = (
    "parent",
    "label",
    "position",
    "depth",
    "kind",
    "text",
    "sector",
    "timeframe_text",
    "start_date",
    "due_date",
    "due_time",
    "is_recurring",
    "waits_on_event",
    "event_text",
    "needs_review",
    "review_note",
)


class DemoDataError(Exception):
    """The demo data names something it does not define (an agency, a province)."""


def load_demo():
    """Write all demo data in one transaction; return a Counter of rows created and updated per model."""
    stats = Counter()
    with transaction.atomic():
        _load_agencies(None, agencies.CENTRAL, [], stats)
        matchers = {}
        for province_data in agencies.PROVINCES:
            province = _upsert(Province, {"code": province_data["code"]}, {"name": province_data["name"]}, stats)
            _load_agencies(province, province_data["agencies"], province_data["groups"], stats)
            matchers[province.code] = _Names(province)
        for document in DOCUMENTS:
            _load_document(document, matchers, stats)
        _load_accounts(matchers, stats)
        refresh_statuses(Task.objects.all())  # written in bulk, past Task.save()
        tasks_bulk_changed.send(sender=Task, directive_ids=Directive.objects.values_list("pk", flat=True))
    return +stats


class _Names:
    """A province's agencies (and the central ones) by the names the data writes: exact matches only."""

    def __init__(self, province):
        self.province = province
        self.matcher = AgencyMatcher(province)

    def __getitem__(self, name):
        match = self.matcher.match(name)
        if match.agency is None or match.method not in EXACT_MATCHES:
            raise DemoDataError(f"No agency of {self.province} is called {name!r} in the demo data.")
        return match.agency

    def assignee(self, entry):
        """An assignment entry: the words as written, or (words as written, agency name)."""
        words, name = entry if isinstance(entry, tuple) else (entry, entry)
        return words, self[name]


def _load_agencies(province, agency_data, group_data, stats):
    """Agencies, groups, their aliases, parents and members for one province (None: central bodies)."""
    rows = [*agency_data, *[{**group, "is_group": True} for group in group_data]]
    existing = {agency.name: agency for agency in Agency.objects.filter(province=province)}
    wanted = {
        row["name"]: {
            "short_name": row["short_name"],
            "kind": row["kind"],
            "is_group": row.get("is_group", False),
            "search_key": search_key(row["name"]),
        }
        for row in rows
    }
    by_name = _sync(
        Agency, existing, wanted, lambda name, values: Agency(province=province, name=name, **values), stats
    )

    parents = {row["name"]: {"parent": by_name[row["parent"]] if "parent" in row else None} for row in rows}
    _sync(Agency, by_name, parents, None, stats)

    for group in group_data:
        members = [
            agency for agency in by_name.values() if not agency.is_group and agency.kind in group["member_kinds"]
        ]
        current = set(by_name[group["name"]].members.values_list("pk", flat=True))
        if current != {agency.pk for agency in members}:
            by_name[group["name"]].members.set(members)
            stats["Agency members updated"] += 1

    existing_aliases = {
        (alias.agency_id, alias.search_key): alias for alias in AgencyAlias.objects.filter(agency__in=by_name.values())
    }
    wanted_aliases = {}
    for row in rows:
        agency = by_name[row["name"]]
        for alias in row["aliases"]:
            key = search_key(alias)
            if key != agency.search_key:
                wanted_aliases.setdefault((agency.pk, key), {"alias": alias})
    _sync(
        AgencyAlias,
        existing_aliases,
        wanted_aliases,
        lambda key, values: AgencyAlias(agency_id=key[0], search_key=key[1], **values),
        stats,
    )


def _load_document(document, matchers, stats):
    data = document.DIRECTIVE
    try:
        names = matchers[data["province"]]
    except KeyError:
        raise DemoDataError(f"No province {data['province']!r} in the demo data.") from None
    province = names.province
    values = {
        "issuing_agency": names[data["issuing_agency"]],
        "place": data["place"],
        "signer_name": data["signer_name"],
        "signer_capacity": data["signer_capacity"],
        "recipients": data["recipients"],
        "monitoring_agency": names[data["monitoring_agency"]],
        "note": data["note"],
    }
    issued_on = _date(data["issued_on"])
    if data["number"]:
        key = {"province": province, "number": data["number"], "symbol": data["symbol"]}
        values |= {"kind": data["kind"], "issued_on": issued_on, "subject": data["subject"]}
    else:
        key = {
            "province": province,
            "number": "",
            "kind": data["kind"],
            "symbol": data["symbol"],
            "issued_on": issued_on,
            "subject": data["subject"],
        }
    directive = _upsert(Directive, key, values, stats)

    for link in document.LINKS:
        link_key = {"source": directive, "relation": link["relation"], "reference": link["reference"]}
        if not link["reference"]:
            link_key["title"] = link["title"]
        _upsert(
            DirectiveLink,
            link_key,
            {
                "title": link["title"],
                "issued_on": _date(link["issued_on"]),
                "issuer": link["issuer"],
            },
            stats,
        )
    for schedule in document.SCHEDULES:
        reporting_agency = schedule["reporting_agency"]
        _upsert(
            ReportingSchedule,
            {"directive": directive, "kind": schedule["kind"]},
            {
                "original_text": schedule["original_text"],
                "day_of_month": schedule.get("day_of_month"),
                "months": schedule.get("months", ""),
                "due_at": _moment(schedule.get("due_at")),
                "reporting_agency": names[reporting_agency] if reporting_agency else None,
                "report_to": schedule["report_to"],
            },
            stats,
        )

    # Written in bulk: the change log records them by comparing before and after.
    with tracking(*directive_rows(directive)):
        tasks = _load_tasks(directive, document.TASKS, stats)
        _load_assignments(tasks, names, stats)
        _load_targets(tasks, stats)
        _load_milestones(tasks, stats)


class _Node:
    """One entry of a document's outline, with what the loader works out from where it sits."""

    def __init__(self, data, parent, position, sectors):
        self.data = data
        self.parent = parent
        self.depth = parent.depth + 1 if parent else 0
        self.position = position
        self.sector_name = data.get("sector") or (parent.sector_name if parent else None)
        self.sector = sectors[self.sector_name] if self.sector_name else None
        self.task = None
        self.milestones = []

    def values(self):
        scratch = Task()
        self.milestones = apply_timeframe(scratch, read_timeframe(self.data.get("timeframe", "")))
        values = {
            "parent": self.parent.task if self.parent else None,
            "label": self.data["label"],
            "position": self.position,
            "depth": self.depth,
            "kind": TaskKind.HEADING if self.data.get("heading") else TaskKind.TASK,
            "text": self.data["text"],
            "sector": self.sector,
        }
        return values | {name: getattr(scratch, name) for name in TASK_FIELDS if name not in values}


def _flatten(entries, sectors, parent=None, nodes=None):
    nodes = [] if nodes is None else nodes
    for data in entries:
        node = _Node(data, parent, len(nodes) + 1, sectors)
        nodes.append(node)
        _flatten(data.get("children", ()), sectors, node, nodes)
    return nodes


def _sector_names(entries):
    for data in entries:
        if data.get("sector"):
            yield data["sector"]
        yield from _sector_names(data.get("children", ()))


def _load_tasks(directive, entries, stats):
    """The outline, parents before children; tasks are matched by code and written in bulk."""
    sectors = {}
    for name in _sector_names(entries):
        sectors[name] = _upsert(Sector, {"name": name}, {}, stats)
    nodes = _flatten(entries, sectors)
    existing = {task.code: task for task in directive.tasks.all()}
    created, changed = [], []
    for node in nodes:
        values = node.values()
        code = node.data["code"]
        task = existing.get(code)
        if task is None:
            task = Task(directive=directive, code=code, **values)
            task.refresh_search_key()  # bulk_create bypasses save(), which keeps the search key
            created.append(task)
        else:
            stored_key = task.search_key
            differs = _assign_changes(task, values)
            task.refresh_search_key()
            if differs or task.search_key != stored_key:
                changed.append(task)
        node.task = task
    for depth in sorted({task.depth for task in created}):
        Task.objects.bulk_create([task for task in created if task.depth == depth])
    if changed:
        now = timezone.now()
        for task in changed:
            task.updated_at = now
        Task.objects.bulk_update(changed, [*TASK_FIELDS, "search_key", "updated_at"])
    stats["Task created"] += len(created)
    stats["Task updated"] += len(changed)
    return nodes


def _load_assignments(nodes, names, stats):
    existing = {
        (assignment.task_id, assignment.agency_id, assignment.role): assignment
        for assignment in Assignment.objects.filter(task__in=[node.task for node in nodes])
    }
    wanted = {}
    for node in nodes:
        position = 0
        for role in ROLES:
            for entry in node.data.get(role, ()):
                words, agency = names.assignee(entry)
                position += 1
                wanted[(node.task.pk, agency.pk, role)] = {"original_text": words, "position": position}
    _sync(
        Assignment,
        existing,
        wanted,
        lambda key, values: Assignment(task_id=key[0], agency_id=key[1], role=key[2], **values),
        stats,
    )
    stale = [assignment.pk for key, assignment in existing.items() if key not in wanted]
    if stale:
        stats["Assignment deleted"] += Assignment.objects.filter(pk__in=stale).delete()[0]


def _load_targets(nodes, stats):
    """Targets by task and position; none is deleted, since reported values may hang on it."""
    existing = {
        (target.task_id, target.position): target
        for target in Target.objects.filter(task__in=[node.task for node in nodes])
    }
    wanted = {}
    for node in nodes:
        for position, target in enumerate(node.data.get("targets", ()), start=1):
            wanted[(node.task.pk, position)] = {
                "description": target["description"],
                "unit": target["unit"],
                "comparison": target["comparison"],
                "target_value": Decimal(target["value"]),
                "due_year": target["due_year"],
                "original_text": target["original_text"],
            }
    _sync(Target, existing, wanted, lambda key, values: Target(task_id=key[0], position=key[1], **values), stats)


def _load_milestones(nodes, stats):
    """The milestones the timeframe reader found (004 II.5.b, II.5.c), replacing any it no longer finds."""
    existing = {
        (milestone.task_id, milestone.position): milestone
        for milestone in Milestone.objects.filter(task__in=[node.task for node in nodes])
    }
    wanted = {}
    for node in nodes:
        for position, (text, due_date) in enumerate(node.milestones, start=1):
            wanted[(node.task.pk, position)] = {"text": text, "due_date": due_date}
    _sync(
        Milestone,
        existing,
        wanted,
        lambda key, values: Milestone(task_id=key[0], position=key[1], **values),
        stats,
    )
    stale = [milestone.pk for key, milestone in existing.items() if key not in wanted]
    if stale:
        stats["Milestone deleted"] += Milestone.objects.filter(pk__in=stale).delete()[0]


def _load_accounts(matchers, stats):
    """Demo users with their membership; the password is set only for a user created now."""
    user_model = get_user_model()
    for account in accounts.ACCOUNTS:
        superuser = account.get("is_superuser", False)
        user, created = user_model.objects.get_or_create(username=account["username"])
        if created:
            user.set_password(accounts.DEMO_PASSWORD)
            stats["User created"] += 1
        wanted = {
            "first_name": account["full_name"],
            "email": f"{account['username']}@example.gov.vn",
            "is_staff": superuser,
            "is_superuser": superuser,
            "is_active": True,
        }
        if _assign_changes(user, wanted) or created:
            user.save()
            if not created:
                stats["User updated"] += 1
        agency = matchers[account["province"]][account["agency"]]
        _upsert(Membership, {"user": user, "agency": agency, "role": account["role"]}, {}, stats)


def _upsert(model, key, values, stats):
    """One row found by `key`: created with `values`, or saved only if one of them differs."""
    values = {name: value for name, value in values.items() if name not in key}
    instance = model.objects.filter(**key).first()
    if instance is None:
        stats[f"{model.__name__} created"] += 1
        return model.objects.create(**key, **values)
    if _assign_changes(instance, values):
        instance.save()
        stats[f"{model.__name__} updated"] += 1
    return instance


def _sync(model, existing, wanted, make, stats):
    """Rows by key: create what is missing (in bulk), update what differs (in bulk); return all rows by key."""
    rows, created, changed, fields = dict(existing), [], [], set()
    for key, values in wanted.items():
        instance = existing.get(key)
        if instance is None:
            instance = make(key, values)
            created.append(instance)
            rows[key] = instance
        else:
            differing = _assign_changes(instance, values)
            if differing:
                changed.append(instance)
                fields.update(differing)
    if created:
        model.objects.bulk_create(created)
        stats[f"{model.__name__} created"] += len(created)
    if changed:
        model.objects.bulk_update(changed, sorted(fields))
        stats[f"{model.__name__} updated"] += len(changed)
    return rows


def _assign_changes(instance, values):
    """Set the values that differ on `instance`; return the names of the fields changed."""
    changed = []
    for name, value in values.items():
        field = instance._meta.get_field(name)
        if isinstance(field, models.ForeignKey):
            current, wanted = getattr(instance, field.attname), value.pk if value is not None else None
            if current != wanted or (value is not None and wanted is None):
                changed.append(name)
                setattr(instance, name, value)
        elif getattr(instance, name) != value:
            changed.append(name)
            setattr(instance, name, value)
    return changed


def _date(text):
    return datetime.date.fromisoformat(text) if text else None


def _moment(text):
    """A local date and time written `YYYY-MM-DD HH:MM` in the data, as an aware datetime."""
    if not text:
        return None
    return timezone.make_aware(datetime.datetime.fromisoformat(text))
