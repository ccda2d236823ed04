"""Settings read from the environment: a wrong value or an unreachable service stops start-up with one clear line."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "vX3#pQ9!mL7zR2@tK8wN5&bH1^cJ6*fD4$gS0yU-aE+iO=kW_eT%rY",
    "ALLOWED_HOSTS": "portal.example.gov.vn",
}
SETTINGS_VARIABLES = (
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "PORTAL_TESTING",
    "ADMINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "TRUSTED_PROXY_COUNT",
    "ADMIN_URL",
    "PORTAL_BASE_URL",
    "PORT",
)


def manage(tmp_path, *args, **env):
    """Run manage.py in a child process with a clean settings environment plus `env`; return (code, output lines)."""
    child_env = {key: value for key, value in os.environ.items() if key not in SETTINGS_VARIABLES}
    child_env.update(PORTAL_VAR_DIR=str(tmp_path), **env)
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.returncode, (result.stdout + result.stderr).strip().splitlines()


def assert_refused_with_one_line(code, lines, *words):
    assert code != 0
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0]
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize(
    ("variable", "url"),
    [
        ("DATABASE_URL", "mysql://portal@127.0.0.1/portal"),
        ("REDIS_URL", "amqp://guest@127.0.0.1:5672//"),
    ],
)
def test_unsupported_url_scheme_stops_start_up_with_one_line(tmp_path, variable, url):
    code, lines = manage(tmp_path, "check_services", **{variable: url})

    assert_refused_with_one_line(code, lines, variable)


def test_unreachable_postgresql_is_reported_in_one_line(tmp_path):
    code, lines = manage(tmp_path, "check_services", DATABASE_URL="postgres://postgres@127.0.0.1:1/x")

    assert_refused_with_one_line(code, lines, "DATABASE_URL", "127.0.0.1:1")


def test_unreachable_redis_is_reported_in_one_line(tmp_path):
    code, lines = manage(tmp_path, "check_services", REDIS_URL="redis://127.0.0.1:1/0")

    assert_refused_with_one_line(code, lines, "REDIS_URL", "127.0.0.1:1")


def test_production_settings_pass_the_deployment_checklist_without_warnings(tmp_path):
    code, lines = manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)

    assert code == 0, lines


def test_the_default_sqlite_database_passes_the_model_checks_without_warnings(tmp_path):
    """A newcomer's first commands (`./run` migrates) print no warning: the covering indexes made for PostgreSQL are
    built on their key columns by SQLite, which is what it can use."""
    code, lines = manage(tmp_path, "check", "--database", "default", "--fail-level", "WARNING")

    assert code == 0, lines
    assert not any("W040" in line for line in lines), lines


def test_production_without_secret_key_refuses_to_start(tmp_path):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "SECRET_KEY"}

    code, lines = manage(tmp_path, "check", **env)

    assert_refused_with_one_line(code, lines, "SECRET_KEY")


def test_production_with_a_short_secret_key_refuses_to_start(tmp_path):
    code, lines = manage(tmp_path, "check", **{**PRODUCTION_ENV, "SECRET_KEY": "short"})

    assert_refused_with_one_line(code, lines, "SECRET_KEY")


def test_a_missing_python_package_of_the_redis_transport_is_not_blamed_on_the_network(tmp_path):
    # A `packaging` that fails to import stands for a virtualenv built without kombu[redis]'s extra.
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / "packaging.py").write_text("raise ModuleNotFoundError(\"No module named 'packaging'\")\n")

    code, lines = manage(tmp_path, "check_services", REDIS_URL="redis://127.0.0.1:1/0", PYTHONPATH=str(shadow))

    assert_refused_with_one_line(code, lines, "REDIS_URL", "package is missing", "No module named 'packaging'")
    assert "cannot reach" not in lines[0]


def test_a_stale_limit_shorter_than_beats_heartbeat_stops_start_up_with_one_line(tmp_path):
    # Beat's heartbeat comes every minute: a shorter limit would call a live beat dead between two heartbeats.
    code, lines = manage(tmp_path, "check", HEALTHZ_STALE_SECONDS="60")

    assert_refused_with_one_line(code, lines, "HEALTHZ_STALE_SECONDS", "more than 60")


def setting_values(tmp_path, *names, **env):
    """The values of `names` as the settings read them from `env` (repr of each, one per line)."""
    code = "from django.conf import settings; " + "; ".join(f"print(repr(settings.{name}))" for name in names)
    status, lines = manage(tmp_path, "shell", "--no-imports", "-c", code, **env)
    assert status == 0, lines
    return lines


def test_admins_are_read_from_the_environment_with_their_names(tmp_path):
    value = "Quản trị hệ thống <quantri@sct.quangngai.gov.vn>, kythuat@vnpt.vn"

    (admins,) = setting_values(tmp_path, "ADMINS", ADMINS=value)

    assert admins == repr([("Quản trị hệ thống", "quantri@sct.quangngai.gov.vn"), ("", "kythuat@vnpt.vn")])


@pytest.mark.parametrize("value", ["quantri", "Quản trị <quantri>", "a@b.vn, khong-phai-dia-chi"])
def test_admins_that_are_not_addresses_stop_start_up_with_one_line(tmp_path, value):
    code, lines = manage(tmp_path, "check", ADMINS=value)

    assert_refused_with_one_line(code, lines, "ADMINS")


def test_production_sends_hsts_for_subdomains_but_does_not_ask_for_preloading_unless_told(tmp_path):
    default = setting_values(tmp_path, "SECURE_HSTS_PRELOAD", "SECURE_HSTS_INCLUDE_SUBDOMAINS", **PRODUCTION_ENV)
    asked = setting_values(tmp_path, "SECURE_HSTS_PRELOAD", **PRODUCTION_ENV, SECURE_HSTS_PRELOAD="true")

    assert default == ["False", "True"]
    assert asked == ["True"]


@pytest.mark.parametrize(
    "env",
    [
        {"SECURE_HSTS_PRELOAD": "true"},
        {"SECURE_HSTS_PRELOAD": "false", "SECURE_HSTS_INCLUDE_SUBDOMAINS": "false"},
    ],
)
def test_each_hsts_choice_still_passes_the_deployment_checklist(tmp_path, env):
    code, lines = manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV, **env)

    assert code == 0, lines


def test_preloading_without_subdomains_stops_start_up_with_one_line(tmp_path):
    env = {**PRODUCTION_ENV, "SECURE_HSTS_PRELOAD": "true", "SECURE_HSTS_INCLUDE_SUBDOMAINS": "false"}

    code, lines = manage(tmp_path, "check", **env)

    assert_refused_with_one_line(code, lines, "SECURE_HSTS_PRELOAD")


@pytest.mark.parametrize("value", ["-1", "6", "hai"])
def test_an_impossible_number_of_trusted_proxies_stops_start_up_with_one_line(tmp_path, value):
    code, lines = manage(tmp_path, "check", TRUSTED_PROXY_COUNT=value)

    assert_refused_with_one_line(code, lines, "TRUSTED_PROXY_COUNT")


def test_admin_answers_at_the_configured_path_and_no_longer_at_admin(tmp_path):
    code = (
        "from django.urls import Resolver404, resolve, reverse; print(reverse('admin:index'))\n"
        "try:\n    resolve('/admin/')\nexcept Resolver404:\n    print('/admin/ is not found')"
    )

    status, lines = manage(tmp_path, "shell", "--no-imports", "-c", code, ADMIN_URL="quan-tri-he-thong/")

    assert (status, lines) == (0, ["/quan-tri-he-thong/", "/admin/ is not found"])


@pytest.mark.parametrize("value", ["/quan-tri/", "quan-tri", "quản-trị/", "quan tri/"])
def test_an_admin_path_that_is_not_a_plain_path_stops_start_up_with_one_line(tmp_path, value):
    code, lines = manage(tmp_path, "check", ADMIN_URL=value)

    assert_refused_with_one_line(code, lines, "ADMIN_URL")


@pytest.mark.parametrize("value", ["tasks/", "dashboard/quan-tri/", "static/"])
def test_an_admin_path_that_a_portal_page_uses_fails_the_start_up_check(tmp_path, value):
    code, lines = manage(tmp_path, "check", ADMIN_URL=value)

    assert code != 0
    assert any("portal.E001" in line and "ADMIN_URL" in line for line in lines), lines


def test_production_with_a_moved_admin_still_passes_the_deployment_checklist(tmp_path):
    env = {**PRODUCTION_ENV, "ADMIN_URL": "quan-tri/", "TRUSTED_PROXY_COUNT": "1"}

    code, lines = manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", **env)

    assert code == 0, lines


def base_url(tmp_path, **env):
    code, lines = manage(
        tmp_path, "shell", "-c", "from django.conf import settings; print(settings.PORTAL_BASE_URL)", **env
    )
    assert code == 0, lines
    return lines[-1]


def test_email_links_use_the_configured_address_else_the_production_host_never_the_dev_port(tmp_path):
    assert base_url(tmp_path, PORTAL_BASE_URL="https://theodoi.quangngai.gov.vn/") == "https://theodoi.quangngai.gov.vn"
    assert base_url(tmp_path, **PRODUCTION_ENV) == "https://portal.example.gov.vn"
    assert base_url(tmp_path, PORT="8765") == "http://127.0.0.1:8765"


def test_an_address_that_is_not_a_url_stops_start_up(tmp_path):
    code, lines = manage(tmp_path, "check", PORTAL_BASE_URL="theodoi.quangngai.gov.vn")
    assert_refused_with_one_line(code, lines, "PORTAL_BASE_URL")
