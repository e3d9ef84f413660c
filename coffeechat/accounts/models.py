from __future__ import annotations

from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from coffeechat.lib.agenda import Rules
from coffeechat.lib.lint import Limits
from coffeechat.lib.timezones import is_valid_zone


def validate_zone(value: str) -> None:
    if not is_valid_zone(value):
        raise ValidationError(
            f"“{value}” is not a time zone. Use a name such as Europe/London or America/New_York."
        )


def _days(default: int, most: int = 60):
    return models.PositiveSmallIntegerField(
        default=default, validators=[MinValueValidator(1), MaxValueValidator(most)]
    )


class Profile(models.Model):
    """The job seeker: who they are, and how their follow-up rules are set."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    timezone = models.CharField(max_length=64, default="UTC", validators=[validate_zone])
    employer = models.CharField(
        "current employer",
        max_length=200,
        blank=True,
        help_text="Used to keep your search discreet: people there are never suggested.",
    )
    # Follow-up rules (PRODUCT.md); each can be changed.
    next_person_after_days = _days(3)
    follow_up_after_days = _days(7)
    no_response_after_days = _days(7)
    keep_in_touch_weeks = _days(8, most=52)
    event_follow_up_days = _days(2)
    # The private calendar feed: a random token in its URL (blank = no feed). Renewing it
    # makes the old URL stop working.
    calendar_token = models.CharField(max_length=64, blank=True, db_index=True)
    # Guideline limits for the linter (coffeechat.lib.lint.Limits).
    request_word_limit = models.PositiveSmallIntegerField(
        default=150, validators=[MinValueValidator(50), MaxValueValidator(500)]
    )
    linkedin_char_limit = models.PositiveSmallIntegerField(
        default=300, validators=[MinValueValidator(100), MaxValueValidator(2000)]
    )
    # The dashboard's weekly goal: requests sent a week.
    weekly_goal = models.PositiveSmallIntegerField(
        "requests a week",
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text="Your weekly goal on the dashboard: 3 is a steady pace.",
    )

    def __str__(self) -> str:
        return self.name or self.user.get_username()

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""

    def limits(self) -> Limits:
        return Limits(
            request_words=self.request_word_limit, linkedin_chars=self.linkedin_char_limit
        )

    def rules(self) -> Rules:
        return Rules(
            next_person_after_days=self.next_person_after_days,
            follow_up_after_days=self.follow_up_after_days,
            no_response_after_days=self.no_response_after_days,
            keep_in_touch_weeks=self.keep_in_touch_weeks,
            event_follow_up_days=self.event_follow_up_days,
        )


class LoginToken(models.Model):
    """A one-time link printed by `coffeechat serve`: whoever opens it first gets in."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"login link for {self.user} made {self.created_at:%Y-%m-%d %H:%M}"
