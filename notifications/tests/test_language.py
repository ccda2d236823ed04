"""Reminder emails speak the portal's language (Vietnamese) unless the recipient chose another."""

import datetime

import pytest
from django.test import TestCase
from django.utils import translation
from django.utils.translation import gettext, ngettext

from notifications.models import Preference
from notifications.sweep import run_sweep
from notifications.tasks import enqueue_digests

pytestmark = pytest.mark.django_db


@pytest.fixture
def vietnamese(settings):
    settings.LANGUAGE_CODE = "vi"


def test_email_is_in_vietnamese_through_the_catalogue_by_default(vietnamese, province_003, mailoutbox):
    Preference.objects.create(user=province_003.people["khdt2"], language="en")
    with TestCase.captureOnCommitCallbacks(execute=True):
        run_sweep(datetime.date(2025, 12, 9), dispatch=enqueue_digests)
    by_user = {message.to[0].split("@")[0]: message for message in mailoutbox}
    footer = "This email was sent automatically by the task tracking portal. Please do not reply."
    with translation.override("vi"):
        subject = ngettext(
            "Reminder for %(date)s: %(count)d item needs your attention",
            "Reminders for %(date)s: %(count)d items need your attention",
            1,
        )
        assert by_user["khdt1"].subject == subject % {"date": "09/12/2025", "count": 1}
        assert gettext(footer) in by_user["khdt1"].body
        assert '<html lang="vi">' in by_user["khdt1"].alternatives[0][0]
    assert footer in by_user["khdt2"].body
    assert '<html lang="en">' in by_user["khdt2"].alternatives[0][0]
