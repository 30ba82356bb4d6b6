"""Messages to people who signed up: by e-mail if they gave one, else by SMS, always in their language."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core import delivery
from events.display import event_text
from events.models import SignUp

# Jobs catch this to try again later.
DeliveryError = delivery.DeliveryError

KINDS = ("confirmation", "moved_up", "reminder", "date_cancelled", "date_moved")


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


def send(signup: SignUp, kind: str, *, token: str | None = None) -> str | None:
    """Send one message; returns the channel used ("email", "sms") or None when there is no way to reach them."""
    assert kind in KINDS
    return delivery.deliver(
        template=f"events/messages/{kind}",
        email=signup.email,
        phone=signup.phone,
        language=signup.language,
        zone=ZoneInfo(signup.occurrence.event.region.timezone),
        context=lambda: _context(signup, token),
        reference=f"sign-up {signup.pk}",
    )
