"""Public sign-up for one date, and the person's own page behind their personal link. No account needed."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core import sms_gateway
from core.rate_limit import limit_public_posts
from directory.selectors import region_by_slug
from events import display
from events import selectors_signup as selectors
from events.forms_signup import SignUpForm
from events.models import Occurrence, SignUp
from events.signups import SignUpRefused, cancel_signup, closed_reason, sign_up


def _page(occurrence: Occurrence) -> dict[str, object]:
    event = occurrence.event
    return {
        "region": event.region,
        "event": event,
        "occurrence": occurrence,
        "text": display.event_text(event, translation.get_language()),
        "retention_days": settings.NAHBAR_SIGNUP_RETENTION_DAYS,
    }


@require_http_methods(["GET", "POST"])
@limit_public_posts("signup")
def signup_form(request: HttpRequest, region_slug: str, id_or_slug: str, occurrence_id: int) -> HttpResponse:
    occurrence = selectors.public_occurrence(region_by_slug(region_slug), id_or_slug, occurrence_id)
    event = occurrence.event
    closed = closed_reason(occurrence, now=timezone.now(), public=True)
    if closed is None and occurrence.places_left == 0 and not event.waiting_list:
        closed = str(translation.gettext("Sorry, this date is fully booked."))
    form = SignUpForm(request.POST or None, max_party_size=event.max_party_size, sms=sms_gateway.is_configured())
    if request.method == "POST" and closed is None and form.is_valid():
        try:
            _signup, token = sign_up(
                occurrence_id=occurrence.pk, person=form.person(), language=translation.get_language()
            )
        except SignUpRefused as refusal:
            form.add_error(None, refusal.message)
        else:
            personal = reverse("signup_personal", kwargs={"region_slug": region_slug, "token": token})
            return HttpResponseRedirect(personal + "?new=1")
    context = {**_page(occurrence), "form": form, "closed": closed}
    return render(
        request, "events/signup_form.html", context, status=409 if closed and request.method == "POST" else 200
    )


@never_cache
@require_http_methods(["GET", "POST"])
def signup_personal(request: HttpRequest, region_slug: str, token: str) -> HttpResponse:
    signup = selectors.signup_by_token(region_by_slug(region_slug), token)
    refusal = None
    if request.method == "POST":
        try:
            cancel_signup(signup_id=signup.pk)
        except SignUpRefused as error:
            refusal = error.message
        else:
            return HttpResponseRedirect(request.path + "?cancelled=1")
    occurrence = signup.occurrence
    context = {
        **_page(occurrence),
        "signup": signup,
        "position": selectors.waiting_position(signup),
        "link": request.build_absolute_uri(request.path),
        "is_new": "new" in request.GET,
        "just_cancelled": "cancelled" in request.GET and signup.status == SignUp.Status.CANCELLED,
        "can_cancel": signup.status != SignUp.Status.CANCELLED and occurrence.starts_at > timezone.now(),
        "refusal": refusal,
    }
    return render(request, "events/signup_personal.html", context, status=409 if refusal else 200)
