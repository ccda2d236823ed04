"""Project-wide test set-up: fail fast when a configured service is down, and drive Debian's chromium."""

from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import translation
from playwright.sync_api import sync_playwright

from portal.celery import app as celery_app
from portal.views import broker_reachable, broker_transport_problem

ARTIFACTS_DIR = Path(__file__).resolve().parent / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"
# The machine's network is closed: without these flags chromium keeps trying to reach Google and logs refusals.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, and on PostgreSQL no session left on it when it is dropped.

    The live server's request threads close their connections as the server stops, but PostgreSQL ends those
    sessions a moment later; the database could not be dropped and pytest warned.
    """
    yield
    if connection.vendor == "postgresql":
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.fixture(autouse=True)
def portal_celery_app_afterwards():
    """A test that starts a worker of its own app (celery.contrib.testing's start_worker) leaves that app current and
    default, so every later `.delay()` of a shared task went to its in-memory broker and never ran (the e-mail of a
    notification in a later test was never sent); the portal's app is current again after each test."""
    yield
    celery_app.set_current()
    celery_app.set_default()


@pytest.fixture(autouse=True)
def default_language_afterwards():
    """A request in English leaves English active on the test's thread (LocaleMiddleware activates it and nothing
    deactivates it); the next test starts in the default language again."""
    yield
    translation.deactivate()


@pytest.fixture(scope="session", autouse=True)
def configured_services_answer(django_db_blocker):
    """With PostgreSQL or Redis configured, a service that does not answer aborts the run: fail, not skip."""
    if connection.vendor == "postgresql":
        try:
            # The cursor Django itself uses to create the test database, so the named database need not exist yet.
            with django_db_blocker.unblock(), connection._nodb_cursor() as cursor:
                cursor.execute("SELECT 1")
        except Exception as exc:  # any driver error means the run cannot go on
            pytest.exit(f"DATABASE_URL: PostgreSQL does not answer: {str(exc).strip().splitlines()[0]}", returncode=1)
    if settings.REDIS_URL:
        missing = broker_transport_problem()
        if missing:
            pytest.exit(f"REDIS_URL: the Redis transport's Python package is missing: {missing}", returncode=1)
        ok, error = broker_reachable()
        if not ok:
            pytest.exit(f"REDIS_URL: Redis does not answer: {error}", returncode=1)


# Nothing listens on port 1: connections are refused at once, as when Redis has stopped.
UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_down(settings):
    """The cache and the portal's real Celery app (not eager) on a Redis that does not answer."""
    from kombu import pools

    from portal.celery import app

    def forget_connections():  # kombu keeps a pool per broker URL
        pools.reset()
        app._pool = None
        app.amqp._producer_pool = None

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": UNREACHABLE_REDIS}
    }
    names = ("broker_url", "broker_transport", "broker_transport_options", "task_always_eager")
    saved = {name: app.conf[name] for name in names}
    forget_connections()
    app.set_current()  # shared tasks send through the current app; a test's own worker may have left another
    # No transport named: the embedded broker's (settings.EMBEDDED_BROKER_TRANSPORT) would take the redis URL over.
    app.conf.update(
        broker_url=UNREACHABLE_REDIS, broker_transport=None, broker_transport_options={}, task_always_eager=False
    )
    yield app
    app.conf.update(saved)
    forget_connections()


@pytest.fixture
def browser(monkeypatch):
    """Headless Debian chromium driven by Playwright's sync API (never Playwright's own downloaded browser).

    One per test: while Playwright runs, its event loop sits on this thread and Django's ORM refuses to run unless
    DJANGO_ALLOW_ASYNC_UNSAFE is set, so both are kept to the browser tests and do not leak into the others.
    """
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh Vietnamese-language tab whose relative URLs go to pytest-django's live server."""
    context = browser.new_context(
        base_url=live_server.url,
        locale="vi-VN",
        timezone_id="Asia/Ho_Chi_Minh",
        viewport={"width": 1280, "height": 900},
    )
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def screenshot(page, request):
    """Save the page (or only what the viewport shows) as test-artifacts/<test name>[-<suffix>].png; return the path."""

    def take(suffix="", full_page=True):
        ARTIFACTS_DIR.mkdir(exist_ok=True)
        path = ARTIFACTS_DIR / f"{request.node.name}{'-' + suffix if suffix else ''}.png"
        page.screenshot(path=path, full_page=full_page)
        return path

    return take
