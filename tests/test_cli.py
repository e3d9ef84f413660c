"""The `coffeechat` command, as a user runs it.

The first part runs the real console script in a subprocess, each test with its own
data folder (so its own SQLite file, migrated on first use): the journey, the exit
codes and the one-line errors. Those cost about a second each, so the rest calls
`coffeechat.cli.main()` in-process against the test database, as the local user.
"""

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from coffeechat.accounts.services import get_profile, local_user
from coffeechat.cli import main
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Conversation
from coffeechat.conversations.services import move_conversation, start_conversation
from coffeechat.lib.sources import SOURCE_KEYS

SCRIPT = Path(sys.executable).with_name("coffeechat")
LONDON = ZoneInfo("Europe/London")
CONTACT_FIELDS = {
    "id",
    "name",
    "email",
    "organization",
    "title",
    "linkedin_url",
    "source",
    "referred_by",
    "connected_on",
}
AGENDA_FIELDS = {"kind", "due", "contact", "conversation", "title"}


def when(text: str) -> datetime:
    return datetime.fromisoformat(text)


# ======================================================================= end to end


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    """Run the installed `coffeechat` script with its data in `data_dir`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COFFEECHAT_")}
    env["COFFEECHAT_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def ok_json(data_dir: Path, *args: str):
    result = run(data_dir, *args, "--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """A campaign made through the CLI: contact 1 (Ana), chat 1 a prospect, chat 2 requested."""
    folder = tmp_path_factory.mktemp("seeded")
    assert ok_json(folder, "contact", "add", "--name", "Ana Ruiz")["id"] == 1
    assert ok_json(folder, "chat", "new", "1")["id"] == 1
    assert ok_json(folder, "chat", "new", "1")["id"] == 2
    assert ok_json(folder, "chat", "move", "2", "requested")["status"] == "requested"
    return folder


@pytest.fixture
def campaign(seeded, tmp_path) -> Path:
    """This test's own copy of the seeded campaign."""
    folder = tmp_path / "campaign"
    shutil.copytree(seeded, folder)
    return folder


def test_a_whole_conversation_from_new_contact_to_thank_you(tmp_path):
    profile = ok_json(tmp_path, "profile", "--name", "Sam Lee", "--timezone", "America/New_York")
    assert profile["name"] == "Sam Lee"
    assert profile["timezone"] == "America/New_York"

    contact = ok_json(
        tmp_path,
        *("contact", "add", "--name", "Ana Ruiz", "--email", "ana@example.org"),
        *("--org", "Acme Health", "--title", "Data Lead", "--source", "alumni"),
        *("--connection", "Both studied at Leeds"),
    )
    assert set(contact) >= CONTACT_FIELDS
    assert contact["name"] == "Ana Ruiz"
    assert contact["organization"] == "Acme Health"
    assert contact["source"] == "alumni"
    assert contact["referred_by"] is None

    chat = ok_json(tmp_path, "chat", "new", str(contact["id"]))
    assert chat["contact"] == contact["id"]
    assert chat["status"] == "prospect"
    assert [(h["from"], h["to"]) for h in chat["history"]] == [(None, "prospect")]

    chat_id = str(chat["id"])
    assert ok_json(tmp_path, "chat", "move", chat_id, "requested")["status"] == "requested"
    # A real process has the real clock, so the agreed time is years ahead.
    scheduled = ok_json(tmp_path, "chat", "move", chat_id, "scheduled", "--at", "2030-11-20T15:30")
    assert scheduled["status"] == "scheduled"
    # Read in the profile's zone: 15:30 in New York is 20:30 UTC.
    agreed = datetime(2030, 11, 20, 20, 30, tzinfo=UTC)
    assert when(scheduled["history"][-1]["scheduled_for"]) == agreed
    assert ok_json(tmp_path, "chat", "move", chat_id, "held")["status"] == "held"
    thanked = ok_json(tmp_path, "chat", "move", chat_id, "thanked")

    assert {"id", "contact", "status", "history"} <= set(thanked)
    assert thanked["id"] == chat["id"]
    assert thanked["contact"] == contact["id"]
    assert thanked["status"] == "thanked"
    history = thanked["history"]
    assert [(h["from"], h["to"]) for h in history] == [
        (None, "prospect"),
        ("prospect", "requested"),
        ("requested", "scheduled"),
        ("scheduled", "held"),
        ("held", "thanked"),
    ]
    times = [when(h["at"]) for h in history]
    assert times == sorted(times)
    assert [when(h["scheduled_for"]) if h["scheduled_for"] else None for h in history] == [
        None,
        None,
        agreed,
        None,
        None,
    ]

    listed = ok_json(tmp_path, "contact", "list")
    assert [c["name"] for c in listed] == ["Ana Ruiz"]
    assert listed[0] == {k: contact[k] for k in listed[0]}


BAD_INPUT = [
    pytest.param(
        ["contact", "add", "--name", "Bo Li", "--email", "bo.at.example"],
        "--email: Enter a valid email address.",
        id="bad-email",
    ),
    pytest.param(
        ["contact", "add", "--name", "Bo Li", "--source", "gym"],
        "--source: ",
        id="unknown-source",
    ),
    pytest.param(
        ["contact", "add", "--name", "Bo Li", "--referred-by", "42"],
        "--referred-by: Choose one of your own contacts.",
        id="unknown-referred-by",
    ),
    pytest.param(["chat", "new", "42"], "No contact with id 42.", id="unknown-contact"),
    pytest.param(
        ["chat", "move", "1", "held"],
        "A conversation cannot move from prospect to held. From prospect it can move to requested.",
        id="refused-move",
    ),
    pytest.param(
        ["chat", "move", "2", "scheduled"],
        "Moving to scheduled needs --at",
        id="scheduled-without-at",
    ),
    pytest.param(
        ["chat", "move", "2", "scheduled", "--at", "next tuesday"],
        "--at: “next tuesday” is not a date and time. Use YYYY-MM-DDTHH:MM",
        id="bad-at",
    ),
    pytest.param(
        ["agenda", "--on", "2026-11-31"],
        "--on: “2026-11-31” is not a date. Use YYYY-MM-DD",
        id="bad-on",
    ),
    pytest.param(
        ["profile", "--timezone", "Mars/Olympus_Mons"],
        "--timezone: “Mars/Olympus_Mons” is not a time zone.",
        id="bad-timezone",
    ),
]


@pytest.mark.parametrize(("args", "expected"), BAD_INPUT)
def test_bad_input_exits_1_with_one_clear_line_and_no_traceback(campaign, args, expected):
    result = run(campaign, *args)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("coffeechat: error: ")
    assert expected in lines[0]


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["contact", "add", "--email", "ana@example.org"], id="missing-name"),
        pytest.param(["meet", "ana"], id="unknown-command"),
    ],
)
def test_a_usage_error_exits_2_with_the_usage(tmp_path, args):
    result = run(tmp_path, *args)
    assert result.returncode == 2
    assert "usage: coffeechat" in result.stderr
    assert "Traceback" not in result.stderr


# ======================================================================== in-process


@pytest.fixture
def me(db):
    """The local user the CLI acts as, in London."""
    user = local_user()
    profile = get_profile(user)
    profile.timezone = "Europe/London"
    profile.save()
    return user


@pytest.fixture
def cli(me, capsys):
    """Run `coffeechat ARGS...` in-process: returns (exit code, stdout, stderr)."""

    def invoke(*args: str):
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def cli_json(cli):
    def invoke(*args: str):
        code, out, err = cli(*args, "--json")
        assert (code, err) == (0, ""), err
        return json.loads(out)

    return invoke


def error_of(cli, *args: str) -> str:
    """The one stderr line of a command that must fail with exit code 1."""
    code, out, err = cli(*args)
    assert (code, out) == (1, "")
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("coffeechat: error: ")
    return lines[0].removeprefix("coffeechat: error: ")


# --------------------------------------------------------------------------- profile


def test_profile_shows_name_email_zone_and_employer(cli_json, me):
    assert cli_json("profile") == {
        "name": "",
        "email": "",
        "timezone": "Europe/London",
        "employer": "",
    }


def test_profile_changes_only_the_fields_given(cli_json):
    cli_json("profile", "--name", "Sam Lee", "--email", "sam@example.org")
    changed = cli_json("profile", "--employer", "Globex", "--timezone", "Asia/Tokyo")
    assert changed == {
        "name": "Sam Lee",
        "email": "sam@example.org",
        "timezone": "Asia/Tokyo",
        "employer": "Globex",
    }


def test_profile_as_text_lists_each_field(cli):
    cli("profile", "--name", "Sam Lee")
    code, out, _ = cli("profile")
    assert code == 0
    assert out.splitlines() == [
        "name      Sam Lee",
        "email     -",
        "timezone  Europe/London",
        "employer  -",
    ]


def test_a_bad_profile_email_is_refused_and_nothing_changes(cli, cli_json):
    assert error_of(cli, "profile", "--name", "Sam", "--email", "nope") == (
        "--email: Enter a valid email address."
    )
    assert cli_json("profile")["name"] == ""


def test_a_bad_time_zone_is_refused(cli, me):
    message = error_of(cli, "profile", "--timezone", "London")
    assert message.startswith("--timezone: “London” is not a time zone.")
    assert get_profile(me).timezone == "Europe/London"


# -------------------------------------------------------------------------- contacts


def test_adding_a_contact_says_what_was_added(cli, me):
    code, out, err = cli("contact", "add", "--name", "  Ana   Ruiz ")
    contact = Contact.objects.get()
    assert (code, err) == (0, "")
    assert out == f"Added contact {contact.id}: Ana Ruiz\n"
    assert contact.owner == me
    assert contact.source == "other"


def test_adding_a_contact_as_json_prints_every_field_given(cli_json):
    contact = cli_json(
        *("contact", "add", "--name", "Ana Ruiz", "--email", "ana@example.org"),
        *("--org", "Acme Health", "--title", "Data Lead", "--source", "former_colleague"),
        *("--connection", "We worked together at Initech"),
        *("--linkedin", "https://www.linkedin.com/in/ana-ruiz"),
        *("--connected-on", "2026-10-01"),
    )
    assert contact == {
        "id": contact["id"],
        "name": "Ana Ruiz",
        "email": "ana@example.org",
        "organization": "Acme Health",
        "title": "Data Lead",
        "linkedin_url": "https://www.linkedin.com/in/ana-ruiz",
        "source": "former_colleague",
        "connection": "We worked together at Initech",
        "referred_by": None,
        "connected_on": "2026-10-01",
        "location": "",
        "timezone": "",
    }


@pytest.mark.parametrize("source", SOURCE_KEYS)
def test_every_source_of_the_contract_is_accepted(cli_json, source):
    assert cli_json("contact", "add", "--name", "Ana Ruiz", "--source", source)["source"] == source


def test_the_sources_are_those_of_the_contract():
    assert set(SOURCE_KEYS) == {
        "family",
        "friend",
        "alumni",
        "former_colleague",
        "coworker",
        "community",
        "association",
        "event",
        "linkedin",
        "referral",
        "other",
    }


def test_an_unknown_source_is_refused_and_nothing_is_added(cli, me):
    assert error_of(cli, "contact", "add", "--name", "Bo Li", "--source", "gym").startswith(
        "--source: "
    )
    assert not Contact.objects.exists()


def test_a_contact_referred_by_one_of_yours_keeps_the_referrer(cli_json):
    ana = cli_json("contact", "add", "--name", "Ana Ruiz")
    bo = cli_json(
        "contact", "add", "--name", "Bo Li", "--source", "referral", "--referred-by", str(ana["id"])
    )
    assert bo["referred_by"] == ana["id"]
    assert Contact.objects.get(pk=bo["id"]).referred_by_id == ana["id"]


def test_a_referrer_belonging_to_another_user_is_refused(cli, alice):
    hers = Contact.objects.create(owner=alice, name="Ana Ruiz")
    assert error_of(cli, "contact", "add", "--name", "Bo Li", "--referred-by", str(hers.pk)) == (
        "--referred-by: Choose one of your own contacts."
    )
    assert Contact.objects.count() == 1


def test_a_referrer_id_that_is_not_a_number_is_refused(cli):
    assert error_of(cli, "contact", "add", "--name", "Bo Li", "--referred-by", "ana") == (
        "--referred-by: Choose one of your own contacts."
    )


def test_a_blank_name_is_refused(cli):
    assert error_of(cli, "contact", "add", "--name", "   ") == "--name: Give the person's name."


def test_a_bad_connected_on_date_is_refused_naming_the_flag(cli):
    assert error_of(
        cli, "contact", "add", "--name", "Bo Li", "--connected-on", "last spring"
    ).startswith("--connected-on: ")


def test_contacts_at_the_same_organisation_share_it_whatever_the_case(cli_json, me):
    cli_json("contact", "add", "--name", "Ana Ruiz", "--org", "Acme Health")
    cli_json("contact", "add", "--name", "Bo Li", "--org", "acme health")
    orgs = {c.organization_id for c in Contact.objects.all()}
    assert len(orgs) == 1


def test_contact_list_json_gives_every_contract_field_sorted_by_name(cli_json, alice):
    Contact.objects.create(owner=alice, name="Alice's own contact")
    zoe = cli_json("contact", "add", "--name", "Zoe Park", "--connected-on", "2026-09-30")
    ana = cli_json("contact", "add", "--name", "Ana Ruiz", "--referred-by", str(zoe["id"]))

    listed = cli_json("contact", "list")

    assert [c["name"] for c in listed] == ["Ana Ruiz", "Zoe Park"]
    assert all(set(c) >= CONTACT_FIELDS for c in listed)
    assert listed[0]["id"] == ana["id"]
    assert listed[0]["referred_by"] == zoe["id"]
    assert listed[0]["connected_on"] is None
    assert listed[1]["referred_by"] is None
    assert listed[1]["connected_on"] == "2026-09-30"


def test_contact_list_json_is_an_empty_array_with_no_contacts(cli_json):
    assert cli_json("contact", "list") == []


def test_contact_list_as_text_shows_title_organisation_and_source(cli):
    cli(
        "contact",
        "add",
        "--name",
        "Ana Ruiz",
        "--org",
        "Acme",
        "--title",
        "CTO",
        "--source",
        "alumni",
    )
    cli("contact", "add", "--name", "Bo Li")
    code, out, _ = cli("contact", "list")
    ana, bo = Contact.objects.order_by("name")
    assert code == 0
    assert out.splitlines() == [
        f"{ana.id:>5}  Ana Ruiz  (CTO · Acme)  [alumni]",
        f"{bo.id:>5}  Bo Li  [other]",
    ]


def test_contact_list_with_no_contacts_says_how_to_add_one(cli):
    code, out, _ = cli("contact", "list")
    assert code == 0
    assert "coffeechat contact add --name NAME" in out


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


# --------------------------------------------------------------------------- parsing


def test_no_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main([])
    assert exit_.value.code == 2
    assert "usage: coffeechat" in capsys.readouterr().err


def test_a_missing_chat_id_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["chat", "move"])
    assert exit_.value.code == 2


def test_help_lists_the_commands_and_exits_0(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("profile", "contact", "chat", "agenda"):
        assert command in out


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
