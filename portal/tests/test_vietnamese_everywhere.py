"""No English on a page a Vietnamese user reaches: the admin's headings and names, the portal's main pages,
Django's own form messages and the task list's filter choices."""

from html.parser import HTMLParser
from pathlib import Path

import django
import polib
import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.core.validators import MaxValueValidator, MinValueValidator
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from agencies.tests.factories import MembershipFactory
from tasks.filtersets import TaskFilterSet

pytestmark = pytest.mark.django_db

# Written the same way in Vietnamese: the admin may show them as they are.
SAME_IN_BOTH = {"ID", "sha256"}
DJANGO_DIR = Path(django.__file__).parent
ENGLISH_CATALOGUES = [
    Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES" / "django.po",
    DJANGO_DIR / "conf" / "locale" / "en" / "LC_MESSAGES" / "django.po",
    DJANGO_DIR / "contrib" / "admin" / "locale" / "en" / "LC_MESSAGES" / "django.po",
    DJANGO_DIR / "contrib" / "auth" / "locale" / "en" / "LC_MESSAGES" / "django.po",
]
PORTAL_PAGES = [
    "reports:inbox",
    "tasks:directive_list",
    "tasks:task_list",
    "agencies:agency_list",
    "dashboard:index",
    "notifications:list",
    "notifications:preferences",
]


def in_language(language, text):
    with translation.override(language):
        return str(text)


def untranslated(text):
    return in_language("vi", text) == in_language("en", text) and str(text) not in SAME_IN_BOTH


def english_messages():
    """Every English message the portal or Django has a Vietnamese translation for, but the languages' names,
    which are written in their own language whatever the page's ("English", not "Tiếng Anh")."""
    msgids = {entry.msgid for path in ENGLISH_CATALOGUES for entry in polib.pofile(str(path)) if entry.msgid}
    msgids -= {name for code, name in settings.LANGUAGES}
    with translation.override("vi"):
        return {msgid for msgid in msgids if translation.gettext(msgid) != msgid}


class ShownText(HTMLParser):
    """The text a reader sees: text nodes and the title, placeholder and aria-label attributes."""

    def __init__(self):
        super().__init__()
        self.texts = set()
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden += 1
        for name, value in attrs:
            if name in ("title", "placeholder", "aria-label") and value:
                self.texts.add(value.strip())

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden and data.strip():
            self.texts.add(data.strip().rstrip(":").strip())


def english_leftovers(html, english):
    parser = ShownText()
    parser.feed(html)
    return sorted(parser.texts & english)


@pytest.fixture(scope="module")
def english():
    return english_messages()


def admin_pages():
    return [
        pytest.param(
            reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}"), id=f"{model.__name__}-{view}"
        )
        for model in admin.site._registry
        for view in ("changelist", "add")
    ]


def test_every_app_model_and_field_shown_in_the_admin_has_a_vietnamese_name():
    shown_apps = {model._meta.app_label for model in admin.site._registry}
    missing = [config.label for config in apps.get_app_configs() if config.label in shown_apps]
    missing = [label for label in missing if untranslated(apps.get_app_config(label).verbose_name)]
    for model, model_admin in admin.site._registry.items():
        missing += [
            f"{model._meta.label} {name}"
            for name in (model._meta.verbose_name, model._meta.verbose_name_plural)
            if untranslated(name)
        ]
        shown = set(model_admin.list_display) | set(model_admin.readonly_fields) | set(model_admin.list_filter)
        missing += [
            f"{model._meta.label}.{field.name}"
            for field in model._meta.concrete_fields
            if (field.editable or field.name in shown) and untranslated(field.verbose_name)
        ]
    assert missing == []


def test_admin_index_names_the_portal_and_every_app_in_vietnamese(admin_client, english):
    page = admin_client.get(reverse("admin:index")).content.decode()

    assert "Theo dõi nhiệm vụ: trang quản trị" in page
    assert "Django" not in page
    with translation.override("vi"):
        app_names = [str(config.verbose_name) for config in apps.get_app_configs()]
    for name in ("Lượt đăng nhập", "Văn bản chỉ đạo và nhiệm vụ", "Cơ quan, đơn vị", "Báo cáo và thời hạn"):
        assert name in app_names and name in page
    assert english_leftovers(page, english) == []


@pytest.mark.parametrize("url", admin_pages())
def test_admin_page_shows_no_english_leftover(admin_client, english, url):
    response = admin_client.get(url)
    if response.status_code == 403:  # rows only the portal's own actions write offer no add page
        return
    assert response.status_code == 200
    page = response.content.decode()
    assert "Django" not in page
    assert english_leftovers(page, english) == []


@pytest.mark.parametrize("name", PORTAL_PAGES)
def test_portal_page_shows_no_english_leftover(client, english, name):
    membership = MembershipFactory()
    client.force_login(membership.user)
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert english_leftovers(response.content.decode(), english) == []


def test_english_leftover_check_catches_an_untranslated_heading(english):
    html = '<h1>Django administration</h1><a title="Tasks">Nhiệm vụ</a><p>Log out</p><p>English</p>'
    assert english_leftovers(html, english) == ["Django administration", "Log out", "Tasks"]


class QuantityForm(forms.Form):
    percent = forms.IntegerField(validators=[MinValueValidator(0), MaxValueValidator(100)])


def errors_in_vietnamese(data):
    with translation.override("vi"):
        form = QuantityForm(data)
        form.is_valid()
        return form.errors["percent"]


def test_a_non_integer_is_refused_in_plain_vietnamese():
    assert errors_in_vietnamese({"percent": "ba"}) == ["Hãy nhập một số nguyên."]


def test_limits_are_named_in_plain_vietnamese():
    assert errors_in_vietnamese({"percent": "130"}) == ["Hãy nhập giá trị nhỏ hơn hoặc bằng 100."]
    assert errors_in_vietnamese({"percent": "-1"}) == ["Hãy nhập giá trị lớn hơn hoặc bằng 0."]


@pytest.mark.parametrize(("language", "any_label"), [("vi", "Tất cả"), ("en", "Any")])
def test_needs_review_filter_offers_any_not_unknown(language, any_label):
    request = RequestFactory().get("/tasks/")
    with translation.override(language):
        html = str(TaskFilterSet({}, queryset=None, request=request).form["needs_review"])
    assert f'<option value="" selected>{any_label}</option>' in html
    assert in_language(language, "Unknown") not in html


def assert_language_names_in_their_own_language(page):
    assert ">Tiếng Việt<" in page and ">English<" in page
    assert "Tiếng Anh" not in page and "Vietnamese" not in page


@pytest.mark.parametrize("language", ["vi", "en"])
def test_language_names_are_written_in_their_own_language(client, language):
    client.post(reverse("set_language"), {"language": language, "next": reverse("login")})
    assert_language_names_in_their_own_language(client.get(reverse("login")).content.decode())
    client.force_login(MembershipFactory().user)

    for name in ("reports:inbox", "notifications:preferences"):
        assert_language_names_in_their_own_language(client.get(reverse(name)).content.decode())
