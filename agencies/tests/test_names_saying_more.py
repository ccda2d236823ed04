"""A body the province lacks is proposed and created under the name as written, its short forms written out, where
that name says more than the catalogue's (words of its own beyond the province's name, `tỉnh`, role words or a
note) or, for a body named after its province, writes its name out in full with the province's name (`Ban Quản lý
các khu công nghiệp Tiền Giang`), written without diacritics too once the catalogue's own words give each of its
phrases one spelling; a short form of the catalogue's name, a group, a body of a central organisation (`Công an tỉnh
Tiền Giang`), or a name without diacritics with a word the catalogue spells no way or two ways gets the catalogue's
name."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.services import create_province
from agencies.tests.bodies import without_diacritics

# (written, catalogue body, the name it is created under)
SAYING_MORE = [
    ("BQL các KKT và KCN tỉnh", "ban-quan-ly-khu-kinh-te", "Ban Quản lý các Khu kinh tế và khu công nghiệp tỉnh"),
    (
        "Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh {place}",
        "ban-quan-ly-khu-kinh-te",
        "Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh {place}",
    ),
    (
        "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp",
        "trung-tam-khuyen-cong",
        "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp",
    ),
    # a body named after its province written out in full with the province's name: its own name as written
    (
        "Ban Quản lý các khu công nghiệp {place}",
        "ban-quan-ly-cac-khu-cong-nghiep",
        "Ban Quản lý các khu công nghiệp {place}",
    ),
    (
        "Phối hợp: Trung tâm Khuyến công và Xúc tiến thương mại tỉnh (chủ trì)",
        "trung-tam-khuyen-cong",
        "Trung tâm Khuyến công và Xúc tiến thương mại tỉnh",
    ),
]
# (written, catalogue body): short forms and plain names of the catalogue's body keep its name
CATALOGUE_NAMED = [
    ("CA tỉnh", "cong-an-tinh"),
    # a body of a central organisation keeps the catalogue's name, the province's written after it or not
    ("Công an tỉnh {place} (chủ trì)", "cong-an-tinh"),
    ("Công an tỉnh (Phòng PC06)", "cong-an-tinh"),
    ("BQL KKT", "ban-quan-ly-khu-kinh-te"),
    ("Ban QLKKT tỉnh", "ban-quan-ly-khu-kinh-te"),
    ("BQL Khu kinh tế tỉnh {place}", "ban-quan-ly-khu-kinh-te"),
    ("TT Khuyến công tỉnh", "trung-tam-khuyen-cong"),
    ("TTKC&TVPTCN", "trung-tam-khuyen-cong"),
    ("BCH Quân sự tỉnh", "bo-chi-huy-quan-su-tinh"),
    ("Đài PT-TH tỉnh", "dai-phat-thanh-va-truyen-hinh"),
    # other words for the body, or a name without all of the catalogue's words: the catalogue's name
    ("Đài Phát thanh - Truyền hình tỉnh", "dai-phat-thanh-va-truyen-hinh"),
    ("Hội Doanh nghiệp tỉnh {place}", "hiep-hoi-doanh-nghiep-tinh"),
    ("TT Khuyến công và Tư vấn phát triển công nghiệp", "trung-tam-khuyen-cong"),
]


@pytest.fixture(params=["Tiền Giang", "Quảng Ngãi"])
def lacking(db, request):
    day = datetime.date(2024, 5, 1)
    province, _agencies = create_province(request.param, day)
    return AgencyMatcher(province, day)


@pytest.mark.parametrize(("written", "key", "name"), SAYING_MORE)
def test_a_name_saying_more_than_the_catalogue_is_proposed_as_written(lacking, written, key, name):
    place = lacking.province.name
    written, name = written.format(place=place), name.format(place=place)
    found = lacking.match(written)

    assert (found.agency, [body.key for body in found.proposals]) == (None, [key])
    assert lacking.name_to_create(written, found.proposals[0]) == name


@pytest.mark.parametrize(("written", "key", "name"), SAYING_MORE)
def test_the_same_name_without_diacritics_is_proposed_with_the_catalogues_diacritics(lacking, written, key, name):
    place = lacking.province.name
    written, name = without_diacritics(written.format(place=place)), name.format(place=place)
    found = lacking.match(written)

    assert [body.key for body in found.proposals] == [key]
    assert lacking.name_to_create(written, found.proposals[0]) == name


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("BQL cac KKT va KCN tren dia ban tinh", "Ban Quản lý các Khu kinh tế và khu công nghiệp trên địa bàn tỉnh"),
        (
            "Ban Quan Ly Cac Khu Kinh Te Va KCN Tinh {place}",
            "Ban Quản Lý Các Khu Kinh Tế Và khu công nghiệp Tỉnh {place}",
        ),
    ],
)
def test_a_name_without_diacritics_takes_them_phrase_by_phrase_keeping_its_case(lacking, written, name):
    place = lacking.province.name
    written, name = written.format(place=without_diacritics(place)), name.format(place=place)
    found = lacking.match(written)

    assert lacking.name_to_create(written, found.proposals[0]) == name


def test_a_word_the_catalogue_spells_two_ways_is_never_guessed(lacking):
    # `Quan` alone is `Quản` (Ban Quản lý), `Quân` (Bộ Chỉ huy Quân sự) or `Quận`; `Quan ly` is only `Quản lý`
    assert lacking._with_diacritics("Ban Quan ly") == "Ban Quản lý"
    assert lacking._with_diacritics("Khu kinh te Quan") == ""
    written = "BQL cac KKT va KCN tinh Quan"
    found = lacking.match(written)

    assert [body.key for body in found.proposals] == ["ban-quan-ly-khu-kinh-te"]
    created = lacking.name_to_create(written, found.proposals[0])
    assert "Quản" not in created and "Quân" not in created
    assert lacking.name_to_create(without_diacritics("BQL các KKT và KCN tỉnh Quân"), found.proposals[0]) == created


def test_a_word_the_catalogue_does_not_hold_is_not_restored(lacking):
    assert lacking._with_diacritics("Ban Quan ly cac Khu kinh te va Pickleball") == ""


@pytest.mark.parametrize(("written", "key"), CATALOGUE_NAMED)
def test_a_short_form_of_the_catalogues_name_gets_that_name(lacking, written, key):
    written = written.format(place=lacking.province.name)
    found = lacking.match(written)

    assert [body.key for body in found.proposals] == [key]
    assert lacking.name_to_create(written, found.proposals[0]) == found.proposals[0].name


def test_a_word_whose_letters_fold_to_another_length_is_not_restored_and_never_fails(lacking):
    # `Quản` typed with a combining hook (NFD, five code points) folds to the four letters of `quan`
    assert lacking._with_diacritics("Ban Qua\u0309n ly") == ""


@pytest.mark.parametrize(
    "written",
    [
        "Báo và PT-TH Cà Mau",
        "Báo và Phát thanh, Truyền hình Cà Mau",
        "BQL các KCN tỉnh Cà Mau",
        "Ban Quản lý các khu công nghiệp tỉnh Cà Mau",
    ],
)
def test_a_copy_without_diacritics_gets_the_name_the_vietnamese_copy_gets(db, written):
    """A name written short (`Bao va PT-TH Ca Mau`) is restored written in full, and is still a short form: the
    press body keeps its own name, as the Vietnamese copy's does, not the short form written out."""
    province, _agencies = create_province("Cà Mau", datetime.date(2025, 10, 1))
    matcher = AgencyMatcher(province)
    (body,) = matcher.match(written).proposals

    assert matcher.name_to_create(without_diacritics(written), body) == matcher.name_to_create(written, body)
