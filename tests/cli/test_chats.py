"""`coffeechat chat new` and `coffeechat chat move`, in-process as the local user."""

from datetime import UTC, datetime, timedelta

import pytest

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Conversation
from coffeechat.conversations.services import start_conversation

from .conftest import error_of


def when(text: str) -> datetime:
    return datetime.fromisoformat(text)


# --------------------------------------------------------------------- conversations


@pytest.fixture
def ana(me):
    return Contact.objects.create(owner=me, name="Ana Ruiz", source="alumni")


def test_starting_a_chat_prints_it_as_a_prospect(cli, ana):
    code, out, _ = cli("chat", "new", str(ana.pk))
    chat = Conversation.objects.get()
    assert code == 0
    assert out == f"Started conversation {chat.id} with Ana Ruiz (prospect)\n"


def test_a_new_chat_as_json_has_its_first_history_entry_at_now(cli_json, ana, frozen):
    chat = cli_json("chat", "new", str(ana.pk))
    assert chat["contact"] == ana.pk
    assert chat["status"] == "prospect"
    assert chat["allowed_moves"] == ["requested"]
    assert chat["history"] == [
        {
            "from": None,
            "to": "prospect",
            "at": "2026-11-04T09:30:00+00:00",
            "scheduled_for": None,
        }
    ]


def test_a_chat_with_another_users_contact_is_refused(cli, alice):
    hers = Contact.objects.create(owner=alice, name="Ana Ruiz")
    assert error_of(cli, "chat", "new", str(hers.pk)) == f"No contact with id {hers.pk}."
    assert not Conversation.objects.exists()


def test_a_contact_id_that_is_not_a_number_is_refused(cli):
    assert error_of(cli, "chat", "new", "ana") == "No contact with id 'ana'."


def test_moving_a_chat_prints_its_new_status(cli, cli_json, ana):
    chat = cli_json("chat", "new", str(ana.pk))
    code, out, _ = cli("chat", "move", str(chat["id"]), "requested")
    assert code == 0
    assert out == f"Conversation {chat['id']} with Ana Ruiz is now requested\n"


def test_each_move_is_kept_with_the_time_it_was_made(cli_json, ana, frozen):
    chat_id = str(cli_json("chat", "new", str(ana.pk))["id"])
    frozen.shift(timedelta(hours=1))
    cli_json("chat", "move", chat_id, "requested")
    frozen.shift(timedelta(days=2))
    moved = cli_json("chat", "move", chat_id, "declined")
    frozen.shift(timedelta(days=10))
    retried = cli_json("chat", "move", chat_id, "requested")

    assert moved["allowed_moves"] == ["requested"]
    assert [(h["from"], h["to"], h["at"]) for h in retried["history"]] == [
        (None, "prospect", "2026-11-04T09:30:00+00:00"),
        ("prospect", "requested", "2026-11-04T10:30:00+00:00"),
        ("requested", "declined", "2026-11-06T10:30:00+00:00"),
        ("declined", "requested", "2026-11-16T10:30:00+00:00"),
    ]


def test_the_agreed_time_is_read_in_the_profile_time_zone(cli_json, me, ana, frozen):
    profile = get_profile(me)
    profile.timezone = "America/Los_Angeles"
    profile.save()
    chat_id = str(cli_json("chat", "new", str(ana.pk))["id"])
    cli_json("chat", "move", chat_id, "requested")
    moved = cli_json("chat", "move", chat_id, "scheduled", "--at", "2026-11-20T09:00")
    agreed = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)
    assert when(moved["scheduled_at"]) == agreed
    assert when(moved["history"][-1]["scheduled_for"]) == agreed


def test_an_agreed_time_with_an_offset_is_taken_as_given(cli_json, ana, frozen):
    chat_id = str(cli_json("chat", "new", str(ana.pk))["id"])
    cli_json("chat", "move", chat_id, "requested")
    moved = cli_json("chat", "move", chat_id, "scheduled", "--at", "2026-11-20T09:00+05:30")
    assert when(moved["scheduled_at"]) == datetime(2026, 11, 20, 3, 30, tzinfo=UTC)


def test_an_agreed_date_without_a_time_is_refused(cli, cli_json, ana):
    chat_id = str(cli_json("chat", "new", str(ana.pk))["id"])
    cli_json("chat", "move", chat_id, "requested")
    assert error_of(cli, "chat", "move", chat_id, "scheduled", "--at", "2026-11-20").startswith(
        "--at: “2026-11-20” has no time of day."
    )
    assert Conversation.objects.get().status == "requested"


def test_a_chat_can_be_marked_held_before_the_agreed_time(cli_json, ana, frozen):
    chat_id = str(cli_json("chat", "new", str(ana.pk))["id"])
    cli_json("chat", "move", chat_id, "requested")
    cli_json("chat", "move", chat_id, "scheduled", "--at", "2026-11-20T15:30")
    held = cli_json("chat", "move", chat_id, "held")
    assert held["status"] == "held"
    assert held["history"][-1]["at"] == "2026-11-04T09:30:00+00:00"


@pytest.mark.parametrize(
    ("path", "target", "allowed"),
    [
        ([], "scheduled", "it can move to requested."),
        (["requested"], "thanked", "scheduled, declined or no response (no_response)"),
        (["requested", "declined"], "scheduled", "it can move to requested."),
    ],
)
def test_a_refused_move_lists_the_moves_allowed_and_changes_nothing(
    cli, cli_json, ana, path, target, allowed, frozen
):
    chat_id = str(cli_json("chat", "new", str(ana.pk))["id"])
    for step in path:
        cli_json("chat", "move", chat_id, step)
    history_before = Conversation.objects.get().history.count()

    message = error_of(cli, "chat", "move", chat_id, target, "--at", "2026-11-20T15:30")

    assert allowed in message
    conversation = Conversation.objects.get()
    assert conversation.status == (path[-1] if path else "prospect")
    assert conversation.history.count() == history_before


def test_scheduling_without_at_says_to_give_it(cli, cli_json, ana):
    chat_id = str(cli_json("chat", "new", str(ana.pk))["id"])
    cli_json("chat", "move", chat_id, "requested")
    assert error_of(cli, "chat", "move", chat_id, "scheduled") == (
        "Moving to scheduled needs --at, the agreed date and time (YYYY-MM-DDTHH:MM)."
    )
    assert Conversation.objects.get().status == "requested"


def test_an_unknown_status_is_refused_with_the_statuses_to_use(cli, cli_json, ana):
    chat_id = str(cli_json("chat", "new", str(ana.pk))["id"])
    message = error_of(cli, "chat", "move", chat_id, "ghosted")
    assert message.startswith("Unknown status 'ghosted'. Use one of: prospect, requested,")


def test_moving_an_unknown_chat_is_refused(cli):
    assert error_of(cli, "chat", "move", "42", "requested") == "No conversation with id 42."


def test_moving_another_users_chat_is_refused(cli, alice):
    hers = start_conversation(
        alice, Contact.objects.create(owner=alice, name="Ana Ruiz"), now=datetime.now(UTC)
    )
    assert error_of(cli, "chat", "move", str(hers.pk), "requested") == (
        f"No conversation with id {hers.pk}."
    )
    hers.refresh_from_db()
    assert hers.status == "prospect"


def test_an_agreed_time_already_past_is_refused(cli, cli_json, ana, frozen):
    chat_id = str(cli_json("chat", "new", str(ana.pk))["id"])
    cli_json("chat", "move", chat_id, "requested")
    message = error_of(cli, "chat", "move", chat_id, "scheduled", "--at", "2026-11-03T15:30")
    assert "is in the past" in message
    assert Conversation.objects.get().status == "requested"


def test_moving_a_scheduled_chat_to_cancelled_raises_its_invitation_sequence(
    cli, cli_json, ana, frozen
):
    chat_id = str(cli_json("chat", "new", str(ana.pk))["id"])
    cli_json("chat", "move", chat_id, "requested")
    cli_json("chat", "move", chat_id, "scheduled", "--at", "2026-11-20T15:30")
    before = Conversation.objects.get().calendar_sequence
    assert cli_json("chat", "move", chat_id, "cancelled")["status"] == "cancelled"
    assert Conversation.objects.get().calendar_sequence == before + 1
