"""The search index tables, which differ per database engine (FTS5 on SQLite, tsvector on PostgreSQL)."""

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

from directory.search import backend_postgres, backend_sqlite


def _statements(vendor: str, create: bool) -> list[str]:
    module = backend_postgres if vendor == "postgresql" else backend_sqlite
    return module.CREATE_SQL if create else module.DROP_SQL


def create(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    for statement in _statements(schema_editor.connection.vendor, create=True):
        schema_editor.execute(statement)


def drop(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    for statement in _statements(schema_editor.connection.vendor, create=False):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
