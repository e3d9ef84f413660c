from __future__ import annotations

from django.db import models

from coffeechat.scoping import Owned


class ImportBatch(Owned):
    """One uploaded file, kept between its preview and its commit (nothing else is
    written before the user has seen the preview)."""

    KINDS = (
        ("linkedin", "LinkedIn connections (Connections.csv)"),
        ("vcard", "vCard (.vcf) from a phone, Apple, Google or Outlook"),
        ("google", "Google Contacts (CSV)"),
        ("outlook", "Outlook (CSV)"),
        ("csv", "Another CSV file (you choose the columns)"),
    )

    kind = models.CharField(max_length=10, choices=KINDS)
    filename = models.CharField(max_length=255, blank=True)
    data = models.BinaryField()  # the file as uploaded
    mapping = models.JSONField(default=dict, blank=True)  # generic CSV: field -> column
    import_the_rest = models.BooleanField(default=False)  # skip bad rows when committing
    created_at = models.DateTimeField()
    committed_at = models.DateTimeField(null=True, blank=True)
    summary = models.JSONField(default=dict, blank=True)  # the counts, once committed

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.filename or self.get_kind_display()
