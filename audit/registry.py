"""Which tables the change log follows, which of their columns, and whose history each row belongs to.

Followed: every table people or imports write (agencies, directives, tasks and what hangs off them, periods,
reports and what hangs off them, notification preferences). Not followed: rows that are themselves a record of
what happened (the workflow's `HistoryEvent`, reminders and their e-mails) and figures computed from the others
(the stored report obligations). Columns left out are derived (search keys, timestamps the ORM sets, the report's
version counter) or bulky (an import's preview).
"""

from auditlog.registry import auditlog
from django.apps import apps

DERIVED = ["search_key", "created_at", "updated_at"]

# model label: (columns left out, the foreign key naming the object whose history holds the row, or None)
FOLLOWED = {
    "agencies.Province": ([], None),
    "agencies.Agency": (["search_key"], None),
    "agencies.AgencyAlias": (["search_key"], "agency"),
    "agencies.Membership": ([], "agency"),
    "tasks.Directive": (DERIVED, None),
    "tasks.DirectiveLink": ([], "source"),
    "tasks.ReportingSchedule": ([], "directive"),
    "tasks.Sector": ([], None),
    "tasks.Task": ([*DERIVED, "depth", "status", "status_changes_at"], None),
    "tasks.Assignment": ([], "task"),
    "tasks.Milestone": ([], "task"),
    "tasks.Target": ([], "task"),
    "tasks.ImportJob": (["file", "sha256", "rows_read", "rows_total", "preview", "created_at"], "directive"),
    "reports.ReportingPeriod": ([], "directive"),
    "reports.ProgressReport": ([*DERIVED, "version"], None),
    "reports.TargetValue": ([], "report"),
    "reports.Attachment": ([], "report"),
    "reports.ExtensionRequest": ([], "task"),
    "reports.Direction": ([], "task"),
    "notifications.Preference": ([], None),
}
M2M = {"agencies.Agency": {"members"}}


def register_all():
    for label in FOLLOWED:
        model = apps.get_model(label)
        # Listed, not excluded: auditlog would otherwise record reverse relations as fields of a new row.
        auditlog.register(model, include_fields=followed_fields(model), m2m_fields=M2M.get(label, set()))


def followed_fields(model):
    excluded = set(FOLLOWED[model._meta.label][0])
    return [field.name for field in model._meta.concrete_fields if not field.primary_key and field.name not in excluded]


def owner_of(instance):
    """(model, pk) of the object whose history shows changes to `instance`: itself, or the row it hangs off."""
    rule = FOLLOWED.get(instance._meta.label)
    if rule is None:
        return None
    fk = rule[1]
    if fk is not None:
        owner_id = getattr(instance, instance._meta.get_field(fk).attname)
        if owner_id is not None:
            return instance._meta.get_field(fk).related_model, owner_id
    return instance._meta.concrete_model, instance.pk
