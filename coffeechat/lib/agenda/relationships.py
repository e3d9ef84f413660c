"""Rules that keep a relationship warm: act on what people suggested and tell them, keep in
touch with people met, follow up people met at events."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from coffeechat.lib.agenda.day import AgendaDay, item_key, local_time, plural, start_of
from coffeechat.lib.agenda.records import (
    EVENT_FOLLOW_UP,
    KEEP_IN_TOUCH,
    RESOURCE,
    TELL,
    DoneAction,
    EventMeeting,
    Item,
    Person,
    Resource,
    Rules,
)
from coffeechat.lib.dates import day_text
from coffeechat.lib.sources import COWORKER

# Resource titles by kind: (with a contact, without one). {t} is the title, {n} the name.
RESOURCE_TITLES: dict[str, tuple[str, str]] = {
    "book": (
        "Read “{t}” (from {n}) and tell them what you took from it",
        "Read “{t}” and note what you took from it",
    ),
    "organisation": (
        "Look into “{t}” (suggested by {n}) and tell them what you found",
        "Look into “{t}” and note what you found",
    ),
    "website": (
        "Explore “{t}” (from {n}) and tell them what was useful",
        "Explore “{t}” and note what was useful",
    ),
    "event": (
        "Plan to attend “{t}” (suggested by {n}) and tell them how it went",
        "Plan to attend “{t}”",
    ),
    "lead": (
        "Follow up the lead “{t}” (from {n}) and tell them how it goes",
        "Follow up the lead “{t}”",
    ),
    "person": (
        "Add “{t}” as a contact referred by {n}",
        "Add “{t}” as a contact",
    ),
    "other": (
        "Follow up “{t}” (from {n}) and tell them when it is done",
        "Follow up “{t}”",
    ),
}


def resource_items(resources: Iterable[Resource], ag: AgendaDay) -> list[Item]:
    """Resource captured (book, organisation, ...): follow it up, tell the person when done.

    Every open resource is an item, due when it was captured. A resource that
    came from a coworker is left off entirely (discretion).
    """
    items = []
    for res in resources:
        if res.contact_source == COWORKER:
            continue
        created = local_time(res.created_at, ag.tz)
        key = item_key(RESOURCE, "resource", res.id, res.created_at)
        if not ag.shows(key, created):
            continue
        with_contact, alone = RESOURCE_TITLES.get(res.kind, RESOURCE_TITLES["other"])
        if res.contact_name:
            title = with_contact.format(t=res.title, n=res.contact_name)
            detail = (
                f"{res.contact_name} suggested it on {day_text(created.date())}; "
                "acting on advice and saying so keeps the relationship warm."
            )
        else:
            title = alone.format(t=res.title)
            detail = f"You captured it on {day_text(created.date())} and it is still open."
        items.append(
            ag.item(
                key=key,
                kind=RESOURCE,
                due=created,
                title=title,
                detail=detail,
                contact_id=res.contact_id,
                contact_name=res.contact_name,
                conversation_id=res.conversation_id,
                action_id=res.id,
            )
        )
    return items


def keep_in_touch_weeks(person: Person, rules: Rules) -> int:
    """How often to keep in touch with `person`: their own cadence, else the user's rule."""
    return person.keep_in_touch_weeks or rules.keep_in_touch_weeks


def last_interaction(person: Person) -> datetime | None:
    """The latest of the last chat held and the last touch (a message sent, a note)."""
    moments = [m for m in (person.last_met_at, person.last_touch_at) if m is not None]
    return max(moments) if moments else None


def keep_in_touch_due(person: Person, rules: Rules, tz: ZoneInfo) -> datetime | None:
    """When a keep-in-touch update to `person` is due (local time), or None when the rule
    does not apply: never met, in the pipeline, or a coworker."""
    if person.last_met_at is None or person.in_pipeline or person.source == COWORKER:
        return None
    anchor = last_interaction(person)
    assert anchor is not None
    return local_time(anchor, tz) + timedelta(weeks=keep_in_touch_weeks(person, rules))


def keep_in_touch_items(people: Iterable[Person], ag: AgendaDay) -> list[Item]:
    """No contact with someone met for 8 weeks: a short keep-in-touch update.

    For people met at least once and not in the pipeline. Counts from the latest
    interaction (a chat held, a message sent, a note written) in local calendar
    time, and is due the person's own cadence (`keep_in_touch_weeks`) later, or
    the user's rule when they have none.
    """
    items = []
    for person in people:
        due = keep_in_touch_due(person, ag.rules, ag.tz)
        if due is None:
            continue
        anchor = last_interaction(person)
        assert anchor is not None
        local = local_time(anchor, ag.tz)
        weeks = keep_in_touch_weeks(person, ag.rules)
        key = item_key(KEEP_IN_TOUCH, "contact", person.id, anchor)
        if not ag.shows(key, due):
            continue
        items.append(
            ag.item(
                key=key,
                kind=KEEP_IN_TOUCH,
                due=due,
                title=f"Send {person.name} a short keep-in-touch update",
                detail=(
                    f"Your last contact was on {day_text(local.date())}, "
                    f"{plural(weeks, 'week')} or more ago; "
                    "tell them what you did with their advice."
                ),
                contact_id=person.id,
                contact_name=person.name,
                conversation_id=None,
            )
        )
    return items


# What to tell the person who suggested an item, by kind. {t} is the title, {n} the
# suggester's name, {p} the person met (for a person item).
TELL_TITLES: dict[str, str] = {
    "book": "Tell {n} you read “{t}”",
    "organisation": "Tell {n} you looked into “{t}”",
    "website": "Tell {n} you visited “{t}”",
    "event": "Tell {n} you went to “{t}”",
    "person": "Tell {n} you met {p}",
    "lead": "Tell {n} how the lead “{t}” went",
    "other": "Tell {n} you followed up “{t}”",
}


def tell_items(done: Iterable[DoneAction], ag: AgendaDay) -> list[Item]:
    """An item someone suggested is done: tell them, which closes the loop.

    Due when the item was marked done. Gone once the user says they told them
    (`told_at`), or once any message to that person is sent after it was done,
    or when dismissed. Items from a coworker are left off (discretion).
    """
    items = []
    for action in done:
        if action.contact_source == COWORKER or action.told_at is not None:
            continue
        if action.last_message_at is not None and action.last_message_at >= action.done_at:
            continue
        done_local = local_time(action.done_at, ag.tz)
        key = item_key(TELL, "action", action.id, action.done_at)
        if not ag.shows(key, done_local):
            continue
        template = TELL_TITLES.get(action.kind, TELL_TITLES["other"])
        person = action.person_name or action.title
        items.append(
            ag.item(
                key=key,
                kind=TELL,
                due=done_local,
                title=template.format(t=action.title, n=action.contact_name, p=person),
                detail=(
                    f"You marked it done on {day_text(done_local.date())}; "
                    f"{action.contact_name} suggested it, and hearing what came of their "
                    "advice keeps the relationship warm."
                ),
                contact_id=action.contact_id,
                contact_name=action.contact_name,
                conversation_id=action.conversation_id,
                action_id=action.id,
            )
        )
    return items


def event_follow_up_items(meetings: Iterable[EventMeeting], ag: AgendaDay) -> list[Item]:
    """Met someone at an event, no follow-up after 2 days: follow up by e-mail or LinkedIn.

    Due at 00:00 local, `event_follow_up_days` calendar days after the meeting.
    """
    items = []
    for meeting in meetings:
        if meeting.followed_up or meeting.contact_source == COWORKER:
            continue
        due = start_of(meeting.met_on + timedelta(days=ag.rules.event_follow_up_days), ag.tz)
        key = item_key(
            EVENT_FOLLOW_UP, "event", f"{meeting.event_id}-{meeting.contact_id}", meeting.met_on
        )
        if not ag.shows(key, due):
            continue
        items.append(
            ag.item(
                key=key,
                kind=EVENT_FOLLOW_UP,
                due=due,
                title=f"Follow up with {meeting.contact_name} by e-mail or LinkedIn",
                detail=(
                    f"You met at {meeting.event_name} on {day_text(meeting.met_on)}; "
                    "a note while it is fresh makes a chat more likely."
                ),
                contact_id=meeting.contact_id,
                contact_name=meeting.contact_name,
                conversation_id=None,
            )
        )
    return items
