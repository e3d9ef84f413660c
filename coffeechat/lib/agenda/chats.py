"""Rules around a chat: prepare and confirm the day before, be on time, then thank them and
ask for names once it is held."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from coffeechat.lib.agenda.day import AgendaDay, item_key, local_time, plural, start_of
from coffeechat.lib.agenda.records import (
    ASK_FOR_NAMES,
    BE_ON_TIME,
    CONFIRM,
    PREPARE,
    THANK_YOU,
    Chat,
    Item,
)
from coffeechat.lib.dates import day_text
from coffeechat.lib.pipeline import HELD, SCHEDULED, THANKED
from coffeechat.lib.sources import COWORKER


def scheduled(chats: Iterable[Chat]) -> list[Chat]:
    """Scheduled conversations with a time (not with coworkers)."""
    return [
        c
        for c in chats
        if c.status == SCHEDULED and c.scheduled_at is not None and c.contact_source != COWORKER
    ]


def confirmed(chat: Chat) -> bool:
    """A confirmation went out for the chat's current time (none since the last move)."""
    if chat.confirmed_at is None:
        return False
    return chat.rescheduled_at is None or chat.confirmed_at >= chat.rescheduled_at


def day_before(chat: Chat, tz: ZoneInfo) -> tuple[datetime, datetime, datetime]:
    """The chat's local start, 00:00 on the day before it (due), 00:00 on its day (expiry)."""
    assert chat.scheduled_at is not None
    local = local_time(chat.scheduled_at, tz)
    return local, start_of(local.date() - timedelta(days=1), tz), start_of(local.date(), tz)


def prepare_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Chat tomorrow: prepare the research, the questions and the pitch.

    Due at 00:00 local on the day before the chat; expires at 00:00 on the
    chat's day, when `be_on_time` takes over.
    """
    items = []
    for chat in scheduled(chats):
        local, due, expires = day_before(chat, ag.tz)
        key = item_key(PREPARE, "chat", chat.id, chat.scheduled_at)
        if not ag.shows(key, due, expires):
            continue
        items.append(
            ag.chat_item(
                chat,
                key=key,
                kind=PREPARE,
                due=due,
                title=f"Prepare for tomorrow's chat with {chat.contact_name}",
                detail=(
                    f"You meet on {day_text(local.date())} at {local:%H:%M}: research them "
                    "and their organisation, choose your questions and practise your pitch."
                ),
            )
        )
    return items


def confirm_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Chat tomorrow and not confirmed: confirm the time, with the calendar invitation.

    Due at 00:00 local on the day before the chat and expires at 00:00 on the chat's
    day, like `prepare` (on the day, `be_on_time` takes over). A confirmation sent before the latest reschedule does not count
    (the new time is not confirmed yet); a reschedule also gives a new key, so an
    earlier dismissal does not hide it.
    """
    items = []
    for chat in scheduled(chats):
        if confirmed(chat):
            continue
        local, due, expires = day_before(chat, ag.tz)
        key = item_key(CONFIRM, "chat", chat.id, chat.scheduled_at)
        if not ag.shows(key, due, expires):
            continue
        moved = chat.confirmed_at is not None
        items.append(
            ag.chat_item(
                chat,
                key=key,
                kind=CONFIRM,
                due=due,
                title=f"Confirm the {'new ' if moved else ''}time with {chat.contact_name}",
                detail=(
                    f"You meet on {day_text(local.date())} at {local:%H:%M}: a short "
                    "confirmation with a calendar invitation puts it in their diary."
                ),
            )
        )
    return items


def be_on_time_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Chat in 1 hour: be on time, with the prep sheet at hand.

    Due `on_time_minutes_before` minutes before the chat; expires when the
    chat is over (start + duration). Since the agenda lists everything due by
    the end of the day, it shows all day on the chat's day.
    """
    items = []
    for chat in scheduled(chats):
        assert chat.scheduled_at is not None
        start = local_time(chat.scheduled_at, ag.tz)
        due = start - timedelta(minutes=ag.rules.on_time_minutes_before)
        expires = start + timedelta(minutes=chat.duration_minutes)
        key = item_key(BE_ON_TIME, "chat", chat.id, chat.scheduled_at)
        if not ag.shows(key, due, expires):
            continue
        items.append(
            ag.chat_item(
                chat,
                key=key,
                kind=BE_ON_TIME,
                due=due,
                title=(
                    f"Chat with {chat.contact_name} at {start:%H:%M} "
                    "— review the prep sheet and be on time"
                ),
                detail=(
                    f"Your {chat.duration_minutes}-minute chat starts at {start:%H:%M} on "
                    f"{day_text(start.date())}; keep to the time you asked for."
                ),
            )
        )
    return items


def thank_you_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Chat held, no thank-you yet: a thank-you within 24 hours.

    Shows as soon as the chat is held; `due` is the deadline,
    `thank_you_within_hours` hours after it. Never expires.
    """
    items = []
    for chat in chats:
        if (
            chat.status != HELD
            or chat.held_at is None
            or chat.thank_you_sent_at is not None
            or chat.contact_source == COWORKER
        ):
            continue
        held = local_time(chat.held_at, ag.tz)
        due = chat.held_at.astimezone(UTC) + timedelta(hours=ag.rules.thank_you_within_hours)
        key = item_key(THANK_YOU, "chat", chat.id, chat.held_at)
        if not ag.shows(key, due, shows_from=chat.held_at):
            continue
        items.append(
            ag.chat_item(
                chat,
                key=key,
                kind=THANK_YOU,
                due=due,
                title=f"Thank {chat.contact_name} and mention something specific",
                detail=(
                    f"You met on {day_text(held.date())}; a thank-you is due within "
                    f"{plural(ag.rules.thank_you_within_hours, 'hour')} of the chat."
                ),
            )
        )
    return items


def ask_for_names_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Chat held, no names asked for: ask for, or note, further people to meet.

    Due when the chat was held; stays until names are noted or it is dismissed.
    """
    items = []
    for chat in chats:
        if (
            chat.status not in (HELD, THANKED)
            or chat.held_at is None
            or chat.names_noted
            or chat.contact_source == COWORKER
        ):
            continue
        held = local_time(chat.held_at, ag.tz)
        key = item_key(ASK_FOR_NAMES, "chat", chat.id, chat.held_at)
        if not ag.shows(key, held):
            continue
        items.append(
            ag.chat_item(
                chat,
                key=key,
                kind=ASK_FOR_NAMES,
                due=held,
                title=f"Ask {chat.contact_name} who else you should talk to, and note the names",
                detail=(
                    f"You met on {day_text(held.date())} and have not noted anyone "
                    "they suggested meeting next."
                ),
            )
        )
    return items
