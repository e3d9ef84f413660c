"""LAMP: which targets to approach first, and whom to ask next at each one.

Steve Dalton's LAMP method (*The 2-Hour Job Search*): list the target employers and
note for each one Advocacy (someone who could speak for you there), Motivation (1 to
5) and Postings (none, some, or the very role you want); sort by Motivation first,
then Postings, then Advocacy, and contact the top ones.

His "3B7" routine paces the asking. Only one request per organisation waits for a
reply at a time; after 3 business days without a reply, ask the next person at the
same organisation; after 7, follow up with the first one (Today says when).

Advocacy is what the user chose, and also what coffeechat can see for itself: someone
in the user's contacts at the target's organisation is "someone you know there"
(`contact`), or "alumni" when that is how the user knows them. The higher of the two
counts for sorting; pages show both.

All reasoning about days happens in the user's time zone `tz`, as in `lib.agenda`: a
request sent on Monday (local date) lets the next person be asked from Monday + 3
business days (Thursday), whatever the time of day or the date in UTC. Pure: no
clock, no database; callers pass `now` and plain records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from coffeechat.lib.businessdays import add_business_days
from coffeechat.lib.dates import day_text
from coffeechat.lib.pipeline import PROSPECT, REQUESTED
from coffeechat.lib.sources import ALUMNI, COWORKER, SOURCE_LABELS, WARMTH

# Weakest first: the index is the rank (higher sorts first).
ADVOCACY: tuple[str, ...] = ("none", "warm", "alumni", "contact")
POSTINGS: tuple[str, ...] = ("none", "any", "target_role")

# Plain words for the pages.
ADVOCACY_WORDS: dict[str, str] = {
    "none": "Nobody yet",
    "warm": "A warm connection",
    "alumni": "Alumni of your school",
    "contact": "Someone you know there",
}
POSTINGS_WORDS: dict[str, str] = {
    "none": "No postings",
    "any": "Some postings",
    "target_role": "Your role is posted",
}

# The 3B7 defaults (the user's profile may change them).
NEXT_PERSON_AFTER_DAYS = 3
FOLLOW_UP_AFTER_DAYS = 7

_COLDEST = max(WARMTH.values()) + 1


# ------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Person:
    """A contact who might be asked for a chat about one target."""

    id: int
    name: str
    source: str  # how the user knows them (lib.sources)
    organization_id: int | None = None
    status: str | None = None  # their latest step (a conversation's status); None = none
    requested_at: datetime | None = None  # when that conversation's request went out
    discreet: bool = False  # at the user's current employer: never suggested
    conversation_id: int | None = None  # an open prospect chat with them, if any

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS.get(self.source, self.source.replace("_", " "))


@dataclass(frozen=True)
class Target:
    """One target as the LAMP list needs it."""

    id: int
    name: str
    motivation: int  # 1 to 5
    postings: str = "none"  # one of POSTINGS
    advocacy: str = "none"  # one of ADVOCACY: what the user chose
    organization_id: int | None = None


@dataclass(frozen=True)
class Waiting:
    """A request sent to someone at an organisation, and the days it sets."""

    person: Person
    asked_on: date  # local date the request went out
    next_from: date  # the first day the next person there may be asked
    follow_up_from: date  # the first day to follow up with this person


@dataclass(frozen=True)
class NextStep:
    """Whom to ask next for one target, or why nobody yet.

    `kind` is one of:
    - "ask": ask `person` now (`unanswered`: an earlier request there that had no
      reply in time, if any);
    - "wait": `waiting` is a request still within its days; `person` is who comes
      next once they pass (None if nobody is left);
    - "all_asked": everyone known there has been asked, met or has declined;
    - "nobody": nobody known there yet.
    """

    kind: str
    person: Person | None = None
    waiting: Waiting | None = None
    unanswered: Waiting | None = None


@dataclass(frozen=True)
class Row:
    """One line of the LAMP list."""

    target: Target
    seen: str  # the advocacy coffeechat sees from the contacts
    seen_through: Person | None  # who gives it
    advocacy: str  # the higher of the chosen and the seen one: used for sorting
    step: NextStep

    @property
    def chosen(self) -> str:
        return self.target.advocacy

    @property
    def raised(self) -> bool:
        """True when what coffeechat sees ranks above what the user chose."""
        return advocacy_rank(self.seen) > advocacy_rank(self.chosen)

    @property
    def chosen_words(self) -> str:
        return ADVOCACY_WORDS.get(self.chosen, ADVOCACY_WORDS["none"])

    @property
    def seen_words(self) -> str:
        return ADVOCACY_WORDS[self.seen]

    @property
    def advocacy_words(self) -> str:
        return ADVOCACY_WORDS[self.advocacy]

    @property
    def postings_words(self) -> str:
        return POSTINGS_WORDS.get(self.target.postings, POSTINGS_WORDS["none"])


# ------------------------------------------------------------------------- ranking


def advocacy_rank(advocacy: str) -> int:
    """0 (nobody) to 3 (someone you know there); unknown values count as nobody."""
    return ADVOCACY.index(advocacy) if advocacy in ADVOCACY else 0


def postings_rank(postings: str) -> int:
    """0 (none) to 2 (the role you want is posted); unknown values count as none."""
    return POSTINGS.index(postings) if postings in POSTINGS else 0


def higher_advocacy(first: str, second: str) -> str:
    """The stronger of two advocacy levels (the first one on a tie)."""
    first = first if first in ADVOCACY else "none"
    return second if advocacy_rank(second) > advocacy_rank(first) else first


def person_advocacy(person: Person) -> str:
    """What one contact at an organisation gives: alumni, or someone you know there.

    A coworker gives none: the search stays away from work.
    """
    if person.source == COWORKER or person.discreet:
        return "none"
    return "alumni" if person.source == ALUMNI else "contact"


def seen_advocacy(people: Iterable[Person]) -> tuple[str, Person | None]:
    """The advocacy coffeechat sees from the people at an organisation, and who gives it.

    The strongest level wins; among people giving it, the warmest, then by name.
    ("none", None) when nobody is there.
    """
    best: tuple[int, int, str, int] | None = None
    best_person: Person | None = None
    for person in people:
        level = person_advocacy(person)
        if level == "none":
            continue
        key = (-advocacy_rank(level), _warmth(person), person.name.casefold(), person.id)
        if best is None or key < best:
            best, best_person = key, person
    if best_person is None:
        return "none", None
    return person_advocacy(best_person), best_person


def lamp_key(target: Target, advocacy: str | None = None) -> tuple:
    """Motivation (high first), then postings (the role > some > none), then advocacy
    (someone you know > alumni > warm > nobody), then name and id.

    `advocacy` is the level to sort by (default: the one the user chose).
    """
    level = target.advocacy if advocacy is None else advocacy
    return (
        -target.motivation,
        -postings_rank(target.postings),
        -advocacy_rank(level),
        target.name.casefold(),
        target.id,
    )


def rank(
    targets: Iterable[Target],
    people: Mapping[int, Iterable[Person]],
    *,
    now: datetime,
    tz: ZoneInfo,
    next_after_days: int = NEXT_PERSON_AFTER_DAYS,
    follow_up_after_days: int = FOLLOW_UP_AFTER_DAYS,
) -> list[Row]:
    """The LAMP list: one Row per target, sorted by `lamp_key`, each with its next step.

    `people[target.id]` are the people to ask about that target (for an organisation,
    its people; otherwise the contacts of its prospect chats). Advocacy is seen only
    for a target with an organisation, from the people there.
    """
    rows = []
    for target in targets:
        mine = list(people.get(target.id, ()))
        if target.organization_id is not None:
            seen, through = seen_advocacy(
                p for p in mine if p.organization_id == target.organization_id
            )
        else:
            seen, through = "none", None
        rows.append(
            Row(
                target=target,
                seen=seen,
                seen_through=through,
                advocacy=higher_advocacy(target.advocacy, seen),
                step=next_person(
                    mine,
                    now=now,
                    tz=tz,
                    next_after_days=next_after_days,
                    follow_up_after_days=follow_up_after_days,
                    per_organisation=target.organization_id is not None,
                ),
            )
        )
    return sorted(rows, key=lambda row: lamp_key(row.target, row.advocacy))


# ---------------------------------------------------------------- whom to ask next


def _local_date(moment: datetime, tz: ZoneInfo) -> date:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"expected an aware datetime, got naive {moment!r}")
    return moment.astimezone(tz).date()


def _stamp(moment: datetime | None) -> float:
    return moment.timestamp() if moment is not None else 0.0


def _warmth(person: Person) -> int:
    return WARMTH.get(person.source, _COLDEST)


def waiting_for(
    person: Person,
    *,
    tz: ZoneInfo,
    next_after_days: int = NEXT_PERSON_AFTER_DAYS,
    follow_up_after_days: int = FOLLOW_UP_AFTER_DAYS,
) -> Waiting | None:
    """The days set by `person`'s unanswered request, or None if none is waiting."""
    if person.status != REQUESTED or person.requested_at is None:
        return None
    asked_on = _local_date(person.requested_at, tz)
    return Waiting(
        person=person,
        asked_on=asked_on,
        next_from=add_business_days(asked_on, next_after_days),
        follow_up_from=add_business_days(asked_on, follow_up_after_days),
    )


def _requests(
    people: Iterable[Person], tz: ZoneInfo, next_after_days: int, follow_up_after_days: int
) -> list[Waiting]:
    """Unanswered requests, the latest (by the day they free the organisation) first."""
    found = [
        w
        for p in people
        if (
            w := waiting_for(
                p, tz=tz, next_after_days=next_after_days, follow_up_after_days=follow_up_after_days
            )
        )
        is not None
    ]
    return sorted(
        found,
        key=lambda w: (w.next_from, _stamp(w.person.requested_at), w.person.id),
        reverse=True,
    )


def org_request_waiting(
    people: Iterable[Person],
    *,
    now: datetime,
    tz: ZoneInfo,
    next_after_days: int = NEXT_PERSON_AFTER_DAYS,
    follow_up_after_days: int = FOLLOW_UP_AFTER_DAYS,
) -> Waiting | None:
    """The request that keeps an organisation busy today, or None if it is free.

    `people` are the people at one organisation (callers leave out the person about
    to be asked). A request is waiting while today (local) is before the day
    `next_after_days` business days after it went out, and it has had no reply
    (status still requested). With several, the one that waits longest is named.
    """
    today = _local_date(now, tz)
    for waiting in _requests(people, tz, next_after_days, follow_up_after_days):
        if today < waiting.next_from:
            return waiting
    return None


def candidates(people: Iterable[Person]) -> list[Person]:
    """People who may be asked, warmest first, then by name: never a coworker or
    anyone at the user's employer, never someone already asked, met or turned down
    (any step past prospect, a cancelled chat included)."""
    return sorted(
        (
            p
            for p in people
            if p.source != COWORKER and not p.discreet and p.status in (None, PROSPECT)
        ),
        key=lambda p: (_warmth(p), p.name.casefold(), p.id),
    )


def next_person(
    people: Iterable[Person],
    *,
    now: datetime,
    tz: ZoneInfo,
    next_after_days: int = NEXT_PERSON_AFTER_DAYS,
    follow_up_after_days: int = FOLLOW_UP_AFTER_DAYS,
    per_organisation: bool = True,
) -> NextStep:
    """For one target, whom to ask next (see NextStep for the answers).

    One active request per organisation: while someone's request waits for a reply
    (fewer than `next_after_days` business days), the answer is to wait, naming who
    comes next. Once the days pass without a reply, the next person is suggested
    (3B7), and `unanswered` names the request that went without a reply.
    `per_organisation=False` (a career or role, not one employer: `people` are
    not colleagues) leaves the waiting out.
    """
    people = list(people)
    today = _local_date(now, tz)
    requests = _requests(people, tz, next_after_days, follow_up_after_days)
    if not per_organisation:
        requests = []
    waiting = next((w for w in requests if today < w.next_from), None)
    unanswered = next((w for w in requests if today >= w.next_from), None)
    queue = candidates(people)
    first = queue[0] if queue else None
    if waiting is not None:
        return NextStep(kind="wait", person=first, waiting=waiting)
    if first is not None:
        return NextStep(kind="ask", person=first, unanswered=unanswered)
    if people:
        return NextStep(kind="all_asked", unanswered=unanswered)
    return NextStep(kind="nobody")


def waiting_reason(waiting: Waiting, organisation: str) -> str:
    """Why a request to someone else at `organisation` should wait, in the user's words.

    "You asked Jane Smith at Acme on Monday 2 November and have had no reply yet. One
    request per organisation at a time: the next person at Acme can be asked from
    Thursday 5 November."
    """
    where = organisation.strip() or "this organisation"
    return (
        f"You asked {waiting.person.name} at {where} on {day_text(waiting.asked_on)} "
        "and have had no reply yet. One request per organisation at a time: "
        f"the next person at {where} can be asked from {day_text(waiting.next_from)}."
    )
