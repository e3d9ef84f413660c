"""One row in every table a user owns: the demo, plus what the demo leaves empty
(helpers for the backup tests and the CLI's, not tests)."""

from __future__ import annotations

from datetime import timedelta

from coffeechat.agenda.models import Decision
from coffeechat.contacts.models import Contact, ContactMerge, NotDuplicate
from coffeechat.conversations.models import Conversation, Reschedule
from coffeechat.demo import seed_demo
from coffeechat.imports.models import ImportBatch
from coffeechat.outreach.models import MessageTemplate, SmtpSettings
from tests.clock import FROZEN_NOW

SECRET = "s3cret-smtp-password"
BINARY = bytes(range(256)) + "Zoë, “quoted”\r\n".encode()


def fill_every_table(user, now=FROZEN_NOW) -> None:
    """The demo campaign, plus a row in each table the demo leaves empty, so that a
    round trip goes through every owned table (and the SMTP settings, with a password)."""
    seed_demo(user, now=now)
    contacts = list(Contact.objects.owned_by(user).order_by("id")[:3])
    chat = Conversation.objects.owned_by(user).order_by("id").first()
    Decision.objects.create(
        owner=user, key="follow_up:1:2026-10-01", snoozed_until=now.date(), decided_at=now
    )
    ImportBatch.objects.create(
        owner=user,
        kind="csv",
        filename="people.csv",
        data=BINARY,
        mapping={"name": "Full name", "email": "E-mail"},
        created_at=now,
        summary={"created": 2, "skipped": ["row 3"]},
    )
    MessageTemplate.objects.create(
        owner=user, kind="request", subject="Hello {first_name}", body="Dear {first_name},\n…"
    )
    ContactMerge.objects.create(
        owner=user,
        contact=contacts[0],
        merged_name="A. Duplicate",
        merged_id=9999,
        dropped={"email": "old@example.org", "phones": ["+44 1"]},
        merged_at=now,
    )
    NotDuplicate.objects.create(owner=user, first=contacts[1], second=contacts[2], decided_at=now)
    Reschedule.objects.create(
        owner=user,
        conversation=chat,
        old_start=now + timedelta(days=2),
        new_start=now + timedelta(days=3, microseconds=123456),
        reason="They asked; “fine”",
        at=now,
    )
    SmtpSettings.objects.create(
        user=user, host="smtp.example.org", username="alice", password=SECRET
    )
    # A contact with every awkward value: it must come back exactly.
    Contact.objects.filter(pk=contacts[0].pk).update(
        notes="Line one\nLine two; “quotes”, commas, back\\slash and emoji ☕",
        phone="+44 20 7946 0000",
    )
