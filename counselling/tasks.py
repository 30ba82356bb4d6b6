"""Background jobs for appointments (Celery); the beat schedule in settings runs the periodic ones.

Safe to run twice or on two workers: reminders are claimed row by row, and deleted data stays deleted.
"""

import datetime as dt
from typing import Any

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from core.delivery import DeliveryError, retry_later
from counselling import cases, notify
from counselling.models import Appointment


def _appointments(ids: list[int]) -> list[Appointment]:
    return list(
        Appointment.objects.filter(pk__in=ids).select_related("hours__region", "hours__organisation", "hours__location")
    )


@shared_task(bind=True)
def send_confirmation(self: Any, appointment_id: int, token: str) -> str | None:
    """The personal link, right after booking: the only message that can carry it (only its hash is kept)."""
    for appointment in _appointments([appointment_id]):
        try:
            return notify.send(appointment, "confirmation", token=token)
        except DeliveryError as error:
            retry_later(self, error)
    return None


@shared_task
def send_due_reminders() -> int:
    """Remind people who asked for it, NAHBAR_REMINDER_HOURS_BEFORE before their appointment."""
    now = timezone.now()
    due = Appointment.objects.filter(
        status=Appointment.Status.BOOKED,
        wants_reminder=True,
        reminded_at__isnull=True,
        starts_at__gt=now,
        starts_at__lte=now + dt.timedelta(hours=settings.NAHBAR_REMINDER_HOURS_BEFORE),
    ).values_list("pk", flat=True)
    sent = 0
    for pk in due:
        # Claimed first, so a second worker skips it; a failed message is not retried (the next run is too late).
        if not Appointment.objects.filter(pk=pk, reminded_at__isnull=True).update(reminded_at=now):
            continue
        for appointment in _appointments([pk]):
            try:
                sent += notify.send(appointment, "reminder") is not None
            except DeliveryError:
                continue
    return sent


@shared_task
def delete_expired_appointments() -> int:
    """Names and contacts go NAHBAR_APPOINTMENT_RETENTION_DAYS after the appointment; the slot and status stay
    for the counts (how many came, in which language, on which topic)."""
    cutoff = timezone.now() - dt.timedelta(days=settings.NAHBAR_APPOINTMENT_RETENTION_DAYS)
    with transaction.atomic():
        return (
            Appointment.objects.filter(starts_at__lt=cutoff)
            .exclude(name="")
            .update(name="", phone="", email="", wants_reminder=False)
        )


@shared_task
def delete_expired_cases() -> int:
    """Closed cases NAHBAR_CASE_RETENTION_DAYS after closing: contents deleted, anonymous counts kept."""
    return cases.delete_expired(today=timezone.localdate(), keep_days=settings.NAHBAR_CASE_RETENTION_DAYS)
