"""Reads for the public appointment pages: a fixed number of queries however many hours and slots there are."""

import datetime as dt

from django.db.models import Q, QuerySet
from django.http import Http404

from core.models import Region
from core.personal_links import token_hash
from counselling.models import Appointment, ConsultationHours


def public_hours(region: Region, *, today: dt.date, spoken: str = "") -> list[ConsultationHours]:
    """Published hours still valid, optionally only those held in a language (or with an interpreter)."""
    found: QuerySet[ConsultationHours] = (
        ConsultationHours.objects.filter(region=region, is_published=True)
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gte=today))
        .select_related("region", "organisation", "location", "district")
        .prefetch_related("topics")
        .order_by("title", "pk")
    )
    hours = list(found)
    if spoken:
        # In Python: JSON list lookups differ between SQLite and PostgreSQL, and a town has a few dozen hours.
        hours = [item for item in hours if spoken in item.languages or item.interpreter_on_request]
    return hours


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
