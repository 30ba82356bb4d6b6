"""Newcomers book a consultation slot without an account, see it behind their link and cancel it."""

import datetime as dt
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from core.models import AuditEntry
from counselling import tasks
from counselling.models import Appointment, ConsultationHours
from tests.counselling.support import NOW, TUESDAY_10, book, slot_path

pytestmark = pytest.mark.django_db

LIST = "/fa/testort/appointments/"


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.now", lambda: NOW)


def in_farsi(message: str, **values) -> str:
    with translation.override("fa"):
        text = gettext(message)
    return escape(text % values if values else text)


def test_the_list_offers_free_times_with_languages_and_topics(client, hours):
    page = client.get(LIST)
    html = page.content.decode()

    assert page.status_code == 200
    assert "Sprechstunde lokal willkommen" in html
    assert 'lang="fa">فارسی<' in html
    assert slot_path(hours, TUESDAY_10) in html
    assert slot_path(hours, TUESDAY_10 + dt.timedelta(minutes=90)) in html
    # 12:00 is closing time, not a slot.
    assert slot_path(hours, TUESDAY_10 + dt.timedelta(hours=2)) not in html


def test_the_list_runs_the_same_queries_for_one_or_many_hours(client, hours, world):
    with CaptureQueriesContext(connection) as one:
        client.get(LIST)
    for number in range(5):
        copy = ConsultationHours.objects.get(pk=hours.pk)
        copy.pk = None
        copy.title = f"Sprechstunde {number}"
        copy.save()
        copy.topics.set(hours.topics.all())
        Appointment.objects.create(
            hours=copy,
            starts_at=TUESDAY_10,
            ends_at=TUESDAY_10 + dt.timedelta(minutes=30),
            name="x",
            language="de",
            token_hash=f"{number:064d}",
        )
    with CaptureQueriesContext(connection) as many:
        client.get(LIST)
    assert len(many.captured_queries) == len(one.captured_queries)


def test_booking_in_farsi_gives_a_personal_link_that_shows_and_cancels_it(
    client, hours, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = book(client, hours, email="samira@example.org", wants_reminder="on")

    assert response.status_code == 302
    link = response["Location"]
    assert re.fullmatch(r"/fa/testort/appointments/mine/[\w-]+/\?new=1", link)
    appointment = Appointment.objects.get()
    assert (appointment.name, appointment.language, appointment.starts_at) == ("Samira", "fa", TUESDAY_10)
    assert appointment.token_hash not in link  # only the hash is kept
    assert AuditEntry.objects.filter(action="appointment.booked", object_id=str(appointment.pk)).exists()
    # The confirmation goes out in Farsi with the link.
    assert len(mail.outbox) == 1
    assert link.split("?")[0] in mail.outbox[0].body
    with translation.override("fa"):
        assert gettext("See or cancel your appointment:") in mail.outbox[0].body

    page = client.get(link)
    assert in_farsi("Your appointment is booked.") in page.content.decode()
    assert slot_path(hours, TUESDAY_10) not in client.get(LIST).content.decode()

    cancelled = client.post(link.split("?")[0])
    assert cancelled.status_code == 302
    assert Appointment.objects.get().status == Appointment.Status.CANCELLED
    assert slot_path(hours, TUESDAY_10) in client.get(LIST).content.decode()


def test_a_taken_slot_is_refused_with_a_clear_message_and_nothing_written(client, hours):
    assert book(client, hours).status_code == 302

    second = book(Client(), hours, name="Omid")

    assert second.status_code == 409
    assert in_farsi("Someone has just booked this time. Please choose another one.") in second.content.decode()
    assert Appointment.objects.count() == 1


@pytest.mark.parametrize(
    "start",
    [
        TUESDAY_10 + dt.timedelta(minutes=15),  # not the start of a slot
        TUESDAY_10 + dt.timedelta(days=1),  # a Wednesday
    ],
)
def test_times_the_hours_do_not_have_are_not_found(client, hours, start):
    assert client.get(slot_path(hours, start)).status_code == 404


def test_past_and_too_distant_slots_cannot_be_booked(client, hours, settings):
    settings.NAHBAR_APPOINTMENT_DAYS_AHEAD = 7
    past = book(client, hours, start=TUESDAY_10 - dt.timedelta(days=7))
    distant = book(client, hours, start=TUESDAY_10 + dt.timedelta(days=14))
    for response in (past, distant):
        assert response.status_code == 409
        assert (
            in_farsi("This time cannot be booked. Please choose one of the times shown.") in response.content.decode()
        )
    assert not Appointment.objects.exists()


def test_missing_name_is_explained_in_the_language_of_the_page(client, hours):
    response = book(client, hours, name=" ")
    assert response.status_code == 200
    assert in_farsi("Please enter a name or nickname.") in response.content.decode()
    assert not Appointment.objects.exists()


def test_a_reminder_needs_a_way_to_reach_the_person(client, hours):
    response = book(client, hours, wants_reminder="on")
    assert in_farsi("For a reminder, enter an e-mail address.") in response.content.decode()
    assert not Appointment.objects.exists()


def test_another_language_with_an_interpreter(client, hours):
    assert book(client, hours, language="interpreter").status_code == 302
    appointment = Appointment.objects.get()
    assert (appointment.language, appointment.needs_interpreter) == ("fa", True)


def test_hours_without_the_language_or_an_interpreter_are_left_out_of_the_filter(client, hours):
    hours.interpreter_on_request = False
    hours.save()
    assert "Sprechstunde lokal willkommen" in client.get(LIST, {"language": "ar"}).content.decode()
    assert "Sprechstunde lokal willkommen" not in client.get(LIST, {"language": "uk"}).content.decode()


def test_unpublished_or_not_bookable_hours_cannot_be_booked(client, hours):
    hours.bookable = False
    hours.save()
    assert client.get(slot_path(hours, TUESDAY_10)).status_code == 404
    hours.bookable, hours.is_published = True, False
    hours.save()
    assert client.get(slot_path(hours, TUESDAY_10)).status_code == 404
    assert "Sprechstunde lokal willkommen" not in client.get(LIST).content.decode()


def test_another_towns_link_shows_nothing(client, hours, world):
    book(client, hours)
    token_path = client.get(LIST)  # any request; the link is known only to the person
    assert token_path.status_code == 200
    assert client.get("/fa/anderswo/appointments/mine/abc/").status_code == 404


def test_reminders_go_out_once_the_day_before(client, hours, monkeypatch):
    book(client, hours, email="samira@example.org", wants_reminder="on")
    mail.outbox.clear()
    monkeypatch.setattr("django.utils.timezone.now", lambda: TUESDAY_10 - dt.timedelta(hours=20))

    assert tasks.send_due_reminders() == 1
    assert tasks.send_due_reminders() == 0
    assert len(mail.outbox) == 1
    please_cancel = (
        "If you cannot come, please cancel with the link in your confirmation, so someone else can have the time."
    )
    with translation.override("fa"):
        assert gettext(please_cancel) in mail.outbox[0].body


def test_names_and_contacts_are_deleted_after_the_retention_period_and_counts_stay(
    client, hours, monkeypatch, settings
):
    settings.NAHBAR_APPOINTMENT_RETENTION_DAYS = 30
    book(client, hours, email="samira@example.org")
    monkeypatch.setattr("django.utils.timezone.now", lambda: TUESDAY_10 + dt.timedelta(days=29))
    assert tasks.delete_expired_appointments() == 0
    monkeypatch.setattr("django.utils.timezone.now", lambda: TUESDAY_10 + dt.timedelta(days=31))

    assert tasks.delete_expired_appointments() == 1

    kept = Appointment.objects.get()
    assert (kept.name, kept.email, kept.phone) == ("", "", "")
    assert (kept.starts_at, kept.language, kept.status) == (TUESDAY_10, "fa", Appointment.Status.BOOKED)


def test_too_many_bookings_from_one_address_are_stopped(client, hours, settings):
    settings.NAHBAR_PUBLIC_FORM_RATE = "2/m"
    for minutes in (0, 30):
        book(client, hours, start=TUESDAY_10 + dt.timedelta(minutes=minutes))
    response = book(client, hours, start=TUESDAY_10 + dt.timedelta(minutes=60))
    assert response.status_code == 429
    assert Appointment.objects.count() == 2


def test_booking_needs_the_csrf_token(hours):
    client = Client(enforce_csrf_checks=True)
    assert book(client, hours).status_code == 403
    assert not Appointment.objects.exists()
