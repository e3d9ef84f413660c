from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse

from coffeechat.accounts.models import validate_zone
from coffeechat.lib.sources import COWORKER, SOURCES
from coffeechat.scoping import Owned


class Organization(Owned):
    name = models.CharField(max_length=200)
    website = models.URLField(blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "name"], name="organization_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class Contact(Owned):
    name = models.CharField(max_length=200)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=50, blank=True)
    linkedin_url = models.URLField("LinkedIn URL", blank=True)
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    title = models.CharField(max_length=200, blank=True)
    location = models.CharField(max_length=200, blank=True)
    timezone = models.CharField("time zone", max_length=64, blank=True, validators=[validate_zone])
    source = models.CharField(
        "how I know them", max_length=20, choices=SOURCES, default="other", db_index=True
    )
    connection = models.CharField(
        "what connects us",
        max_length=300,
        blank=True,
        help_text="A shared school, employer, group or friend: it goes first in a request.",
    )
    referred_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="referrals"
    )
    connected_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    keep_in_touch_weeks = models.PositiveSmallIntegerField(
        "keep in touch every (weeks)",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(104)],
        help_text="Leave empty for your usual rhythm (8 weeks unless you changed it).",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["owner", "name"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("contacts:detail", args=[self.pk])

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""

    @property
    def is_coworker(self) -> bool:
        return self.source == COWORKER

    def clean(self) -> None:
        if self.referred_by_id and self.referred_by_id == self.pk:
            raise ValidationError({"referred_by": "A contact cannot refer themselves."})
        if self.referred_by_id and self.referred_by.owner_id != self.owner_id:
            raise ValidationError({"referred_by": "Choose one of your own contacts."})


class Target(Owned):
    """A career, role or organisation the user is exploring."""

    CAREER = "career"
    ROLE = "role"
    ORGANIZATION = "organization"
    KINDS = ((CAREER, "Career"), (ROLE, "Role"), (ORGANIZATION, "Organisation"))

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=KINDS, default=CAREER)
    research = models.TextField(
        "research notes",
        blank=True,
        help_text="What they do, what they value, their pain points.",
    )
    pitch = models.TextField(
        blank=True,
        help_text="Why this field, in your own words: 30 to 60 seconds when spoken.",
    )
    motivation = models.PositiveSmallIntegerField(
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="How drawn you are to it, from 1 (curious) to 5 (this is it).",
    )
    # LAMP (Dalton): advocacy and postings, beside motivation.
    ADVOCACY = (
        ("none", "Nobody yet"),
        ("warm", "A warm connection"),
        ("alumni", "Alumni of my school"),
        ("contact", "Someone I know there"),
    )
    POSTINGS = (
        ("none", "No postings"),
        ("any", "Some postings"),
        ("target_role", "The role I want is posted"),
    )
    advocacy = models.CharField(
        max_length=10,
        choices=ADVOCACY,
        default="none",
        help_text="Who could speak for you there: someone you know, alumni, a warm connection.",
    )
    postings = models.CharField(
        "job postings",
        max_length=12,
        choices=POSTINGS,
        default="none",
        help_text="Are they hiring? Any posting, or the very role you want?",
    )
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="targets",
        help_text="For an organisation: its people are the ones to ask.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-motivation", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("contacts:target", args=[self.pk])


class Event(Owned):
    """A conference, meetup or association meeting, and the people met there."""

    name = models.CharField(max_length=200)
    date = models.DateField()
    location = models.CharField(max_length=200, blank=True)
    notes = models.TextField(blank=True)
    contacts = models.ManyToManyField(Contact, through="Meeting", related_name="events")

    class Meta:
        ordering = ["-date", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("contacts:event", args=[self.pk])


class Meeting(Owned):
    """Someone met at an event, and whether the user has followed up since."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="meetings")
    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="meetings")
    followed_up_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "contact"], name="meeting_once_per_event")
        ]


class ContactMerge(Owned):
    """Two contacts made one. The values the merge did not keep stay here, shown in the
    kept contact's history, so nothing typed or imported is ever lost."""

    contact = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="merges")
    merged_name = models.CharField("the contact merged in", max_length=200)
    merged_id = models.PositiveIntegerField("its former id")
    # {field: value} for every value of the merged-in contact (or of the kept one) that
    # the kept record does not hold after the merge.
    dropped = models.JSONField(default=dict, blank=True)
    merged_at = models.DateTimeField()

    class Meta:
        ordering = ["-merged_at", "-id"]


class NotDuplicate(Owned):
    """The user said these two are different people: never suggest merging them again.
    Stored with the lower id first."""

    first = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Contact, on_delete=models.CASCADE, related_name="+")
    decided_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="not_duplicate_once")
        ]
