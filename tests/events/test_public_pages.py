"""The public event pages over real HTTP: the calendar, an event's page and the home page's dates."""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.html import escape

from directory.models import Project
from events import selectors, services
from events.models import Event, Occurrence
from events.selectors import PAGE_SIZE
from tests.events.conftest import make_event, next_weekday

BERLIN = ZoneInfo("Europe/Berlin")
FALLBACK = "This event is not yet translated into your language. It is shown in the original language (%(language)s)."


def tr(language, message):
    with translation.override(language):
        return translation.gettext(message)


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content[:500]
    return response.content.decode()


def day_of(occurrence):
    return occurrence.starts_at.astimezone(BERLIN).date()


def titles(page):
    """Event titles in the order the list shows them."""
    return re.findall(r'<h4><a href="[^"]+"[^>]*>([^<]+)</a></h4>', page)


def dates_of(event):
    return list(event.occurrences.order_by("starts_at"))


# --- the calendar ---------------------------------------------------------------------------------------------


def test_default_shows_the_next_31_days_grouped_by_day(client, events):
    page = get(client, "/de/testort/events/")
    shown = titles(page)
    today = timezone.localdate(timezone.now(), BERLIN)
    cafe_dates = [o for o in dates_of(events.cafe) if day_of(o) < today + dt.timedelta(days=31)]
    assert shown.count("Willkommenscafé Düsternort") == len(cafe_dates) >= 4
    assert shown.count("Ausflug ans Meer") == 1
    assert shown.count("Konzert und Tanz") == 1
    # Day headings in the reader's language, in date order.
    first = day_of(cafe_dates[0])
    with translation.override("de"):
        assert f"{date_format(first, 'l')}, {date_format(first, 'DATE_FORMAT')}" in page
    assert "Dienstag" in page
    headings = re.findall(r'<h3 class="day-heading"><time datetime="([\d-]+)">', page)
    assert headings == sorted(headings)
    assert len(headings) == len(set(headings))
    # The region's feed and printable programme are one tap away.
    assert 'href="/de/testort/events/feed.ics"' in page
    assert 'href="/de/testort/programme/"' in page


def test_times_are_local_and_cost_and_places_are_said(client, events):
    page = get(client, "/de/testort/events/")
    assert "10:00</time>–<time" in page
    assert "12:00</time>" in page
    assert tr("de", "Free of charge") in page
    assert "5,00 €" in page
    assert "Delmenhorst-Pass" in page
    assert tr("de", "sign-up needed") in page
    with translation.override("de"):
        assert translation.ngettext("%(counter)s place left", "%(counter)s places left", 4) % {"counter": 4} in page


def test_drafts_and_other_regions_are_not_listed(client, world, events):
    make_event(world.office, title="Entwurf", starts_at=next_weekday(2, 10), status=Event.Status.DRAFT)
    make_event(world.foreign_org, title="Anderswo-Fest", starts_at=next_weekday(2, 10))
    page = get(client, "/de/testort/events/")
    assert "Entwurf" not in page
    assert "Anderswo-Fest" not in page


def test_dates_already_over_are_left_out_of_the_coming_weeks(client, world, events):
    now = timezone.now()
    make_event(
        world.office, title="Schon vorbei", starts_at=now - dt.timedelta(hours=3), ends_at=now - dt.timedelta(hours=2)
    )
    assert "Schon vorbei" not in get(client, "/de/testort/events/")


def test_day_view_shows_that_day_with_previous_and_next(client, events):
    day = day_of(dates_of(events.concert)[0])
    page = get(client, "/de/testort/events/", view="day", date=day.isoformat())
    assert titles(page) == ["Konzert und Tanz"]
    before, after = day - dt.timedelta(days=1), day + dt.timedelta(days=1)
    assert f'href="?view=day&amp;date={before.isoformat()}"' in page
    assert f'href="?view=day&amp;date={after.isoformat()}"' in page
    assert tr("de", "Previous day") in page


def test_week_view_shows_monday_to_sunday(client, events):
    trip_day = day_of(dates_of(events.trip)[0])  # a Saturday
    monday = trip_day - dt.timedelta(days=trip_day.weekday())
    page = get(client, "/de/testort/events/", view="week", date=trip_day.isoformat())
    in_week = [o.event.title for o in Occurrence.objects.all() if 0 <= (day_of(o) - monday).days < 7]
    assert "Ausflug ans Meer" in in_week
    assert sorted(titles(page)) == sorted(in_week)
    previous = monday - dt.timedelta(days=7)
    assert f'href="?view=week&amp;date={previous.isoformat()}"' in page
    assert f'href="?view=week&amp;date={(monday + dt.timedelta(days=7)).isoformat()}"' in page


def test_month_view_shows_the_calendar_month(client, events):
    last_cafe = dates_of(events.cafe)[-1]
    month = day_of(last_cafe).replace(day=1)
    page = get(client, "/de/testort/events/", view="month", date=month.replace(day=15).isoformat())
    in_month = [o for o in Occurrence.objects.all() if day_of(o).replace(day=1) == month]
    assert len(titles(page)) == len(in_month) > 0
    days = re.findall(r'<h3 class="day-heading"><time datetime="([\d-]+)">', page)
    assert all(d.startswith(month.strftime("%Y-%m")) for d in days)
    following = (month + dt.timedelta(days=32)).replace(day=1)
    previous = (month - dt.timedelta(days=1)).replace(day=1)
    assert f'href="?view=month&amp;date={following.isoformat()}"' in page
    assert f'href="?view=month&amp;date={previous.isoformat()}"' in page


def test_an_empty_month_says_so(client, events):
    page = get(client, "/de/testort/events/", view="month", date="2001-02-03")
    assert titles(page) == []
    assert tr("de", "No events in this time.") in page
    assert 'href="?view=month&amp;date=2001-03-01"' in page


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"district": "sued"}, {"Konzert und Tanz"}),
        ({"district": "nord"}, {"Willkommenscafé Düsternort", "Ausflug ans Meer"}),
        ({"topic": "excursions"}, {"Ausflug ans Meer"}),
        ({"topic": "meeting-places"}, {"Willkommenscafé Düsternort"}),
        ({"audience": "families"}, {"Ausflug ans Meer"}),
        ({"free": "1"}, {"Willkommenscafé Düsternort"}),
        ({"lang_spoken": "ar"}, {"Willkommenscafé Düsternort"}),
        ({"lang_spoken": "fa"}, set()),
        ({"district": "nord", "free": "1"}, {"Willkommenscafé Düsternort"}),
    ],
)
def test_filters(client, events, params, expected):
    page = get(client, "/de/testort/events/", **params)
    assert set(titles(page)) == expected


def test_filters_keep_each_other_and_the_view(client, events):
    day = timezone.localdate(timezone.now(), BERLIN)
    page = get(client, "/de/testort/events/", view="week", date=day.isoformat(), district="nord", free="1")
    monday = day - dt.timedelta(days=day.weekday())
    following = (monday + dt.timedelta(days=7)).isoformat()
    assert f'href="?view=week&amp;date={following}&amp;district=nord&amp;free=1"' in page
    assert f'href="?view=month&amp;date={monday.isoformat()}&amp;district=nord&amp;free=1"' in page
    # The form shows what is chosen, and the filters stay open.
    assert '<option value="nord" selected>' in page
    assert '<option value="week" selected>' in page
    assert re.search(r'<input[^>]*name="free"[^>]*checked', page)
    assert '<details class="filters" open>' in page


def test_cancelled_dates_stay_listed_with_the_note(client, staff, events):
    first = dates_of(events.cafe)[0]
    services.cancel_occurrence(actor=staff["coordinator"], occurrence_id=first.pk, note="Das Büro ist geschlossen.")
    page = get(client, "/de/testort/events/", view="day", date=day_of(first).isoformat())
    assert titles(page) == ["Willkommenscafé Düsternort"]
    assert 'class="event-date is-cancelled"' in page
    assert tr("de", "Cancelled") in page
    assert "Das Büro ist geschlossen." in page


def test_moved_dates_say_where_they_were_planned(client, staff, events):
    first = dates_of(events.cafe)[0]
    later = first.starts_at + dt.timedelta(days=1, hours=4)
    services.move_occurrence(
        actor=staff["coordinator"], occurrence_id=first.pk, starts_at=later, ends_at=later + dt.timedelta(hours=2)
    )
    page = get(client, "/de/testort/events/", view="day", date=day_of(first).isoformat())
    assert titles(page) == []  # the date is no longer on the day the rule put it
    page = get(client, "/de/testort/events/", view="day", date=later.astimezone(BERLIN).date().isoformat())
    assert titles(page) == ["Willkommenscafé Düsternort"]
    assert tr("de", "Moved") in page
    assert later.astimezone(BERLIN).strftime("%H:%M") + "</time>" in page
    status = re.findall(r'<p class="date-status moved">(.*?)</p>', page, re.S)
    assert first.starts_at.astimezone(BERLIN).strftime("%H:%M") in status[0]  # the time it was first planned for


def _daily(world, title, count=1):
    return [
        make_event(
            world.office,
            title=f"{title} {number}",
            location=world.office_place,
            starts_at=next_weekday(0, 8 + number),
            recurrence="FREQ=DAILY",
        )
        for number in range(count)
    ]


def test_long_lists_are_paged(client, world, events):
    _daily(world, "Sprachtreff", 2)  # about 62 dates in the coming weeks, plus the fixture's
    first = get(client, "/de/testort/events/")
    count = int(re.findall(r'<p role="status" class="count">(\d+)', first)[0])
    pages = -(-count // PAGE_SIZE)
    assert len(titles(first)) == PAGE_SIZE
    with translation.override("de"):
        assert translation.gettext("Page %(page)s of %(pages)s") % {"page": 1, "pages": pages} in first
    assert 'rel="next" href="?page=2"' in first
    last = get(client, "/de/testort/events/", page=str(pages))
    assert len(titles(last)) == count - PAGE_SIZE * (pages - 1) > 0
    # A page past the end shows the last one rather than nothing.
    assert titles(get(client, "/de/testort/events/", page="99")) == titles(last)


def test_very_long_lists_stop_counting(client, world, events, monkeypatch):
    monkeypatch.setattr(selectors, "COUNT_LIMIT", 30)
    _daily(world, "Sprachtreff", 2)
    first = get(client, "/de/testort/events/")
    with translation.override("de"):
        assert (
            translation.gettext("More than %(counter)s dates – choose a day, a week or a filter to see fewer.")
            % {"counter": 30}
            in first
        )
        assert translation.gettext("Page %(page)s of %(pages)s") % {"page": 1, "pages": 2} in first
    # Paging ends where counting stopped; narrowing the choice shows the rest.
    assert 'href="?page=3"' not in get(client, "/de/testort/events/", page="2")


def test_paging_keeps_the_filters(client, world, events):
    _daily(world, "Sprachtreff", 2)
    page = get(client, "/de/testort/events/", district="nord")
    assert 'href="?district=nord&amp;page=2"' in page


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"date": "zwölf"}, "date", "Enter the date as year-month-day, for example 2026-05-31."),
        ({"date": "1850-01-01"}, "date", "Pick a date between %(first)s and %(last)s."),
        ({"view": "year"}, "view", "“%(value)s” is not one of the choices; pick one from the list."),
        ({"district": "atlantis"}, "district", "“%(value)s” is not one of the choices; pick one from the list."),
        ({"audience": "aliens"}, "audience", "“%(value)s” is not one of the choices; pick one from the list."),
        ({"page": "0"}, "page", "Pages start at 1."),
        ({"page": "x"}, "page", "The page must be a whole number."),
    ],
)
def test_bad_parameters_get_a_clear_message_and_keep_what_was_typed(client, events, params, field, message):
    page = get(client, "/ar/testort/events/", **params)
    expected = tr("ar", message) % {"value": next(iter(params.values())), "first": "2000-01-01", "last": "2099-12-31"}
    assert escape(expected) in page
    assert 'role="alert"' in page
    assert titles(page) == []
    if field == "date":
        assert f'value="{escape(params["date"])}"' in page
    assert 'dir="rtl"' in page


@pytest.mark.parametrize(
    "url",
    ["/de/nowhere/events/", "/xx/testort/events/", "/de/testort/events/gibt-es-nicht/", "/de/testort/events/999999/"],
)
def test_unknown_pages_are_404(client, events, url):
    assert client.get(url).status_code == 404


def _list_queries(client, params):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/fa/testort/events/", params).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "params", [{}, {"view": "month"}, {"district": "nord", "topic": "meeting-places", "lang_spoken": "ar", "free": "1"}]
)
def test_the_calendar_runs_a_fixed_number_of_queries(client, world, events, params):
    few = _list_queries(client, params)
    for number in range(30):
        make_event(
            world.office,
            title=f"Treffen {number}",
            location=world.office_place,
            starts_at=next_weekday(number % 7, 9),
            recurrence="FREQ=WEEKLY" if number % 2 else "",
            topics=["meeting-places"],
            languages=["ar"],
            translations={"fa": {"title": f"دیدار {number}", "summary": "خلاصه"}},
        )
    many = _list_queries(client, params)
    assert few == many
    assert many <= 8


# --- an event's page ------------------------------------------------------------------------------------------


def test_detail_in_farsi_is_translated_and_right_to_left(client, events):
    page = get(client, f"/fa/testort/events/{events.trip.slug}/")
    assert '<html lang="fa" dir="rtl">' in page
    assert "سفر به دریا" in page
    assert "با اتوبوس به ویلهلمس‌هافن" in page
    # Fields the translation leaves empty come from the German source, marked as such.
    assert '<dd lang="de" dir="ltr">Bushaltestelle Hauptstraße</dd>' in page
    assert '<dd lang="de" dir="ltr">Essen, Getränke, Sonnencreme</dd>' in page
    assert escape(tr("fa", FALLBACK) % {"language": "Deutsch"}) not in page


def test_detail_in_arabic_and_by_id(client, events):
    page = get(client, f"/ar/testort/events/{events.trip.pk}/")
    assert '<html lang="ar" dir="rtl">' in page
    assert "رحلة إلى البحر" in page


def test_detail_without_translation_falls_back_to_german_with_a_note(client, events):
    page = get(client, f"/ar/testort/events/{events.concert.slug}/")
    assert escape(tr("ar", FALLBACK) % {"language": "Deutsch"}) in page
    assert '<article class="event" lang="de">' in page
    assert '<h1 dir="ltr">Konzert und Tanz</h1>' in page


def test_machine_and_outdated_translations_are_labelled(client, events):
    translation_row = events.trip.translations.get(language="ar")
    translation_row.origin = "machine"
    translation_row.source_version = 0
    translation_row.save()
    page = get(client, f"/ar/testort/events/{events.trip.slug}/")
    assert escape(tr("ar", "This text was translated by a machine and may contain mistakes.")) in page
    outdated = "The original text was changed after this translation was made. Details may be out of date."
    assert escape(tr("ar", outdated)) in page


def test_a_language_the_region_does_not_offer_shows_the_source(client, world, events):
    world.region.enabled_languages = ["de", "en", "ar"]
    world.region.save()
    page = get(client, f"/fa/testort/events/{events.trip.slug}/")
    assert "سفر به دریا" not in page
    assert "Ausflug ans Meer" in page


def test_detail_shows_organiser_place_cost_audience_and_languages(client, world, events):
    project = Project.objects.create(region=world.region, name="Miteinander im Quartier")
    Event.objects.filter(pk=events.cafe.pk).update(project=project, age_min=16)
    page = get(client, f"/de/testort/events/{events.cafe.slug}/")
    assert "Nachbarschaftsbüro Nord" in page
    assert "Hauptstraße 1" in page
    assert "46284 Testort" in page
    assert "openstreetmap.org" in page
    assert 'href="geo:51.660000,6.960000"' in page
    assert tr("de", "Free of charge") in page
    assert tr("de", "Everyone") in page
    assert "Deutsch, العربية" in page
    assert "Miteinander im Quartier" in page
    # The café belongs to the published offer, which gets a link.
    assert 'href="/de/testort/offers/willkommenscafe/"' in page
    assert f'href="/de/testort/events/{events.cafe.slug}/event.ics"' in page


def test_detail_lists_the_next_twelve_dates_with_cancelled_and_moved_ones(client, staff, events):
    dates = dates_of(events.cafe)
    services.cancel_occurrence(actor=staff["coordinator"], occurrence_id=dates[0].pk, note="Feiertag")
    later = dates[1].starts_at + dt.timedelta(hours=5)
    services.move_occurrence(
        actor=staff["coordinator"], occurrence_id=dates[1].pk, starts_at=later, ends_at=later + dt.timedelta(hours=1)
    )
    page = get(client, f"/de/testort/events/{events.cafe.slug}/")
    assert page.count('<li class="event-date') == min(12, len(dates))
    assert page.count('class="event-date is-cancelled"') == 1
    assert "Feiertag" in page
    assert tr("de", "Moved") in page
    assert "signup/" not in page  # the café needs no sign-up


def test_sign_up_links_and_places(client, events):
    occurrence = dates_of(events.trip)[0]
    signup_url = f"/de/testort/events/{events.trip.slug}/dates/{occurrence.pk}/signup/"
    page = get(client, f"/de/testort/events/{events.trip.slug}/")
    assert f'href="{signup_url}"' in page
    assert tr("de", "Sign up") in page

    Occurrence.objects.filter(pk=occurrence.pk).update(places_taken=4)
    page = get(client, f"/de/testort/events/{events.trip.slug}/")
    assert tr("de", "full – waiting list") in page
    assert tr("de", "Join the waiting list") in page
    assert f'href="{signup_url}"' in page

    Event.objects.filter(pk=events.trip.pk).update(waiting_list=False)
    page = get(client, f"/de/testort/events/{events.trip.slug}/")
    assert f"{tr('de', 'sign-up needed')} · {tr('de', 'full')}" in page
    assert signup_url not in page


def test_no_sign_up_link_for_a_cancelled_date(client, staff, events):
    occurrence = dates_of(events.trip)[0]
    services.cancel_occurrence(actor=staff["coordinator"], occurrence_id=occurrence.pk)
    page = get(client, f"/de/testort/events/{events.trip.slug}/")
    assert "signup/" not in page
    assert tr("de", "Cancelled") in page


@pytest.mark.parametrize("status", [Event.Status.DRAFT, Event.Status.ARCHIVED])
def test_unpublished_events_are_404(client, events, status):
    Event.objects.filter(pk=events.trip.pk).update(status=status)
    assert client.get(f"/de/testort/events/{events.trip.slug}/").status_code == 404
    assert "Ausflug ans Meer" not in get(client, "/de/testort/events/")


def test_another_regions_event_is_404_here(client, world, events):
    foreign = make_event(world.foreign_org, title="Fest anderswo", starts_at=next_weekday(2, 10))
    assert client.get(f"/de/testort/events/{foreign.slug}/").status_code == 404
    assert client.get(f"/de/testort/events/{foreign.pk}/").status_code == 404
    assert client.get(f"/de/anderswo/events/{foreign.slug}/").status_code == 200


def _detail_queries(client, slug):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(f"/fa/testort/events/{slug}/").status_code == 200
    return len(queries)


def test_detail_runs_a_fixed_number_of_queries(client, world, events):
    few = _detail_queries(client, events.cafe.slug)
    events.cafe.topics.add(*events.trip.topics.all())
    make_event(world.office, title="Anderes", starts_at=next_weekday(3, 10), recurrence="FREQ=DAILY")
    many = _detail_queries(client, events.cafe.slug)
    assert few == many
    assert many <= 8


# --- the region's home page -----------------------------------------------------------------------------------


def _today_event(world, title):
    now = timezone.now()
    midnight = dt.datetime.combine(timezone.localdate(now, BERLIN), dt.time.min, tzinfo=BERLIN)
    return make_event(
        world.office,
        title=title,
        location=world.office_place,
        starts_at=max(midnight, now - dt.timedelta(hours=1)),
        ends_at=now + dt.timedelta(hours=1),
    )


def _section(page, heading):
    start = page.index(f">{heading}</h3>")
    ends = [page.find(marker, start + 1) for marker in ("<h3", "</section>")]
    return page[start : min(end for end in ends if end > 0)]


def test_home_shows_today_and_this_week(client, world, events):
    _today_event(world, "Spielenachmittag")
    page = get(client, "/de/testort/")
    today = _section(page, tr("de", "Today"))
    week = _section(page, tr("de", "This week"))
    assert "Spielenachmittag" in today
    assert "Konzert und Tanz" in week  # the coming Friday is within seven days
    assert "Willkommenscafé Düsternort" in week
    assert "Ausflug ans Meer" not in page  # more than a week ahead
    assert 'href="/de/testort/events/"' in page


def test_home_says_when_nothing_is_on_today(client, events):
    page = get(client, "/ar/testort/")
    assert escape(tr("ar", "No more events today.")) in page


def _home_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/fa/testort/").status_code == 200
    return len(queries)


def test_home_runs_a_fixed_number_of_queries(client, world, events):
    _today_event(world, "Heute 0")
    few = _home_queries(client)
    for number in range(1, 12):
        _today_event(world, f"Heute {number}")
        make_event(world.office, title=f"Woche {number}", starts_at=next_weekday(number % 7, 10))
    many = _home_queries(client)
    assert few == many
    assert many <= 8  # three of them for the dates: today's, the coming days', their translations
    page = get(client, "/de/testort/")
    assert page.count('<li class="event-date') == 16  # eight today, eight in the coming days
