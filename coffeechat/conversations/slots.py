"""Times offered to a contact before a chat is agreed (issue 4, "Offering slots").

A chat that is a prospect or requested may carry up to three proposed times, kept in
`Conversation.proposed_slots` as ISO strings in UTC ("2026-11-10T14:00:00Z"), earliest
first. The request or follow-up message names them in the contact's zone (see
`lib.slots.slots_text`); once the contact picks one, `schedule_slot` agrees that time
through `scheduling.schedule_chat` and the offer is cleared.

Every function takes the user and reaches the chat through the owner-scoped helpers, so
one user never touches another's chats. Errors a person can fix are ValueErrors whose
message can be shown as it is: `SlotProblem`, and `lib.calendar.TimeProblem` for a time
in the past.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from django.db import transaction

from coffeechat.accounts.services import get_profile
from coffeechat.lib import calendar as cal
from coffeechat.lib import pipeline
from coffeechat.scoping import get_owned

from . import scheduling
from .models import Conversation

MAX_SLOTS = 3
# Times are offered while a chat is still being asked for.
OFFERING_STATUSES = frozenset({pipeline.PROSPECT, pipeline.REQUESTED})


class SlotProblem(ValueError):
    """Offered times a person can correct (too many, the same twice, the wrong status)."""


def slot_iso(moment: datetime) -> str:
    """How a slot is stored: an ISO string in UTC, to the second, with a Z."""
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def slot_times(conversation: Conversation) -> list[datetime]:
    """The times offered in `conversation`, aware in UTC and earliest first.

    Anything in the stored list that is not a readable time is skipped.
    """
    times = set()
    for value in conversation.proposed_slots or []:
        try:
            moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        times.add(moment.astimezone(UTC))
    return sorted(times)


def can_offer(conversation: Conversation) -> bool:
    return conversation.status in OFFERING_STATUSES


def _locked(user, conversation: Conversation) -> Conversation:
    return get_owned(
        Conversation.objects.select_for_update(of=("self",)), user, conversation.pk, "conversation"
    )


def _checked(slots: Sequence[datetime], now: datetime) -> list[datetime]:
    if not slots:
        raise SlotProblem("Offer at least one time.")
    if len(slots) > MAX_SLOTS:
        raise SlotProblem(f"Offer at most {MAX_SLOTS} times, not {len(slots)}.")
    times = []
    for slot in slots:
        if slot.tzinfo is None or slot.utcoffset() is None:
            raise ValueError("An offered time must be an aware datetime (UTC).")
        moment = slot.astimezone(UTC).replace(microsecond=0)
        if moment <= now:
            raise cal.PastTime(
                f"{moment:%Y-%m-%d %H:%M} (UTC) is in the past. Choose a later time."
            )
        times.append(moment)
    if len(set(times)) != len(times):
        raise SlotProblem("The same time is offered twice: offer different times.")
    return sorted(times)


def offer_slots(
    user, conversation: Conversation, slots: Sequence[datetime], *, now: datetime
) -> Conversation:
    """Offer up to three times (aware, in the future, all different) for `conversation`.

    They replace any offered before, stored earliest first. SlotProblem when the chat is
    no longer being asked for (it is scheduled, held…), or for too many or repeated times;
    PastTime for a time that is not after `now`.
    """
    times = _checked(slots, now)
    with transaction.atomic():
        current = _locked(user, conversation)
        if not can_offer(current):
            raise SlotProblem(
                f"Times are offered while a chat is being asked for; this one is "
                f"{current.status_label.lower()}."
            )
        current.proposed_slots = [slot_iso(t) for t in times]
        current.save(update_fields=["proposed_slots"])
    return current


def clear_slots(user, conversation: Conversation) -> Conversation:
    """Withdraw the offered times (whatever the chat's status)."""
    with transaction.atomic():
        current = _locked(user, conversation)
        if current.proposed_slots:
            current.proposed_slots = []
            current.save(update_fields=["proposed_slots"])
    return current


def schedule_slot(
    user, conversation: Conversation, slot: datetime, *, now: datetime
) -> Conversation:
    """The contact picked one of the offered times: schedule the chat at that instant, in
    the agreed zone (the chat's own, else the user's), and clear the offer.

    SlotProblem if `slot` is not one of the times offered; the errors of
    `scheduling.schedule_chat` otherwise (a time now past, a move the status refuses).
    """
    if slot.tzinfo is None or slot.utcoffset() is None:
        raise ValueError("An offered time must be an aware datetime (UTC).")
    moment = slot.astimezone(UTC)
    with transaction.atomic():
        current = _locked(user, conversation)
        if moment not in slot_times(current):
            raise SlotProblem("That time is not one of the times offered.")
        zone = scheduling.agreed_zone(current, get_profile(user)).key
        scheduled = scheduling.schedule_chat(
            user,
            current,
            start=moment,
            zone=zone,
            minutes=current.duration_minutes or 20,
            medium=current.medium,
            where=current.where,
            now=now,
        )
        Conversation.objects.filter(pk=scheduled.pk).update(proposed_slots=[])
        scheduled.proposed_slots = []
    return scheduled
