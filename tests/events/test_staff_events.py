"""Planning events through the staff pages, as staff do it in the browser: dates, repeats, copies, translations."""

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext, ngettext
from pytest_django.asserts import assertContains, assertNotContains

from core.models import AuditEntry, Location
from events.models import Event, EventTranslation, Occurrence
from tests.events.conftest import make_event, next_weekday

BERLIN = ZoneInfo("Europe/Berlin")
NEW_TITLE = "Spielenachmittag im Stadtteilbüro"
NEW_EVENT = "/staff/events/new/"


def german(message: str, **values: Any) -> str:
    """A message as the staff pages show it: in German, the default language, HTML-escaped."""
    with translation.override("de"):
        text = gettext(message)
    return escape(text % values if values else text)


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def edit_url(event: Event) -> str:
    return reverse("staff:event_edit", args=[event.pk])


def dates_url(event: Event) -> str:
    return reverse("staff:event_dates", args=[event.pk])


def translation_url(event: Event, language: str) -> str:
    return reverse("staff:event_translation_edit", args=[event.pk, language])


def fresh(event: Event) -> Event:
    return Event.objects.get(pk=event.pk)


def form_data(response) -> dict[str, Any]:
    """What the browser sends back for the page's form as shown: every filled field, ticked boxes only."""
    data = {}
    for field in response.context["form"]:
        value = field.value()
        if value is not None and value is not False:
            data[field.html_name] = value
    return data


def load_form(client: Client, url: str) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == 200
    return form_data(response)


def in_days(days: int) -> dt.date:
    return timezone.now().astimezone(BERLIN).date() + dt.timedelta(days=days)


def coming(weekday: int) -> dt.date:
    """The next such weekday (0 = Monday), at least two days ahead."""
    start = in_days(2)
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


def last_friday_of_next_month() -> dt.date:
    today = in_days(0)
    first_of_month_after = (today.replace(day=1) + dt.timedelta(days=64)).replace(day=1)
    day = first_of_month_after - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - 4) % 7)


def new_event_data(world, **changes: Any) -> dict[str, Any]:
    return {
        "organiser": world.agency.pk,
        "title": NEW_TITLE,
        "summary": "Brettspiele und Kartenspiele für alle Generationen.",
        "location": world.agency_place.pk,
        "start_date": coming(2).isoformat(),
        "start_time": "15:00",
        "end_time": "17:30",
        "repeat": "never",
        "month_position": "1",
        "audience": ["everyone"],
        "languages": ["de", "ar"],
        "cost": "free",
        "max_party_size": "1",
        "waiting_list": "on",
        **changes,
    }


def local_starts(event: Event) -> list[dt.datetime]:
    return [start.astimezone(BERLIN) for start in event.occurrences.values_list("starts_at", flat=True)]


def test_one_off_event_is_a_draft_with_one_date_in_local_time(world, staff):
    response = signed_in(staff["editor"]).post(NEW_EVENT, new_event_data(world))

    event = Event.objects.get(title=NEW_TITLE)
    assert response.status_code == 302
    assert response["Location"] == edit_url(event)
    assert (event.status, event.organiser, event.recurrence) == (Event.Status.DRAFT, world.agency, "")
    assert local_starts(event) == [dt.datetime.combine(coming(2), dt.time(15), tzinfo=BERLIN)]
    assert event.ends_at.astimezone(BERLIN).time() == dt.time(17, 30)
    assert AuditEntry.objects.filter(action="event.created", object_id=str(event.pk)).exists()


def test_trip_ends_on_a_later_day(world, staff):
    data = new_event_data(world, start_time="08:00", end_time="20:00", end_date=(coming(5) + dt.timedelta(days=1)))
    data["start_date"] = coming(5).isoformat()

    assert signed_in(staff["editor"]).post(NEW_EVENT, data).status_code == 302

    event = Event.objects.get(title=NEW_TITLE)
    assert event.ends_at - event.starts_at == dt.timedelta(hours=36)


def test_weekly_event_on_two_weekdays_until_a_date(world, staff):
    tuesday = coming(1)
    data = new_event_data(
        world,
        start_date=tuesday.isoformat(),
        repeat="weekly",
        weekdays=["TU", "TH"],
        until=(tuesday + dt.timedelta(days=20)).isoformat(),
    )

    assert signed_in(staff["editor"]).post(NEW_EVENT, data).status_code == 302

    event = Event.objects.get(title=NEW_TITLE)
    assert event.recurrence == f"FREQ=WEEKLY;BYDAY=TU,TH;UNTIL={tuesday + dt.timedelta(days=20):%Y%m%d}T235959Z"
    offsets = [0, 2, 7, 9, 14, 16]
    assert local_starts(event) == [
        dt.datetime.combine(tuesday + dt.timedelta(days=days), dt.time(15), tzinfo=BERLIN) for days in offsets
    ]


def test_every_second_week(world, staff):
    wednesday = coming(2)
    data = new_event_data(world, repeat="biweekly", until=(wednesday + dt.timedelta(days=35)).isoformat())

    assert signed_in(staff["editor"]).post(NEW_EVENT, data).status_code == 302

    event = Event.objects.get(title=NEW_TITLE)
    assert event.recurrence.startswith("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;")
    assert [start.date() for start in local_starts(event)] == [wednesday + dt.timedelta(days=d) for d in (0, 14, 28)]


def test_monthly_on_the_last_friday(world, staff):
    first = last_friday_of_next_month()
    data = new_event_data(world, start_date=first.isoformat(), repeat="monthly", month_position="-1")

    assert signed_in(staff["editor"]).post(NEW_EVENT, data).status_code == 302

    event = Event.objects.get(title=NEW_TITLE)
    assert event.recurrence == "FREQ=MONTHLY;BYDAY=-1FR"
    days = [start.date() for start in local_starts(event)]
    assert days[0] == first
    assert len(days) >= 2
    for day in days:
        assert day.weekday() == 4
        assert (day + dt.timedelta(days=7)).month != day.month


def test_edit_form_shows_the_stored_rule_and_saving_it_unchanged_keeps_the_dates(world, staff, events):
    client = signed_in(staff["other_editor"])  # the café belongs to the office
    before = list(events.cafe.occurrences.values_list("pk", "starts_at"))

    data = load_form(client, edit_url(events.cafe))

    assert (data["repeat"], data["weekdays"], data["start_time"]) == ("weekly", ["TU"], dt.time(10))
    assert client.post(edit_url(events.cafe), data).status_code == 302
    assert list(events.cafe.occurrences.values_list("pk", "starts_at")) == before
    assert fresh(events.cafe).recurrence == "FREQ=WEEKLY;BYDAY=TU"


def test_a_rule_the_form_cannot_show_is_kept(world, staff, events):
    Event.objects.filter(pk=events.cafe.pk).update(recurrence="FREQ=DAILY;COUNT=3")
    client = signed_in(staff["other_editor"])

    data = load_form(client, edit_url(events.cafe))

    assert data["repeat"] == "keep"
    assert client.post(edit_url(events.cafe), {**data, "summary": "Neu."}).status_code == 302
    assert fresh(events.cafe).recurrence == "FREQ=DAILY;COUNT=3"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param(
            {"start_time": "18:00", "end_time": "16:00"},
            "The end must be after the start. For a trip into the next day, give the end date.",
            id="end-before-start",
        ),
        pytest.param(
            {"repeat": "weekly", "until": "2020-01-01"},
            "The repeat end must not be before the first date.",
            id="until-before-start",
        ),
        pytest.param(
            {"capacity": "10"},
            "Places are only counted with sign-up: tick “sign-up” or leave this empty.",
            id="capacity-without-signup",
        ),
        pytest.param(
            {"signup_enabled": "on", "capacity": "3", "max_party_size": "5"},
            "One sign-up cannot bring more people than there are places.",
            id="party-larger-than-places",
        ),
        pytest.param({"cost": "amount"}, "Enter the amount in euros, or choose “Free”.", id="amount-when-paid"),
        pytest.param(
            {"repeat": "weekly", "weekdays": ["MO"]},
            "The first date must fall on one of the chosen weekdays.",
            id="weekday-mismatch",
        ),
    ],
)
def test_invalid_event_is_shown_again_with_the_reason_and_nothing_is_saved(world, staff, changes, message):
    counts = Event.objects.count(), Occurrence.objects.count(), AuditEntry.objects.count()

    response = signed_in(staff["editor"]).post(NEW_EVENT, new_event_data(world, **changes))

    assert response.status_code == 200
    assertContains(response, german("Please correct the marked fields. Nothing was saved yet."))
    assertContains(response, german(message))
    assertContains(response, NEW_TITLE)  # what was typed is still there
    assert (Event.objects.count(), Occurrence.objects.count(), AuditEntry.objects.count()) == counts


def test_monthly_rule_must_start_on_the_chosen_weekday_of_the_month(world, staff):
    first = last_friday_of_next_month() - dt.timedelta(days=7)  # a Friday, but not the last one
    data = new_event_data(world, start_date=first.isoformat(), repeat="monthly", month_position="-1")

    response = signed_in(staff["editor"]).post(NEW_EVENT, data)

    assert response.status_code == 200
    assertContains(response, german("Please correct the marked fields. Nothing was saved yet."))
    assert not Event.objects.filter(title=NEW_TITLE).exists()


def test_editor_cannot_pick_an_organisation_they_do_not_belong_to(world, staff):
    response = signed_in(staff["editor"]).post(NEW_EVENT, new_event_data(world, organiser=world.office.pk))

    assert response.status_code == 403
    assert not Event.objects.filter(title=NEW_TITLE).exists()


def test_place_from_another_region_is_refused(world, staff):
    foreign_place = Location.objects.create(
        region=world.other_region,
        organisation=world.foreign_org,
        name="Fremder Ort",
        city="Anderswo",
        latitude=52.0,
        longitude=8.0,
    )

    response = signed_in(staff["editor"]).post(NEW_EVENT, new_event_data(world, location=foreign_place.pk))

    assert response.status_code == 200
    assert not Event.objects.filter(title=NEW_TITLE).exists()


def test_concurrent_edits_are_not_overwritten(world, staff, events):
    concert = events.concert
    first, second = signed_in(staff["editor"]), signed_in(staff["manager"])
    first_form, second_form = load_form(first, edit_url(concert)), load_form(second, edit_url(concert))
    first_text, second_text = "Lokale Vereine spielen Musik.", "Lokale Vereine tanzen."

    assert first.post(edit_url(concert), {**first_form, "summary": first_text}).status_code == 302
    conflict = second.post(edit_url(concert), {**second_form, "summary": second_text})

    assert conflict.status_code == 200
    assertContains(conflict, german("%(name)s saved this in the meantime.", name="editor"))
    assertContains(conflict, escape(f"- {first_text}"))
    assertContains(conflict, escape(f"+ {second_text}"))
    assert fresh(concert).summary == first_text

    assert second.post(edit_url(concert), form_data(conflict)).status_code == 302
    assert fresh(concert).summary == second_text


def test_moving_the_first_date_lays_out_the_dates_anew(world, staff, events):
    client = signed_in(staff["other_editor"])
    data = load_form(client, edit_url(events.cafe))

    response = client.post(edit_url(events.cafe), {**data, "start_time": "09:30", "end_time": "11:30"})

    assert response.status_code == 302
    starts = local_starts(events.cafe)
    assert starts
    assert all(start.time() == dt.time(9, 30) and start.weekday() == 1 for start in starts)


def test_publish_unpublish_and_archive(world, staff, events):
    concert, editor, manager = events.concert, signed_in(staff["editor"]), signed_in(staff["manager"])

    def press(client: Client, name: str) -> int:
        response = client.post(reverse(f"staff:{name}", args=[concert.pk]), {"version": fresh(concert).version})
        return response.status_code

    assert press(editor, "event_unpublish") == 302
    assert fresh(concert).status == Event.Status.DRAFT
    assert press(editor, "event_publish") == 302
    assert fresh(concert).status == Event.Status.PUBLISHED
    assert press(editor, "event_archive") == 403
    assert press(manager, "event_archive") == 302
    assert fresh(concert).status == Event.Status.ARCHIVED
    # Bringing it back overrides the manager's decision.
    assert press(editor, "event_publish") == 403
    assert press(manager, "event_publish") == 302


def test_stale_publish_button_reports_a_conflict(world, staff, events):
    concert, editor = events.concert, signed_in(staff["editor"])
    stale = concert.version

    editor.post(reverse("staff:event_unpublish", args=[concert.pk]), {"version": stale})
    response = editor.post(reverse("staff:event_publish", args=[concert.pk]), {"version": stale}, follow=True)

    assertContains(response, german("Someone else changed this event in the meantime. Please check it and try again."))
    assert fresh(concert).status == Event.Status.DRAFT


def test_copy_asks_for_the_new_date_and_makes_a_draft_with_translations(world, staff, events):
    trip, client = events.trip, signed_in(staff["other_editor"])
    new_day = coming(5) + dt.timedelta(days=28)
    copy_url = reverse("staff:event_copy", args=[trip.pk])
    assertContains(client.get(copy_url), german("New first date"))

    response = client.post(copy_url, {"start_date": new_day.isoformat(), "start_time": "09:00"})

    copy = Event.objects.exclude(pk=trip.pk).get(title=trip.title)
    assert response["Location"] == edit_url(copy)
    assert copy.status == Event.Status.DRAFT
    assert local_starts(copy) == [dt.datetime.combine(new_day, dt.time(9), tzinfo=BERLIN)]
    assert copy.ends_at - copy.starts_at == trip.ends_at - trip.starts_at
    assert set(copy.translations.values_list("language", flat=True)) == {"fa", "ar"}
    assert (copy.capacity, copy.signup_enabled) == (4, True)


def test_copy_without_a_date_is_refused(world, staff, events):
    response = signed_in(staff["other_editor"]).post(reverse("staff:event_copy", args=[events.trip.pk]), {})

    assert response.status_code == 200
    assertContains(response, german("Please correct the marked fields. Nothing was saved yet."))
    assert Event.objects.filter(title=events.trip.title).count() == 1


def date_action(client: Client, name: str, occurrence: Occurrence, data: dict[str, Any] | None = None):
    url = reverse(f"staff:event_date_{name}", args=[occurrence.event_id, occurrence.pk])
    return client.post(url, data or {})


def test_cancel_restore_and_move_one_date(world, staff, events):
    cafe, client = events.cafe, signed_in(staff["other_editor"])
    second, third = list(cafe.occurrences.order_by("starts_at"))[1:3]
    prefix = f"date{second.pk}"

    response = date_action(client, "cancel", second, {f"{prefix}-note": "Fällt wegen der Ferien aus."})

    assert response["Location"] == dates_url(cafe)
    second.refresh_from_db()
    assert (second.is_cancelled, second.note) == (True, "Fällt wegen der Ferien aus.")
    page = client.get(dates_url(cafe))
    assertContains(page, "Fällt wegen der Ferien aus.")
    assertContains(page, german("Takes place after all"))

    assert date_action(client, "restore", second).status_code == 302
    second.refresh_from_db()
    assert (second.is_cancelled, second.note) == (False, "")

    new_day = third.starts_at.astimezone(BERLIN).date() + dt.timedelta(days=1)
    move = {
        f"date{third.pk}-day": new_day.isoformat(),
        f"date{third.pk}-starts": "14:00",
        f"date{third.pk}-ends": "16:00",
    }
    assert date_action(client, "move", third, move).status_code == 302
    original = third.original_start
    third.refresh_from_db()
    assert third.starts_at == dt.datetime.combine(new_day, dt.time(14), tzinfo=BERLIN)
    assert third.original_start == original
    with translation.override("de"):
        was = date_format(timezone.localtime(original), "SHORT_DATETIME_FORMAT")
    assertContains(client.get(dates_url(cafe)), german("moved from %(date)s", date=was))
    assert AuditEntry.objects.filter(object_id=str(cafe.pk), action="event.date_moved").exists()


def test_moving_a_date_to_end_before_it_starts_is_refused(world, staff, events):
    cafe, client = events.cafe, signed_in(staff["other_editor"])
    first = cafe.occurrences.order_by("starts_at").first()
    day = first.starts_at.astimezone(BERLIN).date().isoformat()
    move = {f"date{first.pk}-day": day, f"date{first.pk}-starts": "14:00", f"date{first.pk}-ends": "13:00"}

    response = date_action(client, "move", first, move)

    assert response.status_code == 400
    assertContains(response, german("The end must be after the start."), status_code=400)
    assert Occurrence.objects.get(pk=first.pk).starts_at == first.starts_at


def test_a_date_of_another_event_is_not_found(world, staff, events):
    concert_date = events.concert.occurrences.get()
    url = reverse("staff:event_date_cancel", args=[events.cafe.pk, concert_date.pk])

    assert signed_in(staff["coordinator"]).post(url, {}).status_code == 404
    assert not Occurrence.objects.get(pk=concert_date.pk).is_cancelled


def test_dates_page_shows_places_and_links_to_the_sign_ups(world, staff, events):
    trip = events.trip
    occurrence = trip.occurrences.get()
    Occurrence.objects.filter(pk=occurrence.pk).update(places_taken=3, places_waiting=2)

    page = signed_in(staff["other_editor"]).get(dates_url(trip))

    assertContains(page, german("%(taken)s of %(capacity)s places taken", taken=3, capacity=4))
    assertContains(page, reverse("staff:event_signups", args=[trip.pk, occurrence.pk]))


def test_changed_german_text_outdates_the_translation_until_it_is_saved_again(world, staff, events):
    trip, client = events.trip, signed_in(staff["other_editor"])
    outdated = german("Outdated")
    assertContains(client.get(translation_url(trip, "fa")), german("Up to date"))

    data = load_form(client, edit_url(trip))
    assert client.post(edit_url(trip), {**data, "what_to_bring": "Essen, Getränke, Regenjacke"}).status_code == 302

    assert fresh(trip).content_version == trip.content_version + 1
    edit_page = client.get(edit_url(trip))
    assertContains(edit_page, outdated)
    page = client.get(translation_url(trip, "fa"))
    assertContains(page, outdated)
    assertContains(page, german("The German text changed after this translation was saved:"))
    assertContains(page, "+ Essen, Getränke, Regenjacke")

    data = load_form(client, translation_url(trip, "fa"))
    assert (
        client.post(translation_url(trip, "fa"), {**data, "what_to_bring": "غذا، نوشیدنی، بارانی"}).status_code == 302
    )

    assertContains(client.get(translation_url(trip, "fa")), german("Up to date"))
    saved = EventTranslation.objects.get(event=trip, language="fa")
    assert (saved.what_to_bring, saved.title) == ("غذا، نوشیدنی، بارانی", "سفر به دریا")


def test_translation_conflict_keeps_the_saved_translation(world, staff, events):
    trip = events.trip
    first, second = signed_in(staff["other_editor"]), signed_in(staff["coordinator"])
    first_form, second_form = (
        load_form(first, translation_url(trip, "ar")),
        load_form(second, translation_url(trip, "ar")),
    )

    assert first.post(translation_url(trip, "ar"), {**first_form, "summary": "بالحافلة"}).status_code == 302
    conflict = second.post(translation_url(trip, "ar"), {**second_form, "summary": "بالقطار"})

    assert conflict.status_code == 200
    assertContains(conflict, german("%(name)s saved this in the meantime.", name="other_editor"))
    assert EventTranslation.objects.get(event=trip, language="ar").summary == "بالحافلة"


def test_translation_page_is_right_to_left_beside_the_german_source(world, staff, events):
    page = signed_in(staff["other_editor"]).get(translation_url(events.trip, "fa")).content.decode()

    assert 'lang="fa" dir="rtl"' in page
    assert 'class="source" lang="de" dir="ltr">Bushaltestelle Hauptstraße' in page


def test_source_language_has_no_translation_page(world, staff, events):
    assert signed_in(staff["other_editor"]).get(translation_url(events.trip, "de")).status_code == 404


def test_history_shows_who_changed_what(world, staff, events):
    concert, editor = events.concert, signed_in(staff["editor"])
    data = load_form(editor, edit_url(concert))
    editor.post(edit_url(concert), {**data, "summary": "Musik und Tanz."})

    history = editor.get(reverse("staff:event_history", args=[concert.pk]))

    assertContains(history, "<td>editor</td>", html=True)
    assertContains(history, "<strong>summary</strong>", html=True)
    assertContains(history, "event.changed")


def test_event_list_sorts_upcoming_drafts_and_past_in_fixed_queries(world, staff, events):
    client = signed_in(staff["coordinator"])
    Event.objects.filter(pk=events.concert.pk).update(status=Event.Status.DRAFT)

    with CaptureQueriesContext(connection) as few:
        page = client.get(reverse("staff:events"))
    for number in range(5):
        make_event(world.agency, title=f"Sprachcafé {number}", starts_at=next_weekday(3, 17))
    past = make_event(world.office, title="Frühlingsfest", starts_at=timezone.now() - dt.timedelta(days=3))
    with CaptureQueriesContext(connection) as many:
        more = client.get(reverse("staff:events"))

    assert len(few) == len(many)
    lists = more.context["lists"]
    assert [row.event for row in lists.drafts] == [events.concert]
    assert [row.event for row in lists.past] == [past]
    assert {row.event.title for row in lists.upcoming} >= {events.cafe.title, events.trip.title, "Sprachcafé 0"}
    assertContains(page, events.cafe.title)


def test_editor_sees_only_the_events_of_their_organisation(world, staff, events):
    page = signed_in(staff["editor"]).get(reverse("staff:events"))

    assertContains(page, events.concert.title)
    assertNotContains(page, events.trip.title)


def test_dashboard_shows_upcoming_dates_and_events_missing_translations(world, staff, events):
    dashboard = signed_in(staff["other_editor"]).get("/staff/")

    assertContains(dashboard, german("Upcoming events of my organisations"))
    assertContains(dashboard, events.cafe.title)
    assertContains(dashboard, f"{dates_url(events.trip)}#date-")
    assertNotContains(dashboard, events.concert.title)  # another organisation's
    with translation.override("de"):
        heading = ngettext(
            "%(counter)s event with missing or outdated translations",
            "%(counter)s events with missing or outdated translations",
            2,
        ) % {"counter": 2}
    assertContains(dashboard, escape(heading))
    assertContains(dashboard, translation_url(events.trip, "en"))
