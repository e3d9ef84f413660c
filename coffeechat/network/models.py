from __future__ import annotations

from django.db import models
from django.urls import reverse

from coffeechat.contacts.models import Contact, Organization
from coffeechat.conversations.models import ActionItem, Conversation, Note
from coffeechat.scoping import Owned


class Lead(Owned):
    """An opening learned through the network: who told you, whether they referred
    you, and how it turned out. The chain of introductions that led there is read
    from `told_by` and the contacts' `referred_by` links."""

    OPEN = "open"
    OUTCOMES = (
        (OPEN, "Open: not applied yet"),
        ("applied", "Applied"),
        ("interviewing", "Interviewing"),
        ("offer", "Offer"),
        ("hired", "Hired"),
        ("not_selected", "Not selected"),
        ("closed", "Closed or passed on"),
    )

    title = models.CharField("the opening", max_length=300)
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="leads"
    )
    told_by = models.ForeignKey(
        Contact,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="leads_told",
        verbose_name="who told you",
    )
    referred = models.BooleanField("they referred me", default=False)
    outcome = models.CharField(max_length=20, choices=OUTCOMES, default=OPEN)
    url = models.URLField("link to the posting", blank=True)
    notes = models.TextField(blank=True)
    # Where it came from when typed as "lead:" in a chat's notes.
    conversation = models.ForeignKey(
        Conversation, null=True, blank=True, on_delete=models.SET_NULL, related_name="leads"
    )
    note = models.ForeignKey(
        Note, null=True, blank=True, on_delete=models.SET_NULL, related_name="leads"
    )
    action = models.OneToOneField(
        ActionItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="lead"
    )
    learned_at = models.DateTimeField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-learned_at", "-id"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("network:lead", args=[self.pk])
