"""How long since someone was last in touch, and when to keep in touch next: the
contact's page asks with `keep_in_touch_with`, Today (agenda/services.py) with
`touches` for every person at once. The rules themselves are lib/agenda.py's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, F, OuterRef, Subquery

from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import contacts_for
from coffeechat.lib import agenda as rules_engine
from coffeechat.lib import pipeline

from .models import Conversation, Message, Note
from .services import conversations_for

# The statuses of a chat under way: someone in one is not reminded to keep in touch.
IN_PIPELINE = (pipeline.REQUESTED, pipeline.SCHEDULED, pipeline.HELD)


def touches() -> dict:
    """Annotations for the latest message sent to, and note written about, the row's
    `contact_id` (a Subquery each)."""
    return {
        "last_message_at": Subquery(
            Message.objects.filter(contact=OuterRef("contact_id"), sent_at__isnull=False)
            .order_by("-sent_at")
            .values("sent_at")[:1]
        ),
        "last_note_at": Subquery(
            Note.objects.filter(conversation__contact=OuterRef("contact_id"))
            .order_by("-created_at")
            .values("created_at")[:1]
        ),
    }


@dataclass(frozen=True)
class KeepInTouch:
    """The keep-in-touch rhythm with one contact, for their page."""

    weeks: int
    own: bool  # the contact's own cadence; False: the user's usual rhythm
    next_due: datetime | None  # local time; None when the rule does not apply (yet)
    last_at: datetime | None  # the latest chat held, message sent or note written
    met: bool
    in_pipeline: bool


def keep_in_touch_with(user, contact: Contact, *, profile) -> KeepInTouch:
    """How often to keep in touch with `contact` and when the next update is due (one
    query), by the same rule as Today."""
    held = Subquery(
        conversations_for(user)
        .filter(contact=OuterRef("pk"), held_at__isnull=False)
        .order_by("-held_at")
        .values("held_at")[:1]
    )
    row = (
        contacts_for(user)
        .filter(pk=contact.pk)
        .annotate(contact_id=F("pk"))
        .annotate(
            last_met_at=held,
            **touches(),
            busy=Exists(
                Conversation.objects.filter(contact=OuterRef("pk"), status__in=IN_PIPELINE)
            ),
        )
        .values("last_met_at", "last_message_at", "last_note_at", "busy")
        .get()
    )
    touched = [t for t in (row["last_message_at"], row["last_note_at"]) if t]
    person = rules_engine.Person(
        id=contact.pk,
        name=contact.name,
        source=contact.source,
        last_met_at=row["last_met_at"],
        last_touch_at=max(touched) if touched else None,
        in_pipeline=row["busy"],
        keep_in_touch_weeks=contact.keep_in_touch_weeks,
    )
    rules = profile.rules()
    last = rules_engine.last_interaction(person)
    return KeepInTouch(
        weeks=rules_engine.keep_in_touch_weeks(person, rules),
        own=contact.keep_in_touch_weeks is not None,
        next_due=rules_engine.keep_in_touch_due(person, rules, profile.zone),
        last_at=last.astimezone(profile.zone) if last else None,
        met=row["last_met_at"] is not None,
        in_pipeline=row["busy"],
    )
