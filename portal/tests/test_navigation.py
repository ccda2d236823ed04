"""The menu offers the import page only to those who may import."""

import pytest
from django.urls import reverse

from agencies.models import Role
from agencies.tests.factories import MembershipFactory


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "offered"), [(Role.MONITOR, True), (Role.ADMIN, True), (Role.STAFF, False), (Role.LEADERSHIP, False)]
)
def test_import_link_follows_the_import_permission(client, role, offered):
    client.force_login(MembershipFactory(role=role).user)
    html = client.get(reverse("tasks:directive_list")).content.decode()
    assert (f'href="{reverse("tasks:import_upload")}"' in html) is offered
    assert f'href="{reverse("notifications:list")}"' in html
