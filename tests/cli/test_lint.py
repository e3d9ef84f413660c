"""`coffeechat lint`: the guideline linter on the command line. It needs no database."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coffeechat.cli import main

SCRIPT = Path(sys.executable).with_name("coffeechat")

GOOD = """Subject: Leeds chemistry PhD – 15 minutes of your advice?

Hi Ana,

I'm Maya Okafor, a final-year chemistry PhD student at Leeds. I read your article on flow
chemistry at Novachem and would love to hear how you moved into process development.

Would you have 15–20 minutes for a phone or video call in the next few weeks?

Thank you in advance,
Maya"""

JOB_ASK = "Subject: Hello\n\nHi Ana,\n\nI'm Maya, a chemist. Could you refer me?\nThanks!"


@pytest.fixture
def draft(tmp_path):
    def write(text: str, name: str = "draft.txt", encoding: str = "utf-8") -> str:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return str(path)

    return write


def stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_a_good_request_exits_0_and_says_so(draft, capsys):
    assert main(["lint", draft(GOOD)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No problems found · ")
    assert "words" in out and "characters" in out


def test_an_error_finding_exits_1_with_one_line_per_finding(draft, capsys):
    assert main(["lint", draft(JOB_ASK)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("5: error job-ask: You ask for a referral")
    assert " → " in lines[0]
    assert lines[-1] == "2 errors, 2 warnings · 11 words, 57 characters"


def test_findings_without_a_line_show_a_dash(draft, capsys):
    main(["lint", draft("Hi Ana,\nThanks!")])
    out = capsys.readouterr().out
    assert "-: error subject: The e-mail has no subject line." in out


def test_warnings_alone_exit_0(draft, capsys):
    only_warnings = GOOD.replace("Thank you in advance,", "Best,")
    assert main(["lint", draft(only_warnings)]) == 0
    assert "0 errors, 1 warning · " in capsys.readouterr().out


def test_json_is_exactly_the_report(draft, capsys):
    assert main(["lint", "--json", draft(JOB_ASK)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"findings", "words", "characters"}
    assert data["words"] == 11
    first = data["findings"][0]
    assert set(first) == {"rule", "severity", "message", "suggestion", "line"}
    assert (first["rule"], first["severity"], first["line"]) == ("job-ask", "error", 5)


def test_json_of_a_good_draft_has_no_findings(draft, capsys):
    assert main(["lint", draft(GOOD), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["findings"] == []


def test_kind_linkedin_note_counts_characters(draft, capsys):
    note = "Hi Ana, I'm Maya, a chemist. " + "x" * 300
    assert main(["lint", "--kind", "linkedin-note", "--json", draft(note)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["characters"] == len(note)
    assert "length" in {f["rule"] for f in data["findings"]}
    assert "subject" not in {f["rule"] for f in data["findings"]}


@pytest.mark.parametrize(("kind", "code"), [("follow-up", 0), ("thank-you", 0)])
def test_other_kinds_apply_their_own_rules(draft, capsys, kind, code):
    text = "Subject: Thanks\n\nHi Ana,\n\nThank you for the tip about the RSC network.\n\nMaya"
    assert main(["lint", "--kind", kind, draft(text)]) == code


def test_kind_question_checks_each_line(draft, capsys):
    questions = "What is a typical day like?\n\nHow much do you earn?\nWhat does BASF make?"
    assert main(["lint", "--kind", "question", "--json", draft(questions)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [(f["rule"], f["line"]) for f in data["findings"]] == [
        ("personal-salary", 3),
        ("googleable", 4),
    ]


def test_recipient_and_sender_help_the_greeting_and_introduction(draft, capsys):
    path = draft("Subject: Hi\n\nHi John,\nMaya here. Could we talk?")
    main(["lint", "--json", "--recipient", "Ana Ruiz", "--sender", "Maya Okafor", path])
    findings = {f["rule"]: f for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "John" in findings["greeting"]["message"]
    assert "introduction" not in findings


def test_dash_reads_standard_input(monkeypatch, capsys):
    stdin(monkeypatch, JOB_ASK.encode())
    assert main(["lint", "-"]) == 1
    assert "job-ask" in capsys.readouterr().out


def test_a_byte_order_mark_is_not_text(draft, capsys):
    assert main(["lint", draft(GOOD, encoding="utf-8-sig")]) == 0


def test_an_unknown_kind_is_a_usage_error(draft, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["lint", "--kind", "memo", draft(GOOD)])
    assert exit.value.code == 2
    assert "invalid choice: 'memo'" in capsys.readouterr().err


def test_no_file_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit:
        main(["lint"])
    assert exit.value.code == 2


def test_a_missing_file_exits_2_with_one_line(tmp_path, capsys):
    missing = tmp_path / "nope.txt"
    assert main(["lint", str(missing)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"coffeechat: error: cannot read {missing}: No such file or directory\n"


def test_a_folder_is_not_a_file(tmp_path, capsys):
    assert main(["lint", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith(f"coffeechat: error: cannot read {tmp_path}")


def test_non_utf8_input_exits_2_with_one_line(draft, capsys):
    assert main(["lint", draft("Très bien", encoding="latin-1")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "is not UTF-8 text (byte 0xe8 at offset 2)" in err


def test_non_utf8_standard_input_exits_2(monkeypatch, capsys):
    stdin(monkeypatch, b"\xff\xfeHi")
    assert main(["lint", "-"]) == 2
    assert "standard input is not UTF-8" in capsys.readouterr().err


def test_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["lint", "--help"])
    out = capsys.readouterr().out
    assert "exit status" in out and "2 on a usage error" in out and "not UTF-8" in out


def test_the_installed_command_reads_stdin_without_any_database(tmp_path):
    # A data folder that cannot exist and a database that cannot be reached: had the
    # command set Django up, it would fail on either.
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    env = {k: v for k, v in os.environ.items() if not k.startswith("COFFEECHAT_")}
    env["COFFEECHAT_DATA_DIR"] = str(blocker / "data")
    env["COFFEECHAT_DATABASE_URL"] = "postgres://nobody@127.0.0.1:1/none"
    result = subprocess.run(
        [str(SCRIPT), "lint", "--json", "-"],
        input=JOB_ASK,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout)["findings"][0]["rule"] == "job-ask"


def test_the_kinds_offered_are_the_linters_kinds():
    from coffeechat.cli import build_parser
    from coffeechat.lib.lint import KINDS

    lint_parser = build_parser()._subparsers._group_actions[0].choices["lint"]
    [kind] = [action for action in lint_parser._actions if action.dest == "kind"]
    assert tuple(kind.choices) == KINDS
    assert kind.default == "request"


def test_the_length_limits_can_be_set_on_the_command_line(tmp_path, capsys):
    note = tmp_path / "note.txt"
    note.write_text("Hi Ana, " + "x" * 320)
    assert main(["lint", "--kind", "linkedin-note", "--json", str(note)]) == 1
    assert "length" in {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    main(["lint", "--kind", "linkedin-note", "--max-chars", "400", "--json", str(note)])
    assert "length" not in {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}


def test_a_limit_that_is_not_a_positive_number_is_a_usage_error(tmp_path, capsys):
    with pytest.raises(SystemExit) as usage:
        main(["lint", "--max-words", "zero", "-"])
    assert usage.value.code == 2
    assert "not a whole number" in capsys.readouterr().err
