"""`coffeechat note CHAT_ID FILE|-`: a note added from the command line, with quick
capture applied at once. In-process as the local user, and once through the real
console script for the contract (exit code, JSON on stdout, nothing on stderr)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from coffeechat.accounts.services import get_profile, local_user
from coffeechat.cli import main
from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import organization_named
from coffeechat.conversations.models import ActionItem, Note
from coffeechat.conversations.services import start_conversation
from coffeechat.network.models import Lead

from ..conftest import LONDON

NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)
SCRIPT = Path(sys.executable).with_name("coffeechat")

NOTE = """# Chat with Ben

book: Range
person: Zoë Ørsted (Novo Nordisk, Head of R&D)
person: Ana Lima
lead: Data analyst opening in May
"""


@pytest.fixture
def me(db):
    user = local_user()
    profile = get_profile(user)
    profile.timezone = "Europe/London"
    profile.save()
    return user


@pytest.fixture
def ben(me):
    return Contact.objects.create(
        owner=me, name="Ben Okafor", organization=organization_named(me, "Meridian Labs")
    )


@pytest.fixture
def chat(me, ben):
    return start_conversation(me, ben, now=NOW)


@pytest.fixture
def cli(me, capsys):
    def invoke(*args: str):
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def note_file(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(NOTE, encoding="utf-8")
    return path


def test_json_says_exactly_what_was_made(cli, me, ben, chat, note_file):
    code, out, err = cli("note", str(chat.pk), str(note_file), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    note = Note.objects.get(conversation=chat)
    items = list(ActionItem.objects.filter(note=note).order_by("id"))
    zoe = Contact.objects.get(owner=me, name="Zoë Ørsted")
    ana = Contact.objects.get(owner=me, name="Ana Lima")
    lead = Lead.objects.get(owner=me)
    assert data == {
        "note": note.pk,
        "chat": chat.pk,
        "action_items": [
            {"id": items[0].pk, "kind": "book", "title": "Range", "line": 3},
            {"id": items[1].pk, "kind": "person", "title": "Zoë Ørsted", "line": 4},
            {"id": items[2].pk, "kind": "person", "title": "Ana Lima", "line": 5},
            {"id": items[3].pk, "kind": "lead", "title": "Data analyst opening in May", "line": 6},
        ],
        "contacts": [
            {
                "id": zoe.pk,
                "name": "Zoë Ørsted",
                "organization": "Novo Nordisk",
                "title": "Head of R&D",
                "created": True,
            },
            {"id": ana.pk, "name": "Ana Lima", "organization": "", "title": "", "created": True},
        ],
        "leads": [{"id": lead.pk, "title": "Data analyst opening in May", "told_by": ben.pk}],
    }
    assert zoe.referred_by == ben and zoe.source == "referral"


def test_a_person_who_exists_is_linked_and_nothing_is_made(cli, me, chat, note_file):
    zoe = Contact.objects.create(owner=me, name="Zoë Ørsted", title="CSO")
    code, out, _ = cli("note", str(chat.pk), str(note_file), "--json")
    assert code == 0
    contacts = json.loads(out)["contacts"]
    assert contacts[0] == {
        "id": zoe.pk,
        "name": "Zoë Ørsted",
        "organization": "",
        "title": "CSO",
        "created": False,
    }
    assert Contact.objects.filter(owner=me, name="Zoë Ørsted").count() == 1
    # And again: the note is added a second time, the people are linked, not made twice.
    code, out, _ = cli("note", str(chat.pk), str(note_file), "--json")
    assert [c["created"] for c in json.loads(out)["contacts"]] == [False, False]
    assert Contact.objects.filter(owner=me).count() == 3
    assert Note.objects.filter(conversation=chat).count() == 2


def test_without_json_one_line_per_thing(cli, me, chat, note_file):
    Contact.objects.create(owner=me, name="Ana Lima")
    code, out, err = cli("note", str(chat.pk), str(note_file))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    note = Note.objects.get()
    items = list(ActionItem.objects.order_by("id"))
    ana = Contact.objects.get(name="Ana Lima")
    zoe = Contact.objects.get(name="Zoë Ørsted")
    lead = Lead.objects.get()
    assert lines == [
        f"Note {note.pk} added to chat {chat.pk} (Ben Okafor).",
        f"Item {items[0].pk} (book, line 3): Range",
        f"Item {items[1].pk} (person, line 4): Zoë Ørsted",
        f"Item {items[2].pk} (person, line 5): Ana Lima",
        f"Item {items[3].pk} (job lead, line 6): Data analyst opening in May",
        f"New contact {zoe.pk}: Zoë Ørsted (Novo Nordisk, Head of R&D)",
        f"Linked contact {ana.pk}: Ana Lima (already in your contacts)",
        f"Job lead {lead.pk}: Data analyst opening in May, told by Ben Okafor",
    ]


def test_the_note_may_come_from_standard_input(cli, chat, monkeypatch):
    stdin = io.TextIOWrapper(io.BytesIO(b"Spring hiring.\nbook: Range"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = cli("note", str(chat.pk), "-", "--json")
    assert code == 0
    assert [i["title"] for i in json.loads(out)["action_items"]] == ["Range"]
    assert Note.objects.get().body == "Spring hiring.\nbook: Range"


@pytest.mark.parametrize(
    ("args", "content", "message"),
    [
        (["999999"], NOTE.encode(), "coffeechat: error: No conversation with id 999999.\n"),
        (["abc"], NOTE.encode(), "coffeechat: error: No conversation with id 'abc'.\n"),
        (None, b"  \n\n ", "coffeechat: error: note not saved: Write something first.\n"),
        (
            None,
            b"caf\xe9 notes",
            "coffeechat: error: {file} is not UTF-8 text (byte 0xe9 at offset 3)\n",
        ),
        (
            None,
            ("x" * 20001).encode(),
            "coffeechat: error: note not saved: Keep a note under 20,000 characters "
            "(this one has 20,001).\n",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_1(cli, chat, tmp_path, args, content, message):
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    chat_id = args[0] if args else str(chat.pk)
    code, out, err = cli("note", chat_id, str(path))
    assert code == 1
    assert out == ""
    assert err == message.format(file=path)
    assert not Note.objects.exists() and not ActionItem.objects.exists()


def test_an_unreadable_file_is_one_line_and_exit_1(cli, chat, tmp_path):
    code, out, err = cli("note", str(chat.pk), str(tmp_path / "missing.md"))
    assert code == 1
    assert (
        err
        == f"coffeechat: error: cannot read {tmp_path / 'missing.md'}: No such file or directory\n"
    )
    assert not Note.objects.exists()


def test_someone_elses_chat_is_not_found(cli, charlie, note_file):
    other = start_conversation(charlie, Contact.objects.create(owner=charlie, name="X"), now=NOW)
    code, _, err = cli("note", str(other.pk), str(note_file))
    assert code == 1
    assert err == f"coffeechat: error: No conversation with id {other.pk}.\n"
    assert not Note.objects.exists()


def test_help_has_examples(capsys):
    with pytest.raises(SystemExit) as done:
        main(["note", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "coffeechat note 12 notes.md" in out
    assert "person: Zoë Ørsted (Novo Nordisk, Head of R&D)" in out


def test_the_console_script_adds_a_note(tmp_path, note_file):
    """The real command, in its own data folder: exit 0, JSON on stdout, nothing on stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COFFEECHAT_")}
    env["COFFEECHAT_DATA_DIR"] = str(tmp_path / "data")

    def run(*args):
        return subprocess.run(
            [str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60, check=False
        )

    assert run("contact", "add", "--name", "Ben Okafor").returncode == 0
    assert run("chat", "new", "1").returncode == 0
    done = run("note", "1", str(note_file), "--json")
    assert (done.returncode, done.stderr) == (0, "")
    data = json.loads(done.stdout)
    assert [c["name"] for c in data["contacts"]] == ["Zoë Ørsted", "Ana Lima"]
    assert data["leads"][0]["told_by"] == 1
    missing = run("note", "42", str(note_file))
    assert missing.returncode == 1
    assert missing.stderr == "coffeechat: error: No conversation with id 42.\n"
