"""Measure the public event calendar: server time and query count of a region's next 31 days."""

import contextlib
import statistics
import time
import warnings
from pathlib import Path
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, setup_test_environment
from django.urls import reverse
from django.utils import timezone, translation

from core.models import Region
from events.benchmark import Generated, create_region
from events.models import Event

DEFAULT_DATABASE = "/tmp/nahbar-benchmark-events.sqlite3"  # noqa: S108 - a throwaway file, deleted at will
BIG, SMALL = "bench-events", "bench-events-small"
# (label, page language, query parameters); the default view is the next 31 days.
PAGES: list[tuple[str, str, dict[str, str]]] = [
    ("de: next 31 days", "de", {}),
    ("ar: next 31 days", "ar", {}),
    ("de: topic", "de", {"topic": "family"}),
    ("ar: free only", "ar", {"free": "1"}),
    ("de: page 3", "de", {"page": "3"}),
]


class Command(BaseCommand):
    help = (
        "Generate a region with many events (weekly and single, eight languages) and a small one, then print "
        "p50/p95 server time and the query count of the public event list."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--events", type=int, default=10_000, help="Events in the large region.")
        parser.add_argument("--recurring", type=int, default=2_000, help="How many of them recur weekly.")
        parser.add_argument("--small", type=int, default=100, help="Events in the small region (query count).")
        parser.add_argument("--runs", type=int, default=50, help="Timed requests per page, after the warm-up.")
        parser.add_argument("--warmup", type=int, default=3, help="Untimed requests per page first.")
        parser.add_argument(
            "--database",
            default=DEFAULT_DATABASE,
            help="SQLite file the benchmark builds and uses (SQLite only; created and migrated if missing).",
        )
        parser.add_argument(
            "--here",
            action="store_true",
            help="Use the configured database instead (e.g. PostgreSQL). Never a live one: it adds public regions.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        # The test client then hands back each page's context (for the number of dates); DEBUG off as in production.
        with contextlib.suppress(RuntimeError):  # already set up, e.g. when a test runs this command
            setup_test_environment(debug=False)
        warnings.filterwarnings("ignore", message="No directory at")
        if not options["here"] and connection.vendor == "sqlite":
            self._use_own_database(Path(options["database"]))
        self.stdout.write(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
        now = timezone.now()
        small_recurring = options["small"] * options["recurring"] // max(1, options["events"])
        big = self._generate(BIG, options["events"], options["recurring"], seed=1, now=now)
        small = self._generate(SMALL, options["small"], small_recurring, seed=2, now=now)
        client = Client()
        worst = self._measure(client, big, runs=options["runs"], warmup=options["warmup"])
        self._compare_queries(client, big.region, small)
        self.stdout.write(f"\nworst p95: {worst:.1f} ms (budget: p95 <= 50 ms)")

    def _use_own_database(self, path: Path) -> None:
        """Point the connection at a benchmark file, so the synthetic regions never reach the real database."""
        connection.close()
        connection.settings_dict["NAME"] = str(path)
        call_command("migrate", verbosity=0, interactive=False)

    def _generate(self, slug: str, size: int, recurring: int, *, seed: int, now: Any) -> Generated:
        # Events protect their organisers, so they go before the region (which takes the organisations along).
        Event.objects.filter(region__slug=slug).delete()
        Region.objects.filter(slug=slug).delete()
        made = create_region(slug=slug, size=size, recurring=recurring, seed=seed, now=now)
        self.stdout.write(
            f"generated {slug}: {made.events} events ({made.recurring} weekly), {made.translations} translations, "
            f"{made.dates} dates in {made.total_seconds:.1f} s; laying out the dates took {made.layout_seconds:.2f} s"
        )
        return made

    def _measure(self, client: Client, made: Generated, *, runs: int, warmup: int) -> float:
        """Print p50/p95 and the query count per page of the large region; returns the worst p95."""
        self.stdout.write(f"\nevent list of {made.region.slug} ({made.events} events, 8 languages)")
        self.stdout.write(f"{'page':24} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8} {'dates':>8}")
        worst = 0.0
        for label, language, params in PAGES:
            url = _url(made.region, language)
            for _ in range(warmup):
                _get(client, url, params)
            timings = []
            for _ in range(runs):
                started = time.perf_counter()
                _get(client, url, params)
                timings.append((time.perf_counter() - started) * 1000)
            queries, dates = _count(client, url, params)
            p50 = statistics.median(timings)
            p95 = statistics.quantiles(timings, n=20)[18] if len(timings) > 1 else timings[0]
            worst = max(worst, p95)
            self.stdout.write(f"{label:24} {p50:8.1f} {p95:8.1f} {queries:8} {dates:>8}")
        return worst

    def _compare_queries(self, client: Client, big: Region, small: Generated) -> None:
        """The same pages for the small region: the query count must not depend on the number of events."""
        self.stdout.write(f"\nqueries per page, {small.events} events vs. the large region:")
        grows = []
        for label, language, params in PAGES:
            few, _dates = _count(client, _url(small.region, language), params)
            many, _dates = _count(client, _url(big, language), params)
            self.stdout.write(f"{label:24} {few:8} {many:8}")
            if many != few:
                grows.append(label)
        if grows:
            self.stdout.write(self.style.WARNING("query count grows with the number of events: " + ", ".join(grows)))
        else:
            self.stdout.write("query count does not grow with the number of events")


def _url(region: Region, language: str) -> str:
    with translation.override(language):
        return reverse("event_list", kwargs={"region_slug": region.slug})


def _get(client: Client, url: str, params: dict[str, str]) -> Any:
    response = client.get(url, params)
    if response.status_code != 200:
        raise RuntimeError(f"{url} {params} answered {response.status_code}")
    return response


def _count(client: Client, url: str, params: dict[str, str]) -> tuple[int, str]:
    """Queries of one request, and how many dates the page says it found ("500+" where it stopped counting)."""
    with CaptureQueriesContext(connection) as queries:
        response = _get(client, url, params)
    page = response.context["page"] if response.context and "page" in response.context else None
    if page is None:
        return len(queries), "?"
    return len(queries), f"{page.total}+" if page.more else str(page.total)
