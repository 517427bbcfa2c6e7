"""Settings for newsdesk, read from the environment (see docs/configuration.md)."""

from __future__ import annotations

import os
import re
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("NEWSDESK_VAR_DIR", BASE_DIR / "var"))


def envbool(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes", "on"}


def envint(name: str, default: int) -> int:
    raw = os.environ.get(name, str(default))
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None


def envfloat(name: str, default: float) -> float:
    raw = os.environ.get(name, str(default))
    try:
        return float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, not {raw!r}") from None


def envchoice(name: str, default: str, choices: tuple[str, ...]) -> str:
    value = os.environ.get(name, default).strip().lower()
    if value not in choices:
        raise ImproperlyConfigured(f"{name} must be one of {', '.join(choices)}, not {value!r}")
    return value


def envsecret(name: str) -> str | None:
    """Read NAME, or the contents of the file named by NAME_FILE."""
    if value := os.environ.get(name):
        return value
    if path := os.environ.get(f"{name}_FILE"):
        return Path(path).read_text().strip()
    return None


def _secret_key() -> str:
    if key := envsecret("SECRET_KEY"):
        return key
    keyfile = VAR_DIR / "secret_key"
    if not keyfile.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        try:  # created readable by its owner only, and by one process only
            fd = os.open(keyfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process made it first: use theirs
        else:
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_urlsafe(50))
    return keyfile.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = envbool("DEBUG")
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",") if h]
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "newsdesk.sources",
    "newsdesk.llm",
    "newsdesk.drafting",
    "newsdesk.factcheck",
    "newsdesk.articles",
    "newsdesk.engagement",
    "newsdesk.review",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "newsdesk.lib.read_only.ReadOnlyMethodsMiddleware",  # before CSRF, so a refused method is a 405, not a 403
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks: turns a refused login into the lockout page
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses a locked-out address before any password is hashed
    "newsdesk.lib.logins.OneAtATimeModelBackend",  # Django's, one password check at a time per address
]

ROOT_URLCONF = "newsdesk.urls"
WSGI_APPLICATION = "newsdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "newsdesk" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'newsdesk.sqlite3'}"),
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process read while the worker writes.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"
    DATABASES["default"]["OPTIONS"]["timeout"] = 20

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "en"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise serves from here after collectstatic
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

# Background work runs from the database (the default: nothing else to run) or from Redis through RQ,
# for many workers on many machines (README.md, "PostgreSQL and workers").
NEWSDESK_TASKS_BACKEND = envchoice("NEWSDESK_TASKS_BACKEND", "database", ("database", "rq"))
NEWSDESK_REDIS_URL = os.environ.get("NEWSDESK_REDIS_URL", "redis://127.0.0.1:6379/0")
TASKS = {
    "default": {
        "BACKEND": {"database": "django_tasks_db.DatabaseBackend", "rq": "django_tasks_rq.RQBackend"}[
            NEWSDESK_TASKS_BACKEND
        ],
        "QUEUES": ["default"],
    }
}
# django-rq's settings, read only with the rq backend; an article may take minutes on a CPU, so a job
# is stopped only after an hour.
RQ_QUEUES = {"default": {"URL": NEWSDESK_REDIS_URL, "DEFAULT_TIMEOUT": 3600}}
RQ = {"WORKER_CLASS": "rq.SimpleWorker", "JOB_CLASS": "django_tasks_rq.Job"}
if NEWSDESK_TASKS_BACKEND == "rq":
    INSTALLED_APPS.append("django_rq")

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True  # no script reads it: forms carry the token
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
if envbool("NEWSDESK_HTTPS"):
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# newsdesk
NEWSDESK_LLM_BACKEND = envchoice("NEWSDESK_LLM_BACKEND", "embedded", ("embedded", "openai"))
NEWSDESK_LLM_MODEL = os.environ.get("NEWSDESK_LLM_MODEL", "")
NEWSDESK_LLM_BASE_URL = os.environ.get("NEWSDESK_LLM_BASE_URL", "")
NEWSDESK_LLM_API_KEY = envsecret("NEWSDESK_LLM_API_KEY") or ""
NEWSDESK_LLM_THREADS = envint("NEWSDESK_LLM_THREADS", 0)
NEWSDESK_LLM_CONTEXT = envint("NEWSDESK_LLM_CONTEXT", 4096)
NEWSDESK_LLM_MAX_TOKENS = envint("NEWSDESK_LLM_MAX_TOKENS", 900)
NEWSDESK_LLM_TEMPERATURE = envfloat("NEWSDESK_LLM_TEMPERATURE", 0.2)
NEWSDESK_MODEL_DIR = Path(
    os.environ.get("NEWSDESK_MODEL_DIR", Path.home() / ".cache" / "newsdesk" / "models")
)
NEWSDESK_CHECK_POLICY = envchoice("NEWSDESK_CHECK_POLICY", "strict", ("strict", "background"))
# a short source in another language is published as its checked English renderings, not rewritten
NEWSDESK_BRIEFS = envbool("NEWSDESK_BRIEFS", "1")
NEWSDESK_CHECK_JUDGE = envbool("NEWSDESK_CHECK_JUDGE")
# a sentence fails the judge when the model's p(supported) is below this (measured in docs/judge.md)
NEWSDESK_CHECK_JUDGE_THRESHOLD = envfloat("NEWSDESK_CHECK_JUDGE_THRESHOLD", 0.275)
if not 0.0 <= NEWSDESK_CHECK_JUDGE_THRESHOLD <= 1.0:
    raise ImproperlyConfigured("NEWSDESK_CHECK_JUDGE_THRESHOLD must be between 0 and 1")
NEWSDESK_REPAIR_ATTEMPTS = envint("NEWSDESK_REPAIR_ATTEMPTS", 2)
NEWSDESK_ARTICLES_PER_PAGE = envint("NEWSDESK_ARTICLES_PER_PAGE", 10)

# The site loads nothing from other hosts and runs no inline script or style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Editors' logins (django-axes): after this many failures from one address, that address is refused
# for the cool-off, without hashing the password it sent.
AXES_FAILURE_LIMIT = envint("NEWSDESK_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=envfloat("NEWSDESK_LOGIN_COOLOFF_MINUTES", 5))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]  # never the username alone: a guesser elsewhere cannot lock an editor out
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # the wait the lockout page names is the wait
AXES_CLIENT_IP_CALLABLE = "newsdesk.engagement.readers.client_ip"
AXES_LOCKOUT_TEMPLATE = "admin/login_locked_out.html"
AXES_SENSITIVE_PARAMETERS = ["username"]  # a mistyped password often lands in the username; the address is logged
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},  # standard error
    "loggers": {
        "newsdesk": {"handlers": ["console"], "level": os.environ.get("NEWSDESK_LOG_LEVEL", "WARNING")},
        # every 500, with its traceback (Django sends these nowhere with DEBUG off)
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # failed logins and lockouts
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        # newsdesk serve: a request the server could not handle; not its queue depth under load
        "waitress": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "waitress.queue": {"level": "ERROR"},
    },
}

# ingestion (sources app)
NEWSDESK_ALLOW_PRIVATE_NETWORKS = envbool("NEWSDESK_ALLOW_PRIVATE_NETWORKS")
NEWSDESK_FEED_INTERVAL_MINUTES = envint("NEWSDESK_FEED_INTERVAL_MINUTES", 30)
NEWSDESK_INGEST_WORKERS = envint("NEWSDESK_INGEST_WORKERS", 8)
NEWSDESK_FEED_PAGES_PER_FETCH = envint("NEWSDESK_FEED_PAGES_PER_FETCH", 30)
NEWSDESK_LLM_RETRY_SECONDS = envint("NEWSDESK_LLM_RETRY_SECONDS", 60)

# writers (articles app): how many articles one `newsdesk worker` writes at once with the openai backend (the
# embedded model writes one at a time), and how long a task's worker may go silent before another takes it up
NEWSDESK_WRITERS = envint("NEWSDESK_WRITERS", 1)
if NEWSDESK_WRITERS < 1:
    raise ImproperlyConfigured(f"NEWSDESK_WRITERS must be at least 1, not {NEWSDESK_WRITERS}")
NEWSDESK_TASK_LEASE_SECONDS = envint("NEWSDESK_TASK_LEASE_SECONDS", 120)
if NEWSDESK_TASK_LEASE_SECONDS < 2:
    raise ImproperlyConfigured(f"NEWSDESK_TASK_LEASE_SECONDS must be at least 2, not {NEWSDESK_TASK_LEASE_SECONDS}")

# site (articles, engagement)
NEWSDESK_SITE_URL = os.environ.get("NEWSDESK_SITE_URL", "").rstrip("/")
NEWSDESK_SITE_NAME = os.environ.get("NEWSDESK_SITE_NAME", "newsdesk")
NEWSDESK_CLIENT_IP_HEADER = os.environ.get("NEWSDESK_CLIENT_IP_HEADER", "")
NEWSDESK_RATINGS_PER_ADDRESS = envint("NEWSDESK_RATINGS_PER_ADDRESS", 20)
NEWSDESK_COMMENT_INTERVAL_SECONDS = envint("NEWSDESK_COMMENT_INTERVAL_SECONDS", 15)
NEWSDESK_COMMENT_FORM_MAX_AGE_SECONDS = envint("NEWSDESK_COMMENT_FORM_MAX_AGE_SECONDS", 2 * 60 * 60)
NEWSDESK_COMMENT_HOLD_LINKS = envint("NEWSDESK_COMMENT_HOLD_LINKS", 2)
NEWSDESK_PAGE_CACHE_SECONDS = envint("NEWSDESK_PAGE_CACHE_SECONDS", 60)
NEWSDESK_API_PAGE_SIZE = envint("NEWSDESK_API_PAGE_SIZE", 20)

# pictures (articles app): share cards and header images are files in the default storage, under
# NEWSDESK_MEDIA_DIR, served by newsdesk itself. A header image comes from an OpenAI-compatible images endpoint,
# only when NEWSDESK_IMAGE_URL is set (its base, as for NEWSDESK_LLM_BASE_URL: http://127.0.0.1:8080/v1).
MEDIA_ROOT = Path(os.environ.get("NEWSDESK_MEDIA_DIR", VAR_DIR / "media"))
NEWSDESK_IMAGE_URL = os.environ.get("NEWSDESK_IMAGE_URL", "").strip().rstrip("/")
if NEWSDESK_IMAGE_URL and not NEWSDESK_IMAGE_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured(f"NEWSDESK_IMAGE_URL must be an http(s) URL, not {NEWSDESK_IMAGE_URL!r}")
NEWSDESK_IMAGE_MODEL = os.environ.get("NEWSDESK_IMAGE_MODEL", "")
NEWSDESK_IMAGE_API_KEY = envsecret("NEWSDESK_IMAGE_API_KEY") or ""
NEWSDESK_IMAGE_SIZE = os.environ.get("NEWSDESK_IMAGE_SIZE", "1024x1024").strip().lower()
if not re.fullmatch(r"[1-9]\d{1,3}x[1-9]\d{1,3}", NEWSDESK_IMAGE_SIZE):
    raise ImproperlyConfigured(f"NEWSDESK_IMAGE_SIZE must be WIDTHxHEIGHT in pixels, e.g. 1024x1024, "
                               f"not {NEWSDESK_IMAGE_SIZE!r}")
NEWSDESK_IMAGE_TIMEOUT_SECONDS = envint("NEWSDESK_IMAGE_TIMEOUT_SECONDS", 300)


# the editor's desk (engagement, review): who is told of a newly held article, and how mail leaves
def email_list(raw: str, *, name: str) -> list[str]:
    """Return the comma-separated email addresses in raw; refuse one that is not an address."""
    addresses = [a.strip() for a in raw.split(",") if a.strip()]
    for address in addresses:
        if address.count("@") != 1 or not all(address.split("@")) or any(c.isspace() for c in address):
            raise ImproperlyConfigured(f"{name}: {address!r} is not an email address")
    return addresses


NEWSDESK_EDITOR_EMAILS = email_list(os.environ.get("NEWSDESK_EDITOR_EMAILS", ""), name="NEWSDESK_EDITOR_EMAILS")
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = envsecret("EMAIL_HOST_PASSWORD") or ""
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS")
EMAIL_USE_SSL = envbool("EMAIL_USE_SSL")
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL cannot both be on: STARTTLS on 587, or SSL on 465")
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 10)  # seconds; a mail server that hangs must not hold up the worker
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsdesk@localhost")
