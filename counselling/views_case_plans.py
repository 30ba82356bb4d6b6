"""A case's recognition checklist and youth plan, for the organisation's counsellors and managers.

Every page goes through selectors_cases.case_for (other organisations get 404); reading is logged, writes go
through counselling.plans, and a refused write shows why with nothing saved.
"""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import scope_of
from core.decorators import staff_member_required
from core.models import Organisation
from core.two_factor import second_factor_required
from counselling import plans, selectors_cases
from counselling.forms_plans import RecognitionForm, StatusForm, StepForm, YouthPlanForm, youth_plan_initial
from counselling.models import Case, Recognition, RecognitionStep


def _recognition_of(case: Case, recognition_id: int) -> Recognition:
    found = case.recognitions.filter(pk=recognition_id).first()
    if found is None:
        raise Http404
    found.case = case  # the case already read, with its region and organisation
    return found


def _step_of(case: Case, step_id: int) -> RecognitionStep:
    found = RecognitionStep.objects.filter(pk=step_id, recognition__case=case).select_related("recognition").first()
    if found is None:
        raise Http404
    found.recognition.case = case
    return found


@staff_member_required
@second_factor_required
def recognition_list(request: HttpRequest, case_id: int) -> HttpResponse:
    case = selectors_cases.case_for(scope_of(request), case_id)
    posted = request.POST if request.method == "POST" else None
    form = RecognitionForm(posted)
    if posted is not None and form.is_valid():
        data = form.cleaned_data
        try:
            recognition = plans.add_recognition(
                actor=request.user,  # type: ignore[arg-type]
                case=case,
                document=data["document"],
                country=data["country"],
                qualification=data["qualification"],
                reference_profession=data["reference_profession"],
                authority=data["authority"],
                steps=form.step_labels(),
            )
        except plans.PlanRefused as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The recognition was added."))
            return HttpResponseRedirect(reverse("staff:case_recognition_detail", args=[case.pk, recognition.pk]))
    context = {"case": case, "recognitions": plans.read_recognitions(actor=request.user, case=case), "form": form}  # type: ignore[arg-type]
    return render(request, "counselling/staff/case_recognitions.html", context, status=400 if posted else 200)


@staff_member_required
@second_factor_required
def recognition_detail(request: HttpRequest, case_id: int, recognition_id: int) -> HttpResponse:
    case = selectors_cases.case_for(scope_of(request), case_id)
    recognition = _recognition_of(case, recognition_id)
    posted = request.POST if request.method == "POST" else None
    # Two forms on the page: the prefixes keep their fields' names and ids apart.
    adding_step = posted is not None and "step-label" in posted
    today = timezone.localdate()
    initial = {"status": recognition.status, "decided_on": recognition.decided_on}
    status_form = StatusForm(None if adding_step else posted, prefix="status", initial=initial, today=today)
    step_form = StepForm(posted if adding_step else None, prefix="step")
    form = step_form if adding_step else status_form
    if posted is not None and form.is_valid():
        try:
            if adding_step:
                plans.add_step(actor=request.user, recognition=recognition, label=step_form.cleaned_data["label"])  # type: ignore[arg-type]
            else:
                data = status_form.cleaned_data
                plans.set_recognition_status(
                    actor=request.user,  # type: ignore[arg-type]
                    recognition=recognition,
                    status=data["status"],
                    decided_on=data["decided_on"],
                )
        except plans.PlanRefused as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("Saved."))
            return HttpResponseRedirect(request.path)
    qualification, steps = plans.read_recognition(actor=request.user, recognition=recognition)  # type: ignore[arg-type]
    context = {
        "case": case,
        "recognition": recognition,
        "qualification": qualification,
        "steps": steps,
        "status_form": status_form,
        "step_form": step_form,
    }
    return render(request, "counselling/staff/case_recognition.html", context, status=400 if posted else 200)


@staff_member_required
@second_factor_required
@require_POST
def recognition_step_done(request: HttpRequest, case_id: int, step_id: int) -> HttpResponse:
    """Ticks the step (done=1) or unticks it (done=0)."""
    case = selectors_cases.case_for(scope_of(request), case_id)
    step = _step_of(case, step_id)
    try:
        plans.set_step_done(
            actor=request.user,  # type: ignore[arg-type]
            step=step,
            done=request.POST.get("done") != "0",
            today=timezone.localdate(),
        )
    except plans.PlanRefused as refusal:
        messages.error(request, refusal.message)
    return HttpResponseRedirect(reverse("staff:case_recognition_detail", args=[case.pk, step.recognition_id]))


@staff_member_required
@second_factor_required
@require_POST
def recognition_step_rename(request: HttpRequest, case_id: int, step_id: int) -> HttpResponse:
    case = selectors_cases.case_for(scope_of(request), case_id)
    step = _step_of(case, step_id)
    form = StepForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Name the step, in a few words. Nothing was changed."))
    else:
        try:
            plans.rename_step(actor=request.user, step=step, label=form.cleaned_data["label"])  # type: ignore[arg-type]
        except plans.PlanRefused as refusal:
            messages.error(request, refusal.message)
    return HttpResponseRedirect(reverse("staff:case_recognition_detail", args=[case.pk, step.recognition_id]))


@staff_member_required
@second_factor_required
def youth_plan(request: HttpRequest, case_id: int) -> HttpResponse:
    case = selectors_cases.case_for(scope_of(request), case_id)
    today = timezone.localdate()
    current = plans.read_youth_plan(actor=request.user, case=case)  # type: ignore[arg-type]
    partners = list(Organisation.objects.filter(region=case.region_id).exclude(pk=case.organisation_id))
    posted = request.POST if request.method == "POST" else None
    form = YouthPlanForm(
        posted, initial=youth_plan_initial(current), person=case.person, organisations=partners, today=today
    )
    if posted is not None and form.is_valid():
        data = form.cleaned_data
        try:
            plans.save_youth_plan(
                actor=request.user,  # type: ignore[arg-type]
                case=case,
                goal=data["goal"],
                goal_text=data["goal_text"],
                place=data["place"],
                target_on=data["target_on"],
                partners=form.partners(),
                version=data["version"],
                today=today,
            )
        except plans.PlanRefused as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The youth plan was saved."))
            return HttpResponseRedirect(reverse("staff:case_youth_plan", args=[case.pk]))
    context = {
        "case": case,
        "plan": current,
        "form": form,
        "refusal": plans.youth_refusal(case.person, today=today),
    }
    return render(request, "counselling/staff/case_youth_plan.html", context, status=400 if posted else 200)
