"""Scheduling a chat: the agreed time and zone, reschedules, cancellation, invitations.

Times are stored in UTC. A chat also keeps the zone it was agreed in (`Conversation.zone`,
blank = the user's), so its invitation names the wall time both people agreed on.

The invitation (RFC 5545/5546) has one UID for the life of the chat, made with the first
invitation or the first scheduling. Its SEQUENCE is 0 when first scheduled and goes up by
one with every change the other person's calendar must pick up: a reschedule, a change of
length or place, the cancellation, and a new time agreed after a cancellation.

Every function here takes the user and goes through the owner-scoped helpers, so one
user never reaches another's chats. Errors a person can fix are ValueErrors with a
message to show as it is: `TimeProblem` (a past or nonexistent time, an unknown zone),
`MoveRefused` (the chat's status does not allow it) and `SchedulingProblem`.
"""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction

from coffeechat.accounts.models import Profile
from coffeechat.accounts.services import get_profile
from coffeechat.lib import calendar as cal
from coffeechat.lib import pipeline
from coffeechat.lib.timezones import is_valid_zone
from coffeechat.scoping import NotFound, get_owned

from .models import MEDIUMS, Conversation, Reschedule
from .services import add_note, conversations_for, move_conversation

MEDIUM_LABELS = dict(MEDIUMS)
MIN_MINUTES = 5
MAX_MINUTES = 240
# The feed keeps a chat for a day after its start, so today's chats stay visible.
FEED_LOOKBACK = timedelta(days=1)
FEED_STAND_IN = "me@coffeechat.invalid"
REQUEST = "REQUEST"
CANCEL = "CANCEL"


class SchedulingProblem(ValueError):
    """Scheduling input a person can correct (length, medium, place): the message says how."""


def reschedules_for(user):
    return Reschedule.objects.owned_by(user)


# ------------------------------------------------------------------ changes


def _check(start: datetime, zone: str, minutes: int, medium: str, where: str, now: datetime):
    if start.tzinfo is None:
        raise ValueError("start must be an aware datetime (UTC)")
    if not is_valid_zone(zone):
        raise cal.TimeProblem(
            f"“{zone}” is not a time zone. Use a name such as Europe/London or America/New_York."
        )
    if start <= now:
        shown = start.astimezone(ZoneInfo(zone))
        raise cal.PastTime(
            f"{shown:%Y-%m-%d %H:%M} ({cal.zone_label(ZoneInfo(zone))}) is in the past. "
            "Choose a later time."
        )
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise SchedulingProblem(
            f"A chat lasts between {MIN_MINUTES} and {MAX_MINUTES} minutes, not {minutes}."
        )
    if medium and medium not in MEDIUM_LABELS:
        raise SchedulingProblem(f"“{medium}” is not a medium. Use one of: phone, video, coffee.")
    if len(where) > 300:
        raise SchedulingProblem("Keep the number, link or place under 300 characters.")


def _locked(user, conversation: Conversation) -> Conversation:
    """The user's conversation, locked for this transaction (only its own row)."""
    return get_owned(
        Conversation.objects.select_for_update(of=("self",)), user, conversation.pk, "conversation"
    )


def schedule_chat(
    user,
    conversation: Conversation,
    *,
    start: datetime,
    zone: str,
    minutes: int = 20,
    medium: str = "",
    where: str = "",
    now: datetime,
    asked_by: str = Reschedule.THEM,
    reason: str = "",
) -> Conversation:
    """Agree a time for `conversation`, or move it to another time if it is already scheduled.

    `start` is an aware moment (from `lib.calendar.local_to_utc`); `zone` the IANA zone it
    was agreed in. A first scheduling moves the chat to scheduled (MoveRefused if its
    status does not allow that). A chat already scheduled is rescheduled: a Reschedule row
    keeps the old and new times, who asked and why, and the invitation's SEQUENCE goes up.
    A new length, medium or place with the same time also raises SEQUENCE (no Reschedule).
    """
    where = where.strip()
    reason = reason.strip()
    _check(start, zone, minutes, medium, where, now)
    if asked_by not in (Reschedule.ME, Reschedule.THEM):
        raise SchedulingProblem("Who asked for the new time: “me” or “them”.")
    with transaction.atomic():
        current = _locked(user, conversation)
        if current.status == pipeline.SCHEDULED:
            moved = current.scheduled_at != start
            details = (current.zone, current.duration_minutes, current.medium, current.where)
            changed = moved or details != (zone, minutes, medium, where)
            if not changed:
                return get_owned(
                    Conversation.objects.select_related("contact", "target"),
                    user,
                    current.pk,
                    "conversation",
                )
            if moved:
                Reschedule.objects.create(
                    owner=user,
                    conversation=current,
                    old_start=current.scheduled_at,
                    new_start=start,
                    asked_by=asked_by,
                    reason=reason[:300],
                    at=now,
                )
                current.scheduled_at = start
            current.calendar_sequence += 1
        else:
            # Scheduled before (then cancelled and asked again): the same UID, a newer SEQUENCE.
            again = current.scheduled_at is not None
            current = move_conversation(user, current, pipeline.SCHEDULED, now=now, at=start)
            if again:
                current.calendar_sequence += 1
        current.zone = zone
        current.duration_minutes = minutes
        current.medium = medium
        current.where = where
        if not current.calendar_uid:
            current.calendar_uid = cal.new_uid()
        current.save()
    return get_owned(
        Conversation.objects.select_related("contact", "target"), user, current.pk, "conversation"
    )


def cancel_chat(
    user, conversation: Conversation, *, reason: str = "", now: datetime
) -> Conversation:
    """Cancel a scheduled chat (MoveRefused otherwise); its invitation becomes a CANCEL.

    The reason, if any, is kept as a note on the chat ("Cancelled: …").
    """
    reason = reason.strip()
    with transaction.atomic():
        current = _locked(user, conversation)
        current = move_conversation(user, current, pipeline.CANCELLED, now=now)
        current.calendar_sequence += 1
        if not current.calendar_uid:
            current.calendar_uid = cal.new_uid()
        current.save(update_fields=["calendar_sequence", "calendar_uid"])
        if reason:
            add_note(user, current, f"Cancelled: {reason}", now=now)
    return get_owned(
        Conversation.objects.select_related("contact", "target"), user, current.pk, "conversation"
    )


# ------------------------------------------------------------------ invitations


def _ensure_uid(conversation: Conversation) -> str:
    """The chat's UID, made and saved once (two requests at once still agree on one)."""
    if not conversation.calendar_uid:
        uid = cal.new_uid()
        Conversation.objects.filter(pk=conversation.pk, calendar_uid="").update(calendar_uid=uid)
        conversation.calendar_uid = (
            Conversation.objects.filter(pk=conversation.pk)
            .values_list("calendar_uid", flat=True)
            .get()
        )
    return conversation.calendar_uid


def agreed_zone(conversation: Conversation, profile: Profile) -> ZoneInfo:
    """The zone the chat was agreed in: its own, else the user's."""
    name = conversation.zone if is_valid_zone(conversation.zone) else profile.timezone
    return ZoneInfo(name)


def _how(conversation: Conversation) -> str:
    label = MEDIUM_LABELS.get(conversation.medium, "")
    if label and conversation.where:
        return f"{label}: {conversation.where}"
    return conversation.where or label


def invite_for(conversation: Conversation, profile: Profile, *, now: datetime) -> cal.Invite:
    """The calendar invitation of a chat that has a time (its UID made once, and saved).

    Not a scoping helper: the caller has already got `conversation` through the user's own.
    """
    if conversation.scheduled_at is None:
        raise NotFound(f"Conversation {conversation.pk} has no agreed time.")
    contact = conversation.contact
    me = profile.name or "me"
    minutes = conversation.duration_minutes
    how = _how(conversation)
    lines = [f"A {minutes}-minute informational chat between {me} and {contact.name}."]
    if how:
        lines.append(f"How: {how}")
    lines.append(
        f"{contact.name} kindly agreed to {minutes} minutes: keep to time, and end when it is up."
    )
    return cal.Invite(
        uid=_ensure_uid(conversation),
        sequence=conversation.calendar_sequence,
        start=conversation.scheduled_at.astimezone(agreed_zone(conversation, profile)),
        minutes=minutes,
        summary=f"Informational chat: {me} and {contact.name}",
        organizer_email=profile.email,
        organizer_name=profile.name,
        attendee_email=contact.email,
        attendee_name=contact.name,
        location=conversation.where or MEDIUM_LABELS.get(conversation.medium, ""),
        description="\n".join(lines),
        stamp=now,
    )


def invitation_method(conversation: Conversation) -> str | None:
    """REQUEST while scheduled, CANCEL once a scheduled chat is cancelled, else None."""
    if conversation.status == pipeline.SCHEDULED and conversation.scheduled_at is not None:
        return REQUEST
    if conversation.status == pipeline.CANCELLED and conversation.scheduled_at is not None:
        return CANCEL
    return None


def invitation_ics(user, conversation: Conversation, *, now: datetime) -> bytes:
    """The chat's current invitation: REQUEST while scheduled, CANCEL after a cancellation.

    NotFound for a chat that is not the user's, or that has no invitation to give.
    """
    conversation = get_owned(
        Conversation.objects.select_related("contact"), user, conversation.pk, "conversation"
    )
    method = invitation_method(conversation)
    if method is None:
        raise NotFound(
            f"Conversation {conversation.pk} has no invitation: it is "
            f"{conversation.status_label.lower()}, not scheduled or cancelled."
        )
    invite = invite_for(conversation, get_profile(user), now=now)
    return cal.request_ics(invite) if method == REQUEST else cal.cancel_ics(invite)


# ------------------------------------------------------------------ the private feed


def feed_user(token: str):
    """The user whose calendar feed `token` opens, or None (blank, wrong or revoked)."""
    if not token or len(token) > 64:
        return None
    profile = Profile.objects.select_related("user").filter(calendar_token=token).first()
    if profile is None or not secrets.compare_digest(profile.calendar_token, token):
        return None
    return profile.user


def feed_ics_for(user, *, now: datetime) -> bytes:
    """The user's private feed: every scheduled chat from a day ago on.

    Not a scoping helper: built on conversations_for, so it lists the user's chats only.
    """
    profile = get_profile(user)
    chats = (
        conversations_for(user)
        .filter(status=pipeline.SCHEDULED, scheduled_at__gte=now - FEED_LOOKBACK)
        .select_related("contact")
        .order_by("scheduled_at", "id")
    )
    invites = [invite_for(c, profile, now=now) for c in chats]
    if not profile.email:
        # ORGANIZER is required even in a PUBLISH: a stand-in keeps the feed working until
        # the profile has an e-mail (an invitation to send does need the real one).
        invites = [replace(i, organizer_email=FEED_STAND_IN) for i in invites]
    name = f"coffeechat: {profile.name}" if profile.name else "coffeechat"
    return cal.feed_ics(invites, name=name, stamp=now)


def renew_feed_token(user) -> str:
    """A fresh random feed token (the old feed URL stops working at once)."""
    profile = get_profile(user)
    profile.calendar_token = secrets.token_urlsafe(32)
    profile.save(update_fields=["calendar_token"])
    return profile.calendar_token


def revoke_feed_token(user) -> None:
    """No feed: its URL answers 404 until a new one is made."""
    profile = get_profile(user)
    profile.calendar_token = ""
    profile.save(update_fields=["calendar_token"])


def move_chat(
    user, conversation: Conversation, status: str, *, now: datetime, at: datetime | None = None
) -> Conversation:
    """The one door for a status change from the board, the chat page or `chat move`.

    A first scheduling and a cancellation go through schedule_chat and cancel_chat, so the
    invitation's UID, SEQUENCE and zone stay right whichever way the user moved the chat;
    every other move is a plain pipeline move.
    """
    pipeline.check_move(conversation.status, status)  # a refused move says so first
    if status == pipeline.SCHEDULED and at is not None:
        zone = agreed_zone(conversation, get_profile(user)).key
        return schedule_chat(user, conversation, start=at, zone=zone, now=now)
    if status == pipeline.CANCELLED and conversation.status == pipeline.SCHEDULED:
        return cancel_chat(user, conversation, now=now)
    return move_conversation(user, conversation, status, now=now, at=at)
