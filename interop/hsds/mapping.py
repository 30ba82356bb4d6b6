"""nahbar records as HSDS 3.0 objects. Pure functions over prefetched objects: no queries, no request.

Text is the German source unless a `Reader` of nahbar's German profile (docs/hsds-profile.md) asks for another
language: then a service's name and description are its translation (German when there is none) and the profile's
`x_language`, `x_translations` and `x_timezone` fields are added. Without a reader the records are plain HSDS 3.0.
Labels nahbar writes itself (audience, cost, accessibility) are rendered in the language active when these run.
Empty values are left out rather than sent as "".

Schedules: HSDS 3.0's `timezone` is a fixed UTC offset (a number), which Europe/Berlin's summer time would make
wrong half the year, so it is left out: opens_at/closes_at are local wall-clock times in the region's timezone,
which the profile names in `x_timezone`.
"""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.languages import CONTENT_LANGUAGES, SOURCE_LANGUAGE
from core.models import District, Location, Organisation
from directory.models import Offer, Schedule, Topic
from interop.hsds.ids import hsds_id
from translations.models import Origin
from translations.resolve import ShownText, show_translated

Record = dict[str, Any]
TAXONOMY_KEY = "topics"
TIMEZONE = "Europe/Berlin"


# Prefix of the plain lists selectors.with_details prefetches relations into.
LOADED = "loaded_"


def loaded(record: Any, relation: str) -> list[Any]:
    """A relation selectors.with_details prefetched (`loaded(offer, "schedules")`)."""
    found: list[Any] = getattr(record, LOADED + relation)
    return found


@lru_cache(maxsize=64)
def _choice_labels(choices: type[models.Choices], language: str) -> dict[Any, str]:
    return {value: str(label) for value, label in choices.choices}


def label(choices: type[models.Choices], value: Any) -> str:
    """A choice's label in the active language, worked out once per language rather than per record."""
    return _choice_labels(choices, get_language())[value]


@dataclass(frozen=True)
class Reader:
    """A client of nahbar's profile: the language it asked for, and whether it wants every translation."""

    language: str = SOURCE_LANGUAGE
    all_translations: bool = False


# Arrays a fully nested record always carries, even empty, so readers can tell "none" from "not sent".
_KEEP_EMPTY = frozenset({"services"})


def _compact(record: Record) -> Record:
    return {key: value for key, value in record.items() if value not in (None, "", []) or key in _KEEP_EMPTY}


def _timestamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _absolute(path: str) -> str:
    return f"{settings.NAHBAR_BASE_URL}{path}"


# Taxonomy -----------------------------------------------------------------------------------------------------


@lru_cache(maxsize=32)
def _taxonomy_in(language: str, base_url: str) -> Record:
    return {
        "id": hsds_id("taxonomy", TAXONOMY_KEY),
        "name": "nahbar-Themen",
        "description": _("Topics newcomers search nahbar by, with names in every language nahbar speaks."),
        "uri": _absolute("/api/hsds/taxonomies/" + hsds_id("taxonomy", TAXONOMY_KEY)),
        "version": "1",
    }


def taxonomy() -> Record:
    """nahbar's one taxonomy, described in the active language (the same for every term: worked out once).
    Shared between records: callers must not change it."""
    return _taxonomy_in(get_language(), settings.NAHBAR_BASE_URL)


def taxonomy_term(topic: Topic, *, reader: Reader | None = None) -> Record:
    """A topic; its name in the reader's language when it has one (the record's `language` says which)."""
    names = [topic.names[code] for code in topic.names if topic.names.get(code)]
    language = reader.language if reader and topic.names.get(reader.language) else SOURCE_LANGUAGE
    return _compact(
        {
            "id": hsds_id("topic", topic.pk),
            "code": topic.slug,
            "name": topic.name_in(language),
            "description": " · ".join(names) or topic.slug,
            "taxonomy": "nahbar",
            "taxonomy_id": hsds_id("taxonomy", TAXONOMY_KEY),
            "taxonomy_detail": taxonomy(),
            "language": language,
        }
    )


def _topic_attribute(owner_id: str, topic: Topic, reader: Reader | None) -> Record:
    return {
        "id": hsds_id("attribute", owner_id, topic.pk),
        "link_id": owner_id,
        "link_type": "topic",
        "link_entity": "service",
        "taxonomy_term_id": hsds_id("topic", topic.pk),
        "taxonomy_term": taxonomy_term(topic, reader=reader),
    }


# Organisations and locations ----------------------------------------------------------------------------------


def organization_basic(organisation: Organisation) -> Record:
    return _compact(
        {
            "id": hsds_id("organisation", organisation.pk),
            "name": organisation.name,
            # Required by HSDS; nahbar may not have one yet.
            "description": organisation.description or label(Organisation.Kind, organisation.kind),
            "email": organisation.email,
            "website": organisation.website,
            "legal_status": label(Organisation.Kind, organisation.kind),
            "parent_organization_id": hsds_id("organisation", organisation.parent_id)
            if organisation.parent_id
            else None,
        }
    )


def _phone(owner: str, owner_key: str, owner_id: str, number: str) -> list[Record]:
    if not number:
        return []
    return [{"id": hsds_id("phone", owner, owner_id), owner_key: owner_id, "number": number}]


def organization(organisation: Organisation, *, locations: Iterable[Location], services: Iterable[Record]) -> Record:
    org_id = hsds_id("organisation", organisation.pk)
    return _compact(
        {
            **organization_basic(organisation),
            "phones": _phone("organisation", "organization_id", org_id, organisation.phone),
            "locations": [location(place) for place in locations],
            "services": list(services),
        }
    )


def _address(place: Location) -> Record:
    return {
        "id": hsds_id("address", place.pk),
        "location_id": hsds_id("location", place.pk),
        "address_1": place.street,
        "city": place.city,
        "region": place.district.name if place.district else None,
        "state_province": place.region.federal_state,
        "postal_code": place.postcode,
        "country": "DE",
        "address_type": "physical",
    }


def _accessibility(place: Location) -> list[Record]:
    location_id = hsds_id("location", place.pk)
    entries = [
        {
            "id": hsds_id("accessibility", place.pk, key),
            "location_id": location_id,
            "description": label(Location.Access, key),
        }
        for key in place.accessibility
        if key in Location.Access.values
    ]
    if place.accessibility_note:
        entries.append(
            {
                "id": hsds_id("accessibility", place.pk, "note"),
                "location_id": location_id,
                "description": place.accessibility_note,
            }
        )
    return entries


def location_basic(place: Location) -> Record:
    return _compact(
        {
            "id": hsds_id("location", place.pk),
            "location_type": "physical",
            "organization_id": hsds_id("organisation", place.organisation_id),
            "name": place.name,
            "transportation": place.transport_note,
            "latitude": float(place.latitude),
            "longitude": float(place.longitude),
        }
    )


def location(place: Location) -> Record:
    return _compact(
        {
            **location_basic(place),
            "addresses": [_compact(_address(place))],
            "accessibility": _accessibility(place),
        }
    )


# Services -----------------------------------------------------------------------------------------------------


OFFER_TEXT = ("title", "summary", "description")


def _text_of(summary: str, description: str) -> str:
    return "\n\n".join(part for part in (summary, description) if part)


def _description(offer: Offer) -> str:
    return _text_of(offer.summary, offer.description)


def _eligibility(offer: Offer) -> str:
    return ", ".join(label(Offer.Audience, key) for key in offer.audience if key in Offer.Audience.values)


def _application(offer: Offer) -> str:
    steps = []
    if offer.registration_required:
        steps.append(_("Sign-up needed."))
    if offer.by_appointment:
        steps.append(_("By appointment."))
    return " ".join(steps)


def _fees(offer: Offer) -> str:
    if offer.cost == Offer.Cost.REDUCED and offer.cost_pass_name:
        return _("Reduced with %(pass)s") % {"pass": offer.cost_pass_name}
    return label(Offer.Cost, offer.cost)


@lru_cache(maxsize=256)
def _offer_page_pattern(region_slug: str, language: str, base_url: str) -> str:
    return _absolute(reverse("offer_detail", kwargs={"region_slug": region_slug, "id_or_slug": "SLUG"}))


def _page_url(offer: Offer) -> str:
    # One reverse() per town and language instead of one per offer; slugs are URL-safe as they are.
    pattern = _offer_page_pattern(offer.region.slug, get_language(), settings.NAHBAR_BASE_URL)
    return pattern.replace("/SLUG/", f"/{offer.slug}/")


def _shown(offer: Offer, language: str) -> ShownText:
    translations = loaded(offer, "translations")
    return show_translated(
        offer, field_names=OFFER_TEXT, source_language=SOURCE_LANGUAGE, language=language, translations=translations
    )


def _origin(translation: Any) -> str:
    return "machine" if translation.origin == Origin.MACHINE else "human"


def _translations(offer: Offer) -> Record:
    """Every translation of the offer's text, the German source first (needs translations prefetched)."""
    found: Record = {SOURCE_LANGUAGE: {"name": offer.title, "description": _description(offer)}}
    found[SOURCE_LANGUAGE] |= {"origin": "source", "outdated": False}
    for item in sorted(loaded(offer, "translations"), key=lambda item: item.language):
        text = _compact({"name": item.title, "description": _text_of(item.summary, item.description)})
        outdated = item.source_version < offer.content_version
        found[item.language] = {"name": offer.title, **text, "origin": _origin(item), "outdated": outdated}
    return found


def _profile_text(offer: Offer, reader: Reader | None) -> Record:
    """name, description and the profile's language fields; plain HSDS (German, no extras) without a reader."""
    if reader is None:
        return {"name": offer.title, "description": _description(offer)}
    shown = _shown(offer, reader.language)
    record: Record = {
        "name": shown.fields["title"],
        "description": _text_of(shown.fields["summary"], shown.fields["description"]),
        "x_language": {
            "code": shown.language,
            "requested": reader.language,
            "fallback": shown.is_fallback,
            "machine": shown.is_machine,
            "outdated": shown.is_outdated,
        },
    }
    if reader.all_translations:
        record["x_translations"] = _translations(offer)
    return record


def service_basic(offer: Offer, *, reader: Reader | None = None) -> Record:
    """The one-to-one fields of a service, as in list pages."""
    return _compact(
        {
            "id": hsds_id("offer", offer.pk),
            "organization_id": hsds_id("organisation", offer.provider_id),
            "program_id": hsds_id("project", offer.project_id) if offer.project_id else None,
            **_profile_text(offer, reader),
            "url": offer.contact_url or _page_url(offer),
            "email": offer.contact_email,
            "status": "active",
            "interpretation_services": _("Interpreter on request.") if offer.interpreter_on_request else None,
            "application_process": _application(offer),
            "fees_description": _fees(offer),
            "eligibility_description": _eligibility(offer),
            "minimum_age": offer.age_min,
            "maximum_age": offer.age_max,
            "assured_date": offer.last_reviewed.isoformat(),
            "last_modified": _timestamp(offer.updated_at),
        }
    )


def service_minimal(offer: Offer) -> Record:
    """Just enough to tell what changed: id and last_modified, plus the fields HSDS requires."""
    return {
        "id": hsds_id("offer", offer.pk),
        "name": offer.title,
        "status": "active",
        "last_modified": _timestamp(offer.updated_at),
    }


def service_list_item(offer: Offer, *, reader: Reader | None = None) -> Record:
    return {**service_basic(offer, reader=reader), "organization": organization_basic(offer.provider)}


def schedule(item: Schedule, *, offer: Offer, offer_locations: set[int], reader: Reader | None = None) -> Record:
    valid_to = item.valid_until or offer.valid_until
    located = item.location_id is not None and item.location_id in offer_locations
    return _compact(
        {
            "id": hsds_id("schedule", item.pk),
            "service_id": hsds_id("offer", offer.pk),
            "location_id": hsds_id("location", item.location_id) if item.location_id else None,
            "service_at_location_id": hsds_id("service_at_location", offer.pk, item.location_id) if located else None,
            "valid_from": item.valid_from.isoformat(),
            "valid_to": valid_to.isoformat() if valid_to else None,
            "dtstart": item.valid_from.isoformat(),
            "until": valid_to.isoformat() if valid_to else None,
            "wkst": "MO",
            "freq": item.freq,
            "interval": item.interval,
            "byday": item.byday,
            "opens_at": item.opens_at.strftime("%H:%M:%S"),
            "closes_at": item.closes_at.strftime("%H:%M:%S"),
            "x_timezone": TIMEZONE if reader else None,
        }
    )


def _languages(offer: Offer, service_id: str) -> list[Record]:
    return [
        {
            "id": hsds_id("language", offer.pk, code),
            "service_id": service_id,
            "name": str(CONTENT_LANGUAGES.get(code, code)),
            "code": code,
        }
        for code in offer.languages
    ]


def _cost_options(offer: Offer, service_id: str) -> list[Record]:
    option: Record = {"id": hsds_id("cost_option", offer.pk), "service_id": service_id, "currency": "EUR"}
    if offer.cost == Offer.Cost.FREE:
        option |= {"option": label(Offer.Cost, Offer.Cost.FREE), "amount": 0}
    elif offer.cost == Offer.Cost.AMOUNT and offer.cost_amount is not None:
        option |= {"option": label(Offer.Cost, Offer.Cost.AMOUNT), "amount": float(offer.cost_amount)}
    else:
        option |= {"option": label(Offer.Cost, Offer.Cost.REDUCED), "amount_description": _fees(offer)}
    if offer.valid_from:
        option["valid_from"] = offer.valid_from.isoformat()
    if offer.valid_until:
        option["valid_to"] = offer.valid_until.isoformat()
    return [option]


def _service_area(offer: Offer, district: District, service_id: str) -> Record:
    return _compact(
        {
            "id": hsds_id("service_area", offer.pk, district.pk),
            "service_id": service_id,
            "name": district.name,
            "description": ", ".join(district.postcodes),
            "extent": ", ".join(district.postcodes),
            "extent_type": "text",
        }
    )


def _contacts(offer: Offer, service_id: str) -> list[Record]:
    if not (offer.contact_name or offer.contact_email):
        return []
    return [
        _compact(
            {
                "id": hsds_id("contact", offer.pk),
                "service_id": service_id,
                "name": offer.contact_name,
                "email": offer.contact_email,
            }
        )
    ]


def _program(offer: Offer) -> Record | None:
    project = offer.project
    if project is None:
        return None
    return {
        "id": hsds_id("project", project.pk),
        "name": project.name,
        "description": project.description or project.name,
    }


def _funding(offer: Offer, service_id: str) -> list[Record]:
    if offer.project is None:
        return []
    return [
        {"id": hsds_id("funding", offer.pk, funder.pk), "service_id": service_id, "source": funder.name}
        for funder in loaded(offer.project, "funders")
    ]


def service_at_location_basic(offer: Offer, place: Location) -> Record:
    return {
        "id": hsds_id("service_at_location", offer.pk, place.pk),
        "service_id": hsds_id("offer", offer.pk),
        "location_id": hsds_id("location", place.pk),
    }


def service(offer: Offer, *, places: list[Location] | None = None, reader: Reader | None = None) -> Record:
    """A fully nested service. Needs locations (with district, region), schedules, served_districts, topics and
    project funders prefetched; `places` narrows it to some of its locations."""
    service_id = hsds_id("offer", offer.pk)
    places = loaded(offer, "locations") if places is None else places
    place_ids = {place.pk for place in places}
    return _compact(
        {
            **service_basic(offer, reader=reader),
            "organization": organization_basic(offer.provider),
            "program": _program(offer),
            "phones": _phone("offer", "service_id", service_id, offer.contact_phone),
            "contacts": _contacts(offer, service_id),
            "schedules": [
                schedule(item, offer=offer, offer_locations=place_ids, reader=reader)
                for item in loaded(offer, "schedules")
            ],
            "service_areas": [
                _service_area(offer, district, service_id) for district in loaded(offer, "served_districts")
            ],
            "service_at_locations": [
                {**service_at_location_basic(offer, place), "location": location(place)} for place in places
            ],
            "languages": _languages(offer, service_id),
            "cost_options": _cost_options(offer, service_id),
            "funding": _funding(offer, service_id),
            "attributes": [_topic_attribute(service_id, topic, reader) for topic in loaded(offer, "topics")],
        }
    )


def service_at_location_list_item(offer: Offer, place: Location, *, reader: Reader | None = None) -> Record:
    return {
        **service_at_location_basic(offer, place),
        "location": location_basic(place),
        "service": service_list_item(offer, reader=reader),
    }


def service_at_location(offer: Offer, place: Location, *, reader: Reader | None = None) -> Record:
    """Fully nested: the place, the schedules kept there (or everywhere), and the service at this place only."""
    sal_id = hsds_id("service_at_location", offer.pk, place.pk)
    here = [item for item in loaded(offer, "schedules") if item.location_id in (None, place.pk)]
    return _compact(
        {
            **service_at_location_basic(offer, place),
            "schedules": [
                schedule(item, offer=offer, offer_locations={place.pk}, reader=reader)
                | {"service_at_location_id": sal_id}
                for item in here
            ],
            "location": location(place),
            "service": service(offer, places=[place], reader=reader),
        }
    )
