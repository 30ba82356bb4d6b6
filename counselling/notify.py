"""Messages to people who booked an appointment: the confirmation with their personal link, and the reminder."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core import delivery
from counselling.models import Appointment

KINDS = ("confirmation", "reminder")


def personal_link(appointment: Appointment, token: str) -> str:
    with translation.override(appointment.language):
        path = reverse("appointment_personal", kwargs={"region_slug": appointment.hours.region.slug, "token": token})
    return settings.NAHBAR_BASE_URL + path


def send(appointment: Appointment, kind: str, *, token: str | None = None) -> str | None:
    assert kind in KINDS
    hours = appointment.hours

    def context() -> dict[str, object]:
        return {
            "appointment": appointment,
            "hours": hours,
            "place": hours.location,
            "organisation": hours.organisation,
            "link": personal_link(appointment, token) if token else "",
        }

    return delivery.deliver(
        template=f"counselling/messages/{kind}",
        email=appointment.email,
        phone=appointment.phone,
        # Messages are written in the UI languages; for a rarer conversation language they come in German.
        language=appointment.language if appointment.language in dict(settings.LANGUAGES) else "de",
        zone=ZoneInfo(hours.region.timezone),
        context=context,
        reference=f"appointment {appointment.pk}",
    )
