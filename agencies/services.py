"""Domain actions on agencies: creating one a person confirmed, from the national catalogue when it is there."""

from django.db import transaction

from .catalogue import catalogue
from .matching import AgencyMatcher, remember_alias
from .models import Agency, AgencyKind, Province
from .names import loose_tokens, without_role
from .normalize import search_key

# The bodies every province has, created by create_province: its People's Committee, office and departments.
STANDARD_KINDS = (AgencyKind.PEOPLES_COMMITTEE, AgencyKind.OFFICE, AgencyKind.DEPARTMENT)
# The groups documents assign to: the departments, and the local level of the day (districts until 30/6/2025).
STANDARD_GROUPS = ("cac-so-ban-nganh", "ubnd-cap-huyen", "ubnd-cap-xa")


class ProvinceExists(ValueError):
    pass


def catalogue_body(key):
    """The catalogue body with this key, or None for an unknown or empty key."""
    return next((body for body in catalogue().bodies if body.key == key), None) if key else None


def new_body(catalogue_key, name):
    """Which new agency a catalogue body created under `name` is: one per catalogue body (`CA tỉnh` and `Công an
    tỉnh` are one Công an tỉnh), and one per name for a body a province has one of per place (`Ủy ban nhân dân huyện
    Văn Lâm` and `Ủy ban nhân dân thị xã Mỹ Hào` are two)."""
    body = catalogue_body(catalogue_key)
    return catalogue_key, search_key(name) if body is not None and body.per_place else ""


def own_name(province, body):
    """The name the province's own body of this catalogue kind gets: the catalogue's `own_name` with the province's
    name (`Ủy ban nhân dân tỉnh Kon Tum`, `Báo Long An`), else the catalogue's name."""
    return body.name_in(province.name)


@transaction.atomic
def create_agency(province, name, kind, catalogue_key="", written=()):
    """Create an agency of the province; a catalogue group gets the province's agencies its rule names as members.

    `written`: the names an import's file gives it, each kept as an alias of the province where it differs from
    the name (so the next import matches them exactly), without the words giving its part (`… chủ trì`)."""
    body = catalogue_body(catalogue_key)
    agency = Agency.objects.create(province=province, name=name, kind=kind, is_group=bool(body and body.is_group))
    if agency.is_group:
        agency.members.set(group_members(province, body))
    for text in map(without_role, written):
        if search_key(text) != search_key(name):
            remember_alias(agency, text, province)
    return agency


def group_members(province, body):
    """The province's agencies a catalogue group stands for: by kind, by how their names start, or by body."""
    rule = body.members
    matcher = AgencyMatcher(province)
    wanted = set().union(*(matcher.own_bodies(key) for key in rule.get("bodies", ())))
    starts = [loose_tokens(prefix) for prefix in rule.get("prefixes", ())]
    kinds = set(rule.get("kinds", ()))
    members = []
    for agency in Agency.objects.filter(province=province, is_group=False, is_active=True):
        tokens = loose_tokens(agency.name)
        if agency.pk in wanted or agency.kind in kinds or any(tokens[: len(start)] == start for start in starts):
            members.append(agency)
    return members


@transaction.atomic
def create_province(name, as_of):
    """A province with the standard bodies and groups the catalogue lists for `as_of`; returns it and its agencies."""
    name = " ".join(name.split())
    code = "-".join(search_key(name).split())
    if not code or Province.objects.filter(code=code).exists():
        raise ProvinceExists(name)
    province = Province.objects.create(name=name, code=code)
    created = []
    for body in catalogue().bodies:
        if body.is_group or body.kind not in STANDARD_KINDS or not body.everywhere or not body.valid_on(as_of):
            continue
        created.append(
            Agency.objects.create(
                province=province,
                name=own_name(province, body),
                kind=body.kind,
                valid_from=body.valid_from,
                valid_until=body.valid_until,
            )
        )
    for key in STANDARD_GROUPS:
        body = catalogue().body(key)
        if body.valid_on(as_of):
            created.append(create_agency(province, own_name(province, body), body.kind, key))
    return province, created
