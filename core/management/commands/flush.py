"""Django's flush, which empties every table, the append-only audit log included.

Emptying the whole database is the one deliberate way past the audit log's triggers (core.audit_seal): they are
lifted inside flush's own transaction and put back before it commits. Tests run flush between transactional tests.
"""

from typing import Any

from django.core.management.commands import flush
from django.db import connections

from core import audit_seal


class Command(flush.Command):
    def handle(self, **options: Any) -> None:
        with audit_seal.lifted(connections[options["database"]]):
            super().handle(**options)
