"""Events for the test region: a weekly café, a trip with few places for families, a concert for all."""

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from directory.models import Topic
from events import services
from events.models import Event

BERLIN = ZoneInfo("Europe/Berlin")


def next_weekday(weekday: int, hour: int, *, weeks_ahead: int = 0) -> dt.datetime:
    """The coming `weekday` (0 = Monday) at `hour` local time, at least a day from now."""
    today = timezone.now().astimezone(BERLIN).date() + dt.timedelta(days=1)
    day = today + dt.timedelta(days=(weekday - today.weekday()) % 7 + 7 * weeks_ahead)
    return dt.datetime.combine(day, dt.time(hour), tzinfo=BERLIN)


def make_event(organiser: Any, **values: Any) -> Event:
    starts_at = values.pop("starts_at")
    values.setdefault("ends_at", starts_at + dt.timedelta(hours=2))
    values.setdefault("status", Event.Status.PUBLISHED)
    values.setdefault("summary", values["title"])
    topics = values.pop("topics", [])
    translations = values.pop("translations", {})
    values["topics"] = list(Topic.objects.filter(slug__in=topics))
    event = services.create_event(actor=None, organiser=organiser, values={"starts_at": starts_at, **values})
    for language, fields in translations.items():
        services.save_event_translation(
            actor=None, event_id=event.pk, language=language, expected_version=None, values=fields
        )
    return event


@dataclass
class Events:
    cafe: Event
    trip: Event
    concert: Event


@pytest.fixture
def events(world: Any) -> Events:
    cafe = make_event(
        world.office,
        title="Willkommenscafé Düsternort",
        summary="Kaffee, Kontakte und gemeinsame Planung der Ausflüge.",
        location=world.office_place,
        offer=world.cafe,
        starts_at=next_weekday(1, 10),
        recurrence="FREQ=WEEKLY;BYDAY=TU",
        topics=["meeting-places"],
        languages=["de", "ar"],
        audience=["everyone"],
        translations={"fa": {"title": "کافه خوش‌آمدگویی", "summary": "قهوه و آشنایی"}},
    )
    trip = make_event(
        world.office,
        title="Ausflug ans Meer",
        summary="Mit dem Bus nach Wilhelmshaven, Picknick am Strand.",
        meeting_point="Bushaltestelle Hauptstraße",
        what_to_bring="Essen, Getränke, Sonnencreme",
        location=world.office_place,
        starts_at=next_weekday(5, 9, weeks_ahead=1),
        ends_at=next_weekday(5, 18, weeks_ahead=1),
        topics=["excursions", "family"],
        audience=["families"],
        cost="reduced",
        cost_pass_name="Delmenhorst-Pass",
        signup_enabled=True,
        capacity=4,
        max_party_size=4,
        translations={
            "fa": {"title": "سفر به دریا", "summary": "با اتوبوس به ویلهلمس‌هافن، پیک‌نیک در ساحل."},
            "ar": {"title": "رحلة إلى البحر", "summary": "بالحافلة إلى فيلهلمسهافن."},
        },
    )
    concert = make_event(
        world.agency,
        title="Konzert und Tanz",
        summary="Lokale Vereine spielen und tanzen.",
        location=world.agency_place,
        starts_at=next_weekday(4, 18),
        topics=["leisure-culture"],
        cost="amount",
        cost_amount="5.00",
    )
    return Events(cafe=cafe, trip=trip, concert=concert)
