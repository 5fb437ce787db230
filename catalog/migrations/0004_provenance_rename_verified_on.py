from django.db import migrations


class Migration(migrations.Migration):
    """`verified_on` only ever said when a value was copied from its source: call it that."""

    dependencies = [("catalog", "0003_phone_help_text")]

    operations = [
        migrations.RenameField("contactpoint", "verified_on", "taken_on"),
        migrations.RenameField("historicalcontactpoint", "verified_on", "taken_on"),
    ]
