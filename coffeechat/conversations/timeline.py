"""Everything about one person, newest first, in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from django.utils import timezone

from coffeechat.contacts.merges import describe, merges_for
from coffeechat.contacts.services import contacts_for, meetings_for
from coffeechat.conversations.services import (
    actions_for,
    messages_for,
    notes_for,
    status_changes_for,
)
from coffeechat.lib import pipeline


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
    for note in notes_for(user).filter(conversation__contact=contact):
        entries.append(Entry(note.created_at, "note", "Note", note.body))
    for merge in merges_for(user).filter(contact=contact):
        lines = describe(merge.dropped or {})
        detail = ("Not kept: " + "; ".join(lines)) if lines else "Every value was kept."
        entries.append(Entry(merge.merged_at, "merge", f"Merged in {merge.merged_name}", detail))
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
