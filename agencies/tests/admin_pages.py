"""Checks the admin tests of every app share: each page opens, and a list's query count doesn't grow with rows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def assert_admin_pages_open(client, obj):
    """The changelist, the add form and the change form of `obj` all answer 200."""
    model = type(obj)
    for url in (admin_url(model, "changelist"), admin_url(model, "add"), admin_url(model, "change", obj.pk)):
        assert client.get(url).status_code == 200, url


def assert_view_only_pages_open(client, obj):
    """The changelist and the object's page open; adding is refused and the page offers no save."""
    model = type(obj)
    assert client.get(admin_url(model, "changelist")).status_code == 200
    assert client.get(admin_url(model, "add")).status_code == 403
    response = client.get(admin_url(model, "change", obj.pk))
    assert response.status_code == 200
    assert not response.context["has_change_permission"]


def changelist_query_count(client, model):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(admin_url(model, "changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_count > 0
    return len(queries)


def assert_changelist_queries_do_not_grow(client, make_row, extra_rows=4):
    """One row, then `extra_rows` more, each with its own related rows: the changelist costs the same."""
    model = type(make_row())
    with_one = changelist_query_count(client, model)
    for _ in range(extra_rows):
        make_row()
    assert changelist_query_count(client, model) == with_one
