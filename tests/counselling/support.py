"""Helpers for appointment tests: a fixed 'now', the next Tuesday's slots, and booking as a newcomer does."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from counselling.models import ConsultationHours
from directory.models import Topic

BERLIN = ZoneInfo("Europe/Berlin")
# A Monday: the hours' next Tuesday is tomorrow.
NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=BERLIN)
TUESDAY_10 = dt.datetime(2026, 11, 24, 10, 0, tzinfo=BERLIN)


def slot_path(hours, start: dt.datetime, language: str = "fa") -> str:
    return f"/{language}/{hours.region.slug}/appointments/{hours.pk}/{start.astimezone(BERLIN):%Y%m%dT%H%M}/"


def book(client: Client, hours, start: dt.datetime = TUESDAY_10, page_language: str = "fa", **fields: str):
    data = {"name": "Samira", "language": "fa", **fields}
    return client.post(slot_path(hours, start, page_language), data)


def make_hours(world) -> ConsultationHours:
    """The office's hours on Tuesdays 10–12, in Arabic, English and Farsi besides German, interpreter possible."""
    found = ConsultationHours.objects.create(
        region=world.region,
        organisation=world.office,
        location=world.office_place,
        title="Sprechstunde lokal willkommen",
        byday="TU",
        opens_at=dt.time(10),
        closes_at=dt.time(12),
        slot_minutes=30,
        languages=["ar", "en", "fa"],
        interpreter_on_request=True,
        valid_from=dt.date(2026, 1, 1),
        is_published=True,
    )
    found.topics.set(Topic.objects.filter(slug__in=["counselling", "asylum-residence"]))
    return found


def signed_in(user, *, second_factor: bool = True) -> Client:
    """A staff member's browser after signing in, and (by default) after confirming the second factor."""
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    if second_factor:
        device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client
