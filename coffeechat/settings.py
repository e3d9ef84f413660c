"""Django settings for coffeechat, read from COFFEECHAT_* environment variables.

Local mode (the default): one user, SQLite in the user's data folder, no password.
Hosted mode: COFFEECHAT_DATABASE_URL=postgres://… and COFFEECHAT_SECRET_KEY set.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
import platformdirs

BASE_DIR = Path(__file__).resolve().parent


def envbool(name: str, default: str = "False") -> bool:
    """Strict boolean: only "True" or "False" (healthchecks' habit), anything else fails loudly."""
    value = os.environ.get(name, default)
    if value not in ("True", "False"):
        raise ValueError(f"{name} must be True or False, not {value!r}")
    return value == "True"


def data_dir() -> Path:
    """The folder holding the user's database and secret key."""
    override = os.environ.get("COFFEECHAT_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir("coffeechat", False))
    path.mkdir(parents=True, exist_ok=True)
    return path


DATA_DIR = data_dir()


def _secret_key() -> str:
    if key := os.environ.get("COFFEECHAT_SECRET_KEY"):
        return key
    # Local mode: a key made once and kept beside the database, readable by the user alone.
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = envbool("COFFEECHAT_DEBUG")
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("COFFEECHAT_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
    if h.strip()
]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "coffeechat.accounts",
    "coffeechat.contacts",
    "coffeechat.conversations",
    "coffeechat.agenda",
    "coffeechat.outreach",
    "coffeechat.network",
    "coffeechat.imports",
    "coffeechat.backups",
    "coffeechat.dashboard",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "coffeechat.accounts.middleware.LoginRequiredMiddleware",
    "coffeechat.accounts.middleware.UserTimezoneMiddleware",
]

ROOT_URLCONF = "coffeechat.urls"
WSGI_APPLICATION = "coffeechat.wsgi.application"

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
                "coffeechat.navigation.navigation",
            ],
        },
    },
]


def _database() -> dict:
    url = os.environ.get("COFFEECHAT_DATABASE_URL", "").strip()
    if url:
        if not url.startswith(("postgres://", "postgresql://", "sqlite:")):
            raise ValueError("COFFEECHAT_DATABASE_URL must start with postgres:// or sqlite:")
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": DATA_DIR / "coffeechat.sqlite3",
        "OPTIONS": {
            # WAL lets the browser read while a write is in progress; the busy timeout
            # makes a second writer wait instead of failing at once; IMMEDIATE takes the
            # write lock at BEGIN, so two transactions never deadlock upgrading a read lock.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
        },
    }


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
# Only a hosted instance collects static files; locally whitenoise serves them from the package.
STATIC_ROOT = os.environ.get("COFFEECHAT_STATIC_ROOT") or None
STATICFILES_DIRS = [BASE_DIR / "static"]
# Serve straight from the package: no collectstatic step for a local user.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "/welcome/"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_NAME = "coffeechat_session"
CSRF_COOKIE_NAME = "coffeechat_csrftoken"
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Page sizes and the lengths of things, kept in one place.
CONTACTS_PER_PAGE = 50
LOGIN_TOKEN_TTL_SECONDS = 24 * 3600

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django": {"handlers": ["console"], "level": "WARNING"}},
}
