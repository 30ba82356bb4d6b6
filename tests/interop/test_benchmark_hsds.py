"""The HSDS benchmark runs end to end at a tiny scale and prints the figures the issue asks for."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_benchmark_prints_page_times_queries_and_flat_export():
    out = StringIO()
    call_command("benchmark_hsds", scale=0.001, runs=3, stdout=out)
    printed = out.getvalue()

    assert "services: 100 in 6 regions" in printed
    assert re.search(r"services page of 50 full records .*: p50 [\d.]+ ms, p95 [\d.]+ ms", printed)
    queries = re.search(r"queries per page: per_page=1 (\d+), per_page=50 (\d+) \(equal\)", printed)
    assert queries
    assert queries[1] == queries[2]
    # The full export streams every service; the smaller one is the 10-offer region.
    assert re.search(r"ndjson export, 10x smaller: 10 records in [\d.]+ s, tracemalloc peak [\d.]+ MB", printed)
    assert re.search(r"ndjson export, full: 100 records in [\d.]+ s, tracemalloc peak [\d.]+ MB", printed)
    assert "ru_maxrss growth" in printed
