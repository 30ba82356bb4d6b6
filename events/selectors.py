"""Reads for the public event pages: a fixed number of queries however many dates are shown."""

import datetime as dt
import json
import math
from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet, prefetch_related_objects
from django.http import Http404

from core.models import District, Region
from directory.models import Offer, OfferTranslation, Topic
from events.models import Event, EventTranslation, Occurrence

PAGE_SIZE = 20
# Counting stops here: past it the page says "more than …" instead of scanning thousands of dates each time.
COUNT_LIMIT = 500
UPCOMING_ON_DETAIL = 12
ON_HOME = 8


@dataclass(frozen=True)
class DateFilters:
    district: District | None = None
    topic: Topic | None = None
    audience: str = ""
    free: bool = False
    lang_spoken: str = ""


@dataclass(frozen=True)
class DatePage:
    dates: list[Occurrence]
    total: int
    # True when there are more than `total` dates (COUNT_LIMIT); the pages then end at the limit.
    more: bool
    page: int
    pages: int


def _json_list_has(field: str, item: str) -> Q:
    """Lists are JSON text on SQLite and jsonb on PostgreSQL; the quoted item matches whole entries in both."""
    return Q(**{f"{field}__icontains": json.dumps(item)})


def _translations_shown(region: Region, language: str) -> QuerySet[EventTranslation]:
    """Only the reader's translation, and only in a language the region keeps up; else the source is shown."""
    if language == region.source_language or language not in region.enabled_languages:
        return EventTranslation.objects.none()
    return EventTranslation.objects.filter(language=language)


def _offer_titles_shown(region: Region, language: str) -> QuerySet[OfferTranslation]:
    if language == region.source_language:
        return OfferTranslation.objects.none()
    return OfferTranslation.objects.filter(language=language)


def _published_dates(region: Region) -> QuerySet[Occurrence]:
    return Occurrence.objects.filter(region=region, event__status=Event.Status.PUBLISHED)


def _filtered(dates: QuerySet[Occurrence], filters: DateFilters) -> QuerySet[Occurrence]:
    if filters.district:
        dates = dates.filter(event__location__district=filters.district)
    if filters.topic:
        # The topic's events as a set SQLite builds once, rather than a lookup for every date in the range.
        tagged = Event.topics.through.objects.filter(topic_id=filters.topic.pk).values("event_id")
        dates = dates.filter(event_id__in=tagged)
    if filters.audience:
        dates = dates.filter(_json_list_has("event__audience", filters.audience))
    if filters.lang_spoken:
        dates = dates.filter(_json_list_has("event__languages", filters.lang_spoken))
    if filters.free:
        dates = dates.filter(event__cost=Offer.Cost.FREE)
    return dates


def _with_details(dates: QuerySet[Occurrence], region: Region, language: str) -> QuerySet[Occurrence]:
    return dates.select_related("event", "event__location", "event__location__district").prefetch_related(
        Prefetch("event__translations", queryset=_translations_shown(region, language))
    )


def calendar_page(
    region: Region,
    *,
    start: dt.datetime,
    end: dt.datetime,
    not_ended_by: dt.datetime | None,
    filters: DateFilters,
    language: str,
    page: int,
) -> DatePage:
    """One page of the region's dates that start in [start, end): a count, one range query, the translations."""
    dates = _filtered(_published_dates(region).filter(starts_at__gte=start, starts_at__lt=end), filters)
    if not_ended_by is not None:
        dates = dates.filter(ends_at__gt=not_ended_by)
    total = dates[: COUNT_LIMIT + 1].count()
    more = total > COUNT_LIMIT
    total = min(total, COUNT_LIMIT)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(page, pages)
    offset = (page - 1) * PAGE_SIZE
    rows = list(_with_details(dates.order_by("starts_at", "id"), region, language)[offset : offset + PAGE_SIZE])
    return DatePage(dates=rows, total=total, more=more, page=page, pages=pages)


def home_dates(
    region: Region, *, today: tuple[dt.datetime, dt.datetime], week: tuple[dt.datetime, dt.datetime], now: dt.datetime
) -> tuple[list[Occurrence], list[Occurrence]]:
    """A few dates of today (not yet over) and of the days after; translations are attached by `attach_texts`."""
    dates = _published_dates(region).select_related("event", "event__location", "event__location__district")
    dates = dates.order_by("starts_at", "id")
    today_dates = list(dates.filter(starts_at__gte=today[0], starts_at__lt=today[1], ends_at__gt=now)[:ON_HOME])
    week_dates = list(dates.filter(starts_at__gte=week[0], starts_at__lt=week[1])[:ON_HOME])
    return today_dates, week_dates


def attach_texts(dates: list[Occurrence], region: Region, language: str) -> None:
    """One query for the reader's translations of all these dates' events."""
    prefetch_related_objects(dates, Prefetch("event__translations", queryset=_translations_shown(region, language)))


def public_event(region: Region, id_or_slug: str, *, language: str) -> Event:
    lookup = Q(slug=id_or_slug) | Q(id=int(id_or_slug)) if id_or_slug.isdigit() else Q(slug=id_or_slug)
    events = (
        Event.objects.filter(lookup, region=region, status=Event.Status.PUBLISHED)
        .select_related("organiser", "location__district", "offer", "project")
        .prefetch_related(
            Prefetch("translations", queryset=_translations_shown(region, language)),
            Prefetch("offer__translations", queryset=_offer_titles_shown(region, language)),
            "topics",
        )
    )
    event = events.first()
    if event is None:
        raise Http404
    return event


def upcoming_dates(event: Event, *, now: dt.datetime) -> list[Occurrence]:
    """The next dates not yet over, cancelled and moved ones included so nobody comes in vain."""
    return list(event.occurrences.filter(ends_at__gt=now).order_by("starts_at", "id")[:UPCOMING_ON_DETAIL])
