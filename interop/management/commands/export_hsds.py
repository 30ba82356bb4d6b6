"""python manage.py export_hsds --region <slug> [--csv] [-o file]"""

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from core.models import Region
from interop.exchange import csvpackage
from interop.exchange.export import region_document
from interop.exchange.tables import collect


class Command(BaseCommand):
    help = "Export a region as HSDS 3.0 JSON, or with --csv as a CSV data package (zip)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--region", required=True)
        parser.add_argument("--csv", action="store_true")
        parser.add_argument("-o", "--output", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        region = Region.objects.filter(slug=options["region"]).first()
        if region is None:
            raise CommandError(f"No region {options['region']!r}.")
        today: dt.date = timezone.localdate()
        document = region_document(region=region, today=today)
        if options["csv"]:
            data = csvpackage.write_package(collect(document))
        else:
            data = json.dumps(document, ensure_ascii=False, indent=2).encode()
        if options["output"]:
            options["output"].write_bytes(data)
        elif options["csv"]:
            sys.stdout.buffer.write(data)
        else:
            self.stdout.write(data.decode())
