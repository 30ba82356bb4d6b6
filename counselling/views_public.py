"""Booking a consultation appointment without an account, and the person's own page behind their link."""

import datetime as dt
from itertools import groupby
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core import sms_gateway
from core.languages import ENDONYMS
from core.rate_limit import limit_public_posts
from counselling import selectors, slots, tasks
from counselling.display import Day, card
from counselling.forms_public import BookingForm
from counselling.models import Appointment, ConsultationHours
from counselling.services import BookingRefused, book, cancel
from directory.selectors import region_by_slug

SLOT_FORMAT = "%Y%m%dT%H%M"
# Days of free slots shown per hours on the list; the booking window itself is NAHBAR_APPOINTMENT_DAYS_AHEAD.
DAYS_SHOWN = 3


def _free_days(hours_list: list[ConsultationHours], *, zone: ZoneInfo, now: dt.datetime) -> dict[int, list[Day]]:
    """Per hours, the first few days that still have free slots (one query for all bookings)."""
    first, last = (moment.astimezone(zone).date() for moment in slots.window(now))
    bookable = [hours for hours in hours_list if hours.bookable]
    free = [slot for slot in slots.slots(bookable, first=first, last=last, after=now) if not slot.taken]
    found: dict[int, list[Day]] = {}
    for (hours_id, day), group in groupby(
        sorted(free, key=lambda slot: (slot.hours.pk, slot.starts_at)),
        key=lambda slot: (slot.hours.pk, slot.starts_at.astimezone(zone).date()),
    ):
        days = found.setdefault(hours_id, [])
        if len(days) < DAYS_SHOWN:
            days.append(Day(day, list(group)))
    return found


def appointment_list(request: HttpRequest, region_slug: str) -> HttpResponse:
    region = region_by_slug(region_slug)
    spoken = request.GET.get("language", "")
    spoken = spoken if spoken in ENDONYMS else ""
    now = timezone.now()
    today = timezone.localdate(now)
    hours_list = selectors.public_hours(region, today=today, spoken=spoken)
    free = _free_days(hours_list, zone=ZoneInfo(region.timezone), now=now)
    language = translation.get_language()
    context = {
        "region": region,
        "cards": [card(hours, language=language, days=free.get(hours.pk, []), today=today) for hours in hours_list],
        "spoken": spoken,
        "languages": sorted(ENDONYMS.items(), key=lambda item: item[1]),
    }
    return render(request, "counselling/appointment_list.html", context)


def _slot_start(hours: ConsultationHours, value: str) -> dt.datetime:
    try:
        local = dt.datetime.strptime(value, SLOT_FORMAT)
    except ValueError as error:
        raise Http404 from error
    return local.replace(tzinfo=slots.zone_of(hours))


@require_http_methods(["GET", "POST"])
@limit_public_posts("appointment")
def appointment_book(request: HttpRequest, region_slug: str, hours_id: int, start: str) -> HttpResponse:
    region = region_by_slug(region_slug)
    hours = selectors.bookable_hours(region, hours_id)
    starts_at = _slot_start(hours, start)
    slot = slots.slot_at(hours, starts_at)
    if slot is None:
        raise Http404
    language = translation.get_language()
    form = BookingForm(request.POST or None, hours=hours, language=language, sms=sms_gateway.is_configured())
    if request.method == "POST" and form.is_valid():
        try:
            appointment, token = book(
                hours=hours, starts_at=starts_at, booker=form.booker(message_language=language), now=timezone.now()
            )
        except BookingRefused as refusal:
            form.add_error(None, refusal.message)
        else:
            if appointment.email or appointment.phone:
                transaction.on_commit(lambda: tasks.send_confirmation.delay(appointment.pk, token))
            personal = reverse("appointment_personal", kwargs={"region_slug": region_slug, "token": token})
            return HttpResponseRedirect(personal + "?new=1")
    context = {
        "region": region,
        "hours": hours,
        "card": card(hours, language=language),
        "starts_at": slot[0],
        "ends_at": slot[1],
        "form": form,
        "retention_days": settings.NAHBAR_APPOINTMENT_RETENTION_DAYS,
    }
    return render(request, "counselling/appointment_book.html", context, status=409 if form.non_field_errors() else 200)


@never_cache
@require_http_methods(["GET", "POST"])
def appointment_personal(request: HttpRequest, region_slug: str, token: str) -> HttpResponse:
    appointment = selectors.appointment_by_token(region_by_slug(region_slug), token)
    now = timezone.now()
    refusal = None
    if request.method == "POST":
        try:
            cancel(appointment=appointment, now=now)
        except BookingRefused as error:
            refusal = error.message
        else:
            return HttpResponseRedirect(request.path + "?cancelled=1")
    context = {
        "region": appointment.hours.region,
        "appointment": appointment,
        "hours": appointment.hours,
        "card": card(appointment.hours, language=translation.get_language()),
        "language_name": ENDONYMS.get(appointment.language, appointment.language),
        "link": request.build_absolute_uri(request.path),
        "is_new": "new" in request.GET,
        "just_cancelled": "cancelled" in request.GET and appointment.status == Appointment.Status.CANCELLED,
        "can_cancel": appointment.status == Appointment.Status.BOOKED and appointment.starts_at > now,
        "refusal": refusal,
        "retention_days": settings.NAHBAR_APPOINTMENT_RETENTION_DAYS,
    }
    return render(request, "counselling/appointment_personal.html", context, status=409 if refusal else 200)
