"""Consultation hours as HSDS 3.0 services. Pure functions over prefetched objects, like mapping.py.

HSDS has no record for "consultation hours", and a schedule must belong to a service, so each published
ConsultationHours is a service of its own, next to the organisation's offers: `name` is the hours' title,
`description` says how, when and in which languages (written in the labels' language, like fees), `url` leads to
the hours on the public appointment page, `languages` are German plus the languages spoken, `interpretation_services`
says whether an interpreter can be arranged, and `attributes` carry the topics. The one `schedule` is the hours' rule;
`attending_type` names the kind (at the office, mobile, outreach, by phone) and `schedule_link` the booking page
when the hours are bookable. Hours at the office have a `service_at_location` with their place; mobile and outreach
hours name their district as a `service_area`; none of the others has an address. The organisation's phone is the
service's phone.

Ids are uuid5 like every other id, under kinds of their own ("consultation_hours", …), so they never collide with
an offer's and no existing id changes. nahbar's profile adds `x_consultation_hours` (kind, bookable), which also
tells a client these services apart from offers.
"""

import datetime as dt
from functools import lru_cache

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.languages import CONTENT_LANGUAGES, ENDONYMS, SOURCE_LANGUAGE
from counselling.display import spoken_codes
from counselling.models import ConsultationHours
from directory.opening import describe
from interop.hsds.ids import hsds_id
from interop.hsds.mapping import (
    Reader,
    Record,
    _compact,
    _phone,
    _timestamp,
    _topic_attribute,
    label,
    location,
    location_basic,
    organization_basic,
)

KIND = "consultation_hours"


def service_id(hours: ConsultationHours) -> str:
    return hsds_id(KIND, hours.pk)


def at_location_id(hours: ConsultationHours) -> str | None:
    """The id of the hours' service_at_location: only hours at the office have one, at their place."""
    place = office_place(hours)
    return hsds_id(KIND + "_at_location", hours.pk, place) if place else None


def office_place(hours: ConsultationHours) -> int | None:
    return hours.location_id if hours.kind == ConsultationHours.Kind.OFFICE and hours.location_id else None


@lru_cache(maxsize=256)
def _appointments_page(region_slug: str, language: str, base_url: str) -> str:
    return f"{base_url}{reverse('appointment_list', kwargs={'region_slug': region_slug})}"


def page_url(hours: ConsultationHours) -> str:
    """The hours on the public appointment page (in the active language), where they are listed and booked."""
    page = _appointments_page(hours.region.slug, get_language(), settings.NAHBAR_BASE_URL)
    return f"{page}#hours-{hours.pk}"


def _where(hours: ConsultationHours) -> str:
    kind = label(ConsultationHours.Kind, hours.kind)
    if office_place(hours):
        return f"{kind} · {hours.location.name}" if hours.location else kind
    return f"{kind} · {hours.district.name}" if hours.district else kind


def _spoken(hours: ConsultationHours) -> str:
    return ", ".join(ENDONYMS.get(code, code) for code in spoken_codes(hours))


def description(hours: ConsultationHours) -> str:
    """How, when and in which languages, one line each, in the active language (the labels' language)."""
    lines = [_where(hours), describe(hours), f"{_('Languages')}: {_spoken(hours)}"]
    if hours.interpreter_on_request:
        lines.append(_("An interpreter can be arranged for other languages."))
    return "\n".join(lines)


def _profile(hours: ConsultationHours, reader: Reader | None) -> Record:
    """The profile's fields: the title is German and has no translations, so `x_language` says so."""
    if reader is None:
        return {}
    record: Record = {
        "x_language": {
            "code": SOURCE_LANGUAGE,
            "requested": reader.language,
            "fallback": reader.language != SOURCE_LANGUAGE,
            "machine": False,
            "outdated": False,
        },
        "x_consultation_hours": {"kind": hours.kind, "bookable": hours.bookable},
    }
    if reader.all_translations:
        record["x_translations"] = {SOURCE_LANGUAGE: {"name": hours.title, "origin": "source", "outdated": False}}
    return record


def service_basic(hours: ConsultationHours, *, reader: Reader | None = None) -> Record:
    """The one-to-one fields, as in list pages. Needs region and organisation loaded (district, place for text)."""
    return _compact(
        {
            "id": service_id(hours),
            "organization_id": hsds_id("organisation", hours.organisation_id),
            "name": hours.title,
            "description": description(hours),
            "url": page_url(hours),
            "status": "active",
            "interpretation_services": _("Interpreter on request.") if hours.interpreter_on_request else None,
            "application_process": _("By appointment.") if hours.bookable else None,
            "last_modified": _timestamp(hours.updated_at),
            **_profile(hours, reader),
        }
    )


def service_minimal(hours: ConsultationHours) -> Record:
    return {
        "id": service_id(hours),
        "name": hours.title,
        "status": "active",
        "last_modified": _timestamp(hours.updated_at),
    }


def service_list_item(hours: ConsultationHours, *, reader: Reader | None = None) -> Record:
    return {**service_basic(hours, reader=reader), "organization": organization_basic(hours.organisation)}


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def schedule(hours: ConsultationHours, *, reader: Reader | None = None) -> Record:
    place = office_place(hours)
    return _compact(
        {
            "id": hsds_id(KIND + "_schedule", hours.pk),
            "service_id": service_id(hours),
            "location_id": hsds_id("location", place) if place else None,
            "service_at_location_id": at_location_id(hours),
            "valid_from": hours.valid_from.isoformat(),
            "valid_to": _date(hours.valid_until),
            "dtstart": hours.valid_from.isoformat(),
            "until": _date(hours.valid_until),
            "wkst": "MO",
            "freq": hours.freq,
            "interval": hours.interval,
            "byday": hours.byday,
            "opens_at": hours.opens_at.strftime("%H:%M:%S"),
            "closes_at": hours.closes_at.strftime("%H:%M:%S"),
            "description": describe(hours),
            "attending_type": label(ConsultationHours.Kind, hours.kind),
            "schedule_link": page_url(hours) if hours.bookable else None,
            "x_timezone": hours.region.timezone if reader else None,
        }
    )


def _languages(hours: ConsultationHours) -> list[Record]:
    return [
        {
            "id": hsds_id(KIND + "_language", hours.pk, code),
            "service_id": service_id(hours),
            "name": str(CONTENT_LANGUAGES.get(code, code)),
            "code": code,
        }
        for code in spoken_codes(hours)
    ]


def _service_area(hours: ConsultationHours) -> list[Record]:
    district = hours.district
    if district is None or office_place(hours):
        return []
    return [
        _compact(
            {
                "id": hsds_id(KIND + "_area", hours.pk, district.pk),
                "service_id": service_id(hours),
                "name": district.name,
                "description": ", ".join(district.postcodes),
                "extent": ", ".join(district.postcodes),
                "extent_type": "text",
            }
        )
    ]


def at_location_basic(hours: ConsultationHours) -> Record:
    place = office_place(hours)
    assert place is not None, "only hours at the office are at a location"
    return {"id": at_location_id(hours), "service_id": service_id(hours), "location_id": hsds_id("location", place)}


def service(hours: ConsultationHours, *, reader: Reader | None = None) -> Record:
    """Fully nested. Needs organisation, region, district, location (with district, region) and topics loaded."""
    own_id = service_id(hours)
    at_office = office_place(hours) is not None
    return _compact(
        {
            **service_basic(hours, reader=reader),
            "organization": organization_basic(hours.organisation),
            "phones": _phone(KIND, "service_id", own_id, hours.organisation.phone),
            "schedules": [schedule(hours, reader=reader)],
            "service_areas": _service_area(hours),
            "service_at_locations": [{**at_location_basic(hours), "location": location(hours.location)}]
            if at_office and hours.location
            else [],
            "languages": _languages(hours),
            "attributes": [_topic_attribute(own_id, topic, reader) for topic in hours.topics.all()],
        }
    )


def service_at_location_list_item(hours: ConsultationHours, *, reader: Reader | None = None) -> Record:
    assert hours.location is not None
    return {
        **at_location_basic(hours),
        "location": location_basic(hours.location),
        "service": service_list_item(hours, reader=reader),
    }


def service_at_location(hours: ConsultationHours, *, reader: Reader | None = None) -> Record:
    assert hours.location is not None
    return _compact(
        {
            **at_location_basic(hours),
            "schedules": [schedule(hours, reader=reader)],
            "location": location(hours.location),
            "service": service(hours, reader=reader),
        }
    )
