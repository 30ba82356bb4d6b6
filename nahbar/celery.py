"""The task runner: Celery with a broker in production, in-process (eager) when no broker is configured."""

from celery import Celery

app = Celery("nahbar")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
