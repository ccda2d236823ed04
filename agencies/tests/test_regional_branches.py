"""The regional (khu vực) and border-gate branches that replaced the provincial bodies of central agencies in 2025,
as offices write them (`Kho bạc Nhà nước khu vực XX`, `KBNN khu vực XVII`, `Chi cục Hải quan khu vực VIII`, `Hải quan
cửa khẩu cảng Hòn Gai`, `Ngân hàng Nhà nước khu vực 15`), with or without diacritics: each is one body named by its
region or gate, as a place's committee is named by its place. A province lacking it is proposed it under the name as
written, short forms written out; one holding it gets it, and no other region's branch, its own or another province's,
ever answers."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.models import Agency, AgencyKind
from agencies.services import create_province, new_body
from agencies.tests.bodies import without_diacritics

# (written, catalogue body, the name it is created under; without diacritics, a gate's name stays as written)
BRANCHES = [
    ("Kho bạc Nhà nước khu vực XX", "kho-bac-nha-nuoc-khu-vuc", "Kho bạc Nhà nước khu vực XX"),
    ("KBNN khu vực XVII", "kho-bac-nha-nuoc-khu-vuc", "Kho bạc Nhà nước khu vực XVII"),
    ("Chi cục Hải quan khu vực VIII", "hai-quan-khu-vuc", "Chi cục Hải quan khu vực VIII"),
    ("Hải quan cửa khẩu cảng Vạn Gia", "hai-quan-khu-vuc", "Hải quan cửa khẩu cảng {Vạn} Gia"),
    ("Chi cục Hải quan cửa khẩu cảng Vạn Gia", "hai-quan-khu-vuc", "Chi cục Hải quan cửa khẩu cảng {Vạn} Gia"),
    ("Ngân hàng Nhà nước khu vực 15", "ngan-hang-nha-nuoc-khu-vuc", "Ngân hàng Nhà nước khu vực 15"),
    ("NHNN chi nhánh khu vực 15", "ngan-hang-nha-nuoc-khu-vuc", "Ngân hàng Nhà nước chi nhánh khu vực 15"),
]


@pytest.fixture(params=["Sơn La", "Quảng Ninh"])
def lacking(db, request):
    province, _agencies = create_province(request.param, datetime.date(2025, 9, 1))
    return province


@pytest.mark.parametrize(("written", "key", "name"), BRANCHES)
@pytest.mark.parametrize("plain", [False, True])
def test_a_branch_the_province_lacks_is_proposed_under_its_written_name(lacking, written, key, name, plain):
    matcher = AgencyMatcher(lacking)
    written = without_diacritics(written) if plain else written
    found = matcher.match(written)

    assert (found.agency, [body.key for body in found.proposals]) == (None, [key])
    assert matcher.name_to_create(written, found.proposals[0]) == name.format(Vạn="Van" if plain else "Vạn")


def test_two_branches_of_one_kind_are_two_bodies_to_create():
    assert new_body("kho-bac-nha-nuoc-khu-vuc", "Kho bạc Nhà nước khu vực XX") != new_body(
        "kho-bac-nha-nuoc-khu-vuc", "Kho bạc Nhà nước khu vực XVII"
    )


@pytest.mark.parametrize("plain", [False, True])
def test_a_province_holding_a_branch_gets_it_and_no_other_branch_answers(lacking, plain):
    spell = without_diacritics if plain else (lambda text: text)
    held = Agency.objects.create(province=lacking, name="Kho bạc Nhà nước khu vực XVII", kind=AgencyKind.OTHER)
    matcher = AgencyMatcher(lacking)

    assert matcher.match(spell("KBNN khu vực XVII")).agency == held
    assert matcher.match(spell("Kho bạc Nhà nước khu vực XVII")).agency == held
    # the province's treasury, however short
    assert matcher.match("KBNN").agency == held
    other = matcher.match(spell("Kho bạc Nhà nước khu vực XX"))
    assert (other.agency, [body.key for body in other.proposals]) == (None, ["kho-bac-nha-nuoc-khu-vuc"])


def test_another_provinces_branch_is_never_this_provinces(db):
    son_la, _agencies = create_province("Sơn La", datetime.date(2025, 9, 1))
    Agency.objects.create(province=son_la, name="Kho bạc Nhà nước khu vực XVII", kind=AgencyKind.OTHER)
    Agency.objects.create(province=son_la, name="Hải quan cửa khẩu cảng Hòn Gai", kind=AgencyKind.OTHER)
    quang_ninh, _agencies = create_province("Quảng Ninh", datetime.date(2025, 9, 1))
    matcher = AgencyMatcher(quang_ninh)

    for written in ("KBNN khu vực XVII", "Hải quan cửa khẩu cảng Hòn Gai"):
        found = matcher.match(written)
        assert found.agency is None and len(found.proposals) == 1, written
        assert matcher.name_to_create(written, found.proposals[0]).endswith(written.split()[-1])
