"""Staff sign people up and cancel on their behalf, tick attendance and count heads; every URL × role checked."""

import datetime as dt

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from core.models import AuditEntry
from events.models import Occurrence, SignUp
from events.selectors_signup import attendance_figures
from events.signups import Person, sign_up
from tests.conftest import make_user
from tests.events.signup_support import date_of

ROLES_ALLOWED = {
    "anonymous": "login",
    "no_role": 403,
    "editor": 403,  # the agency's editor; the trip is the office's
    "manager": 403,  # the agency's manager
    "other_editor": 200,  # the office's editor
    "coordinator": 200,
    "far_coordinator": 403,  # coordinates another region
}


@pytest.fixture(autouse=True)
def _english(client):
    """The staff area follows the browser's language; these tests read it in English."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def people(staff, world):
    return {**staff, "far_coordinator": make_user("far", ("coordinator", world.other_region, None))}


@pytest.fixture
def trip_date(events) -> Occurrence:
    return date_of(events.trip)


@pytest.fixture
def signup(trip_date) -> SignUp:
    return sign_up(occurrence_id=trip_date.pk, person=Person(name="Amal"), language="ar")[0]


ONE_PERSON_IN_GERMAN = {"add-party_size": "1", "add-language": "de"}


def _urls(occurrence: Occurrence, signup: SignUp) -> list[tuple[str, str, dict]]:
    date = [occurrence.event_id, occurrence.pk]
    return [
        ("get", reverse("staff:event_signups", args=date), {}),
        (
            "post",
            reverse("staff:event_signup_add", args=date),
            {"add-name": "Bashir", "add-party_size": "1", "add-language": "de"},
        ),
        ("post", reverse("staff:event_signup_cancel", args=[*date, signup.pk]), {}),
        ("post", reverse("staff:event_attendance", args=date), {"present": [str(signup.pk)], "head_count": "3"}),
    ]


@pytest.mark.parametrize("role", list(ROLES_ALLOWED))
@pytest.mark.parametrize("url_index", range(4))
def test_every_staff_url_for_every_role(client, people, trip_date, signup, role, url_index):
    method, url, data = _urls(trip_date, signup)[url_index]
    if role != "anonymous":
        client.force_login(people[role])
    response = getattr(client, method)(url, data)
    expected = ROLES_ALLOWED[role]
    if expected == "login":
        assert response.status_code == 302
        assert response["Location"].startswith("/staff/login/")
    elif expected == 403:
        assert response.status_code == 403
    else:
        assert response.status_code == (200 if method == "get" else 302)
    if expected != 200:
        # Nothing changed for a refused request.
        signup.refresh_from_db()
        assert signup.status == "confirmed"
        assert signup.attended is None
        assert SignUp.objects.count() == 1


def test_a_date_of_another_event_is_not_found(client, staff, events, trip_date):
    client.force_login(staff["coordinator"])
    assert client.get(f"/staff/events/{events.cafe.pk}/dates/{trip_date.pk}/signups/").status_code == 404


def test_staff_sign_someone_up_by_phone_and_get_the_link_to_pass_on(
    client, staff, trip_date, django_capture_on_commit_callbacks
):
    client.force_login(staff["other_editor"])
    url = f"/staff/events/{trip_date.event_id}/dates/{trip_date.pk}/signups/"
    form = client.get(url).content.decode()
    assert '<option value="en" selected>English</option>' in form  # the staff member's language to start with
    data = {"add-name": "Familie Noori", "add-party_size": "3", "add-email": "noori@example.org", "add-language": "ar"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url + "add/", data, follow=True)
    page = response.content.decode()
    signup = SignUp.objects.get()
    assert signup.registered_by == staff["other_editor"]
    assert signup.status == "confirmed"
    assert "Familie Noori" in page
    assert "/testort/signups/" in page  # the personal link, shown once
    entry = AuditEntry.objects.get(action="event.signup_added")
    assert entry.actor == staff["other_editor"]
    assert "Noori" not in str(entry.changes)  # no names in the log, it outlives them
    # The confirmation goes out in the language chosen for them, not the staff member's.
    assert signup.language == "ar"
    [message] = mail.outbox
    assert message.to == ["noori@example.org"]
    with translation.override("ar"):
        assert translation.gettext("Hello %(name)s,") % {"name": "Familie Noori"} in message.body


def test_staff_see_a_clear_error_and_nothing_is_saved(client, staff, trip_date):
    client.force_login(staff["coordinator"])
    url = f"/staff/events/{trip_date.event_id}/dates/{trip_date.pk}/signups/add/"
    response = client.post(url, {"add-name": " ", "add-party_size": "9"})
    assert response.status_code == 400
    assert "Please enter a name or nickname." in response.content.decode()
    assert not SignUp.objects.exists()


def test_staff_cancel_on_behalf_and_the_waiting_person_moves_up_and_is_told(
    client, staff, trip_date, signup, django_capture_on_commit_callbacks
):
    sign_up(occurrence_id=trip_date.pk, person=Person(name="Familie B", party_size=3), language="de")
    waiting = sign_up(occurrence_id=trip_date.pk, person=Person(name="Chiara", email="c@example.org"), language="en")[0]
    assert waiting.status == "waiting"
    client.force_login(staff["coordinator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/staff/events/{trip_date.event_id}/dates/{trip_date.pk}/signups/{signup.pk}/cancel/", follow=True
        )
    assert "Chiara moved up from the waiting list." in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    assert [message.to for message in mail.outbox] == [["c@example.org"]]
    assert "You have a place now" in mail.outbox[0].subject
    assert AuditEntry.objects.filter(action="event.signup_cancelled", actor=staff["coordinator"]).exists()


def test_attendance_by_names_and_head_count_feeds_the_figures(client, staff, world, trip_date, signup):
    family = sign_up(occurrence_id=trip_date.pk, person=Person(name="Familie B", party_size=3), language="de")[0]
    client.force_login(staff["other_editor"])
    page = client.get(f"/staff/events/{trip_date.event_id}/dates/{trip_date.pk}/signups/").content.decode()
    assert "Amal" in page
    assert "Familie B" in page
    response = client.post(
        f"/staff/events/{trip_date.event_id}/dates/{trip_date.pk}/attendance/",
        {"present": [str(family.pk)], "head_count": "5"},
    )
    assert response.status_code == 302
    family.refresh_from_db()
    signup.refresh_from_db()
    assert (family.attended, signup.attended) == (True, False)
    [row] = [
        row
        for row in attendance_figures(world.region, timezone.now(), timezone.now() + dt.timedelta(days=30))
        if row.occurrence_id == trip_date.pk
    ]
    assert (row.signed_up, row.waiting, row.attended, row.head_count, row.people) == (4, 0, 3, 5, 5)


def test_a_wrong_head_count_is_refused_with_a_clear_message(client, staff, trip_date, signup):
    client.force_login(staff["coordinator"])
    response = client.post(
        f"/staff/events/{trip_date.event_id}/dates/{trip_date.pk}/attendance/", {"head_count": "viele"}
    )
    assert response.status_code == 400
    assert "Enter the number of people as a whole number" in response.content.decode()
    trip_date.refresh_from_db()
    assert trip_date.head_count is None


def test_figures_are_one_query_for_any_number_of_dates(world, events, django_assert_num_queries):
    start, end = timezone.now(), timezone.now() + dt.timedelta(days=90)
    with django_assert_num_queries(1):
        rows = attendance_figures(world.region, start, end)
    assert len(rows) > 10
    assert all(row.people == 0 for row in rows)
    assert not attendance_figures(world.other_region, start, end)


def test_the_list_page_runs_a_fixed_number_of_queries(client, staff, trip_date, django_assert_max_num_queries):
    for number in range(8):
        sign_up(occurrence_id=trip_date.pk, person=Person(name=f"P{number}"), language="de")
    client.force_login(staff["coordinator"])
    with django_assert_max_num_queries(12):
        assert client.get(f"/staff/events/{trip_date.event_id}/dates/{trip_date.pk}/signups/").status_code == 200
