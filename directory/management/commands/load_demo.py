"""`manage.py load_demo`: replace the four demo regions with fresh demo data and print the demo logins."""

import os
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone

from counselling.demo import load_demo_case, load_demo_hours, remove_demo_hours
from directory.demo.catalogue import SUPERUSER
from directory.demo.loader import DEMO_REGION_SLUGS, DemoResult, load_demo
from events.demo.loader import load_demo_events, remove_demo_events
from events.models import Event
from homevisits.demo import load_demo_home_visits, remove_demo_home_visits
from participation.demo import load_demo_round, remove_demo_rounds

ENVIRONMENT_KEY = "NAHBAR_DEMO_PASSWORD"
URLS = (
    ("Public site", "http://127.0.0.1:8000/de/dorsten/"),
    ("Staff area", "http://127.0.0.1:8000/staff/"),
)


class Command(BaseCommand):
    help = (
        "Delete and recreate the demo regions (delmenhorst, dorsten, dortmund, magdeburg) with offers, "
        f"translations and one demo account per role. Passwords are random unless {ENVIRONMENT_KEY} is set."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--force", action="store_true", help="Run even when DEBUG is off (e.g. on a server).")

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG and not options["force"]:
            raise CommandError("DEBUG is off: this looks like production. Add --force to load the demo data anyway.")
        with transaction.atomic():
            # Events and rounds protect their organisers, which the directory demo deletes.
            remove_demo_rounds(DEMO_REGION_SLUGS)
            remove_demo_hours(DEMO_REGION_SLUGS)
            remove_demo_home_visits(DEMO_REGION_SLUGS)
            remove_demo_events()
            result = load_demo(password=os.environ.get(ENVIRONMENT_KEY) or None)
            events = load_demo_events()
            cafe = Event.objects.get(region__slug="delmenhorst", offer__slug="willkommen-in-duesternort")
            load_demo_round(cafe=cafe, superuser=SUPERUSER)
            hours = load_demo_hours(today=timezone.localdate())
            load_demo_case(today=timezone.localdate())
            households = load_demo_home_visits(today=timezone.localdate())
        self._report(result)
        self.stdout.write("Events: " + ", ".join(f"{region} {count}" for region, count in events.items()))
        self.stdout.write("Deciding together: a round collecting proposals at the Düsternort café (Delmenhorst)")
        self.stdout.write(
            f"Consultation hours: {hours} in Dortmund and Magdeburg, bookable at /de/dortmund/appointments/"
        )
        self.stdout.write(f"Welcome home visits: {households} households of lokal willkommen Brackel/Aplerbeck")

    def _report(self, result: DemoResult) -> None:
        counts = ", ".join(f"{region} {count}" for region, count in result.offers_per_region.items())
        self.stdout.write(self.style.SUCCESS(f"Demo data loaded. Offers: {counts}; {result.indexed} indexed."))
        if result.missing_topics:
            missing = ", ".join(result.missing_topics)
            self.stderr.write(self.style.WARNING(f"Topics not found (run migrate, then load again): {missing}"))
        width = max(len(login.role) for login in result.logins)
        self.stdout.write("")
        self.stdout.write(f"{'Role':<{width}}  {'Username':<20}  Password")
        for login in result.logins:
            self.stdout.write(f"{login.role:<{width}}  {login.username:<20}  {login.password}")
        self.stdout.write("")
        for label, url in URLS:
            self.stdout.write(f"{label + ':':<13}{url}")
