"""The `coffeechat` command, as a user runs it.

These run the real console script in a subprocess, each test with its own data folder
(so its own SQLite file, migrated on first use): the journey, the exit codes and the
one-line errors. Those cost about a second each, so the other modules of tests/cli call
`coffeechat.cli.main()` in-process against the test database, as the local user.
"""

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("coffeechat")
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
