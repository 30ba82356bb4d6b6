"""The audit log is append-only in the database itself: triggers refuse UPDATE and DELETE of its rows.

The one change allowed is the one Django makes when a staff account is deleted: the entries' actor becomes NULL
and nothing else changes. Everything else fails with "the audit log is append-only", whether it comes from the
application, the Django shell or plain SQL. On PostgreSQL TRUNCATE is refused too.

Whoever owns the tables can still drop the triggers; that takes a deliberate step (see docs/data-protection.md).
`manage.py flush`, which empties the whole database (tests do it between transactional tests), lifts the seal
for its own transaction and puts it back (core/management/commands/flush.py).

On SQLite a migration that rebuilds core_auditentry (most AlterField operations do) drops its triggers:
install() them again after such a migration. tests/core/test_audit_log.py fails if they are missing.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction
from django.db.backends.base.base import BaseDatabaseWrapper

MESSAGE = "the audit log is append-only"

# Every column but actor_id must stay as it was, and actor_id may only become NULL.
_SQLITE_UNCHANGED = " AND ".join(
    f"NEW.{column} IS OLD.{column}"
    for column in ("id", "at", "action", "region_id", "organisation_id", "object_type", "object_id", "changes")
)

SQLITE_INSTALL = [
    f"""CREATE TRIGGER core_auditentry_no_update BEFORE UPDATE ON core_auditentry
        WHEN NOT (NEW.actor_id IS NULL AND {_SQLITE_UNCHANGED})
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
    f"""CREATE TRIGGER core_auditentry_no_delete BEFORE DELETE ON core_auditentry
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END""",
]
SQLITE_REMOVE = [
    "DROP TRIGGER IF EXISTS core_auditentry_no_update",
    "DROP TRIGGER IF EXISTS core_auditentry_no_delete",
]

POSTGRES_INSTALL = [
    f"""CREATE FUNCTION core_auditentry_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND NEW.actor_id IS NULL
               AND (to_jsonb(NEW) - 'actor_id') = (to_jsonb(OLD) - 'actor_id') THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
        END $$""",
    """CREATE TRIGGER core_auditentry_no_change BEFORE UPDATE OR DELETE ON core_auditentry
        FOR EACH ROW EXECUTE FUNCTION core_auditentry_refuse()""",
    """CREATE TRIGGER core_auditentry_no_truncate BEFORE TRUNCATE ON core_auditentry
        FOR EACH STATEMENT EXECUTE FUNCTION core_auditentry_refuse()""",
]
POSTGRES_REMOVE = [
    "DROP TRIGGER IF EXISTS core_auditentry_no_truncate ON core_auditentry",
    "DROP TRIGGER IF EXISTS core_auditentry_no_change ON core_auditentry",
    "DROP FUNCTION IF EXISTS core_auditentry_refuse()",
]


def _statements(connection: BaseDatabaseWrapper, *, install: bool) -> list[str]:
    if connection.vendor == "sqlite":
        return SQLITE_INSTALL if install else SQLITE_REMOVE
    if connection.vendor == "postgresql":
        return POSTGRES_INSTALL if install else POSTGRES_REMOVE
    raise NotImplementedError(f"no append-only triggers for {connection.vendor}")


def install(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        for statement in _statements(connection, install=True):
            cursor.execute(statement)


def remove(connection: BaseDatabaseWrapper) -> None:
    with connection.cursor() as cursor:
        for statement in _statements(connection, install=False):
            cursor.execute(statement)


def is_sealed(connection: BaseDatabaseWrapper) -> bool:
    query = {
        "sqlite": "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'core_auditentry_no_delete'",
        "postgresql": "SELECT 1 FROM pg_trigger WHERE tgname = 'core_auditentry_no_change'",
    }.get(connection.vendor)
    if query is None:
        return False
    with connection.cursor() as cursor:
        cursor.execute(query)
        return cursor.fetchone() is not None


@contextmanager
def lifted(connection: BaseDatabaseWrapper) -> Iterator[None]:
    """Without the seal for one transaction, if it is there; other connections never see the table unsealed (the
    DDL is transactional on both databases)."""
    with transaction.atomic(using=connection.alias):
        sealed = is_sealed(connection)
        if sealed:
            remove(connection)
        yield
        if sealed:
            install(connection)
