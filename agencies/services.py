"""Domain actions on agencies: creating one a person confirmed, from the national catalogue when it is there."""

from django.db import transaction

from .catalogue import catalogue
from .matching import AgencyMatcher
from .models import Agency
from .names import loose_tokens


def catalogue_body(key):
    """The catalogue body with this key, or None for an unknown or empty key."""
    return next((body for body in catalogue().bodies if body.key == key), None) if key else None


@transaction.atomic
def create_agency(province, name, kind, catalogue_key=""):
    """Create an agency of the province; a catalogue group gets the province's agencies its rule names as members."""
    body = catalogue_body(catalogue_key)
    agency = Agency.objects.create(province=province, name=name, kind=kind, is_group=bool(body and body.is_group))
    if agency.is_group:
        agency.members.set(group_members(province, body))
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
