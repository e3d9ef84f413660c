"""Rules for requests that have had no reply: the next person, one follow-up, then move on."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from coffeechat.lib.agenda.day import AgendaDay, after_business_days, item_key, plural, start_of
from coffeechat.lib.agenda.records import (
    FOLLOW_UP,
    MARK_NO_RESPONSE,
    NEXT_PERSON,
    Chat,
    Item,
    Person,
)
from coffeechat.lib.pipeline import DECLINED, NO_RESPONSE, REQUESTED
from coffeechat.lib.sources import COWORKER, WARMTH

COLDEST = max(WARMTH.values())


def followed_up(chat: Chat) -> bool:
    """A follow-up counts only if it went out after the current request."""
    if chat.follow_up_sent_at is None:
        return False
    return chat.requested_at is None or chat.follow_up_sent_at >= chat.requested_at


def open_requests(chats: Iterable[Chat]) -> list[Chat]:
    """Requested conversations without a follow-up yet (not with coworkers)."""
    return [
        c
        for c in chats
        if c.status == REQUESTED
        and c.requested_at is not None
        and not followed_up(c)
        and c.contact_source != COWORKER
    ]


def next_person_items(chats: Iterable[Chat], people: Iterable[Person], ag: AgendaDay) -> list[Item]:
    """Request sent, no reply after 3 business days: reach out to the next person.

    Due `next_person_after_days` business days after the request, at the same
    local time of day; expires at the start of the day the follow-up is due. The title names
    the warmest person not yet approached: never met, not in the pipeline, not
    a coworker, not someone who declined or did not respond, ranked by source
    (family, friend > alumni, former colleague, referral > community,
    association, event > LinkedIn > other), then by name. When the unanswered
    request went to someone at an organisation, the warmest such person at the
    same organisation comes first (3B7: keep trying the organisation), and the
    warmest anywhere only when nobody there is left. Each shown item suggests a
    different person; when nobody is left the item asks the user to add someone
    new, and names the unanswered request's contact instead.
    """
    chats = list(chats)
    rules = ag.rules
    pending: list[tuple[datetime, Chat, str]] = []
    for chat in open_requests(chats):
        assert chat.requested_at is not None
        due = after_business_days(chat.requested_at, rules.next_person_after_days, ag.tz)
        follow_up_due = after_business_days(chat.requested_at, rules.follow_up_after_days, ag.tz)
        # On the day the follow-up is due, that item says it all.
        expires = start_of(follow_up_due.date(), ag.tz)
        key = item_key(NEXT_PERSON, "chat", chat.id, chat.requested_at)
        if ag.shows(key, due, expires):
            pending.append((due, chat, key))
    if not pending:
        return []

    turned_down = {c.contact_id for c in chats if c.status in (DECLINED, NO_RESPONSE)}
    asked = {c.contact_id for c in chats if c.status == REQUESTED}
    candidates = sorted(
        (
            p
            for p in people
            if not p.in_pipeline
            and p.last_met_at is None
            and p.source != COWORKER
            and p.id not in turned_down
            and p.id not in asked
        ),
        key=lambda p: (WARMTH.get(p.source, COLDEST), p.name.casefold(), p.id),
    )

    pending.sort(key=lambda entry: (entry[0], entry[1].id))
    chosen = choose_next(candidates, [chat for _, chat, _ in pending])
    items = []
    for due, chat, key in pending:
        assert chat.requested_at is not None
        days = ag.business_days_since(chat.requested_at)
        waited = f"Your request to {chat.contact_name} went out {plural(days, 'business day')}"
        person = chosen.get(chat.id)
        if person is not None:
            source = person.source.replace("_", " ")
            if chat.organization_id is not None and person.organization_id == chat.organization_id:
                where = chat.organization_name or "the same organisation"
                detail = (
                    f"{waited} ago with no reply; {person.name} also works at {where}, "
                    "so try them there."
                )
            else:
                detail = f"{waited} ago with no reply, so keep your list moving."
            items.append(
                ag.item(
                    key=key,
                    kind=NEXT_PERSON,
                    due=due,
                    title=f"Reach out to {person.name} ({source}) next",
                    detail=detail,
                    contact_id=person.id,
                    contact_name=person.name,
                    conversation_id=None,
                )
            )
        else:
            items.append(
                ag.chat_item(
                    chat,
                    key=key,
                    kind=NEXT_PERSON,
                    due=due,
                    title="Add someone new to your list and reach out to them",
                    detail=f"{waited} ago with no reply, and nobody on your list is waiting.",
                )
            )
    return items


def choose_next(candidates: list[Person], chats: list[Chat]) -> dict[int, Person]:
    """Whom to suggest after each unanswered request (chat id → person), each once.

    `candidates` are warmest first and `chats` in the order shown. Requests to someone
    at an organisation take the warmest person left there first, in order; then every
    request still without a suggestion takes the warmest person left anywhere.
    """
    left = list(candidates)
    chosen: dict[int, Person] = {}
    for chat in chats:
        if chat.organization_id is None:
            continue
        same = next((p for p in left if p.organization_id == chat.organization_id), None)
        if same is not None:
            left.remove(same)
            chosen[chat.id] = same
    for chat in chats:
        if chat.id not in chosen and left:
            chosen[chat.id] = left.pop(0)
    return chosen


def follow_up_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Request sent, no reply after 7 business days: one polite follow-up.

    Due `follow_up_after_days` business days after the request, at the same
    local time of day. Stays until a follow-up is recorded or the
    conversation moves on.
    """
    items = []
    for chat in open_requests(chats):
        assert chat.requested_at is not None
        due = after_business_days(chat.requested_at, ag.rules.follow_up_after_days, ag.tz)
        key = item_key(FOLLOW_UP, "chat", chat.id, chat.requested_at)
        if not ag.shows(key, due):
            continue
        days = ag.business_days_since(chat.requested_at)
        items.append(
            ag.chat_item(
                chat,
                key=key,
                kind=FOLLOW_UP,
                due=due,
                title=f"Send {chat.contact_name} one polite follow-up",
                detail=f"Your request went out {plural(days, 'business day')} ago with no reply.",
            )
        )
    return items


def mark_no_response_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Follow-up sent, no reply after 7 more business days: mark no response, move on.

    Due `no_response_after_days` business days after the follow-up, at the
    same local time of day.
    """
    items = []
    for chat in chats:
        if chat.status != REQUESTED or not followed_up(chat) or chat.contact_source == COWORKER:
            continue
        assert chat.follow_up_sent_at is not None
        due = after_business_days(chat.follow_up_sent_at, ag.rules.no_response_after_days, ag.tz)
        key = item_key(MARK_NO_RESPONSE, "chat", chat.id, chat.follow_up_sent_at)
        if not ag.shows(key, due):
            continue
        days = ag.business_days_since(chat.follow_up_sent_at)
        items.append(
            ag.chat_item(
                chat,
                key=key,
                kind=MARK_NO_RESPONSE,
                due=due,
                title=f"Mark {chat.contact_name} as no response and move on",
                detail=(
                    f"Your follow-up went out {plural(days, 'business day')} ago with no "
                    "reply; it is not personal, and there are others to ask."
                ),
            )
        )
    return items
