"""Password guessing: django-axes locks a username+address after AXES_FAILURE_LIMIT failures; admins see the lock."""

import pytest
from django.urls import reverse

from agencies.tests.factories import UserFactory

PASSWORD = "matkhau-thu-nghiem"


def log_in(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


@pytest.fixture
def locked_out_user(client, settings):
    user = UserFactory(username="chuyenvien.sct")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, user.username, "sai-mat-khau")
    return user


@pytest.mark.django_db
def test_wrong_passwords_below_the_limit_still_allow_the_right_one(client, settings):
    user = UserFactory(username="chuyenvien.sct")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, user.username, "sai-mat-khau")

    response = log_in(client, user.username, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_right_password_is_refused_with_the_locked_out_page_after_the_limit(client, locked_out_user):
    response = log_in(client, locked_out_user.username, PASSWORD)

    assert response.status_code == 429
    assert "registration/locked_out.html" in [template.name for template in response.templates]
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_lock_is_per_username_so_another_user_on_the_same_address_can_log_in(client, locked_out_user):
    colleague = UserFactory(username="lanhdao.sct")

    response = log_in(client, colleague.username, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(colleague.pk)


@pytest.mark.django_db
def test_admin_sees_the_lock_in_the_access_attempt_list(client, locked_out_user, settings):
    admin = UserFactory(username="quantri", is_staff=True, is_superuser=True)
    client.force_login(admin)

    response = client.get(reverse("admin:axes_accessattempt_changelist"))

    assert response.status_code == 200
    attempts = list(response.context["cl"].result_list)
    assert [(attempt.username, attempt.failures_since_start) for attempt in attempts] == [
        (locked_out_user.username, settings.AXES_FAILURE_LIMIT)
    ]
    assert locked_out_user.username in response.content.decode()
