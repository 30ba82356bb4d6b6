"""iCalendar feeds (RFC 5545): a region's events, narrowed to a district or an organisation, one offer, one event."""

from zoneinfo import ZoneInfo

import icalendar
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from directory import finder
from directory import selectors as directory_selectors
from events import display, ical, selectors_feeds


def _ics(cal: icalendar.Calendar, filename: str) -> HttpResponse:
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "public, max-age=900"
    return response


def region_feed(request: HttpRequest, region_slug: str) -> HttpResponse:
    region = directory_selectors.region_by_slug(region_slug)
    language = translation.get_language()
    events = selectors_feeds.published_events(region)
    name, filename = _("Events in %(place)s") % {"place": region.name}, region.slug
    if district_slug := request.GET.get("district"):
        district = selectors_feeds.district_in(region, district_slug)
        events = events.filter(location__district=district)
        name = _("Events in %(place)s") % {"place": f"{district.name}, {region.name}"}
        filename = f"{region.slug}-{district.slug}"
    if organisation_slug := request.GET.get("organisation"):
        organisation = selectors_feeds.organisation_in(region, organisation_slug)
        events = events.filter(organiser=organisation)
        name = _("Events of %(organisation)s") % {"organisation": organisation.name}
        filename = f"{filename}-{organisation.slug}"
    components = [
        component
        for event in selectors_feeds.with_dates(events, language=language)
        for component in ical.event_components(event, language=language)
    ]
    return _ics(ical.calendar(name=name, components=components), f"{filename}.ics")


def event_feed(request: HttpRequest, region_slug: str, id_or_slug: str) -> HttpResponse:
    region = directory_selectors.region_by_slug(region_slug)
    language = translation.get_language()
    event = selectors_feeds.published_event(region, id_or_slug, language=language)
    components = ical.event_components(event, language=language)
    name = display.event_text(event, language).fields["title"]
    return _ics(ical.calendar(name=name, components=components), f"{event.slug}.ics")


def offer_feed(request: HttpRequest, region_slug: str, id_or_slug: str) -> HttpResponse:
    region = directory_selectors.region_by_slug(region_slug)
    language = translation.get_language()
    offer = directory_selectors.public_offer(region, id_or_slug, today=timezone.localdate())
    events = selectors_feeds.published_events(region).filter(offer=offer)
    components = ical.offer_components(offer, language=language, zone=ZoneInfo(region.timezone))
    for event in selectors_feeds.with_dates(events, language=language):
        components.extend(ical.event_components(event, language=language))
    name = finder.shown_text(offer, language).fields["title"]
    return _ics(ical.calendar(name=name, components=components), f"{offer.slug}.ics")
