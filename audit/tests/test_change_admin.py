"""The change log in the admin: filterable by user, table, action, source and date; nobody edits or deletes it."""

import pytest
from django.utils import timezone

from agencies.tests.admin_pages import admin_url, assert_changelist_queries_do_not_grow, assert_view_only_pages_open
from agencies.tests.factories import AgencyFactory, UserFactory
from audit.context import acting
from audit.models import Change, Source
from tasks.tests.factories import TaskFactory

pytestmark = pytest.mark.django_db


def changed_task():
    with acting(source=Source.WEB, actor=UserFactory()):
        task = TaskFactory()
        task.text = "Nội dung đã sửa"
        task.save()
    return Change.objects.filter(object_id=task.pk, content_type__model="task").latest("pk")


def test_the_change_log_opens_and_cannot_be_edited_or_deleted(admin_client):
    change = changed_task()
    assert_view_only_pages_open(admin_client, change)
    assert admin_client.get(admin_url(Change, "delete", change.pk)).status_code == 403
    page = admin_client.get(admin_url(Change, "change", change.pk)).content.decode()
    assert "Nội dung đã sửa" in page


def test_the_change_log_list_costs_the_same_with_more_rows(admin_client):
    assert_changelist_queries_do_not_grow(admin_client, changed_task)


def test_the_change_log_filters_by_user_table_action_and_date(admin_client):
    change = changed_task()
    with acting(source=Source.COMMAND, path="manage.py load_demo (root)"):
        AgencyFactory(name="Sở Xây dựng")
    url = admin_url(Change, "changelist")

    def listed(**query):
        response = admin_client.get(url, query)
        assert response.status_code == 200
        return set(response.context["cl"].result_list)

    assert listed(actor__id__exact=change.actor_id) == set(Change.objects.filter(actor=change.actor))
    assert listed(table=change.content_type_id) == set(Change.objects.filter(content_type__model="task"))
    assert listed(action__exact=Change.Action.UPDATE) == {change}
    assert {c.source for c in listed(source__exact=Source.COMMAND)} == {Source.COMMAND}
    day = timezone.localtime(change.timestamp)
    assert change in listed(timestamp__year=day.year, timestamp__month=day.month, timestamp__day=day.day)
