"""The steps after sending: the partner accepts or declines with a reason and reports back; the sender notes a
partner's answer given by phone or letter, or withdraws the referral."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.access import scope_of
from core.decorators import staff_member_required
from core.refusals import Refused
from core.two_factor import second_factor_required
from referrals import reading, selectors, services
from referrals.forms import AnswerForPartnerForm, DeclineForm, ReportForm
from referrals.models import Referral


def _acting(request: HttpRequest, referral_id: int, *, side: str) -> Referral:
    """The referral, if the user works at the side (partner or sender) that takes this step."""
    scope = scope_of(request)
    referral = selectors.referral_for(scope, referral_id)
    organisation_id = referral.partner_id if side == "partner" else referral.sender_id
    if not scope.can_counsel(organisation_id=organisation_id):
        raise PermissionDenied
    return referral


def _done(request: HttpRequest, referral: Referral, message: str) -> HttpResponse:
    messages.success(request, message)
    return HttpResponseRedirect(reverse("staff:referral_detail", args=[referral.pk]))


def _refused(request: HttpRequest, referral: Referral, refusal: Refused) -> HttpResponse:
    messages.error(request, refusal.message)
    return HttpResponseRedirect(reverse("staff:referral_detail", args=[referral.pk]))


@staff_member_required
@second_factor_required
@require_POST
def referral_accept(request: HttpRequest, referral_id: int) -> HttpResponse:
    referral = _acting(request, referral_id, side="partner")
    try:
        services.accept(actor=request.user, referral=referral, now=timezone.now())  # type: ignore[arg-type]
    except Refused as refusal:
        return _refused(request, referral, refusal)
    return _done(request, referral, _("You accepted the referral. Report back when you are done."))


@staff_member_required
@second_factor_required
@require_POST
def referral_withdraw(request: HttpRequest, referral_id: int) -> HttpResponse:
    referral = _acting(request, referral_id, side="sender")
    try:
        services.withdraw(actor=request.user, referral=referral, now=timezone.now())  # type: ignore[arg-type]
    except Refused as refusal:
        return _refused(request, referral, refusal)
    return _done(request, referral, _("The referral was withdrawn; what it said was deleted."))


def _again(request: HttpRequest, referral: Referral, **forms: object) -> HttpResponse:
    """The referral page again, with the form's errors."""
    context = reading.read(actor=request.user, scope=scope_of(request), referral=referral, **forms)  # type: ignore[arg-type]
    return render(request, "referrals/detail.html", {**context, "today": timezone.localdate()}, status=400)


@staff_member_required
@second_factor_required
@require_POST
def referral_decline(request: HttpRequest, referral_id: int) -> HttpResponse:
    referral = _acting(request, referral_id, side="partner")
    form = DeclineForm(request.POST, prefix="decline")
    if not form.is_valid():
        return _again(request, referral, decline_form=form)
    try:
        services.decline(
            actor=request.user,  # type: ignore[arg-type]
            referral=referral,
            reason=form.cleaned_data["reason"],
            note=form.cleaned_data["note"],
            now=timezone.now(),
        )
    except Refused as refusal:
        return _refused(request, referral, refusal)
    return _done(request, referral, _("You declined the referral. The sender sees your reason."))


@staff_member_required
@second_factor_required
@require_POST
def referral_report(request: HttpRequest, referral_id: int) -> HttpResponse:
    referral = _acting(request, referral_id, side="partner")
    form = ReportForm(request.POST, prefix="report")
    if not form.is_valid():
        return _again(request, referral, report_form=form)
    try:
        services.report_back(
            actor=request.user,  # type: ignore[arg-type]
            referral=referral,
            report=form.cleaned_data["report"],
            now=timezone.now(),
        )
    except Refused as refusal:
        return _refused(request, referral, refusal)
    return _done(request, referral, _("Thank you: the sender sees your report."))


@staff_member_required
@second_factor_required
@require_POST
def referral_answer(request: HttpRequest, referral_id: int) -> HttpResponse:
    referral = _acting(request, referral_id, side="sender")
    form = AnswerForPartnerForm(request.POST, prefix="answer")
    if not form.is_valid():
        return _again(request, referral, answer_form=form)
    try:
        services.record_partner_answer(
            actor=request.user,  # type: ignore[arg-type]
            referral=referral,
            step=form.cleaned_data["step"],
            reason=form.cleaned_data["reason"],
            note=form.cleaned_data["note"],
            now=timezone.now(),
        )
    except Refused as refusal:
        return _refused(request, referral, refusal)
    return _done(request, referral, _("The partner's answer was recorded."))
