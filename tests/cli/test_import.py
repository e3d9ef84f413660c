"""`coffeechat import KIND FILE`, as a user runs it.

The contract (the --json summary, exit codes, one line on stderr) runs the real
console script in a subprocess with its own data folder; the rest runs in-process
against the test database, as the local user.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coffeechat.accounts.services import local_user
from coffeechat.cli import main
from coffeechat.contacts.models import Contact
from coffeechat.imports.models import ImportBatch

SCRIPT = Path(sys.executable).with_name("coffeechat")
FILES = Path(__file__).parent.parent / "fixtures" / "imports_service"
KEYS = ["created", "updated", "duplicates", "skipped", "errors"]


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COFFEECHAT_")}
    env["COFFEECHAT_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def connections(rows: int, *, bad: int = 0) -> bytes:
    """A LinkedIn Connections.csv of `rows` people, the first `bad` of them nameless."""
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    for n in range(rows):
        first, last = ("", "") if n < bad else (f"P{n}", "Person")
        lines.append(f"{first},{last},,p{n}@example.org,Org {n % 9},Analyst,09 Oct 2024")
    return ("\r\n".join(lines) + "\r\n").encode()


# ======================================================================= the contract


def test_json_is_exactly_the_summary_and_a_second_run_creates_nothing(tmp_path):
    path = str(FILES / "Connections.csv")
    first = run(tmp_path, "import", "linkedin", path, "--json")
    assert (first.returncode, first.stderr) == (0, "")
    summary = json.loads(first.stdout)
    assert list(summary) == KEYS
    assert summary == {"created": 3, "updated": 0, "duplicates": 0, "skipped": 0, "errors": []}

    again = run(tmp_path, "import", "linkedin", path, "--json")
    assert json.loads(again.stdout) == {
        "created": 0,
        "updated": 0,
        "duplicates": 3,
        "skipped": 0,
        "errors": [],
    }
    people = json.loads(run(tmp_path, "contact", "list", "--json").stdout)
    assert sorted(p["name"] for p in people) == ["Ana Ruiz", "Ben Okoro", "Chen Wei"]


def test_bad_rows_stop_the_import_with_one_line_and_exit_1(tmp_path):
    path = str(FILES / "cp1252_bad_row.csv")
    result = run(tmp_path, "import", "linkedin", path, "--json")
    assert result.returncode == 1
    error = json.loads(result.stdout)["errors"]
    assert [e["line"] for e in error] == [3]
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("coffeechat: error: 1 row has a problem (line 3: no name")
    assert "nothing was imported" in result.stderr
    assert "--skip-bad-rows to import the rest (2 contacts)" in result.stderr

    skipped = run(tmp_path, "import", "linkedin", path, "--skip-bad-rows", "--json")
    assert skipped.returncode == 0
    summary = json.loads(skipped.stdout)
    assert (summary["created"], summary["skipped"]) == (2, 2)
    assert [e["line"] for e in summary["errors"]] == [3]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["linkedin", "missing.csv"], "cannot read missing.csv: No such file or directory"),
        (["linkedin", "{vcf}"], "phone.vcf:"),
        (["vcard", "{png}"], "PNG"),
        (["vcard", "{vcf}", "--map", "name=Name"], "--map is only for csv files"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_1(tmp_path, args, message):
    png = tmp_path / "photo.vcf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    args = [a.format(vcf=FILES / "phone.vcf", png=png) for a in args]
    result = run(tmp_path, "import", *args)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("coffeechat: error: ")
    assert result.stderr.count("\n") == 1
    assert message in result.stderr


def test_an_unknown_kind_is_a_usage_error(tmp_path):
    result = run(tmp_path, "import", "excel", str(FILES / "google.csv"))
    assert result.returncode == 2
    assert "invalid choice: 'excel'" in result.stderr


# ======================================================================== in-process


@pytest.fixture
def me(db):
    return local_user()


@pytest.fixture
def cli(me, capsys):
    def invoke(*args: str):
        code = main(["import", *map(str, args)])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_human_output_is_one_line_per_count_and_the_encoding(cli):
    code, out, err = cli("linkedin", FILES / "cp1252_bad_row.csv", "--skip-bad-rows")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "created     2",
        "updated     0",
        "duplicates  0",
        "skipped     2",
        "  skipped line 3: " + out.splitlines()[4].split(": ", 1)[1],
        "read as     Windows-1252",
    ]
    assert "no name" in out


def test_a_dry_run_writes_nothing_and_counts_what_a_real_run_would(cli, me):
    Contact.objects.create(owner=me, name="Ben Okoro", email="ben@globex.example")
    code, out, _ = cli("vcard", FILES / "phone.vcf", "--dry-run", "--json")
    assert code == 0
    dry = json.loads(out)
    assert Contact.objects.count() == 1
    assert ImportBatch.objects.count() == 0
    code, out, _ = cli("vcard", FILES / "phone.vcf", "--json")
    assert (
        json.loads(out)
        == dry
        == {
            "created": 2,
            "updated": 1,
            "duplicates": 0,
            "skipped": 0,
            "errors": [],
        }
    )
    assert Contact.objects.count() == 3
    assert ImportBatch.objects.get().committed_at is not None


def test_a_dry_run_says_so(cli):
    code, out, _ = cli("google", FILES / "google.csv", "--dry-run")
    assert code == 0
    assert out.splitlines()[0] == "created     4"
    assert out.splitlines()[-1] == "dry run: nothing was written"


def test_a_dry_run_with_bad_rows_fails_as_the_real_run_would(cli):
    code, out, err = cli("linkedin", FILES / "cp1252_bad_row.csv", "--dry-run")
    assert code == 1
    assert "1 row has a problem" in err and err.count("\n") == 1
    assert Contact.objects.count() == 0


def test_csv_columns_are_guessed_and_map_overrides_them(cli, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Who,Company,Email\nAna Ruiz,Acme Health,ana@acme.example\n")
    code, _, err = cli("csv", path, "--json")
    assert code == 1
    assert "no column holds the name: add --map name=COLUMN" in err

    code, _, err = cli("csv", path, "--map", "name=Nobody")
    assert code == 1 and "the file has no column 'Nobody'" in err
    code, _, err = cli("csv", path, "--map", "size=Who")
    assert code == 1 and "'size' is not a field" in err
    code, _, err = cli("csv", path, "--map", "Who")
    assert code == 1 and "write it as FIELD=COLUMN" in err

    code, out, err = cli("csv", path, "--map", "name=Who", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["created"] == 1
    ana = Contact.objects.select_related("organization").get()
    assert (ana.name, ana.organization.name, ana.email) == (
        "Ana Ruiz",
        "Acme Health",
        "ana@acme.example",
    )


class Terminal(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


@pytest.mark.parametrize("tty", [True, False])
def test_a_big_file_shows_progress_only_on_a_terminal(me, tmp_path, monkeypatch, capsys, tty):
    path = tmp_path / "Connections.csv"
    path.write_bytes(connections(1500))
    stderr = Terminal(tty)
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main(["import", "linkedin", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1500
    if tty:
        shown = stderr.getvalue()
        assert "\rChecking  [" in shown and "1,500/1,500" in shown
        assert "\rWriting   [##############################] 1,500/1,500" in shown
        assert shown.endswith("\n")
    else:
        assert stderr.getvalue() == ""


def test_a_small_file_shows_no_progress_even_on_a_terminal(me, tmp_path, monkeypatch, capsys):
    path = tmp_path / "Connections.csv"
    path.write_bytes(connections(999))
    stderr = Terminal(True)
    monkeypatch.setattr(sys, "stderr", stderr)
    assert main(["import", "linkedin", str(path)]) == 0
    assert stderr.getvalue() == ""


def test_a_file_over_the_limit_is_refused_before_it_is_read(cli, tmp_path, monkeypatch):
    monkeypatch.setattr("coffeechat.cli.imports.MAX_BYTES", 1024 * 1024)
    path = tmp_path / "huge.csv"
    path.write_bytes(b"a" * (3 * 1024 * 1024))
    code, out, err = cli("linkedin", path)
    assert (code, out) == (1, "")
    assert err == f"coffeechat: error: {path} is 3.0 MB; coffeechat reads files up to 1 MB\n"


def test_a_folder_is_not_a_file(cli, tmp_path):
    code, _, err = cli("vcard", tmp_path)
    assert code == 1 and err == f"coffeechat: error: {tmp_path} is a folder, not a file\n"


def test_the_help_says_what_bad_rows_do(capsys):
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    out = capsys.readouterr().out
    assert "--skip-bad-rows" in out and "nothing is imported" in out
    assert "--dry-run" in out and "--map FIELD=COLUMN" in out
