"""python manage.py new_case_key: print a new key for NAHBAR_CASE_KEYS (keep it secret, keep a copy offline)."""

from typing import Any

from django.core.management.base import BaseCommand

from counselling import crypto


class Command(BaseCommand):
    help = "Print a new Fernet key for encrypting case notes (NAHBAR_CASE_KEYS)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(crypto.new_key())
