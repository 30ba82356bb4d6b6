"""The events benchmark at a tiny size: it generates its regions, times the event list and compares query counts."""

import io
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from events.benchmark import create_region
from events.models import Event, EventTranslation, Occurrence


@pytest.mark.django_db
def test_generated_region_has_weekly_and_single_events_in_eight_languages(db):
    made = create_region(slug="bench-tiny", size=12, recurring=3, seed=5, now=timezone.now())
    events = Event.objects.filter(region=made.region)
    assert (made.events, made.recurring) == (12, 3)
    assert events.exclude(recurrence="").count() == 3
    assert EventTranslation.objects.filter(event__region=made.region).count() == made.translations == 12 * 7
    assert set(made.region.enabled_languages) == {"de", "en", "ar", "fa", "tr", "uk", "ru", "fr"}
    assert Occurrence.objects.filter(region=made.region).count() == made.dates
    # Weekly events have a year of dates, single ones one each.
    for event in events:
        count = event.occurrences.count()
        assert count > 40 if event.recurrence else count == 1, event.slug
    assert not events.filter(topics__isnull=True).exists()


@pytest.mark.django_db
def test_command_prints_timings_and_a_query_count_that_does_not_grow(db):
    def run() -> str:
        out = io.StringIO()
        call_command(
            "benchmark_events",
            "--here",
            "--events=40",
            "--recurring=8",
            "--small=10",
            "--runs=2",
            "--warmup=1",
            stdout=out,
        )
        return out.getvalue()

    run()
    text = run()  # a second run replaces the generated regions
    assert re.search(r"generated bench-events: 40 events \(8 weekly\), 280 translations, \d+ dates in", text)
    assert "laying out the dates took" in text
    assert "generated bench-events-small: 10 events (2 weekly)" in text
    for label in ("de: next 31 days", "ar: next 31 days", "de: topic", "ar: free only"):
        row = re.search(rf"^{re.escape(label)}\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)$", text, re.MULTILINE)
        assert row, label
        assert int(row.group(3)) > 0
    assert "query count does not grow with the number of events" in text
    assert re.search(r"worst p95: [\d.]+ ms \(budget: p95 <= 50 ms\)", text)
