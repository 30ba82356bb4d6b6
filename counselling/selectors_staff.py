"""Reads for the staff pages of consultation hours, scoped by what the user may see."""

import datetime as dt

from django.db.models import Q, QuerySet
from django.http import Http404

from core.access import StaffScope
from core.models import Organisation
from counselling.models import Appointment, ConsultationHours


def organisations_for_hours(scope: StaffScope) -> list[Organisation]:
    """Organisations whose hours the user keeps: their own, or every one of the towns they coordinate."""
    found = Organisation.objects.filter(
        Q(pk__in=scope.organisation_roles) | Q(region__in=scope.coordinated_region_ids)
    ).select_related("region")
    return list(found.order_by("region__name", "name"))


def hours_visible_to(scope: StaffScope) -> QuerySet[ConsultationHours]:
    return (
        ConsultationHours.objects.filter(
            Q(organisation__in=scope.organisation_roles) | Q(region__in=scope.coordinated_region_ids)
        )
        .select_related("organisation", "location", "district", "region")
        .order_by("organisation__name", "title", "pk")
    )


def hours_for(scope: StaffScope, hours_id: int) -> ConsultationHours:
    found = hours_visible_to(scope).prefetch_related("topics").filter(pk=hours_id).first()
    if found is None:
        raise Http404
    return found


def appointments_between(
    hours: ConsultationHours, first: dt.datetime, last: dt.datetime
) -> dict[dt.datetime, Appointment]:
    """The live appointments of these hours in a period, by start."""
    found = Appointment.objects.filter(
        hours=hours, status__in=Appointment.LIVE, starts_at__gte=first, starts_at__lt=last
    ).select_related("topic")
    return {appointment.starts_at: appointment for appointment in found}


def appointment_for(scope: StaffScope, appointment_id: int) -> Appointment:
    found = (
        Appointment.objects.filter(pk=appointment_id)
        .filter(Q(hours__organisation__in=scope.organisation_roles))
        .select_related("hours__region", "hours__organisation")
        .first()
    )
    if found is None:
        raise Http404
    return found
