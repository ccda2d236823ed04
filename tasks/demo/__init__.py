"""Load the five seed documents, the agencies they name and one demo account per role (`manage.py load_demo`).

The directives and their tasks come from the seed documents (`seeds/`), imported as a person imports a document
on the web: read by the intake, corrected as the seed's overrides say, written by the import's commit
(`tasks/demo/seeds.py`). Beside them this module writes the agencies and accounts (`agencies.py`, `accounts.py`)
and what no directive's text holds as the import reads it (`attached.py`: the directives' notes, the demo's
reporting schedules, 003's growth targets), attached by code to the directives and tasks the import gave. Every
row is found again by a natural key (province + name for agencies, the import's file for directives, directive +
code for tasks), and a row is written only when a value differs: running the loader twice adds nothing and changes
nothing.
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
from tasks.models import ReportingSchedule, Target, directive_rows

from . import accounts, agencies, attached
from .seeds import NUMBERS, DemoDataError, import_seed, seed_overrides

ROLES = ("lead", "co_lead", "executing", "coordinating")
# The data names agencies as documents do; an OCR-like or approximate match would be a typo in it.
EXACT_MATCHES = ("name", "short_name", "alias")


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
        for number in NUMBERS:
            directive, imported = import_seed(number)
            stats["Directive imported"] += imported
            _attach(number, directive, matchers[directive.province.code], stats)
        _load_accounts(matchers, stats)
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


def _attach(number, directive, names, stats):
    """What the demo holds beside the imported text: the directive's note, its schedules, 003's targets."""
    note = seed_overrides(number).get("directive", {}).get("note", "")
    if directive.note != note:
        directive.note = note
        directive.save(update_fields=["note", "updated_at"])
        stats["Directive updated"] += 1
    for schedule in attached.SCHEDULES.get(number, ()):
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
    targets = attached.TARGETS.get(number, {})
    if targets:
        tasks = {task.code: task for task in directive.tasks.filter(code__in=targets)}
        missing = sorted(set(targets) - set(tasks))
        if missing:
            raise DemoDataError(f"Seed {number:03d} gives no task {', '.join(missing)} for the demo's targets.")
        with tracking(*directive_rows(directive)):
            _load_targets(tasks, targets, stats)


def _load_targets(tasks, targets, stats):
    """Targets by task and position; none is deleted, since reported values may hang on it."""
    existing = {(target.task_id, target.position): target for target in Target.objects.filter(task__in=tasks.values())}
    wanted = {}
    for code, entries in targets.items():
        for position, target in enumerate(entries, start=1):
            wanted[(tasks[code].pk, position)] = {
                "description": target["description"],
                "unit": target["unit"],
                "comparison": target["comparison"],
                "target_value": Decimal(target["value"]),
                "due_year": target["due_year"],
                "original_text": target["original_text"],
            }
    _sync(Target, existing, wanted, lambda key, values: Target(task_id=key[0], position=key[1], **values), stats)


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


def _moment(text):
    """A local date and time written `YYYY-MM-DD HH:MM` in the data, as an aware datetime."""
    if not text:
        return None
    return timezone.make_aware(datetime.datetime.fromisoformat(text))
