"""Every page of the portal, opened in Vietnamese by every role with a row in every table (the input sweep's world),
shows no English: no message the catalogue lacks (gettext handed the English text back unchanged) and no English
message shown as it is (issue #16: "a test renders every URL and admin page in vi and fails on catalogue misses";
the admin's pages are test_vietnamese_everywhere's)."""

import re

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import translation

from portal.tests.test_input_sweep import NOW, URL_NAMES, build_world, pattern_params, real_value
from portal.tests.test_vietnamese_everywhere import english_leftovers, english_messages

pytestmark = pytest.mark.django_db

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")
# Portal pages only: the admin has its own sweep, the health check and static helpers answer no page.
SKIPPED = ("admin:", "healthz", "set_language", "javascript-catalog")
# Written the same way in Vietnamese: Django's "…" after a cut text, the date inputs' format hint.
SAME_IN_VIETNAMESE = {"%(truncated_text)s…", "dd/mm/yyyy"}


def translating(gettext, misses):
    def translate(*args):
        result = gettext(*args)
        message = args[-2] if gettext.__name__.startswith("n") else args[-1]
        if (
            translation.get_language() == "vi"
            and result == message
            and ENGLISH_WORD.search(str(message))
            and message not in SAME_IN_VIETNAMESE
        ):
            misses.add(str(message))
        return result

    translate.__name__ = gettext.__name__
    return translate


@pytest.fixture
def misses(monkeypatch):
    """English messages asked of the Vietnamese catalogue and not found in it, while the fixture lives."""
    found = set()
    for name in ("gettext", "ngettext", "pgettext", "npgettext"):
        original = getattr(translation._trans, name)
        monkeypatch.setattr(translation._trans, name, translating(original, found), raising=False)
    return found


def test_every_portal_page_in_vietnamese_has_every_message_translated(settings, tmp_path, misses):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LANGUAGE_CODE = "vi"
    english = english_messages()
    with time_machine.travel(NOW, tick=False):
        world = build_world()
        misses.clear()  # what building the world asked (period names in the portal's language) is not a page
        clients = {}
        for role, user in world.users.items():
            clients[role] = Client()
            clients[role].force_login(user)
        opened, leftovers, by_page = set(), {}, {}
        for name in URL_NAMES:
            if name.startswith(SKIPPED):
                continue
            url = reverse(name, kwargs={param: real_value(name, param, world) for param in pattern_params(name)})
            for role, client in clients.items():
                before = set(misses)
                response = client.get(url, HTTP_ACCEPT_LANGUAGE="vi")
                if response.status_code != 200 or not response.get("Content-Type", "").startswith("text/html"):
                    continue
                opened.add(name)
                for message in misses - before:
                    by_page.setdefault(message, f"{name} as {role}")
                shown = english_leftovers(response.content.decode(), english)
                if shown:
                    leftovers[f"{name} as {role}"] = shown
    assert {name for name in opened if name.startswith("reports:")} >= {
        "reports:inbox",
        "reports:report_detail",
        "reports:extension_forward",
        "reports:extension_decide",
        "reports:direction_create",
    }
    assert len(opened) > 30
    assert by_page == {}
    assert leftovers == {}


def test_the_check_catches_a_message_the_catalogue_lacks(misses):
    from django.template import Context, Template

    page = Template('{% load i18n %}<h1>{% translate "Tasks" %}</h1><p>{% translate "Nobody translated me" %}</p>')
    with translation.override("vi"):
        html = page.render(Context())
    assert "Nhiệm vụ" in html
    assert misses == {"Nobody translated me"}
