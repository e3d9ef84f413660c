from django.db import models

from coffeechat.scoping import Owned


class Decision(Owned):
    """The user's choice about one agenda item (snoozed or dismissed), kept by its key."""

    key = models.CharField(max_length=200)
    dismissed = models.BooleanField(default=False)
    snoozed_until = models.DateField(null=True, blank=True)
    decided_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"], name="decision_once_per_item")
        ]
