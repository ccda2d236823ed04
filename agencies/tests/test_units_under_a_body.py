"""A department's unit the portal does not hold, written with the body it comes under in brackets or after `thuộc`
(`Chi cục Thủy lợi (Sở NN&PTNT)`, `Trung tâm Giống cây trồng thuộc Sở NN&MT`), is that body, the unit's name kept as
the qualifier, as `Thanh tra Sở …` is the department's; so is a catalogue unit the province does not hold written with a
body it holds (`TT Khuyến công thuộc SCT`); a unit the portal knows keeps its own reading, and a bracket
that names no body (`Sở Y tế (chủ trì)`) is read as before."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.splitting import cell_roles
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import ProvinceFactory, province_with_bodies

UNITS = [
    ("Chi cục Thủy lợi (Sở NN&PTNT)", "so-nong-nghiep-va-phat-trien-nong-thon", "Chi cục Thủy lợi"),
    ("Trung tâm Giống cây trồng thuộc Sở NN&MT", "so-nong-nghiep-va-moi-truong", "Trung tâm Giống cây trồng"),
    ("Phòng Quản lý đô thị (Sở Xây dựng)", "so-xay-dung", "Phòng Quản lý đô thị"),
    ("Đội Kiểm tra liên ngành trực thuộc Sở Y tế", "so-y-te", "Đội Kiểm tra liên ngành"),
    ("TT Dịch vụ đấu giá (Sở Tư pháp) chủ trì", "so-tu-phap", "TT Dịch vụ đấu giá"),
]


def proposed(match):
    return [body.key for body in match.proposals]


@pytest.mark.django_db
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("text", "key", "unit"), UNITS)
def test_an_unknown_unit_is_the_body_it_comes_under_with_its_name_kept(text, key, unit, plain):
    text, unit = (without_diacritics(text), without_diacritics(unit)) if plain else (text, unit)
    # a plan of 2024, when the departments the units come under were those of their names
    lacking = AgencyMatcher(ProvinceFactory(name="Long An", code="long-an"), datetime.date(2024, 5, 1))
    match = lacking.match(text)
    assert (match.agency, proposed(match), match.qualifier) == (None, [key], unit)

    holding = AgencyMatcher(
        province_with_bodies(
            "Bắc Ninh",
            "bac-ninh",
            {
                "Sở Nông nghiệp và Phát triển nông thôn": AgencyKind.DEPARTMENT,
                "Sở Nông nghiệp và Môi trường": AgencyKind.DEPARTMENT,
                "Sở Xây dựng": AgencyKind.DEPARTMENT,
                "Sở Y tế": AgencyKind.DEPARTMENT,
                "Sở Tư pháp": AgencyKind.DEPARTMENT,
            },
            [],
        )
    )
    held = holding.match(text)
    assert held.agency is not None and held.agency.pk in holding.own_bodies(key)
    assert held.qualifier == unit


@pytest.mark.django_db
def test_a_unit_the_portal_knows_and_a_bracket_of_no_body_keep_their_reading():
    holding = AgencyMatcher(
        province_with_bodies(
            "Bắc Ninh",
            "bac-ninh",
            {
                "Sở Công Thương": AgencyKind.DEPARTMENT,
                "Sở Y tế": AgencyKind.DEPARTMENT,
                "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp": AgencyKind.UNIT,
                "Công an tỉnh Bắc Ninh": AgencyKind.OTHER,
            },
            [],
        )
    )
    centre = holding.match("TT Khuyến công thuộc Sở Công Thương")
    assert centre.agency.name == "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp"
    assert centre.qualifier == ""
    police = holding.match("Công an tỉnh (Phòng PC06)")
    assert (police.agency.name, police.qualifier) == ("Công an tỉnh Bắc Ninh", "Phòng PC06")
    health = holding.match("Sở Y tế (chủ trì)")
    assert (health.agency.name, health.qualifier) == ("Sở Y tế", "")
    # a unit under a body no one knows, or words in brackets that are no body, stay for a person
    for text in ("Chi cục Thủy lợi (Sở Hải sản)", "Chi cục Thủy lợi (tỉnh)", "Phòng Kinh tế thuộc Hội đồng"):
        assert holding.match(text).agency is None, text
        assert not holding.match(text).proposals, text


CATALOGUE_UNITS = [
    ("Trung tâm Khuyến công thuộc Sở Công Thương", "Sở Công Thương", "Trung tâm Khuyến công"),
    ("TT Khuyến công thuộc SCT (phối hợp)", "Sở Công Thương", "TT Khuyến công"),
    ("TT KC (Sở Công Thương)", "Sở Công Thương", "TT KC"),
    ("Trung tâm Khuyến công trực thuộc Sở CT", "Sở Công Thương", "Trung tâm Khuyến công"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("text", "department", "unit"), CATALOGUE_UNITS)
def test_a_catalogue_unit_the_province_lacks_written_with_its_department_is_the_department(
    text, department, unit, plain
):
    text, unit = (without_diacritics(text), without_diacritics(unit)) if plain else (text, unit)
    bodies = {"Sở Công Thương": AgencyKind.DEPARTMENT, "Sở Y tế": AgencyKind.DEPARTMENT}
    lacking = AgencyMatcher(province_with_bodies("Hà Tĩnh", "ha-tinh", bodies, []))
    match = lacking.match(text)
    assert (match.agency.name, match.qualifier) == (department, unit)
    # written alone, the unit is still proposed for creation
    alone = lacking.match(unit)
    assert (alone.agency, proposed(alone)) == (None, ["trung-tam-khuyen-cong"])

    bodies["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Lạng Sơn"] = AgencyKind.UNIT
    holding = AgencyMatcher(province_with_bodies("Lạng Sơn", "lang-son", bodies, []))
    held = holding.match(text)
    assert (held.agency.name, held.qualifier) == ("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Lạng Sơn", "")


@pytest.mark.django_db
def test_a_catalogue_unit_written_with_a_department_the_province_lacks_is_still_proposed():
    lacking = AgencyMatcher(province_with_bodies("Hà Tĩnh", "ha-tinh", {"Sở Y tế": AgencyKind.DEPARTMENT}, []))
    match = lacking.match("Trung tâm Khuyến công thuộc Sở Công Thương")
    assert match.agency is None and "trung-tam-khuyen-cong" in proposed(match)


COMMITTEE_UNITS = [
    (
        "Phòng Tài nguyên và Môi trường thuộc UBND TX Vĩnh Châu",
        "Ủy ban nhân dân thị xã Vĩnh Châu",
        "Phòng Tài nguyên và Môi trường",
    ),
    ("Phòng Kinh tế (UBND huyện Mỹ Xuyên) phối hợp", "Ủy ban nhân dân huyện Mỹ Xuyên", "Phòng Kinh tế"),
]


@pytest.mark.django_db
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(("text", "committee", "unit"), COMMITTEE_UNITS)
def test_a_unit_of_a_local_committee_the_province_lacks_proposes_that_committee_by_its_place(
    text, committee, unit, plain
):
    text, unit = (without_diacritics(text), without_diacritics(unit)) if plain else (text, unit)
    matcher = AgencyMatcher(
        province_with_bodies("Sóc Trăng", "soc-trang", {"Sở Tài chính": AgencyKind.DEPARTMENT}, []),
        datetime.date(2024, 3, 1),
    )
    match = matcher.match(text)
    assert (match.agency, proposed(match), match.qualifier) == (None, ["ubnd-huyen"], unit)
    assert matcher.name_to_create(text, match.proposals[0]) == committee


@pytest.mark.django_db
@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(
    ("cell", "want"),
    [
        # the words after `thuộc` end at the unit's part: what follows names other bodies
        (
            "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp thuộc Sở Công Thương chủ trì, phối hợp với Sở Y tế",
            [("Sở Công Thương", "lead"), ("Sở Y tế", "coordinating")],
        ),
        (
            "Trung tâm Khuyến công thuộc Sở Công Thương (chủ trì)\nBan Quản lý các khu công nghiệp tỉnh",
            [("Sở Công Thương", "lead"), ("Ban Quản lý các khu công nghiệp tỉnh", "coordinating")],
        ),
        # a lead written before a coordinating unit under its body: the unit's name holds no part
        (
            "Sở Y tế chủ trì, phối hợp với Trung tâm Khuyến công thuộc Sở Công Thương, Ban Quản lý các khu công nghiệp"
            " tỉnh",
            [
                ("Sở Y tế", "lead"),
                ("Sở Công Thương", "coordinating"),
                ("Ban Quản lý các khu công nghiệp tỉnh", "coordinating"),
            ],
        ),
        (
            "Chi cục Thủy lợi chủ trì, phối hợp với Trung tâm Khuyến công thuộc Sở Công Thương",
            [(None, "lead"), ("Sở Công Thương", "coordinating")],
        ),
        (
            "Chi cục Thủy lợi thuộc Sở Nông nghiệp và PTNT\nBan Quản lý các khu công nghiệp tỉnh",
            [("Sở Nông nghiệp và Phát triển nông thôn", None), ("Ban Quản lý các khu công nghiệp tỉnh", None)],
        ),
    ],
)
def test_a_unit_under_its_body_does_not_swallow_the_names_after_it(cell, want, plain):
    bodies = {
        "Sở Công Thương": AgencyKind.DEPARTMENT,
        "Sở Y tế": AgencyKind.DEPARTMENT,
        "Sở Nông nghiệp và Phát triển nông thôn": AgencyKind.DEPARTMENT,
        "Ban Quản lý các khu công nghiệp tỉnh": AgencyKind.BOARD,
    }
    matcher = AgencyMatcher(province_with_bodies("Bình Phước", "binh-phuoc", bodies, []))
    cell = without_diacritics(cell) if plain else cell

    found = [(matcher.match(name), role) for name, role in cell_roles(cell, matcher)]

    assert [(match.agency and match.agency.name, role) for match, role in found] == want
