"""Demo events: what the seeds mention, on real weekdays and times, in the coming weeks, in several languages."""

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from events.demo import loader
from events.models import Event, EventTranslation, Occurrence, SignUp
from participation.models import Proposal, Round
from translations.models import Origin

BERLIN = ZoneInfo("Europe/Berlin")
DEMO_REGIONS = {"delmenhorst", "dorsten", "dortmund", "magdeburg"}
CAFE_TITLE = "Café „Willkommen in Düsternort“"


@pytest.fixture
def demo(settings, monkeypatch) -> str:
    return load(settings, monkeypatch)


def load(settings, monkeypatch) -> str:
    settings.DEBUG = True
    monkeypatch.setenv("NAHBAR_DEMO_PASSWORD", "demo-test-passwort-1")
    out = io.StringIO()
    call_command("load_demo", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(BERLIN)


@pytest.mark.django_db
def test_cafe_is_weekly_on_tuesdays_ten_to_twelve_with_one_cancelled_and_one_moved_date(demo):
    cafe = Event.objects.get(region__slug="delmenhorst", title=CAFE_TITLE)
    assert cafe.recurrence == "FREQ=WEEKLY;BYDAY=TU"
    assert cafe.location is not None
    assert cafe.location.name == "Nachbarschaftsbüro Düsternort"
    dates = list(cafe.occurrences.order_by("starts_at"))
    assert len(dates) > 50  # laid out a year ahead
    regular = [date for date in dates if not date.is_moved]
    assert {(local(d.starts_at).strftime("%a %H:%M"), local(d.ends_at).strftime("%H:%M")) for d in regular} == {
        ("Tue 10:00", "12:00")
    }
    (cancelled,) = [date for date in dates if date.is_cancelled]
    assert cancelled.note
    (moved,) = [date for date in dates if date.is_moved]
    assert local(moved.starts_at).strftime("%a %H:%M") == "Wed 10:00"
    assert local(moved.original_start).strftime("%a %H:%M") == "Tue 10:00"
    assert all(date.starts_at > timezone.now() for date in dates[:6])


@pytest.mark.django_db
def test_every_region_has_upcoming_published_events_in_english_and_arabic(demo):
    assert "Events: delmenhorst 8, dorsten 13, dortmund 4, magdeburg 2" in demo
    now = timezone.now()
    soon = now + dt.timedelta(days=31)
    for slug in DEMO_REGIONS:
        upcoming = Occurrence.objects.filter(region__slug=slug, starts_at__gt=now, starts_at__lt=soon)
        assert upcoming.count() >= 2, slug
    assert not Event.objects.exclude(status=Event.Status.PUBLISHED).exists()
    for event in Event.objects.prefetch_related("translations"):
        languages = {translation.language for translation in event.translations.all()}
        assert {"en", "ar"} <= languages, event.slug
    for language in ("fa", "tr", "uk", "ru"):
        assert EventTranslation.objects.filter(language=language).count() >= 4, language


@pytest.mark.django_db
def test_one_machine_and_one_outdated_translation(demo):
    machine = EventTranslation.objects.filter(origin=Origin.MACHINE)
    assert [(t.event.title, t.language) for t in machine] == [("Spielenachmittag in Hasport", "uk")]
    outdated = [
        t for t in EventTranslation.objects.select_related("event") if t.source_version < t.event.content_version
    ]
    assert [(t.event.title, t.language) for t in outdated] == [("Spaghetti-Eis-Nachmittag", "ar")]


@pytest.mark.django_db
def test_trips_have_places_a_meeting_point_and_a_nearly_full_or_full_first_date(demo):
    sea = Event.objects.get(region__slug="delmenhorst", title="Ausflug ans Meer nach Wilhelmshaven")
    assert (sea.signup_enabled, sea.capacity, sea.max_party_size) == (True, 20, 5)
    assert sea.meeting_point.startswith("Vor dem Nachbarschaftsbüro Düsternort")
    assert sea.what_to_bring
    assert local(sea.starts_at).strftime("%a") == "Sat"
    first = sea.occurrences.get()
    assert first.places_left == 2  # a family of three lands on the waiting list
    museum = Event.objects.get(region__slug="dorsten", title="Exkursion ins Jüdische Museum Westfalen")
    assert (museum.cost, museum.cost_pass_name) == ("reduced", "Dorsten-Pass")
    date = museum.occurrences.get()
    assert (date.places_left, date.places_waiting) == (0, 2)
    assert SignUp.objects.filter(occurrence=date, status=SignUp.Status.WAITING).count() == 1
    # Example sign-ups carry a made-up name and no contact at all.
    assert not SignUp.objects.exclude(phone="", email="").exists()
    assert set(SignUp.objects.values_list("name", flat=True)) <= {f"Beispiel {n}" for n in range(1, 10)}


@pytest.mark.django_db
def test_topics_audience_and_costs(demo):
    assert not Event.objects.filter(topics__isnull=True).exists()
    assert not Event.objects.filter(audience=[]).exists()
    youth = Event.objects.get(region__slug="delmenhorst", title__startswith="Jugendprojekt")
    assert (youth.age_min, youth.age_max) == (12, 26)
    assert youth.project is not None
    assert Event.objects.filter(cost="free").count() > Event.objects.exclude(cost="free").count() > 0
    dortmund = Event.objects.get(region__slug="dortmund", title__startswith="Infonachmittag: Strom")
    assert set(dortmund.languages) == {"de", "ar", "en", "fa"}
    assert dortmund.location is not None
    assert dortmund.location.district is not None
    assert dortmund.location.district.slug == "brackel"
    stammtisch = Event.objects.get(region__slug="dorsten", title__startswith="Stammtisch")
    starts = [local(date.starts_at) for date in stammtisch.occurrences.all()[:4]]
    assert all(start.strftime("%a") == "Thu" and start.day <= 7 for start in starts)


@pytest.mark.django_db
def test_public_event_list_shows_the_demo(demo):
    page = Client().get("/de/delmenhorst/events/")
    assert page.status_code == 200
    assert "Willkommen in Düsternort" in page.content.decode()
    arabic = Client().get("/ar/delmenhorst/events/")
    assert "مقهى „أهلاً بكم في دوسترنورت“" in arabic.content.decode()


@pytest.mark.django_db
def test_the_cafe_collects_proposals_in_several_languages(demo):
    round_ = Round.objects.get(region__slug="delmenhorst")
    assert round_.is_collecting
    assert round_.location == Event.objects.get(title=CAFE_TITLE).location
    assert {proposal.language for proposal in round_.proposals.all()} == {"de", "ar", "fa", "uk"}
    page = Client().get(f"/de/delmenhorst/rounds/{round_.pk}/").content.decode()
    assert "Ausflug in den Bremer Zoo" in page  # the Arabic proposal, in the German translation staff typed


@pytest.mark.django_db
def test_running_twice_keeps_the_counts(settings, monkeypatch):
    models: list[Any] = [Event, EventTranslation, Occurrence, SignUp, Round, Proposal]
    load(settings, monkeypatch)
    first = {model.__name__: model.objects.count() for model in models}
    load(settings, monkeypatch)
    assert {model.__name__: model.objects.count() for model in models} == first


def test_catalogue_is_consistent():
    loader.check_events()


def test_no_private_contact_in_the_event_data():
    package = Path(loader.__file__).parent
    texts = [path.read_text(encoding="utf-8") for path in package.glob("*.py")]
    assert not [text for text in texts if "wahl" in text.lower() or re.search(r"[\w.-]+@[\w-]+\.\w", text)]


def test_first_date_follows_the_rule():
    # Load day Sunday 22 November 2026: the first Tuesday after it is the 24th; the first "first Thursday" is
    # 3 December; a Saturday two weeks ahead is 12 December.
    today = dt.date(2026, 11, 22)
    when: Any = {"weekday": "TU", "weeks_ahead": 0, "starts": "10:00", "ends": "12:00"}
    start, end = loader.first_date(when, recurrence="FREQ=WEEKLY;BYDAY=TU", today=today, zone=BERLIN)
    assert (start, end) == (dt.datetime(2026, 11, 24, 10, tzinfo=BERLIN), dt.datetime(2026, 11, 24, 12, tzinfo=BERLIN))
    when = {"weekday": "TH", "weeks_ahead": 0, "starts": "18:00", "ends": "20:00"}
    start, _end = loader.first_date(when, recurrence="FREQ=MONTHLY;BYDAY=1TH", today=today, zone=BERLIN)
    assert start == dt.datetime(2026, 12, 3, 18, tzinfo=BERLIN)
    when = {"weekday": "SA", "weeks_ahead": 2, "starts": "09:00", "ends": "18:00"}
    start, _end = loader.first_date(when, recurrence="", today=today, zone=BERLIN)
    assert start.date() == dt.date(2026, 12, 12)
