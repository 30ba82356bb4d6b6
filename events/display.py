"""What a reader sees of an event's date: its text in their language, local times, places left, whether to sign up."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils.formats import localize
from django.utils.translation import gettext, ngettext

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


def cost_label(event: Event) -> str:
    if event.cost == Offer.Cost.FREE:
        return gettext("Free of charge")
    amount = f" · {localize(event.cost_amount)} €" if event.cost_amount else ""
    if event.cost == Offer.Cost.REDUCED:
        reduced = (
            gettext("Reduced price with the %(pass)s") % {"pass": event.cost_pass_name}
            if event.cost_pass_name
            else gettext("Reduced with a local pass")
        )
        return reduced + amount
    return f"{localize(event.cost_amount)} €"


@dataclass(frozen=True)
class DateEntry:
    """A date as the lists show it. Times and links are worked out here once: a long list shows many dates,
    and Django's date filters and {% url %} cost a tenth of a millisecond each."""

    occurrence: Occurrence
    event: Event
    text: ShownText
    starts: dt.datetime
    ends: dt.datetime
    # Where the rule had put the date, shown when it was moved.
    planned: dt.datetime
    places: str
    can_sign_up: bool
    url: str
    cost: str

    @property
    def ends_same_day(self) -> bool:
        return self.starts.date() == self.ends.date()

    @property
    def starts_hm(self) -> str:
        return self.starts.strftime("%H:%M")

    @property
    def ends_hm(self) -> str:
        return self.ends.strftime("%H:%M")

    @property
    def places_label(self) -> str:
        if self.places == PLACES_LEFT:
            left = self.occurrence.places_left or 0
            places = ngettext("%(counter)s place left", "%(counter)s places left", left) % {"counter": left}
        elif self.places == WAITING_LIST:
            places = gettext("full – waiting list")
        elif self.places == FULL:
            places = gettext("full")
        else:
            return gettext("sign-up needed")
        return f"{gettext('sign-up needed')} · {places}"


def places_state(occurrence: Occurrence, event: Event) -> str:
    left = occurrence.places_left
    if left is None:
        return OPEN
    if left > 0:
        return PLACES_LEFT
    return WAITING_LIST if event.waiting_list else FULL


def entries(dates: Iterable[Occurrence], *, region: Region, language: str, now: dt.datetime) -> list[DateEntry]:
    zone = ZoneInfo(region.timezone)
    # One reverse for all: the event's slug is the only part of the address that changes.
    link = reverse("event_detail", kwargs={"region_slug": region.slug, "id_or_slug": "-"})
    found = []
    for occurrence in dates:
        event = occurrence.event
        places = places_state(occurrence, event)
        found.append(
            DateEntry(
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
                url=link.replace("/-/", f"/{event.slug}/"),
                cost=cost_label(event),
            )
        )
    return found


def by_day(dated: list[DateEntry]) -> list[tuple[dt.date, list[DateEntry]]]:
    """Entries in start order, grouped under their local calendar day."""
    return [(day, list(group)) for day, group in groupby(dated, key=lambda item: item.starts.date())]
