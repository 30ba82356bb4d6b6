"""A newcomer signs up for a date without an account: places, the waiting list, the personal link, cancelling."""

import datetime as dt
import hashlib

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import timezone, translation

from events import services
from events.models import Event, Occurrence, SignUp
from events.signups import Person, cancel_signup, sign_up
from tests.events.conftest import make_event, next_weekday
from tests.events.signup_support import date_of, form_url, personal_url, post_signup, statuses, token_from


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def trip_date(events) -> Occurrence:
    return date_of(events.trip)


def test_the_form_speaks_the_readers_language_and_says_what_is_kept(client, trip_date, settings):
    settings.NAHBAR_SIGNUP_RETENTION_DAYS = 14
    response = client.get(form_url(trip_date, "fa"))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'dir="rtl"' in page
    assert "سفر به دریا" in page
    assert "14" in page
    assert 'name="csrfmiddlewaretoken"' in page
    # No SMS gateway configured: no phone number is asked for.
    assert 'name="phone"' not in page
    assert 'name="email"' in page


def test_signing_up_gives_a_place_and_a_personal_link_whose_secret_is_not_stored(client, trip_date):
    response = post_signup(client, trip_date, name="  Familie   Haidari ", party_size=3)
    token = token_from(response)
    signup = SignUp.objects.get()
    assert signup.status == SignUp.Status.CONFIRMED
    assert signup.name == "Familie Haidari"
    assert signup.language == "fa"
    assert signup.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in str(SignUp.objects.values().get())
    trip_date.refresh_from_db()
    assert (trip_date.places_taken, trip_date.places_waiting) == (3, 0)

    page = client.get(response["Location"]).content.decode()
    assert f"/fa/testort/signups/{token}/" in page  # shown prominently to keep
    assert 'id="personal-link"' in page
    assert "Familie Haidari" in page
    # Later visits show the status but not the "keep this link" box.
    assert 'id="personal-link"' not in client.get(personal_url(trip_date, token)).content.decode()


def test_when_the_date_is_full_the_next_person_goes_on_the_waiting_list(client, trip_date):
    token_from(post_signup(client, trip_date, name="Familie A", party_size=3))
    token_from(post_signup(client, trip_date, name="Bashir", party_size=1))
    form = client.get(form_url(trip_date)).content.decode()
    assert 'name="name"' in form  # the form stays: the waiting list is open
    waiting = token_from(post_signup(client, trip_date, name="Chiara", party_size=2))
    later = token_from(post_signup(client, trip_date, name="Dana", party_size=1))
    trip_date.refresh_from_db()
    assert (trip_date.places_taken, trip_date.places_waiting) == (4, 3)
    assert statuses(trip_date)[2:] == [("Chiara", "waiting", 2), ("Dana", "waiting", 1)]
    assert SignUp.objects.get(name="Dana").status == "waiting"
    assert "2" in client.get(personal_url(trip_date, later)).content.decode()
    assert client.get(personal_url(trip_date, waiting)).status_code == 200


def test_a_full_date_without_waiting_list_refuses_and_writes_nothing(client, world, trip_date):
    Event.objects.filter(pk=trip_date.event_id).update(waiting_list=False)
    token_from(post_signup(client, trip_date, name="Familie A", party_size=4))
    get = client.get(form_url(trip_date, "en"))
    assert 'name="name"' not in get.content.decode()
    assert "fully booked" in get.content.decode()
    response = post_signup(client, trip_date, "en", name="Bashir")
    assert response.status_code == 409
    assert SignUp.objects.count() == 1


def test_a_party_bigger_than_the_places_left_is_told_how_many_are_left(client, trip_date):
    Event.objects.filter(pk=trip_date.event_id).update(waiting_list=False)
    token_from(post_signup(client, trip_date, name="Familie A", party_size=3))
    response = post_signup(client, trip_date, "en", name="Familie B", party_size=2)
    assert response.status_code == 200
    assert "Only 1 places are left. Please sign up fewer people." in response.content.decode()
    assert 'value="Familie B"' in response.content.decode()  # the form kept as typed
    assert SignUp.objects.count() == 1


def test_more_people_than_the_event_allows_per_sign_up_is_refused(client, trip_date):
    response = post_signup(client, trip_date, "en", party_size=5)
    assert response.status_code == 200
    assert "choose how many people" in response.content.decode()
    assert not SignUp.objects.exists()


def test_a_reminder_needs_a_contact(client, trip_date):
    response = post_signup(client, trip_date, "en", name="Amal", wants_reminder="on")
    assert "For a reminder, enter an e-mail address." in response.content.decode()
    assert not SignUp.objects.exists()


@pytest.mark.parametrize("case", ["past", "cancelled", "no_signup", "draft"])
def test_closed_dates_refuse_sign_up(client, world, events, case):
    occurrence = date_of(events.trip)
    if case == "past":
        Occurrence.objects.filter(pk=occurrence.pk).update(
            starts_at=timezone.now() - dt.timedelta(hours=1), ends_at=timezone.now() + dt.timedelta(hours=1)
        )
    elif case == "cancelled":
        Occurrence.objects.filter(pk=occurrence.pk).update(is_cancelled=True)
    elif case == "no_signup":
        occurrence = date_of(events.cafe)
    else:
        Event.objects.filter(pk=occurrence.event_id).update(status=Event.Status.DRAFT)
    response = post_signup(client, occurrence, "en")
    assert response.status_code == (404 if case == "draft" else 409)
    assert not SignUp.objects.exists()
    if case != "draft":
        assert 'name="name"' not in client.get(form_url(occurrence, "en")).content.decode()


def test_cancelling_by_the_personal_link_moves_up_the_waiting_list_and_tells_them(
    client, trip_date, django_capture_on_commit_callbacks
):
    first = token_from(post_signup(client, trip_date, name="Familie A", party_size=3))
    token_from(post_signup(client, trip_date, name="Bashir"))
    with django_capture_on_commit_callbacks(execute=True):
        token_from(post_signup(client, trip_date, "ar", name="Chiara", party_size=2, email="chiara@example.org"))
    waiting = token_from(post_signup(client, trip_date, name="Dana", party_size=1))
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(personal_url(trip_date, first))
    assert response.status_code == 302
    assert "Your sign-up is cancelled" in client.get(response["Location"].replace("/fa/", "/en/", 1)).content.decode()
    trip_date.refresh_from_db()
    # 3 places freed: Chiara (2) and then Dana (1) move up, first come first served.
    assert statuses(trip_date) == [
        ("Familie A", "cancelled", 3),
        ("Bashir", "confirmed", 1),
        ("Chiara", "confirmed", 2),
        ("Dana", "confirmed", 1),
    ]
    assert (trip_date.places_taken, trip_date.places_waiting) == (4, 0)
    assert len(mail.outbox) == 1  # Dana left no contact; her page says it
    assert mail.outbox[0].to == ["chiara@example.org"]
    assert "رحلة إلى البحر" in mail.outbox[0].subject  # in Chiara's language, Arabic
    assert "moved up" in client.get(personal_url(trip_date, waiting, "en")).content.decode()


def test_moving_up_skips_a_family_that_does_not_fit_but_keeps_its_turn(world, events):
    occurrence = date_of(events.trip)
    big = sign_up(occurrence_id=occurrence.pk, person=Person(name="A", party_size=4), language="de")[0]
    family = sign_up(occurrence_id=occurrence.pk, person=Person(name="B", party_size=3), language="de")[0]
    single = sign_up(occurrence_id=occurrence.pk, person=Person(name="C", party_size=1), language="de")[0]
    moved = cancel_signup(signup_id=big.pk)
    assert [signup.name for signup in moved] == ["B", "C"]
    # Now someone of B cancels their place of 3: nothing waiting any more.
    assert cancel_signup(signup_id=family.pk) == []
    occurrence.refresh_from_db()
    assert (occurrence.places_taken, occurrence.places_waiting) == (1, 0)
    assert SignUp.objects.get(pk=single.pk).status == "confirmed"


def test_a_small_party_fits_where_a_big_one_waits(world, events):
    occurrence = date_of(events.trip)
    sign_up(occurrence_id=occurrence.pk, person=Person(name="A", party_size=2), language="de")
    sign_up(occurrence_id=occurrence.pk, person=Person(name="B", party_size=1), language="de")
    family = sign_up(occurrence_id=occurrence.pk, person=Person(name="C", party_size=3), language="de")[0]
    single = sign_up(occurrence_id=occurrence.pk, person=Person(name="D", party_size=1), language="de")[0]
    assert (family.status, single.status) == ("waiting", "confirmed")
    b = SignUp.objects.get(name="B")
    # One place freed: the family of 3 still does not fit.
    assert cancel_signup(signup_id=b.pk) == []
    a = SignUp.objects.get(name="A")
    assert [signup.name for signup in cancel_signup(signup_id=a.pk)] == ["C"]


def test_cancelling_twice_changes_nothing(client, trip_date):
    token = token_from(post_signup(client, trip_date, party_size=2))
    client.post(personal_url(trip_date, token))
    response = client.post(personal_url(trip_date, token))
    assert response.status_code == 302
    trip_date.refresh_from_db()
    assert trip_date.places_taken == 0
    assert 'name="csrfmiddlewaretoken"' not in client.get(personal_url(trip_date, token)).content.decode()


def test_sign_ups_confirmed_one_by_one_never_exceed_the_places(world, events):
    occurrence = date_of(events.trip)
    for number in range(10):
        sign_up(occurrence_id=occurrence.pk, person=Person(name=f"P{number}", party_size=1), language="de")
    occurrence.refresh_from_db()
    assert (occurrence.places_taken, occurrence.places_waiting) == (4, 6)
    assert SignUp.objects.filter(status="confirmed").count() == 4


def test_an_unknown_or_foreign_link_is_not_found(client, world, trip_date):
    token = token_from(post_signup(client, trip_date))
    assert client.get(personal_url(trip_date, "nonsense")).status_code == 404
    assert client.get(f"/fa/{world.other_region.slug}/signups/{token}/").status_code == 404


def test_the_form_is_protected_against_cross_site_posts(trip_date):
    client = Client(enforce_csrf_checks=True)
    response = post_signup(client, trip_date)
    assert response.status_code == 403
    assert not SignUp.objects.exists()


def test_a_flood_of_sign_ups_from_one_address_is_stopped(client, trip_date, settings):
    settings.NAHBAR_PUBLIC_FORM_RATE = "3/h"
    for number in range(3):
        assert post_signup(client, trip_date, name=f"P{number}").status_code == 302
    response = post_signup(client, trip_date, name="P4")
    assert response.status_code == 429
    assert SignUp.objects.count() == 3


def test_phone_numbers_are_asked_for_only_with_an_sms_gateway_and_stored_for_it(client, trip_date, settings):
    settings.NAHBAR_SMS_GATEWAY_URL = "http://127.0.0.1:9/sms"
    assert 'name="phone"' in client.get(form_url(trip_date)).content.decode()
    bad = post_signup(client, trip_date, "en", phone="call me", wants_reminder="on")
    assert "Enter a mobile number" in bad.content.decode()
    token_from(post_signup(client, trip_date, phone="0151 / 234 56-78", wants_reminder="on"))
    signup = SignUp.objects.get()
    assert (signup.phone, signup.wants_reminder) == ("+491512345678", True)


def test_a_confirmation_with_the_personal_link_goes_to_the_given_e_mail(
    client, trip_date, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        token = token_from(post_signup(client, trip_date, email="amal@example.org", wants_reminder="on"))
    assert len(mail.outbox) == 1
    assert token in mail.outbox[0].body
    assert "/fa/testort/signups/" in mail.outbox[0].body
    assert "سفر به دریا" in mail.outbox[0].subject


def test_a_date_of_an_event_without_limit_takes_everyone(client, world):
    event = make_event(world.agency, title="Sommerfest", starts_at=next_weekday(3, 15), signup_enabled=True)
    occurrence = date_of(event)
    for number in range(5):
        token_from(post_signup(client, occurrence, name=f"P{number}", party_size=1))
    occurrence.refresh_from_db()
    assert occurrence.places_taken == 5


def test_a_broken_mail_server_does_not_break_the_sign_up(
    client, trip_date, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    with django_capture_on_commit_callbacks(execute=True):
        token = token_from(post_signup(client, trip_date, email="amal@example.org"))
    assert client.get(personal_url(trip_date, token)).status_code == 200
    assert SignUp.objects.get().status == "confirmed"


def test_more_places_let_the_waiting_list_in(world, events):
    from events.signups import fill_from_waiting_list

    occurrence = date_of(events.trip)
    sign_up(occurrence_id=occurrence.pk, person=Person(name="A", party_size=4), language="de")
    waiting = sign_up(occurrence_id=occurrence.pk, person=Person(name="B", party_size=2), language="de")[0]
    Occurrence.objects.filter(pk=occurrence.pk).update(capacity=6)
    assert [signup.pk for signup in fill_from_waiting_list(occurrence_id=occurrence.pk)] == [waiting.pk]
    occurrence.refresh_from_db()
    assert (occurrence.places_taken, occurrence.places_waiting) == (6, 0)


def test_the_public_pages_run_a_fixed_number_of_queries(client, trip_date, django_assert_num_queries):
    tokens = [token_from(post_signup(client, trip_date, name=f"P{number}")) for number in range(6)]
    # Region, date with event, place and organiser, the event's translations.
    with django_assert_num_queries(3):
        assert client.get(form_url(trip_date)).status_code == 200
    with django_assert_num_queries(3):
        assert client.get(personal_url(trip_date, tokens[0])).status_code == 200
    with django_assert_num_queries(4):  # and the position in the queue
        assert client.get(personal_url(trip_date, tokens[-1])).status_code == 200


def test_more_places_move_the_waiting_list_up_at_once(
    client, trip_date, staff, mailoutbox, django_capture_on_commit_callbacks
):
    token_from(post_signup(client, trip_date, name="Familie A", party_size=4))
    token_from(post_signup(client, trip_date, name="Bashir", party_size=2, email="bashir@example.org"))
    trip = Event.objects.get(pk=trip_date.event_id)
    with django_capture_on_commit_callbacks(execute=True):
        services.update_event(
            actor=staff["coordinator"], event_id=trip.pk, expected_version=trip.version, values={"capacity": 6}
        )
    trip_date.refresh_from_db()
    assert (trip_date.capacity, trip_date.places_taken, trip_date.places_waiting) == (6, 6, 0)
    assert statuses(trip_date)[1] == ("Bashir", "confirmed", 2)
    assert [message.to for message in mailoutbox] == [["bashir@example.org"]]


def test_people_signed_up_hear_when_their_date_is_cancelled_or_moved(
    client, trip_date, staff, mailoutbox, django_capture_on_commit_callbacks
):
    token_from(post_signup(client, trip_date, name="Familie A", party_size=4, email="a@example.org"))
    token_from(post_signup(client, trip_date, name="Bashir", party_size=1, email="b@example.org"))
    token_from(post_signup(client, trip_date, name="Chiara", party_size=1))  # no contact: nobody to tell
    later = trip_date.starts_at + dt.timedelta(days=7)
    with django_capture_on_commit_callbacks(execute=True):
        services.move_occurrence(
            actor=staff["coordinator"],
            occurrence_id=trip_date.pk,
            starts_at=later,
            ends_at=later + dt.timedelta(hours=9),
        )
    assert sorted(message.to[0] for message in mailoutbox) == ["a@example.org", "b@example.org"]
    with translation.override("fa"):
        assert mailoutbox[0].subject == translation.gettext("New time: %(title)s") % {"title": "سفر به دریا"}
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.cancel_occurrence(actor=staff["coordinator"], occurrence_id=trip_date.pk, note="Der Bus fällt aus.")
    assert len(mailoutbox) == 2
    assert "Der Bus fällt aus." in mailoutbox[0].body
