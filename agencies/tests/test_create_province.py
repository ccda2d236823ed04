"""`manage.py create_province NAME [--as-of DATE]`: the standard bodies and groups of the date, from the catalogue."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from agencies.matching import AgencyMatcher
from agencies.models import Agency, Province

pytestmark = pytest.mark.django_db


def create(*args):
    out = StringIO()
    call_command("create_province", *args, stdout=out)
    return Province.objects.get(name=args[0]), out.getvalue()


def names(province):
    return set(Agency.objects.filter(province=province).values_list("name", flat=True))


def test_before_march_2025_the_province_has_the_old_departments_and_its_districts_group():
    province, output = create("Kon Tum", "--as-of", "01/02/2025")
    held = names(province)
    assert province.code == "kon-tum"
    assert {"Ủy ban nhân dân tỉnh Kon Tum", "Văn phòng UBND tỉnh Kon Tum", "Sở Kế hoạch và Đầu tư"} <= held
    assert {"Sở Tài nguyên và Môi trường", "UBND các huyện, thị xã, thành phố", "Các sở, ban, ngành tỉnh"} <= held
    assert "Sở Nông nghiệp và Môi trường" not in held and "Sở Ngoại vụ" not in held
    assert "01/02/2025" in output


def test_in_late_2025_a_document_naming_the_new_bodies_resolves():
    province, _output = create("Bắc Kạn", "--as-of", "2025-08-01")
    held = names(province)
    assert province.code == "bac-kan"
    assert "Sở Kế hoạch và Đầu tư" not in held and "UBND các huyện, thị xã, thành phố" not in held
    departments = Agency.objects.filter(province=province, is_group=False, kind="department")
    assert set(Agency.objects.get(name="Các sở, ban, ngành tỉnh", province=province).members.all()) >= set(departments)
    matcher = AgencyMatcher(province)
    for written, expected in (
        ("Sở Nông nghiệp và Môi trường", "Sở Nông nghiệp và Môi trường"),
        ("Sở NN&MT", "Sở Nông nghiệp và Môi trường"),
        ("UBND các xã, phường", "UBND các xã, phường, đặc khu"),
        ("UBND cấp xã", "UBND các xã, phường, đặc khu"),
        ("các xã, phường, đặc khu", "UBND các xã, phường, đặc khu"),
        ("Sở Dân tộc và Tôn giáo", None),
    ):
        found = matcher.match(written).agency
        assert (found.name if found else None) == expected, written


def test_a_province_that_exists_or_a_bad_date_is_refused():
    create("Kon Tum")
    with pytest.raises(CommandError, match="Kon Tum"):
        call_command("create_province", "Kon Tum", stdout=StringIO())
    with pytest.raises(CommandError, match="31/02/2025"):
        call_command("create_province", "Gia Lai", "--as-of", "31/02/2025", stdout=StringIO())
    assert not Province.objects.filter(name="Gia Lai").exists()
