"""Reads for the public appointment pages: a fixed number of queries however many hours and slots there are."""

import datetime as dt

from django.db.models import Q, QuerySet
from django.http import Http404

from core.models import Region
from core.personal_links import token_hash
from counselling.models import Appointment, ConsultationHours


def published(*, today: dt.date) -> QuerySet[ConsultationHours]:
    """What the public may see of consultation hours, wherever they are shown (appointment list, offer pages, the
    HSDS API, the sitemap): published and not ended. Hours that begin later are shown with their first day."""
    return ConsultationHours.objects.filter(is_published=True).filter(
        Q(valid_until__isnull=True) | Q(valid_until__gte=today)
    )


def public_hours(region: Region, *, today: dt.date, spoken: str = "") -> list[ConsultationHours]:
    """Published hours still valid, optionally only those held in a language (or with an interpreter)."""
    found: QuerySet[ConsultationHours] = (
        published(today=today)
        .filter(region=region)
        .select_related("region", "organisation", "location", "district")
        .prefetch_related("topics")
        .order_by("title", "pk")
    )
    hours = list(found)
    if spoken:
        # In Python: JSON list lookups differ between SQLite and PostgreSQL, and a town has a few dozen hours.
        hours = [item for item in hours if spoken in item.languages or item.interpreter_on_request]
    return hours


def hours_of(organisation_id: int, region: Region, *, today: dt.date) -> list[ConsultationHours]:
    """An organisation's public hours in this region, for its offer pages: two queries however many there are."""
    return list(
        published(today=today)
        .filter(region=region, organisation_id=organisation_id)
        .select_related("region", "organisation", "location", "district")
        .prefetch_related("topics")
        .order_by("title", "pk")
    )


def speaks(region: Region, code: str, *, today: dt.date) -> bool:
    """Whether some public hours of the region are held in this language or can arrange an interpreter (one query;
    the languages are compared in Python, as in public_hours)."""
    rows = published(today=today).filter(region=region).values_list("languages", "interpreter_on_request")
    return any(code in (spoken or []) or interpreter for spoken, interpreter in rows)


def bookable_hours(region: Region, hours_id: int) -> ConsultationHours:
    found = (
        ConsultationHours.objects.filter(region=region, pk=hours_id, is_published=True, bookable=True)
        .select_related("region", "organisation", "location", "district")
        .prefetch_related("topics")
        .first()
    )
    if found is None:
        raise Http404
    return found


def appointment_by_token(region: Region, token: str) -> Appointment:
    found = (
        Appointment.objects.filter(token_hash=token_hash(token), hours__region=region)
        .select_related("hours__region", "hours__organisation", "hours__location", "topic")
        .first()
    )
    if found is None:
        raise Http404
    return found
