"""Base of the `run_*_jobs` commands: periodic jobs run once, in this process, for installations without a
Celery worker (e.g. from cron)."""

from collections.abc import Callable
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class JobsCommand(BaseCommand):
    JOBS: dict[str, Callable[[], Any]] = {}

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("jobs", nargs="*", help=f"{', '.join(self.JOBS)} (default: all)")

    def handle(self, *args: Any, **options: Any) -> None:
        unknown = set(options["jobs"]) - set(self.JOBS)
        if unknown:
            raise CommandError(f"Unknown job(s): {', '.join(sorted(unknown))}. Choose from: {', '.join(self.JOBS)}.")
        for name in options["jobs"] or list(self.JOBS):
            # Called directly, in this process: no broker needed.
            self.stdout.write(f"{name}: {self.JOBS[name]()}")
