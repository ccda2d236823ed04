"""A name is created with the tone of a word ending in `oa`, `oe` or `uy` on its first vowel (`Hòa`, `Thủy`), the way
the portal writes names, whether the file, the place list (places.json writes `Tây Hoà`, `Thanh Thuỷ`) or a copy
without diacritics gave it: the Vietnamese copy and the plain copy of one plan name one body; a name in the other
placement matches that body."""

import datetime

import pytest

from agencies.matching import AgencyMatcher
from agencies.models import Agency, AgencyKind
from agencies.normalize import modern_tone
from agencies.services import create_province
from agencies.tests.bodies import without_diacritics


@pytest.mark.parametrize(
    ("written", "modern"),
    [
        ("Tây Hoà", "Tây Hòa"),
        ("Thuỷ Nguyên", "Thủy Nguyên"),
        ("Kiến Thuỵ", "Kiến Thụy"),
        ("khoá học", "khóa học"),
        ("Thoả thuận", "Thỏa thuận"),
        ("KHOẺ", "KHỎE"),
        # the same in both placements: a final consonant or vowel after the pair, `qu` as the onset
        ("Hoàng Mai", "Hoàng Mai"),
        ("ngoài", "ngoài"),
        ("Quỳ Châu", "Quỳ Châu"),
        ("Quỹ", "Quỹ"),
        ("Tây Hòa", "Tây Hòa"),
    ],
)
def test_the_tone_of_oa_oe_uy_is_written_on_the_first_vowel(written, modern):
    assert modern_tone(written) == modern


# (province, the committee as written, its place as places.json spells it, the name it is created under)
PLACES = [
    ("Phú Yên", "UBND huyện Tây Hòa", "Ủy ban nhân dân huyện Tây Hòa"),
    ("Phú Thọ", "UBND huyện Thanh Thủy", "Ủy ban nhân dân huyện Thanh Thủy"),
    ("Nghệ An", "UBND thị xã Thái Hòa", "Ủy ban nhân dân thị xã Thái Hòa"),
]


def _created_name(matcher, text):
    found = matcher.match(text)
    assert found.agency is None and [body.key for body in found.proposals] == ["ubnd-huyen"], text
    return matcher.name_to_create(text, found.proposals[0])


@pytest.mark.parametrize(("province", "text", "name"), PLACES)
@pytest.mark.parametrize("spelling", ["modern", "old", "plain"])
def test_a_place_is_created_in_one_placement_however_the_copy_writes_it(db, province, text, name, spelling):
    province, _agencies = create_province(province, datetime.date(2024, 5, 1))
    written = {"modern": text, "old": text.replace("òa", "oà").replace("ủy", "uỷ"), "plain": without_diacritics(text)}

    assert _created_name(AgencyMatcher(province), written[spelling]) == name


@pytest.mark.parametrize(("province", "text", "name"), PLACES)
def test_a_body_named_in_the_old_placement_is_matched_by_the_modern_one_and_back(db, province, text, name):
    province, _agencies = create_province(province, datetime.date(2024, 5, 1))
    old = name.replace("òa", "oà").replace("ủy", "uỷ")
    held = Agency.objects.create(province=province, name=old, kind=AgencyKind.DISTRICT)
    matcher = AgencyMatcher(province)

    assert matcher.match(text).agency == held
    assert matcher.match(name).agency == held
    assert matcher.match(without_diacritics(text)).agency == held
