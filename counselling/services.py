"""Booking, cancelling and closing appointments: one transaction each, an audit entry without personal data."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from core import audit
from core.personal_links import new_token, token_hash
from core.refusals import Refused
from counselling import slots
from counselling.models import Appointment, ConsultationHours
from directory.models import Topic
from directory.services import OpeningTimes, apply_fields


class BookingRefused(Refused):
    """A booking or cancellation that cannot be done; `message` is shown to the person, translated."""


@dataclass(frozen=True)
class Booker:
    """What the booking form collects: the least that serves the conversation."""

    name: str
    language: str
    topic: Topic | None = None
    needs_interpreter: bool = False
    phone: str = ""
    email: str = ""
    wants_reminder: bool = False


def _check_slot(hours: ConsultationHours, starts_at: dt.datetime, *, now: dt.datetime, by_staff: bool) -> dt.datetime:
    if not by_staff and not (hours.is_published and hours.bookable):
        raise BookingRefused(str(_("These consultation hours cannot be booked online. Please come by or call.")))
    slot = slots.slot_at(hours, starts_at)
    earliest, latest = slots.window(now)
    if slot is None or not earliest < slot[0] <= latest:
        raise BookingRefused(str(_("This time cannot be booked. Please choose one of the times shown.")))
    return slot[1]


def book(
    *,
    hours: ConsultationHours,
    starts_at: dt.datetime,
    booker: Booker,
    now: dt.datetime,
    booked_by: AbstractBaseUser | None = None,
) -> tuple[Appointment, str]:
    """Book one slot; returns the appointment and the secret of its personal link (given once, never stored).

    Two people choosing the same slot at the same moment: the database's unique constraint lets one insert
    through and the other gets a clear message to choose another time.
    """
    ends_at = _check_slot(hours, starts_at, now=now, by_staff=booked_by is not None)
    token = new_token()
    try:
        with transaction.atomic():
            appointment = Appointment.objects.create(
                hours=hours,
                starts_at=starts_at,
                ends_at=ends_at,
                name=booker.name,
                phone=booker.phone,
                email=booker.email,
                language=booker.language,
                needs_interpreter=booker.needs_interpreter,
                topic=booker.topic,
                wants_reminder=booker.wants_reminder and bool(booker.phone or booker.email),
                token_hash=token_hash(token),
                booked_by_id=booked_by.pk if booked_by else None,
            )
            audit.record(
                actor=booked_by,
                action="appointment.booked",
                target=appointment,
                region=hours.region,
                organisation=hours.organisation,
                changes={"starts_at": [None, starts_at.isoformat()]},
            )
    except IntegrityError as error:
        raise BookingRefused(str(_("Someone has just booked this time. Please choose another one."))) from error
    return appointment, token


def _locked(appointment: Appointment) -> Appointment:
    # Only the appointment's row: locking its hours too would queue every change to the same hours.
    return (
        Appointment.objects.select_for_update(of=("self",))
        .select_related("hours__region", "hours__organisation")
        .get(pk=appointment.pk)
    )


def _set_status(locked: Appointment, status: str, *, actor: AbstractBaseUser | None, action: str) -> Appointment:
    before, locked.status = locked.status, status
    locked.save(update_fields=["status"])
    audit.record(
        actor=actor,
        action=action,
        target=locked,
        region=locked.hours.region,
        organisation=locked.hours.organisation,
        changes={"status": [before, status]},
    )
    return locked


@transaction.atomic
def cancel(*, appointment: Appointment, actor: AbstractBaseUser | None = None, now: dt.datetime) -> Appointment:
    locked = _locked(appointment)
    if locked.status != Appointment.Status.BOOKED or locked.starts_at <= now:
        raise BookingRefused(str(_("This appointment can no longer be cancelled.")))
    return _set_status(locked, Appointment.Status.CANCELLED, actor=actor, action="appointment.cancelled")


@transaction.atomic
def record_attendance(*, appointment: Appointment, came: bool, actor: AbstractBaseUser) -> Appointment:
    locked = _locked(appointment)
    if locked.status == Appointment.Status.CANCELLED:
        raise BookingRefused(str(_("This appointment was cancelled.")))
    status = Appointment.Status.ATTENDED if came else Appointment.Status.MISSED
    return _set_status(locked, status, actor=actor, action="appointment.attendance")


@transaction.atomic
def save_hours(
    *,
    actor: AbstractBaseUser,
    hours: ConsultationHours | None,
    values: dict[str, Any],
    when: OpeningTimes,
) -> ConsultationHours:
    """Create or change consultation hours: their details and their day and times, with an audit entry."""
    organisation = values["organisation"]
    target = hours or ConsultationHours(region=organisation.region, organisation=organisation)
    plain = {name: value for name, value in values.items() if name != "topics"}
    plain |= {
        "freq": when.freq,
        "byday": when.byday,
        "interval": when.interval,
        "opens_at": when.opens_at,
        "closes_at": when.closes_at,
    }
    changes = apply_fields(target, plain, skip=())
    target.region = organisation.region
    target.save()
    if "topics" in values:
        target.topics.set(values["topics"])
    audit.record(
        actor=actor,
        action="hours.changed" if hours else "hours.created",
        target=target,
        region=target.region,
        organisation=target.organisation,
        changes=changes,
    )
    return target
