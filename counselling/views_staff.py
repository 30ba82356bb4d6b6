"""Staff pages for consultation hours: keeping them, and the week's slots with the appointments booked."""

import datetime as dt
from dataclasses import dataclass

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core import sms_gateway
from core.access import scope_of
from core.decorators import staff_member_required
from core.languages import ENDONYMS
from core.two_factor import second_factor_required
from counselling import selectors_staff, slots
from counselling.forms_staff import HoursForm, StaffBookingForm, WhenForm, when_initial
from counselling.models import Appointment, ConsultationHours
from counselling.services import BookingRefused, book, cancel, record_attendance, save_hours


@staff_member_required
def hours_list(request: HttpRequest) -> HttpResponse:
    hours = list(selectors_staff.hours_visible_to(scope_of(request)))
    return render(request, "counselling/staff/hours_list.html", {"hours_list": hours})


def _editable(request: HttpRequest, hours: ConsultationHours) -> None:
    scope_of(request).require_content(organisation_id=hours.organisation_id, region_id=hours.region_id)


def _hours_form(request: HttpRequest, hours: ConsultationHours | None) -> HttpResponse:
    organisations = selectors_staff.organisations_for_hours(scope_of(request))
    if not organisations:
        raise PermissionDenied
    data = request.POST if request.method == "POST" else None
    form = HoursForm(data, instance=hours, organisations=organisations)
    when = WhenForm(data, prefix="when", initial=when_initial(hours) if hours else None)
    if data is not None and form.is_valid() and when.is_valid():
        values = {name: form.cleaned_data[name] for name in HoursForm.Meta.fields}
        saved = save_hours(actor=request.user, hours=hours, values=values, when=when.opening())  # type: ignore[arg-type]
        messages.success(request, _("The consultation hours were saved."))
        return HttpResponseRedirect(reverse("staff:hours_week", args=[saved.pk]))
    status = 400 if data is not None else 200
    return render(
        request, "counselling/staff/hours_form.html", {"form": form, "when": when, "hours": hours}, status=status
    )


@staff_member_required
def hours_create(request: HttpRequest) -> HttpResponse:
    return _hours_form(request, None)


@staff_member_required
def hours_edit(request: HttpRequest, hours_id: int) -> HttpResponse:
    hours = selectors_staff.hours_for(scope_of(request), hours_id)
    _editable(request, hours)
    return _hours_form(request, hours)


@dataclass(frozen=True)
class Row:
    slot: slots.Slot
    appointment: Appointment | None
    topic: str
    language: str


def _row(slot: slots.Slot, appointment: Appointment | None, *, language: str) -> Row:
    if appointment is None:
        return Row(slot, None, "", "")
    topic = appointment.topic.name_in(language) if appointment.topic else ""
    return Row(slot, appointment, topic, str(ENDONYMS.get(appointment.language, appointment.language)))


def _monday(value: str, today: dt.date) -> dt.date:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        day = today
    return day - dt.timedelta(days=day.weekday())


@staff_member_required
@second_factor_required
def hours_week(request: HttpRequest, hours_id: int) -> HttpResponse:
    """The week's slots; names and contacts only for the organisation's counsellors and managers."""
    scope = scope_of(request)
    hours = selectors_staff.hours_for(scope, hours_id)
    monday = _monday(request.GET.get("week", ""), timezone.localdate())
    zone = slots.zone_of(hours)
    start = dt.datetime.combine(monday, dt.time(), tzinfo=zone)
    booked = selectors_staff.appointments_between(hours, start, start + dt.timedelta(days=7))
    week = slots.slots([hours], first=monday, last=monday + dt.timedelta(days=6), after=None)
    may_counsel = scope.can_counsel(organisation_id=hours.organisation_id)
    context = {
        "hours": hours,
        "rows": [_row(slot, booked.get(slot.starts_at), language=translation.get_language()) for slot in week],
        "may_counsel": may_counsel,
        "may_edit": scope.can_edit_content_of(organisation_id=hours.organisation_id, region_id=hours.region_id),
        "booking_form": StaffBookingForm(sms=sms_gateway.is_configured()) if may_counsel else None,
        "monday": monday,
        "previous": monday - dt.timedelta(days=7),
        "next": monday + dt.timedelta(days=7),
        "now": timezone.now(),
    }
    return render(request, "counselling/staff/hours_week.html", context)


def _back_to_week(hours_id: int, when: dt.datetime) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("staff:hours_week", args=[hours_id]) + f"?week={when.date().isoformat()}")


@staff_member_required
@second_factor_required
@require_POST
def appointment_book_for(request: HttpRequest, hours_id: int) -> HttpResponse:
    scope = scope_of(request)
    hours = selectors_staff.hours_for(scope, hours_id)
    scope.require_counsel(organisation_id=hours.organisation_id)
    form = StaffBookingForm(request.POST, sms=sms_gateway.is_configured())
    try:
        starts_at = dt.datetime.fromisoformat(request.POST.get("starts_at", ""))
    except ValueError:
        starts_at = None
    if starts_at is None or starts_at.tzinfo is None:
        messages.error(request, _("Choose one of the free times."))
        return HttpResponseRedirect(reverse("staff:hours_week", args=[hours.pk]))
    if not form.is_valid():
        messages.error(request, " ".join(str(error) for errors in form.errors.values() for error in errors))
        return _back_to_week(hours.pk, starts_at)
    try:
        book(hours=hours, starts_at=starts_at, booker=form.booker(), now=timezone.now(), booked_by=request.user)  # type: ignore[arg-type]
    except BookingRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("The appointment was booked."))
    return _back_to_week(hours.pk, starts_at)


@staff_member_required
@second_factor_required
@require_POST
def appointment_cancel(request: HttpRequest, appointment_id: int) -> HttpResponse:
    scope = scope_of(request)
    appointment = selectors_staff.appointment_for(scope, appointment_id)
    scope.require_counsel(organisation_id=appointment.hours.organisation_id)
    try:
        cancel(appointment=appointment, actor=request.user, now=timezone.now())  # type: ignore[arg-type]
    except BookingRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("The appointment was cancelled. The time is free again."))
    return _back_to_week(appointment.hours_id, appointment.starts_at)


@staff_member_required
@second_factor_required
@require_POST
def appointment_attendance(request: HttpRequest, appointment_id: int) -> HttpResponse:
    scope = scope_of(request)
    appointment = selectors_staff.appointment_for(scope, appointment_id)
    scope.require_counsel(organisation_id=appointment.hours.organisation_id)
    try:
        record_attendance(appointment=appointment, came=request.POST.get("came") == "yes", actor=request.user)  # type: ignore[arg-type]
    except BookingRefused as refusal:
        messages.error(request, refusal.message)
    return _back_to_week(appointment.hours_id, appointment.starts_at)
