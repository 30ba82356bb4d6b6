"""Measure a counsellor's case list and contact log with 1 000 000 contacts and 50 000 cases in the town."""

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
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.models import Organisation, Region
from counselling.benchmark import create_region
from counselling.models import Case, Contact

DEFAULT_DATABASE = "/tmp/nahbar-benchmark-counselling.sqlite3"  # noqa: S108 - a throwaway file, deleted at will
SLUG = "bench-beratung"
BUDGET_MS = 80


class Command(BaseCommand):
    help = "Generate a town with many contacts and cases, then print p50/p95 and queries of the case list and log."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--contacts", type=int, default=1_000_000)
        parser.add_argument("--cases", type=int, default=50_000)
        parser.add_argument("--runs", type=int, default=50, help="Timed requests per list, after three warm-ups.")
        parser.add_argument("--database", default=DEFAULT_DATABASE, help="SQLite file the benchmark builds and uses.")
        parser.add_argument("--here", action="store_true", help="Use the configured database (never a live one).")

    def handle(self, *args: Any, **options: Any) -> None:
        with contextlib.suppress(RuntimeError):  # already set up, e.g. when a test runs this command
            setup_test_environment(debug=False)
        warnings.filterwarnings("ignore", message="No directory at")
        if not options["here"] and connection.vendor == "sqlite":
            connection.close()
            connection.settings_dict["NAME"] = str(Path(options["database"]))
            call_command("migrate", verbosity=0, interactive=False)
        self.stdout.write(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
        client, office = self._counsellor(options["contacts"], options["cases"])
        runs = options["runs"]
        worst = 0.0
        for label, url, requests in (
            ("case list", reverse("staff:case_list"), self._case_pages(client, runs)),
            ("contact log", reverse("staff:contact_log"), self._log_slices(office, runs)),
        ):
            p50, p95 = self._time(client, url, requests)
            first, deep = (self._queries(client, url, params) for params in (requests[0], requests[-1]))
            worst = max(worst, p95)
            self.stdout.write(
                f"{label}: {len(requests)} requests, p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
                f"queries first/deep page {first}/{deep}"
            )
        self.stdout.write(f"worst p95: {worst:.1f} ms (budget p95 <= {BUDGET_MS} ms)")

    def _counsellor(self, contacts: int, cases: int) -> tuple[Client, Organisation]:
        region = Region.objects.filter(slug=SLUG).first()
        have = (Contact.objects.filter(region=region).count(), Case.objects.filter(region=region).count())
        if region is None or have != (contacts, cases):
            if region is not None:
                region.delete()
            started = time.perf_counter()
            region, _user = create_region(slug=SLUG, contacts=contacts, cases=cases, seed=5)
            self.stdout.write(
                f"generated {contacts} contacts and {cases} cases in {time.perf_counter() - started:.0f} s"
            )
        user = region.memberships.get(role="counsellor").user
        office = user.memberships.get().organisation
        assert office is not None  # a counsellor belongs to an organisation (database constraint)
        self.stdout.write(
            f"the counsellor's office: {Contact.objects.filter(organisation=office).count()} contacts, "
            f"{Case.objects.filter(organisation=office).count()} cases"
        )
        client = Client()
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        device, _created = TOTPDevice.objects.get_or_create(user=user, name="benchmark", defaults={"confirmed": True})
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id  # as after confirming the second factor
        session.save()
        return client, office

    @staticmethod
    def _get(client: Client, url: str, params: dict[str, Any]) -> Any:
        response = client.get(url, params)
        if response.status_code != 200:
            raise RuntimeError(f"{url} {params} answered {response.status_code}")
        return response

    def _case_pages(self, client: Client, runs: int) -> list[dict[str, Any]]:
        """Page numbers spread over the whole case list, the first page first and the last one last."""
        pages = int(self._get(client, reverse("staff:case_list"), {}).context["cases"].page.paginator.num_pages)
        spread = [1 + (run * 7919) % pages for run in range(max(0, runs - 2))]
        return [{"page": page} for page in [1, *spread, pages]]

    @staticmethod
    def _log_slices(office: Organisation, runs: int) -> list[dict[str, Any]]:
        """The newest contacts, then "older" from contacts picked at random all through the log, the oldest last."""
        picked = list(Contact.objects.filter(organisation=office).order_by("?").values_list("day", "pk")[:runs])
        oldest = Contact.objects.filter(organisation=office).order_by("day", "pk").values_list("day", "pk")[20]
        return [
            {},
            *({"before": f"{day.isoformat()}.{pk}"} for day, pk in picked),
            {"before": f"{oldest[0]}.{oldest[1]}"},
        ]

    def _time(self, client: Client, url: str, requests: list[dict[str, Any]]) -> tuple[float, float]:
        for params in requests[:3]:
            self._get(client, url, params)
        timings = []
        for params in requests:
            started = time.perf_counter()
            self._get(client, url, params)
            timings.append((time.perf_counter() - started) * 1000)
        p95 = statistics.quantiles(timings, n=20)[18] if len(timings) > 1 else timings[0]
        return statistics.median(timings), p95

    def _queries(self, client: Client, url: str, params: dict[str, Any]) -> int:
        with CaptureQueriesContext(connection) as captured:
            self._get(client, url, params)
        return len(captured.captured_queries)
