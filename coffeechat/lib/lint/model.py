"""The linter's plain data: rules, findings, limits and the report.

Kept apart from `__init__` so that the rules can build findings without an import cycle.
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str  # "error" | "warning"
    explanation: str  # one line: what the rule checks and why
    suggestion: str  # the usual fix; a finding may give a more specific one


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    suggestion: str
    line: int | None  # 1-based line of the input text, or None for the message as a whole

    def to_json(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "suggestion": self.suggestion,
            "line": self.line,
        }


@dataclass(frozen=True)
class Limits:
    request_words: int = 150
    linkedin_chars: int = 300


@dataclass(frozen=True)
class Context:
    """What a message rule knows besides the draft: its kind, the limits and the names."""

    kind: str
    limits: Limits
    recipient: str = ""
    sender: str = ""


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    words: int
    characters: int

    @property
    def has_errors(self) -> bool:
        return any(f.severity == ERROR for f in self.findings)

    def rules(self) -> set[str]:
        """The ids of the rules that fired."""
        return {f.rule for f in self.findings}

    def to_json(self) -> dict:
        return {
            "findings": [f.to_json() for f in self.findings],
            "words": self.words,
            "characters": self.characters,
        }


_RULE_LIST = (
    Rule(
        "greeting",
        WARNING,
        "Open with a greeting that names the person.",
        "Start with their name, e.g. 'Hi Ana,' or 'Dear Dr. Ruiz,'.",
    ),
    Rule(
        "introduction",
        WARNING,
        "Say in one sentence who you are.",
        "Add one sentence such as 'I'm Maya, a final-year chemistry PhD student at Leeds.'",
    ),
    Rule(
        "reason",
        WARNING,
        "Say why you are writing to this person in particular.",
        "Name what connects you (a school, employer or group), who suggested them, "
        "or something of theirs you read or saw.",
    ),
    Rule(
        "time-ask",
        ERROR,
        "Ask for a short chat and say how short: 15–20 minutes, never more than 30.",
        "Ask for '15–20 minutes of your time'.",
    ),
    Rule(
        "medium",
        WARNING,
        "Say how you would talk: phone, video call or coffee.",
        "Offer a choice, e.g. 'by phone or video, or over coffee if you are nearby'.",
    ),
    Rule(
        "thanks",
        WARNING,
        "Thank them (in advance, for a request).",
        "End with thanks, e.g. 'Thank you for considering it.'",
    ),
    Rule(
        "length",
        ERROR,
        "Keep it brief: a request e-mail within 150 words, a LinkedIn note within 300 characters.",
        "Keep one sentence on who you are, one on why them, and the ask; cut the rest.",
    ),
    Rule(
        "job-ask",
        ERROR,
        "Never ask for a job, a referral, an interview or a CV review, and don't attach a CV.",
        "Remove it and ask for their advice and story instead; "
        "openings and referrals come later, from the relationship.",
    ),
    Rule(
        "life-story",
        WARNING,
        "Don't tell your whole story: at most three sentences about yourself.",
        "Keep one or two sentences about yourself; save the rest for the chat.",
    ),
    Rule(
        "subject",
        ERROR,
        "An e-mail needs a subject line.",
        "Add a first line such as 'Subject: Leeds chemistry PhD - 15 minutes of your advice?'",
    ),
    Rule(
        "specific",
        WARNING,
        "A thank-you should mention something specific from the chat.",
        "Name one thing: a point they made, a resource they suggested, or what you will do next.",
    ),
    Rule(
        "timing",
        WARNING,
        "Send the thank-you within 24 hours of the chat.",
        "Send thank-you notes on the day of the chat, or the next morning at the latest.",
    ),
    Rule(
        "googleable",
        WARNING,
        "Don't ask what a quick search answers (what the company does, its size, its history).",
        "Look it up beforehand and ask what only they can tell you, "
        "e.g. 'What surprised you most when you joined?'",
    ),
    Rule(
        "personal-salary",
        ERROR,
        "Don't ask about their own pay; ask about the range for the role.",
        "Ask 'What salary range can someone entering this role expect?'",
    ),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _RULE_LIST}
RULE_ORDER: dict[str, int] = {rule.id: i for i, rule in enumerate(_RULE_LIST)}


def finding(rule_id: str, message: str, line: int | None, suggestion: str = "") -> Finding:
    """A finding of `rule_id`, with the rule's own suggestion unless a better one is given."""
    rule = RULES[rule_id]
    return Finding(rule_id, rule.severity, message, suggestion or rule.suggestion, line)
