"""python manage.py sync_hsds <api base url> --region <slug>

Asks the other API only for services changed since the last successful sync of that URL, follows every page,
then imports them all in one go; the sync time is remembered only when the import succeeded.
"""

import json
import urllib.parse
import urllib.request
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from core.models import Region
from interop.exchange.importer import ImportFailed, import_tables
from interop.exchange.tables import Collector
from interop.management.commands.import_hsds import print_report
from interop.models import SyncState

MAX_PAGES = 1000


def _get(url: str) -> Any:
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"not a web address: {url}")
    request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310 - checked above
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - the URL is the operator's
        return json.loads(response.read().decode("utf-8"))


def fetch_services(base: str, modified_after: str | None) -> Collector:
    collector = Collector()
    page, total = 1, 1
    while page <= min(total, MAX_PAGES):
        query = {"page": str(page), "full_service": "true"}
        if modified_after:
            query["modified_after"] = modified_after
        body = _get(f"{base.rstrip('/')}/services?{urllib.parse.urlencode(query)}")
        collector.add_document(body.get("contents", []), "services")
        total = int(body.get("total_pages") or 1)
        page += 1
    return collector


class Command(BaseCommand):
    help = "Pull changed services from another HSDS 3.0 API into a region."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("url")
        parser.add_argument("--region", required=True)

    def handle(self, *args: Any, **options: Any) -> None:
        region = Region.objects.filter(slug=options["region"]).first()
        if region is None:
            raise CommandError(f"No region {options['region']!r}.")
        source = options["url"].rstrip("/")
        state = SyncState.objects.filter(source=source).first()
        started = timezone.now()
        since = state.synced_at.isoformat().replace("+00:00", "Z") if state else None
        try:
            collector = fetch_services(source, since)
            report = import_tables(region=region, source=source, actor=None, tables=collector.tables)
        except (OSError, ValueError, ImportFailed) as error:
            raise CommandError(f"Nothing imported: {error}") from error
        SyncState.objects.update_or_create(source=source, defaults={"synced_at": started})
        print_report(self, report)
