from django.db import migrations, models


def mark_used(apps, schema_editor):
    VotingCode = apps.get_model("participation", "VotingCode")
    VotingCode.objects.filter(used_at__isnull=False).update(is_used=True)


class Migration(migrations.Migration):
    """Ballots no longer point to their code, and codes keep only whether they voted, not when."""

    dependencies = [("participation", "0001_initial")]

    operations = [
        migrations.AddField(model_name="votingcode", name="is_used", field=models.BooleanField(default=False)),
        migrations.RunPython(mark_used, migrations.RunPython.noop),
        migrations.RemoveField(model_name="votingcode", name="used_at"),
        migrations.RemoveField(model_name="ballot", name="code"),
    ]
