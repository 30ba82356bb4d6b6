import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "nahbar.settings")
application = get_wsgi_application()

from nahbar.startup import settle  # noqa: E402 - needs the settings get_wsgi_application() set up

settle()
