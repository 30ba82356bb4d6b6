"""Measure the public finder: server time of representative searches and the size of a first page load."""

import gzip
import resource
import statistics
import time
import warnings
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management.base import BaseCommand, CommandParser
from django.test import Client
from django.test.utils import setup_test_environment

from core.models import Region
from directory.benchmark import drop
from directory.benchmark import regions as benchmark_regions

QUERIES: list[tuple[str, str, dict[str, str]]] = [
    ("text: common word", "de", {"q": "Beratung"}),
    ("text: two words", "de", {"q": "Beratung Familie"}),
    ("text: rare word", "de", {"q": "{rare}"}),
    ("text: word start", "de", {"q": "{prefix}"}),
    ("text: typo", "de", {"q": "{typo}"}),
    ("text: Arabic", "ar", {"q": "{arabic}"}),
    ("filters: topic + district", "de", {"topic": "counselling", "district": "d3"}),
    ("filters: language + free + weekday", "de", {"lang_spoken": "ar", "free": "1", "open": "TU"}),
    ("filters: open now", "de", {"open": "now"}),
    ("both: text + filters", "de", {"q": "Beratung", "topic": "family", "free": "1", "age": "16"}),
    ("nothing: all offers", "de", {}),
]


class Command(BaseCommand):
    help = "Generate synthetic regions (once) and print p50/p95 server time of searches and the page weight."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--scale", type=float, default=1.0, help="Fraction of the 100 000 offers to generate.")
        parser.add_argument("--runs", type=int, default=50, help="Timed runs per query.")
        parser.add_argument("--drop", action="store_true", help="Delete the synthetic regions afterwards.")

    def handle(self, *args: Any, **options: Any) -> None:
        # The test client then reports each page's context (for result counts); DEBUG off as in production.
        setup_test_environment(debug=False)
        # Without DEBUG, WhiteNoise warns about uncollected static files, which searches do not need.
        warnings.filterwarnings("ignore", message="No directory at")
        regions = benchmark_regions(options["scale"], report=self.stdout.write)
        self.stdout.write(f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")
        self.stdout.write(f"offers: {sum(r.offers.count() for r in regions)} in {len(regions)} regions, 8 languages")
        client = Client()
        # The largest region is a stress case; the second is as large as a big city's directory gets.
        worst = {region.slug: self._measure(client, region, options["runs"]) for region in regions[:2]}
        self.stdout.write("\nworst p95: " + ", ".join(f"{slug} {ms:.1f} ms" for slug, ms in worst.items()))
        self.stdout.write("budget: p95 <= 50 ms")
        self._page_weight(client, regions[0])
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        self.stdout.write(f"peak memory of this process: {peak:.0f} MB")
        if options["drop"]:
            for region in Region.objects.filter(slug__startswith="bench-"):
                drop(region)

    def _measure(self, client: Client, region: Region, runs: int) -> float:
        """Print p50/p95 per query in one region; returns the worst p95."""
        self.stdout.write(f"\nsearched region: {region.slug} with {region.offers.count()} offers")
        self.stdout.write(f"{'query':40} {'p50 ms':>8} {'p95 ms':>8} {'results':>8}")
        words = self._sample_words(region)
        worst = 0.0
        for label, language, params in QUERIES:
            filled = {key: value.format(**words) for key, value in params.items()}
            timings, count = self._time(client, f"/{language}/{region.slug}/offers/", filled, runs)
            p50, p95 = statistics.median(timings), statistics.quantiles(timings, n=20)[18]
            worst = max(worst, p95)
            self.stdout.write(f"{label:40} {p50:8.1f} {p95:8.1f} {count:>8}")
        return worst

    def _sample_words(self, region: Region) -> dict[str, str]:
        offer = region.offers.order_by("-id").first()
        assert offer is not None
        rare = offer.description.split()[-1]
        arabic = offer.translations.get(language="ar").title.split()[0]
        title_word = offer.title.split()[0]
        typo = title_word[:2] + title_word[3] + title_word[2] + title_word[4:] if len(title_word) > 5 else title_word
        return {"rare": rare, "prefix": title_word[:5], "typo": typo, "arabic": arabic}

    def _time(self, client: Client, url: str, params: dict[str, str], runs: int) -> tuple[list[float], int]:
        for _ in range(3):  # warm-up: the first requests read the index from disk
            response = client.get(url, params)
            assert response.status_code == 200, response.status_code
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            response = client.get(url, params)
            timings.append((time.perf_counter() - started) * 1000)
        return timings, response.context["results"].total if response.context else -1

    def _page_weight(self, client: Client, region: Region) -> None:
        response = client.get(f"/de/{region.slug}/offers/", {"q": "Beratung"}, HTTP_ACCEPT_ENCODING="gzip")
        html = (
            len(response.content)
            if response.get("Content-Encoding") == "gzip"
            else len(gzip.compress(response.content))
        )
        css_path = finders.find("core/site.css")
        css = len(gzip.compress(Path(str(css_path)).read_bytes(), compresslevel=9))
        self.stdout.write(
            f"\nfirst load of the search page, compressed: HTML {html / 1024:.1f} KB + CSS {css / 1024:.1f} KB"
            f" + JS 0 KB + fonts 0 KB = {(html + css) / 1024:.1f} KB (budget 35 KB)"
        )
