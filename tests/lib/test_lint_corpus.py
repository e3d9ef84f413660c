"""The linter's evaluation corpus (bench/lint_corpus/) is well formed, and the
evaluation script (bench/lint_eval.py) scores, reports and exits as it says.

These tests never need the real linter: the script is run on the labels themselves
(--dry-run) and on small fake linters put in place of coffeechat.lib.lint.
"""

from __future__ import annotations

import json
import re
import sys
import types
from collections import Counter
from pathlib import Path

import pytest

from bench import lint_eval
from bench.lint_eval import APPLIES

# bench/ sits beside tests/ at the project root, which the pytest config puts on sys.path.
ROOT = Path(__file__).resolve().parents[2]

CORPUS = ROOT / "bench" / "lint_corpus"
MESSAGE_KINDS = {"request", "linkedin-note", "follow-up", "thank-you"}
EMAIL_KINDS = {"request", "follow-up", "thank-you"}
PREFIX = {"request": "req-", "linkedin-note": "li-", "follow-up": "fu-", "thank-you": "ty-"}
ALL_RULES = {rule for rules in APPLIES.values() for rule in rules}
MIN_EXAMPLES = 8  # positives and negatives per rule, among items it applies to


def read_jsonl(name: str) -> list[dict]:
    rows = []
    for number, line in enumerate((CORPUS / name).read_text(encoding="utf-8").splitlines(), 1):
        assert line.strip(), f"{name}:{number} is blank"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            pytest.fail(f"{name}:{number} is not valid JSON: {exc}")
        assert isinstance(row, dict), f"{name}:{number} is not a JSON object"
        rows.append(row)
    return rows


MESSAGES = read_jsonl("messages.jsonl")
QUESTIONS = read_jsonl("questions.jsonl")
ITEMS = MESSAGES + QUESTIONS


def body_words(text: str) -> int:
    """Whitespace-separated words of an e-mail body, without the Subject line."""
    lines = text.split("\n")
    if lines[0].startswith("Subject:"):
        lines = lines[1:]
    return len("\n".join(lines).split())


@pytest.mark.parametrize("row", ITEMS, ids=lambda row: str(row.get("id")))
def test_item_shape(row):
    assert set(row) == {"id", "kind", "text", "expect", "note"}
    assert isinstance(row["id"], str) and re.fullmatch(r"[a-z]+-\d{3}", row["id"])
    assert row["kind"] in APPLIES
    assert isinstance(row["text"], str) and row["text"].strip()
    assert row["text"] == row["text"].strip(), "no leading or trailing whitespace"
    assert "\r" not in row["text"]
    assert isinstance(row["note"], str) and row["note"].strip()
    expect = row["expect"]
    assert isinstance(expect, list) and all(isinstance(rule, str) for rule in expect)
    assert expect == sorted(set(expect)), "expect is sorted, without repeats"
    unknown = set(expect) - ALL_RULES
    assert not unknown, f"unknown rule ids {unknown}"
    stray = set(expect) - set(APPLIES[row["kind"]])
    assert not stray, f"{stray} do not apply to a {row['kind']}"


def test_each_file_holds_its_kinds():
    assert {row["kind"] for row in MESSAGES} == MESSAGE_KINDS
    assert {row["kind"] for row in QUESTIONS} == {"question"}
    for row in MESSAGES:
        assert row["id"].startswith(PREFIX[row["kind"]]), row["id"]
    for row in QUESTIONS:
        assert row["id"].startswith("q-"), row["id"]


def test_ids_are_unique():
    counts = Counter(row["id"] for row in ITEMS)
    assert [item_id for item_id, n in counts.items() if n > 1] == []


def test_enough_items():
    assert len(MESSAGES) >= 80
    assert len(QUESTIONS) >= 60


@pytest.mark.parametrize("rule", sorted(ALL_RULES))
def test_every_rule_has_positives_and_negatives(rule):
    applicable = [row for row in ITEMS if rule in APPLIES[row["kind"]]]
    positives = sum(rule in row["expect"] for row in applicable)
    negatives = len(applicable) - positives
    assert positives >= MIN_EXAMPLES, f"{rule}: only {positives} positives"
    assert negatives >= MIN_EXAMPLES, f"{rule}: only {negatives} negatives"


def test_questions_are_single_questions():
    for row in QUESTIONS:
        assert "\n" not in row["text"], row["id"]
        assert row["text"].count("?") <= 1, row["id"]


# The mechanical rules can be checked against the text itself.


def test_subject_label_matches_the_subject_line():
    for row in MESSAGES:
        has_subject = row["text"].split("\n")[0].startswith("Subject:")
        if row["kind"] in EMAIL_KINDS:
            assert ("subject" in row["expect"]) == (not has_subject), row["id"]
        else:
            assert not has_subject, f"{row['id']}: a LinkedIn note has no subject"


def test_length_labels_match_the_counts():
    for row in MESSAGES:
        if row["kind"] in ("request", "follow-up"):
            words = body_words(row["text"])
            if "length" in row["expect"]:
                assert words > 150, (row["id"], words)
            else:
                assert words <= 150, (row["id"], words)
            # Clear of the limit, so that counting conventions cannot flip a label.
            assert not 140 < words < 160, (row["id"], words)
        elif row["kind"] == "linkedin-note":
            assert ("length" in row["expect"]) == (len(row["text"]) > 300), row["id"]


def test_readme_table_matches_applies():
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    table = {}
    for match in re.finditer(r"^\| `([a-z-]+)` \| ([a-z, -]+) \|$", readme, re.MULTILINE):
        table[match.group(1)] = tuple(rule.strip() for rule in match.group(2).split(","))
    assert table == APPLIES


# The evaluation script.


def _report(rules):
    finding = types.SimpleNamespace
    return types.SimpleNamespace(
        findings=tuple(
            finding(rule=r, severity="warning", message="", suggestion="", line=None) for r in rules
        )
    )


def _fake_linter(monkeypatch, lint):
    module = types.ModuleType("coffeechat.lib.lint")
    module.lint = lint
    monkeypatch.setitem(sys.modules, "coffeechat.lib.lint", module)


@pytest.fixture
def labels():
    return {(row["text"], row["kind"]): row["expect"] for row in ITEMS}


def test_dry_run_scores_perfectly(capsys):
    assert lint_eval.main(["--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "BELOW" not in out
    rows = [line for line in out.splitlines() if line.split()[:1] and line.split()[0] in ALL_RULES]
    assert len(rows) == len(ALL_RULES)
    for line in rows:
        assert line.split()[-3:] == ["1.00", "1.00", "ok"], line


def test_a_linter_that_agrees_with_the_labels_passes(monkeypatch, capsys, labels):
    _fake_linter(monkeypatch, lambda text, kind: _report(labels[(text, kind)]))
    assert lint_eval.main(["--show-errors"]) == 0
    assert "no misclassified items" in capsys.readouterr().out


def test_a_silent_linter_fails_on_recall(monkeypatch, capsys):
    _fake_linter(monkeypatch, lambda text, kind: _report([]))
    assert lint_eval.main([]) == 1
    out = capsys.readouterr().out
    assert "greeting" in out and "BELOW (P, R)" in out
    assert "n/a" in out  # nothing predicted although something was expected


def test_an_eager_linter_fails_on_precision_and_errors_are_listed(monkeypatch, capsys):
    _fake_linter(monkeypatch, lambda text, kind: _report(APPLIES[kind]))
    assert lint_eval.main(["--show-errors"]) == 1
    out = capsys.readouterr().out
    assert "BELOW (P)" in out
    assert "silent → fire (FP)" in out and "req-001" in out


def test_one_wrong_rule_is_pinpointed(monkeypatch, capsys, labels):
    def lint(text, kind):
        rules = set(labels[(text, kind)]) - {"medium"}
        return _report(rules | {"not-a-rule"})

    _fake_linter(monkeypatch, lint)
    assert lint_eval.main(["--show-errors"]) == 1
    out = capsys.readouterr().out
    failing = [line for line in out.splitlines() if "BELOW" in line]
    assert len(failing) == 1 and failing[0].startswith("medium")
    assert "fire → silent (FN)" in out
    assert "'not-a-rule'" in out  # rule ids outside the contract are reported


def test_findings_for_rules_that_do_not_apply_are_ignored(monkeypatch, capsys, labels):
    extra = {"linkedin-note": "subject", "request": "specific", "question": "greeting"}

    def lint(text, kind):
        return _report([*labels[(text, kind)], *([extra[kind]] if kind in extra else [])])

    _fake_linter(monkeypatch, lint)
    assert lint_eval.main([]) == 0
    out = capsys.readouterr().out
    kinds = Counter(row["kind"] for row in ITEMS)
    assert f"subject on linkedin-note ×{kinds['linkedin-note']}" in out
    assert f"specific on request ×{kinds['request']}" in out
    assert "BELOW" not in out


def test_a_crash_fails_the_run(monkeypatch, capsys, labels):
    def lint(text, kind):
        if kind == "thank-you":
            raise RuntimeError("boom")
        return _report(labels[(text, kind)])

    _fake_linter(monkeypatch, lint)
    assert lint_eval.main([]) == 1
    assert "CRASH on ty-001" in capsys.readouterr().out


def test_missing_linter_exits_2(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "coffeechat.lib.lint", None)  # import fails
    assert lint_eval.main([]) == 2
    assert "coffeechat.lib.lint" in capsys.readouterr().err


def test_questions_fall_back_to_lint_questions(monkeypatch, capsys, labels):
    def lint(text, kind):
        if kind == "question":
            raise ValueError("use lint_questions")
        return _report(labels[(text, kind)])

    module = types.ModuleType("coffeechat.lib.lint")
    module.lint = lint
    module.lint_questions = lambda texts: [_report(labels[(t, "question")]) for t in texts]
    monkeypatch.setitem(sys.modules, "coffeechat.lib.lint", module)
    assert lint_eval.main([]) == 0
    questions = sum(row["kind"] == "question" for row in ITEMS)
    assert f"question {questions}/{questions}" in capsys.readouterr().out


def test_the_evaluation_and_the_linter_agree_on_which_rules_apply_to_which_kind():
    """The evaluation keeps its own table (it must not trust the code it measures);
    this catches the two drifting apart."""
    from coffeechat.lib.lint import RULES_BY_KIND

    assert {k: set(v) for k, v in APPLIES.items()} == {k: set(v) for k, v in RULES_BY_KIND.items()}
