"""Three readings a name's first words decide: `Sở CT` in Cần Thơ is Sở Công Thương (the city's initials after `Sở`
are the department's own); a ministry (`Bộ Công Thương`) is never an OCR reading of a province's department; and
`Các địa phương` written with its marks starts a name of its own, ending a colon list before it."""

import datetime

import pytest

from agencies.management.commands.create_province import create_province
from agencies.matching import AgencyMatcher, starts_name
from agencies.splitting import cell_roles
from agencies.tests.bodies import without_diacritics


@pytest.fixture
def can_tho(db):
    day = datetime.date(2023, 3, 1)
    province, _agencies = create_province("Cần Thơ", day)
    return AgencyMatcher(province, day)


@pytest.fixture
def binh_phuoc(db):
    day = datetime.date(2024, 3, 1)
    province, _agencies = create_province("Bình Phước", day)
    return AgencyMatcher(province, day)


@pytest.mark.parametrize("written", ["Sở CT", "So CT", "Sở CT (chủ trì)", "Sở CT thành phố"])
def test_the_departments_initials_in_the_city_they_spell_are_the_department(can_tho, written):
    assert can_tho.match(written).agency.name == "Sở Công Thương"


@pytest.mark.parametrize(
    ("written", "body"), [("UBND CT", "Ủy ban nhân dân thành phố Cần Thơ"), ("Sở TP", "Sở Tư pháp")]
)
def test_the_citys_initials_after_other_words_are_still_where_the_body_is(can_tho, written, body):
    assert can_tho.match(written).agency.name == body


@pytest.mark.parametrize("written", ["Bộ Công Thương", "Bo Cong Thuong", "Bộ Tài chính", "Bộ Y tế"])
def test_a_ministry_is_never_read_as_the_provinces_department(binh_phuoc, written):
    found = binh_phuoc.match(written)

    assert (found.agency, found.candidates) == (None, [])


def test_a_damaged_department_is_still_read_as_it(binh_phuoc):
    found = binh_phuoc.match("S0 Cong Thuong")

    assert found.agency.name == "Sở Công Thương"


@pytest.mark.parametrize("written", ["Các địa phương", "các địa phương liên quan", "Cac dia phuong"])
def test_the_localities_start_a_name(written):
    assert starts_name(written)


@pytest.mark.parametrize("written", ["Các phương tiện", "Các phưởng"])
def test_a_word_folding_like_a_ward_is_not_one(written):
    assert not starts_name(written)


@pytest.mark.parametrize("plain", [False, True])
@pytest.mark.parametrize(
    ("cell", "last"),
    [
        ("các Sở: Y tế, Nội vụ, Các địa phương", "Các địa phương"),
        ("Các Sở: Công Thương, Tài chính, các địa phương liên quan", "các địa phương liên quan"),
    ],
)
def test_a_colon_list_ends_before_the_localities(binh_phuoc, cell, last, plain):
    cell, last = (without_diacritics(cell), without_diacritics(last)) if plain else (cell, last)

    names = [name for name, _role in cell_roles(cell, binh_phuoc)]

    assert names[-1] == last
    assert binh_phuoc.match(names[-1]).agency.name == "UBND các huyện, thị xã, thành phố"
    assert len(names) == 3
