"""Synthetic regions for the events benchmark: many events in eight languages, a share of them weekly.

Rows are bulk-created rather than made through the services (which write one event and its audit entry at a
time); the dates are laid out with the same functions the services use, so the calendar reads what it would
read in production.
"""

import datetime as dt
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import transaction

from core.models import District, Location, Organisation, Region
from directory.benchmark import LANGUAGES, TextMaker
from directory.models import Offer, Topic
from events.models import Event, EventTranslation, Occurrence
from events.recurrence import end_for, horizon, rule_starts

WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
AUDIENCES = [choice.value for choice in Offer.Audience]
BATCH = 5000


@dataclass(frozen=True)
class Generated:
    region: Region
    events: int
    recurring: int
    translations: int
    dates: int
    # Seconds spent laying out and storing the dates, and in all.
    layout_seconds: float
    total_seconds: float


def _places(region: Region, rng: random.Random) -> tuple[list[Organisation], list[Location]]:
    districts = District.objects.bulk_create(
        District(region=region, slug=f"d{n}", name=f"Stadtteil {n}", centre_lat=51.5, centre_lon=7.4) for n in range(12)
    )
    organisations = Organisation.objects.bulk_create(
        Organisation(region=region, slug=f"o{n}", name=f"Träger {n}", kind="club") for n in range(50)
    )
    locations = Location.objects.bulk_create(
        Location(
            region=region,
            organisation=rng.choice(organisations),
            name=f"Treffpunkt {n}",
            street=f"Hauptstraße {n}",
            postcode="44000",
            city=region.name,
            district=districts[n % len(districts)],
            latitude=51.5 + n / 10000,
            longitude=7.4 + n / 10000,
        )
        for n in range(200)
    )
    return organisations, locations


def _events(
    region: Region,
    *,
    size: int,
    recurring: int,
    now: dt.datetime,
    maker: TextMaker,
    organisations: list[Organisation],
    locations: list[Location],
) -> Iterator[Event]:
    rng = maker.rng
    for number in range(size):
        weekly = number < recurring
        # Weekly events began up to two months ago; single dates spread over the coming year.
        days = rng.randint(-60, 14) if weekly else rng.randint(0, 365)
        start = (now + dt.timedelta(days=days)).replace(hour=rng.randint(7, 17), minute=rng.choice([0, 30]))
        start = start.replace(second=0, microsecond=0)
        capacity = rng.choice([None, None, 10, 20, 40])
        yield Event(
            region=region,
            organiser=rng.choice(organisations),
            location=rng.choice(locations) if rng.random() < 0.9 else None,
            slug=f"event-{number}",
            title=maker.text("de", 4),
            summary=maker.text("de", 12),
            description=maker.text("de", 30),
            starts_at=start,
            ends_at=start + dt.timedelta(hours=rng.choice([1, 2, 2, 3, 8])),
            recurrence=f"FREQ=WEEKLY;BYDAY={WEEKDAYS[start.weekday()]}" if weekly else "",
            audience=rng.sample(AUDIENCES, rng.randint(1, 2)),
            languages=["de", *rng.sample(LANGUAGES, rng.randint(0, 2))],
            cost=Offer.Cost.FREE if rng.random() < 0.7 else Offer.Cost.REDUCED,
            cost_pass_name="Stadtpass",  # noqa: S106 - a local discount pass, not a password
            signup_enabled=capacity is not None,
            capacity=capacity,
            status=Event.Status.PUBLISHED,
        )


def _translations(events: list[Event], maker: TextMaker) -> Iterator[EventTranslation]:
    for event in events:
        for language in LANGUAGES:
            yield EventTranslation(
                event_id=event.pk,
                language=language,
                title=maker.text(language, 4),
                summary=maker.text(language, 12),
                description=maker.text(language, 30),
                source_version=1,
            )


def lay_out_dates(events: list[Event], *, now: dt.datetime) -> int:
    """Store every event's dates up to the horizon, as `sync_occurrences` would for a new event; returns the count."""
    until = horizon(now)

    def dates() -> Iterator[Occurrence]:
        for event in events:
            for start in rule_starts(event, until=until):
                yield Occurrence(
                    event_id=event.pk,
                    region_id=event.region_id,
                    original_start=start,
                    starts_at=start,
                    ends_at=end_for(event, start),
                    capacity=event.capacity,
                )

    created = 0
    batch: list[Occurrence] = []
    for occurrence in dates():
        batch.append(occurrence)
        if len(batch) == BATCH:
            created += len(Occurrence.objects.bulk_create(batch))
            batch = []
    return created + len(Occurrence.objects.bulk_create(batch))


def create_region(*, slug: str, size: int, recurring: int, seed: int, now: dt.datetime) -> Generated:
    """A region with `size` published events, the first `recurring` of them weekly, each in eight languages."""
    started = time.perf_counter()
    maker = TextMaker(seed)
    rng = maker.rng
    topics = list(Topic.objects.all())
    with transaction.atomic():
        region = Region.objects.create(
            slug=slug, name=f"Benchmark {slug}", federal_state="NRW", enabled_languages=["de", *LANGUAGES]
        )
        organisations, locations = _places(region, rng)
        events = Event.objects.bulk_create(
            _events(
                region,
                size=size,
                recurring=min(recurring, size),
                now=now,
                maker=maker,
                organisations=organisations,
                locations=locations,
            ),
            batch_size=2000,
        )
        links = Event.topics.through
        links.objects.bulk_create(
            (links(event_id=e.pk, topic_id=t.pk) for e in events for t in rng.sample(topics, min(2, len(topics)))),
            batch_size=BATCH,
        )
        translations = len(EventTranslation.objects.bulk_create(_translations(events, maker), batch_size=BATCH))
        laying_out = time.perf_counter()
        dates = lay_out_dates(events, now=now)
        layout_seconds = time.perf_counter() - laying_out
    return Generated(
        region=region,
        events=len(events),
        recurring=min(recurring, size),
        translations=translations,
        dates=dates,
        layout_seconds=layout_seconds,
        total_seconds=time.perf_counter() - started,
    )
