"""Reads for the HSDS API: filtered querysets with a fixed number of queries per page, however big the page.

What is published: offers that are published and whose runtime is current, in every region unless the query
names one (`?region=<slug>`), and consultation hours the public pages show (published, not ended), each as a
service of its own (interop/hsds/mapping_hours.py). Organisations are those providing at least one such offer or
holding such hours (funders and partners without either stay out). Topics form the one taxonomy, "nahbar-Themen".
"""

import datetime as dt
import math
from collections.abc import Iterable
from typing import Any

from dateutil.rrule import rrulestr
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from core.languages import SOURCE_LANGUAGE
from core.models import District, Location, Organisation
from counselling import selectors as counselling_selectors
from counselling.models import ConsultationHours
from directory.models import Offer, OfferTranslation, Schedule, Topic
from interop.hsds import ids, mapping, mapping_hours
from interop.hsds.mapping import TAXONOMY_KEY
from interop.hsds.params import WEEKDAYS, Query

OfferPlace = Offer.locations.through


def public_offers(*, today: dt.date, query: Query | None = None) -> QuerySet[Offer]:
    offers = (
        Offer.objects.filter(status=Offer.Status.PUBLISHED)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))
        .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=today))
    )
    if query and query.region:
        offers = offers.filter(region=query.region)
    return offers


def _places() -> QuerySet[Location]:
    return Location.objects.select_related("district", "region")


# Relations are prefetched into plain lists (`to_attr`, read back with mapping.loaded): Django's default prefetch
# clones a queryset per record and relation, which took longer than mapping a page of 50 full services.
def _loaded(path: str, queryset: QuerySet[Any] | None = None) -> Prefetch:
    return Prefetch(path, queryset=queryset, to_attr=mapping.LOADED + path.rsplit("__", 1)[-1])


def translations(prefix: str = "", query: Query | None = None) -> Prefetch:
    """Every translation, or on a list only the one in the reader's language (unless it asks for all)."""
    found = OfferTranslation.objects.all()
    if query is not None and not query.all_translations:
        found = found.filter(language=query.language)
    return _loaded(prefix + "translations", found)


def with_details(offers: QuerySet[Offer], query: Query | None = None) -> QuerySet[Offer]:
    """Everything a fully nested service shows, in one query per relation."""
    return offers.select_related("provider", "project", "region").prefetch_related(
        translations(query=query), _loaded("locations", _places()), *_details()
    )


def _details(prefix: str = "") -> list[Prefetch]:
    """What a service shows beyond its text and places (a service at a location has its one place already)."""
    return [
        _loaded(prefix + "schedules", Schedule.objects.all()),
        _loaded(prefix + "served_districts", District.objects.all()),
        _loaded(prefix + "topics", Topic.objects.defer("synonyms")),
        _loaded(prefix + "project__funders", Organisation.objects.all()),
    ]


def _matching(kind: str, wanted: str, keys: Iterable[tuple[Any, ...]]) -> Any:
    found = ids.find(kind, wanted, keys)
    return found[0] if found else None


def _text_filter(offers: QuerySet[Offer], search: str) -> QuerySet[Offer]:
    """Every word in the German title, summary, description or provider name, or in a translation's title/summary."""
    for word in search.split()[:8]:
        translated = OfferTranslation.objects.filter(offer=OuterRef("pk")).filter(
            Q(title__icontains=word) | Q(summary__icontains=word)
        )
        offers = offers.filter(
            Q(title__icontains=word)
            | Q(summary__icontains=word)
            | Q(description__icontains=word)
            | Q(provider__name__icontains=word)
            | Exists(translated)
        )
    return offers


def _for_age(offers: QuerySet[Offer], age: int) -> QuerySet[Offer]:
    """Offers whose age range includes `age`; an open end is no limit."""
    return offers.filter(Q(age_min__isnull=True) | Q(age_min__lte=age)).filter(
        Q(age_max__isnull=True) | Q(age_max__gte=age)
    )


def _speaking(offers: QuerySet[Offer], code: str) -> QuerySet[Offer]:
    # In Python: JSON list lookups differ between SQLite and PostgreSQL, and a town has a few thousand offers.
    wanted = [pk for pk, spoken in offers.values_list("pk", "languages") if code in (spoken or [])]
    return offers.filter(pk__in=wanted)


def _runs_on(item: Schedule | ConsultationHours, day: dt.date) -> bool:
    if day < item.valid_from or (item.valid_until and day > item.valid_until):
        return False
    start = dt.datetime.combine(item.valid_from, dt.time())
    moment = dt.datetime.combine(day, dt.time())
    return bool(rrulestr(item.rrule().split(";UNTIL=")[0], dtstart=start).between(moment, moment, inc=True))


def _open_on(offers: QuerySet[Offer], wanted: str | dt.date) -> QuerySet[Offer]:
    """Offers with a regular opening on that weekday, or (for a date) actually open that day by their rule."""
    weekday = wanted if isinstance(wanted, str) else WEEKDAYS[wanted.weekday()]
    candidates = Schedule.objects.filter(offer__in=offers, byday__contains=weekday)
    if isinstance(wanted, str):
        return offers.filter(pk__in=candidates.values("offer_id"))
    open_ids = {item.offer_id for item in candidates if _runs_on(item, wanted)}
    on_the_day = offers.filter(Q(valid_until__isnull=True) | Q(valid_until__gte=wanted))
    return on_the_day.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=wanted)).filter(pk__in=open_ids)


def _profile_filters(offers: QuerySet[Offer], query: Query) -> QuerySet[Offer]:
    if query.age is not None:
        offers = _for_age(offers, query.age)
    if query.spoken:
        offers = _speaking(offers, query.spoken)
    if query.open_on:
        offers = _open_on(offers, query.open_on)
    return offers


def _filtered(offers: QuerySet[Offer], query: Query) -> QuerySet[Offer]:
    offers = _profile_filters(offers, query)
    if query.search:
        offers = _text_filter(offers, query.search)
    if query.taxonomy_term_id:
        topic = _matching("topic", query.taxonomy_term_id, Topic.objects.values_list("pk"))
        offers = offers.filter(Exists(Offer.topics.through.objects.filter(offer=OuterRef("pk"), topic=topic)))
    if query.taxonomy_id:
        if query.taxonomy_id != ids.hsds_id("taxonomy", TAXONOMY_KEY):
            return offers.none()
        offers = offers.filter(Exists(Offer.topics.through.objects.filter(offer=OuterRef("pk"))))
    if query.organization_id:
        provider = _matching("organisation", query.organization_id, Organisation.objects.values_list("pk"))
        offers = offers.filter(provider=provider)
    if query.modified_after:
        offers = offers.filter(updated_at__gte=query.modified_after)
    return offers


def services(query: Query, *, today: dt.date) -> QuerySet[Offer]:
    offers = _filtered(public_offers(today=today, query=query), query).order_by("title", "pk")
    if query.full:
        return with_details(offers, query)
    return offers.select_related("provider", "region").prefetch_related(translations(query=query))


def service(wanted: str, *, today: dt.date) -> Offer | None:
    offers = public_offers(today=today)
    pk = _matching("offer", wanted, offers.values_list("pk"))
    return with_details(offers.filter(pk=pk)).first() if pk else None


# Organisations ------------------------------------------------------------------------------------------------


def _organisations(query: Query, *, today: dt.date) -> QuerySet[Organisation]:
    offering = public_offers(today=today, query=query).filter(provider=OuterRef("pk"))
    holding = public_hours(today=today, query=query).filter(organisation=OuterRef("pk"))
    return Organisation.objects.filter(Exists(offering) | Exists(holding)).order_by("name", "pk")


def _with_nesting(organisations: QuerySet[Organisation], query: Query, *, today: dt.date) -> QuerySet[Organisation]:
    offers = public_offers(today=today, query=query).order_by("title", "pk")
    offers = (
        with_details(offers, query)
        if query.full_service
        else offers.select_related("provider", "region").prefetch_related(translations(query=query))
    )
    hours = public_hours(today=today, query=query).order_by("title", "pk")
    hours = _hours_with_details(hours) if query.full_service else _hours_listed(hours)
    return organisations.prefetch_related(
        Prefetch("locations", queryset=_places()),
        Prefetch("offers", queryset=offers, to_attr="public_offers"),
        Prefetch("consultation_hours", queryset=hours, to_attr="public_hours"),
    )


def organisations(query: Query, *, today: dt.date) -> QuerySet[Organisation]:
    found = _organisations(query, today=today)
    if query.search:
        found = found.filter(Q(name__icontains=query.search) | Q(description__icontains=query.search))
    if query.full or query.full_service:
        return _with_nesting(found, query, today=today)
    return found


def organisation(wanted: str, query: Query, *, today: dt.date) -> Organisation | None:
    found = _organisations(query, today=today)
    pk = _matching("organisation", wanted, found.values_list("pk"))
    return _with_nesting(found.filter(pk=pk), query, today=today).first() if pk else None


# Services at locations ----------------------------------------------------------------------------------------


def _distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), plenty accurate across a town."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6_371_000 * math.asin(math.sqrt(a))


def _districts_with(postcode: str) -> list[District]:
    return [district for district in District.objects.all() if postcode in district.postcodes]


def _centre(postcode: str, districts: list[District]) -> tuple[float, float] | None:
    """The postcode's district centre, or else the middle of nahbar's places with that postcode."""
    if districts:
        return float(districts[0].centre_lat), float(districts[0].centre_lon)
    points = list(Location.objects.filter(postcode=postcode).values_list("latitude", "longitude"))
    if not points:
        return None
    return sum(float(p[0]) for p in points) / len(points), sum(float(p[1]) for p in points) / len(points)


def _near(links: QuerySet[Any], query: Query) -> QuerySet[Any]:
    districts = _districts_with(query.postcode)
    if query.proximity_m is None:
        serving = Offer.objects.filter(served_districts__in=districts)
        return links.filter(Q(location__postcode=query.postcode) | Q(offer__in=serving))
    centre = _centre(query.postcode, districts)
    if centre is None:
        return links.none()
    places = Location.objects.filter(pk__in=links.values("location_id")).values_list("pk", "latitude", "longitude")
    near = [pk for pk, lat, lon in places if _distance_m(*centre, float(lat), float(lon)) <= query.proximity_m]
    return links.filter(location_id__in=near)


def _links(offers: QuerySet[Offer], query: Query | None = None) -> QuerySet[Any]:
    return (
        OfferPlace.objects.filter(offer__in=offers)
        .select_related("offer__provider", "offer__region", "offer__project", "location__district", "location__region")
        .prefetch_related(translations("offer__", query))
    )


def _with_link_details(links: QuerySet[Any]) -> QuerySet[Any]:
    return links.prefetch_related(*_details("offer__"))


def service_locations(query: Query, *, today: dt.date) -> QuerySet[Any]:
    offers = _filtered(public_offers(today=today, query=query), query)
    links = _links(offers, query).order_by("offer__title", "offer_id", "location__name", "location_id")
    if query.postcode:
        links = _near(links, query)
    return _with_link_details(links) if query.full else links


def service_location(wanted: str, *, today: dt.date) -> Any:
    links = _links(public_offers(today=today))
    pk = _matching_link(wanted, links)
    return _with_link_details(links.filter(pk=pk)).first() if pk else None


def _matching_link(wanted: str, links: QuerySet[Any]) -> int | None:
    canonical = ids.parse(wanted)
    for offer_id, location_id, pk in links.values_list("offer_id", "location_id", "pk"):
        if ids.hsds_id("service_at_location", offer_id, location_id) == canonical:
            return int(pk)
    return None


# Consultation hours -------------------------------------------------------------------------------------------


def public_hours(*, today: dt.date, query: Query | None = None) -> QuerySet[ConsultationHours]:
    """The hours the public pages show, of one region when the query names one."""
    hours = counselling_selectors.published(today=today)
    if query and query.region:
        hours = hours.filter(region=query.region)
    return hours


def _hours_listed(hours: QuerySet[ConsultationHours]) -> QuerySet[ConsultationHours]:
    """What a list item says of hours: organisation, and region, place and district for the url and description."""
    return hours.select_related("organisation", "region", "district", "location__district", "location__region")


def _hours_with_details(hours: QuerySet[ConsultationHours]) -> QuerySet[ConsultationHours]:
    return _hours_listed(hours).prefetch_related(Prefetch("topics", queryset=Topic.objects.defer("synonyms")))


def _hours_speaking(hours: QuerySet[ConsultationHours], code: str) -> QuerySet[ConsultationHours]:
    # German is spoken at all hours (their `languages` list the others); in Python, as _speaking does.
    if code == SOURCE_LANGUAGE:
        return hours
    return hours.filter(pk__in=[pk for pk, spoken in hours.values_list("pk", "languages") if code in (spoken or [])])


def _hours_open_on(hours: QuerySet[ConsultationHours], wanted: str | dt.date) -> QuerySet[ConsultationHours]:
    weekday = wanted if isinstance(wanted, str) else WEEKDAYS[wanted.weekday()]
    candidates = hours.filter(byday__contains=weekday)
    if isinstance(wanted, str):
        return candidates
    return hours.filter(pk__in=[item.pk for item in candidates if _runs_on(item, wanted)])


def _hours_filtered(hours: QuerySet[ConsultationHours], query: Query) -> QuerySet[ConsultationHours]:
    """The services filters, as they apply to hours: they have no age range, so `age` keeps them all."""
    if query.spoken:
        hours = _hours_speaking(hours, query.spoken)
    if query.open_on:
        hours = _hours_open_on(hours, query.open_on)
    for word in query.search.split()[:8]:
        hours = hours.filter(Q(title__icontains=word) | Q(organisation__name__icontains=word))
    tagged = ConsultationHours.topics.through.objects.filter(consultationhours=OuterRef("pk"))
    if query.taxonomy_term_id:
        topic = _matching("topic", query.taxonomy_term_id, Topic.objects.values_list("pk"))
        hours = hours.filter(Exists(tagged.filter(topic=topic)))
    if query.taxonomy_id:
        if query.taxonomy_id != ids.hsds_id("taxonomy", TAXONOMY_KEY):
            return hours.none()
        hours = hours.filter(Exists(tagged))
    if query.organization_id:
        holder = _matching("organisation", query.organization_id, Organisation.objects.values_list("pk"))
        hours = hours.filter(organisation=holder)
    if query.modified_after:
        hours = hours.filter(updated_at__gte=query.modified_after)
    return hours


def hours_services(query: Query, *, today: dt.date) -> QuerySet[ConsultationHours]:
    """Hours as services, after the offers: same filters, same order (title, then id)."""
    hours = _hours_filtered(public_hours(today=today, query=query), query).order_by("title", "pk")
    return _hours_with_details(hours) if query.full else _hours_listed(hours)


def hours_service(wanted: str, *, today: dt.date) -> ConsultationHours | None:
    hours = public_hours(today=today)
    pk = _matching(mapping_hours.KIND, wanted, hours.values_list("pk"))
    return _hours_with_details(hours.filter(pk=pk)).first() if pk else None


def _at_the_office(hours: QuerySet[ConsultationHours]) -> QuerySet[ConsultationHours]:
    return hours.filter(kind=ConsultationHours.Kind.OFFICE, location__isnull=False)


def _hours_near(hours: QuerySet[ConsultationHours], query: Query) -> QuerySet[ConsultationHours]:
    """As _near: the place's postcode (or the hours' district covers it), or the place within `proximity`."""
    districts = _districts_with(query.postcode)
    if query.proximity_m is None:
        return hours.filter(Q(location__postcode=query.postcode) | Q(district__in=districts))
    centre = _centre(query.postcode, districts)
    if centre is None:
        return hours.none()
    places = hours.values_list("pk", "location__latitude", "location__longitude")
    near = [pk for pk, lat, lon in places if _distance_m(*centre, float(lat), float(lon)) <= query.proximity_m]
    return hours.filter(pk__in=near)


def hours_locations(query: Query, *, today: dt.date) -> QuerySet[ConsultationHours]:
    """Hours at the office, as services at their place, after the offers' (same filters, order title, id)."""
    hours = _at_the_office(_hours_filtered(public_hours(today=today, query=query), query))
    if query.postcode:
        hours = _hours_near(hours, query)
    hours = hours.order_by("title", "pk")
    return _hours_with_details(hours) if query.full else _hours_listed(hours)


def hours_location(wanted: str, *, today: dt.date) -> ConsultationHours | None:
    hours = _at_the_office(public_hours(today=today))
    canonical = ids.parse(wanted)
    for pk, location_id in hours.values_list("pk", "location_id"):
        if ids.hsds_id(mapping_hours.KIND + "_at_location", pk, location_id) == canonical:
            return _hours_with_details(hours.filter(pk=pk)).first()
    return None


# Taxonomy -----------------------------------------------------------------------------------------------------


def topics(query: Query) -> QuerySet[Topic]:
    found = Topic.objects.order_by("position", "slug")
    if query.taxonomy_id and query.taxonomy_id != ids.hsds_id("taxonomy", TAXONOMY_KEY):
        return found.none()
    if query.parent_id:
        # nahbar's topics are flat: none has a parent.
        return found.none()
    if query.search:
        words = query.search.lower()
        wanted = [topic.pk for topic in found if any(words in name.lower() for name in topic.names.values())]
        found = found.filter(pk__in=wanted)
    return found


def topic(wanted: str) -> Topic | None:
    pk = _matching("topic", wanted, Topic.objects.values_list("pk"))
    return Topic.objects.filter(pk=pk).first() if pk else None
