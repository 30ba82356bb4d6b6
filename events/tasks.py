"""Background jobs for events (Celery). The beat schedule in settings runs the periodic ones.

Each job is safe to run twice or on two workers at once: reminders are claimed row by row, deleted data stays
deleted, and laying out dates is idempotent.
"""

import datetime as dt
import logging
from typing import Any

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.delivery import RETRY, retry_later
from events import notify, signups
from events.models import Event, Occurrence, SignUp
from events.recurrence import sync_occurrences

logger = logging.getLogger(__name__)


def _signups(ids: list[int]) -> list[SignUp]:
    return list(
        SignUp.objects.filter(pk__in=ids)
        .select_related("occurrence__region", "occurrence__event__region", "occurrence__event__organiser")
        .select_related("occurrence__event__location")
        .prefetch_related("occurrence__event__translations")
    )


@shared_task(bind=True)
def send_confirmation(self: Any, signup_id: int, token: str) -> str | None:
    """The personal link, right after signing up: the only message that can carry it (only its hash is kept)."""
    for signup in _signups([signup_id]):
        try:
            return notify.send(signup, "confirmation", token=token)
        except notify.DeliveryError as error:
            retry_later(self, error)
    return None


@shared_task(bind=True)
def send_moved_up_notices(self: Any, signup_ids: list[int]) -> int:
    """Tell people who got a place from the waiting list (queued when the cancellation is committed)."""
    sent = 0
    failed: list[int] = []
    for signup in _signups(signup_ids):
        if signup.status != SignUp.Status.CONFIRMED:
            continue
        try:
            sent += notify.send(signup, "moved_up") is not None
        except notify.DeliveryError:
            failed.append(signup.pk)
    if failed and not self.request.is_eager:
        send_moved_up_notices.apply_async(args=[failed], countdown=RETRY["countdown"])
    return sent


@shared_task(bind=True)
def send_date_change_notices(self: Any, kind: str, signup_ids: list[int]) -> int:
    """Tell everyone signed up for a date (with a place or waiting) that it was cancelled or moved."""
    sent = 0
    failed: list[int] = []
    for signup in _signups(signup_ids):
        try:
            sent += notify.send(signup, kind) is not None
        except notify.DeliveryError:
            failed.append(signup.pk)
    if failed and not self.request.is_eager:
        send_date_change_notices.apply_async(args=[kind, failed], countdown=RETRY["countdown"])
    return sent


def _due_reminders(now: dt.datetime) -> list[int]:
    until = now + dt.timedelta(hours=settings.NAHBAR_REMINDER_HOURS_BEFORE)
    return list(
        SignUp.objects.filter(
            status=SignUp.Status.CONFIRMED,
            wants_reminder=True,
            reminded_at__isnull=True,
            occurrence__is_cancelled=False,
            occurrence__starts_at__gt=now,
            occurrence__starts_at__lte=until,
        ).values_list("pk", flat=True)
    )


@shared_task
def send_due_reminders() -> int:
    """Remind confirmed people who asked for it, once, within NAHBAR_REMINDER_HOURS_BEFORE of their date."""
    now = timezone.now()
    sent = 0
    for signup in _signups(_due_reminders(now)):
        # Claim the row first, so a second worker running the same job skips it.
        if not SignUp.objects.filter(pk=signup.pk, reminded_at__isnull=True).update(reminded_at=now):
            continue
        try:
            sent += notify.send(signup, "reminder") is not None
        except notify.DeliveryError:
            # Not reminded after all: the next run tries again.
            SignUp.objects.filter(pk=signup.pk).update(reminded_at=None)
    return sent


@shared_task
def delete_expired_signups() -> int:
    """Delete names and contacts of sign-ups NAHBAR_SIGNUP_RETENTION_DAYS after their date; the counts stay."""
    now = timezone.now()
    cutoff = now - dt.timedelta(days=settings.NAHBAR_SIGNUP_RETENTION_DAYS)
    expired = Occurrence.objects.filter(ends_at__lt=cutoff, personal_data_deleted_at__isnull=True).filter(
        signups__isnull=False
    )
    deleted = 0
    for occurrence_id in expired.values_list("pk", flat=True).distinct():
        deleted += signups.delete_personal_data(occurrence_id=occurrence_id, now=now)
    return deleted


@shared_task
def extend_recurring_events() -> int:
    """Lay out the dates of published recurring events up to the horizon, as time moves on."""
    now = timezone.now()
    ids = list(Event.objects.filter(status=Event.Status.PUBLISHED).exclude(recurrence="").values_list("pk", flat=True))
    for event_id in ids:
        with transaction.atomic():
            # The same lock an edit takes, so an edit and this job never lay out one event's dates at once.
            event = Event.objects.select_for_update(of=("self",)).select_related("region").get(pk=event_id)
            sync_occurrences(event, now=now)
    return len(ids)
