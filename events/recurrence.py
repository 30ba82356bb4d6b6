"""Laying out an event's dates from its first date and RFC 5545 rule, in the region's wall-clock time."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from django.conf import settings

from events.models import Event, Occurrence

_UTC_UNTIL = re.compile(r"(UNTIL=\d{8}T\d{6})Z")


def zone_of(event: Event) -> ZoneInfo:
    return ZoneInfo(event.region.timezone)


def horizon(now: dt.datetime) -> dt.datetime:
    return now + dt.timedelta(days=settings.NAHBAR_EVENT_HORIZON_DAYS)


def rule_starts(event: Event, *, until: dt.datetime) -> list[dt.datetime]:
    """Every start the rule gives up to `until`, the first date included.

    The rule runs on local wall-clock time, so a café at 10:00 stays at 10:00 across daylight-saving changes.
    """
    zone = zone_of(event)
    first = event.starts_at.astimezone(zone).replace(tzinfo=None)
    last = until.astimezone(zone).replace(tzinfo=None)
    if not event.recurrence:
        return [first.replace(tzinfo=zone)] if first <= last else []
    # UNTIL is written in UTC as RFC 5545 asks; events start in daytime, so reading it as local time is exact.
    rule = rrulestr(_UTC_UNTIL.sub(r"\1", event.recurrence), dtstart=first)
    return [start.replace(tzinfo=zone) for start in rule.between(first, last, inc=True)]


def end_for(event: Event, start: dt.datetime) -> dt.datetime:
    """The same length on the wall clock as the first date."""
    zone = zone_of(event)
    length = event.ends_at.astimezone(zone).replace(tzinfo=None) - event.starts_at.astimezone(zone).replace(tzinfo=None)
    return (start.astimezone(zone).replace(tzinfo=None) + length).replace(tzinfo=zone)


def _capacity(event: Event, occurrence: Occurrence) -> int | None:
    if event.capacity is None:
        return None
    # Lowering the places never takes a place away from someone who has one.
    return max(event.capacity, occurrence.places_taken)


def sync_occurrences(event: Event, *, now: dt.datetime) -> None:
    """Bring the stored dates in line with the event's first date and rule, up to the horizon.

    Past dates stay as they were (they carry attendance). A future date keeps its sign-ups, its cancellation
    and its move when the time of day changes: dates are matched by their calendar day.
    """
    zone = zone_of(event)
    wanted = rule_starts(event, until=horizon(now))
    stored = {
        occurrence.original_start.astimezone(zone).date(): occurrence
        for occurrence in event.occurrences.filter(original_start__gt=now)
    }
    past_days = {
        start.astimezone(zone).date()
        for start in event.occurrences.filter(original_start__lte=now).values_list("original_start", flat=True)
    }
    new: list[Occurrence] = []
    changed: list[Occurrence] = []
    for start in wanted:
        day = start.date()
        occurrence = stored.pop(day, None)
        if occurrence is None:
            if start > now or day not in past_days:
                new.append(
                    Occurrence(
                        event=event,
                        region_id=event.region_id,
                        original_start=start,
                        starts_at=start,
                        ends_at=end_for(event, start),
                        capacity=event.capacity,
                    )
                )
            continue
        if not occurrence.is_moved:
            occurrence.starts_at = start
            occurrence.ends_at = end_for(event, start)
        occurrence.original_start = start
        occurrence.capacity = _capacity(event, occurrence)
        changed.append(occurrence)
    if changed:
        Occurrence.objects.bulk_update(changed, ["original_start", "starts_at", "ends_at", "capacity"])
    if new:
        Occurrence.objects.bulk_create(new)
    # Dates the rule no longer gives: gone if nobody signed up, otherwise kept as extra dates.
    leftover = [occurrence.pk for occurrence in stored.values()]
    if leftover:
        Occurrence.objects.filter(pk__in=leftover, signups__isnull=True).delete()
