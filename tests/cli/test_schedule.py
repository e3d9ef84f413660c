"""`coffeechat chat schedule`, `chat cancel` and `ics`: the contract, run in-process.

The clock stands at Wednesday 4 November 2026, 09:30 London (the `frozen` fixture).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import icalendar
import pytest
import vobject

from coffeechat.accounts.services import get_profile, local_user
from coffeechat.cli import main
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Conversation
from coffeechat.conversations.services import move_conversation, notes_for, start_conversation
from coffeechat.lib.calendar import check_cancel, check_request
from tests.conftest import FROZEN_NOW


@pytest.fixture
def me(db, frozen):
    """The local user the CLI acts as, in London, with an e-mail for invitations."""
    user = local_user()
    profile = get_profile(user)
    profile.name = "Maya Okafor"
    profile.email = "maya@example.org"
    profile.timezone = "Europe/London"
    profile.save()
    return user


@pytest.fixture
def cli(me, capsys):
    """Run `coffeechat ARGS...` in-process: (exit code, stdout, stderr)."""

    def invoke(*args: str):
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def chat(me) -> Conversation:
    """A requested chat with Ana, who lives in New York."""
    ana = Contact.objects.create(
        owner=me, name="Ana Ruiz", email="ana@example.com", timezone="America/New_York"
    )
    conversation = start_conversation(me, ana, now=FROZEN_NOW)
    return move_conversation(me, conversation, "requested", now=FROZEN_NOW)


def refused(result, *words: str):
    """Exit 1 with one line on stderr holding `words`, nothing on stdout."""
    code, out, err = result
    assert code == 1, (out, err)
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("coffeechat: error: "), err
    for word in words:
        assert word in err
    return err


def ics_event(data: str, method: str):
    raw = data.encode("utf-8")
    assert (check_request if method == "REQUEST" else check_cancel)(raw) == []
    calendar = icalendar.Calendar.from_ical(raw)
    assert str(calendar["METHOD"]) == method
    vcal = vobject.readOne(data)
    assert vcal.method.value == method
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == vcal.vevent.uid.value
    return event, vcal.vevent


def test_schedule_reads_at_in_tz_and_shows_both_zones(cli, chat):
    code, out, err = cli(
        "chat", "schedule", str(chat.id), "--at", "2026-11-10T11:00", "--tz", "America/New_York"
    )
    assert (code, err) == (0, "")
    assert f"Scheduled chat {chat.id} with Ana Ruiz" in out
    assert "Tue 10 Nov 2026, 16:00 London time (11:00 New York time)" in out
    chat.refresh_from_db()
    assert chat.scheduled_at == datetime(2026, 11, 10, 16, 0, tzinfo=UTC)
    assert chat.zone == "America/New_York" and chat.duration_minutes == 20


def test_tz_defaults_to_the_contacts_zone_then_the_users(cli, chat, me):
    assert cli("chat", "schedule", str(chat.id), "--at", "2026-11-10T11:00")[0] == 0
    chat.refresh_from_db()
    assert (chat.zone, chat.scheduled_at.hour) == ("America/New_York", 16)

    lena = Contact.objects.create(owner=me, name="Lena Park", email="lena@example.org")
    other = move_conversation(
        me, start_conversation(me, lena, now=FROZEN_NOW), "requested", now=FROZEN_NOW
    )
    assert cli("chat", "schedule", str(other.id), "--at", "2026-11-10T11:00")[0] == 0
    other.refresh_from_db()
    assert (other.zone, other.scheduled_at.hour) == ("Europe/London", 11)


def test_schedule_json_with_minutes_medium_and_where(cli, chat):
    code, out, err = cli(
        *("chat", "schedule", str(chat.id), "--at", "2026-11-10T11:00"),
        *("--tz", "America/New_York", "--minutes", "30", "--medium", "video"),
        *("--where", "https://meet.example/ana", "--json"),
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["status"] == "scheduled"
    assert data["scheduled_at"] == "2026-11-10T16:00:00+00:00"
    assert (data["zone"], data["minutes"], data["medium"], data["where"]) == (
        "America/New_York",
        30,
        "video",
        "https://meet.example/ana",
    )
    assert data["calendar_sequence"] == 0 and data["calendar_uid"]
    assert data["reschedules"] == []


def test_schedule_twice_is_a_reschedule_that_keeps_medium_and_where(cli, chat):
    first = ("chat", "schedule", str(chat.id), "--at", "2026-11-10T11:00")
    assert cli(*first, "--medium", "phone", "--where", "+1 212 555 0100")[0] == 0
    code, out, err = cli(
        *("chat", "schedule", str(chat.id), "--at", "2026-11-12T09:30"),
        *("--reason", "Ana is travelling", "--asked-by", "them"),
    )
    assert (code, err) == (0, "")
    assert "Rescheduled chat" in out and "(was Tue 10 Nov 2026, 16:00 London time" in out
    assert "SEQUENCE 1" in out
    data = json.loads(
        cli("chat", "schedule", str(chat.id), "--at", "2026-11-12T09:30", "--json")[1]
    )
    assert (data["medium"], data["where"], data["calendar_sequence"]) == (
        "phone",
        "+1 212 555 0100",
        1,
    )
    assert [(r["asked_by"], r["reason"]) for r in data["reschedules"]] == [
        ("them", "Ana is travelling")
    ]


@pytest.mark.parametrize(
    ("at", "tz", "words"),
    [
        ("2027-03-14T02:30", "America/New_York", ("--at:", "does not exist", "clocks go forward")),
        ("2026-11-03T15:00", "Europe/London", ("--at:", "in the past")),
        ("2026-11-04T09:30", "Europe/London", ("--at:", "in the past")),
        ("next tuesday", "Europe/London", ("--at:", "not a date and time", "YYYY-MM-DDTHH:MM")),
        ("2026-11-10", "Europe/London", ("--at:", "has no time of day")),
        ("2026-11-10T11:00", "Mars/Olympus", ("--tz:", "not a time zone")),
        ("2026-11-10T11:00", "", ("--tz:", "not a time zone")),
    ],
)
def test_bad_times_exit_1_with_one_clear_line(cli, chat, at, tz, words):
    refused(cli("chat", "schedule", str(chat.id), "--at", at, "--tz", tz), *words)
    chat.refresh_from_db()
    assert chat.status == "requested" and chat.scheduled_at is None


def test_a_chat_that_is_not_yours_or_not_ready_is_refused(cli, chat, me):
    refused(cli("chat", "schedule", "999", "--at", "2026-11-10T11:00"), "No conversation")
    refused(cli("chat", "cancel", "999"), "No conversation")
    refused(cli("ics", "999"), "No conversation")
    prospect = start_conversation(me, chat.contact, now=FROZEN_NOW)
    refused(cli("chat", "schedule", str(prospect.id), "--at", "2026-11-10T11:00"), "requested")


def test_a_bad_medium_or_length_is_a_usage_error(cli, chat, capsys):
    with pytest.raises(SystemExit) as exited:
        cli("chat", "schedule", str(chat.id), "--at", "2026-11-10T11:00", "--medium", "fax")
    assert exited.value.code == 2
    with pytest.raises(SystemExit) as exited:
        cli("chat", "schedule", str(chat.id), "--at", "2026-11-10T11:00", "--minutes", "0")
    assert exited.value.code == 2
    assert "--minutes" in capsys.readouterr().err
    refused(
        cli("chat", "schedule", str(chat.id), "--at", "2026-11-10T11:00", "--minutes", "500"),
        "between 5 and 240 minutes",
    )


def test_ics_prints_request_then_cancel_through_two_reschedules(cli, chat):
    """The journey of the issue: schedule, reschedule twice, cancel."""
    refused(cli("ics", str(chat.id)), "has no invitation")
    sequences, uids = [], set()
    for at in ("2026-11-10T11:00", "2026-11-11T11:00", "2026-11-12T14:00"):
        assert cli("chat", "schedule", str(chat.id), "--at", at, "--tz", "America/New_York")[0] == 0
        code, out, err = cli("ics", str(chat.id))
        assert (code, err) == (0, "")
        event, vevent = ics_event(out, "REQUEST")
        sequences.append(int(event["SEQUENCE"]))
        uids.add(str(event["UID"]))
        assert vevent.dtstart.value.astimezone(UTC).hour == int(at[11:13]) + 5
    code, out, err = cli("chat", "cancel", str(chat.id), "--reason", "Ana changed jobs")
    assert (code, err) == (0, "")
    assert f"Cancelled chat {chat.id} with Ana Ruiz" in out
    code, out, err = cli("ics", str(chat.id))
    assert code == 0
    event, vevent = ics_event(out, "CANCEL")
    assert str(event["STATUS"]) == "CANCELLED"
    sequences.append(int(event["SEQUENCE"]))
    uids.add(str(event["UID"]))
    assert sequences == [0, 1, 2, 3]
    assert len(uids) == 1
    assert [n.body for n in notes_for(chat.owner)] == ["Cancelled: Ana changed jobs"]
    refused(cli("chat", "cancel", str(chat.id)), "cancelled")


def test_ics_writes_a_file_with_output(cli, chat, tmp_path):
    cli("chat", "schedule", str(chat.id), "--at", "2026-11-10T11:00")
    target = tmp_path / "ana.ics"
    assert cli("ics", str(chat.id), "-o", str(target)) == (0, "", "")
    assert check_request(target.read_bytes()) == []


def test_ics_without_the_users_e_mail_says_what_to_add(cli, chat, me):
    cli("chat", "schedule", str(chat.id), "--at", "2026-11-10T11:00")
    profile = get_profile(me)
    profile.email = ""
    profile.save()
    refused(cli("ics", str(chat.id)), "needs your e-mail address")
