"""schema.org descriptions of offers (Service) and events (Event), as JSON-LD in the reader's language."""

import datetime as dt
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from django.utils.safestring import SafeString
from django.utils.translation import gettext

from core.models import Location, Organisation, Region
from core.seo.links import absolute
from directory.models import WEEKDAY_NAMES, Offer, Schedule
from directory.opening import describe
from events import display
from events.models import Event
from translations.resolve import ShownText

SCHEMA = "https://schema.org/"
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS = {code: f"{SCHEMA}{name}" for (code, _label), name in zip(WEEKDAY_NAMES, DAY_NAMES, strict=True)}
AVAILABILITY = {
    display.OPEN: "InStock",
    display.PLACES_LEFT: "LimitedAvailability",
    display.WAITING_LIST: "SoldOut",
    display.FULL: "SoldOut",
}

__all__ = ["absolute", "event", "offer", "script"]


def script(data: dict[str, Any]) -> SafeString:
    """A <script> element no text can break out of: <, > and & are written as JSON escapes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return SafeString(f'<script type="application/ld+json">{text}</script>')


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """Leaves out what is not known, so no empty field claims something."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def _one_or_many(values: Sequence[Any]) -> Any:
    return values[0] if len(values) == 1 else list(values)


def postal_address(location: Location, region: Region) -> dict[str, Any]:
    return _compact(
        {
            "@type": "PostalAddress",
            "streetAddress": location.street,
            "postalCode": location.postcode,
            "addressLocality": location.city,
            "addressRegion": region.federal_state,
            "addressCountry": "DE",
        }
    )


def place(location: Location, region: Region) -> dict[str, Any]:
    return {
        "@type": "Place",
        "name": location.name,
        "address": postal_address(location, region),
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": float(location.latitude),
            "longitude": float(location.longitude),
        },
    }


def organisation(org: Organisation, *, address: dict[str, Any] | None = None) -> dict[str, Any]:
    return _compact(
        {
            "@type": "Organization",
            "name": org.name,
            "url": org.website,
            "telephone": org.phone,
            "email": org.email,
            "address": address,
        }
    )


def price(*, cost: str, amount: Decimal | None, pass_name: str, url: str, availability: str = "") -> dict[str, Any]:
    reduced = ""
    if cost == Offer.Cost.REDUCED:
        reduced = (
            gettext("Reduced price with the %(pass)s") % {"pass": pass_name}
            if pass_name
            else gettext("Reduced with a local pass")
        )
    return _compact(
        {
            "@type": "Offer",
            "price": "0" if cost == Offer.Cost.FREE else (f"{amount:.2f}" if amount is not None else None),
            "priceCurrency": "EUR",
            "description": reduced,
            "availability": f"{SCHEMA}{availability}" if availability else "",
            "url": url,
        }
    )


def audience(keys: list[str], age_min: int | None, age_max: int | None) -> dict[str, Any] | None:
    labels = dict(Offer.Audience.choices)
    names = [str(labels[key]) for key in keys if key in labels]
    if not names and age_min is None and age_max is None:
        return None
    return _compact(
        {
            "@type": "PeopleAudience",
            "audienceType": ", ".join(names),
            "suggestedMinAge": age_min,
            "suggestedMaxAge": age_max,
        }
    )


def opening_hours(schedule: Schedule) -> dict[str, Any]:
    # "1TU" (first Tuesday) keeps its weekday here; the description says which week.
    days = [WEEKDAYS[code[-2:]] for code in schedule.byday.split(",") if code[-2:] in WEEKDAYS]
    regular = schedule.freq == Schedule.Frequency.WEEKLY and schedule.interval == 1
    return _compact(
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": _one_or_many(days) if days else None,
            "opens": schedule.opens_at.strftime("%H:%M"),
            "closes": schedule.closes_at.strftime("%H:%M"),
            "validFrom": schedule.valid_from.isoformat(),
            "validThrough": schedule.valid_until.isoformat() if schedule.valid_until else None,
            "description": "" if regular else describe(schedule),
        }
    )


def _area_served(offer: Offer, region: Region) -> Any:
    districts = [{"@type": "AdministrativeArea", "name": district.name} for district in offer.served_districts.all()]
    return _one_or_many(districts) if districts else {"@type": "City", "name": region.name}


def offer(*, offer: Offer, text: ShownText, language: str, url: str) -> dict[str, Any]:
    """An offer as a schema.org Service; uses only what the detail page has already loaded."""
    region = offer.region
    locations = list(offer.locations.all())
    own = next((location for location in locations if location.organisation_id == offer.provider_id), None)
    return _compact(
        {
            "@context": "https://schema.org",
            "@type": "Service",
            "url": url,
            "name": text.fields["title"],
            "description": text.fields["summary"],
            "inLanguage": text.language,
            "serviceType": str(offer.get_offer_type_display()),
            "category": [topic.name_in(language) for topic in offer.topics.all()],
            "provider": organisation(offer.provider, address=postal_address(own, region) if own else None),
            "areaServed": _area_served(offer, region),
            "availableLanguage": offer.languages,
            "audience": audience(offer.audience, offer.age_min, offer.age_max),
            "isAccessibleForFree": offer.cost == Offer.Cost.FREE,
            "offers": price(cost=offer.cost, amount=offer.cost_amount, pass_name=offer.cost_pass_name, url=url),
            "hoursAvailable": [opening_hours(schedule) for schedule in offer.schedules.all()],
            "availableChannel": [
                {"@type": "ServiceChannel", "serviceLocation": place(location, region)} for location in locations
            ],
        }
    )


def _status(entry: display.DateEntry | None) -> dict[str, Any]:
    if entry is None:
        return {"eventStatus": f"{SCHEMA}EventScheduled"}
    if entry.occurrence.is_cancelled:
        return {"eventStatus": f"{SCHEMA}EventCancelled"}
    if entry.occurrence.is_moved:
        return {"eventStatus": f"{SCHEMA}EventRescheduled", "previousStartDate": entry.planned.isoformat()}
    return {"eventStatus": f"{SCHEMA}EventScheduled"}


def _when(event: Event, entry: display.DateEntry | None, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The next date, or the event's first date when none is coming: local time with its UTC offset."""
    if entry is not None:
        return entry.starts, entry.ends
    return event.starts_at.astimezone(zone), event.ends_at.astimezone(zone)


def _event_place(event: Event, text: ShownText, region: Region) -> dict[str, Any]:
    if event.location is not None:
        return place(event.location, region)
    name = text.fields.get("meeting_point") or region.name
    return {"@type": "Place", "name": name, "address": {"@type": "PostalAddress", "addressLocality": region.name}}


def event(
    *, event: Event, region: Region, text: ShownText, language: str, dates: Sequence[display.DateEntry], url: str
) -> dict[str, Any]:
    """An event's next date as a schema.org Event; uses only what the detail page has already loaded."""
    entry = dates[0] if dates else None
    starts, ends = _when(event, entry, ZoneInfo(region.timezone))
    availability = AVAILABILITY[entry.places] if entry is not None and event.signup_enabled else ""
    return _compact(
        {
            "@context": "https://schema.org",
            "@type": "Event",
            "url": url,
            "name": text.fields["title"],
            "description": text.fields["summary"],
            "startDate": starts.isoformat(),
            "endDate": ends.isoformat(),
            **_status(entry),
            "eventAttendanceMode": f"{SCHEMA}OfflineEventAttendanceMode",
            "location": _event_place(event, text, region),
            "organizer": organisation(event.organiser),
            "inLanguage": _one_or_many(event.languages or [region.source_language]),
            "keywords": ", ".join(topic.name_in(language) for topic in event.topics.all()),
            "audience": audience(event.audience, event.age_min, event.age_max),
            "isAccessibleForFree": event.cost == Offer.Cost.FREE,
            "offers": price(
                cost=event.cost,
                amount=event.cost_amount,
                pass_name=event.cost_pass_name,
                url=url,
                availability=availability,
            ),
        }
    )
