"""python manage.py rotate_case_keys: re-encrypt every case note with the first key of NAHBAR_CASE_KEYS.

Put the new key first, keep the old ones behind it, run this, then remove the old keys.
"""

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from counselling import crypto
from counselling.models import CaseNote

BATCH = 500


class Command(BaseCommand):
    help = "Re-encrypt all case notes with the first key of NAHBAR_CASE_KEYS."

    def handle(self, *args: Any, **options: Any) -> None:
        done = 0
        ids = list(CaseNote.objects.order_by("pk").values_list("pk", flat=True))
        for start in range(0, len(ids), BATCH):
            with transaction.atomic():
                notes = CaseNote.objects.select_for_update().filter(pk__in=ids[start : start + BATCH])
                for note in notes:
                    note.ciphertext = crypto.rotate(note.ciphertext)
                    note.save(update_fields=["ciphertext"])
                    done += 1
        self.stdout.write(f"re-encrypted {done} notes with the first key")
