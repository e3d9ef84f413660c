"""Items done before Today learnt to say "close the loop" count as closed already.

Without this, a long campaign upgraded to this version would find every item it ever
ticked off on Today at once, each asking to tell someone about something done months
ago. Items done from now on get the reminder.
"""

from django.db import migrations
from django.db.models import F


def close_old_loops(apps, schema_editor):
    ActionItem = apps.get_model("conversations", "ActionItem")
    ActionItem.objects.filter(done=True, done_at__isnull=False, told_at__isnull=True).update(
        told_at=F("done_at")
    )


class Migration(migrations.Migration):
    dependencies = [("conversations", "0004_action_capture_and_loop")]

    operations = [migrations.RunPython(close_old_loops, migrations.RunPython.noop)]
