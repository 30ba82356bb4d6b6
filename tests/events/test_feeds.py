"""iCalendar feeds: parsed back with icalendar and recurring-ical-events, the dates match the site's own calendar."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from directory.models import Schedule
from directory.opening import next_openings
from events import services
from events.models import Event, Occurrence, SignUp
from tests.events.conftest import make_event

BERLIN = ZoneInfo("Europe/Berlin")
# Six months across the change back to winter time on 25 October 2026.
WINDOW_START = dt.datetime(2026, 9, 28, tzinfo=BERLIN)
WINDOW_END = dt.datetime(2027, 3, 29, tzinfo=BERLIN)


@pytest.fixture
def frozen_now(monkeypatch):
    now = dt.datetime(2026, 9, 20, 8, tzinfo=BERLIN)
    monkeypatch.setattr(timezone, "now", lambda: now)
    return now


@pytest.fixture
def base_url(settings):
    settings.NAHBAR_BASE_URL = "https://nahbar.example.org"
    return settings.NAHBAR_BASE_URL


def _weekly_cafe(world, **values):
    start = dt.datetime(2026, 9, 29, 10, tzinfo=BERLIN)
    defaults = {
        "title": "Willkommenscafé",
        "summary": "Kaffee und Kontakte",
        "location": world.office_place,
        "starts_at": start,
        "recurrence": "FREQ=WEEKLY;BYDAY=TU",
        "topics": ["meeting-places"],
    }
    defaults.update(values)
    return make_event(world.office, **defaults)


def _trip(world, **values):
    start = dt.datetime(2026, 11, 14, 9, tzinfo=BERLIN)
    defaults = {
        "title": "Ausflug ans Meer",
        "summary": "Mit dem Bus nach Wilhelmshaven.",
        "meeting_point": "Bushaltestelle Hauptstraße",
        "location": world.office_place,
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=9),
        "translations": {"ar": {"title": "رحلة إلى البحر", "summary": "بالحافلة إلى فيلهلمسهافن."}},
    }
    defaults.update(values)
    return make_event(world.office, **defaults)


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:500]
    return icalendar.Calendar.from_ical(response.content)


def _feed_dates(cal, start=WINDOW_START, end=WINDOW_END):
    return sorted(
        (component.decoded("dtstart").astimezone(dt.UTC), component.decoded("dtend").astimezone(dt.UTC))
        for component in recurring_ical_events.of(cal).between(start, end)
        if str(component.get("status", "")) != "CANCELLED"
    )


def _site_dates(events, start=WINDOW_START, end=WINDOW_END):
    rows = Occurrence.objects.filter(
        event__in=events, is_cancelled=False, starts_at__gte=start, starts_at__lt=end
    ).values_list("starts_at", "ends_at")
    return sorted((starts.astimezone(dt.UTC), ends.astimezone(dt.UTC)) for starts, ends in rows)


def _at(day, hour, minute=0):
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=BERLIN)


def _occurrence_on(event, day):
    return next(o for o in event.occurrences.all() if o.original_start.astimezone(BERLIN).date() == day)


def test_weekly_event_round_trips_across_the_clock_change(client, world, frozen_now, base_url):
    cafe = _weekly_cafe(world)
    cal = _get(client, "/de/testort/events/feed.ics")
    dates = _feed_dates(cal)
    assert dates == _site_dates([cafe])
    assert len(dates) == 26
    # 10:00 on the wall clock on both sides of 25 October: 08:00 UTC in summer, 09:00 UTC in winter.
    assert dates[3][0] == dt.datetime(2026, 10, 20, 8, tzinfo=dt.UTC)
    assert dates[4][0] == dt.datetime(2026, 10, 27, 9, tzinfo=dt.UTC)
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["uid"]) == f"event-{cafe.pk}@nahbar.example.org"
    assert vevent["dtstart"].params["TZID"] == "Europe/Berlin"
    assert vevent["rrule"].to_ical() == b"FREQ=WEEKLY;BYDAY=TU"
    assert "exdate" not in vevent
    assert "rdate" not in vevent
    assert str(vevent["url"]) == f"https://nahbar.example.org/de/testort/events/{cafe.slug}/"
    assert str(vevent["location"]) == "Büro Nord, Hauptstraße 1, 46284 Testort"
    assert [str(name) for name in vevent["categories"].cats] == ["Treffpunkte und Cafés"]
    (zone,) = cal.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Berlin"


def test_cancelled_and_moved_dates_round_trip(client, world, frozen_now, staff):
    cafe = _weekly_cafe(world)
    editor = staff["other_editor"]
    cancelled = _occurrence_on(cafe, dt.date(2026, 10, 13))
    services.cancel_occurrence(actor=editor, occurrence_id=cancelled.pk, note="Herbstferien")
    # Moved across the clock change, same length: EXDATE + RDATE.
    moved = _occurrence_on(cafe, dt.date(2026, 10, 20))
    services.move_occurrence(
        actor=editor,
        occurrence_id=moved.pk,
        starts_at=_at(dt.date(2026, 10, 28), 15),
        ends_at=_at(dt.date(2026, 10, 28), 17),
    )
    # Moved and longer: its own VEVENT with RECURRENCE-ID.
    longer = _occurrence_on(cafe, dt.date(2026, 12, 22))
    services.move_occurrence(
        actor=editor,
        occurrence_id=longer.pk,
        starts_at=_at(dt.date(2026, 12, 21), 14),
        ends_at=_at(dt.date(2026, 12, 21), 18, 30),
    )
    # Same day, shorter.
    shorter = _occurrence_on(cafe, dt.date(2027, 1, 5))
    services.move_occurrence(
        actor=editor,
        occurrence_id=shorter.pk,
        starts_at=_at(dt.date(2027, 1, 5), 10),
        ends_at=_at(dt.date(2027, 1, 5), 11),
    )
    cal = _get(client, f"/de/testort/events/{cafe.slug}/event.ics")
    dates = _feed_dates(cal)
    assert dates == _site_dates([cafe])
    assert _at(dt.date(2026, 10, 13), 10).astimezone(dt.UTC) not in [start for start, _end in dates]
    main, *overrides = cal.walk("VEVENT")
    assert [value.dt for value in main["exdate"].dts] == [
        _at(dt.date(2026, 10, 13), 10),
        _at(dt.date(2026, 10, 20), 10),
    ]
    assert [value.dt for value in main["rdate"].dts] == [_at(dt.date(2026, 10, 28), 15)]
    assert sorted(component.decoded("recurrence-id") for component in overrides) == [
        _at(dt.date(2026, 12, 22), 10),
        _at(dt.date(2027, 1, 5), 10),
    ]
    assert {str(component["uid"]) for component in overrides} == {str(main["uid"])}


def test_shortened_rule_keeps_the_date_people_signed_up_for(client, world, frozen_now, staff):
    cafe = _weekly_cafe(world)
    kept = _occurrence_on(cafe, dt.date(2027, 2, 2))
    SignUp.objects.create(occurrence=kept, status="confirmed", name="Amal", language="ar", token_hash="k" * 64)
    services.update_event(
        actor=staff["other_editor"],
        event_id=cafe.pk,
        expected_version=cafe.version,
        values={"recurrence": "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T225959Z"},
    )
    assert Occurrence.objects.filter(pk=kept.pk).exists()
    cal = _get(client, "/de/testort/events/feed.ics")
    dates = _feed_dates(cal)
    assert dates == _site_dates([cafe])
    assert dates[-1][0] == _at(dt.date(2027, 2, 2), 10).astimezone(dt.UTC)
    assert dates[-2][0] == _at(dt.date(2026, 12, 15), 10).astimezone(dt.UTC)
    (vevent,) = cal.walk("VEVENT")
    # The site reads UNTIL as local wall time; the feed says the same instant in UTC.
    assert vevent["rrule"]["UNTIL"] == [dt.datetime(2026, 12, 15, 21, 59, 59, tzinfo=dt.UTC)]


def test_changed_time_of_day_keeps_past_dates_where_they_were(client, world, monkeypatch, staff):
    now = dt.datetime(2026, 9, 20, 8, tzinfo=BERLIN)
    monkeypatch.setattr(timezone, "now", lambda: now)
    cafe = _weekly_cafe(world)
    now = dt.datetime(2026, 11, 1, 8, tzinfo=BERLIN)
    start = dt.datetime(2026, 9, 29, 10, 30, tzinfo=BERLIN)
    services.update_event(
        actor=staff["other_editor"],
        event_id=cafe.pk,
        expected_version=cafe.version,
        values={"starts_at": start, "ends_at": start + dt.timedelta(hours=2)},
    )
    dates = _feed_dates(_get(client, "/de/testort/events/feed.ics"))
    assert dates == _site_dates([cafe])
    assert {start.astimezone(BERLIN).time() for start, _end in dates} == {dt.time(10), dt.time(10, 30)}


def test_one_off_events_and_a_cancelled_one(client, world, frozen_now, staff):
    trip = _trip(world)
    concert = make_event(
        world.agency, title="Konzert und Tanz", location=world.agency_place, starts_at=_at(dt.date(2026, 12, 4), 18)
    )
    (concert_date,) = concert.occurrences.all()
    services.cancel_occurrence(actor=staff["editor"], occurrence_id=concert_date.pk)
    cal = _get(client, "/de/testort/events/feed.ics")
    assert (
        _feed_dates(cal)
        == _site_dates([trip, concert])
        == [(_at(dt.date(2026, 11, 14), 9).astimezone(dt.UTC), _at(dt.date(2026, 11, 14), 18).astimezone(dt.UTC))]
    )
    by_uid = {str(component["uid"]).split("@")[0]: component for component in cal.walk("VEVENT")}
    assert str(by_uid[f"event-{concert.pk}"]["status"]) == "CANCELLED"
    assert "exdate" not in by_uid[f"event-{concert.pk}"]
    assert str(by_uid[f"event-{trip.pk}"]["status"]) == "CONFIRMED"


def test_moved_one_off_event_shows_its_new_date(client, world, frozen_now, staff):
    trip = _trip(world)
    (date,) = trip.occurrences.all()
    new_start = _at(dt.date(2026, 11, 21), 8)
    services.move_occurrence(
        actor=staff["other_editor"],
        occurrence_id=date.pk,
        starts_at=new_start,
        ends_at=new_start + dt.timedelta(hours=10),
    )
    cal = _get(client, f"/de/testort/events/{trip.pk}/event.ics")
    assert _feed_dates(cal) == _site_dates([trip])
    (vevent,) = cal.walk("VEVENT")
    assert vevent.decoded("dtstart") == new_start


def test_text_in_the_readers_language_with_german_fallback(client, world, frozen_now):
    trip = _trip(world)
    cal = _get(client, f"/ar/testort/events/{trip.slug}/event.ics")
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["summary"]) == "رحلة إلى البحر"
    assert vevent["summary"].params["LANGUAGE"] == "ar"
    assert "بالحافلة إلى فيلهلمسهافن." in str(vevent["description"])
    assert vevent["description"].params["LANGUAGE"] == "ar"
    assert str(vevent["url"]).endswith(f"/ar/testort/events/{trip.slug}/")
    assert str(cal["x-wr-calname"]) == "رحلة إلى البحر"

    cal = _get(client, f"/tr/testort/events/{trip.slug}/event.ics")
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["summary"]) == "Ausflug ans Meer"
    assert vevent["summary"].params["LANGUAGE"] == "de"
    assert "Deutsch" in str(vevent["description"])
    assert "Bushaltestelle Hauptstraße" in str(vevent["description"])
    assert "LANGUAGE" not in vevent["description"].params


def test_response_headers(client, world, frozen_now):
    trip = _trip(world)
    response = client.get(f"/de/testort/events/{trip.slug}/event.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'inline; filename="{trip.slug}.ics"'
    response = client.get("/de/testort/events/feed.ics")
    assert response["Content-Disposition"] == 'inline; filename="testort.ics"'
    assert response.content.startswith(b"BEGIN:VCALENDAR\r\n")


def test_only_published_events_of_the_region(client, world, frozen_now):
    draft = _trip(world, title="Entwurf", status=Event.Status.DRAFT, translations={})
    foreign = make_event(world.foreign_org, title="Anderswo", starts_at=_at(dt.date(2026, 11, 3), 10))
    published = _trip(world)
    cal = _get(client, "/de/testort/events/feed.ics")
    assert [str(component["summary"]) for component in cal.walk("VEVENT")] == [published.title]
    assert client.get(f"/de/testort/events/{draft.slug}/event.ics").status_code == 404
    assert client.get(f"/de/testort/events/{foreign.pk}/event.ics").status_code == 404
    assert client.get("/de/nirgendwo/events/feed.ics").status_code == 404


def test_district_and_organisation_feeds(client, world, frozen_now):
    cafe = _weekly_cafe(world)  # office, district Nord
    concert = make_event(
        world.agency, title="Konzert", location=world.agency_place, starts_at=_at(dt.date(2026, 12, 4), 18)
    )
    nowhere = make_event(world.agency, title="Online-Treffen", starts_at=_at(dt.date(2026, 12, 8), 18))

    north = _get(client, "/de/testort/events/feed.ics?district=nord")
    assert _feed_dates(north) == _site_dates([cafe])
    south = _get(client, "/de/testort/events/feed.ics?district=sued")
    assert _feed_dates(south) == _site_dates([concert])
    assert "Süd" in str(south["x-wr-calname"])

    agency = _get(client, "/de/testort/events/feed.ics?organisation=agentur")
    assert _feed_dates(agency) == _site_dates([concert, nowhere])
    both = _get(client, "/de/testort/events/feed.ics?organisation=agentur&district=nord")
    assert both.walk("VEVENT") == []

    assert client.get("/de/testort/events/feed.ics?district=atlantis").status_code == 404
    assert client.get("/de/testort/events/feed.ics?organisation=fremd").status_code == 404


def test_offer_feed_has_opening_hours_and_linked_events(client, world, frozen_now, base_url):
    Schedule.objects.create(
        offer=world.cafe,
        freq="MONTHLY",
        byday="1FR",
        opens_at=dt.time(15),
        closes_at=dt.time(17, 30),
        valid_from=dt.date(2026, 9, 1),
        valid_until=dt.date(2027, 1, 31),
    )
    cafe_event = _weekly_cafe(world, offer=world.cafe)
    _trip(world)  # not linked to the offer
    cal = _get(client, "/de/testort/offers/willkommenscafe/events.ics")
    hours = [component for component in cal.walk("VEVENT") if str(component["uid"]).startswith("offer-")]
    assert len(hours) == 2
    assert all(str(component["transp"]) == "TRANSPARENT" for component in hours)
    assert all(
        str(component["url"]) == "https://nahbar.example.org/de/testort/offers/willkommenscafe/" for component in hours
    )
    openings = next_openings(world.cafe.schedules.all(), after=WINDOW_START, count=500)
    expected = sorted(
        [(o.starts.astimezone(dt.UTC), o.ends.astimezone(dt.UTC)) for o in openings if o.starts < WINDOW_END]
        + _site_dates([cafe_event])
    )
    assert _feed_dates(cal) == expected
    # The weekly schedule started on a Monday (1 January 2024); its first date is the first Tuesday.
    weekly = next(component for component in hours if component["rrule"]["FREQ"] == ["WEEKLY"])
    assert weekly.decoded("dtstart") == dt.datetime(2024, 1, 2, 10, tzinfo=BERLIN)
    assert client.get("/de/testort/offers/fremdes-angebot/events.ics").status_code == 404


def test_feed_queries_do_not_grow_with_the_number_of_events(client, world, frozen_now, django_assert_num_queries):
    _weekly_cafe(world)
    with CaptureQueriesContext(connection) as one:
        client.get("/de/testort/events/feed.ics?district=nord")
    for number in range(4):
        _weekly_cafe(world, title=f"Café {number}")
        _trip(world, title=f"Ausflug {number}")
    with django_assert_num_queries(len(one)):
        response = client.get("/de/testort/events/feed.ics?district=nord")
    assert len(icalendar.Calendar.from_ical(response.content).walk("VEVENT")) == 9


def test_shared_events_round_trip_from_today(client, events):
    start = timezone.now().astimezone(BERLIN).replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + dt.timedelta(days=182)
    cal = _get(client, "/fa/testort/events/feed.ics")
    assert _feed_dates(cal, start, end) == _site_dates([events.cafe, events.trip, events.concert], start, end)
    titles = {str(component["summary"]) for component in cal.walk("VEVENT")}
    assert titles == {"کافه خوش‌آمدگویی", "سفر به دریا", "Konzert und Tanz"}


def test_offer_page_links_to_its_feed(client, world):
    response = client.get("/de/testort/offers/willkommenscafe/")
    assert 'href="/de/testort/offers/willkommenscafe/events.ics"' in response.content.decode()


def test_first_date_off_the_rule_is_not_a_date(client, world, frozen_now):
    # Starts on a Monday but meets on Tuesdays and Thursdays: calendars would count DTSTART, the site does not.
    cafe = _weekly_cafe(world, starts_at=_at(dt.date(2026, 9, 28), 10), recurrence="FREQ=WEEKLY;BYDAY=TU,TH")
    cal = _get(client, f"/de/testort/events/{cafe.slug}/event.ics")
    assert _feed_dates(cal) == _site_dates([cafe])
    assert _feed_dates(cal)[0][0] == _at(dt.date(2026, 9, 29), 10).astimezone(dt.UTC)


def test_offer_feed_queries_do_not_grow_with_the_number_of_events(client, world, frozen_now, django_assert_num_queries):
    _weekly_cafe(world, offer=world.cafe)
    with CaptureQueriesContext(connection) as one:
        client.get("/de/testort/offers/willkommenscafe/events.ics")
    for number in range(3):
        _trip(world, title=f"Ausflug {number}", offer=world.cafe)
    with django_assert_num_queries(len(one)):
        client.get("/de/testort/offers/willkommenscafe/events.ics")


def test_kept_date_of_another_length_is_its_own_event(client, world, frozen_now, staff, base_url):
    cafe = _weekly_cafe(world)
    kept = _occurrence_on(cafe, dt.date(2027, 2, 2))
    SignUp.objects.create(occurrence=kept, status="confirmed", name="Amal", language="ar", token_hash="l" * 64)
    services.move_occurrence(
        actor=staff["other_editor"],
        occurrence_id=kept.pk,
        starts_at=_at(dt.date(2027, 2, 3), 9),
        ends_at=_at(dt.date(2027, 2, 3), 13),
    )
    cafe.refresh_from_db()
    services.update_event(
        actor=staff["other_editor"],
        event_id=cafe.pk,
        expected_version=cafe.version,
        values={"recurrence": "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T225959Z"},
    )
    cal = _get(client, "/de/testort/events/feed.ics")
    assert _feed_dates(cal) == _site_dates([cafe])
    uids = sorted(str(component["uid"]) for component in cal.walk("VEVENT"))
    assert uids == sorted([f"event-{cafe.pk}@nahbar.example.org", f"event-{cafe.pk}-date-{kept.pk}@nahbar.example.org"])
