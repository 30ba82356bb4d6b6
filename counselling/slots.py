"""Cutting consultation hours into bookable slots, in the region's wall-clock time."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from django.conf import settings

from counselling.models import Appointment, ConsultationHours


@dataclass(frozen=True)
class Slot:
    hours: ConsultationHours
    starts_at: dt.datetime
    ends_at: dt.datetime
    taken: bool = False


def zone_of(hours: ConsultationHours) -> ZoneInfo:
    return ZoneInfo(hours.region.timezone)


def _days(hours: ConsultationHours, first: dt.date, last: dt.date) -> list[dt.date]:
    """The days the hours' rule gives between first and last, within their validity."""
    first = max(first, hours.valid_from)
    if hours.valid_until:
        last = min(last, hours.valid_until)
    if first > last:
        return []
    start = dt.datetime.combine(hours.valid_from, dt.time())
    rule = rrulestr(hours.rrule(), dtstart=start)
    found = rule.between(dt.datetime.combine(first, dt.time()), dt.datetime.combine(last, dt.time()), inc=True)
    return [moment.date() for moment in found]


def slots_on(hours: ConsultationHours, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
    """Start and end of every whole slot on one day (a last part shorter than a slot is not offered)."""
    zone = zone_of(hours)
    length = dt.timedelta(minutes=hours.slot_minutes)
    start = dt.datetime.combine(day, hours.opens_at, tzinfo=zone)
    closing = dt.datetime.combine(day, hours.closes_at, tzinfo=zone)
    found = []
    while start + length <= closing:
        found.append((start, start + length))
        start += length
    return found


def window(now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """From when to when slots can be booked: not in the past, at most NAHBAR_APPOINTMENT_DAYS_AHEAD ahead."""
    return now, now + dt.timedelta(days=settings.NAHBAR_APPOINTMENT_DAYS_AHEAD)


def slots(
    hours_list: Iterable[ConsultationHours], *, first: dt.date, last: dt.date, after: dt.datetime | None
) -> list[Slot]:
    """Every slot of these hours between two days (starting after `after`, if given), marked taken or free, in one
    query for the bookings."""
    candidates = [
        Slot(hours, start, end)
        for hours in hours_list
        for day in _days(hours, first, last)
        for start, end in slots_on(hours, day)
        if after is None or start > after
    ]
    if not candidates:
        return []
    taken = set(
        Appointment.objects.filter(
            hours__in={slot.hours.pk for slot in candidates},
            status__in=Appointment.LIVE,
            starts_at__gte=min(slot.starts_at for slot in candidates),
            starts_at__lte=max(slot.starts_at for slot in candidates),
        ).values_list("hours_id", "starts_at")
    )
    return sorted(
        (
            Slot(slot.hours, slot.starts_at, slot.ends_at, (slot.hours.pk, slot.starts_at) in taken)
            for slot in candidates
        ),
        key=lambda slot: (slot.starts_at, slot.hours.pk),
    )


def slot_at(hours: ConsultationHours, starts_at: dt.datetime) -> tuple[dt.datetime, dt.datetime] | None:
    """The slot of these hours starting at that moment, or None when the hours have no such slot."""
    local = starts_at.astimezone(zone_of(hours))
    if local.date() not in _days(hours, local.date(), local.date()):
        return None
    return next(((start, end) for start, end in slots_on(hours, local.date()) if start == local), None)
