"""nahbar settings. Every knob is a NAHBAR_* environment variable; see docs/configuration.md."""

from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from nahbar import env

BASE_DIR = Path(__file__).resolve().parent.parent

# Development mode: detailed error pages, relaxed host checks. Switch off in production.
DEBUG = env.flag("DEBUG", True)
# Signs sessions, CSRF tokens and password-reset links; must be long and secret in production.
SECRET_KEY = env.text("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production" if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set NAHBAR_SECRET_KEY when NAHBAR_DEBUG is off.")
# Host names this instance answers to, comma-separated.
ALLOWED_HOSTS = env.items("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
# Origins allowed to post forms when behind a proxy, e.g. https://nahbar.example.org.
CSRF_TRUSTED_ORIGINS = env.items("CSRF_TRUSTED_ORIGINS", "")
# Send cookies only over HTTPS and tell browsers to stay on HTTPS.
SECURE = env.flag("SECURE", not DEBUG)
SESSION_COOKIE_SECURE = SECURE
CSRF_COOKIE_SECURE = SECURE
SECURE_HSTS_SECONDS = 31536000 if SECURE else 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE else None
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "core",
    "translations",
    "directory",
    "events",
    "participation",
    "interop",
    "counselling",
    "referrals",
    "homevisits",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "nahbar.urls"
WSGI_APPLICATION = "nahbar.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.page",
            ],
        },
    },
]

# Database connection, e.g. postgres://user@127.0.0.1:5432/nahbar; SQLite file by default.
DATABASE_URL = env.text("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env.number("DB_CONN_MAX_AGE", 0))}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one writer writes; IMMEDIATE avoids lock upgrades that deadlock.
    # Memory-mapped reads and a larger page cache keep the search index in memory between requests.
    SQLITE_CACHE_MB = env.number("SQLITE_CACHE_MB", 64)  # page cache per connection, in MB
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; "
        f"PRAGMA cache_size=-{SQLITE_CACHE_MB * 1024}; PRAGMA mmap_size={SQLITE_CACHE_MB * 4 * 1024 * 1024};",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "staff:login"
LOGIN_REDIRECT_URL = "staff:dashboard"
LOGOUT_REDIRECT_URL = "staff:login"

# Failed logins allowed per account and address before it is locked.
AXES_FAILURE_LIMIT = env.number("LOGIN_FAILURE_LIMIT", 5)
# Minutes a locked-out login stays locked.
AXES_COOLOFF_TIME = env.number("LOGIN_COOLOFF_MINUTES", 15) / 60
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "staff/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"
# Reverse proxies (e.g. 1 for nginx) in front of nahbar whose X-Forwarded-For is trusted for the lock-out.
NAHBAR_TRUSTED_PROXY_COUNT = env.number("TRUSTED_PROXY_COUNT", 0)

LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("tr", _("Turkish")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
]
LANGUAGES_BIDI = ["ar", "fa"]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
# Where collectstatic gathers files for the web server.
STATIC_ROOT = Path(env.text("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# Outgoing mail (password reset); console prints mails in development.
EMAIL_BACKEND = env.text("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# SMTP server host and port, used when EMAIL_BACKEND is the SMTP backend.
EMAIL_HOST = env.text("EMAIL_HOST", "localhost")
EMAIL_PORT = env.number("EMAIL_PORT", 25)
# Sender address of mails nahbar sends.
DEFAULT_FROM_EMAIL = env.text("FROM_EMAIL", "nahbar <noreply@localhost>")

# Map tiles for result maps, e.g. https://tile.example.org/{z}/{x}/{y}.png; empty hides maps.
NAHBAR_MAP_TILE_URL = env.text("MAP_TILE_URL", "")
# Attribution shown under the map, as the tile server's licence asks.
NAHBAR_MAP_ATTRIBUTION = env.text("MAP_ATTRIBUTION", "© OpenStreetMap contributors")
# Web map used for "show on map" and "route" links; {lat} and {lon} are filled in.
NAHBAR_MAP_LINK_URL = env.text(
    "MAP_LINK_URL", "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
)
NAHBAR_ROUTE_LINK_URL = env.text(
    "ROUTE_LINK_URL", "https://www.openstreetmap.org/directions?engine=fossgis_osrm_foot&route=%3B{lat}%2C{lon}"
)
# Days after which an offer counts as due for review.
NAHBAR_REVIEW_INTERVAL_DAYS = env.number("REVIEW_INTERVAL_DAYS", 180)
# Results per page in the public finder.
NAHBAR_PAGE_SIZE = env.number("PAGE_SIZE", 10)
# Address of this site as people reach it, for links in reminders and QR codes on the printed programme.
NAHBAR_BASE_URL = env.text("BASE_URL", "http://127.0.0.1:8000").rstrip("/")
# Uploaded pictures (activity proposals) are stored here and served under MEDIA_URL.
MEDIA_ROOT = Path(env.text("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"

# Shared cache for rate limits across app servers, e.g. redis://127.0.0.1:6379/1; local memory by default.
CACHE_URL = env.text("CACHE_URL", "")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
# Public sign-ups and votes allowed per address, e.g. "20/h".
NAHBAR_PUBLIC_FORM_RATE = env.text("PUBLIC_FORM_RATE", "20/h")
# Requests to the open-data API one anonymous address may make, e.g. "120/m".
NAHBAR_API_RATE = env.text("API_RATE", "120/m")

# Message broker for background jobs, e.g. redis://127.0.0.1:6379/0; empty runs jobs in-process at once.
CELERY_BROKER_URL = env.text("TASK_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    "send-reminders": {"task": "events.tasks.send_due_reminders", "schedule": 15 * 60},
    "delete-old-signups": {"task": "events.tasks.delete_expired_signups", "schedule": 60 * 60},
    "extend-recurring-events": {"task": "events.tasks.extend_recurring_events", "schedule": 24 * 60 * 60},
    "appointment-reminders": {"task": "counselling.tasks.send_due_reminders", "schedule": 15 * 60},
    "delete-old-appointments": {"task": "counselling.tasks.delete_expired_appointments", "schedule": 60 * 60},
    "delete-old-cases": {"task": "counselling.tasks.delete_expired_cases", "schedule": 24 * 60 * 60},
    "delete-old-referrals": {"task": "referrals.tasks.delete_expired_referrals", "schedule": 24 * 60 * 60},
    "delete-old-home-visits": {"task": "homevisits.tasks.delete_expired_households", "schedule": 24 * 60 * 60},
}

# Days ahead for which the dates of recurring events are laid out (the calendar, feeds and sign-up).
NAHBAR_EVENT_HORIZON_DAYS = env.number("EVENT_HORIZON_DAYS", 400)
# Days after an event's date when the names and contacts of its sign-ups are deleted; counts stay.
NAHBAR_SIGNUP_RETENTION_DAYS = env.number("SIGNUP_RETENTION_DAYS", 14)
# Keys that encrypt case notes at rest: comma-separated Fernet keys, the first encrypts, all decrypt (rotation:
# put a new key first, run `manage.py rotate_case_keys`, then drop the old one). Without keys, DEBUG derives one.
NAHBAR_CASE_KEYS = env.items("CASE_KEYS", "")
# Days after a case is closed when the scheduled job deletes it, keeping anonymous counts.
NAHBAR_CASE_RETENTION_DAYS = env.number("CASE_RETENTION_DAYS", 365)
# Days after a welcome home visit's result is recorded when each of its open checklist points is due.
NAHBAR_HOME_VISIT_FOLLOW_UP_DAYS = env.number("HOME_VISIT_FOLLOW_UP_DAYS", 14)
# Days after a household's last visit or follow-up when the scheduled job erases it, keeping anonymous counts.
NAHBAR_HOME_VISIT_RETENTION_DAYS = env.number("HOME_VISIT_RETENTION_DAYS", 365)
# Days a partner has to accept or decline a referral before it shows as overdue.
NAHBAR_REFERRAL_ANSWER_DAYS = env.number("REFERRAL_ANSWER_DAYS", 7)
# Days after accepting by which a partner should report back; later it shows as overdue.
NAHBAR_REFERRAL_REPORT_DAYS = env.number("REFERRAL_REPORT_DAYS", 30)
# Days after a referral ended when its message and the person's name are deleted; its path stays as counts.
NAHBAR_REFERRAL_RETENTION_DAYS = env.number("REFERRAL_RETENTION_DAYS", 365)
# Issuer shown in authenticator apps next to the staff member's name.
OTP_TOTP_ISSUER = env.text("OTP_ISSUER", "nahbar")
# Days ahead for which newcomers can book a consultation appointment.
NAHBAR_APPOINTMENT_DAYS_AHEAD = env.number("APPOINTMENT_DAYS_AHEAD", 28)
# Days after an appointment when its name and contact details are deleted; counts stay.
NAHBAR_APPOINTMENT_RETENTION_DAYS = env.number("APPOINTMENT_RETENTION_DAYS", 30)
# Hours before a date or appointment when people who asked for it get a reminder.
NAHBAR_REMINDER_HOURS_BEFORE = env.number("REMINDER_HOURS_BEFORE", 24)
# SMS gateway's HTTP endpoint (JSON POST with to/text/sender); empty sends no SMS.
NAHBAR_SMS_GATEWAY_URL = env.text("SMS_GATEWAY_URL", "")
# Bearer token for the SMS gateway.
NAHBAR_SMS_GATEWAY_TOKEN = env.text("SMS_GATEWAY_TOKEN", "")
# Sender name shown on SMS, at most 11 letters.
NAHBAR_SMS_SENDER = env.text("SMS_SENDER", "nahbar")

# Machine translation service: "libretranslate", "deepl" or empty for none.
NAHBAR_MACHINE_TRANSLATION = env.text("MACHINE_TRANSLATION", "")
# Base URL of the machine translation API, e.g. https://libretranslate.example.org.
NAHBAR_MACHINE_TRANSLATION_URL = env.text("MACHINE_TRANSLATION_URL", "")
# API key of the machine translation service.
NAHBAR_MACHINE_TRANSLATION_KEY = env.text("MACHINE_TRANSLATION_KEY", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    # Log level of nahbar's own messages: DEBUG, INFO, WARNING, ERROR.
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "WARNING")},
    # WeasyPrint warns about every screen-only CSS property of the shared stylesheet it ignores in the PDF.
    "loggers": {"weasyprint": {"level": "ERROR"}},
}
