"""Every change to events, their dates and translations: one transaction each, with an audit entry."""

import datetime as dt
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from core import audit
from core.models import Organisation
from directory.services import apply_fields, comparable, unique_slug
from events.models import Event, EventTranslation, Occurrence, SignUp
from events.recurrence import sync_occurrences
from events.signups import fill_from_waiting_list
from events.tasks import send_date_change_notices
from translations.models import Origin
from translations.services import EditConflict, write_translation

RELATED_FIELDS = ("topics",)
# Changing these lays the dates out anew.
TIMING_FIELDS = ("starts_at", "ends_at", "recurrence", "capacity")


def _apply(event: Event, values: dict[str, Any]) -> dict[str, list[Any]]:
    """Write values onto a saved event; returns field → [before, after] for everything that changed."""
    changes = apply_fields(event, values, skip=RELATED_FIELDS)
    if any(name in changes for name in Event.TRANSLATED_FIELDS):
        event.content_version += 1
    event.save()
    if "topics" in values:
        before_topics = sorted(str(topic) for topic in event.topics.all())
        event.topics.set(values["topics"])
        after_topics = sorted(str(topic) for topic in event.topics.all())
        if before_topics != after_topics:
            changes["topics"] = [before_topics, after_topics]
    return changes


def _locked_event(event_id: int, expected_version: int | None) -> Event:
    event = Event.objects.select_for_update().select_related("region", "organiser").get(pk=event_id)
    if expected_version is not None and event.version != expected_version:
        raise EditConflict(event)
    return event


def _record(actor: AbstractBaseUser | None, action: str, event: Event, changes: dict[str, Any]) -> None:
    audit.record(
        actor=actor, action=action, target=event, region=event.region, organisation=event.organiser, changes=changes
    )


@transaction.atomic
def create_event(*, actor: AbstractBaseUser | None, organiser: Organisation, values: dict[str, Any]) -> Event:
    plain = {name: value for name, value in values.items() if name not in RELATED_FIELDS}
    event = Event.objects.create(
        region=organiser.region,
        organiser=organiser,
        slug=unique_slug(Event, organiser.region, values["title"], fallback="termin"),
        **plain,
    )
    _apply(event, {name: value for name, value in values.items() if name in RELATED_FIELDS})
    sync_occurrences(event, now=timezone.now())
    _record(actor, "event.created", event, {name: [None, comparable(value)] for name, value in values.items()})
    return event


@transaction.atomic
def update_event(
    *, actor: AbstractBaseUser | None, event_id: int, expected_version: int, values: dict[str, Any]
) -> Event:
    event = _locked_event(event_id, expected_version)
    event.version += 1
    changes = _apply(event, values)
    if any(name in changes for name in TIMING_FIELDS):
        now = timezone.now()
        sync_occurrences(event, now=now)
        # More places: the waiting list moves up at once, as after a cancellation.
        for occurrence_id in event.occurrences.filter(starts_at__gt=now, places_waiting__gt=0).values_list(
            "id", flat=True
        ):
            fill_from_waiting_list(occurrence_id=occurrence_id, now=now)
    _record(actor, "event.changed", event, changes)
    return event


@transaction.atomic
def set_event_status(*, actor: AbstractBaseUser | None, event_id: int, expected_version: int, status: str) -> Event:
    event = _locked_event(event_id, expected_version)
    before = event.status
    event.status = status
    event.version += 1
    event.save(update_fields=["status", "version", "updated_at"])
    _record(actor, f"event.{status}", event, {"status": [before, status]})
    return event


@transaction.atomic
def copy_event(*, actor: AbstractBaseUser | None, event_id: int, starts_at: dt.datetime) -> Event:
    """A new draft with the same text, translations and settings, first on `starts_at`."""
    source = Event.objects.select_related("region", "organiser").get(pk=event_id)
    length = source.ends_at - source.starts_at
    copy = Event.objects.get(pk=source.pk)
    copy.pk = None
    copy._state.adding = True
    copy.slug = unique_slug(Event, source.region, source.title, fallback="termin")
    copy.status = Event.Status.DRAFT
    copy.starts_at, copy.ends_at = starts_at, starts_at + length
    copy.content_version, copy.version = 1, 1
    copy.save()
    copy.topics.set(source.topics.all())
    EventTranslation.objects.bulk_create(
        EventTranslation(
            event=copy,
            language=translation.language,
            origin=translation.origin,
            # A copy of an outdated translation stays outdated.
            source_version=1 if translation.source_version >= source.content_version else 0,
            updated_by=translation.updated_by,
            **{name: getattr(translation, name) for name in EventTranslation.TRANSLATED_FIELDS},
        )
        for translation in source.translations.all()
    )
    sync_occurrences(copy, now=timezone.now())
    _record(actor, "event.copied", copy, {"copied_from": [None, source.pk]})
    return copy


@transaction.atomic
def save_event_translation(
    *,
    actor: AbstractBaseUser | None,
    event_id: int,
    language: str,
    expected_version: int | None,
    values: dict[str, str],
    origin: str = Origin.HUMAN,
) -> EventTranslation:
    """Create or update one translation; it then translates the event's current German text."""
    event = _locked_event(event_id, None)
    translation, changes = write_translation(
        source=event,
        model=EventTranslation,
        link="event",
        language=language,
        expected_version=expected_version,
        values=values,
        origin=origin,
        actor=actor,
    )
    _record(actor, f"event.translation.{language}", event, changes)
    return translation


def _tell_signed_up(occurrence: Occurrence, kind: str) -> None:
    """Everyone with a place or on the waiting list who left a contact hears of it, once the change is saved."""
    ids = list(
        occurrence.signups.filter(status__in=[SignUp.Status.CONFIRMED, SignUp.Status.WAITING])
        .exclude(phone="", email="")
        .values_list("id", flat=True)
    )
    if ids:
        transaction.on_commit(lambda: send_date_change_notices.delay(kind, ids))


def _locked_occurrence(occurrence_id: int) -> Occurrence:
    return (
        Occurrence.objects.select_for_update().select_related("event__region", "event__organiser").get(pk=occurrence_id)
    )


@transaction.atomic
def cancel_occurrence(*, actor: AbstractBaseUser | None, occurrence_id: int, note: str = "") -> Occurrence:
    occurrence = _locked_occurrence(occurrence_id)
    occurrence.is_cancelled, occurrence.note = True, note
    occurrence.save(update_fields=["is_cancelled", "note"])
    _tell_signed_up(occurrence, "date_cancelled")
    _record(actor, "event.date_cancelled", occurrence.event, {"date": [occurrence.starts_at.isoformat(), None]})
    return occurrence


@transaction.atomic
def restore_occurrence(*, actor: AbstractBaseUser | None, occurrence_id: int) -> Occurrence:
    occurrence = _locked_occurrence(occurrence_id)
    occurrence.is_cancelled, occurrence.note = False, ""
    occurrence.save(update_fields=["is_cancelled", "note"])
    _record(actor, "event.date_restored", occurrence.event, {"date": [None, occurrence.starts_at.isoformat()]})
    return occurrence


@transaction.atomic
def move_occurrence(
    *, actor: AbstractBaseUser | None, occurrence_id: int, starts_at: dt.datetime, ends_at: dt.datetime, note: str = ""
) -> Occurrence:
    occurrence = _locked_occurrence(occurrence_id)
    before = occurrence.starts_at
    occurrence.starts_at, occurrence.ends_at, occurrence.note = starts_at, ends_at, note
    occurrence.save(update_fields=["starts_at", "ends_at", "note"])
    _tell_signed_up(occurrence, "date_moved")
    _record(actor, "event.date_moved", occurrence.event, {"date": [before.isoformat(), starts_at.isoformat()]})
    return occurrence
