"""Settings for the portal, read from the environment with safe development defaults.

Every value comes from an environment variable. A value that cannot be used stops
start-up with one line that names the variable, never with a traceback.
"""

import os
import re
import sys
import tempfile
from email.utils import getaddresses
from pathlib import Path
from urllib.parse import urlparse

import dj_database_url
from csp.constants import NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))


def fail(message):
    """Stop start-up with one clear line (no traceback)."""
    sys.stderr.write(f"Cấu hình sai / configuration error: {message}\n")
    raise SystemExit(2)


def envbool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    fail(f"{name}={value!r} is not a boolean (use true or false)")


def envint(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        fail(f"{name}={value!r} is not a whole number")


def envlist(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = envbool("DEBUG", True)
TESTING = "pytest" in sys.modules or envbool("PORTAL_TESTING", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if DEBUG:
        SECRET_KEY = "dev-only-insecure-key-change-me-in-production-0123456789"
    else:
        fail("SECRET_KEY must be set when DEBUG is false")
elif not DEBUG and (len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5):
    fail("SECRET_KEY is too short or too simple for production (50+ varied characters)")

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    fail("ALLOWED_HOSTS must be set when DEBUG is false")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "portal.apps.LoginAttemptsConfig",
    "auditlog",
    "portal",
    "agencies",
    "tasks",
    "reports",
    "notifications",
    "reorganization",
    "audit",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.VietnameseFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "audit.context.ChangeLogMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.headers.SecurityHeadersMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
# Where the Django admin answers. Moving it off /admin/ keeps it out of the paths robots try first; the lock-out
# (django-axes) guards it either way. portal/checks.py refuses a path that another page already uses.
ADMIN_URL = os.environ.get("ADMIN_URL", "admin/")
if not re.fullmatch(r"(?:[A-Za-z0-9][A-Za-z0-9_-]*/)+", ADMIN_URL):
    fail(f"ADMIN_URL={ADMIN_URL!r} must be a path such as quan-tri/: letters, digits, - and _, ending with /")

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# --- Database -------------------------------------------------------------
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if not DATABASE_URL:
    DATABASE_URL = f"sqlite:///{VAR_DIR / 'portal.sqlite3'}"
_db_scheme = urlparse(DATABASE_URL).scheme
if _db_scheme not in ("sqlite", "postgres", "postgresql", "pgsql"):
    fail(f"DATABASE_URL scheme {_db_scheme!r} is not supported (use sqlite:/// or postgres://)")
try:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("DB_CONN_MAX_AGE", 60))}
except Exception as exc:  # dj_database_url raises several kinds for malformed URLs
    fail(f"DATABASE_URL cannot be read: {exc}")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE"}
    # A file, not memory: the crash-recovery acceptance test starts real Celery worker processes, which must see the
    # test database. One per test run, so that runs in parallel do not share it.
    DATABASES["default"]["TEST"] = {"NAME": str(Path(tempfile.gettempdir()) / f"portal-test-{os.getpid()}.sqlite3")}
    # The dashboard's covering indexes (INCLUDE columns) are for PostgreSQL; SQLite builds them on their key columns,
    # which is what it can use, and every command would otherwise print models.W040 three times.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
else:
    SILENCED_SYSTEM_CHECKS = []
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = envint("DB_CONNECT_TIMEOUT", 5)
    # No JIT compilation: the dashboard's counts cost enough for PostgreSQL to compile them on every request, which
    # took longer (up to 240 ms at 200,000 tasks) than running them (bench/dashboard_bench.py). A random page read
    # priced as on SSD (1.1, not the spinning-disk default of 4): otherwise the planner reads the 200,000 tasks'
    # table instead of the covering index the dashboard's counts are made from (180 ms against 125).
    DATABASES["default"]["OPTIONS"]["options"] = "-c jit=off -c random_page_cost=1.1"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The change log (audit/): django-auditlog writes into the portal's own table, which adds where a change came from.
AUDITLOG_LOGENTRY_MODEL = "audit.Change"
# auditlog's own migrations create its default table (auditlog_logentry, with a foreign key to the users) even when
# the model is swapped for ours (jazzband/django-auditlog#804); that unused table then stops `flush` on PostgreSQL.
# Its app has nothing else to migrate, so it is left without migrations: its swapped model is never created.
MIGRATION_MODULES = {"auditlog": None}
# A full text shown whole on the history pages: two long results that differ near the end must not look the same.
AUDITLOG_CHANGE_DISPLAY_TRUNCATE_LENGTH = -1

# --- Redis, Celery, cache ---------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL and urlparse(REDIS_URL).scheme not in ("redis", "rediss"):
    fail(f"REDIS_URL={REDIS_URL!r} must start with redis:// or rediss://")

CELERY_DATA_DIR = VAR_DIR / "celery"
# The embedded broker's transport: kombu's filesystem one, each message written whole before a worker lists it.
EMBEDDED_BROKER_TRANSPORT = "portal.broker:Transport"
if REDIS_URL:
    CELERY_BROKER_URL = REDIS_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 5}
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    # Embedded default: kombu's filesystem transport needs no server, so the run
    # command's worker and beat still do real scheduled work on a bare machine.
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT = EMBEDDED_BROKER_TRANSPORT
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_DATA_DIR / "queue"),
        "data_folder_out": str(CELERY_DATA_DIR / "queue"),
        "processed_folder": str(CELERY_DATA_DIR / "processed"),
        "control_folder": str(CELERY_DATA_DIR / "control"),
        "store_processed": False,
    }
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
CELERY_TIMEZONE = "Asia/Ho_Chi_Minh"
# Tests run tasks inline; everywhere else the worker runs them.
CELERY_TASK_ALWAYS_EAGER = TESTING
CELERY_TASK_EAGER_PROPAGATES = TESTING
CELERY_TASK_ACKS_LATE = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BEAT_SCHEDULE_FILENAME = str(CELERY_DATA_DIR / "beat-schedule")
CELERY_BEAT_SCHEDULER = "portal.liveness:RecordingScheduler"
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# --- Authentication -------------------------------------------------------
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    # Hashing is deliberately slow; tests create many users and gain nothing from it.
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"  # each role lands where its work is (reports.views.landing_page)
LOGOUT_REDIRECT_URL = "login"

# Password guessing: lock a username+address pair after AXES_FAILURE_LIMIT failures.
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = envint("AXES_COOLOFF_MINUTES", 30) / 60  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Behind reverse proxies every request comes from the proxy's address: without the real client's, one person's wrong
# passwords would lock that username for the whole office. TRUSTED_PROXY_COUNT says how many proxies in front of the
# portal append to X-Forwarded-For; 0 (the default) never reads the header, which a client can forge.
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", 0)
if not 0 <= TRUSTED_PROXY_COUNT <= 5:
    fail(f"TRUSTED_PROXY_COUNT={TRUSTED_PROXY_COUNT} must be 0 (no proxy) to 5")
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_address"
# Axes' start-up banner would add a line to every manage.py command, check_services' one-line answer included.
AXES_VERBOSE = False

# --- Languages and time ---------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["portal.formats"]

# --- Static and uploaded files --------------------------------------------
STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
# Evidence attached to progress reports; larger uploads are dropped while they arrive.
REPORT_ATTACHMENT_MAX_BYTES = envint("REPORT_ATTACHMENT_MAX_MB", 20) * 1024 * 1024
# Spreadsheet imports: refused beyond these limits (the message names the limit); the row limit holds for all
# sheets together, counted by row number. Files bigger than IMPORT_BACKGROUND_KB or with more rows than
# IMPORT_BACKGROUND_ROWS are read and written by the Celery worker with a progress bar.
IMPORT_MAX_FILE_BYTES = envint("IMPORT_MAX_FILE_MB", 20) * 1024 * 1024
IMPORT_MAX_UNPACKED_BYTES = envint("IMPORT_MAX_UNPACKED_MB", 100) * 1024 * 1024
IMPORT_MAX_ZIP_RATIO = envint("IMPORT_MAX_ZIP_RATIO", 200)
IMPORT_MAX_ROWS = envint("IMPORT_MAX_ROWS", 100_000)
IMPORT_MAX_COLUMNS = envint("IMPORT_MAX_COLUMNS", 256)
IMPORT_MAX_PAGES = envint("IMPORT_MAX_PAGES", 1000)
IMPORT_MAX_READ_SECONDS = envint("IMPORT_MAX_READ_SECONDS", 60)
IMPORT_BACKGROUND_BYTES = envint("IMPORT_BACKGROUND_KB", 256) * 1024
IMPORT_BACKGROUND_ROWS = envint("IMPORT_BACKGROUND_ROWS", 5_000)
if (
    min(
        IMPORT_MAX_ROWS,
        IMPORT_MAX_COLUMNS,
        IMPORT_MAX_ZIP_RATIO,
        IMPORT_MAX_FILE_BYTES,
        IMPORT_MAX_UNPACKED_BYTES,
        IMPORT_MAX_PAGES,
        IMPORT_MAX_READ_SECONDS,
    )
    < 1
):
    fail("IMPORT_MAX_FILE_MB, _UNPACKED_MB, _ZIP_RATIO, _ROWS, _COLUMNS, _PAGES and _READ_SECONDS must be 1 or more")
# An import being read or written that has not been heard from for this long was abandoned (its worker died, or its
# message was lost): the reaper reads it again, or sends a stopped commit back to its preview.
IMPORT_STUCK_TIMEOUT_MINUTES = envint("IMPORT_STUCK_TIMEOUT_MINUTES", 15)
if IMPORT_STUCK_TIMEOUT_MINUTES < 1:
    fail("IMPORT_STUCK_TIMEOUT_MINUTES must be 1 or more")
# Tests serve static files through the live server's own handler; whitenoise need not look for collected files
# (and warn that var/staticfiles/ does not exist).
WHITENOISE_AUTOREFRESH = DEBUG or TESTING
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG or TESTING
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- Email ----------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = envbool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 30)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Cổng theo dõi nhiệm vụ <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_SUBJECT_PREFIX = "[Cổng theo dõi nhiệm vụ] "
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    fail("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be true")


def base_url():
    """The portal's public address, for the links in e-mails: PORTAL_BASE_URL, else (in production) https:// and the
    first ALLOWED_HOSTS name, or (in development) the local server's port."""
    if "PORTAL_BASE_URL" in os.environ:
        value = os.environ["PORTAL_BASE_URL"].strip().rstrip("/")
    elif DEBUG:
        value = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
    else:
        host = ALLOWED_HOSTS[0].lstrip(".")
        if "*" in host:
            fail("PORTAL_BASE_URL must be set when ALLOWED_HOSTS begins with a wildcard (e.g. https://portal.gov.vn)")
        value = f"https://{host}"
    parts = urlparse(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        fail(f"PORTAL_BASE_URL={value!r} is not the portal's address (write e.g. https://theodoi.quangngai.gov.vn)")
    return value


PORTAL_BASE_URL = base_url()

EMAIL_ADDRESS = re.compile(r"[^@\s<>,]+@[^@\s<>,]+\.[^@\s<>,]+")


def envaddresses(name):
    """A comma-separated list of e-mail addresses with optional names, e.g. ADMINS="Tên <a@b.vn>,c@d.vn"."""
    value = os.environ.get(name, "")
    if not value.strip():
        return []
    pairs = getaddresses([value])
    # getaddresses turns an unparsable item into ("", "") or an address without "@" rather than failing.
    bad = [address or display for display, address in pairs if not EMAIL_ADDRESS.fullmatch(address)]
    if bad:
        fail(f"{name}={value!r}: {bad[0]!r} is not an e-mail address (write Name <a@b.vn>,c@d.vn)")
    return pairs


# Unhandled errors (500) are mailed to these people when DEBUG is off (LOGGING below), and so are background
# tasks that failed for good (portal/celery.py).
ADMINS = envaddresses("ADMINS")

# --- Security in production -----------------------------------------------
SESSION_COOKIE_HTTPONLY = True
# Load balancers probe /healthz over plain HTTP inside the network; a redirect to HTTPS would read as "down".
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000)
    # includeSubDomains covers only names under the portal's own host (portal.example.gov.vn), never its siblings.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    # Preloading is for a whole registrable domain and hard to undo: an office asks for it, it is never a default.
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", False)
    if SECURE_HSTS_PRELOAD and not (SECURE_HSTS_INCLUDE_SUBDOMAINS and SECURE_HSTS_SECONDS >= 31536000):
        fail("SECURE_HSTS_PRELOAD needs SECURE_HSTS_INCLUDE_SUBDOMAINS=true and SECURE_HSTS_SECONDS of a year or more")
    # The deployment checklist warns about each choice left off; here leaving it off is the decision, not a slip.
    SILENCED_SYSTEM_CHECKS += [
        check
        for check, chosen in (("security.W005", SECURE_HSTS_INCLUDE_SUBDOMAINS), ("security.W021", SECURE_HSTS_PRELOAD))
        if not chosen
    ]
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): scripts, styles, images and fonts only from the portal's own files, so
# injected markup can run nothing. Templates carry no inline script, event handler, <style> or style attribute;
# behaviours are asked for with data- attributes that static/js/portal.js wires up.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Permissions-Policy: the portal uses none of the browser's powerful features, so none may be used in it.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        # Sends nothing while ADMINS is empty.
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    # Everything reaches the console through the root logger; errors are also mailed to ADMINS: unhandled errors
    # in requests (500) and refused requests (django.security, e.g. a forged Host). Naming "django" here replaces
    # the mail handler Django puts on it by default, so each error is mailed once.
    "loggers": {
        "django": {"handlers": ["mail_admins"], "level": "INFO"},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO" if not TESTING else "WARNING")},
}

PAGINATE_BY = envint("PAGINATE_BY", 25)

# --- Reminders (notifications app) -------------------------------------------
from celery.schedules import crontab  # noqa: E402


def envdays(name, default):
    """A comma-separated list of whole days, e.g. REMINDER_DAYS_AHEAD=7,3,1."""
    try:
        days = sorted({int(item) for item in envlist(name, default)}, reverse=True)
    except ValueError:
        fail(f"{name}={os.environ.get(name)!r} must be whole numbers separated by commas, e.g. 7,3,1")
    if any(day < 1 for day in days):
        fail(f"{name}={os.environ.get(name)!r}: every number of days must be 1 or more")
    return days


REMINDER_SWEEP_HOUR = envint("REMINDER_SWEEP_HOUR", 7)
REMINDER_SWEEP_MINUTE = envint("REMINDER_SWEEP_MINUTE", 0)
if not (0 <= REMINDER_SWEEP_HOUR <= 23 and 0 <= REMINDER_SWEEP_MINUTE <= 59):
    fail("REMINDER_SWEEP_HOUR must be 0-23 and REMINDER_SWEEP_MINUTE 0-59")
REMINDER_DAYS_AHEAD = envdays("REMINDER_DAYS_AHEAD", ["7", "3", "1"])
# "Due soon": a report or deadline within the first window is shown amber (inbox, task list); the dashboard counts
# tasks due within each of the two windows. The one place these numbers live.
DUE_SOON_DAYS = sorted(envdays("DUE_SOON_DAYS", ["7", "30"]))
if len(DUE_SOON_DAYS) != 2:
    fail(f"DUE_SOON_DAYS={os.environ.get('DUE_SOON_DAYS')!r} must be two numbers of days, e.g. 7,30")
REMINDER_ESCALATE_AFTER_DAYS = envint("REMINDER_ESCALATE_AFTER_DAYS", 3)
REMINDER_CATCH_UP_DAYS = envint("REMINDER_CATCH_UP_DAYS", 7)
REMINDER_SEND_BATCH = envint("REMINDER_SEND_BATCH", 200)
REMINDER_MAX_RETRIES = envint("REMINDER_MAX_RETRIES", 5)
REMINDER_RETRY_BACKOFF_SECONDS = envint("REMINDER_RETRY_BACKOFF_SECONDS", 60)
if REMINDER_ESCALATE_AFTER_DAYS < 1 or REMINDER_CATCH_UP_DAYS < 0 or REMINDER_SEND_BATCH < 1:
    fail("REMINDER_ESCALATE_AFTER_DAYS and REMINDER_SEND_BATCH must be 1 or more, REMINDER_CATCH_UP_DAYS 0 or more")
# A digest still "sending" this long after a worker took it was abandoned (the worker died): the reaper sends it
# again. One email is in flight at a time, so this needs only to exceed EMAIL_TIMEOUT.
REMINDER_SENDING_TIMEOUT_MINUTES = envint("REMINDER_SENDING_TIMEOUT_MINUTES", 60)
if REMINDER_SENDING_TIMEOUT_MINUTES * 60 <= EMAIL_TIMEOUT:
    fail("REMINDER_SENDING_TIMEOUT_MINUTES must be longer than EMAIL_TIMEOUT (an email may take that long to go out)")
if REMINDER_MAX_RETRIES < 0 or REMINDER_RETRY_BACKOFF_SECONDS < 1:
    fail("REMINDER_MAX_RETRIES must be 0 or more and REMINDER_RETRY_BACKOFF_SECONDS 1 or more")
# Beat only triggers the daily sweep (CELERY_TIMEZONE above); the sweep reads the database to decide what
# is due, so nothing waits in the broker for days.
# Beat sends a heartbeat task this often, so a live worker has always run a task recently; /healthz calls beat
# or the worker dead when its last sign of life is older than HEALTHZ_STALE_SECONDS.
HEARTBEAT_SECONDS = 60
HEALTHZ_STALE_SECONDS = envint("HEALTHZ_STALE_SECONDS", 180)
if HEALTHZ_STALE_SECONDS <= HEARTBEAT_SECONDS:
    fail(f"HEALTHZ_STALE_SECONDS must be more than {HEARTBEAT_SECONDS} (beat's heartbeat interval)")
CELERY_BEAT_SCHEDULE = {
    # Heartbeats missed while the worker was down are dropped, not run in a burst when it comes back.
    "heartbeat": {
        "task": "portal.tasks.heartbeat",
        "schedule": HEARTBEAT_SECONDS,
        "options": {"expires": HEARTBEAT_SECONDS},
    },
    "daily-reminder-sweep": {
        "task": "notifications.tasks.daily_sweep",
        "schedule": crontab(hour=REMINDER_SWEEP_HOUR, minute=REMINDER_SWEEP_MINUTE),
    },
    # Work a killed worker or a lost message left behind is taken back well within its timeout (portal/reaper.py).
    "reaper": {"task": "portal.tasks.reap_stuck_work", "schedule": crontab(minute="*/5")},
    # A confirmed reorganization takes effect in the first minutes of its date, before the reminder sweep.
    "reorganizations-due": {
        "task": "reorganization.tasks.apply_due_reorganizations",
        "schedule": crontab(minute="1,31"),
    },
    # Stored task statuses that a deadline or a start date has changed since (tasks/status.py); a run missed is
    # made up by the next, which reads every row whose moment has passed.
    "task-statuses": {"task": "tasks.tasks.advance_statuses", "schedule": crontab(), "options": {"expires": 60}},
}

# --- Backups (manage.py backup / restore) --------------------------------------
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", VAR_DIR / "backups"))
# Where pg_dump and pg_restore are when neither Debian's /usr/lib/postgresql/<version>/bin nor PATH has the
# server's version.
POSTGRES_BIN_DIR = os.environ.get("POSTGRES_BIN_DIR", "")
if POSTGRES_BIN_DIR and not Path(POSTGRES_BIN_DIR).is_dir():
    fail(f"POSTGRES_BIN_DIR={POSTGRES_BIN_DIR!r} is not a folder")
