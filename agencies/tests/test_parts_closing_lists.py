"""Parts written to close lists of bodies, and a bracket giving the part and naming who coordinates (issue #12).

`Sở Tư pháp, Sở Y tế (chủ trì); Sở Nội vụ, Sở Xây dựng (phối hợp)`: a cell that writes both parts, its last name
with its own, is lists each closed by its part, so the unmarked names take the part after them. A single mark is
still its own name's (`Sở TT&TT, Sở KH&CN (chủ trì)`: the names before it coordinate). `Sở Nội vụ (chủ trì, phối hợp
với Sở Tư pháp)` names the coordinators inside the bracket. With and without diacritics, before and after 2025."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.names import COORDINATING, LEAD
from agencies.services import create_province
from agencies.splitting import cell_roles
from agencies.tests.bodies import without_diacritics

L, C = LEAD, COORDINATING


@pytest.fixture(params=[("Sóc Trăng", datetime.date(2024, 3, 1)), ("Đồng Tháp", datetime.date(2025, 10, 1))])
def matcher(db, request):
    province, _created = create_province(*request.param)
    return AgencyMatcher(province)


def read(cell, matcher):
    """(agency name, role) of each name of the cell, `None` for a name no agency answers."""
    found = []
    for name, role in cell_roles(cell, matcher):
        match = matcher.match(name)
        found.append((match.agency.name if match.agency else None, role))
    return found


@pytest.mark.parametrize(
    ("cell", "want"),
    [
        (
            "Sở Tư pháp, Sở Y tế (chủ trì); Sở Nội vụ, Sở Xây dựng (phối hợp)",
            [("Sở Tư pháp", L), ("Sở Y tế", L), ("Sở Nội vụ", C), ("Sở Xây dựng", C)],
        ),
        (
            "Sở Tư pháp;\nSở Y tế (chủ trì);\nSở Nội vụ (phối hợp)",
            [("Sở Tư pháp", L), ("Sở Y tế", L), ("Sở Nội vụ", C)],
        ),
        (
            "Sở Xây dựng, Sở Tài chính (phối hợp)\nSở Y tế (chủ trì)",
            [("Sở Xây dựng", C), ("Sở Tài chính", C), ("Sở Y tế", L)],
        ),
        ("Sở Tư pháp, Sở Y tế chủ trì; Sở Nội vụ phối hợp", [("Sở Tư pháp", L), ("Sở Y tế", L), ("Sở Nội vụ", C)]),
        # a single mark is its own name's, and names after the last mark are beside a lead
        ("Sở Tư pháp, Sở Y tế (chủ trì)", [("Sở Tư pháp", C), ("Sở Y tế", L)]),
        ("Sở Y tế (chủ trì), Sở Tư pháp, Sở Nội vụ", [("Sở Y tế", L), ("Sở Tư pháp", C), ("Sở Nội vụ", C)]),
        (
            "Sở Tư pháp, Sở Y tế (chủ trì); Sở Nội vụ (phối hợp), Sở Xây dựng",
            [("Sở Tư pháp", C), ("Sở Y tế", L), ("Sở Nội vụ", C), ("Sở Xây dựng", C)],
        ),
    ],
)
def test_parts_closing_lists_give_their_part_to_the_names_before_them(matcher, cell, want):
    for written in (cell, without_diacritics(cell)):
        assert read(written, matcher) == want, written


@pytest.mark.parametrize(
    ("cell", "want"),
    [
        ("Sở Nội vụ (chủ trì, phối hợp với Sở Tư pháp)", [("Sở Nội vụ", L), ("Sở Tư pháp", C)]),
        (
            "Sở Nội vụ (Chủ trì, phối hợp với Sở Tư pháp, Sở Y tế)",
            [("Sở Nội vụ", L), ("Sở Tư pháp", C), ("Sở Y tế", C)],
        ),
        (
            "Sở Công Thương (chủ trì; phối hợp: Sở Tài chính và Sở Xây dựng)",
            [("Sở Công Thương", L), ("Sở Tài chính", C), ("Sở Xây dựng", C)],
        ),
        ("Sở Công Thương (chủ trì phối hợp với Sở Tài chính)", [("Sở Công Thương", L), ("Sở Tài chính", C)]),
        # a bracket of the part alone on a cell's one name is as before: the cell's column says its part
        ("Sở Nội vụ (chủ trì)", [("Sở Nội vụ", None)]),
    ],
)
def test_a_bracket_giving_the_part_and_its_coordinators_names_them(matcher, cell, want):
    for written in (cell, without_diacritics(cell)):
        assert read(written, matcher) == want, written
