"""The Vietnamese catalogue is complete (nothing untranslated or fuzzy) and the pages speak it."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse

from agencies.tests.factories import MembershipFactory
from tasks.tests.factories import DirectiveFactory

VI_CATALOGUE = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[-#0 +]*\d*(?:\.\d+)?[sdfir]")


def live_entries():
    return [entry for entry in polib.pofile(str(VI_CATALOGUE)) if not entry.obsolete]


def translations(entry):
    return list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]


def test_vietnamese_catalogue_has_no_untranslated_entry():
    untranslated = [entry.msgid for entry in live_entries() if not all(translations(entry))]
    assert untranslated == [], "translate these in locale/vi/LC_MESSAGES/django.po"


def test_vietnamese_catalogue_has_no_fuzzy_entry():
    fuzzy = [entry.msgid for entry in live_entries() if "fuzzy" in entry.flags]
    assert fuzzy == [], "check these translations and remove their fuzzy flag"


def test_vietnamese_plurals_have_the_single_form_the_header_declares():
    catalogue = polib.pofile(str(VI_CATALOGUE))
    assert catalogue.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    plurals = [entry for entry in live_entries() if entry.msgid_plural]
    assert plurals, "the portal has plural messages"
    assert [entry.msgid for entry in plurals if set(entry.msgstr_plural) != {0}] == []


def test_every_translation_keeps_the_placeholders_of_its_message():
    lost = [
        (entry.msgid, text)
        for entry in live_entries()
        for text in translations(entry)
        if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
    ]
    assert lost == []


@pytest.mark.django_db
def test_login_page_speaks_vietnamese(client):
    page = client.get(reverse("login")).content.decode()
    for words in ("Đăng nhập", "Tên đăng nhập", "Mật khẩu"):
        assert words in page
    assert "Log in" not in page


@pytest.mark.django_db
def test_login_page_speaks_english_once_chosen(client):
    client.post(reverse("set_language"), {"language": "en", "next": reverse("login")})
    page = client.get(reverse("login")).content.decode()
    assert "Log in" in page
    assert "Đăng nhập" not in page


@pytest.mark.django_db
def test_directive_list_speaks_vietnamese_to_agency_staff(client):
    membership = MembershipFactory()
    DirectiveFactory(province=membership.agency.province, number="", symbol="UBND-CNXD")
    client.force_login(membership.user)

    page = client.get(reverse("tasks:directive_list")).content.decode()

    for words in ("Văn bản chỉ đạo", "Số, ký hiệu", "Trích yếu", "chưa có số", "Nhiệm vụ của tôi", "Đăng xuất"):
        assert words in page
    for english in ("Directives", "Number and symbol", "unnumbered", "Log out"):
        assert english not in page


@pytest.mark.django_db
def test_inbox_speaks_vietnamese_to_agency_staff(client):
    membership = MembershipFactory()
    client.force_login(membership.user)

    page = client.get(reverse("reports:inbox")).content.decode()

    assert "Nhiệm vụ của tôi" in page
    assert "My tasks" not in page
