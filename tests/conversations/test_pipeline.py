"""Moving a conversation through the pipeline with the service the web pages and the CLI share.

Every allowed move works and is kept in the history with its time; every other
move is refused with the moves allowed instead, and changes nothing.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coffeechat import factories
from coffeechat.conversations.models import Conversation, StatusChange
from coffeechat.conversations.services import move_conversation, start_conversation
from coffeechat.lib.pipeline import MoveRefused
from coffeechat.scoping import NotFound

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 11, 2, 9, 0, tzinfo=LONDON)  # Monday morning
PLANNED = datetime(2026, 11, 12, 15, 30, tzinfo=LONDON)  # the agreed chat time

# The allowed moves, as the issue states them.
MOVES = {
    "prospect": {"requested"},
    "requested": {"scheduled", "declined", "no_response"},
    "scheduled": {"held", "cancelled"},
    "held": {"thanked"},
    "thanked": set(),
    "declined": {"requested"},
    "no_response": {"requested"},
    "cancelled": {"requested"},
}
ALLOWED = [(a, b) for a, targets in MOVES.items() for b in sorted(targets)]
REFUSED = [(a, b) for a in MOVES for b in MOVES if b not in MOVES[a]]


def _bring_to(user, contact, status: str) -> tuple[Conversation, datetime]:
    """A conversation in `status`, each step a day after the last; returns it and the last time."""
    day = timedelta(days=1)
    conversation = factories.make_chat(user, contact, status, now=START, step=day, at=PLANNED)
    return conversation, START + len(factories.PATH_TO[status]) * day


def _snapshot(conversation: Conversation) -> dict:
    conversation.refresh_from_db()
    return {
        "status": conversation.status,
        "status_changed_at": conversation.status_changed_at,
        "requested_at": conversation.requested_at,
        "scheduled_at": conversation.scheduled_at,
        "held_at": conversation.held_at,
        "history": list(conversation.history.values_list("from_status", "to_status", "at")),
    }


def test_a_new_conversation_starts_as_a_prospect_with_its_first_history_entry(alice, ana):
    conversation = start_conversation(alice, ana, now=START)
    assert conversation.status == "prospect"
    assert conversation.status_changed_at == START
    entry = conversation.history.get()
    assert (entry.from_status, entry.to_status, entry.at) == ("", "prospect", START)


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_every_allowed_move_works_and_is_kept_with_its_time(alice, ana, current, target):
    conversation, last = _bring_to(alice, ana, current)
    before = conversation.history.count()
    when = last + timedelta(hours=3)
    at = PLANNED if target == "scheduled" else None

    moved = move_conversation(alice, conversation, target, now=when, at=at)

    assert moved.status == target
    assert moved.status_changed_at == when
    moved.refresh_from_db()
    assert moved.status == target
    assert moved.history.count() == before + 1
    latest = moved.history.last()
    assert (latest.from_status, latest.to_status, latest.at) == (current, target, when)
    assert latest.owner == alice


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_every_other_move_is_refused_naming_the_moves_allowed(alice, ana, current, target):
    conversation, last = _bring_to(alice, ana, current)
    at = PLANNED if target == "scheduled" else None

    with pytest.raises(MoveRefused) as refused:
        move_conversation(alice, conversation, target, now=last + timedelta(hours=3), at=at)

    message = str(refused.value)
    for allowed in MOVES[current]:
        assert allowed in message
    if not MOVES[current]:
        assert "complete" in message


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_a_refused_move_leaves_the_conversation_and_its_history_unchanged(
    alice, ana, current, target
):
    conversation, last = _bring_to(alice, ana, current)
    before = _snapshot(conversation)
    at = PLANNED if target == "scheduled" else None

    with pytest.raises(MoveRefused):
        move_conversation(alice, conversation, target, now=last + timedelta(hours=3), at=at)

    assert _snapshot(conversation) == before


def test_an_unknown_status_is_refused_and_changes_nothing(alice, ana):
    conversation, last = _bring_to(alice, ana, "requested")
    before = _snapshot(conversation)
    with pytest.raises(MoveRefused, match="Unknown status 'ghosted'"):
        move_conversation(alice, conversation, "ghosted", now=last + timedelta(hours=1))
    assert _snapshot(conversation) == before


def test_scheduling_needs_the_agreed_time(alice, ana):
    conversation, last = _bring_to(alice, ana, "requested")
    before = _snapshot(conversation)
    with pytest.raises(MoveRefused, match="needs the agreed date and time"):
        move_conversation(alice, conversation, "scheduled", now=last + timedelta(hours=1))
    assert _snapshot(conversation) == before


def test_scheduling_keeps_the_agreed_time_on_the_conversation_and_in_the_history(alice, ana):
    conversation, last = _bring_to(alice, ana, "requested")
    when = last + timedelta(hours=1)
    moved = move_conversation(alice, conversation, "scheduled", now=when, at=PLANNED)
    assert moved.scheduled_at == PLANNED
    entry = moved.history.last()
    assert (entry.at, entry.scheduled_for) == (when, PLANNED)


def test_only_the_scheduled_entry_carries_a_planned_time(alice, ana):
    conversation, _ = _bring_to(alice, ana, "thanked")
    planned = dict(conversation.history.values_list("to_status", "scheduled_for"))
    assert planned == {
        "prospect": None,
        "requested": None,
        "scheduled": PLANNED,
        "held": None,
        "thanked": None,
    }


def test_a_chat_can_be_marked_held_before_its_planned_time(alice, ana):
    conversation, last = _bring_to(alice, ana, "scheduled")
    early = PLANNED - timedelta(days=2)
    assert early > last
    moved = move_conversation(alice, conversation, "held", now=early)
    moved.refresh_from_db()
    assert moved.status == "held"
    assert moved.held_at == early
    assert moved.scheduled_at == PLANNED


def test_a_request_records_when_it_went_out(alice, ana):
    conversation = start_conversation(alice, ana, now=START)
    sent = START + timedelta(hours=2)
    moved = move_conversation(alice, conversation, "requested", now=sent)
    moved.refresh_from_db()
    assert moved.requested_at == sent


@pytest.mark.parametrize("side_exit", ["declined", "no_response", "cancelled"])
def test_trying_again_goes_back_to_requested_with_a_new_request_time(alice, ana, side_exit):
    conversation, last = _bring_to(alice, ana, side_exit)
    first_request = conversation.requested_at
    again = last + timedelta(days=14)

    moved = move_conversation(alice, conversation, "requested", now=again)

    moved.refresh_from_db()
    assert moved.status == "requested"
    assert moved.requested_at == again
    assert moved.requested_at != first_request
    latest = moved.history.last()
    assert (latest.from_status, latest.to_status, latest.at) == (side_exit, "requested", again)


def test_the_whole_history_is_kept_in_order_with_each_time(alice, ana):
    conversation = start_conversation(alice, ana, now=START)
    steps = [
        ("requested", None),
        ("no_response", None),
        ("requested", None),
        ("scheduled", PLANNED),
        ("held", None),
        ("thanked", None),
    ]
    times = [START]
    for number, (status, at) in enumerate(steps, start=1):
        times.append(START + timedelta(days=number))
        conversation = move_conversation(alice, conversation, status, now=times[-1], at=at)

    history = list(conversation.history.values_list("from_status", "to_status", "at"))
    assert history == [
        ("", "prospect", times[0]),
        ("prospect", "requested", times[1]),
        ("requested", "no_response", times[2]),
        ("no_response", "requested", times[3]),
        ("requested", "scheduled", times[4]),
        ("scheduled", "held", times[5]),
        ("held", "thanked", times[6]),
    ]


def test_a_move_reads_the_current_status_not_a_stale_copy(alice, ana):
    """Two clicks on the same button: the second one sees the first move and is refused."""
    conversation = start_conversation(alice, ana, now=START)
    stale = Conversation.objects.get(pk=conversation.pk)
    move_conversation(alice, conversation, "requested", now=START + timedelta(hours=1))

    with pytest.raises(MoveRefused, match="already requested"):
        move_conversation(alice, stale, "requested", now=START + timedelta(hours=2))
    assert conversation.history.count() == 2


def test_another_user_cannot_move_alices_conversation(alice, charlie, ana):
    conversation = start_conversation(alice, ana, now=START)
    with pytest.raises(NotFound, match=f"No conversation with id {conversation.pk}"):
        move_conversation(charlie, conversation, "requested", now=START + timedelta(hours=1))
    conversation.refresh_from_db()
    assert conversation.status == "prospect"
    assert StatusChange.objects.filter(conversation=conversation).count() == 1


def test_held_can_record_when_the_chat_happened(alice, ana):
    conversation, last = _bring_to(alice, ana, "scheduled")
    happened = last + timedelta(hours=2)
    recorded = last + timedelta(days=1)
    moved = move_conversation(alice, conversation, "held", now=recorded, at=happened)
    moved.refresh_from_db()
    assert moved.held_at == happened
    assert moved.history.last().at == recorded  # the change itself is kept with its own time


def test_held_cannot_be_recorded_for_a_time_still_to_come(alice, ana):
    conversation, last = _bring_to(alice, ana, "scheduled")
    before = _snapshot(conversation)
    with pytest.raises(MoveRefused, match="held at a time still to come"):
        move_conversation(alice, conversation, "held", now=last, at=last + timedelta(hours=1))
    assert _snapshot(conversation) == before


def test_a_time_given_with_any_other_move_is_refused(alice, ana):
    conversation, last = _bring_to(alice, ana, "prospect")
    with pytest.raises(MoveRefused, match="Only a move to scheduled .* or held .* takes a time"):
        move_conversation(alice, conversation, "requested", now=last, at=last)
    conversation.refresh_from_db()
    assert conversation.status == "prospect"
