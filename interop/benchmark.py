"""Measure the HSDS API: server time of a page of full service records, and the memory of a full ndjson export.

The offers are the search benchmark's synthetic regions (directory.benchmark), generated once into whatever
database the command runs against.
"""

import resource
import statistics
import time
import tracemalloc
from dataclasses import dataclass

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

SERVICES = "/api/hsds/services"
WARM_UPS = 3


@dataclass(frozen=True)
class PageTimes:
    p50_ms: float
    p95_ms: float
    pages: int


@dataclass(frozen=True)
class Export:
    records: int
    seconds: float
    rss_growth_mb: float


def _get(client: Client, params: dict[str, str]) -> None:
    response = client.get(SERVICES, params)
    assert response.status_code == 200, response.status_code
    assert not response.streaming
    response.content  # noqa: B018 - read the body the way a client would


def time_pages(client: Client, *, total: int, per_page: int, runs: int) -> PageTimes:
    """p50/p95 of `runs` full-record pages spread over the whole list (deep pages cost more on some databases)."""
    pages = max(1, -(-total // per_page))
    for page in range(1, WARM_UPS + 1):
        _get(client, {"full": "true", "per_page": str(per_page), "page": str(min(page, pages))})
    timings = []
    for run in range(runs):
        page = 1 + (run * 7919) % pages  # a prime stride visits first, middle and last pages alike
        started = time.perf_counter()
        _get(client, {"full": "true", "per_page": str(per_page), "page": str(page)})
        timings.append((time.perf_counter() - started) * 1000)
    p95 = statistics.quantiles(timings, n=20)[18] if len(timings) > 1 else timings[0]
    return PageTimes(p50_ms=statistics.median(timings), p95_ms=p95, pages=pages)


def queries_per_page(client: Client, *, per_page: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        _get(client, {"full": "true", "per_page": str(per_page), "page": "2"})
    return len(captured.captured_queries)


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def export(client: Client, params: dict[str, str]) -> Export:
    """Stream the full ndjson export, counting lines and keeping none of them."""
    rss_before = _max_rss_mb()
    started = time.perf_counter()
    response = client.get(SERVICES, {"format": "ndjson", "full": "true", **params})
    assert response.status_code == 200, response.status_code
    assert response.streaming
    records = sum(chunk.count(b"\n") for chunk in response.streaming_content)  # type: ignore[attr-defined]
    seconds = time.perf_counter() - started
    return Export(records=records, seconds=seconds, rss_growth_mb=_max_rss_mb() - rss_before)


def traced_peak_mb(client: Client, params: dict[str, str]) -> float:
    """Peak Python memory of the same export, traced separately because tracing slows it several times."""
    tracemalloc.start()
    try:
        export(client, params)
        return tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()
