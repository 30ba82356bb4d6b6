"""Loading the demo events through the event services, so they are exactly what staff would have made.

The demo regions are rebuilt on every load; their events go first, because an event protects its organiser.
Dates count from the load day, so the demo always shows the coming weeks.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from core.models import Location, Organisation, Region
from directory.demo.catalogue import SUPERUSER
from directory.demo.loader import DEMO_REGION_SLUGS, DemoDataError
from directory.demo.organisations import PROJECTS
from directory.demo.places import LOCATIONS, REGIONS
from directory.models import Offer, Project, Topic
from events import services, signups
from events.demo import delmenhorst, dorsten_mittendrin, dorsten_zentrum, dortmund, magdeburg
from events.demo.specs import EventSpec, Text, When
from events.models import Event, Occurrence
from translations.models import Origin

EVENTS: dict[str, list[EventSpec]] = {
    "delmenhorst": delmenhorst.EVENTS,
    "dorsten": [*dorsten_mittendrin.EVENTS, *dorsten_zentrum.EVENTS],
    "dortmund": dortmund.EVENTS,
    "magdeburg": magdeburg.EVENTS,
}
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# The café shows one cancelled and one moved date (its third and fifth), as the calendar and feeds must.
CAFE = ("delmenhorst", "cafe")
CANCELLED_DATE, MOVED_DATE = 2, 4
# Languages the example sign-ups were made in, in turn.
SIGNUP_LANGUAGES = ["ar", "de", "fa", "uk", "tr"]


@dataclass(frozen=True)
class Places:
    """One demo region's organisations, places, offers and projects, by the keys the data modules use."""

    region: Region
    organisations: dict[str, Organisation]
    locations: dict[str, Location]
    offers: dict[str, Offer]
    projects: dict[str, Project]

    @classmethod
    def of(cls, region: Region) -> "Places":
        location_names = {spec["name"]: spec["key"] for spec in LOCATIONS if spec["region"] == region.slug}
        project_names = {spec["name"]: spec["key"] for spec in PROJECTS if spec["region"] == region.slug}
        return cls(
            region=region,
            organisations={o.slug: o for o in Organisation.objects.filter(region=region)},
            locations={location_names[p.name]: p for p in Location.objects.filter(region=region)},
            offers={o.slug: o for o in Offer.objects.filter(region=region)},
            projects={project_names[p.name]: p for p in Project.objects.filter(region=region)},
        )


def remove_demo_events() -> None:
    Event.objects.filter(region__slug__in=DEMO_REGION_SLUGS).delete()


def check_events() -> None:
    """Every event in English and Arabic, only in languages its region has switched on, keys unique."""
    enabled = {spec["slug"]: set(spec["languages"]) - {"de"} for spec in REGIONS}
    for region_slug, specs in EVENTS.items():
        keys = [spec["key"] for spec in specs]
        if len(keys) != len(set(keys)):
            raise DemoDataError(f"{region_slug}: event keys repeat")
        for spec in specs:
            languages = set(spec["translations"])
            if not {"en", "ar"} <= languages:
                raise DemoDataError(f"{region_slug}/{spec['key']}: English or Arabic missing")
            if unknown := languages - enabled[region_slug]:
                raise DemoDataError(f"{region_slug}/{spec['key']}: languages not enabled: {sorted(unknown)}")
            for language, fields in spec["translations"].items():
                if set(fields) != set(spec["german"]):
                    raise DemoDataError(f"{region_slug}/{spec['key']}/{language}: fields differ from the German")


@transaction.atomic
def load_demo_events(*, today: dt.date | None = None) -> dict[str, int]:
    """Create the demo events in the freshly loaded demo regions; returns the number of events per region."""
    check_events()
    today = today or timezone.localdate()
    actor = get_user_model().objects.get(username=SUPERUSER)
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    created: dict[tuple[str, str], Event] = {}
    for region_slug, specs in EVENTS.items():
        places = Places.of(Region.objects.get(slug=region_slug))
        for spec in specs:
            event = _create(spec, places, topics=topics, actor=actor, today=today)
            _book(event, spec.get("booked", []))
            created[region_slug, spec["key"]] = event
    _cancel_and_move(created[CAFE], actor=actor)
    return {region_slug: len(specs) for region_slug, specs in EVENTS.items()}


def first_date(when: When, *, recurrence: str, today: dt.date, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The first start and end: the given weekday after `today`, or the rule's first date from then on."""
    weekday = WEEKDAYS.index(when["weekday"])
    day = today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1 + 7 * when["weeks_ahead"])
    start = dt.datetime.combine(day, dt.time.fromisoformat(when["starts"]))
    if recurrence:
        # A monthly rule ("first Thursday") need not match the weekday found above.
        start = rrulestr(recurrence, dtstart=start).after(start, inc=True)
    end = dt.datetime.combine(start.date(), dt.time.fromisoformat(when["ends"]))
    return start.replace(tzinfo=zone), end.replace(tzinfo=zone)


def _values(spec: EventSpec, places: Places, *, topics: dict[str, Topic], today: dt.date) -> dict[str, Any]:
    recurrence = spec.get("recurrence", "")
    starts_at, ends_at = first_date(
        spec["when"], recurrence=recurrence, today=today, zone=ZoneInfo(places.region.timezone)
    )
    capacity, party = spec.get("signup", (None, 1))
    age_min, age_max = spec.get("age", (None, None))
    return {
        **_german(spec["german"]),
        "location": places.locations[spec["location"]] if "location" in spec else None,
        "offer": places.offers[spec["offer"]] if "offer" in spec else None,
        "project": places.projects[spec["project"]] if "project" in spec else None,
        "topics": [topics[slug] for slug in spec["topics"] if slug in topics],
        "audience": list(spec["audience"]),
        "age_min": age_min,
        "age_max": age_max,
        "languages": spec.get("languages", ["de"]),
        "cost": spec.get("cost", Offer.Cost.FREE),
        "cost_amount": Decimal(spec["cost_amount"]) if "cost_amount" in spec else None,
        "cost_pass_name": spec.get("cost_pass", ""),
        "starts_at": starts_at,
        "ends_at": ends_at,
        "recurrence": recurrence,
        "signup_enabled": "signup" in spec,
        "capacity": capacity,
        "max_party_size": party,
        "status": Event.Status.PUBLISHED,
    }


def _german(fields: Text) -> dict[str, str]:
    return {
        name: fields.get(name, "") for name in ("title", "summary", "description", "meeting_point", "what_to_bring")
    }


def _create(
    spec: EventSpec, places: Places, *, topics: dict[str, Topic], actor: AbstractBaseUser, today: dt.date
) -> Event:
    values = _values(spec, places, topics=topics, today=today)
    organiser = places.organisations[spec["organiser"]]
    outdated_language, earlier = spec.get("outdated", ("", {}))
    event = services.create_event(actor=actor, organiser=organiser, values={**values, **earlier})
    if outdated_language:
        # Translated from the earlier German text, which staff then edited: readers see it marked as outdated.
        _translate(event, spec, outdated_language, actor=actor)
        event = services.update_event(
            actor=actor, event_id=event.pk, expected_version=event.version, values=_german(spec["german"])
        )
    for language in spec["translations"]:
        if language != outdated_language:
            _translate(event, spec, language, actor=actor)
    return event


def _translate(event: Event, spec: EventSpec, language: str, *, actor: AbstractBaseUser) -> None:
    services.save_event_translation(
        actor=actor,
        event_id=event.pk,
        language=language,
        expected_version=None,
        values=spec["translations"][language],
        origin=Origin.MACHINE if language in spec.get("machine", []) else Origin.HUMAN,
    )


def _book(event: Event, party_sizes: list[int]) -> None:
    """Example sign-ups for the first date, under made-up names and without any contact."""
    if not party_sizes:
        return
    occurrence = event.occurrences.order_by("starts_at").first()
    assert occurrence is not None
    for number, size in enumerate(party_sizes, start=1):
        signups.sign_up(
            occurrence_id=occurrence.pk,
            person=signups.Person(name=f"Beispiel {number}", party_size=size),
            language=SIGNUP_LANGUAGES[number % len(SIGNUP_LANGUAGES)],
        )


def _cancel_and_move(event: Event, *, actor: AbstractBaseUser) -> None:
    dates = list(event.occurrences.order_by("starts_at"))
    cancelled: Occurrence = dates[CANCELLED_DATE]
    moved: Occurrence = dates[MOVED_DATE]
    services.cancel_occurrence(
        actor=actor, occurrence_id=cancelled.pk, note="Heute kein Café: Das Nachbarschaftsbüro bleibt geschlossen."
    )
    # Wall-clock arithmetic in the region's zone: the same hours on the next day.
    zone, next_day = ZoneInfo(event.region.timezone), dt.timedelta(days=1)
    services.move_occurrence(
        actor=actor,
        occurrence_id=moved.pk,
        starts_at=moved.starts_at.astimezone(zone) + next_day,
        ends_at=moved.ends_at.astimezone(zone) + next_day,
        note="Diese Woche ausnahmsweise am Mittwoch.",
    )
