"""A role head in an agency cell (`Chủ trì:`, `Phối hợp:`) holds for the names after it, across `;` and line breaks,
until another head says otherwise; a name's own mark (`(chủ trì)`) is its own. With and without diacritics."""

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.names import COORDINATING, LEAD, without_role
from agencies.services import create_agency
from agencies.splitting import split_roles
from agencies.tests.bodies import create_quang_ngai, without_diacritics
from agencies.tests.factories import province_with_bodies


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


@pytest.mark.parametrize(
    ("cell", "name", "roles"),
    [
        ("Trường Cao đẳng Nghề Bình Đồng phối hợp", "Trường Cao đẳng Nghề Bình Đồng", [C]),
        ("Công ty TNHH Thanh Đồng (phối hợp)", "Công ty TNHH Thanh Đồng", [C]),
        ("Trường THPT Lê Quý Đôn, Trường THCS Trần Đông chủ trì", "Trường THCS Trần Đông", [None, L]),
        ("Trường Cao đẳng Cộng đồng chủ trì", "Trường Cao đẳng Cộng đồng", [L]),
        # `đồng` in lower case after a name, or where a cell starts, is the shared part
        ("Sở Tư pháp, Sở Y tế đồng chủ trì", "Sở Y tế", [None, L]),
        ("Sở Tư pháp, Sở Y tế (Đồng chủ trì)", "Sở Y tế", [None, L]),
    ],
)
def test_a_name_ending_in_dong_keeps_it_before_the_bodys_part(matcher, cell, name, roles):
    """A capitalised `Đồng` (`Đông`) after a capitalised word ends a person's or place's name; `đồng chủ trì` in lower
    case (and `(Đồng chủ trì)`, a mark of its own) says the body leads with others."""
    for written in (cell, without_diacritics(cell)):
        found = split_roles(written, matcher)

        assert [role for _name, role in found] == roles, written
        assert without_role(found[-1][0]) == (without_diacritics(name) if written != cell else name)


def test_a_held_body_named_with_dong_is_matched_with_its_part_written_after_it(db):
    province = province_with_bodies("Hà Giang", "ha-giang", {"Trường Cao đẳng Kỹ thuật Tây Đồng": AgencyKind.UNIT}, [])
    matcher = AgencyMatcher(province)

    for written in ("Trường Cao đẳng Kỹ thuật Tây Đồng phối hợp", "Truong Cao dang Ky thuat Tay Dong (chu tri)"):
        assert matcher.match(written).agency.name == "Trường Cao đẳng Kỹ thuật Tây Đồng", written
