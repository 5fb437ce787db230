"""Settings for Routewijzer, read from the environment.

Development and tests run with safe defaults (SQLite file, DEBUG on). Production sets
DEBUG=0, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "dev-only-not-secret-routewijzer"

ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver").split(",")
    if h.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "simple_history",
    "csp",
    "axes",
    "catalog",
    "routing",
]

MIDDLEWARE = [
    # First: times the whole request and logs one line, whatever happens below.
    "routewijzer.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "routewijzer.middleware.PermissionsPolicyMiddleware",
    "routewijzer.middleware.AllowedMethodsMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages are compressed; Django adds random padding against BREACH (since 4.2).
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "routewijzer.middleware.SessionLifetimeMiddleware",
    # The language comes from the URL only (/fr/…, /en/…, Dutch without a prefix): no cookie.
    # The admin is forced to Dutch (routewijzer.middleware.FirstPageLanguageMiddleware).
    "django.middleware.locale.LocaleMiddleware",
    "routewijzer.middleware.FirstPageLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a lockout into its 429 response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "routewijzer.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "routewijzer.context_processors.site",
                "routewijzer.context_processors.languages",
            ],
        },
    },
]

WSGI_APPLICATION = "routewijzer.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        # A "SELECT 1" before a request's first query, so a connection broken by a database
        # restart is replaced before it fails a request (on PostgreSQL only when the connection
        # has not answered for a second: routewijzer/postgresql).
        conn_health_checks=env_bool("DB_HEALTH_CHECKS", True),
    )
}

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Django's backend; its health check skips a connection that answered within a second.
    DATABASES["default"]["ENGINE"] = "routewijzer.postgresql"
    # Fail fast instead of hanging until gunicorn kills the worker: a connection must be made
    # within DB_CONNECT_TIMEOUT seconds, a statement may run DB_STATEMENT_TIMEOUT_MS, and sent
    # data left unacknowledged that long drops the connection (a stalled network). A statement
    # waits at most DB_LOCK_TIMEOUT_MS for a lock another connection holds (a table locked by
    # a migration or a stuck transaction), so such a request frees its worker well before the
    # statement limit. The visitor then gets a 503 (routewijzer.views.server_error). 0 turns a
    # limit off (bin/start does so for migrations and the catalogue import).
    _statement_timeout_ms = int(os.environ.get("DB_STATEMENT_TIMEOUT_MS", "5000"))
    _lock_timeout_ms = int(os.environ.get("DB_LOCK_TIMEOUT_MS", "1000"))
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": int(os.environ.get("DB_CONNECT_TIMEOUT", "3")),
            "options": (
                f"-c statement_timeout={_statement_timeout_ms} -c lock_timeout={_lock_timeout_ms}"
            ),
            "tcp_user_timeout": _statement_timeout_ms,
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Each process keeps the catalogue in memory and asks the database for its version at most
# this often (seconds): another worker's edit shows within that time, the worker's own at once.
# 0: once per request (the tests, where "another worker" writes between two calls).
CATALOGUE_RECHECK_SECONDS = float(os.environ.get("CATALOGUE_RECHECK_SECONDS", "1"))
# That check waits at most this long (milliseconds, PostgreSQL) for a lock on the version's
# table; then the process goes on with the catalogue it holds (catalog.selectors).
CATALOGUE_VERSION_LOCK_TIMEOUT_MS = 100

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out login never reaches the password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Behind N reverse proxies (PROXY_COUNT=1 behind nginx), everything counted per client (admin
# login lockouts, the "Klopt er iets niet?" limit) uses the address the outermost proxy saw,
# from X-Forwarded-For (catalog.utils.proxy.client_ip), instead of the proxy's own: otherwise one
# client's failures would count against everyone. AXES_PROXY_COUNT is the variable's old name.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", os.environ.get("AXES_PROXY_COUNT", "0")))

# Admin login throttling (django-axes), aimed at the attacker, not the editor: 5 failed logins
# for one username from one client address lock that pair out, and 20 from one address (any
# usernames) lock that address out, for an hour (routewijzer.login.LoginAttempts); the same
# username from another address still logs in. A success resets its address's counts. Stored
# in the database so every gunicorn worker sees the same count.
AXES_HANDLER = "routewijzer.login.LoginAttempts"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
LOGIN_ADDRESS_FAILURE_LIMIT = int(os.environ.get("LOGIN_ADDRESS_FAILURE_LIMIT", "20"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "1"))
# In this order: LoginAttempts reads the address's count first, then the pair's.
AXES_LOCKOUT_PARAMETERS = ["ip_address", ["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Any username a form can send, however long, must give a login error, never a 500.
AXES_USERNAME_CALLABLE = "routewijzer.login.axes_username"
# Data minimisation: no record of every successful login (IP address, browser).
AXES_DISABLE_ACCESS_LOG = True
AXES_CLIENT_IP_CALLABLE = "catalog.utils.proxy.client_ip"

# Counters every gunicorn worker must share (the "Klopt er iets niet?" limit per address): a
# table in the database, created by every `migrate` (catalog.apps.ensure_cache_tables).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "limits": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "routewijzer_limits",
        # Django's default (300) would let clients with many addresses push the others'
        # counts out early; expired rows are deleted first either way.
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch is the source language; French and English come from the catalogues in locale/
# (README, "Languages"). The admin stays Dutch.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("fr", "Français"), ("en", "English")]
# locale/: the public texts in French and English. routewijzer/locale: Dutch for the texts of
# the admin's JavaScript that Django's own Dutch catalogue lacks.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "routewijzer" / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "routewijzer" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "routewijzer.storage.StaticStorage"
        )
    },
}

# Answers live in the session only. The cookie ends with the browser; on the server a session
# expires after SESSION_COOKIE_AGE without use (SessionLifetimeMiddleware pushes the expiry back
# while it is used, at most every SESSION_RENEW_INTERVAL seconds) and the same middleware
# deletes expired sessions, at most every SESSION_CLEANUP_INTERVAL seconds per process: no cron
# job needed.
# Sessions are files in one private directory that every worker must see (routewijzer/sessions.py):
# no database round trip per page, and no answer in the database or its backups.
SESSION_ENGINE = "routewijzer.sessions"
SESSION_FILE_PATH = os.environ.get("SESSION_FILE_PATH") or str(BASE_DIR / "var" / "sessions")
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = 60 * 60
SESSION_RENEW_INTERVAL = 5 * 60
SESSION_CLEANUP_INTERVAL = int(os.environ.get("SESSION_CLEANUP_INTERVAL", "300"))
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# The CSRF cookie also ends with the browser (Django's default keeps it a year), and "Snel
# weg" deletes it.
CSRF_COOKIE_AGE = None
CSRF_COOKIE_SAMESITE = "Lax"

SECURE_CONTENT_TYPE_NOSNIFF = True
# No referrer ever leaves for another site. Not "no-referrer": with it, browsers send
# "Origin: null" on form posts and Django's CSRF origin check rejects every form.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    # Off only for local production-like runs over plain http (browser tests, CI, bench).
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    # The container's HEALTHCHECK and load balancers call this over plain http.
    SECURE_REDIRECT_EXEMPT = [r"^gezond/$"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Where "Snel weg" (quick exit) takes people: a neutral site that reveals nothing.
QUICK_EXIT_URL = os.environ.get("QUICK_EXIT_URL", "https://www.google.be/")


def _origin(url: str) -> str:
    """scheme://host[:port] of a URL, for a CSP source list."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# Strict Content-Security-Policy (django-csp): only this server's own files. Templates have no
# inline <script> or style="" (htmx is configured by a <meta> tag with its inline indicator
# styles off), and no page loads anything from another host: no CDN, fonts or analytics, so
# no third-party requests and no tracking. form-action also allows the quick-exit site: without
# JavaScript, "Snel weg" is a POST answered by a redirect there, and browsers check a form's
# redirects against form-action.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-src": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF, _origin(QUICK_EXIT_URL)],
    }
}

# Browser features no page of this site uses: denied to it and to anything it could embed.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer", "autoplay", "camera",
        "display-capture", "encrypted-media", "geolocation", "gyroscope", "hid", "idle-detection",
        "magnetometer", "microphone", "midi", "payment", "publickey-credentials-get",
        "screen-wake-lock", "serial", "usb", "xr-spatial-tracking", "browsing-topics",
    )
}  # fmt: skip

# Off only while restoring a backup with loaddata: the dump already holds the history, and
# loading would otherwise add a history row per restored relation (README "Backup").
SIMPLE_HISTORY_ENABLED = env_bool("SIMPLE_HISTORY_ENABLED", True)

# Address for "Klopt er iets niet?" links next to each contact.
CORRECTIONS_EMAIL = os.environ.get("CORRECTIONS_EMAIL", "correcties@routewijzer.invalid")

# Where the app points people when the catalogue knows no contact.
FALLBACK_URL = "https://www.jeugdhulp.be"

# One JSON object per line on stderr (12-factor): gunicorn or the container collects it.
# Request lines (logger "routewijzer.request") carry method, path without query string, route,
# status and duration only: never answers, query strings, IP addresses, cookies or user agents.
# LOG_FORMAT=text gives plain lines for development.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "routewijzer.logs.JsonFormatter"},
        "text": {"format": "%(levelname)s %(name)s %(message)s"},
    },
    "filters": {"disallowed_host": {"()": "routewijzer.logs.DisallowedHostFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": os.environ.get("LOG_FORMAT", "json"),
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Each request is already one line from RequestLogMiddleware, and the server-error
        # handler logs tracebacks (at most once a minute per kind): Django's own "Not Found"
        # and "Service Unavailable: /gezond/" lines would only repeat them.
        "django.request": {"level": "CRITICAL"},
        "django.server": {"level": "ERROR"},
        # Lockouts are counted in the database (admin "Access attempts"); their log lines
        # would name usernames and addresses.
        "axes": {"level": "ERROR"},
        # A Host header outside ALLOWED_HOSTS: one short warning a minute, not the header
        # (any size) twice with a traceback at error level for every such request.
        "django.security.DisallowedHost": {"filters": ["disallowed_host"]},
    },
}
