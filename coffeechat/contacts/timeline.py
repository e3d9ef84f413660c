"""Everything about one person, newest first, in a fixed number of queries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time

from django.db.models import CharField, TextField, Value
from django.db.models.functions import Cast
from django.utils import timezone

from coffeechat.conversations.services import (
    actions_for,
    messages_for,
    notes_for,
    status_changes_for,
)
from coffeechat.lib import pipeline

from .merge import describe, merges_for
from .services import contacts_for, meetings_for


@dataclass(frozen=True)
class Entry:
    at: datetime
    kind: str  # status, message, note, action, meeting, referral, merge
    text: str
    detail: str = ""
    url: str = ""


def contact_timeline(user, contact, *, referrals=None) -> list[Entry]:
    """`referrals`: the people `contact` introduced, when the caller has read them already
    (each with id, name and created_at)."""
    entries: list[Entry] = []
    for change in status_changes_for(user).filter(conversation__contact=contact):
        label = pipeline.LABELS[change.to_status].lower()
        text = "Conversation started" if not change.from_status else f"Moved to {label}"
        detail = ""
        if change.scheduled_for:
            detail = "for " + timezone.localtime(change.scheduled_for).strftime(
                "%a %-d %b %Y, %H:%M"
            )
        entries.append(
            Entry(change.at, "status", text, detail, f"/chats/{change.conversation_id}/")
        )
    for message in messages_for(user).filter(contact=contact):
        state = "Sent" if message.sent_at else "Drafted"
        entries.append(
            Entry(
                message.sent_at or message.drafted_at,
                "message",
                f"{state}: {message.get_kind_display()}",
                message.subject or message.body,
            )
        )
    # Notes and merges in one query (a union), so the merge history costs the page
    # no query of its own: (kind, moment, text, the values a merge did not keep).
    notes = (
        notes_for(user)
        .filter(conversation__contact=contact)
        .order_by()
        .values_list(
            Value("note", output_field=CharField()),
            "created_at",
            "body",
            Value("", output_field=TextField()),
        )
    )
    merges = (
        merges_for(user)
        .filter(contact=contact)
        .order_by()
        .values_list(
            Value("merge", output_field=CharField()),
            "merged_at",
            "merged_name",
            Cast("dropped", output_field=TextField()),
        )
    )
    for kind, at, body, dropped in notes.union(merges, all=True):
        if kind == "note":
            entries.append(Entry(at, "note", "Note", body))
            continue
        lines = describe(json.loads(dropped) if dropped else {})
        detail = ("Not kept: " + "; ".join(lines)) if lines else "Every value was kept."
        entries.append(Entry(at, "merge", f"Merged in {body}", detail))
    for action in actions_for(user).filter(contact=contact):
        state = "done" if action.done else "to follow up"
        if action.done and action.told_at:
            state = "done, and you told them"
        entries.append(
            Entry(
                action.created_at, "action", f"{action.get_kind_display()}: {action.title}", state
            )
        )
    for meeting in meetings_for(user).filter(contact=contact).select_related("event"):
        entries.append(
            Entry(
                timezone.make_aware(datetime.combine(meeting.event.date, time(12))),
                "meeting",
                f"Met at {meeting.event.name}",
                url=meeting.event.get_absolute_url(),
            )
        )
    if referrals is None:
        referrals = contacts_for(user).filter(referred_by=contact).only("id", "name", "created_at")
    for person in referrals:
        entries.append(
            Entry(
                person.created_at,
                "referral",
                f"Introduced you to {person.name}",
                url=person.get_absolute_url(),
            )
        )
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries
