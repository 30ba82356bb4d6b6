"""Triggers that refuse UPDATE and DELETE on the audit log, on SQLite and PostgreSQL (see core.audit_seal)."""

from django.db import migrations


def seal(apps, schema_editor):
    from core import audit_seal

    audit_seal.install(schema_editor.connection)


def unseal(apps, schema_editor):
    from core import audit_seal

    audit_seal.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_audit_plain_scope_and_review_indexes"),
    ]

    operations = [migrations.RunPython(seal, unseal)]
