"""Reads for the iCalendar feeds: a fixed number of queries however many events a feed holds."""

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from core.models import District, Organisation, Region
from directory.models import Topic
from events.models import Event, EventTranslation, Occurrence


def published_events(region: Region) -> QuerySet[Event]:
    return Event.objects.filter(region=region, status=Event.Status.PUBLISHED)


def with_dates(events: QuerySet[Event], *, language: str) -> list[Event]:
    """The events with what a feed shows: the reader's translation, topics, place and every stored date."""
    return list(
        events.select_related("region", "location").prefetch_related(
            Prefetch("translations", queryset=EventTranslation.objects.filter(language=language)),
            Prefetch("topics", queryset=Topic.objects.all()),
            Prefetch("occurrences", queryset=Occurrence.objects.order_by("original_start")),
        )
    )


def district_in(region: Region, slug: str) -> District:
    return get_object_or_404(District, region=region, slug=slug)


def organisation_in(region: Region, slug: str) -> Organisation:
    return get_object_or_404(Organisation, region=region, slug=slug)


def published_event(region: Region, id_or_slug: str, *, language: str) -> Event:
    lookup = Q(slug=id_or_slug) | Q(pk=int(id_or_slug)) if id_or_slug.isdigit() else Q(slug=id_or_slug)
    found = with_dates(published_events(region).filter(lookup)[:1], language=language)
    if not found:
        raise Http404
    return found[0]
