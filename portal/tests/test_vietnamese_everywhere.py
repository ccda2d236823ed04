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
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation

from agencies.tests.admin_pages import admin_url
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


# --- Every admin page, with rows in every table -------------------------------------------------------------------
# Where the admin writes a heading, a column or a field's name; text there that reads the same in English and in
# Vietnamese is English nobody translated (a verbose name, an app label, a third-party app's own text).
HEADING_TAGS = {"h1", "h2", "h3", "caption", "th", "label", "legend", "button", "title"}


class Headings(HTMLParser):
    def __init__(self):
        super().__init__()
        self.texts = set()
        self.open = []

    def handle_starttag(self, tag, attrs):
        if tag in HEADING_TAGS:
            self.open.append(tag)
        if tag == "input" and dict(attrs).get("type") == "submit" and dict(attrs).get("value"):
            self.texts.add(dict(attrs)["value"].strip())

    def handle_endtag(self, tag):
        if tag in HEADING_TAGS and tag in self.open:
            self.open.remove(tag)

    def handle_data(self, data):
        if self.open and data.strip():
            self.texts.add(" ".join(data.split()).rstrip(":").strip())


def headings(html):
    parser = Headings()
    parser.feed(html)
    return parser.texts


def english_headings(vi_html, en_html, data):
    """Headings the Vietnamese page shows as the English one does, but the world's own data, codes and numbers."""
    same = headings(vi_html) & headings(en_html)
    return sorted(
        text
        for text in same
        if text.isascii()
        and any(ch.isalpha() for ch in text)
        and not any(ch.isdigit() for ch in text)  # a number, a code or a date
        and text not in data
    )


@pytest.fixture
def world(settings, tmp_path):
    from portal.tests.test_input_sweep import admin_world, build_world

    settings.MEDIA_ROOT = tmp_path / "media"
    return admin_world(build_world())


def every_admin_page(world):
    """The index, each app's page and each model's list, add form, change form, history and delete pages, and a
    user's password form; the portal's own change history pages."""
    pages = [reverse("admin:index")]
    pages += sorted({reverse("admin:app_list", args=[model._meta.app_label]) for model in admin.site._registry})
    for model in admin.site._registry:
        obj = model._default_manager.order_by("pk").first()
        pages += [admin_url(model, "changelist"), admin_url(model, "add")]
        pages += [admin_url(model, view, obj.pk) for view in ("change", "history", "delete")]
    pages.append(reverse("admin:auth_user_password_change", args=[world.users["superuser"].pk]))
    pages += [reverse(f"audit:{kind}_history", args=[world.pk[f"audit:{kind}_history"]]) for kind in HISTORY_KINDS]
    return pages


HISTORY_KINDS = ("task", "report", "directive", "agency")


def world_data():
    """Text the pages show as data (names, codes, usernames, numbers): the same in both languages by right."""
    texts = set(SAME_IN_BOTH)
    for model in apps.get_models():
        for row in model._default_manager.all()[:50]:
            texts.add(str(row))
            texts.update(str(value) for value in vars(row).values() if isinstance(value, str))
    return texts


def test_every_admin_page_is_vietnamese_with_rows_in_every_table(world, english):
    client = Client()
    client.force_login(world.users["superuser"])
    data = world_data()
    found = {}
    for url in every_admin_page(world):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "vi"
        vi = client.get(url)
        if vi.status_code == 403:  # a table only the portal's own actions write offers no add or delete page
            continue
        assert vi.status_code == 200, url
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
        en = client.get(url).content.decode()
        page = vi.content.decode()
        leftovers = english_leftovers(page, english) + english_headings(page, en, data)
        if "Django" in page:
            leftovers.append("Django")
        if leftovers:
            found[url] = leftovers
    everything = sorted({text for texts in found.values() for text in texts})
    assert found == {}, "\n".join(everything)
