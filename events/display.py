"""What a reader sees of an event's date: its text in their language, local times, places left, whether to sign up."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby
from zoneinfo import ZoneInfo

from core.models import Region
from directory.models import Offer
from events.models import Event, Occurrence
from translations.resolve import ShownText, show_translated

# How the places of a date stand, as the templates word it.
OPEN, PLACES_LEFT, WAITING_LIST, FULL = "open", "places_left", "waiting_list", "full"


def shown_text(event: Event, *, source_language: str, language: str) -> ShownText:
    return show_translated(
        event, field_names=Event.TRANSLATED_FIELDS, source_language=source_language, language=language
    )


def event_text(event: Event, language: str) -> ShownText:
    return shown_text(event, source_language=event.region.source_language, language=language)


def offer_title(offer: Offer, *, source_language: str, language: str) -> ShownText:
    return show_translated(offer, field_names=("title",), source_language=source_language, language=language)


@dataclass(frozen=True)
class DateEntry:
    occurrence: Occurrence
    event: Event
    text: ShownText
    starts: dt.datetime
    ends: dt.datetime
    # Where the rule had put the date, shown when it was moved.
    planned: dt.datetime
    places: str
    can_sign_up: bool

    @property
    def ends_same_day(self) -> bool:
        return self.starts.date() == self.ends.date()


def places_state(occurrence: Occurrence, event: Event) -> str:
    left = occurrence.places_left
    if left is None:
        return OPEN
    if left > 0:
        return PLACES_LEFT
    return WAITING_LIST if event.waiting_list else FULL


def entry(occurrence: Occurrence, *, region: Region, language: str, now: dt.datetime) -> DateEntry:
    zone = ZoneInfo(region.timezone)
    event = occurrence.event
    places = places_state(occurrence, event)
    return DateEntry(
        occurrence=occurrence,
        event=event,
        text=shown_text(event, source_language=region.source_language, language=language),
        starts=occurrence.starts_at.astimezone(zone),
        ends=occurrence.ends_at.astimezone(zone),
        planned=occurrence.original_start.astimezone(zone),
        places=places,
        can_sign_up=event.signup_enabled
        and not occurrence.is_cancelled
        and occurrence.starts_at > now
        and places != FULL,
    )


def entries(dates: Iterable[Occurrence], *, region: Region, language: str, now: dt.datetime) -> list[DateEntry]:
    return [entry(occurrence, region=region, language=language, now=now) for occurrence in dates]


def by_day(dated: list[DateEntry]) -> list[tuple[dt.date, list[DateEntry]]]:
    """Entries in start order, grouped under their local calendar day."""
    return [(day, list(group)) for day, group in groupby(dated, key=lambda item: item.starts.date())]
