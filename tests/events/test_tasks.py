"""Background jobs run directly: reminders once, personal data deleted after the retention period, dates extended."""

import datetime as dt

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from core.models import AuditEntry
from events import tasks
from events.models import Event, Occurrence, SignUp
from events.signups import Person, sign_up
from tests.events.conftest import make_event, next_weekday
from tests.events.signup_support import FakeSmsGateway, date_of, personal_url


@pytest.fixture
def gateway(settings):
    fake = FakeSmsGateway()
    settings.NAHBAR_SMS_GATEWAY_URL = fake.url
    settings.NAHBAR_SMS_GATEWAY_TOKEN = "token"
    yield fake
    fake.close()


def _move(occurrence: Occurrence, starts_at: dt.datetime) -> None:
    Occurrence.objects.filter(pk=occurrence.pk).update(starts_at=starts_at, ends_at=starts_at + dt.timedelta(hours=2))


def _person(name: str, **values) -> Person:
    return Person(name=name, **values)


@pytest.fixture
def soon(events, settings):
    """The trip, starting in 5 hours, with people who want a reminder and some who don't."""
    settings.NAHBAR_REMINDER_HOURS_BEFORE = 24
    occurrence = date_of(events.trip)
    add = lambda person, language="de": sign_up(  # noqa: E731
        occurrence_id=occurrence.pk, person=person, language=language
    )[0]
    people = {
        "mail": add(_person("Amal", email="amal@example.org", wants_reminder=True), "ar"),
        "sms": add(_person("Bashir", phone="+491512345678", wants_reminder=True), "fa"),
        "no_reminder": add(_person("Chiara", email="chiara@example.org")),
        "no_contact": add(_person("Dana", wants_reminder=True)),
        "waiting": add(_person("Emre", party_size=2, email="emre@example.org", wants_reminder=True)),
    }
    _move(occurrence, timezone.now() + dt.timedelta(hours=5))
    mail.outbox.clear()
    return people


def test_reminders_go_once_to_confirmed_people_who_asked_in_their_language(soon, gateway):
    assert soon["waiting"].status == "waiting"
    assert soon["no_contact"].wants_reminder is False  # a reminder needs a way to reach them
    assert tasks.send_due_reminders() == 2
    assert [message.to for message in mail.outbox] == [["amal@example.org"]]
    assert "رحلة إلى البحر" in mail.outbox[0].subject
    [(number, text)] = gateway.texts
    assert number == "+491512345678"
    assert "سفر به دریا" in text
    assert set(SignUp.objects.exclude(reminded_at=None).values_list("name", flat=True)) == {"Amal", "Bashir"}
    # Running again (or on a second worker) sends nothing twice.
    assert tasks.send_due_reminders() == 0
    assert len(mail.outbox) == 1
    assert len(gateway.received) == 1


def test_dates_further_away_or_cancelled_get_no_reminder_yet(soon, gateway, settings):
    occurrence = soon["mail"].occurrence
    _move(occurrence, timezone.now() + dt.timedelta(hours=30))
    assert tasks.send_due_reminders() == 0
    _move(occurrence, timezone.now() + dt.timedelta(hours=20))
    Occurrence.objects.filter(pk=occurrence.pk).update(is_cancelled=True)
    assert tasks.send_due_reminders() == 0
    assert not mail.outbox
    assert not gateway.received


def test_a_failed_sms_is_tried_again_on_the_next_run(soon, gateway):
    gateway.status = 503
    assert tasks.send_due_reminders() == 1  # the e-mail went
    assert SignUp.objects.get(name="Bashir").reminded_at is None
    gateway.status = 202
    assert tasks.send_due_reminders() == 1
    assert SignUp.objects.get(name="Bashir").reminded_at is not None


def test_moved_up_notices_go_by_sms_when_no_e_mail_was_given(events, gateway):
    occurrence = date_of(events.trip)
    first = sign_up(occurrence_id=occurrence.pk, person=_person("A", party_size=4), language="de")[0]
    waiting = sign_up(occurrence_id=occurrence.pk, person=_person("B", phone="+4917011111"), language="uk")[0]
    SignUp.objects.filter(pk=waiting.pk).update(status="confirmed")
    SignUp.objects.filter(pk=first.pk).update(status="cancelled")
    assert tasks.send_moved_up_notices([waiting.pk, first.pk]) == 1
    [(number, _text)] = gateway.texts
    assert number == "+4917011111"


def test_personal_data_is_deleted_after_the_retention_period_and_the_counts_stay(events, world, settings):
    settings.NAHBAR_SIGNUP_RETENTION_DAYS = 14
    old, recent = date_of(events.trip), date_of(events.cafe)
    Event.objects.filter(pk=events.cafe.pk).update(signup_enabled=True)
    client = Client()
    tokens = []
    for occurrence in (old, recent):
        for name in ("Amal", "Bashir"):
            tokens.append(
                sign_up(occurrence_id=occurrence.pk, person=_person(name, email="x@example.org"), language="fa")[1]
            )
    _move(old, timezone.now() - dt.timedelta(days=15))
    _move(recent, timezone.now() - dt.timedelta(days=13))

    assert tasks.delete_expired_signups() == 2
    old.refresh_from_db()
    recent.refresh_from_db()
    assert not SignUp.objects.filter(occurrence=old).exists()
    assert old.places_taken == 2  # the count stays for the reports
    assert old.personal_data_deleted_at is not None
    assert SignUp.objects.filter(occurrence=recent).count() == 2
    assert recent.personal_data_deleted_at is None
    entry = AuditEntry.objects.get(action="event.signups_deleted")
    assert entry.object_id == str(old.pk)
    assert client.get(personal_url(old, tokens[0])).status_code == 404
    assert client.get(personal_url(recent, tokens[2])).status_code == 200
    # Nothing left to delete on the next run.
    assert tasks.delete_expired_signups() == 0


def test_recurring_events_get_dates_up_to_the_horizon_as_time_moves_on(world, events, monkeypatch, settings):
    settings.NAHBAR_EVENT_HORIZON_DAYS = 60
    draft = make_event(
        world.office,
        title="Spielenachmittag",
        starts_at=next_weekday(2, 15),
        recurrence="FREQ=WEEKLY;BYDAY=WE",
        status=Event.Status.DRAFT,
    )
    Occurrence.objects.filter(event=events.cafe).delete()
    later = timezone.now() + dt.timedelta(days=28)
    monkeypatch.setattr(timezone, "now", lambda: later)
    draft_dates = draft.occurrences.count()

    assert tasks.extend_recurring_events() == 1  # published recurring events only: the café
    last = events.cafe.occurrences.order_by("starts_at").last()
    assert last.starts_at > later + dt.timedelta(days=50)
    assert last.starts_at <= later + dt.timedelta(days=60)
    assert draft.occurrences.count() == draft_dates
    count = events.cafe.occurrences.count()
    tasks.extend_recurring_events()
    assert events.cafe.occurrences.count() == count


def test_the_jobs_run_from_the_command_line_without_a_worker(soon, gateway):
    from io import StringIO

    from django.core.management import CommandError, call_command

    out = StringIO()
    call_command("run_event_jobs", "reminders", "retention", stdout=out)
    assert out.getvalue().splitlines() == ["reminders: 2", "retention: 0"]
    with pytest.raises(CommandError, match="Unknown job"):
        call_command("run_event_jobs", "everything")
