"""The demo today: the 2025 reorganization replayed on the demo provinces (catalogue events, applied as of now).

From 01/3/2025 each department the catalogue ends hands its open work to its successors; from 01/7/2025 the
district committees and their group hand theirs to the group of communes, wards and special zones, and the provinces
Resolution 202/2025/QH15 merged into a demo province (mergers.json: Kon Tum into Quảng Ngãi, Bắc Kạn into Thái
Nguyên) hand theirs to it.
"""

import datetime
from collections import Counter

from agencies.catalogue import catalogue, province_mergers
from agencies.matching import AgencyMatcher
from agencies.models import Agency, Province
from agencies.names import loose_tokens
from agencies.services import create_agency, create_province

from . import services
from .models import Reorganization, ReorganizationKind

DISTRICTS_END = datetime.date(2025, 6, 30)


def replayed():
    """True once the demo's reorganization events are recorded (they are replayed once)."""
    return Reorganization.objects.exists()


def replay_2025(now=None):
    """Record and apply the 2025 events for each demo province the catalogue merges; once (a second run: nothing)."""
    stats = Counter()
    if replayed():
        return stats
    for merger in province_mergers():
        province = Province.objects.filter(name=merger.province).first()
        if province is None or not merger.absorbed:
            continue
        absorbed = []
        for name in merger.absorbed:
            other = Province.objects.filter(name=name).first()
            if other is None:
                other, _agencies = create_province(name, datetime.date(2025, 2, 1))
                stats["reorganization.Province"] += 1
            absorbed.append(other)
        for each in (province, *absorbed):
            _departments(each, now, stats)
            _local_level(each, now, stats)
        for other in absorbed:
            pairs, _unpaired = services.province_pairs(province, other)
            _apply(
                ReorganizationKind.PROVINCE_MERGER,
                province,
                merger.effective,
                merger.legal_basis,
                pairs,
                now,
                stats,
                absorbed_province=other,
            )
    return stats


def _apply(kind, province, effective, basis_key, pairs, now, stats, **details):
    data = catalogue()
    reorganization = services.record_reorganization(
        kind,
        province,
        effective,
        data.legal_number(basis_key),
        pairs,
        legal_basis_title=data.legal_bases.get(basis_key, {}).get("title", "")[:500],
        **details,
    )
    services.confirm(reorganization, now=now)
    stats["reorganization.Reorganization"] += 1
    stats["reorganization.Transfer"] += reorganization.transfers.count()


def _own(matcher, key):
    found = sorted(pk for pk in matcher.own_bodies(key))
    return Agency.objects.filter(pk__in=found, is_active=True).order_by("pk").first()


def _departments(province, now, stats):
    """Each department the catalogue ends with successors, to its successors (created when the province lacks one)."""
    by_successors = {}
    for body in catalogue().bodies:
        if body.successors and body.valid_until and body.valid_until < DISTRICTS_END and not body.is_group:
            by_successors.setdefault(body.successors, []).append(body)
    for successor_keys, bodies in by_successors.items():
        matcher = AgencyMatcher(province)
        predecessors = [agency for agency in (_own(matcher, body.key) for body in bodies) if agency is not None]
        if not predecessors:
            continue
        successors = []
        for key in successor_keys:
            agency = _own(matcher, key)
            if agency is None:
                body = catalogue().body(key)
                agency = Agency.objects.create(
                    province=province, name=body.name, kind=body.kind, valid_from=body.valid_from
                )
                stats["agencies.Agency"] += 1
            successors.append(agency)
        kind = ReorganizationKind.MERGER if len(successors) == 1 else ReorganizationKind.SPLIT
        pairs = [(predecessor, successor) for predecessor in predecessors for successor in successors]
        effective = bodies[0].valid_until + datetime.timedelta(days=1)
        _apply(kind, province, effective, bodies[0].legal_basis, pairs, now, stats)


def _local_level(province, now, stats):
    """The district committees and their group, to the group of communes, wards and special zones."""
    data = catalogue()
    matcher = AgencyMatcher(province)
    communes = _own(matcher, "ubnd-cap-xa")
    if communes is None:
        body = data.body("ubnd-cap-xa")
        communes = create_agency(province, body.name, body.kind, body.key)
        stats["agencies.Agency"] += 1
    groups = Agency.objects.filter(pk__in=matcher.own_bodies("ubnd-cap-huyen"), is_active=True)
    starts = [loose_tokens(prefix) for prefix in data.body("ubnd-cap-huyen").members.get("prefixes", ())]
    districts = [
        agency
        for agency in Agency.objects.filter(province=province, is_group=False, is_active=True)
        if any(loose_tokens(agency.name)[: len(start)] == start for start in starts)
    ]
    predecessors = [*groups, *districts]
    if predecessors:
        pairs = [(predecessor, communes) for predecessor in predecessors]
        body = data.body("ubnd-cap-huyen")
        _apply(
            ReorganizationKind.DISSOLUTION,
            province,
            body.valid_until + datetime.timedelta(days=1),
            body.legal_basis,
            pairs,
            now,
            stats,
        )
