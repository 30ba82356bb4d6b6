"""Run the periodic event jobs once, for installations without a Celery worker (e.g. from cron)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from events import tasks

JOBS = {
    "reminders": tasks.send_due_reminders,
    "retention": tasks.delete_expired_signups,
    "dates": tasks.extend_recurring_events,
}


class Command(BaseCommand):
    help = "Send due reminders, delete expired sign-ups and lay out recurring dates (all, or those named)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("jobs", nargs="*", help="reminders, retention, dates (default: all)")

    def handle(self, *args: Any, **options: Any) -> None:
        unknown = set(options["jobs"]) - set(JOBS)
        if unknown:
            raise CommandError(f"Unknown job(s): {', '.join(sorted(unknown))}. Choose from: {', '.join(JOBS)}.")
        for name in options["jobs"] or list(JOBS):
            # Called directly, in this process: no broker needed.
            result = JOBS[name]()
            self.stdout.write(f"{name}: {result}")
