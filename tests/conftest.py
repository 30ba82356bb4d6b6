"""Shared fixtures: a small real region with districts, organisations, places, offers and staff per role."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache

from core.models import District, Location, Membership, Organisation, Region
from directory import search
from directory.models import Offer, OfferTranslation, Schedule, Topic

PASSWORD = "correct-horse-battery-9"


@dataclass
class World:
    region: Region
    other_region: Region
    district_a: District
    district_b: District
    office: Organisation
    agency: Organisation
    foreign_org: Organisation
    office_place: Location
    agency_place: Location
    cafe: Offer
    counselling: Offer
    youth: Offer
    course: Offer
    foreign_offer: Offer


def make_offer(region: Region, provider: Organisation, slug: str, **values: Any) -> Offer:
    topics = values.pop("topics", [])
    locations = values.pop("locations", [])
    translations = values.pop("translations", {})
    schedules = values.pop("schedules", [])
    offer = Offer.objects.create(
        region=region,
        provider=provider,
        slug=slug,
        status=values.pop("status", Offer.Status.PUBLISHED),
        offer_type=values.pop("offer_type", Offer.Type.COUNSELLING),
        **values,
    )
    offer.topics.set(Topic.objects.filter(slug__in=topics))
    offer.locations.set(locations)
    for language, (title, summary) in translations.items():
        OfferTranslation.objects.create(
            offer=offer, language=language, title=title, summary=summary, source_version=offer.content_version
        )
    for byday, opens, closes in schedules:
        Schedule.objects.create(
            offer=offer, byday=byday, opens_at=opens, closes_at=closes, valid_from=dt.date(2024, 1, 1)
        )
    return offer


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    """Rate limits count in the cache; each test starts with none used, whatever ran before it."""
    cache.clear()


# A fixed Fernet key for case notes: tests run with DEBUG off, where nahbar refuses to keep notes without keys.
CASE_KEY = "q0Xh3gk1oO1yY3yq2l0nJwqkF1pGm3yJbqQm7aQ8d0E="


@pytest.fixture(autouse=True)
def case_keys(settings: Any) -> None:
    settings.NAHBAR_CASE_KEYS = [CASE_KEY]


@pytest.fixture(autouse=True)
def fast_password_hashing(request: pytest.FixtureRequest, settings: Any) -> None:
    """Argon2 costs most of a second per password here; only tests marked `argon2` pay for it."""
    if not request.node.get_closest_marker("argon2"):
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def world(db: None) -> World:
    languages = ["de", "en", "ar", "fa", "tr", "uk", "ru"]
    region = Region.objects.create(slug="testort", name="Testort", federal_state="NRW", enabled_languages=languages)
    other = Region.objects.create(slug="anderswo", name="Anderswo", federal_state="NI", enabled_languages=languages)
    district_a = District.objects.create(
        region=region, slug="nord", name="Nord", postcodes=["46284"], centre_lat=51.66, centre_lon=6.96
    )
    district_b = District.objects.create(
        region=region, slug="sued", name="Süd", postcodes=["46282"], centre_lat=51.64, centre_lon=6.97
    )
    office = Organisation.objects.create(region=region, slug="buero", name="Nachbarschaftsbüro Nord", kind="welfare")
    agency = Organisation.objects.create(region=region, slug="agentur", name="Integrationsagentur", kind="church")
    foreign = Organisation.objects.create(region=other, slug="fremd", name="Fremde Stelle", kind="club")
    office_place = Location.objects.create(
        region=region,
        organisation=office,
        name="Büro Nord",
        street="Hauptstraße 1",
        postcode="46284",
        city="Testort",
        district=district_a,
        latitude=51.66,
        longitude=6.96,
    )
    agency_place = Location.objects.create(
        region=region,
        organisation=agency,
        name="Begegnungszentrum",
        street="Brunnenplatz 2",
        postcode="46282",
        city="Testort",
        district=district_b,
        latitude=51.64,
        longitude=6.97,
    )
    cafe = make_offer(
        region,
        office,
        "willkommenscafe",
        title="Willkommenscafé",
        summary="Jeden Dienstag Kaffee, Kontakte und gemeinsame Ausflugsplanung.",
        description="Im Café entscheiden wir gemeinsam, welche Ausflüge wir machen.",
        offer_type=Offer.Type.MEETING_PLACE,
        topics=["meeting-places"],
        locations=[office_place],
        languages=["de", "ar"],
        schedules=[("TU", dt.time(10), dt.time(12))],
        translations={"en": ("Welcome café", "Coffee and contacts every Tuesday."), "ar": ("مقهى الترحيب", "قهوة")},
    )
    counselling = make_offer(
        region,
        agency,
        "beratung-migration",
        title="Migrationsberatung",
        summary="Beratung zu Aufenthalt, Arbeit und Familie.",
        description="Wir helfen bei Anträgen und Briefen von Behörden.",
        topics=["counselling", "asylum-residence"],
        locations=[agency_place],
        languages=["de", "fa", "tr"],
        interpreter_on_request=True,
        by_appointment=True,
        translations={"en": ("Migration counselling", "Advice on residence, work and family.")},
    )
    youth = make_offer(
        region,
        office,
        "jugend-garten",
        title="Kräuterbeet und Graffiti",
        summary="Projekte für junge Menschen von 12 bis 26 Jahren.",
        offer_type=Offer.Type.GROUP,
        topics=["youth"],
        locations=[office_place],
        age_min=12,
        age_max=26,
        schedules=[("TH", dt.time(15), dt.time(18))],
    )
    course = make_offer(
        region,
        agency,
        "integrationskurs",
        title="Integrationskurs mit Alphabetisierung",
        summary="Deutsch lernen, lesen und schreiben.",
        offer_type=Offer.Type.COURSE,
        topics=["language"],
        locations=[agency_place],
        cost=Offer.Cost.AMOUNT,
        cost_amount=2.29,
    )
    foreign_offer = make_offer(other, foreign, "fremdes-angebot", title="Beratung anderswo", summary="Anderswo.")
    search.rebuild()
    return World(
        region, other, district_a, district_b, office, agency, foreign, office_place, agency_place,
        cafe, counselling, youth, course, foreign_offer,
    )  # fmt: skip


def make_user(username: str, *memberships: tuple[str, Region, Organisation | None]) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD, email=f"{username}@example.org")
    for role, region, organisation in memberships:
        Membership.objects.create(user=user, role=role, region=region, organisation=organisation)
    return user


@pytest.fixture
def staff(world: World) -> dict[str, User]:
    """One user per role, plus a stranger with no role at all."""
    return {
        "coordinator": make_user("coordinator", ("coordinator", world.region, None)),
        "manager": make_user("manager", ("manager", world.region, world.agency)),
        "editor": make_user("editor", ("editor", world.region, world.agency)),
        "other_editor": make_user("other_editor", ("editor", world.region, world.office)),
        "counsellor": make_user("counsellor", ("counsellor", world.region, world.office)),
        "other_counsellor": make_user("other_counsellor", ("counsellor", world.region, world.agency)),
        "no_role": make_user("no_role"),
    }
