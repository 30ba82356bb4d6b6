"""Referrals for counsellors and managers: sending from a case, contact or home visit, the lists, the letter."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.access import scope_of
from core.decorators import staff_member_required
from core.refusals import Refused
from core.two_factor import second_factor_required
from counselling.views_contacts import counselling_organisation
from referrals import figures, letters, reading, selectors, services
from referrals.forms import ReferralForm
from referrals.models import Referral
from referrals.sources import source_of


@staff_member_required
@second_factor_required
def referral_inbox(request: HttpRequest) -> HttpResponse:
    counselling_organisation(request)  # counsellors and managers only
    context = {"referrals": selectors.received(scope_of(request)), "box": "inbox", "today": timezone.localdate()}
    return render(request, "referrals/list.html", context)


@staff_member_required
@second_factor_required
def referral_sent(request: HttpRequest) -> HttpResponse:
    counselling_organisation(request)
    context = {"referrals": selectors.sent(scope_of(request)), "box": "sent", "today": timezone.localdate()}
    return render(request, "referrals/list.html", context)


@staff_member_required
@second_factor_required
def referral_new(request: HttpRequest) -> HttpResponse:
    source = source_of(request)
    data = request.POST if request.method == "POST" else None
    form = ReferralForm(data, sender=source.sender, initial=source.initial())
    if data is not None and form.is_valid():
        values = form.cleaned_data
        try:
            referral = services.send_referral(
                actor=request.user,  # type: ignore[arg-type]
                sender=source.sender,
                partner=values["partner"],
                offer=values["offer"],
                case=source.case,
                contact=source.contact,
                follow_up=source.follow_up,
                given_how=values["given_how"],
                language=values["language"],
                needs_interpreter=values["needs_interpreter"],
                passed=form.passed(),
                channel=values["channel"],
                now=timezone.now(),
            )
        except Refused as refusal:
            form.add_error(None, refusal.message)
        else:
            _announce(request, referral, form.passed())
            return HttpResponseRedirect(reverse("staff:referral_detail", args=[referral.pk]))
    context = {"form": form, "source": source}
    return render(request, "referrals/new.html", context, status=400 if data is not None else 200)


def _announce(request: HttpRequest, referral: Referral, passed: services.Passed) -> None:
    if referral.channel == Referral.Channel.INBOX:
        messages.success(request, _("The referral is in %(partner)s's inbox.") % {"partner": referral.partner})
    elif referral.channel == Referral.Channel.EMAIL and letters.send_by_email(referral, passed):
        messages.success(request, _("The referral was sent to %(email)s.") % {"email": referral.partner.email})
    else:
        messages.warning(request, _("%(partner)s is not on nahbar: print the letter.") % {"partner": referral.partner})


@staff_member_required
@second_factor_required
def referral_detail(request: HttpRequest, referral_id: int) -> HttpResponse:
    scope = scope_of(request)
    referral = selectors.referral_for(scope, referral_id)
    context = reading.read(actor=request.user, scope=scope, referral=referral)  # type: ignore[arg-type]
    return render(request, "referrals/detail.html", {**context, "today": timezone.localdate()})


@staff_member_required
@second_factor_required
def referral_letter(request: HttpRequest, referral_id: int) -> HttpResponse:
    scope = scope_of(request)
    referral = selectors.referral_for(scope, referral_id)
    if not scope.can_counsel(organisation_id=referral.sender_id):
        raise PermissionDenied
    context = reading.read(actor=request.user, scope=scope, referral=referral)  # type: ignore[arg-type]
    passed = context["passed"]
    if passed is None:
        raise Http404
    return render(request, "referrals/letter.html", {**context, "parts": letters.parts(referral, passed)})


@staff_member_required
def referral_figures(request: HttpRequest) -> HttpResponse:
    """Counts and days only, so every staff member may see their network's figures without a second factor."""
    this_year = timezone.localdate().year
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else this_year
    rows = figures.by_partner(scope_of(request), year=year)
    context = {"rows": rows, "year": year, "years": range(this_year, this_year - 5, -1)}
    return render(request, "referrals/figures.html", context)
