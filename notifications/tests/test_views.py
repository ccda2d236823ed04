"""The in-app notification list shows a person their own reminders; preferences choose language and mutes."""

import datetime

import pytest
from django.core import mail
from django.test import TestCase

from agencies.tests.factories import UserFactory
from notifications.models import DeliveryState, Digest, Preference
from notifications.sweep import run_sweep
from notifications.tasks import enqueue_digests

pytestmark = pytest.mark.django_db


@pytest.fixture
def swept(province_003):
    with TestCase.captureOnCommitCallbacks(execute=True):
        run_sweep(datetime.date(2025, 12, 13), dispatch=enqueue_digests)
    return province_003


def test_owner_sees_their_reminders_with_links_to_act_on(client, swept):
    client.force_login(swept.people["khdt1"])
    response = client.get("/notifications/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "was due on 10/12/2025 and has not been submitted" in page
    assert f'href="/directives/{swept.directive.pk}/"' in page
    assert "Sở KH&amp;ĐT: II.1" in page


def test_member_of_an_agency_that_reported_sees_none_of_the_others_reminders(client, swept):
    client.force_login(swept.people["tc1"])
    page = client.get("/notifications/").content.decode()
    assert "You have no notifications." in page
    assert "could not be delivered" not in page


def test_anonymous_is_sent_to_the_login_page(client, swept):
    response = client.get("/notifications/")
    assert response.status_code == 302
    assert response.url.startswith("/login/")


def test_notification_list_queries_stay_bounded(client, swept, django_assert_max_num_queries):
    client.force_login(swept.people["monitor"])
    with django_assert_max_num_queries(12):
        client.get("/notifications/")
    with TestCase.captureOnCommitCallbacks(execute=True):
        run_sweep(datetime.date(2025, 11, 13), dispatch=enqueue_digests)
    with django_assert_max_num_queries(12):
        client.get("/notifications/")


def test_preferences_save_language_and_muted_advance_notices(client, swept):
    user = swept.people["khdt1"]
    client.force_login(user)
    assert client.get("/notifications/preferences/").status_code == 200
    response = client.post(
        "/notifications/preferences/",
        {"language": "en", "muted": ["report_due_soon", "task_due_soon"]},
    )
    assert response.status_code == 302
    preference = Preference.objects.get(user=user)
    assert preference.language == "en"
    assert preference.muted() == {"report_due_soon", "task_due_soon"}


def test_overdue_notices_cannot_be_muted(client, swept):
    client.force_login(swept.people["khdt1"])
    response = client.post("/notifications/preferences/", {"language": "vi", "muted": ["report_overdue"]})
    assert response.status_code == 200
    assert not Preference.objects.exists()


def test_preferences_of_anonymous_redirect_to_login(client):
    assert client.get("/notifications/preferences/").status_code == 302


def test_reminders_are_marked_new_until_the_person_has_seen_the_list(client, swept):
    client.force_login(swept.people["khdt1"])
    assert '<strong class="badge new">new</strong>' in client.get("/notifications/").content.decode()
    assert swept.people["khdt1"].reminders.filter(read_at__isnull=True).count() == 0
    assert '<strong class="badge new">new</strong>' not in client.get("/notifications/").content.decode()


def test_admin_sends_failed_emails_again(client, swept, settings):
    digest = Digest.objects.get(recipient=swept.people["khdt1"])
    Digest.objects.filter(pk=digest.pk).update(state=DeliveryState.FAILED, attempts=6, last_error="SMTPDataError")
    mail.outbox.clear()
    client.force_login(UserFactory(username="quantri", is_staff=True, is_superuser=True))
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            "/admin/notifications/digest/",
            {"action": "send_again", "_selected_action": [digest.pk]},
        )
    assert response.status_code == 302
    digest.refresh_from_db()
    assert (digest.state, digest.attempts, digest.last_error) == (DeliveryState.SENT, 1, "")
    assert [message.to for message in mail.outbox] == [["khdt1@example.gov.vn"]]
