"""Short forms and group words clerks type in office workbooks for bodies every province has: the civil-defence
command (`BCH PTDS tỉnh`, its office, the communes' commands), the military command (`Bộ CHQS tỉnh`), the merged
press body (`Báo và PTTH <tỉnh>`), groups written without `Các` or with other kind words (`Cơ quan liên quan`,
`các đơn vị truyền thông`, `các đơn vị điện lực`). Tried in other provinces than the one the forms came from, with
and without diacritics; a province lacking the body gets it proposed from the catalogue, never created."""

import pytest

from agencies.catalogue import catalogue
from agencies.matching import AgencyMatcher
from agencies.models import AgencyKind
from agencies.services import create_agency
from agencies.splitting import split_known
from agencies.tests.bodies import without_diacritics
from agencies.tests.factories import AgencyFactory, ProvinceFactory

GROUPS = (
    "cac-co-quan-don-vi",
    "cac-co-quan-to-chuc",
    "cac-co-quan-dia-phuong",
    "cac-don-vi",
    "cac-co-quan-bao-chi",
    "cac-don-vi-dien-luc",
    "ban-chi-huy-phong-thu-dan-su-cap-xa",
)
FORMS = [
    ("Cơ quan, địa phương liên quan", "cac-co-quan-dia-phuong"),
    ("Cơ quan liên quan", "cac-co-quan-don-vi"),
    ("cơ quan, đơn vị liên quan", "cac-co-quan-don-vi"),
    ("các cơ quan, tổ chức, cá nhân có liên quan", "cac-co-quan-to-chuc"),
    ("Cơ quan, tổ chức, cá nhân liên quan", "cac-co-quan-to-chuc"),
    ("các đơn vị truyền thông", "cac-co-quan-bao-chi"),
    ("Các cơ quan thông tin, truyền thông", "cac-co-quan-bao-chi"),
    ("các cơ quan thông tin, truyền thông của tỉnh", "cac-co-quan-bao-chi"),
    ("các đơn vị điện lực", "cac-don-vi-dien-luc"),
    ("Các đơn vị điện lực trên địa bàn tỉnh", "cac-don-vi-dien-luc"),
    ("Các đơn vị liên quan", "cac-don-vi"),  # still the plain group
    ("BCH PTDS cấp xã", "ban-chi-huy-phong-thu-dan-su-cap-xa"),
    ("Ban CH PTDS cấp xã", "ban-chi-huy-phong-thu-dan-su-cap-xa"),
]
BODIES = {
    "Bộ Chỉ huy Quân sự tỉnh Nghệ An": "bo-chi-huy-quan-su-tinh",
    "Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An": "ban-chi-huy-phong-thu-dan-su-tinh",
    "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An": "van-phong-ban-chi-huy-phong-thu-dan-su-tinh",
    "Báo và Phát thanh, Truyền hình Nghệ An": "bao-va-phat-thanh-truyen-hinh",
    "Công an tỉnh Nghệ An": "cong-an-tinh",
    "Công ty Điện lực Nghệ An": "cong-ty-dien-luc",
}
SHORT = [
    ("Bộ CHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh Nghệ An"),
    ("BCH QS tỉnh", "Bộ Chỉ huy Quân sự tỉnh Nghệ An"),
    ("BCH PTDS tỉnh", "Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An"),
    ("BCHPTDS tỉnh", "Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An"),
    ("VP BCH PTDS tỉnh", "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An"),
    ("Văn phòng BCH PTDS tỉnh", "Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An"),
    ("Báo và PTTH tỉnh", "Báo và Phát thanh, Truyền hình Nghệ An"),
    ("Báo và PTTH Nghệ An", "Báo và Phát thanh, Truyền hình Nghệ An"),
    ("CA tỉnh", "Công an tỉnh Nghệ An"),
]


@pytest.fixture
def nghe_an(db):
    province = ProvinceFactory(name="Nghệ An", code="nghe-an")
    for name in BODIES:
        AgencyFactory(name=name, kind=AgencyKind.OTHER, province=province)
    return province


@pytest.fixture
def matcher(nghe_an):
    for key in GROUPS:
        body = catalogue().body(key)
        create_agency(nghe_an, body.name, body.kind, catalogue_key=key)
    return AgencyMatcher(nghe_an)


@pytest.mark.parametrize("plain", [False, True], ids=["vi", "no-diacritics"])
@pytest.mark.parametrize(("text", "key"), FORMS)
def test_a_group_as_clerks_write_it_is_the_catalogue_group(matcher, text, key, plain):
    written = without_diacritics(text) if plain else text
    found = matcher.match(written)

    assert found.agency is not None and found.agency.name == catalogue().body(key).name
    assert found.qualifier == ""
    assert split_known(written, matcher) == [written]  # one group, not cut at its commas


@pytest.mark.parametrize("plain", [False, True], ids=["vi", "no-diacritics"])
@pytest.mark.parametrize(("text", "name"), SHORT)
def test_a_short_form_is_the_provinces_own_body(matcher, text, name, plain):
    found = matcher.match(without_diacritics(text) if plain else text)

    assert found.agency is not None and found.agency.name == name
    assert found.method != "ocr"


@pytest.mark.parametrize("plain", [False, True], ids=["vi", "no-diacritics"])
@pytest.mark.parametrize(("text", "key"), [*FORMS, *((text, BODIES[name]) for text, name in SHORT)])
def test_a_province_without_the_body_is_offered_the_catalogue_one_never_given_another(db, text, key, plain):
    province = ProvinceFactory(name="Hà Tĩnh", code="ha-tinh")
    AgencyFactory(name="Sở Y tế", kind=AgencyKind.DEPARTMENT, province=province)

    text = text.replace("Nghệ An", "Hà Tĩnh")
    found = AgencyMatcher(province).match(without_diacritics(text) if plain else text)

    assert found.agency is None
    assert [body.key for body in found.proposals] == [key]


def test_a_body_named_with_another_provinces_name_is_not_offered(db):
    province = ProvinceFactory(name="Hà Tĩnh", code="ha-tinh")

    found = AgencyMatcher(province).match("Báo và PTTH Nghệ An")

    assert found.agency is None and not found.proposals


def test_electricity_units_and_the_civil_defence_command_are_cut_from_a_list(matcher):
    cell = "BCH PTDS tỉnh, Công an tỉnh, các đơn vị điện lực, các cơ quan thông tin, truyền thông"

    names = split_known(cell, matcher)

    assert names == ["BCH PTDS tỉnh", "Công an tỉnh", "các đơn vị điện lực", "các cơ quan thông tin, truyền thông"]
    assert [matcher.match(name).agency.name for name in names] == [
        "Ban Chỉ huy Phòng thủ dân sự tỉnh Nghệ An",
        "Công an tỉnh Nghệ An",
        "Các đơn vị điện lực",
        "Các cơ quan báo chí",
    ]


@pytest.mark.parametrize("plain", [False, True], ids=["vi", "no-diacritics"])
@pytest.mark.parametrize("text", ["Điện lực Nghệ An", "Điện lực tỉnh", "Công ty Điện lực tỉnh"])
def test_the_power_company_is_not_the_group_of_electricity_units(matcher, text, plain):
    found = matcher.match(without_diacritics(text) if plain else text)

    assert found.agency is not None and found.agency.name == "Công ty Điện lực Nghệ An"


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thanh tra Sở Giao thông vận tải", "Sở Giao thông vận tải"),
        ("Thanh tra Sở GTVT", "Sở Giao thông vận tải"),
        ("Văn phòng Sở Y tế", "Sở Y tế"),
    ],
)
def test_a_departments_inspectorate_or_office_is_the_department_not_the_provinces_inspectorate(db, text, name, plain):
    """`Thanh tra Sở GTVT` is the department's own inspectorate, a unit of it: the task is the department's, one
    name, never Thanh tra tỉnh beside the department."""
    province = ProvinceFactory(name="Trà Vinh", code="tra-vinh")
    for body in ("Thanh tra tỉnh", "Sở Giao thông vận tải", "Sở Y tế", "Công an tỉnh"):
        AgencyFactory(province=province, name=body, kind=AgencyKind.DEPARTMENT)
    matcher = AgencyMatcher(province)
    written = without_diacritics(text) if plain else text

    assert matcher.match(written).agency.name == name
    assert split_known(f"{written}, Công an tỉnh", matcher) == [written, "Công an tỉnh"]
