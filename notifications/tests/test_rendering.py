"""Digests with the same lines are rendered once per language, and each email still equals one rendered alone."""

import datetime

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import ngettext

from agencies.models import Role
from notifications.delivery import DigestRenderer, Links, deliver_digests, digest_items, language_of
from notifications.models import Digest, Preference
from notifications.sweep import run_sweep

from .conftest import member

pytestmark = pytest.mark.django_db

DUE_DAY = datetime.date(2025, 12, 10)


def naive_email(digest):
    """The digest rendered on its own, the recipient's own context through both templates."""
    user, links = digest.recipient, Links()
    with translation.override(language_of(user)):
        items = digest_items(digest.reminders.all())
        for item in items:
            item.url = links.of(item)
            item.line = item.summary(as_of=digest.date)
        context = {
            "name": user.get_full_name() or user.username,
            "date": digest.date,
            "items": items,
            "list_url": links.list,
            "preferences_url": links.preferences,
        }
        subject = ngettext(
            "Reminder for %(date)s: %(count)d item needs your attention",
            "Reminders for %(date)s: %(count)d items need your attention",
            len(items),
        ) % {"date": digest.date.strftime("%d/%m/%Y"), "count": len(items)}
        message = EmailMultiAlternatives(
            subject, render_to_string("notifications/email/digest.txt", context), to=[user.email]
        )
        message.attach_alternative(render_to_string("notifications/email/digest.html", context), "text/html")
    return message


@pytest.fixture
def shared_lines(province_003):
    """Four staff of Sở KH&ĐT get the same lines; one has a name HTML must escape, one reads English."""
    people = province_003.people
    people["khdt1"].first_name, people["khdt1"].last_name = 'Thị <Lan> & "Hoa"', "O'Nguyễn"
    people["khdt1"].save()
    member("khdt3", province_003.skhdt)
    Preference.objects.create(user=member("khdt_en", province_003.skhdt), language="en")
    member("khdt_head2", province_003.skhdt, Role.HEAD)
    return province_003


def test_each_email_equals_the_digest_rendered_alone_for_its_recipient(shared_lines, settings):
    settings.LANGUAGE_CODE = "vi"
    digest_ids = run_sweep(DUE_DAY).digest_ids
    digests = Digest.objects.filter(pk__in=digest_ids).select_related("recipient").prefetch_related("reminders")
    expected = {digest.recipient.email: naive_email(digest) for digest in digests}

    assert deliver_digests(digest_ids, final_attempt=False) == []

    assert len(mail.outbox) == len(expected) == 5
    for message in mail.outbox:
        alone = expected[message.to[0]]
        assert (message.subject, message.body, message.alternatives) == (alone.subject, alone.body, alone.alternatives)
    khdt1 = next(message for message in mail.outbox if message.to == ["khdt1@example.gov.vn"])
    assert "Thị &lt;Lan&gt; &amp; &quot;Hoa&quot; O&#x27;Nguyễn" in khdt1.alternatives[0][0]
    assert 'Thị <Lan> & "Hoa" O\'Nguyễn' in khdt1.body


def test_staff_with_the_same_lines_share_one_rendering_per_language(shared_lines, monkeypatch, settings):
    settings.LANGUAGE_CODE = "vi"
    rendered = []
    render = DigestRenderer.render
    monkeypatch.setattr(DigestRenderer, "render", lambda self, digest: rendered.append(digest) or render(self, digest))

    deliver_digests(run_sweep(DUE_DAY).digest_ids, final_attempt=False)

    # khdt1 (the first digest) renders the Vietnamese lines khdt2 and khdt3 share, khdt_en the English ones;
    # binhson1 owes a report of the district.
    assert len(mail.outbox) == 5
    assert sorted(digest.recipient.username for digest in rendered) == ["binhson1", "khdt1", "khdt_en"]
