"""How each contact answers requests: the database side of `lib.responsiveness`.

A request is a move of a conversation to ``requested`` in its history (or, for a
conversation with a `requested_at` and no such move recorded, that moment). Its
reply is the first move out of ``requested`` after it — to scheduled or declined;
a move to no response is the user giving up, not a reply. The request counts as
agreed when the conversation went on to scheduled, held or thanked before the next
request. Everything is read in one query, whatever the number of contacts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from coffeechat.conversations.services import conversations_for
from coffeechat.lib import pipeline
from coffeechat.lib.responsiveness import BOOSTER, NO_REPLY, OBLIGATE, Request, label

AGREED = frozenset({pipeline.SCHEDULED, pipeline.HELD, pipeline.THANKED})
NOT_A_REPLY = frozenset({pipeline.NO_RESPONSE})

# What each label means, as the contact page and the list say it.
BADGES: dict[str, tuple[str, str]] = {
    BOOSTER: ("Booster", "replies within 3 business days and agrees to talk"),
    OBLIGATE: ("Obligate", "replies late or without helping"),
    NO_REPLY: ("No reply yet", "no answer within 3 business days"),
}
# The contacts list filter: (value, label), in the order of the select.
FILTERS: tuple[tuple[str, str], ...] = (
    (BOOSTER, "Boosters"),
    (OBLIGATE, "Obligates"),
    (NO_REPLY, "No reply yet"),
)


def requests_from_history(
    requested_at: datetime | None, changes: Iterable[tuple[str, str, datetime]]
) -> list[Request]:
    """The requests of one conversation from its history, oldest change first.

    `changes` are (from_status, to_status, at). Pure: the tests feed it by hand.
    """
    requests: list[Request] = []
    sent: datetime | None = None
    replied: datetime | None = None
    agreed = False

    def close() -> None:
        if sent is not None:
            requests.append(Request(sent_at=sent, replied_at=replied, agreed=agreed))

    for from_status, to_status, at in changes:
        if to_status == pipeline.REQUESTED:
            close()
            sent, replied, agreed = at, None, False
            continue
        if sent is None:
            continue
        if replied is None and from_status == pipeline.REQUESTED and to_status not in NOT_A_REPLY:
            replied = at
        if to_status in AGREED:
            agreed = True
    close()
    if not requests and requested_at is not None:
        # A request recorded without its move in the history (imported, or older data).
        requests.append(Request(sent_at=requested_at))
    return requests


def labels_for(
    user, *, now: datetime, tz: ZoneInfo, contact_ids: Iterable[int] | None = None
) -> dict[int, str]:
    """contact id → "booster" / "obligate" / "no_reply" for the user's contacts (only
    those in `contact_ids` when given); contacts without a label are left out."""
    conversations = conversations_for(user).filter(requested_at__isnull=False)
    if contact_ids is not None:
        conversations = conversations.filter(contact_id__in=list(contact_ids))
    # One row per history entry (a conversation without any still gives one row, its
    # entry fields None: a LEFT JOIN), oldest first.
    rows = conversations.order_by("id", "history__at", "history__id").values_list(
        "id",
        "contact_id",
        "requested_at",
        "history__from_status",
        "history__to_status",
        "history__at",
    )
    histories: dict[int, tuple[int, datetime | None, list[tuple[str, str, datetime]]]] = {}
    for conversation_id, contact_id, requested_at, from_status, to_status, at in rows:
        entry = histories.setdefault(conversation_id, (contact_id, requested_at, []))
        if to_status is not None:
            entry[2].append((from_status, to_status, at))
    requests: dict[int, list[Request]] = {}
    for contact_id, requested_at, changes in histories.values():
        requests.setdefault(contact_id, []).extend(requests_from_history(requested_at, changes))
    labels = {}
    for contact_id, given in requests.items():
        found = label(given, now=now, tz=tz)
        if found is not None:
            labels[contact_id] = found
    return labels


def label_for(user, contact, *, now: datetime, tz: ZoneInfo) -> str | None:
    """One contact's label, or None."""
    return labels_for(user, now=now, tz=tz, contact_ids=[contact.pk]).get(contact.pk)
