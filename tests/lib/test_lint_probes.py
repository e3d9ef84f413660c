"""Probes: sentences and short drafts, each with the one rule it must fire or leave silent.

The probes are data, in lint_probes/<rule>.toml (one file per rule id; clean.toml holds
questions that must have no finding at all). Each [[probes]] table gives `expect`
("fires", "silent" or "clean"), the `frames` that put each text into a whole draft (see
lint_probes/frames.toml), and the `texts`. Only the rule of the file matters; the others
may say what they like.

They were written in rounds, marked in each file: short drafts of each rule; then new
phrasings in families (synonyms, verbs, constructions, British and American usage,
non-native English) written before each widening of the rules and run blind against it;
then the families behind the held-out corpus's misses. The "silent" tables keep
precision: negation, questions about their path, pay for a role or a field, the job
market, talking about one's own job.

A failing case is named by its rule, what was expected, its frame and the probe, e.g.
`job-ask fires (hi-ana): Could you refer me internally?`.
"""

import tomllib
from pathlib import Path

import pytest

from coffeechat.lib.lint import RULES, lint, lint_questions

PROBES = Path(__file__).parent / "lint_probes"
EXPECTS = ("fires", "silent", "clean")


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cases():
    frames = tomllib.loads((PROBES / "frames.toml").read_text(encoding="utf-8"))
    for path in sorted(PROBES.glob("*.toml")):
        if path.name == "frames.toml":
            continue
        rule = path.stem
        for table in tomllib.loads(path.read_text(encoding="utf-8"))["probes"]:
            for frame in table["frames"]:
                for text in table["texts"]:
                    yield pytest.param(
                        rule,
                        table["expect"],
                        frames[frame],
                        text,
                        id=f"{rule} {table['expect']} ({frame}): {_short(text)}",
                    )


CASES = list(_cases())


def rules_fired(frame: dict, probe: str) -> set[str]:
    text = frame["text"].replace("{probe}", probe)
    if frame["kind"] == "question":
        return {f.rule for f in lint_questions(text).findings}
    return {f.rule for f in lint(text, frame["kind"]).findings}


@pytest.mark.parametrize(("rule", "expect", "frame", "probe"), CASES)
def test_probe(rule, expect, frame, probe):
    fired = rules_fired(frame, probe)
    if expect == "fires":
        assert rule in fired, f"{rule} should fire on {probe!r}"
    elif expect == "silent":
        assert rule not in fired, f"{rule} should stay silent on {probe!r}"
    else:
        assert not fired, f"{probe!r} should have no finding, but {sorted(fired)} fired"


def test_every_probe_file_names_a_rule_and_says_what_it_expects():
    for path in PROBES.glob("*.toml"):
        assert path.stem in RULES or path.stem in ("clean", "frames"), path.name
    assert {case.values[1] for case in CASES} <= set(EXPECTS)
    assert all(case.values[1] == "clean" for case in CASES if case.values[0] == "clean")
