"""Cases for the organisation's counsellors and managers: open with consent, read (logged), notes, withdrawal."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import scope_of
from core.decorators import staff_member_required
from core.languages import CONTENT_LANGUAGES, ENDONYMS, RTL_LANGUAGES
from core.models import Organisation
from core.two_factor import second_factor_required
from counselling import cases, selectors_cases
from counselling.forms_staff import CaseItemForm, CaseOpenForm, NoteForm
from counselling.models import Consent
from counselling.views_contacts import counselling_organisation
from referrals import selectors as referral_selectors


@staff_member_required
@second_factor_required
def case_list(request: HttpRequest) -> HttpResponse:
    counselling_organisation(request)  # counsellors and managers only
    found = selectors_cases.case_page(scope_of(request), request.GET.get("page", 1))
    cases.record_listing(actor=request.user, shown=found.rows, page=found.page.number)  # type: ignore[arg-type]
    return render(request, "counselling/staff/case_list.html", {"cases": found})


@staff_member_required
@second_factor_required
def case_open(request: HttpRequest) -> HttpResponse:
    organisation, choices = counselling_organisation(request)
    data = request.POST if request.method == "POST" else None
    form = CaseOpenForm(data, organisation=organisation)
    if data is not None and form.is_valid():
        case = cases.open_case(
            actor=request.user,  # type: ignore[arg-type]
            organisation=organisation,
            person=form.person(),
            consents=form.consents(),
            now=timezone.now(),
        )
        messages.success(request, _("The case was opened."))
        return HttpResponseRedirect(reverse("staff:case_detail", args=[case.pk]))
    languages = [(code, ENDONYMS.get(code, code)) for code in CONTENT_LANGUAGES]
    context = {"form": form, "organisation": organisation, "choices": choices, "languages": languages}
    return render(request, "counselling/staff/case_open.html", context, status=400 if data is not None else 200)


@staff_member_required
@second_factor_required
def case_detail(request: HttpRequest, case_id: int) -> HttpResponse:
    case = selectors_cases.case_for(scope_of(request), case_id)
    posted = request.POST if request.method == "POST" else None
    # Two forms on the page: the item form's prefix keeps its fields' names and ids apart from the note's.
    adding_item = posted is not None and "item-kind" in posted
    form = NoteForm(None if adding_item else posted)
    item_form = CaseItemForm(posted if adding_item else None, prefix="item")
    if posted is not None and case.status == case.Status.OPEN:
        if adding_item and item_form.is_valid():
            data = item_form.cleaned_data
            cases.add_item(actor=request.user, case=case, kind=data["kind"], text=data["text"], due_on=data["due_on"])  # type: ignore[arg-type]
            return HttpResponseRedirect(request.path)
        if not adding_item and form.is_valid():
            cases.add_note(actor=request.user, case=case, text=form.cleaned_data["text"])  # type: ignore[arg-type]
            messages.success(request, _("The note was saved."))
            return HttpResponseRedirect(request.path)
    notes = cases.read_case(actor=request.user, case=case)  # type: ignore[arg-type]
    context = {
        "case": case,
        "person": case.person,
        "notes": notes,
        "items": cases.items_of(case),
        "referrals": referral_selectors.of_case(case),
        "today": timezone.localdate(),
        "form": form,
        "item_form": item_form,
    }
    return render(request, "counselling/staff/case_detail.html", context, status=400 if posted else 200)


@staff_member_required
@second_factor_required
@require_POST
def case_item_done(request: HttpRequest, item_id: int) -> HttpResponse:
    item = selectors_cases.item_for(scope_of(request), item_id)
    cases.complete_item(actor=request.user, item=item, today=timezone.localdate())  # type: ignore[arg-type]
    return HttpResponseRedirect(reverse("staff:case_detail", args=[item.case_id]))


@staff_member_required
@second_factor_required
@require_POST
def case_close(request: HttpRequest, case_id: int) -> HttpResponse:
    case = selectors_cases.case_for(scope_of(request), case_id)
    cases.close_case(actor=request.user, case=case, today=timezone.localdate())  # type: ignore[arg-type]
    messages.success(request, _("The case was closed."))
    return HttpResponseRedirect(reverse("staff:case_detail", args=[case.pk]))


@staff_member_required
@second_factor_required
@require_POST
def consent_withdraw(request: HttpRequest, consent_id: int) -> HttpResponse:
    consent = selectors_cases.consent_for(scope_of(request), consent_id)
    cases.withdraw_consent(actor=request.user, consent=consent, now=timezone.now())  # type: ignore[arg-type]
    messages.success(request, _("The consent was withdrawn. Its effect applies now."))
    case = consent.person.cases.order_by("-pk").first()
    return HttpResponseRedirect(reverse("staff:case_detail", args=[case.pk]) if case else reverse("staff:case_list"))


@staff_member_required
@second_factor_required
def consent_form(request: HttpRequest) -> HttpResponse:
    """The consent texts in the person's language, to print and sign (or to read out on screen)."""
    organisation, _choices = counselling_organisation(request)
    language = request.GET.get("language", "de")
    language = language if language in CONTENT_LANGUAGES else "de"
    partner = Organisation.objects.filter(region=organisation.region_id, pk=request.GET.get("partner") or 0).first()
    purposes = [Consent.Purpose.CASE_WORK, Consent.Purpose.REPORTING, *([Consent.Purpose.SHARE] if partner else [])]
    texts = [
        (purpose, cases.consent_wording(purpose=purpose, language=language, organisation=organisation, partner=partner))
        for purpose in purposes
    ]
    context = {"organisation": organisation, "language": language, "texts": texts, "rtl": language in RTL_LANGUAGES}
    return render(request, "counselling/staff/consent_form.html", context)
