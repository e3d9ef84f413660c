"""The discretion guard: who must not learn about the search by accident.

A job seeker who is still employed keeps the search away from work. A message to a
current coworker, or to anyone at the user's current employer, is held back until
the user says, knowingly, that it should go. These rules take plain values, so they
need no database.
"""

from __future__ import annotations

import re

from coffeechat.lib.sources import COWORKER

# Words that name the legal form, not the organisation: "Acme Ltd" is "Acme".
_LEGAL_FORMS = frozenset(
    {
        "co",
        "company",
        "corp",
        "corporation",
        "gmbh",
        "inc",
        "incorporated",
        "limited",
        "llc",
        "llp",
        "ltd",
        "plc",
        "sa",
        "ag",
        "bv",
    }
)
_WORD = re.compile(r"[^\W_]+")


def same_organisation(a: str, b: str) -> bool:
    """True when two typed names mean the same organisation.

    Case, punctuation, spacing, a leading "The" and a trailing legal form
    ("Ltd", "Inc.", "plc"…) are ignored; "&" and "and" are the same word.
    """
    first, second = _key(a), _key(b)
    return bool(first) and first == second


def _key(name: str) -> tuple[str, ...]:
    words = _WORD.findall(name.replace("&", " and ").casefold())
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words = words[:-1]
    return tuple(words)


def discretion_reason(
    *, first_name: str, source: str, organisation: str, employer: str
) -> str | None:
    """Why a message to this person could give the search away, or None if it cannot.

    `first_name`, `source` (how the user knows them) and `organisation` describe the
    contact; `employer` is the user's current employer (blank if none).
    """
    who = first_name.strip() or "This person"
    if source == COWORKER:
        return f"{who} is a current coworker."
    if employer.strip() and same_organisation(organisation, employer):
        return f"{who} works at your current employer, {employer.strip()}."
    return None
