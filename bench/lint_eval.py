"""How well the guideline linter agrees with a labelled corpus: an evaluation, not a test.

    cd /work/main && .venv/bin/python bench/lint_eval.py                # the table
    .venv/bin/python bench/lint_eval.py --show-errors                   # and every miss
    .venv/bin/python bench/lint_eval.py --dry-run                       # labels as predictions

The corpus is bench/lint_corpus/ (messages.jsonl and questions.jsonl; README.md there
says how it was made and how each rule is labelled). Every item is linted with
`coffeechat.lib.lint.lint(text, kind)`; questions with `lint(text, "question")`, one
question per call (or `lint_questions` when `lint` refuses the kind). A rule has
fired on an item when any finding of the report names it, whatever its severity.

A rule is scored only on the items of kinds it applies to (APPLIES below): a finding
for a rule that does not apply to the item's kind is ignored, and counted in a note
under the table. For each rule: true positives, false positives and false negatives,
then precision = TP / (TP + FP) and recall = TP / (TP + FN), against a target of 0.9
for both. Conventions for empty denominators: precision is 1.0 when the rule
predicted nothing and nothing was expected (it cannot have been wrong), and "n/a"
when it predicted nothing although something was expected (its recall is then 0, so
the rule fails anyway); recall is 1.0 when nothing was expected. The table marks
such cells with "*". The overall line adds up TP, FP and FN over every rule (micro).

Exit code: 0 when every rule reaches the target on both precision and recall, 1
when any rule is below it (or the linter crashed on an item), 2 when the linter
cannot be imported or the corpus cannot be read.

--dry-run uses each item's own labels as the predictions, so every figure must be
1.00: it checks the corpus and this script without the linter.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "lint_corpus"
FILES = ("messages.jsonl", "questions.jsonl")
TARGET = 0.9

# Which rules apply to which kind of text (the linter's own table): a rule is evaluated
# only on these kinds.
from coffeechat.lib.lint import RULES_BY_KIND as APPLIES  # noqa: E402

KINDS = tuple(APPLIES)
# Every rule id, in the order the table prints them: message rules, then question rules.
RULES: tuple[str, ...] = tuple(dict.fromkeys(rule for kind in KINDS for rule in APPLIES[kind]))


class CorpusError(Exception):
    """The corpus files are missing or malformed."""


class LinterUnavailable(Exception):
    """The linter cannot be imported (it may not have been written yet)."""


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    text: str
    expect: frozenset[str]
    note: str = ""


def load_corpus(directory: Path = CORPUS) -> list[Item]:
    """Every item of both files, in file order; CorpusError on anything malformed."""
    items: list[Item] = []
    seen: set[str] = set()
    for name in FILES:
        path = directory / name
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise CorpusError(f"cannot read {path}: {exc}") from exc
        for number, line in enumerate(lines, start=1):
            where = f"{path.name}:{number}"
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{where}: not JSON ({exc})") from exc
            try:
                item = Item(
                    id=data["id"],
                    kind=data["kind"],
                    text=data["text"],
                    expect=frozenset(data["expect"]),
                    note=data.get("note", ""),
                )
            except (KeyError, TypeError) as exc:
                raise CorpusError(f"{where}: missing or wrong field ({exc})") from exc
            if item.kind not in APPLIES:
                raise CorpusError(f"{where}: unknown kind {item.kind!r}")
            stray = item.expect - set(APPLIES[item.kind])
            if stray:
                raise CorpusError(f"{where}: {sorted(stray)} do not apply to {item.kind}")
            if item.id in seen:
                raise CorpusError(f"{where}: duplicate id {item.id!r}")
            seen.add(item.id)
            items.append(item)
    return items


# --- the linter ----------------------------------------------------------------------


def _rules_of(result) -> set[str]:
    """Rule ids named in a Report, or in an iterable of Reports or Findings."""
    if hasattr(result, "findings"):
        return {finding.rule for finding in result.findings}
    rules: set[str] = set()
    for part in result:
        rules |= _rules_of(part) if hasattr(part, "findings") else {part.rule}
    return rules


def load_linter() -> Callable[[str, str], set[str]]:
    """A function (text, kind) -> rule ids that fired, backed by coffeechat.lib.lint."""
    try:
        module = importlib.import_module("coffeechat.lib.lint")
    except ModuleNotFoundError as exc:
        if exc.name in ("coffeechat.lib.lint", "coffeechat.lib", "coffeechat"):
            raise LinterUnavailable(
                "coffeechat.lib.lint does not exist (yet): there is no linter to evaluate.\n"
                "Run with --dry-run to check the corpus and this script on their own."
            ) from exc
        raise LinterUnavailable(
            f"importing coffeechat.lib.lint failed: {exc}\n{traceback.format_exc()}"
        ) from exc
    except Exception as exc:  # a linter that breaks on import is unavailable too
        raise LinterUnavailable(
            f"importing coffeechat.lib.lint failed: {exc!r}\n{traceback.format_exc()}"
        ) from exc
    lint = getattr(module, "lint", None)  # the API: from coffeechat.lib.lint import lint
    if not callable(lint):
        raise LinterUnavailable(
            "coffeechat.lib.lint has no lint() function (yet): there is nothing to evaluate.\n"
            "Run with --dry-run to check the corpus and this script on their own."
        )
    lint_questions = getattr(module, "lint_questions", None)

    def predict(text: str, kind: str) -> set[str]:
        if kind == "question" and lint_questions is not None:
            try:
                return _rules_of(lint(text, kind))
            except (ValueError, KeyError, TypeError):
                return _rules_of(lint_questions([text]))
        return _rules_of(lint(text, kind))

    return predict


# --- scoring ---------------------------------------------------------------------------


@dataclass
class RuleScore:
    rule: str
    n: int = 0
    positives: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP); 1.0 when nothing was predicted nor expected; None if undefined."""
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else None

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def conventional(self) -> tuple[bool, bool]:
        """Whether precision and recall come from an empty denominator."""
        return (self.tp + self.fp == 0, self.tp + self.fn == 0)

    @property
    def below(self) -> list[str]:
        """Which of precision (P) and recall (R) miss the target."""
        low = []
        if self.precision is None or self.precision < TARGET:
            low.append("P")
        if self.recall < TARGET:
            low.append("R")
        return low


@dataclass
class Miss:
    item: Item
    rule: str
    expected: bool  # True: a false negative; False: a false positive


@dataclass
class Evaluation:
    scores: dict[str, RuleScore]
    misses: list[Miss] = field(default_factory=list)
    ignored: Counter = field(default_factory=Counter)  # (kind, rule) -> count
    unknown: Counter = field(default_factory=Counter)  # rule ids in no APPLIES entry
    crashes: list[tuple[Item, str]] = field(default_factory=list)
    exact: Counter = field(default_factory=Counter)  # kind -> items with every label right
    per_kind: Counter = field(default_factory=Counter)  # kind -> items

    @property
    def total(self) -> RuleScore:
        total = RuleScore("overall (micro)")
        for score in self.scores.values():
            total.n += score.n
            total.positives += score.positives
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total

    @property
    def passed(self) -> bool:
        return not self.crashes and not any(score.below for score in self.scores.values())


def evaluate(items: Iterable[Item], predict: Callable[[Item], set[str]]) -> Evaluation:
    """Score `predict` (item -> rule ids that fired) against the labels, rule by rule."""
    known = set(RULES)
    result = Evaluation(scores={rule: RuleScore(rule) for rule in RULES})
    for item in items:
        result.per_kind[item.kind] += 1
        applicable = set(APPLIES[item.kind])
        try:
            fired = set(predict(item))
        except Exception as exc:  # report it, score the item as silent, fail the run
            result.crashes.append((item, f"{type(exc).__name__}: {exc}"))
            fired = set()
        for rule in fired - applicable:
            if rule in known:
                result.ignored[(item.kind, rule)] += 1
            else:
                result.unknown[rule] += 1
        predicted = fired & applicable
        if predicted == set(item.expect):
            result.exact[item.kind] += 1
        for rule in APPLIES[item.kind]:
            score = result.scores[rule]
            expected, got = rule in item.expect, rule in predicted
            score.n += 1
            score.positives += expected
            if expected and got:
                score.tp += 1
            elif got:
                score.fp += 1
                result.misses.append(Miss(item, rule, expected=False))
            elif expected:
                score.fn += 1
                result.misses.append(Miss(item, rule, expected=True))
    return result


# --- output ----------------------------------------------------------------------------


def _ratio(value: float | None, conventional: bool) -> str:
    if value is None:
        return "n/a"
    return f"{value:.2f}" + ("*" if conventional else " ")


def format_table(evaluation: Evaluation) -> str:
    header = (
        f"{'rule':<16} {'n':>4} {'pos':>4} {'TP':>4} {'FP':>4} {'FN':>4}"
        f" {'precision':>10} {'recall':>7}  verdict (target {TARGET:.1f})"
    )
    lines = [header, "-" * len(header)]
    rows = [*evaluation.scores.values(), evaluation.total]
    for index, score in enumerate(rows):
        if index == len(rows) - 1:
            lines.append("-" * len(header))
        conv_p, conv_r = score.conventional
        low = score.below
        verdict = "ok" if not low else "BELOW (" + ", ".join(low) + ")"
        lines.append(
            f"{score.rule:<16} {score.n:>4} {score.positives:>4} {score.tp:>4} {score.fp:>4}"
            f" {score.fn:>4} {_ratio(score.precision, conv_p):>10}"
            f" {_ratio(score.recall, conv_r):>7}  {verdict}"
        )
    if any("*" in line for line in lines[2:]):
        lines.append(
            "* empty denominator: precision is 1.00 when the rule predicted nothing and nothing"
            " was expected; recall is 1.00 when nothing was expected."
        )
    return "\n".join(lines)


def format_notes(evaluation: Evaluation) -> str:
    lines = []
    kinds = ", ".join(
        f"{kind} {evaluation.exact[kind]}/{count}" for kind, count in evaluation.per_kind.items()
    )
    lines.append(f"items with every label right: {kinds}")
    if evaluation.ignored:
        ignored = ", ".join(
            f"{rule} on {kind} ×{count}"
            for (kind, rule), count in sorted(evaluation.ignored.items())
        )
        lines.append(f"ignored findings (rule does not apply to that kind): {ignored}")
    if evaluation.unknown:
        unknown = ", ".join(
            f"{rule!r} ×{count}" for rule, count in sorted(evaluation.unknown.items())
        )
        lines.append(f"WARNING: findings with rule ids outside the contract: {unknown}")
    for item, error in evaluation.crashes:
        lines.append(f"CRASH on {item.id} ({item.kind}): {error}")
    return "\n".join(lines)


def _excerpt(text: str, width: int = 100) -> str:
    flat = " ⏎ ".join(line.strip() for line in text.splitlines() if line.strip())
    return flat[:width] + ("…" if len(flat) > width else "")


def format_errors(evaluation: Evaluation) -> str:
    if not evaluation.misses:
        return "no misclassified items"
    order = {rule: index for index, rule in enumerate(RULES)}
    misses = sorted(evaluation.misses, key=lambda miss: (order[miss.rule], miss.item.id))
    lines = [f"{len(misses)} misclassifications (rule / id / expected → predicted / text):"]
    for miss in misses:
        change = "fire → silent (FN)" if miss.expected else "silent → fire (FP)"
        lines.append(
            f"  {miss.rule:<15} {miss.item.id:<8} {change:<18}  {_excerpt(miss.item.text)}"
        )
    return "\n".join(lines)


# --- main ------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--show-errors", action="store_true", help="print every misclassified item and rule"
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="use the labels as predictions (all figures must be 1.00); needs no linter",
    )
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of the two files")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        items = load_corpus(args.corpus)
    except CorpusError as exc:
        print(f"lint_eval: {exc}", file=sys.stderr)
        return 2
    if args.dry_run:
        print("dry run: the predictions are the labels themselves\n")

        def predict(item: Item) -> set[str]:
            return set(item.expect)

    else:
        try:
            linter = load_linter()
        except LinterUnavailable as exc:
            print(f"lint_eval: {exc}", file=sys.stderr)
            return 2

        def predict(item: Item) -> set[str]:
            return linter(item.text, item.kind)

    evaluation = evaluate(items, predict)
    counts = Counter(item.kind for item in items)
    print(
        f"{len(items)} items from {args.corpus}: "
        + ", ".join(f"{counts[kind]} {kind}" for kind in KINDS)
        + "\n"
    )
    print(format_table(evaluation))
    print()
    print(format_notes(evaluation))
    if args.show_errors:
        print()
        print(format_errors(evaluation))
    failing = [rule for rule, score in evaluation.scores.items() if score.below]
    if failing:
        print(f"\nbelow target {TARGET:.1f}: {', '.join(failing)}")
    return 0 if evaluation.passed else 1


if __name__ == "__main__":
    sys.exit(main())
