from typing import Any

from django.core.management.base import BaseCommand

from directory import search


class Command(BaseCommand):
    help = "Index every published offer again, e.g. after a restore or an upgrade that changes the index."

    def handle(self, *args: Any, **options: Any) -> None:
        count = search.rebuild()
        self.stdout.write(f"indexed {count} published offers")
