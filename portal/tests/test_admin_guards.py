"""The admin answers hostile input with a form error or its "?e=1" page, never a 500 or a minute of work."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from agencies.models import Agency
from agencies.tests.admin_pages import admin_url
from agencies.tests.factories import AgencyFactory
from audit.tests.admin_forms import change_form_data
from portal.admin_guards import INLINE_MAX_NEW_ROWS
from tasks.models import Directive, Task
from tasks.tests.factories import AssignmentFactory, DirectiveFactory, TaskFactory

pytestmark = pytest.mark.django_db

PAST_64_BITS = "99999999999999999999"


def test_an_id_past_64_bits_in_a_many_to_many_field_is_refused_on_the_form(admin_client):
    group = AgencyFactory(name="Các sở, ban, ngành tỉnh", is_group=True)
    url = admin_url(Agency, "change", group.pk)
    response = admin_client.post(url, {**change_form_data(admin_client.get(url)), "members": [PAST_64_BITS]})

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["members"]
    role = Group.objects.create(name="Cán bộ theo dõi")
    url = admin_url(Group, "change", role.pk)
    response = admin_client.post(url, {"name": role.name, "permissions": [PAST_64_BITS]})
    assert response.context["adminform"].form.errors["permissions"]


def test_a_search_of_thousands_of_words_is_answered(admin_client):
    TaskFactory(text="Xây dựng đề án phát triển điện gió")

    response = admin_client.get(admin_url(Task, "changelist"), {"q": "điện gió " * 2000})

    assert response.status_code == 200


@pytest.mark.parametrize("part", ["year", "month", "day"])
def test_a_date_drill_down_past_the_machine_integers_shows_the_bad_filter_page(admin_client, part):
    DirectiveFactory(issued_on=datetime.date(2025, 3, 1))
    params = {"issued_on__year": "2025", "issued_on__month": "3", f"issued_on__{part}": PAST_64_BITS}

    response = admin_client.get(admin_url(Directive, "changelist"), params)

    assert response.status_code == 302
    assert response["Location"].endswith("?e=1")


def test_an_inline_claiming_thousands_of_rows_builds_only_what_a_save_may_add(admin_client):
    task = TaskFactory()
    AssignmentFactory(task=task)
    url = admin_url(Task, "change", task.pk)
    data = change_form_data(admin_client.get(url))

    response = admin_client.post(url, {**data, "assignments-TOTAL_FORMS": "２０２５"})

    assert response.status_code == 200
    [assignments] = [
        inline.formset for inline in response.context["inline_admin_formsets"] if inline.formset.prefix == "assignments"
    ]
    assert len(assignments.forms) == 1 + INLINE_MAX_NEW_ROWS
    assert assignments.non_form_errors()


def test_a_nul_byte_in_a_search_or_a_filter_is_answered_on_either_database(admin_client):
    TaskFactory(text="Xây dựng đề án phát triển điện gió")
    url = admin_url(Task, "changelist")

    assert admin_client.get(url, {"q": "điện\x00gió"}).status_code == 200
    response = admin_client.get(url, {"kind__exact": "a\x00b"})
    assert response.status_code == 302
    assert response["Location"].endswith("?e=1")
    autocomplete = admin_client.get(
        reverse("admin:autocomplete"),
        {"app_label": "tasks", "model_name": "task", "field_name": "directive", "term": "a\x00b"},
    )
    assert autocomplete.status_code == 200
