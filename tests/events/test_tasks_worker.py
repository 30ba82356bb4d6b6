"""The production set-up: a real Celery worker takes a job from Redis and runs it against the database."""

import datetime as dt
import os
import time

import pytest
from django.core import mail
from django.utils import timezone

from events import tasks
from events.models import Occurrence, SignUp
from nahbar.celery import app
from tests.events.signup_support import ALL_APPS, date_of

# A database number of its own, so parallel test runs and a developer's Redis are left alone.
BROKER = os.environ.get("NAHBAR_TEST_REDIS_URL", "redis://127.0.0.1:6379/11")


def wait_until(condition, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the worker did not finish the jobs in time"
        time.sleep(0.2)


def _forget_connections() -> None:
    """Celery keeps the broker connection pools it made first; earlier tests may have made them for no broker."""
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def redis_app():
    from celery.contrib.testing.worker import start_worker

    saved = {key: app.conf[key] for key in ("broker_url", "result_backend", "task_always_eager")}
    _forget_connections()
    # Results are not needed: the test looks at what the jobs did.
    app.conf.update(broker_url=BROKER, result_backend=None, task_always_eager=False)
    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1)
            connection.default_channel.queue_purge("celery")
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            yield app
    finally:
        app.conf.update(saved)
        _forget_connections()


@pytest.mark.django_db(transaction=True, available_apps=ALL_APPS)
def test_a_worker_sends_reminders_and_deletes_old_sign_ups_from_the_queue(events, redis_app, settings):
    settings.NAHBAR_REMINDER_HOURS_BEFORE = 24
    settings.NAHBAR_SIGNUP_RETENTION_DAYS = 14
    soon, old = date_of(events.trip), events.cafe.occurrences.order_by("starts_at")[1]
    SignUp.objects.create(
        occurrence=soon, status="confirmed", name="Amal", email="amal@example.org", wants_reminder=True,
        language="ar", token_hash="a" * 64,
    )  # fmt: skip
    Occurrence.objects.filter(pk=soon.pk).update(
        starts_at=timezone.now() + dt.timedelta(hours=3), ends_at=timezone.now() + dt.timedelta(hours=5)
    )
    SignUp.objects.create(occurrence=old, status="confirmed", name="Bashir", language="fa", token_hash="b" * 64)
    Occurrence.objects.filter(pk=old.pk).update(
        starts_at=timezone.now() - dt.timedelta(days=20), ends_at=timezone.now() - dt.timedelta(days=20, hours=-2)
    )
    mail.outbox.clear()

    tasks.send_due_reminders.delay()
    tasks.delete_expired_signups.delay()
    wait_until(lambda: len(mail.outbox) == 1 and not SignUp.objects.filter(name="Bashir").exists())

    assert [message.to for message in mail.outbox] == [["amal@example.org"]]
    assert SignUp.objects.get(name="Amal").reminded_at is not None
    assert not SignUp.objects.filter(name="Bashir").exists()
    assert Occurrence.objects.get(pk=old.pk).personal_data_deleted_at is not None
