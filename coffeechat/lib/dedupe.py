"""Finding the same person twice: exact matches on e-mail or LinkedIn profile, and
fuzzy matches on name plus organisation (nicknames, accents, word order), with
blocking so that 30,000 new people against 30,000 known ones stays fast.

Pure: plain records in, matches out. The contract (other parts depend on it):

* ``find_matches(new, existing=()) -> list[Match]``: pairs within `new` and between
  `new` and `existing`; never two `existing` with each other. Each pair once.
* ``find_all(people) -> list[Match]``: every likely pair among `people` (the
  duplicates review page, for contacts already in).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Person:
    key: Hashable  # the caller's handle: a contact id, or ("row", line)
    name: str
    email: str = ""
    linkedin_url: str = ""
    organization: str = ""
    emails: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    a: Hashable
    b: Hashable
    score: float  # 0 to 100
    exact: bool  # same e-mail or same LinkedIn profile
    reason: str  # for the user: "same e-mail", "Bob is short for Robert, same organisation"


def find_matches(new: Sequence[Person], existing: Sequence[Person] = ()) -> list[Match]:
    return []  # being built


def find_all(people: Sequence[Person]) -> list[Match]:
    return []  # being built
