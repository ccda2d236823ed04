"""Password guessing: django-axes locks a username+address after AXES_FAILURE_LIMIT failures; admins see the lock."""

import pytest
from axes.models import AccessAttempt
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


PROXY = "10.0.0.2"  # the reverse proxy every office request arrives from


def log_in_through_proxy(client, username, password, forwarded_for):
    return client.post(
        reverse("login"),
        {"username": username, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


@pytest.fixture
def behind_one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_one_proxy")
def test_behind_the_proxy_a_guesser_locks_the_username_only_for_their_own_address(client, settings):
    user = UserFactory(username="chuyenvien.sct")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in_through_proxy(client, user.username, "sai-mat-khau", "203.0.113.66")

    guesser = log_in_through_proxy(client, user.username, PASSWORD, "203.0.113.66")
    owner = log_in_through_proxy(client, user.username, PASSWORD, "203.0.113.10")

    assert guesser.status_code == 429
    assert owner.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_one_proxy")
def test_behind_the_proxy_one_locked_user_leaves_a_colleague_signing_in(client, settings):
    locked = UserFactory(username="chuyenvien.sct")
    colleague = UserFactory(username="lanhdao.sct")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        log_in_through_proxy(client, locked.username, "sai-mat-khau", "203.0.113.10")

    assert log_in_through_proxy(client, locked.username, PASSWORD, "203.0.113.10").status_code == 429
    response = log_in_through_proxy(client, colleague.username, PASSWORD, "203.0.113.11")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(colleague.pk)


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_one_proxy")
def test_behind_the_proxy_addresses_forged_before_the_proxys_own_entry_are_ignored(client, settings):
    user = UserFactory(username="chuyenvien.sct")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in_through_proxy(client, user.username, "sai-mat-khau", f"198.51.100.{attempt}, 203.0.113.66")

    response = log_in_through_proxy(client, user.username, PASSWORD, "198.51.100.99, 203.0.113.66")

    assert response.status_code == 429
    assert AccessAttempt.objects.get().ip_address == "203.0.113.66"


@pytest.mark.django_db
def test_without_a_trusted_proxy_a_forged_forwarded_for_is_ignored(client, settings):
    user = UserFactory(username="chuyenvien.sct")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            reverse("login"),
            {"username": user.username, "password": "sai-mat-khau"},
            REMOTE_ADDR="203.0.113.66",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}",
        )

    response = client.post(
        reverse("login"),
        {"username": user.username, "password": PASSWORD},
        REMOTE_ADDR="203.0.113.66",
        HTTP_X_FORWARDED_FOR="198.51.100.99",
    )

    assert response.status_code == 429
    assert AccessAttempt.objects.get().ip_address == "203.0.113.66"
