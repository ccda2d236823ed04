"""The admin for agencies, aliases, memberships and users, and its accent-free search."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from agencies.models import Agency, AgencyAlias, Membership, Province
from agencies.tests.admin_pages import admin_url, assert_admin_pages_open, assert_changelist_queries_do_not_grow
from agencies.tests.factories import AgencyAliasFactory, AgencyFactory, MembershipFactory, ProvinceFactory

pytestmark = pytest.mark.django_db

ROWS = {
    Province: lambda: ProvinceFactory(name=f"Tỉnh {Province.objects.count()}", code=f"tinh-{Province.objects.count()}"),
    Agency: lambda: AgencyFactory(province=ProvinceFactory(), parent=AgencyFactory(), successor=AgencyFactory()),
    AgencyAlias: AgencyAliasFactory,
    Membership: MembershipFactory,
}


@pytest.mark.parametrize("model", ROWS, ids=lambda m: m.__name__)
def test_superuser_opens_list_add_and_change_pages(admin_client, model):
    assert_admin_pages_open(admin_client, ROWS[model]())


@pytest.mark.parametrize("model", ROWS, ids=lambda m: m.__name__)
def test_changelist_query_count_does_not_grow_with_rows(admin_client, model):
    assert_changelist_queries_do_not_grow(admin_client, ROWS[model])


def _agency_search(client, term):
    response = client.get(admin_url(Agency, "changelist"), {"q": term})
    assert response.status_code == 200
    return list(response.context["cl"].result_list)


def test_agency_search_without_diacritics_finds_the_agency(admin_client):
    khdt = AgencyFactory(name="Sở Kế hoạch và Đầu tư")
    AgencyFactory(name="Sở Tài chính")
    assert _agency_search(admin_client, "ke hoach dau tu") == [khdt]


def test_agency_search_with_other_case_and_diacritics_finds_the_agency(admin_client):
    khdt = AgencyFactory(name="Sở Kế hoạch và Đầu tư")
    AgencyFactory(name="Sở Tài chính")
    assert _agency_search(admin_client, "SỞ KẾ HOẠCH VÀ ĐẦU TƯ") == [khdt]


def test_agency_search_by_abbreviated_alias_finds_the_agency(admin_client):
    khdt = AgencyFactory(name="Sở Kế hoạch và Đầu tư")
    AgencyAliasFactory(agency=khdt, alias="Sở KH&ĐT")
    AgencyAliasFactory(agency=khdt, alias="Sở KHĐT")
    AgencyFactory(name="Sở Tài chính")
    assert _agency_search(admin_client, "sở kh&đt") == [khdt]


def test_agency_autocomplete_in_task_assignment_matches_without_diacritics(admin_client):
    sct = AgencyFactory(name="Sở Công Thương")
    AgencyFactory(name="Sở Tài chính")
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "tasks", "model_name": "assignment", "field_name": "agency", "term": "cong thuong"},
    )
    assert [row["id"] for row in response.json()["results"]] == [str(sct.pk)]


def test_user_page_lists_the_users_agency_memberships(admin_client):
    membership = MembershipFactory()
    response = admin_client.get(admin_url(get_user_model(), "change", membership.user.pk))
    assert response.status_code == 200
    inline_models = [formset.opts.model for formset in response.context["inline_admin_formsets"]]
    assert inline_models == [Membership]
    assert response.context["inline_admin_formsets"][0].formset.queryset.get() == membership


@pytest.mark.parametrize("model_name", ["accessattempt", "accesslog", "accessfailurelog"])
def test_login_attempts_and_lockouts_are_in_the_admin(admin_client, model_name):
    index = admin_client.get(reverse("admin:index"))
    changelist = reverse(f"admin:axes_{model_name}_changelist")
    assert changelist in index.content.decode()
    assert admin_client.get(changelist).status_code == 200


@pytest.mark.parametrize("value", ["abc", "99999999999999999999", "1\x00"])
def test_a_tampered_id_in_an_autocomplete_field_shows_the_form_back_with_its_error(admin_user, value):
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    province = ProvinceFactory()
    data = {
        "name": "Sở Thử",
        "kind": "department",
        "province": province.pk,
        "parent": value,
        "successor": value,
        "is_active": "on",
        "aliases-TOTAL_FORMS": "0",
        "aliases-INITIAL_FORMS": "0",
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
    }
    response = client.post(admin_url(Agency, "add"), data)
    assert response.status_code == 200
    assert {"parent", "successor"} <= set(response.context["adminform"].form.errors)
    assert not Agency.objects.filter(name="Sở Thử").exists()
