"""Which tasks a dashboard counts: the provinces a user may open, the tasks they may see, and the task
list's own filters applied to them (so every number drills down to a task list)."""

from django.db.models import F, Value
from django.db.models.functions import Coalesce, NullIf

from agencies.models import Agency, Province
from agencies.permissions import AGENCY_ROLES
from tasks.filtersets import TaskFilterSet
from tasks.models import Sector, Task

# Query-string keys that are not task filters: the dashboard's own choices, kept out of drill-down links.
DASHBOARD_ONLY_PARAMS = ("period", "page", "sort", "periods", "directives", "format")


def provinces_for(access):
    """Provinces whose dashboard the user may open (any membership gives a scoped view of its province)."""
    provinces = Province.objects.order_by("name")
    return list(provinces if access.is_superuser else provinces.filter(pk__in=access.member_province_ids))


def visible_tasks(access, province):
    """The province's tasks the user may see (`visible_to`, the rule the task list applies): the same set the task
    list gives them with `province=<id>`."""
    return Task.objects.assignable().visible_to(access, province)


def own_agency(access, province):
    """The agency whose tasks are the province's tasks the reader sees (`visible_tasks`: `visible_to`'s rule), for a
    reader who does not read the whole province and is staff or head of one agency; else None. Its dashboard,
    unfiltered, sums that agency's stored counts (`stored_breakdowns`); a reader of several agencies sees a task two
    of them share once, so their tasks are counted."""
    if access.reads_whole_province(province.pk):
        return None
    agencies = access.agency_ids_in(*AGENCY_ROLES)
    return next(iter(agencies)) if len(agencies) == 1 else None


def stored_scope(access, province, filterset):
    """(agency id or None, statuses or None) when the filtered tasks are exactly those the stored counts count
    (`stored_breakdowns`): the whole province's, or one agency's (the agency filter's for a reader of the whole
    province, else the reader's own agency, `own_agency`), narrowed by status alone; else None: any other filter,
    or a reader of several agencies, counts the tasks."""
    if narrows(filterset, ignore=("agency", "status")):
        return None
    chosen, statuses = filterset.form.cleaned_data.get("agency"), filterset.form.cleaned_data.get("status") or None
    if access.reads_whole_province(province.pk):
        return (None if chosen is None else chosen.pk), statuses
    own = own_agency(access, province)
    return None if own is None or chosen is not None else (own, statuses)


def filtered_tasks(access, province, data):
    """Apply the task list's filterset to the visible tasks; return (filterset, annotated queryset)."""
    params = data.copy()
    for key in ("province", *DASHBOARD_ONLY_PARAMS):
        params.pop(key, None)
    filterset = TaskFilterSet(params, queryset=visible_tasks(access, province).with_effective_due(), access=access)
    return filterset, filterset.qs


def narrows(filterset, ignore=()):
    """True when the filterset (its filters but those in `ignore`) selects fewer than all the tasks it was given."""
    return any(value not in (None, "", []) for key, value in filterset.form.cleaned_data.items() if key not in ignore)


def sector_only(filterset, whole_province):
    """The sector when it is the filterset's only filter over the whole province's tasks (a reader of the whole
    province), else None: then the tasks are exactly the sector's, and its obligations' counts stored per sector
    (`obligation_counts`) count for them. "No sector" and any other filter besides count the tasks' obligations."""
    sector = filterset.form.cleaned_data.get("sector")
    if whole_province and isinstance(sector, Sector) and not narrows(filterset, ignore=("sector",)):
        return sector
    return None


class AgencyLabels:
    """Agencies' labels (`agency_label`) for counts grouped by agency id first, shared by a page's counts: the
    province's agencies read once, when first asked for; any other agency asked for costs one more query."""

    def __init__(self, province):
        self.province = province
        self.known = None

    def __call__(self, agency_ids):
        """{agency id: label} for these agencies."""
        if self.known is None:
            self.known = self._read(Agency.objects.filter(province=self.province))
        missing = [pk for pk in agency_ids if pk not in self.known]
        if missing:
            self.known.update(self._read(Agency.objects.filter(pk__in=missing)))
        return {pk: self.known[pk] for pk in agency_ids}

    @staticmethod
    def _read(agencies):
        return dict(agencies.values_list("pk", agency_label("")))


def agency_label(path="agency"):
    """An agency's short name, else its name, across the relation `path` ("" for the agency itself)."""
    prefix = f"{path}__" if path else ""
    return Coalesce(NullIf(F(f"{prefix}short_name"), Value("")), F(f"{prefix}name"))
