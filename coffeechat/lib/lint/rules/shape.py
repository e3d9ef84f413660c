"""`length`, `subject` and `life-story`: the shape of the message, not what it asks."""

from __future__ import annotations

from coffeechat.lib.lint.model import Context, Finding, finding
from coffeechat.lib.lint.rules.patterns import regex
from coffeechat.lib.lint.text import FIRST_PERSON, Draft, Sentence, first_pronoun

# ====================================================================== length


def length(draft: Draft, ctx: Context) -> list[Finding]:
    if ctx.kind == "linkedin-note":
        limit = ctx.limits.linkedin_chars
        if draft.characters > limit:
            return [
                finding(
                    "length",
                    f"The note is {draft.characters} characters; LinkedIn allows {limit}.",
                    None,
                    f"Cut {draft.characters - limit} characters: keep who you are, "
                    "why them and the ask.",
                )
            ]
        return []
    limit = ctx.limits.request_words
    if draft.words > limit:
        return [
            finding(
                "length",
                f"The message is {draft.words} words; keep it within {limit}.",
                None,
                f"Cut about {draft.words - limit} words: one sentence on who you are, "
                "one on why them, then the ask.",
            )
        ]
    return []


# ====================================================================== life-story

# Sentences with "I" as subject that are about the reader or the ask, not the sender.
_NOT_ABOUT_ME = regex(
    r"\b(?:i(?:'m| am|m) (?:writing|reaching out|contacting|emailing|e-mailing|messaging|"
    r"getting in touch|following up|hoping|wondering|sure you)|"
    r"i (?:hope|look forward|was wondering|wonder|appreciate|thank)|"
    r"i(?:'d| would)(?: really| also| very much)? (?:love|like|be grateful|appreciate|welcome|"
    r"value|be (?:glad|happy|thrilled|delighted|honou?red)) (?:to )?(?:hear|learn|ask|chat|"
    r"talk|speak|meet|connect|get|have|find out|know|understand|your|it|the chance|any)|"
    r"i (?:read|saw|came across|noticed|found|heard|watched|listened)|"
    r"i(?:'ll| will) (?:be|follow|send|keep|look|check)|"
    r"thanks?|grateful|best|regards|cheers)\b"
)


_ABOUT_READER = regex(
    r"\?|\byour\b|\byours\b|(?<!like )(?<!as )(?<!than )(?<!unlike )\byou(?:'re|'ve|'d|'ll)?\b"
    r"(?! once\b| did\b| do\b| were\b| are\b| too\b| as well\b)"
)


def _about_sender(sentence: Sentence) -> bool:
    low = sentence.low
    if first_pronoun(low) not in FIRST_PERSON:
        return False
    if _ABOUT_READER.search(low):
        return False
    if _NOT_ABOUT_ME.search(low):
        return False
    return len(low.split()) >= 2


def life_story(draft: Draft, ctx: Context) -> list[Finding]:
    about_me = [s for s in draft.sentences if _about_sender(s)]
    if len(about_me) <= 3:
        return []
    return [
        finding(
            "life-story",
            f"{len(about_me)} sentences are about you; the reader needs one or two.",
            about_me[0].line,
        )
    ]


# ====================================================================== subject


def subject(draft: Draft, ctx: Context) -> list[Finding]:
    if draft.subject is None:
        return [finding("subject", "The e-mail has no subject line.", None)]
    if not draft.subject.strip():
        return [finding("subject", "The subject line is empty.", draft.subject_line)]
    return []
