"""Consultation hours in the staff area: who may see and change what, booking for someone, attendance."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from core.models import AuditEntry
from counselling.models import Appointment, ConsultationHours
from counselling.services import Booker, book
from counselling.urls_staff import urlpatterns
from tests.counselling.support import NOW, TUESDAY_10, signed_in

pytestmark = pytest.mark.django_db

MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
ROLES = ["anonymous", "no_role", "editor", "manager", "other_editor", "counsellor", "other_counsellor", "coordinator"]


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)


@pytest.fixture
def booked(hours) -> Appointment:
    appointment, _token = book(hours=hours, starts_at=TUESDAY_10, booker=Booker(name="Samira", language="fa"), now=NOW)
    return appointment


def german(message: str) -> str:
    """A message as the staff pages show it: in German, HTML-escaped."""
    with translation.override("de"):
        return escape(gettext(message))


def client_for(staff, role: str) -> Client:
    return Client() if role == "anonymous" else signed_in(staff[role])


def hours_form(world, **changes):
    return {
        "organisation": world.office.pk,
        "title": "Sprechstunde am Donnerstag",
        "kind": "office",
        "location": world.office_place.pk,
        "slot_minutes": "20",
        "languages": ["ar", "uk"],
        "bookable": "on",
        "is_published": "on",
        "valid_from": "2026-11-01",
        "when-weekday": "TH",
        "when-repeat": "weekly",
        "when-opens_at": "14:00",
        "when-closes_at": "16:00",
        **changes,
    }


# Every URL × every role. The office's hours: the office's counsellor works with people; its editor and the
# town's coordinator keep the hours but see no names; the agency's staff cannot reach them at all.
KEEP = {
    "counsellor": 200,
    "other_editor": 200,
    "coordinator": 200,
    "editor": 404,
    "manager": 404,
    "other_counsellor": 404,
    "no_role": 403,
    "anonymous": 302,
}
COUNSEL = {
    "counsellor": 302,
    "other_editor": 403,
    "coordinator": 403,
    "editor": 404,
    "manager": 404,
    "other_counsellor": 404,
    "no_role": 403,
    "anonymous": 302,
}
TABLE = {
    "hours_list": (
        "get",
        lambda w, h, a: reverse("staff:hours_list"),
        {**KEEP, "editor": 200, "manager": 200, "other_counsellor": 200},
    ),
    "hours_create": (
        "get",
        lambda w, h, a: reverse("staff:hours_create"),
        {**KEEP, "editor": 200, "manager": 200, "other_counsellor": 200},
    ),
    "hours_edit": ("get", lambda w, h, a: reverse("staff:hours_edit", args=[h.pk]), KEEP),
    "hours_week": ("get", lambda w, h, a: reverse("staff:hours_week", args=[h.pk]), KEEP),
    "appointment_book_for": ("post", lambda w, h, a: reverse("staff:appointment_book_for", args=[h.pk]), COUNSEL),
    "appointment_cancel": (
        "post",
        lambda w, h, a: reverse("staff:appointment_cancel", args=[a.pk]),
        {**COUNSEL, "coordinator": 404},
    ),
    "appointment_attendance": (
        "post",
        lambda w, h, a: reverse("staff:appointment_attendance", args=[a.pk]),
        {**COUNSEL, "coordinator": 404},
    ),
}


def test_the_table_covers_every_url():
    assert set(TABLE) == {pattern.name for pattern in urlpatterns}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(TABLE))
def test_access_of_every_role_to_every_url(world, staff, hours, booked, name, role):
    method, url, expected = TABLE[name]
    client = client_for(staff, role)
    data = {"starts_at": (TUESDAY_10 + dt.timedelta(minutes=30)).isoformat(), "name": "Omid", "language": "ar"}
    response = (
        client.get(url(world, hours, booked)) if method == "get" else client.post(url(world, hours, booked), data)
    )
    assert response.status_code == expected[role], (name, role)
    if role == "anonymous":
        assert response["Location"].startswith(reverse("staff:login"))


def test_names_are_shown_only_to_the_organisations_counsellors(world, staff, hours, booked):
    week = reverse("staff:hours_week", args=[hours.pk]) + "?week=2026-11-23"
    assert "Samira" in client_for(staff, "counsellor").get(week).content.decode()
    for role in ("other_editor", "coordinator"):
        page = client_for(staff, role).get(week).content.decode()
        assert "Samira" not in page
        assert german("booked") in page


def test_a_counsellor_books_for_someone_at_the_desk(world, staff, hours):
    client = client_for(staff, "counsellor")
    start = TUESDAY_10 + dt.timedelta(minutes=30)
    response = client.post(
        reverse("staff:appointment_book_for", args=[hours.pk]),
        {"starts_at": start.isoformat(), "name": "Omid", "language": "ps", "needs_interpreter": "on"},
    )
    assert response.status_code == 302
    appointment = Appointment.objects.get()
    assert (appointment.name, appointment.language, appointment.needs_interpreter) == ("Omid", "ps", True)
    assert appointment.booked_by == staff["counsellor"]
    page = client.get(response["Location"]).content.decode()
    assert "Omid" in page
    assert "پښتو" in page


def test_booking_a_taken_time_for_someone_says_so(world, staff, hours, booked):
    client = client_for(staff, "counsellor")
    response = client.post(
        reverse("staff:appointment_book_for", args=[hours.pk]),
        {"starts_at": TUESDAY_10.isoformat(), "name": "Omid", "language": "de"},
        follow=True,
    )
    assert german("Someone has just booked this time. Please choose another one.") in response.content.decode()
    assert Appointment.objects.count() == 1


def test_cancel_and_attendance(world, staff, hours, booked, monkeypatch):
    client = client_for(staff, "counsellor")
    client.post(reverse("staff:appointment_cancel", args=[booked.pk]))
    assert Appointment.objects.get().status == Appointment.Status.CANCELLED

    again, _token = book(hours=hours, starts_at=TUESDAY_10, booker=Booker(name="Lina", language="ar"), now=NOW)
    monkeypatch.setattr("django.utils.timezone.now", lambda: TUESDAY_10 + dt.timedelta(hours=1))
    client.post(reverse("staff:appointment_attendance", args=[again.pk]), {"came": "yes"})
    assert Appointment.objects.get(pk=again.pk).status == Appointment.Status.ATTENDED
    assert AuditEntry.objects.filter(action="appointment.attendance", object_id=str(again.pk)).exists()


def test_new_hours_are_saved_with_their_day_and_times(world, staff):
    client = client_for(staff, "counsellor")
    response = client.post(reverse("staff:hours_create"), hours_form(world))
    assert response.status_code == 302
    hours = ConsultationHours.objects.get()
    assert (hours.byday, hours.freq, hours.opens_at, hours.slot_minutes) == ("TH", "WEEKLY", dt.time(14), 20)
    assert (hours.region, hours.languages) == (world.region, ["ar", "uk"])
    assert AuditEntry.objects.filter(action="hours.created", object_id=str(hours.pk)).exists()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"location": ""}, "location", "Choose the place where the hours are held, or choose another kind."),
        ({"when-closes_at": "13:00"}, None, "The closing time must be after the opening time."),
        ({"when-weekday": ""}, None, "Choose the day of the hours."),
        ({"valid_until": "2026-10-01"}, "valid_until", "The end must not be before the start."),
        ({"organisation": "999999"}, "organisation", None),
    ],
)
def test_bad_hours_are_explained_in_german_and_nothing_is_saved(world, staff, changes, field, message):
    client = client_for(staff, "counsellor")
    response = client.post(reverse("staff:hours_create"), hours_form(world, **changes))
    assert response.status_code == 400
    if message:
        assert german(message) in response.content.decode()
    assert not ConsultationHours.objects.exists()


def test_hours_of_another_organisation_cannot_be_chosen(world, staff):
    client = client_for(staff, "counsellor")  # counsellor at the office only
    response = client.post(reverse("staff:hours_create"), hours_form(world, organisation=world.agency.pk))
    assert response.status_code == 400
    assert not ConsultationHours.objects.exists()
