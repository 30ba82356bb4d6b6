"""Staff: the sign-ups of one date. Sign people up or cancel on their behalf, tick attendance, count heads."""

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from core import sms_gateway
from core.access import scope_of
from core.decorators import staff_member_required
from events import selectors_signup as selectors
from events import signups
from events.forms_signup import AttendanceForm, StaffSignUpForm
from events.models import Occurrence, SignUp


def _list_url(occurrence: Occurrence) -> str:
    return reverse("staff:event_signups", args=[occurrence.event_id, occurrence.pk])


def _signup_form(occurrence: Occurrence, data: Any = None) -> StaffSignUpForm:
    return StaffSignUpForm(
        data,
        max_party_size=occurrence.event.max_party_size,
        sms=sms_gateway.is_configured(),
        prefix="add",
        initial={"language": translation.get_language()},
    )


def _present_ids(form: AttendanceForm) -> set[int]:
    values = form["present"].value() or []
    return {int(value) for value in values if str(value).isdigit()}


def _render(
    request: HttpRequest,
    occurrence: Occurrence,
    *,
    add_form: StaffSignUpForm | None = None,
    attendance_form: AttendanceForm | None = None,
    status: int = 200,
) -> HttpResponse:
    grouped = selectors.signups_of(occurrence)
    confirmed = grouped[SignUp.Status.CONFIRMED]
    if attendance_form is None:
        attendance_form = AttendanceForm(
            confirmed=confirmed,
            initial={
                "present": [signup.pk for signup in confirmed if signup.attended],
                "head_count": occurrence.head_count,
            },
        )
    now = timezone.now()
    context = {
        "occurrence": occurrence,
        "event": occurrence.event,
        "grouped": grouped,
        "confirmed": confirmed,
        "add_form": add_form or _signup_form(occurrence),
        "attendance_form": attendance_form,
        "present_ids": _present_ids(attendance_form),
        "closed": signups.closed_reason(occurrence, now=now, public=False),
        "has_begun": occurrence.starts_at <= now,
        "retention_days": settings.NAHBAR_SIGNUP_RETENTION_DAYS,
    }
    return render(request, "events/staff/signup_list.html", context, status=status)


@staff_member_required
@require_GET
def event_signups(request: HttpRequest, event_id: int, occurrence_id: int) -> HttpResponse:
    return _render(request, selectors.staff_occurrence(scope_of(request), event_id, occurrence_id))


@staff_member_required
@require_POST
def signup_add(request: HttpRequest, event_id: int, occurrence_id: int) -> HttpResponse:
    occurrence = selectors.staff_occurrence(scope_of(request), event_id, occurrence_id)
    form = _signup_form(occurrence, request.POST)
    if form.is_valid():
        try:
            signup, token = signups.sign_up(
                occurrence_id=occurrence.pk,
                person=form.person(),
                language=form.cleaned_data["language"],
                registered_by=request.user,  # type: ignore[arg-type]
            )
        except signups.SignUpRefused as refusal:
            form.add_error(None, refusal.message)
        else:
            link = settings.NAHBAR_BASE_URL + reverse(
                "signup_personal", kwargs={"region_slug": occurrence.event.region.slug, "token": token}
            )
            text = (
                _("%(name)s has a place.")
                if signup.status == SignUp.Status.CONFIRMED
                else _("%(name)s is on the waiting list.")
            ) % {"name": signup.name}
            messages.success(
                request,
                text
                + " "
                + _("Their personal link (give it to them; it is shown only now): %(link)s") % {"link": link},
            )
            return HttpResponseRedirect(_list_url(occurrence))
    return _render(request, occurrence, add_form=form, status=400)


@staff_member_required
@require_POST
def signup_cancel(request: HttpRequest, event_id: int, occurrence_id: int, signup_id: int) -> HttpResponse:
    occurrence = selectors.staff_occurrence(scope_of(request), event_id, occurrence_id)
    signup = get_object_or_404(SignUp, pk=signup_id, occurrence=occurrence)
    try:
        moved = signups.cancel_signup(signup_id=signup.pk, actor=request.user)  # type: ignore[arg-type]
    except signups.SignUpRefused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, _("The sign-up of %(name)s is cancelled.") % {"name": signup.name})
        for person in moved:
            messages.success(request, _("%(name)s moved up from the waiting list.") % {"name": person.name})
    return HttpResponseRedirect(_list_url(occurrence))


@staff_member_required
@require_POST
def attendance(request: HttpRequest, event_id: int, occurrence_id: int) -> HttpResponse:
    occurrence = selectors.staff_occurrence(scope_of(request), event_id, occurrence_id)
    confirmed = selectors.signups_of(occurrence)[SignUp.Status.CONFIRMED]
    form = AttendanceForm(request.POST, confirmed=confirmed)
    if not form.is_valid():
        return _render(request, occurrence, attendance_form=form, status=400)
    signups.record_attendance(
        actor=request.user,  # type: ignore[arg-type]
        occurrence_id=occurrence.pk,
        present_ids=set(form.cleaned_data["present"]),
        head_count=form.cleaned_data["head_count"],
    )
    messages.success(request, _("Attendance saved."))
    return HttpResponseRedirect(_list_url(occurrence))
