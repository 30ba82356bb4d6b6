"""Load the topic taxonomy from directory.taxonomy, the one source of truth, upserting by slug."""

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

from directory.taxonomy import TOPICS


def load_topics(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    Topic = apps.get_model("directory", "Topic")
    for position, topic in enumerate(TOPICS):
        Topic.objects.using(schema_editor.connection.alias).update_or_create(
            slug=topic["slug"],
            defaults={"position": position, "names": topic["names"], "synonyms": topic["synonyms"]},
        )


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_search_index")]
    operations = [migrations.RunPython(load_topics, migrations.RunPython.noop)]
