"""Reads for the staff event pages, always narrowed to what the user's roles cover, in a fixed number of queries."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Max, Min, Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from core.access import StaffScope
from events.models import Event, EventTranslation, Occurrence
from translations.models import TranslationState
from translations.resolve import states

# How far back the dates page still shows dates, to enter head counts or look up who came.
RECENT_PAST = dt.timedelta(days=14)
DATES_SHOWN = 80
DASHBOARD_DAYS = 14
DASHBOARD_DATES = 12


def events_visible_to(scope: StaffScope) -> QuerySet[Event]:
    return Event.objects.filter(
        Q(region_id__in=scope.coordinated_region_ids) | Q(organiser_id__in=list(scope.organisation_roles))
    )


def event_for_editing(scope: StaffScope, event_id: int) -> Event:
    event = get_object_or_404(Event.objects.select_related("region", "organiser"), pk=event_id)
    scope.require_content(organisation_id=event.organiser_id, region_id=event.region_id)
    return event


def occurrence_of(event: Event, occurrence_id: int) -> Occurrence:
    return get_object_or_404(Occurrence, pk=occurrence_id, event=event)


@dataclass(frozen=True)
class EventRow:
    event: Event
    # The next date that takes place, and the end of the last stored date.
    next_start: dt.datetime | None
    last_end: dt.datetime | None
    translations: dict[str, TranslationState]

    @property
    def needs_translation(self) -> bool:
        return any(state != TranslationState.CURRENT for state in self.translations.values())


@dataclass(frozen=True)
class EventLists:
    upcoming: list[EventRow]
    drafts: list[EventRow]
    past: list[EventRow]


def event_rows(scope: StaffScope, *, now: dt.datetime, include_archived: bool = True) -> list[EventRow]:
    """Every event the user may edit, with its next date and translation states: two queries."""
    events = (
        events_visible_to(scope)
        .select_related("organiser", "region")
        .annotate(
            next_start=Min(
                "occurrences__starts_at",
                filter=Q(occurrences__starts_at__gte=now, occurrences__is_cancelled=False),
            ),
            last_end=Max("occurrences__ends_at"),
        )
        .prefetch_related(
            Prefetch("translations", queryset=EventTranslation.objects.only("event_id", "language", "source_version"))
        )
        .order_by("organiser__name", "starts_at", "title")
    )
    if not include_archived:
        events = events.exclude(status=Event.Status.ARCHIVED)
    return [
        EventRow(
            event=event,
            next_start=event.next_start,
            last_end=event.last_end,
            translations=states(
                languages=event.region.translation_languages(),
                content_version=event.content_version,
                translations=event.translations.all(),
            ),
        )
        for event in events
    ]


def event_lists(scope: StaffScope, *, now: dt.datetime) -> EventLists:
    """Drafts, published events with dates ahead (soonest first), and the rest (latest first)."""
    rows = event_rows(scope, now=now)
    drafts = [row for row in rows if row.event.status == Event.Status.DRAFT]
    upcoming = [row for row in rows if row.event.status == Event.Status.PUBLISHED and row.next_start is not None]
    chosen = {id(row) for row in drafts + upcoming}
    past = [row for row in rows if id(row) not in chosen]
    upcoming.sort(key=lambda row: row.next_start or now)
    past.sort(key=lambda row: row.last_end or row.event.ends_at, reverse=True)
    return EventLists(upcoming=upcoming, drafts=drafts, past=past)


def dates_of(event: Event, *, now: dt.datetime) -> list[Occurrence]:
    return list(event.occurrences.filter(ends_at__gte=now - RECENT_PAST).order_by("starts_at")[:DATES_SHOWN])


def upcoming_dates(scope: StaffScope, *, now: dt.datetime) -> list[Occurrence]:
    """The next dates of events the user's organisations run (a coordinator: the region's), for the overview."""
    return list(
        Occurrence.objects.filter(
            event__in=events_visible_to(scope).exclude(status=Event.Status.ARCHIVED),
            starts_at__gte=now,
            starts_at__lt=now + dt.timedelta(days=DASHBOARD_DAYS),
        )
        .select_related("event__organiser")
        .order_by("starts_at")[:DASHBOARD_DATES]
    )


def translation_of(event: Event, language: str) -> EventTranslation | None:
    return EventTranslation.objects.filter(event=event, language=language).first()


def require_language(event: Event, language: str) -> None:
    if language == event.region.source_language or language not in event.region.enabled_languages:
        raise Http404
