"""A line of an agency cell that ends with its body's part (`UBND phường Cao Lãnh (chủ trì)`, `Sở Y tế chủ trì`) ends
that name: the next line is another name, never a place of the same kind (`UBND phường CA tỉnh`) nor the rest of the
name; a line wrapped mid-name with no part written goes on as before."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from agencies.matching import AgencyMatcher
from agencies.models import Province
from agencies.splitting import cell_roles
from agencies.tests.bodies import without_diacritics

CELLS = [
    (
        "UBND phường Cao Lãnh (chủ trì)\nCA tỉnh (phối hợp)",
        [("Ủy ban nhân dân phường Cao Lãnh", "lead"), ("Công an tỉnh", "coordinating")],
    ),
    (
        "UBND xã Mỹ Thọ chủ trì\nBộ CHQS tỉnh phối hợp",
        [("Ủy ban nhân dân xã Mỹ Thọ", "lead"), ("Bộ Chỉ huy Quân sự tỉnh", "coordinating")],
    ),
    (
        "UBND phường Sa Đéc (chủ trì)\nCA tỉnh\nSở Y tế (phối hợp)",
        [("Ủy ban nhân dân phường Sa Đéc", "lead"), ("Công an tỉnh", "coordinating"), ("Sở Y tế", "coordinating")],
    ),
]


@pytest.fixture
def matcher(db):
    call_command("create_province", "Đồng Tháp", "--as-of", "10/11/2025", stdout=StringIO())
    return AgencyMatcher(Province.objects.get(name="Đồng Tháp"), datetime.date(2025, 11, 10))


def named(matcher, name):
    found = matcher.match(name)
    if found.agency is not None:
        return found.agency.name
    (body,) = found.proposals
    return matcher.name_to_create(name, body)


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("cell", "wanted"), CELLS)
def test_a_line_ending_with_its_part_ends_the_name(matcher, cell, wanted, plain):
    cell = without_diacritics(cell) if plain else cell
    found = [(named(matcher, name), role) for name, role in cell_roles(cell, matcher)]
    assert [(without_diacritics(name), role) for name, role in found] == [
        (without_diacritics(name), role) for name, role in wanted
    ]


def test_a_name_wrapped_without_its_part_goes_on(matcher):
    found = cell_roles("Sở Nông nghiệp và\nMôi trường (chủ trì)", matcher)
    # one name: the cell's bracket is its part, read by the column (`cell_roles`)
    assert [matcher.match(name).agency.name for name, _role in found] == ["Sở Nông nghiệp và Môi trường"]
