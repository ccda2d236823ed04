"""A name may end with its province (`Sở Y tế tỉnh Quảng Ngãi`, `Sở Y tế TP Hà Nội`) without naming another body: the
province's own name (catalogue province_key, without `Thành phố`) and its initials, after `tỉnh`, or after `thành phố`
in a centrally-run city, whose bodies also end with `thành phố` alone (`Công an thành phố`)."""

import pytest

from agencies.names import Tails, loose_key


@pytest.mark.parametrize(
    ("province", "written"),
    [
        ("Thành phố Hà Nội", "Sở Y tế thành phố Hà Nội"),
        ("Thành phố Hà Nội", "Sở Y tế TP Hà Nội"),
        ("Thành phố Hà Nội", "So Y te thanh pho HN"),
        ("Thành phố Hà Nội", "Sở Y tế Hà Nội"),
        ("Thành phố Hà Nội", "Sở Y tế thành phố"),
        ("Thanh pho Ha Noi", "Sở Y tế thành phố Hà Nội"),
        ("Thành phố Hồ Chí Minh", "Sở Y tế TP HCM"),
        ("Quảng Ngãi", "Sở Y tế tỉnh Quảng Ngãi"),
        ("Quảng Ngãi", "So Y te tinh QN"),
        ("Bà Rịa - Vũng Tàu", "Sở Y tế Bà Rịa - Vũng Tàu"),
    ],
)
def test_a_name_ending_with_its_province_is_the_name_without_it(province, written):
    assert loose_key(written, Tails(province)) == loose_key("Sở Y tế")


@pytest.mark.parametrize(
    ("province", "written"),
    [
        ("Quảng Ngãi", "Sở Y tế thành phố Quảng Ngãi"),  # the city of Quảng Ngãi, not the province
        ("Quảng Ngãi", "Sở Y tế thành phố"),
        ("Thành phố Hà Nội", "Sở Y tế tỉnh Hà Nội"),
        ("Thành phố Hà Nội", "Sở Y tế thành phố Hải Phòng"),
    ],
)
def test_a_name_ending_with_another_place_or_level_keeps_it(province, written):
    assert loose_key(written, Tails(province)) != loose_key("Sở Y tế")
