"""The guideline linter: checks a draft message or a list of questions against the
informational-interview guidelines and says, for each problem, why and how to fix it.

Pure Python (plus pysbd for sentences): no Django, no clock, no model to download.

    >>> report = lint("Subject: Hello\\n\\nHi Ana, could you refer me?", "request")
    >>> sorted(report.rules())[:3]
    ['introduction', 'job-ask', 'medium']

Which rules apply to which kind of text, and how serious each is:

| rule              | request | linkedin-note | follow-up | thank-you | question | severity |
| ----------------- | :-----: | :-----------: | :-------: | :-------: | :------: | -------- |
| `greeting`        |    x    |       x       |     x     |     x     |          | warning  |
| `introduction`    |    x    |       x       |           |           |          | warning  |
| `reason`          |    x    |       x       |           |           |          | warning  |
| `time-ask`        |    x    |       x       |           |           |          | error    |
| `medium`          |    x    |       x       |           |           |          | warning  |
| `thanks`          |    x    |       x       |     x     |     x     |          | warning  |
| `length`          |  words  |  characters   |   words   |           |          | error    |
| `job-ask`         |    x    |       x       |     x     |     x     |    x     | error    |
| `life-story`      |    x    |       x       |     x     |           |          | warning  |
| `subject`         |    x    |               |     x     |     x     |          | error    |
| `specific`        |         |               |           |     x     |          | warning  |
| `timing`          |         |               |           |  (dates)  |          | warning  |
| `googleable`      |         |               |           |           |    x     | warning  |
| `personal-salary` |         |               |           |           |    x     | error    |

`timing` needs the dates of the chat and of the note, so it is `thank_you_timing()`,
called by the app with its records. Findings come errors first, then by line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

from coffeechat.lib.lint import rules
from coffeechat.lib.lint.model import (
    ERROR,
    RULE_ORDER,
    RULES,
    WARNING,
    Context,
    Finding,
    Limits,
    Report,
    Rule,
    finding,
)
from coffeechat.lib.lint.text import Draft, count_words, fold, normalize, read_draft

__all__ = [
    "ERROR",
    "KINDS",
    "RULES",
    "RULES_BY_KIND",
    "WARNING",
    "Finding",
    "Limits",
    "Report",
    "Rule",
    "lint",
    "lint_questions",
    "thank_you_timing",
]

KINDS = ("request", "linkedin-note", "follow-up", "thank-you", "question")
EMAIL_KINDS = frozenset({"request", "follow-up", "thank-you"})

_MessageRule = Callable[[Draft, Context], list[Finding]]
_MESSAGE_RULES: dict[str, _MessageRule] = {
    "greeting": rules.greeting,
    "introduction": rules.introduction,
    "reason": rules.reason,
    "time-ask": rules.time_ask,
    "medium": rules.medium,
    "thanks": rules.thanks,
    "length": rules.length,
    "job-ask": rules.job_ask,
    "life-story": rules.life_story,
    "subject": rules.subject,
    "specific": rules.specific,
}

RULES_BY_KIND: dict[str, tuple[str, ...]] = {
    "request": (
        "greeting",
        "introduction",
        "reason",
        "time-ask",
        "medium",
        "thanks",
        "length",
        "job-ask",
        "life-story",
        "subject",
    ),
    "linkedin-note": (
        "greeting",
        "introduction",
        "reason",
        "time-ask",
        "medium",
        "thanks",
        "length",
        "job-ask",
        "life-story",
    ),
    "follow-up": ("greeting", "thanks", "job-ask", "length", "subject", "life-story"),
    "thank-you": ("greeting", "thanks", "specific", "job-ask", "subject"),
    "question": ("googleable", "personal-salary", "job-ask"),
}


def _sort_key(f: Finding):
    return (f.severity != ERROR, f.line is None, f.line or 0, RULE_ORDER[f.rule])


DEFAULT_LIMITS = Limits()


def lint(
    text: str,
    kind: str = "request",
    *,
    limits: Limits = DEFAULT_LIMITS,
    recipient: str = "",
    sender: str = "",
) -> Report:
    """Check a draft message of `kind` (one of KINDS) against the guidelines.

    `text` is what the user typed. For e-mails (request, follow-up, thank-you) a first
    line "Subject: ..." is the subject, not the body; line numbers count every line of
    `text`. `recipient` (the contact's full name) helps `greeting`; `sender` (the
    user's name) helps `introduction`. `lint(text, "question")` is `lint_questions(text)`.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    if kind == "question":
        return lint_questions(text)
    draft = read_draft(text, with_subject=kind in EMAIL_KINDS)
    context = Context(kind=kind, limits=limits, recipient=recipient, sender=sender)
    findings: list[Finding] = []
    for rule_id in RULES_BY_KIND[kind]:
        findings.extend(_MESSAGE_RULES[rule_id](draft, context))
    return Report(tuple(sorted(findings, key=_sort_key)), draft.words, draft.characters)


_LIST_MARK = re.compile(
    r"^\s*(?:[-*\u2022\u25aa\u25cf>]|\(?\d{1,3}[.):]|\(?[a-zA-Z][.)]|Q\d*[.:])\s*"
)


def lint_questions(text: str) -> Report:
    """Check questions for a chat, one per non-empty line (list marks like "1." or "-"
    are ignored). Each finding carries the line of its question."""
    text = normalize(text)
    findings: list[Finding] = []
    for number, line in enumerate(text.split("\n"), start=1):
        question = _LIST_MARK.sub("", line, count=1).strip()
        if not question:
            continue
        low = fold(question)
        topic = rules.googleable(question, low)
        if topic:
            findings.append(
                finding(
                    "googleable",
                    f"A quick search answers this ({topic}).",
                    number,
                )
            )
        if rules.personal_salary(low):
            findings.append(finding("personal-salary", "This asks about their own pay.", number))
        found = rules.job_asks(low)
        if found:
            label, _start, _end = found
            if label == rules.CV_ATTACHED:
                message = "This offers your CV, which turns the chat into a job application."
            else:
                message = f"This asks {label}; the chat is for advice, never a job."
            findings.append(finding("job-ask", message, number))
    body = text.strip()
    return Report(tuple(sorted(findings, key=_sort_key)), count_words(body), len(body))


TIMING_LIMIT = timedelta(hours=24)


def thank_you_timing(held_at: datetime, sent_at: datetime) -> Finding | None:
    """The `timing` rule: a thank-you sent more than 24 hours after the chat.

    Both datetimes must be aware (or both naive). A note sent before the chat's time
    (a typo in the records) is not judged.
    """
    late = sent_at - held_at
    if late <= TIMING_LIMIT:
        return None
    hours = late.total_seconds() / 3600
    said = f"{hours:.0f} hours" if hours < 72 else f"{hours / 24:.0f} days"
    return finding(
        "timing",
        f"The thank-you went out {said} after the chat; send it within 24 hours.",
        None,
    )
