"""Sessions moved from Django's session table to files (routewijzer/sessions.py). The rows still
in the table belong to visits that cannot go on, and hold their answers: delete them. The table
itself stays (Django's sessions app owns it) and stays empty."""

from django.db import migrations


def forget_database_sessions(apps, schema_editor):
    session = apps.get_model("sessions", "Session")
    session.objects.using(schema_editor.connection.alias).all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0012_longer_translated_channel_notes"),
        ("sessions", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(forget_database_sessions, migrations.RunPython.noop, elidable=True)
    ]
