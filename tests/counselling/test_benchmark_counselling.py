"""The counselling benchmark runs end to end on a small town and prints what the issue asks for."""

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_benchmark_prints_times_and_fixed_query_counts(world, capsys):
    call_command("benchmark_counselling", "--here", "--contacts", "600", "--cases", "120", "--runs", "3")
    out = capsys.readouterr().out
    assert "generated 600 contacts and 120 cases" in out
    for label in ("case list", "contact log"):
        line = next(line for line in out.splitlines() if line.startswith(label))
        first, deep = line.rsplit(" ", 1)[1].split("/")
        assert first == deep, line
    assert "worst p95:" in out
