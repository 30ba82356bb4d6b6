"""python manage.py import_hsds <file|zip|folder> --region <slug> [--source <name>]"""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.models import Region
from interop.exchange import files
from interop.exchange.importer import ImportFailed, Report, import_tables


def print_report(command: BaseCommand, report: Report) -> None:
    command.stdout.write(f"created {report.created}, updated {report.updated}, unchanged {report.unchanged}")
    for line in report.not_placed:
        command.stdout.write(f"not placed: {line}")


class Command(BaseCommand):
    help = "Import HSDS 3.0 JSON or a CSV data package into a region; all or nothing per file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--region", required=True)
        parser.add_argument("--source", default="file", help="Whose ids these are; the same source re-imports.")

    def handle(self, *args: Any, **options: Any) -> None:
        region = Region.objects.filter(slug=options["region"]).first()
        if region is None:
            raise CommandError(f"No region {options['region']!r}.")
        try:
            tables = files.load(options["path"])
            report = import_tables(region=region, source=options["source"], actor=None, tables=tables)
        except (files.UnreadableFile, ImportFailed) as error:
            raise CommandError(f"Nothing imported: {error}") from error
        print_report(self, report)
