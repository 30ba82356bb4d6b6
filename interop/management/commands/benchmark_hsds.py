"""Measure the HSDS API: p50/p95 of a page of 50 full services, queries per page, and a full ndjson export."""

import contextlib
import warnings
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser
from django.test import Client, override_settings
from django.test.utils import setup_test_environment
from django.utils import timezone

from directory.benchmark import regions as benchmark_regions
from interop import benchmark
from interop.hsds.selectors import public_offers
from nahbar.startup import settle

PER_PAGE = 50
BUDGET_MS = 60


class Command(BaseCommand):
    help = "Generate the search benchmark's regions (once), then time HSDS service pages and a full ndjson export."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", type=float, default=1.0, help="Fraction of the 100 000 offers to generate.")
        parser.add_argument("--runs", type=int, default=50, help="Timed page requests, after three warm-ups.")

    def handle(self, *args: Any, **options: Any) -> None:
        # The test client then works as in tests, with DEBUG off as in production; under pytest it already is.
        with contextlib.suppress(RuntimeError):
            setup_test_environment(debug=False)
        warnings.filterwarnings("ignore", message="No directory at")
        # The anonymous rate limit would answer 429 long before the benchmark is done.
        with override_settings(RATELIMIT_ENABLE=False):
            self._run(options["scale"], options["runs"])

    def _run(self, scale: float, runs: int) -> None:
        regions = benchmark_regions(scale, report=self.stdout.write)
        settle()  # as nahbar/wsgi.py does in production, after the generated data's garbage is gone
        total = public_offers(today=timezone.localdate()).count()
        self.stdout.write(f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")
        self.stdout.write(f"services: {total} in {len(regions)} regions, 8 languages")
        client = Client()
        times = benchmark.time_pages(client, total=total, per_page=PER_PAGE, runs=runs)
        self.stdout.write(
            f"services page of {PER_PAGE} full records ({runs} requests over {times.pages} pages):"
            f" p50 {times.p50_ms:.1f} ms, p95 {times.p95_ms:.1f} ms (budget p95 <= {BUDGET_MS} ms)"
        )
        one, fifty = (benchmark.queries_per_page(client, per_page=size) for size in (1, PER_PAGE))
        verdict = "equal" if one == fifty else "NOT EQUAL"
        self.stdout.write(f"queries per page: per_page=1 {one}, per_page={PER_PAGE} {fifty} ({verdict})")
        self._exports(client, smaller=regions[2].slug)

    def _exports(self, client: Client, *, smaller: str) -> None:
        # The smaller one first, so its ru_maxrss growth is not hidden by the bigger one's high-water mark.
        for label, params in (("10x smaller", {"region": smaller}), ("full", {})):
            done = benchmark.export(client, params)
            peak = benchmark.traced_peak_mb(client, params)
            self.stdout.write(
                f"ndjson export, {label}: {done.records} records in {done.seconds:.1f} s,"
                f" tracemalloc peak {peak:.1f} MB, ru_maxrss growth {done.rss_growth_mb:.1f} MB"
            )
