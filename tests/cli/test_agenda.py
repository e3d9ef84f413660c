"""`coffeechat agenda`, in-process as the local user, the clock frozen."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from coffeechat.contacts.models import Contact
from coffeechat.conversations.services import move_conversation, start_conversation

from .conftest import error_of

LONDON = ZoneInfo("Europe/London")
AGENDA_FIELDS = {"kind", "due", "contact", "conversation", "title"}


# ---------------------------------------------------------------------------- agenda


def london(day: int, hour: int = 9, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=LONDON)


@pytest.fixture
def busy_week(me, frozen):
    """Made through the services. The clock reads Wednesday 4 November, 09:30 in London.

    - Ana: asked on Monday 26 October at 09:00, no reply: follow-up due today 09:00.
    - Ben: chat agreed for tomorrow, Thursday 5 November, 14:00: prepare today.
    - Cleo: chat agreed for Friday 20 November, 15:30.
    - Dan: chat held yesterday at 16:00: thank-you due today 16:00; ask for names.
    """
    people = {
        name: Contact.objects.create(owner=me, name=name, source="alumni")
        for name in ("Ana Ruiz", "Ben Okafor", "Cleo Hart", "Dan Weiss")
    }
    chats = {}
    for name, contact in people.items():
        chats[name] = start_conversation(me, contact, now=london(23, 8, month=10))
        chats[name] = move_conversation(me, chats[name], "requested", now=london(26, month=10))
    for name, agreed in (
        ("Ben Okafor", london(5, 14)),
        ("Cleo Hart", london(20, 15, 30)),
        ("Dan Weiss", london(3, 15)),
    ):
        chats[name] = move_conversation(
            me, chats[name], "scheduled", now=london(28, month=10), at=agreed
        )
    chats["Dan Weiss"] = move_conversation(me, chats["Dan Weiss"], "held", now=london(3, 16))
    return {name: (people[name].pk, chats[name].pk) for name in people}


def test_the_agenda_for_today_lists_what_is_due_in_order(cli_json, busy_week):
    items = cli_json("agenda")

    assert all(set(item) >= AGENDA_FIELDS for item in items)
    assert [(i["kind"], i["due"], i["contact"], i["conversation"]) for i in items] == [
        ("ask_for_names", "2026-11-03T16:00:00+00:00", *busy_week["Dan Weiss"]),
        ("prepare", "2026-11-04T00:00:00+00:00", *busy_week["Ben Okafor"]),
        ("confirm", "2026-11-04T00:00:00+00:00", *busy_week["Ben Okafor"]),
        ("follow_up", "2026-11-04T09:00:00+00:00", *busy_week["Ana Ruiz"]),
        ("thank_you", "2026-11-04T16:00:00+00:00", *busy_week["Dan Weiss"]),
    ]
    titles = [i["title"] for i in items]
    assert titles == [
        "Ask Dan Weiss who else you should talk to, and note the names",
        "Prepare for tomorrow's chat with Ben Okafor",
        "Confirm the time with Ben Okafor",
        "Send Ana Ruiz one polite follow-up",
        "Thank Dan Weiss and mention something specific",
    ]
    assert [i["overdue"] for i in items] == [True, False, False, False, False]


def test_the_agenda_for_another_day_shows_what_is_due_by_then(cli_json, busy_week):
    items = cli_json("agenda", "--on", "2026-11-20")

    assert [(i["kind"], i["due"], i["contact"], i["conversation"]) for i in items] == [
        ("ask_for_names", "2026-11-03T16:00:00+00:00", *busy_week["Dan Weiss"]),
        ("follow_up", "2026-11-04T09:00:00+00:00", *busy_week["Ana Ruiz"]),
        ("thank_you", "2026-11-04T16:00:00+00:00", *busy_week["Dan Weiss"]),
        ("be_on_time", "2026-11-20T14:30:00+00:00", *busy_week["Cleo Hart"]),
    ]
    assert items[-1]["title"] == (
        "Chat with Cleo Hart at 15:30 — review the prep sheet and be on time"
    )
    assert [i["overdue"] for i in items] == [True, True, True, False]


def test_the_agenda_as_text_flags_what_is_overdue(cli, busy_week):
    code, out, _ = cli("agenda")
    assert code == 0
    assert out.splitlines() == [
        "[overdue] Ask Dan Weiss who else you should talk to, and note the names",
        "[2026-11-04] Prepare for tomorrow's chat with Ben Okafor",
        "[2026-11-04] Confirm the time with Ben Okafor",
        "[2026-11-04] Send Ana Ruiz one polite follow-up",
        "[2026-11-04] Thank Dan Weiss and mention something specific",
    ]


def test_an_empty_agenda_is_an_empty_array(cli_json, frozen):
    assert cli_json("agenda") == []
    assert cli_json("agenda", "--on", "2026-11-20") == []


def test_an_empty_agenda_as_text_suggests_what_to_do(cli, frozen):
    code, out, _ = cli("agenda")
    assert code == 0
    assert out == "Nothing is due. A good day to add people or send a request.\n"


def test_the_agenda_leaves_out_other_users_records(cli_json, alice, frozen):
    hers = Contact.objects.create(owner=alice, name="Ana Ruiz")
    chat = start_conversation(alice, hers, now=london(23, month=10))
    move_conversation(alice, chat, "requested", now=london(26, month=10))
    assert cli_json("agenda") == []


def test_a_bad_agenda_day_is_refused(cli):
    assert error_of(cli, "agenda", "--on", "20/11/2026") == (
        "--on: “20/11/2026” is not a date. Use YYYY-MM-DD, for example 2026-03-14."
    )
