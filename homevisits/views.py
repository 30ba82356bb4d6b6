"""Welcome home visits for the organisation's counsellors and managers: the list of households who moved in,
adding one that agreed, planning its visit, recording the result, follow-ups, volunteers, erasing."""

import datetime as dt

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import scope_of
from core.decorators import staff_member_required
from core.two_factor import second_factor_required
from counselling.views_contacts import counselling_organisation
from homevisits import selectors, services
from homevisits.forms import HouseholdForm, ListFilterForm, NotMetForm, PlanForm, ResultForm, VolunteerForm
from homevisits.models import Visit


def _detail(household_id: int) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("staff:household_detail", args=[household_id]))


@staff_member_required
@second_factor_required
def household_list(request: HttpRequest) -> HttpResponse:
    _organisation, choices = counselling_organisation(request)  # counsellors and managers only
    filters = ListFilterForm(request.GET, region_ids=sorted({choice.region_id for choice in choices}))
    valid = filters.is_valid()
    state = filters.cleaned_data.get("state", "") if valid else ""
    district = filters.cleaned_data.get("district") if valid else None
    households = selectors.household_page(
        scope_of(request),
        state=state,
        district_id=district.pk if district else None,
        number=request.GET.get("page", 1),
    )
    query = "".join(
        f"{name}={value}&" for name, value in (("state", state), ("district", district and district.pk)) if value
    )
    context = {"households": households, "filters": filters, "page_query": query, "today": timezone.localdate()}
    return render(request, "homevisits/staff/household_list.html", context)


@staff_member_required
@second_factor_required
def household_add(request: HttpRequest) -> HttpResponse:
    organisation, choices = counselling_organisation(request)
    data = request.POST if request.method == "POST" else None
    form = HouseholdForm(data, organisation=organisation)
    if data is not None and form.is_valid():
        try:
            household = services.add_household(
                actor=request.user,  # type: ignore[arg-type]
                organisation=organisation,
                details=form.details(),
                today=timezone.localdate(),
            )
        except services.HomeVisitRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("The household is on the list."))
            return _detail(household.pk)
    context = {"form": form, "organisation": organisation, "choices": choices}
    return render(request, "homevisits/staff/household_add.html", context, status=400 if data is not None else 200)


@staff_member_required
@second_factor_required
def household_detail(request: HttpRequest, household_id: int) -> HttpResponse:
    """The household, its visits and follow-ups, and planning (or re-planning) its visit."""
    household = selectors.household_for(scope_of(request), household_id)
    assignees = selectors.suggest_assignees(household)
    visits = selectors.visits_of(household)
    planned = next((visit for visit in visits if visit.status == Visit.Status.PLANNED), None)
    initial = {"planned_on": planned.planned_on, "assignee": _assigned(planned)} if planned else {}
    data = request.POST if request.method == "POST" else None
    form = PlanForm(data, household=household, assignees=assignees, initial=initial)
    if data is not None and form.is_valid():
        chosen = form.chosen()
        try:
            services.plan_visit(
                actor=request.user,  # type: ignore[arg-type]
                household=household,
                planned_on=form.cleaned_data["planned_on"],
                staff=chosen.user if chosen else None,
                volunteer=chosen.volunteer if chosen else None,
            )
        except services.HomeVisitRefused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("The visit is planned."))
            return _detail(household.pk)
    phone = services.read_household(actor=request.user, household=household)  # type: ignore[arg-type]
    context = {
        "household": household,
        "phone": phone,
        "visits": visits,
        "planned": planned,
        "follow_ups": selectors.open_follow_ups_of(household),
        "form": form,
        "matches": [assignee for assignee in assignees if assignee.matches],
        "today": timezone.localdate(),
    }
    return render(request, "homevisits/staff/household_detail.html", context, status=400 if data is not None else 200)


def _assigned(visit: Visit) -> str:
    if visit.volunteer_id:
        return f"volunteer:{visit.volunteer_id}"
    return f"staff:{visit.staff_id}" if visit.staff_id else ""


@staff_member_required
@second_factor_required
def home_visit_result(request: HttpRequest, visit_id: int) -> HttpResponse:
    """After the visit: the checklist and outcome, or that nobody was met."""
    visit = selectors.visit_for(scope_of(request), visit_id)
    household = visit.household
    if visit.status != Visit.Status.PLANNED:
        messages.info(request, _("The result of this visit is already recorded."))
        return _detail(household.pk)
    today = timezone.localdate()
    posted = request.POST if request.method == "POST" else None
    # Two forms on the page: the prefix keeps the not-met form's fields apart from the result's.
    not_met = posted is not None and "not_met-done_on" in posted
    form = ResultForm(
        None if not_met else posted, household=household, initial={"done_on": min(today, visit.planned_on)}
    )
    not_met_form = NotMetForm(
        posted if not_met else None, household=household, prefix="not_met", initial={"done_on": today}
    )
    try:
        if not_met and not_met_form.is_valid():
            data = not_met_form.cleaned_data
            services.record_not_met(
                actor=request.user,  # type: ignore[arg-type]
                visit=visit,
                tried_on=data["done_on"],
                note=data["outcome_note"],
                today=today,
            )
            messages.success(request, _("The attempt is recorded. Plan a new visit when it suits the household."))
            return _detail(household.pk)
        if posted is not None and not not_met and form.is_valid():
            data = form.cleaned_data
            follow_ups = services.record_result(
                actor=request.user,  # type: ignore[arg-type]
                visit=visit,
                done_on=data["done_on"],
                outcome=data["outcome"],
                note=data["outcome_note"],
                points=form.points(),
                today=today,
            )
            messages.success(
                request, _("The result is saved. Open follow-ups: %(count)s.") % {"count": len(follow_ups)}
            )
            return _detail(household.pk)
    except services.HomeVisitRefused as refused:
        (not_met_form if not_met else form).add_error(None, refused.message)
    context = {
        "visit": visit,
        "household": household,
        "form": form,
        "not_met_form": not_met_form,
        "due_on": today + dt.timedelta(days=services.follow_up_days()),
    }
    return render(request, "homevisits/staff/visit_result.html", context, status=400 if posted is not None else 200)


@staff_member_required
@second_factor_required
@require_POST
def home_visit_follow_up_done(request: HttpRequest, follow_up_id: int) -> HttpResponse:
    follow_up = selectors.follow_up_for(scope_of(request), follow_up_id)
    services.complete_follow_up(actor=request.user, follow_up=follow_up, today=timezone.localdate())  # type: ignore[arg-type]
    return _detail(follow_up.household_id)


@staff_member_required
@second_factor_required
@require_POST
def household_erase(request: HttpRequest, household_id: int) -> HttpResponse:
    """The household withdrew its consent (or asked to be taken off the list): erased at once."""
    household = selectors.household_for(scope_of(request), household_id)
    if request.POST.get("confirm") != "on":
        messages.error(request, _("Tick that the household withdrew its consent, then erase it."))
        return _detail(household.pk)
    services.erase_household(actor=request.user, household=household, reason="withdrawn")  # type: ignore[arg-type]
    messages.success(request, _("The household was erased. Only anonymous counts remain."))
    return HttpResponseRedirect(reverse("staff:household_list"))


@staff_member_required
@second_factor_required
def home_visit_volunteers(request: HttpRequest) -> HttpResponse:
    organisation, choices = counselling_organisation(request)
    data = request.POST if request.method == "POST" else None
    form = VolunteerForm(data)
    if data is not None and form.is_valid():
        try:
            services.add_volunteer(
                actor=request.user,  # type: ignore[arg-type]
                organisation=organisation,
                display_name=form.cleaned_data["display_name"],
                languages=form.cleaned_data["languages"],
            )
        except services.HomeVisitRefused as refused:
            form.add_error("display_name", refused.message)
        else:
            messages.success(request, _("The volunteer is on the list."))
            return HttpResponseRedirect(reverse("staff:home_visit_volunteers") + f"?organisation={organisation.pk}")
    context = {
        "form": form,
        "organisation": organisation,
        "choices": choices,
        "volunteers": selectors.volunteers_of(organisation.pk),
    }
    return render(request, "homevisits/staff/volunteers.html", context, status=400 if data is not None else 200)


@staff_member_required
@second_factor_required
@require_POST
def home_visit_volunteer_remove(request: HttpRequest, volunteer_id: int) -> HttpResponse:
    volunteer = selectors.volunteer_for(scope_of(request), volunteer_id)
    services.remove_volunteer(actor=request.user, volunteer=volunteer)  # type: ignore[arg-type]
    messages.success(request, _("The volunteer was removed from the list."))
    return HttpResponseRedirect(reverse("staff:home_visit_volunteers") + f"?organisation={volunteer.organisation_id}")
