"""Message templates and the user's own mail settings."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from coffeechat.conversations.models import Message
from coffeechat.scoping import Owned


class MessageTemplate(Owned):
    """The user's own wording for one kind of message; the built-in one is used until then."""

    kind = models.CharField(max_length=20, choices=Message.KINDS)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "kind"], name="template_once_per_kind")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} template"


class SmtpSettings(models.Model):
    """How to send through the user's own mail server. The password is write-only:
    it is never logged, never shown back in a page, and never printed."""

    STARTTLS = "starttls"
    TLS = "tls"
    PLAIN = "none"
    SECURITY = (
        (STARTTLS, "STARTTLS (usually port 587)"),
        (TLS, "TLS from the start (usually port 465)"),
        (PLAIN, "None (only for a server on this computer)"),
    )

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="smtp_settings"
    )
    host = models.CharField(max_length=255)
    port = models.PositiveIntegerField(
        default=587, validators=[MinValueValidator(1), MaxValueValidator(65535)]
    )
    security = models.CharField(max_length=10, choices=SECURITY, default=STARTTLS)
    username = models.CharField(max_length=255, blank=True)
    password = models.CharField(max_length=255, blank=True)
    from_address = models.EmailField(
        blank=True, help_text="The sender address; your profile's e-mail when blank."
    )

    def __str__(self) -> str:
        return f"SMTP {self.host}:{self.port}"
