"""`coffeechat export`, `coffeechat restore` and `coffeechat backup`, as a user runs them.

The first part runs the real console script in a subprocess, each data folder its own
SQLite file (as tests/cli/test_end_to_end.py does): a restore into a fresh data folder gives back
identical data, bad input is one line and exit 1, and a copy made while another
connection holds a write transaction is consistent. The rest calls
`coffeechat.cli.main()` in-process against the test database (SQLite or PostgreSQL).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from coffeechat.accounts.services import local_user
from coffeechat.backups import services
from coffeechat.cli import main
from coffeechat.contacts.models import Contact
from coffeechat.demo import CONTACTS as DEMO_CONTACTS
from tests.backups.every_table import fill_every_table
from tests.cli.test_end_to_end import run

ROOT = Path(__file__).resolve().parents[2]

SEED = """
import os
os.environ["DJANGO_SETTINGS_MODULE"] = "coffeechat.settings"
from coffeechat.cli import runtime
runtime.setup()
from tests.backups.every_table import fill_every_table
fill_every_table(runtime.user())
"""


def seed(folder: Path) -> None:
    """Fill a data folder with the demo campaign and a row in every table."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COFFEECHAT_")}
    env["COFFEECHAT_DATA_DIR"] = str(folder)
    subprocess.run(
        [sys.executable, "-c", SEED],
        env=env,
        cwd=ROOT,
        check=True,
        timeout=120,
        capture_output=True,
    )


def ok(folder: Path, *args: str) -> str:
    result = run(folder, *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def one_error_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("coffeechat: error: ")
    return lines[0]


# The demo's people (every one of them is a contact).
PEOPLE = len(DEMO_CONTACTS)


def without_time(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "exported_at"}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeded")
    seed(folder)
    return folder


@pytest.fixture(scope="module")
def backup_file(seeded, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("out") / "backup.json"
    out = ok(seeded, "export", "json", "-o", str(path))
    assert out.startswith(f"Wrote a full backup ({PEOPLE} contacts, 33 conversations, ")
    assert out.endswith(f" to {path}\n")
    return path


# ======================================================================= end to end


def test_restore_into_a_fresh_data_folder_gives_back_identical_data(seeded, backup_file, tmp_path):
    fresh = tmp_path / "fresh"
    out = ok(fresh, "restore", str(backup_file))
    assert out.startswith(f"Restored {PEOPLE} contacts, 33 conversations, ")
    assert f"from {backup_file} into {fresh}." in out
    assert "type it again in Mail settings" in out  # the SMTP password is not in backups

    original = json.loads(backup_file.read_text())
    again = json.loads(ok(fresh, "export", "json"))
    assert without_time(again) == without_time(original)
    for args in (("export", "csv"), ("export", "vcard"), ("contact", "list", "--json")):
        assert ok(fresh, *args) == ok(seeded, *args), args
    assert json.loads(ok(fresh, "agenda", "--on", "2026-11-04", "--json")) == json.loads(
        ok(seeded, "agenda", "--on", "2026-11-04", "--json")
    )


def test_restore_into_a_data_folder_with_contacts_is_refused(seeded, backup_file):
    line = one_error_line(run(seeded, "restore", str(backup_file)))
    assert line == (
        f"coffeechat: error: {backup_file} not restored: the database is not empty: it holds "
        f"{PEOPLE} contacts and 33 conversations; restore only into an empty data folder "
        f"(this one is {seeded})"
    )


def test_restore_reads_standard_input(backup_file, tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("COFFEECHAT_")}
    env["COFFEECHAT_DATA_DIR"] = str(tmp_path)
    result = subprocess.run(
        [str(Path(sys.executable).with_name("coffeechat")), "restore", "-"],
        env=env,
        input=backup_file.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"from standard input" in result.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(None, "cannot read {file}: No such file or directory", id="missing"),
        pytest.param(
            b"name,email\nAna,ana@example.org\n",
            "{file} not restored: not a coffeechat backup: not JSON (",
            id="not-json",
        ),
        pytest.param(
            b'{"format": "vcard", "version": 1, "tables": {}}',
            "{file} not restored: not a coffeechat backup: its format is “vcard”, "
            "expected “coffeechat-backup”",
            id="wrong-format",
        ),
        pytest.param(
            b'{"format": "coffeechat-backup", "version": 9, "tables": {}}',
            "{file} not restored: a coffeechat backup of version 9, but this coffeechat "
            "reads version 1: upgrade coffeechat first",
            id="wrong-version",
        ),
        pytest.param(
            b'{"format": "coffeechat-backup", "version": 1, "tables": {"contacts.Contact": '
            b'[{"id": 1, "name": "Ana", "connected_on": "soon"}]}}',
            "{file} not restored: a damaged backup: contacts.Contact row 1: connected_on",
            id="damaged",
        ),
    ],
)
def test_bad_input_to_restore_is_one_line_and_exit_1(tmp_path, content, expected):
    file = tmp_path / "backup.json"
    if content is not None:
        file.write_bytes(content)
    folder = tmp_path / "data"
    line = one_error_line(run(folder, "restore", str(file)))
    assert line.startswith("coffeechat: error: " + expected.format(file=file)), line
    if content is None:  # nothing was made in the data folder
        assert not (folder / "coffeechat.sqlite3").exists()


def test_restoring_a_folder_is_refused(tmp_path):
    line = one_error_line(run(tmp_path / "data", "restore", str(tmp_path)))
    assert line == f"coffeechat: error: cannot read {tmp_path}: it is a folder, not a backup file"


def test_export_writes_to_stdout_by_default(seeded):
    data = json.loads(ok(seeded, "export", "json"))
    assert data["format"] == "coffeechat-backup"
    csv_text = ok(seeded, "export", "csv")
    assert csv_text.startswith("Name,Email,Phone,Organisation,")
    assert csv_text.count("\n") > 60
    vcard = ok(seeded, "export", "vcard")
    assert vcard.count("BEGIN:VCARD") == PEOPLE
    assert "VERSION:4.0" in vcard


def test_export_to_a_file_says_where(seeded, tmp_path):
    target = tmp_path / "people.vcf"
    assert ok(seeded, "export", "vcard", "-o", str(target)) == (
        f"Wrote your contacts as vCard to {target}\n"
    )
    assert target.read_bytes().count(b"BEGIN:VCARD\r\n") == PEOPLE


def test_export_to_a_folder_that_does_not_exist_is_one_line(seeded, tmp_path):
    line = one_error_line(run(seeded, "export", "csv", "-o", str(tmp_path / "no" / "x.csv")))
    assert line.startswith(f"coffeechat: error: cannot write {tmp_path / 'no' / 'x.csv'}: ")


def test_an_unknown_export_kind_is_a_usage_error(tmp_path):
    result = run(tmp_path, "export", "xlsx")
    assert result.returncode == 2
    assert "invalid choice: 'xlsx'" in result.stderr


def contact_names(path: Path) -> list[str]:
    copy = sqlite3.connect(path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return [r[0] for r in copy.execute("SELECT name FROM contacts_contact ORDER BY id")]
    finally:
        copy.close()


def test_backup_goes_to_the_data_folder_and_prints_the_path(tmp_path):
    ok(tmp_path, "contact", "add", "--name", "Ana Ruiz")
    out = ok(tmp_path, "backup")
    path = Path(out.strip())
    assert out == f"{path}\n"
    assert path.parent == tmp_path / "backups"
    assert services.ANY_BACKUP.match(path.name)
    assert not services.DAILY_NAME.match(path.name)  # never pruned with the daily copies
    assert contact_names(path) == ["Ana Ruiz"]


def test_backup_to_a_file(tmp_path):
    ok(tmp_path, "contact", "add", "--name", "Ana Ruiz")
    target = tmp_path / "elsewhere" / "copy.sqlite3"
    assert ok(tmp_path, "backup", "-o", str(target)) == f"{target}\n"
    assert contact_names(target) == ["Ana Ruiz"]
    # The copy is itself a data folder's database: coffeechat opens it.
    (tmp_path / "elsewhere" / "coffeechat.sqlite3").write_bytes(target.read_bytes())
    listed = json.loads(ok(tmp_path / "elsewhere", "contact", "list", "--json"))
    assert [c["name"] for c in listed] == ["Ana Ruiz"]


def test_backup_while_another_connection_holds_a_write_transaction_is_consistent(tmp_path):
    ok(tmp_path, "contact", "add", "--name", "Ana Ruiz")
    ok(tmp_path, "contact", "add", "--name", "Ben Ode")
    writer = sqlite3.connect(tmp_path / "coffeechat.sqlite3", isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE contacts_contact SET name = 'Half-written' WHERE id = 1")
        writer.execute("DELETE FROM contacts_contact WHERE id = 2")
        started = time.monotonic()
        out = ok(tmp_path, "backup", "-o", str(tmp_path / "copy.sqlite3"))
        assert time.monotonic() - started < 15  # it did not wait for the writer
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert out == f"{tmp_path / 'copy.sqlite3'}\n"
    # The copy is the last committed state: none of the open transaction's changes.
    assert contact_names(tmp_path / "copy.sqlite3") == ["Ana Ruiz", "Ben Ode"]
    assert contact_names(tmp_path / "coffeechat.sqlite3") == ["Half-written"]


def test_the_backup_commands_are_in_the_help(tmp_path):
    out = ok(tmp_path, "--help")
    for command in ("export", "restore", "backup"):
        assert command in out
    assert "empty data folder" in ok(tmp_path, "restore", "--help")


# ======================================================================== in-process


@pytest.fixture
def cli(capsys):
    def invoke(*args: str):
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_in_process_export_restore_round_trip(db, frozen, cli, tmp_path):
    """The same through main(), on the test database (so on PostgreSQL too)."""
    fill_every_table(local_user())
    file = tmp_path / "backup.json"
    code, out, err = cli("export", "json", "-o", str(file))
    assert (code, err) == (0, "")
    original = json.loads(file.read_text())
    local_user().delete()  # a new install: the local user is made afresh

    code, out, err = cli("restore", str(file))
    assert (code, err) == (0, "")
    assert out.startswith(f"Restored {PEOPLE} contacts, 33 conversations")
    me = local_user()
    assert without_time(services.export_json(me)) == without_time(original)

    code, out, err = cli("restore", str(file))
    assert (code, out) == (1, "")
    assert f"the database is not empty: it holds {PEOPLE} contacts" in err


def test_in_process_export_csv_is_the_users_contacts(db, cli):
    Contact.objects.create(owner=local_user(), name="=Ana Ruiz", email="ana@example.org")
    code, out, err = cli("export", "csv")
    assert (code, err) == (0, "")
    assert out.splitlines()[1].startswith("'=Ana Ruiz,ana@example.org")


def test_in_process_backup_on_postgresql_says_to_use_pg_dump(db, cli, tmp_path):
    if connection.vendor == "sqlite":
        pytest.skip("the PostgreSQL refusal is checked in the PostgreSQL pass")
    code, out, err = cli("backup", "-o", str(tmp_path / "copy.sqlite3"))
    assert (code, out) == (1, "")
    assert err == (
        "coffeechat: error: coffeechat backup copies a SQLite database; "
        "on PostgreSQL use pg_dump instead\n"
    )
