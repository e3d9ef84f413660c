"""Small functions that make one record each, with sensible defaults.

Used by the tests, the benchmarks (bench/) and the demo, so that a contact or a chat
is made the same way everywhere: through the services the app itself uses, so a
chat in any status has the history that brought it there. Only what a caller
names differs from the defaults.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth import get_user_model

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact, Organization, Target
from coffeechat.contacts.services import organization_named
from coffeechat.conversations.models import ActionItem, Conversation, Message, Note
from coffeechat.conversations.services import (
    add_action,
    add_note,
    move_conversation,
    record_message,
    set_action_done,
    start_conversation,
)
from coffeechat.lib import pipeline

# One way to bring a new chat to each status, one move at a time.
PATH_TO: dict[str, tuple[str, ...]] = {
    pipeline.PROSPECT: (),
    pipeline.REQUESTED: (pipeline.REQUESTED,),
    pipeline.SCHEDULED: (pipeline.REQUESTED, pipeline.SCHEDULED),
    pipeline.HELD: (pipeline.REQUESTED, pipeline.SCHEDULED, pipeline.HELD),
    pipeline.THANKED: (pipeline.REQUESTED, pipeline.SCHEDULED, pipeline.HELD, pipeline.THANKED),
    pipeline.DECLINED: (pipeline.REQUESTED, pipeline.DECLINED),
    pipeline.NO_RESPONSE: (pipeline.REQUESTED, pipeline.NO_RESPONSE),
    pipeline.CANCELLED: (pipeline.REQUESTED, pipeline.SCHEDULED, pipeline.CANCELLED),
}


def make_user(username: str, name: str = "", *, timezone: str = "Europe/London", **profile):
    """A user whose profile has a name, an address at example.org and a time zone."""
    user = get_user_model().objects.create(username=username)
    record = get_profile(user)
    record.name = name
    record.email = profile.pop("email", f"{username}@example.org")
    record.timezone = timezone
    for field, value in profile.items():
        setattr(record, field, value)
    record.save()
    return user


def make_organisation(owner, name: str = "Meridian Labs") -> Organization:
    """The owner's organisation of that name, made if new."""
    return organization_named(owner, name)


def make_contact(owner, name: str = "Ana Ruiz", *, organisation: str = "", **fields) -> Contact:
    """A contact of `owner`; `organisation` is a name, found or made as the forms do."""
    if organisation:
        fields["organization"] = organization_named(owner, organisation)
    return Contact.objects.create(owner=owner, name=name, **fields)


def make_target(owner, name: str = "Science policy", **fields) -> Target:
    return Target.objects.create(owner=owner, name=name, **fields)


def make_chat(
    owner,
    contact: Contact,
    status: str = pipeline.PROSPECT,
    *,
    now: datetime,
    at: datetime | None = None,
    step: timedelta = timedelta(0),
    target: Target | None = None,
) -> Conversation:
    """A chat with `contact` brought to `status`, one move at a time.

    It starts at `now`, and each move comes `step` after the one before (all at `now`
    by default). `at` is the agreed time, for a path through scheduled; a held chat
    was held at the moment of its move.
    """
    chat = start_conversation(owner, contact, now=now, target=target)
    for move in PATH_TO[status]:
        now += step
        when = at if move == pipeline.SCHEDULED else None
        chat = move_conversation(owner, chat, move, now=now, at=when)
    return chat


def make_message(
    owner,
    chat: Conversation,
    kind: str = "request",
    *,
    now: datetime,
    sent: bool = True,
    channel: str = "email",
    subject: str = "A short chat?",
    body: str = "Dear Ana, …",
) -> Message:
    """A message in `chat`, sent at `now` unless `sent` is False (then a draft)."""
    return record_message(
        owner,
        chat,
        kind=kind,
        channel=channel,
        subject=subject,
        body=body,
        now=now,
        sent=sent,
    )


def make_note(owner, chat: Conversation, body: str = "A good chat.", *, now: datetime) -> Note:
    return add_note(owner, chat, body, now=now)


def make_action(
    owner,
    chat: Conversation,
    kind: str = "book",
    title: str = "Range",
    *,
    now: datetime,
    done_at: datetime | None = None,
) -> ActionItem:
    """Something `chat`'s contact suggested, done at `done_at` if given."""
    action = add_action(owner, chat, kind, title, now=now)
    if done_at is not None:
        action = set_action_done(action, True, now=done_at)
    return action
