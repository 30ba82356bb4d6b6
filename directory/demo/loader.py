"""Loading the demo data: the four demo regions are deleted and built again in one transaction."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Model

from core.models import District, Location, Organisation, Region
from directory import search
from directory.demo import catalogue
from directory.demo.organisations import ORGANISATIONS, PROJECTS
from directory.demo.places import DISTRICTS, LOCATIONS, REGIONS
from directory.demo.specs import OfferSpec, RegionSpec, ScheduleSpec, Text
from directory.demo.staff import StaffLogin, create_staff
from directory.models import Offer, OfferTranslation, Project, Schedule, Topic
from translations.models import Origin

DEMO_REGION_SLUGS = tuple(spec["slug"] for spec in REGIONS)
# Opening times count from this date on, so a second load gives the same rows.
SCHEDULES_VALID_FROM = dt.date(2024, 1, 2)


class DemoDataError(Exception):
    """The data modules contradict each other, e.g. a translation for an offer that does not exist."""


@dataclass(frozen=True)
class Places:
    """One region's objects, by the keys the data modules use."""

    region: Region
    districts: dict[str, District]
    organisations: dict[str, Organisation]
    locations: dict[str, Location]
    projects: dict[str, Project]


@dataclass(frozen=True)
class DemoResult:
    offers_per_region: dict[str, int]
    logins: list[StaffLogin]
    # Topic slugs the data uses that the topics table does not have (yet).
    missing_topics: list[str]
    indexed: int


def load_demo(*, password: str | None = None, today: dt.date | None = None) -> DemoResult:
    """Replace the demo regions with fresh demo data, create the demo staff and rebuild the search index."""
    check_catalogue()
    today = today or dt.date.today()
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    missing: set[str] = set()
    counts: dict[str, int] = {}
    with transaction.atomic():
        remove_demo_regions()
        regions = []
        for spec in REGIONS:
            places = _create_places(spec)
            regions.append(places.region)
            for offer_spec in catalogue.OFFERS[spec["slug"]]:
                offer = _create_offer(places, offer_spec, today=today)
                missing |= _set_topics(offer, offer_spec["topics"], topics)
                _create_translations(offer, catalogue.TEXTS[spec["slug"]].get(offer.slug, {}))
            counts[spec["slug"]] = len(catalogue.OFFERS[spec["slug"]])
        logins = create_staff(password=password)
        indexed = sum(search.rebuild(region_id=region.id) for region in regions)
    return DemoResult(offers_per_region=counts, logins=logins, missing_topics=sorted(missing), indexed=indexed)


def check_fields(instance: Model) -> None:
    """Choices, e-mail and web addresses, slugs; uniqueness and check constraints are left to the database."""
    instance.full_clean(validate_unique=False, validate_constraints=False)


def remove_demo_regions() -> None:
    # Offers protect their provider from deletion, so they go before the regions (which take everything else).
    offers = Offer.objects.filter(region__slug__in=DEMO_REGION_SLUGS)
    removed_ids = list(offers.values_list("id", flat=True))
    offers.delete()
    Region.objects.filter(slug__in=DEMO_REGION_SLUGS).delete()
    search.reindex(removed_ids)  # takes the deleted offers out of the index


def check_catalogue() -> None:
    """Every translation belongs to an offer, in a language its region has switched on."""
    languages = {spec["slug"]: set(spec["languages"]) - {"de"} for spec in REGIONS}
    for region_slug, texts in catalogue.TEXTS.items():
        slugs = {offer["slug"] for offer in catalogue.OFFERS[region_slug]}
        for offer_slug, by_language in texts.items():
            if offer_slug not in slugs:
                raise DemoDataError(f"translation for unknown offer {region_slug}/{offer_slug}")
            if unknown := set(by_language) - languages[region_slug]:
                raise DemoDataError(f"{region_slug}/{offer_slug}: languages not enabled: {sorted(unknown)}")


def _create_places(spec: RegionSpec) -> Places:
    region = Region.objects.create(
        slug=spec["slug"], name=spec["name"], federal_state=spec["federal_state"], enabled_languages=spec["languages"]
    )
    districts = {
        item["slug"]: District.objects.create(
            region=region,
            slug=item["slug"],
            name=item["name"],
            postcodes=item["postcodes"],
            centre_lat=Decimal(item["lat"]),
            centre_lon=Decimal(item["lon"]),
        )
        for item in DISTRICTS
        if item["region"] == region.slug
    }
    organisations = _create_organisations(region)
    locations = _create_locations(region, districts, organisations)
    return Places(region, districts, organisations, locations, _create_projects(region, organisations))


def _create_organisations(region: Region) -> dict[str, Organisation]:
    created: dict[str, Organisation] = {}
    # Parents come before their children in the data.
    for spec in ORGANISATIONS[region.slug]:
        organisation = Organisation(
            region=region,
            slug=spec["slug"],
            name=spec["name"],
            kind=spec["kind"],
            parent=created[spec["parent"]] if "parent" in spec else None,
            description=spec.get("description", ""),
            email=spec.get("email", ""),
            phone=spec.get("phone", ""),
            website=spec.get("website", ""),
        )
        check_fields(organisation)
        organisation.save()
        created[organisation.slug] = organisation
    return created


def _create_locations(
    region: Region, districts: dict[str, District], organisations: dict[str, Organisation]
) -> dict[str, Location]:
    created: dict[str, Location] = {}
    for spec in (item for item in LOCATIONS if item["region"] == region.slug):
        location = Location(
            region=region,
            organisation=organisations[spec["organisation"]],
            name=spec["name"],
            street=spec["street"],
            postcode=spec["postcode"],
            city=spec["city"],
            district=districts[spec["district"]],
            latitude=Decimal(spec["lat"]),
            longitude=Decimal(spec["lon"]),
            accessibility=list(spec.get("access", [])),
            accessibility_note=spec.get("access_note", ""),
            transport_note=spec.get("transport_note", ""),
        )
        check_fields(location)
        location.save()
        created[spec["key"]] = location
    return created


def _create_projects(region: Region, organisations: dict[str, Organisation]) -> dict[str, Project]:
    created: dict[str, Project] = {}
    for spec in (item for item in PROJECTS if item["region"] == region.slug):
        project = Project.objects.create(
            region=region,
            name=spec["name"],
            description=spec["description"],
            funding_note=spec["funding_note"],
            starts_on=dt.date.fromisoformat(spec["starts"]) if "starts" in spec else None,
            ends_on=dt.date.fromisoformat(spec["ends"]) if "ends" in spec else None,
        )
        project.funders.set([organisations[slug] for slug in spec["funders"]])
        created[spec["key"]] = project
    return created


def _create_offer(places: Places, spec: OfferSpec, *, today: dt.date) -> Offer:
    age_min, age_max = spec.get("age", (None, None))
    contact = places.organisations[spec.get("contact", spec["provider"])]
    offer = Offer(
        region=places.region,
        provider=places.organisations[spec["provider"]],
        project=places.projects[spec["project"]] if "project" in spec else None,
        slug=spec["slug"],
        title=spec["title"],
        summary=spec["summary"],
        description=spec["description"],
        content_version=spec.get("content_version", 1),
        offer_type=spec["type"],
        audience=list(spec["audience"]),
        age_min=age_min,
        age_max=age_max,
        languages=spec.get("languages", ["de"]),
        interpreter_on_request=spec.get("interpreter", False),
        cost=spec.get("cost", Offer.Cost.FREE),
        cost_pass_name=spec.get("cost_pass", ""),
        registration_required=spec.get("registration", False),
        is_mobile=spec.get("mobile", False),
        is_ongoing=spec.get("ongoing", False),
        by_appointment=spec.get("appointment", False),
        contact_name=contact.name,
        contact_phone=contact.phone,
        contact_email=contact.email,
        contact_url=contact.website,
        status=Offer.Status.PUBLISHED,
        last_reviewed=today - dt.timedelta(days=spec["reviewed"]),
    )
    check_fields(offer)
    offer.save()
    _link_offer(offer, places, spec)
    return offer


def _link_offer(offer: Offer, places: Places, spec: OfferSpec) -> None:
    offer.partners.set([places.organisations[slug] for slug in spec.get("partners", [])])
    offer.locations.set([places.locations[key] for key in spec.get("locations", [])])
    offer.served_districts.set([places.districts[slug] for slug in spec.get("districts", [])])
    Schedule.objects.bulk_create(_schedule(offer, places, item) for item in spec.get("schedules", []))


def _schedule(offer: Offer, places: Places, spec: ScheduleSpec) -> Schedule:
    schedule = Schedule(
        offer=offer,
        location=places.locations[spec["location"]] if "location" in spec else None,
        freq=spec.get("freq", Schedule.Frequency.WEEKLY),
        byday=spec["byday"],
        opens_at=dt.time.fromisoformat(spec["opens"]),
        closes_at=dt.time.fromisoformat(spec["closes"]),
        valid_from=SCHEDULES_VALID_FROM,
    )
    check_fields(schedule)
    return schedule


def _set_topics(offer: Offer, slugs: list[str], topics: dict[str, Topic]) -> set[str]:
    """Attach the topics that exist; returns the slugs that do not."""
    offer.topics.set([topics[slug] for slug in slugs if slug in topics])
    return {slug for slug in slugs if slug not in topics}


def _create_translations(offer: Offer, texts: dict[str, Text]) -> None:
    rows = []
    for language, (title, summary, description) in texts.items():
        key = (offer.region.slug, offer.slug, language)
        outdated = key in catalogue.OUTDATED
        if outdated and offer.content_version < 2:
            raise DemoDataError(f"{key}: an outdated translation needs content_version 2 or more")
        rows.append(
            OfferTranslation(
                offer=offer,
                language=language,
                title=title,
                summary=summary,
                description=description,
                source_version=offer.content_version - 1 if outdated else offer.content_version,
                origin=Origin.MACHINE if key in catalogue.MACHINE_TRANSLATED else Origin.HUMAN,
            )
        )
    OfferTranslation.objects.bulk_create(rows)
