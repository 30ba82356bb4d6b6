"""Messages to people who signed up: by e-mail if they gave one, else by SMS, always in their language."""

import logging
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core import sms_gateway
from events.display import event_text
from events.models import SignUp

logger = logging.getLogger(__name__)

KINDS = ("confirmation", "moved_up", "reminder", "date_cancelled", "date_moved")


class DeliveryError(Exception):
    """The message could not be handed over (mail server or SMS gateway failed); worth trying again later."""


def personal_link(signup: SignUp, token: str) -> str:
    # Reversed in their language, so the link opens their page in the language they signed up in.
    with translation.override(signup.language):
        path = reverse("signup_personal", kwargs={"region_slug": signup.occurrence.region.slug, "token": token})
    return settings.NAHBAR_BASE_URL + path


def _context(signup: SignUp, token: str | None) -> dict[str, object]:
    event = signup.occurrence.event
    return {
        "signup": signup,
        "title": event_text(event, signup.language).fields["title"],
        "starts_at": signup.occurrence.starts_at,
        "place": event.location,
        "meeting_point": event.meeting_point,
        "organiser": event.organiser,
        "note": signup.occurrence.note,
        "link": personal_link(signup, token) if token else "",
    }


def _render(kind: str, part: str, context: dict[str, object]) -> str:
    return render_to_string(f"events/messages/{kind}_{part}.txt", context).strip()


def channel_of(signup: SignUp) -> str | None:
    if signup.email:
        return "email"
    if signup.phone and sms_gateway.is_configured():
        return "sms"
    return None


def send(signup: SignUp, kind: str, *, token: str | None = None) -> str | None:
    """Send one message; returns the channel used ("email", "sms") or None when there is no way to reach them."""
    assert kind in KINDS
    channel = channel_of(signup)
    if channel is None:
        return None
    event = signup.occurrence.event
    with translation.override(signup.language), timezone.override(ZoneInfo(event.region.timezone)):
        context = _context(signup, token)
        try:
            if channel == "email":
                subject = " ".join(_render(kind, "subject", context).split())
                send_mail(subject, _render(kind, "email", context), None, [signup.email])
            else:
                sms_gateway.send(to=signup.phone, text=_render(kind, "sms", context))
        except (sms_gateway.SmsError, OSError) as error:
            # No personal data in the log: the sign-up's id is enough to look it up while it exists.
            logger.warning("Could not send %s message for sign-up %s by %s: %s", kind, signup.pk, channel, error)
            raise DeliveryError(str(error)) from error
    return channel
