"""Laying out dates: weekly rules across daylight-saving time, cancelled and moved dates, rule changes."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from events import services
from events.models import Event, Occurrence, SignUp

BERLIN = ZoneInfo("Europe/Berlin")


def _cafe(world, actor=None, **values) -> Event:
    start = dt.datetime(2026, 10, 6, 10, tzinfo=BERLIN)
    defaults = {
        "title": "Willkommenscafé",
        "summary": "Kaffee und Kontakte",
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=2),
        "recurrence": "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270330T235959Z",
        "status": Event.Status.PUBLISHED,
    }
    defaults.update(values)
    return services.create_event(actor=actor, organiser=world.office, values=defaults)


@pytest.fixture
def frozen_now(monkeypatch):
    now = dt.datetime(2026, 10, 1, 8, tzinfo=BERLIN)
    monkeypatch.setattr(timezone, "now", lambda: now)
    return now


def test_weekly_dates_stay_at_ten_across_the_clock_change(world, frozen_now):
    event = _cafe(world)
    starts = [occurrence.starts_at.astimezone(BERLIN) for occurrence in event.occurrences.all()]
    assert len(starts) == 26
    assert {start.weekday() for start in starts} == {1}
    assert {(start.hour, start.minute) for start in starts} == {(10, 0)}
    assert starts[-1].date() == dt.date(2027, 3, 30)


def test_changing_the_time_keeps_sign_ups_cancellations_and_moves(world, frozen_now, staff):
    event = _cafe(world)
    first, second, third = event.occurrences.all()[:3]
    services.cancel_occurrence(actor=staff["editor"], occurrence_id=second.pk, note="Ferien")
    moved_to = dt.datetime(2026, 10, 22, 15, tzinfo=BERLIN)
    services.move_occurrence(
        actor=staff["editor"], occurrence_id=third.pk, starts_at=moved_to, ends_at=moved_to + dt.timedelta(hours=2)
    )
    SignUp.objects.create(occurrence=first, status="confirmed", name="Amal", language="ar", token_hash="x" * 64)
    start = dt.datetime(2026, 10, 6, 10, 30, tzinfo=BERLIN)
    services.update_event(
        actor=staff["editor"],
        event_id=event.pk,
        expected_version=event.version,
        values={"starts_at": start, "ends_at": start + dt.timedelta(hours=2)},
    )
    first.refresh_from_db()
    second.refresh_from_db()
    third.refresh_from_db()
    assert first.starts_at.astimezone(BERLIN).time() == dt.time(10, 30)
    assert first.signups.count() == 1
    assert second.is_cancelled
    assert third.starts_at == moved_to
    assert Occurrence.objects.filter(event=event).count() == 26


def test_a_shorter_rule_drops_dates_without_sign_ups_only(world, frozen_now):
    event = _cafe(world)
    last = event.occurrences.last()
    assert last is not None
    SignUp.objects.create(occurrence=last, status="confirmed", name="Oleh", language="uk", token_hash="y" * 64)
    services.update_event(
        actor=None,
        event_id=event.pk,
        expected_version=event.version,
        values={"recurrence": "FREQ=WEEKLY;BYDAY=TU;UNTIL=20261231T235959Z"},
    )
    dates = list(event.occurrences.values_list("starts_at", flat=True))
    assert len(dates) == 13 + 1
    assert last.starts_at in dates


def test_copy_is_a_draft_with_translations(world, frozen_now, staff):
    event = _cafe(world, recurrence="")
    services.save_event_translation(
        actor=None, event_id=event.pk, language="fa", expected_version=None, values={"title": "کافه", "summary": "قهوه"}
    )
    start = dt.datetime(2026, 11, 3, 10, tzinfo=BERLIN)
    copy = services.copy_event(actor=staff["editor"], event_id=event.pk, starts_at=start)
    assert copy.status == Event.Status.DRAFT
    assert copy.slug != event.slug
    assert copy.translations.get().title == "کافه"
    assert list(copy.occurrences.values_list("starts_at", flat=True)) == [start]
