"""The steps after sending: the partner accepts or declines with a reason and reports back; the sender notes a
partner's answer given by phone or letter, or withdraws the referral."""

from collections.abc import Callable
from functools import partial

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
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


def _actor(request: HttpRequest) -> AbstractBaseUser:
    user = request.user
    assert isinstance(user, AbstractBaseUser)  # staff_member_required lets only signed-in users through
    return user


def _take(request: HttpRequest, referral: Referral, step: Callable[[], object], message: str) -> HttpResponse:
    """One step on the referral, then its page again: with the message, or with why it could not be taken."""
    try:
        step()
    except Refused as refusal:
        messages.error(request, refusal.message)
    else:
        messages.success(request, message)
    return HttpResponseRedirect(reverse("staff:referral_detail", args=[referral.pk]))


@staff_member_required
@second_factor_required
@require_POST
def referral_accept(request: HttpRequest, referral_id: int) -> HttpResponse:
    referral = _acting(request, referral_id, side="partner")
    accept = partial(services.accept, actor=_actor(request), referral=referral, now=timezone.now())
    return _take(request, referral, accept, _("You accepted the referral. Report back when you are done."))


@staff_member_required
@second_factor_required
@require_POST
def referral_withdraw(request: HttpRequest, referral_id: int) -> HttpResponse:
    referral = _acting(request, referral_id, side="sender")
    withdraw = partial(services.withdraw, actor=_actor(request), referral=referral, now=timezone.now())
    return _take(request, referral, withdraw, _("The referral was withdrawn; what it said was deleted."))


def _again(request: HttpRequest, referral: Referral, **forms: object) -> HttpResponse:
    """The referral page again, with the form's errors."""
    context = reading.read(actor=_actor(request), scope=scope_of(request), referral=referral, **forms)
    return render(request, "referrals/detail.html", {**context, "today": timezone.localdate()}, status=400)


@staff_member_required
@second_factor_required
@require_POST
def referral_decline(request: HttpRequest, referral_id: int) -> HttpResponse:
    referral = _acting(request, referral_id, side="partner")
    form = DeclineForm(request.POST, prefix="decline")
    if not form.is_valid():
        return _again(request, referral, decline_form=form)
    data = form.cleaned_data
    decline = partial(
        services.decline,
        actor=_actor(request),
        referral=referral,
        reason=data["reason"],
        note=data["note"],
        now=timezone.now(),
    )
    return _take(request, referral, decline, _("You declined the referral. The sender sees your reason."))


@staff_member_required
@second_factor_required
@require_POST
def referral_report(request: HttpRequest, referral_id: int) -> HttpResponse:
    referral = _acting(request, referral_id, side="partner")
    form = ReportForm(request.POST, prefix="report")
    if not form.is_valid():
        return _again(request, referral, report_form=form)
    report = partial(
        services.report_back,
        actor=_actor(request),
        referral=referral,
        report=form.cleaned_data["report"],
        now=timezone.now(),
    )
    return _take(request, referral, report, _("Thank you: the sender sees your report."))


@staff_member_required
@second_factor_required
@require_POST
def referral_answer(request: HttpRequest, referral_id: int) -> HttpResponse:
    referral = _acting(request, referral_id, side="sender")
    form = AnswerForPartnerForm(request.POST, prefix="answer")
    if not form.is_valid():
        return _again(request, referral, answer_form=form)
    data = form.cleaned_data
    answer = partial(
        services.record_partner_answer,
        actor=_actor(request),
        referral=referral,
        step=data["step"],
        reason=data["reason"],
        note=data["note"],
        now=timezone.now(),
    )
    return _take(request, referral, answer, _("The partner's answer was recorded."))
