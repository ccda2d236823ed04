"""A role head in an agency cell (`Chủ trì:`, `Phối hợp:`) holds for the names after it, across `;` and line breaks,
until another head says otherwise; a name's own mark (`(chủ trì)`) is its own. With and without diacritics."""

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.names import COORDINATING, LEAD
from agencies.services import create_agency
from agencies.splitting import split_roles
from agencies.tests.bodies import create_quang_ngai, without_diacritics


@pytest.fixture
def matcher(db):
    province = create_quang_ngai()
    body = catalogue().body("ubnd-cap-xa")
    create_agency(province, body.name, body.kind, catalogue_key=body.key)
    return AgencyMatcher(province)


L, C = LEAD, COORDINATING


@pytest.mark.parametrize(
    ("cell", "roles"),
    [
        (
            "Chủ trì: SCT\nPhối hợp: UBND các xã, phường;\nBan Quản lý Khu kinh tế tỉnh;\nCA tỉnh",
            [L, C, C, C],
        ),
        ("Chủ trì: Sở Công Thương; Phối hợp: Sở Tài chính; Sở Xây dựng; Công an tỉnh", [L, C, C, C]),
        ("Phối hợp:\nSở Tài chính;\nSở Xây dựng\nCông an tỉnh", [C, C, C]),
        ("Phối hợp: Sở Tài chính;\nSở Xây dựng;\nChủ trì: Sở Y tế;\nSở Tư pháp", [C, C, L, L]),
        # a name's own mark says otherwise for that name only
        ("Phối hợp: Sở Tài chính;\nSở Y tế (chủ trì);\nSở Xây dựng", [C, L, C]),
        # no head: the cell says nothing of the names' part
        ("Sở Tài chính;\nSở Xây dựng", [None, None]),
    ],
)
def test_a_role_head_holds_for_the_names_after_it_until_another_head(matcher, cell, roles):
    for written in (cell, without_diacritics(cell)):
        assert [role for _name, role in split_roles(written, matcher)] == roles, written
