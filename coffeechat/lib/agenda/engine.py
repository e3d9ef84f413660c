"""The agenda for one day: every rule's items, sorted."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from coffeechat.lib.agenda import chats as chat_rules
from coffeechat.lib.agenda import relationships, requests
from coffeechat.lib.agenda.day import AgendaDay, local_time, reference_instant
from coffeechat.lib.agenda.records import (
    KINDS,
    Chat,
    Decision,
    DoneAction,
    EventMeeting,
    Item,
    Person,
    Resource,
    Rules,
)

KIND_ORDER = {kind: index for index, kind in enumerate(KINDS)}
DEFAULT_RULES = Rules()  # frozen, so one instance serves as every call's default


def sort_key(item: Item) -> tuple:
    """Due time, then kind (in rules-table order), then contact name."""
    return (
        item.due,
        KIND_ORDER.get(item.kind, len(KINDS)),
        item.contact_name.casefold(),
        item.key,
    )


def build_agenda(
    *,
    now: datetime,
    tz: ZoneInfo,
    chats: Iterable[Chat] = (),
    people: Iterable[Person] = (),
    resources: Iterable[Resource] = (),
    done: Iterable[DoneAction] = (),
    meetings: Iterable[EventMeeting] = (),
    decisions: Iterable[Decision] = (),
    rules: Rules = DEFAULT_RULES,
    day: date | None = None,
) -> list[Item]:
    """The agenda for `day` (default: today in `tz`): what is due, sorted.

    `now` must be aware. See the docstring of `coffeechat.lib.agenda` for which items appear.
    """
    local_now = local_time(now, tz)
    if day is None:
        day = local_now.date()
    ag = AgendaDay(
        tz=tz,
        rules=rules,
        day=day,
        ref=reference_instant(now, day, tz),
        decisions={d.key: d for d in decisions},
    )
    chats = list(chats)
    people = list(people)
    items = [
        *requests.next_person_items(chats, people, ag),
        *requests.follow_up_items(chats, ag),
        *requests.mark_no_response_items(chats, ag),
        *chat_rules.prepare_items(chats, ag),
        *chat_rules.confirm_items(chats, ag),
        *chat_rules.be_on_time_items(chats, ag),
        *chat_rules.thank_you_items(chats, ag),
        *chat_rules.ask_for_names_items(chats, ag),
        *relationships.resource_items(resources, ag),
        *relationships.tell_items(done, ag),
        *relationships.keep_in_touch_items(people, ag),
        *relationships.event_follow_up_items(meetings, ag),
    ]
    return sorted(items, key=sort_key)
