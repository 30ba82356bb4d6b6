"""Events and opening times as iCalendar (RFC 5545), so people can follow them in the calendar on their phone.

A recurring event is one VEVENT with its rule. The stored dates are the truth up to the last one stored: a date
the rule gives that was cancelled, moved or dropped is an EXDATE; a moved or kept date of the usual length is an
RDATE; a date of another length gets its own VEVENT (RECURRENCE-ID where the rule gave it). After the last stored
date the rule speaks for itself, as the site will once the horizon moves on.
"""

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr
from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext as _

from core.languages import ENDONYMS
from core.models import Location
from directory.finder import shown_text
from directory.models import Offer, Schedule
from events.display import event_text
from events.models import Event, Occurrence
from events.recurrence import end_for, rule_starts, zone_of
from translations.resolve import ShownText

UTC = dt.UTC
PRODID = "-//nahbar//Termine//DE"


@dataclass
class Dates:
    """How one event's stored dates differ from what its first date and rule say."""

    start: dt.datetime
    end: dt.datetime
    exdates: list[dt.datetime] = field(default_factory=list)
    rdates: list[dt.datetime] = field(default_factory=list)
    # (where the rule put it, the date as it is) for dates of another length than the first.
    overrides: list[tuple[dt.datetime, Occurrence]] = field(default_factory=list)
    # Dates outside the rule with another length: each is its own VEVENT with its own UID.
    extras: list[Occurrence] = field(default_factory=list)
    # A single date, called off.
    is_cancelled: bool = False


def _local(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    return moment.astimezone(zone)


def _usual(event: Event, occurrence: Occurrence) -> bool:
    return occurrence.ends_at == end_for(event, occurrence.starts_at)


def plan_dates(event: Event, occurrences: Sequence[Occurrence]) -> Dates:
    zone = zone_of(event)
    dates = Dates(start=_local(event.starts_at, zone), end=_local(event.ends_at, zone))
    if not event.recurrence and len(occurrences) == 1:
        only = occurrences[0]
        dates.start, dates.end = _local(only.starts_at, zone), _local(only.ends_at, zone)
        dates.is_cancelled = only.is_cancelled
        return dates
    by_rule_start = {occurrence.original_start: occurrence for occurrence in occurrences}
    # RFC 5545 counts DTSTART as the first date even where the rule would not give it.
    given = {dates.start}
    if occurrences:
        given.update(rule_starts(event, until=max(by_rule_start)))
    _rule_dates(event, dates, given=given, by_rule_start=by_rule_start, zone=zone, stored=bool(occurrences))
    _kept_dates(event, dates, given=given, kept=by_rule_start.values(), zone=zone)
    if not event.recurrence and not dates.rdates and not dates.overrides and not dates.extras:
        # A single date that is called off: say so rather than list a date and take it back.
        dates.exdates, dates.is_cancelled = [], bool(occurrences)
    dates.rdates.sort()
    return dates


def _rule_dates(
    event: Event,
    dates: Dates,
    *,
    given: set[dt.datetime],
    by_rule_start: dict[dt.datetime, Occurrence],
    zone: ZoneInfo,
    stored: bool,
) -> None:
    """Compare each date the rule gives with the stored date for it; takes the matched ones out of `by_rule_start`."""
    for start in sorted(given):
        occurrence = by_rule_start.pop(start, None)
        if occurrence is None or occurrence.is_cancelled:
            # Before anything is stored (far ahead of the horizon) the rule alone speaks.
            if stored:
                dates.exdates.append(_local(start, zone))
        elif occurrence.starts_at == start and _usual(event, occurrence):
            continue
        elif _usual(event, occurrence) and occurrence.starts_at not in given | set(dates.rdates):
            dates.exdates.append(_local(start, zone))
            dates.rdates.append(_local(occurrence.starts_at, zone))
        else:
            dates.overrides.append((_local(start, zone), occurrence))


def _kept_dates(
    event: Event, dates: Dates, *, given: set[dt.datetime], kept: Iterable[Occurrence], zone: ZoneInfo
) -> None:
    """Stored dates the rule does not give (kept for the people signed up, or from before a change of time)."""
    for occurrence in sorted(kept, key=lambda date: date.starts_at):
        if occurrence.is_cancelled:
            continue
        if _usual(event, occurrence) and occurrence.starts_at not in given | set(dates.rdates):
            dates.rdates.append(_local(occurrence.starts_at, zone))
        else:
            dates.extras.append(occurrence)


def feed_rule(rule: str, zone: ZoneInfo) -> icalendar.vRecur:
    """The rule as calendars read it: the site reads UNTIL as local wall time, RFC 5545 as UTC."""
    recur = icalendar.vRecur.from_ical(rule)
    if "UNTIL" in recur:
        until = recur["UNTIL"][0]
        if not isinstance(until, dt.datetime):
            until = dt.datetime.combine(until, dt.time(23, 59, 59))
        recur["UNTIL"] = [until.replace(tzinfo=None).replace(tzinfo=zone).astimezone(UTC)]
    return recur


def host() -> str:
    return urlsplit(settings.NAHBAR_BASE_URL).hostname or "localhost"


def _absolute(path: str) -> str:
    return settings.NAHBAR_BASE_URL + path


def _address(location: Location | None) -> str:
    if location is None:
        return ""
    return f"{location.name}, {location.street}, {location.postcode} {location.city}"


def _notes(text: ShownText, source_language: str) -> list[str]:
    notes = []
    if text.is_fallback:
        notes.append(
            _("This is not yet translated into your language. It is shown in the original language (%(language)s).")
            % {"language": ENDONYMS.get(source_language, source_language)}
        )
    if text.is_machine:
        notes.append(_("This text was translated by a machine and may contain mistakes."))
    if text.is_outdated:
        notes.append(_("The original text was changed after this translation was made. Details may be out of date."))
    return notes


def _event_description(event: Event, text: ShownText) -> str:
    fields = text.fields
    parts = [*_notes(text, event.region.source_language), fields["summary"], fields["description"]]
    if fields["meeting_point"]:
        parts.append(_("Meeting point: %(place)s") % {"place": fields["meeting_point"]})
    if fields["what_to_bring"]:
        parts.append(_("What to bring: %(things)s") % {"things": fields["what_to_bring"]})
    if fields["accessibility_note"]:
        parts.append(_("Accessibility: %(note)s") % {"note": fields["accessibility_note"]})
    return "\n\n".join(part for part in parts if part)


def _described(component: icalendar.Event, *, text: ShownText, description: str) -> None:
    component.add("summary", text.fields["title"], parameters={"LANGUAGE": text.language})
    if description:
        # A German text under a note in the reader's language has no single language to name.
        parameters = {} if text.is_fallback else {"LANGUAGE": text.language}
        component.add("description", description, parameters=parameters)


def _placed(component: icalendar.Event, location: Location | None) -> None:
    if location is not None:
        component.add("location", _address(location))
        component.add("geo", (float(location.latitude), float(location.longitude)))


@dataclass(frozen=True)
class _EventFacts:
    uid: str
    text: ShownText
    description: str
    url: str
    categories: list[str]


def _event_component(
    event: Event, facts: _EventFacts, *, uid: str, start: dt.datetime, end: dt.datetime
) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", uid)
    component.add("dtstamp", event.updated_at.astimezone(UTC))
    component.add("last-modified", event.updated_at.astimezone(UTC))
    component.add("dtstart", start)
    component.add("dtend", end)
    _described(component, text=facts.text, description=facts.description)
    _placed(component, event.location)
    component.add("url", facts.url)
    if facts.categories:
        component.add("categories", facts.categories)
    component.add("status", "CONFIRMED")
    return component


def event_components(event: Event, *, language: str) -> list[icalendar.Event]:
    """Every VEVENT for one event; expects translations (the reader's), topics and occurrences prefetched."""
    zone = zone_of(event)
    text = event_text(event, language)
    facts = _EventFacts(
        uid=f"event-{event.pk}@{host()}",
        text=text,
        description=_event_description(event, text),
        url=_absolute(reverse("event_detail", kwargs={"region_slug": event.region.slug, "id_or_slug": event.slug})),
        categories=[topic.name_in(language) for topic in event.topics.all()],
    )
    dates = plan_dates(event, sorted(event.occurrences.all(), key=lambda occurrence: occurrence.original_start))
    main = _event_component(event, facts, uid=facts.uid, start=dates.start, end=dates.end)
    if event.recurrence:
        main.add("rrule", feed_rule(event.recurrence, zone))
    if dates.exdates:
        main.add("exdate", dates.exdates)
    if dates.rdates:
        main.add("rdate", dates.rdates)
    if dates.is_cancelled:
        main["status"] = icalendar.vText("CANCELLED")
    components = [main]
    for rule_start, occurrence in dates.overrides:
        moved = _event_component(
            event, facts, uid=facts.uid, start=_local(occurrence.starts_at, zone), end=_local(occurrence.ends_at, zone)
        )
        moved.add("recurrence-id", rule_start)
        components.append(moved)
    for occurrence in dates.extras:
        components.append(
            _event_component(
                event,
                facts,
                uid=f"event-{event.pk}-date-{occurrence.pk}@{host()}",
                start=_local(occurrence.starts_at, zone),
                end=_local(occurrence.ends_at, zone),
            )
        )
    return components


def first_opening(schedule: Schedule, zone: ZoneInfo) -> dt.datetime | None:
    """The first date the rule gives on or after `valid_from`; calendars would also count a DTSTART off the rule."""
    rule = rrulestr(
        schedule.rrule().replace("T235959Z", "T235959"),
        dtstart=dt.datetime.combine(schedule.valid_from, schedule.opens_at),
    )
    first = rule.after(dt.datetime.combine(schedule.valid_from, schedule.opens_at), inc=True)
    return None if first is None else first.replace(tzinfo=zone)


def _place_of(schedule: Schedule, locations: list[Location]) -> Location | None:
    for location in locations:
        if location.pk == schedule.location_id:
            return location
    return locations[0] if locations else None


def offer_components(offer: Offer, *, language: str, zone: ZoneInfo) -> list[icalendar.Event]:
    """One VEVENT per regular opening time; expects translations, topics, locations and schedules prefetched."""
    text = shown_text(offer, language)
    parts = [*_notes(text, offer.region.source_language), text.fields["summary"], text.fields["description"]]
    url = _absolute(reverse("offer_detail", kwargs={"region_slug": offer.region.slug, "id_or_slug": offer.slug}))
    categories = [topic.name_in(language) for topic in offer.topics.all()]
    locations = list(offer.locations.all())
    components = []
    for schedule in offer.schedules.all():
        starts = first_opening(schedule, zone)
        if starts is None:
            continue
        component = icalendar.Event()
        component.add("uid", f"offer-{offer.pk}-hours-{schedule.pk}@{host()}")
        component.add("dtstamp", offer.updated_at.astimezone(UTC))
        component.add("last-modified", offer.updated_at.astimezone(UTC))
        component.add("dtstart", starts)
        component.add("dtend", dt.datetime.combine(starts.date(), schedule.closes_at, tzinfo=zone))
        component.add("rrule", feed_rule(schedule.rrule(), zone))
        _described(component, text=text, description="\n\n".join(filter(None, parts)))
        _placed(component, _place_of(schedule, locations))
        component.add("url", url)
        if categories:
            component.add("categories", categories)
        # Opening hours are a chance to drop by, not an appointment: they should not make anyone look busy.
        component.add("transp", "TRANSPARENT")
        components.append(component)
    return components


def calendar(*, name: str, components: Iterable[icalendar.Event]) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    # Ask subscribed calendars to look for changes twice a day.
    cal.add("refresh-interval", dt.timedelta(hours=12), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", dt.timedelta(hours=12))
    starts = []
    for component in components:
        cal.add_component(component)
        starts.append(component.decoded("dtstart").date())
    cal.add_missing_timezones(first_date=min(starts, default=dt.date(2020, 1, 1)).replace(month=1, day=1))
    return cal
