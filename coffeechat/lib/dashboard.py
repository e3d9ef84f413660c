"""The dashboard's figures: the campaign at a glance, from plain records.

Pure rules, no database: the dashboard service reads a few aggregates and one row per
conversation, and everything below turns them into the figures the page shows. The
tests feed these functions by hand.

The funnel
----------
Each stage counts the conversations that ever reached it, read from their history:
``prospect`` (every conversation starts there), ``requested``, ``replied`` (moved out
of requested to scheduled or declined: an answer, yes or no), ``scheduled``, ``held``
and ``thanked``. Reaching a stage means having passed the ones before it: a chat
recorded as held without its earlier moves (imported, or older data) was requested,
answered and scheduled too, so the funnel never widens. Two more rows close it, in
other units: ``referrals``, the people introduced to the user by someone they had a
chat with, and ``leads``, the job leads recorded.

Replies
-------
The reply rate is the share of requested conversations that were answered. Days to
reply are business days between the local dates of the first request and the first
answer, counted as :func:`coffeechat.lib.businessdays.business_days_between` counts
them (a request on Friday answered on Monday took 1 business day); the median is
given, per source (how the user knows the person) and overall.

Weeks
-----
Weeks are ISO weeks (Monday to Sunday) in the user's time zone. :func:`week_bounds`
gives each week's start and end as aware moments, so the database can count what
falls in each with plain comparisons; the clocks changing inside a week are handled
because the bounds are local midnights. The current week is the last, "so far".
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coffeechat.lib import pipeline
from coffeechat.lib.businessdays import business_days_between
from coffeechat.lib.referrals import Chain, Forest, generation_label
from coffeechat.lib.sources import SOURCE_KEYS, SOURCE_LABELS

# ------------------------------------------------------------------ wording


def percent(rate: float | None) -> str:
    """ "42%", or "–" when there is nothing to divide by."""
    return "–" if rate is None else f"{round(rate * 100)}%"


def days_text(days: float | None) -> str:
    """ "2", "1.5", or "–"."""
    if days is None:
        return "–"
    return str(int(days)) if float(days).is_integer() else f"{days:.1f}"


# ------------------------------------------------------------------ the funnel

PROSPECT = pipeline.PROSPECT
REQUESTED = pipeline.REQUESTED
REPLIED = "replied"
SCHEDULED = pipeline.SCHEDULED
HELD = pipeline.HELD
THANKED = pipeline.THANKED
REFERRALS = "referrals"
LEADS = "leads"

# The conversation stages, in order: reaching one means having passed those before.
CHAT_STAGES: tuple[str, ...] = (PROSPECT, REQUESTED, REPLIED, SCHEDULED, HELD, THANKED)
STAGES: tuple[str, ...] = (*CHAT_STAGES, REFERRALS, LEADS)

STAGE_LABELS: dict[str, str] = {
    PROSPECT: "Prospects",
    REQUESTED: "Requested",
    REPLIED: "Replied",
    SCHEDULED: "Scheduled",
    HELD: "Held",
    THANKED: "Thanked",
    REFERRALS: "Referrals",
    LEADS: "Leads",
}
STAGE_HELP: dict[str, str] = {
    PROSPECT: "chats started, with anyone you might ask",
    REQUESTED: "a request sent",
    REPLIED: "they answered: agreed or declined",
    SCHEDULED: "a time agreed",
    HELD: "the chat took place",
    THANKED: "a thank-you sent",
    REFERRALS: "people introduced to you by someone you met",
    LEADS: "job leads recorded",
}

# The stage a conversation's status (or a move to it) shows it reached.
_STATUS_STAGE: dict[str, str] = {
    pipeline.PROSPECT: PROSPECT,
    pipeline.REQUESTED: REQUESTED,
    pipeline.NO_RESPONSE: REQUESTED,
    pipeline.DECLINED: REPLIED,
    pipeline.SCHEDULED: SCHEDULED,
    pipeline.CANCELLED: SCHEDULED,
    pipeline.HELD: HELD,
    pipeline.THANKED: THANKED,
}
# A move out of requested to one of these is an answer; to no response it is not.
REPLIES: tuple[str, ...] = (pipeline.SCHEDULED, pipeline.DECLINED)


@dataclass(frozen=True)
class Chat:
    """One conversation as the dashboard needs it.

    `moves`: the statuses its history moved it to; `requested_at`: its first request;
    `replied_at`: the first answer to a request; `held`: a time it was held is recorded.
    """

    contact_id: int
    source: str = "other"
    status: str = pipeline.PROSPECT
    requested_at: datetime | None = None
    replied_at: datetime | None = None
    moves: frozenset[str] = frozenset()
    held: bool = False

    @property
    def furthest(self) -> int:
        """The index in CHAT_STAGES of the furthest stage reached."""
        found = {_STATUS_STAGE.get(self.status, PROSPECT)}
        found.update(_STATUS_STAGE[s] for s in self.moves if s in _STATUS_STAGE)
        if self.requested_at is not None:
            found.add(REQUESTED)
        if self.replied_at is not None:
            found.add(REPLIED)
        if self.held:
            found.add(HELD)
        return max(CHAT_STAGES.index(stage) for stage in found)

    def reached(self, stage: str) -> bool:
        return self.furthest >= CHAT_STAGES.index(stage)


@dataclass(frozen=True)
class Stage:
    key: str
    count: int
    # The share of the stage before that got here (None for the first, for the
    # rows in other units, and when the stage before is empty).
    rate: float | None = None

    @property
    def label(self) -> str:
        return STAGE_LABELS[self.key]

    @property
    def help(self) -> str:
        return STAGE_HELP[self.key]

    @property
    def rate_text(self) -> str:
        return percent(self.rate)


def funnel(chats: Iterable[Chat], *, referrals: int = 0, leads: int = 0) -> list[Stage]:
    """The funnel's eight rows, prospect first (see the module's rules)."""
    counts = [0] * len(CHAT_STAGES)
    for chat in chats:
        for i in range(chat.furthest + 1):
            counts[i] += 1
    stages = []
    for i, key in enumerate(CHAT_STAGES):
        before = counts[i - 1] if i else 0
        stages.append(Stage(key, counts[i], counts[i] / before if i and before else None))
    stages.append(Stage(REFERRALS, referrals))
    stages.append(Stage(LEADS, leads))
    return stages


# ------------------------------------------------------------------ replies


@dataclass(frozen=True)
class Replies:
    """How requests were answered, for one source or for all (`source` "")."""

    source: str
    requested: int
    replied: int
    # Business days from request to answer, one per answered request with both times.
    days: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        return SOURCE_LABELS.get(self.source, "All sources" if not self.source else self.source)

    @property
    def rate(self) -> float | None:
        return self.replied / self.requested if self.requested else None

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.days) if self.days else None

    @property
    def rate_text(self) -> str:
        return percent(self.rate)

    @property
    def median_text(self) -> str:
        return days_text(self.median_days)


def reply_days(chat: Chat, tz: ZoneInfo) -> int | None:
    """Business days from the first request to the first answer, on local dates."""
    if chat.requested_at is None or chat.replied_at is None:
        return None
    sent = chat.requested_at.astimezone(tz).date()
    answered = chat.replied_at.astimezone(tz).date()
    return business_days_between(sent, answered)


def replies_by_source(chats: Iterable[Chat], tz: ZoneInfo) -> tuple[Replies, list[Replies]]:
    """(all sources together, one row per source with at least one request), the sources
    in the order of `lib.sources`; an unknown source goes last."""
    requested: dict[str, int] = {}
    replied: dict[str, int] = {}
    days: dict[str, list[int]] = {}
    for chat in chats:
        if not chat.reached(REQUESTED):
            continue
        requested[chat.source] = requested.get(chat.source, 0) + 1
        if chat.reached(REPLIED):
            replied[chat.source] = replied.get(chat.source, 0) + 1
            n = reply_days(chat, tz)
            if n is not None:
                days.setdefault(chat.source, []).append(n)
    order = {key: i for i, key in enumerate(SOURCE_KEYS)}
    rows = [
        Replies(source, n, replied.get(source, 0), tuple(days.get(source, ())))
        for source, n in sorted(requested.items(), key=lambda kv: (order.get(kv[0], 99), kv[0]))
    ]
    total = Replies(
        "",
        sum(r.requested for r in rows),
        sum(r.replied for r in rows),
        tuple(d for r in rows for d in r.days),
    )
    return total, rows


# ------------------------------------------------------------------ weeks


@dataclass(frozen=True)
class WeekBound:
    """One ISO week in the user's zone: its Monday, and the aware moments it spans."""

    monday: date
    start: datetime  # local midnight starting Monday
    end: datetime  # local midnight starting the next Monday (exclusive)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def iso_week(self) -> int:
        return self.monday.isocalendar().week


def local_midnight(day: date, tz: ZoneInfo) -> datetime:
    """The first moment of `day` in `tz` (a zone whose clocks skip midnight starts the
    day at the first moment that exists)."""
    moment = datetime.combine(day, time.min, tz)
    # A non-existent wall time: zoneinfo keeps it; a round trip through UTC moves it on.
    return moment.astimezone(ZoneInfo("UTC")).astimezone(tz)


def week_bounds(now: datetime, tz: ZoneInfo, weeks: int) -> list[WeekBound]:
    """The last `weeks` ISO weeks in `tz`, oldest first, the current week last."""
    if weeks < 1:
        raise ValueError("weeks must be 1 or more")
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(f"now must be timezone-aware, got {now!r}")
    today = now.astimezone(tz).date()
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=k) for k in range(weeks - 1, -1, -1)]
    return [
        WeekBound(m, local_midnight(m, tz), local_midnight(m + timedelta(days=7), tz))
        for m in mondays
    ]


def count_by_week(moments: Iterable[datetime], bounds: Sequence[WeekBound]) -> list[int]:
    """How many of `moments` (aware) fall in each week; those outside are left out."""
    counts = [0] * len(bounds)
    for moment in moments:
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"moments must be timezone-aware, got {moment!r}")
        for i, bound in enumerate(bounds):
            if bound.start <= moment < bound.end:
                counts[i] += 1
                break
    return counts


def _short(day: date) -> str:
    return f"{day.day} {day:%b}"


def week_label(monday: date) -> str:
    """ "2–8 Nov", "26 Oct – 1 Nov", "29 Dec 2025 – 4 Jan 2026"."""
    sunday = monday + timedelta(days=6)
    if monday.year != sunday.year:
        return f"{_short(monday)} {monday.year} – {_short(sunday)} {sunday.year}"
    if monday.month != sunday.month:
        return f"{_short(monday)} – {_short(sunday)}"
    return f"{monday.day}–{_short(sunday)}"


@dataclass(frozen=True)
class Week:
    bound: WeekBound
    count: int
    goal: int = 0
    current: bool = False  # this week, so far

    @property
    def monday(self) -> date:
        return self.bound.monday

    @property
    def label(self) -> str:
        return week_label(self.bound.monday)

    @property
    def short_label(self) -> str:
        return _short(self.bound.monday)

    @property
    def met(self) -> bool:
        return self.goal > 0 and self.count >= self.goal


@dataclass(frozen=True)
class Activity:
    """Requests sent per week against the weekly goal."""

    weeks: list[Week]
    goal: int

    @property
    def this_week(self) -> Week:
        return self.weeks[-1]

    @property
    def weeks_met(self) -> int:
        """Finished weeks in which the goal was met (this week is not over yet)."""
        return sum(1 for w in self.weeks[:-1] if w.met)

    @property
    def total(self) -> int:
        return sum(w.count for w in self.weeks)

    @property
    def to_go(self) -> int:
        """Requests still to send this week to meet the goal."""
        return max(self.goal - self.this_week.count, 0)


def weekly_activity(bounds: Sequence[WeekBound], counts: Sequence[int], *, goal: int) -> Activity:
    """`counts[i]` requests sent in week `bounds[i]`; the last week is the current one."""
    if len(bounds) != len(counts):
        raise ValueError("one count per week")
    last = len(bounds) - 1
    return Activity(
        [Week(b, n, goal, i == last) for i, (b, n) in enumerate(zip(bounds, counts, strict=True))],
        goal,
    )


@dataclass(frozen=True)
class GrowthWeek:
    bound: WeekBound
    added: int
    total: int  # contacts at the end of the week (so far, for the current one)
    current: bool = False

    @property
    def label(self) -> str:
        return week_label(self.bound.monday)

    @property
    def short_label(self) -> str:
        return _short(self.bound.monday)


@dataclass(frozen=True)
class Growth:
    """Contacts added per week, and the running total."""

    weeks: list[GrowthWeek]
    before: int  # contacts added before the first week shown

    @property
    def total(self) -> int:
        return self.weeks[-1].total if self.weeks else self.before

    @property
    def added(self) -> int:
        return sum(w.added for w in self.weeks)

    @property
    def start_label(self) -> str:
        """The first week's Monday: "7 Sep"."""
        return self.weeks[0].short_label if self.weeks else ""

    @property
    def points(self) -> list[tuple[str, int]]:
        """The line the dashboard draws: the contacts at the start of each week shown
        (its Monday), then now. It rises from `before` to `total`, by `added`."""
        line, total = [], self.before
        for week in self.weeks:
            line.append((week.short_label, total))
            total = week.total
        if self.weeks:
            line.append(("Now", self.total))
        return line


def network_growth(bounds: Sequence[WeekBound], added: Sequence[int], *, before: int) -> Growth:
    """The running total of contacts, week by week, from `before` those added earlier."""
    if len(bounds) != len(added):
        raise ValueError("one count per week")
    total = before
    weeks = []
    last = len(bounds) - 1
    for i, (bound, n) in enumerate(zip(bounds, added, strict=True)):
        total += n
        weeks.append(GrowthWeek(bound, n, total, i == last))
    return Growth(weeks, before)


# ------------------------------------------------------------------ the referral tree


@dataclass(frozen=True)
class Generation:
    number: int
    people: int

    @property
    def label(self) -> str:
        return generation_label(self.number)


@dataclass(frozen=True)
class Depth:
    generations: list[Generation]
    longest: Chain
    reached: int  # people reached through an introduction

    @property
    def deepest(self) -> int:
        """The deepest generation (0 when nobody was introduced)."""
        return max(len(self.generations) - 1, 0)


def referral_depth(forest: Forest) -> Depth:
    return Depth(
        [Generation(g, n) for g, n in enumerate(forest.generations)],
        forest.longest_chain,
        forest.reached,
    )


# ------------------------------------------------------------------ what led to leads


@dataclass(frozen=True)
class Introduced:
    """How many people one contact introduced to the user."""

    contact_id: int
    name: str
    source: str
    people: int


@dataclass(frozen=True)
class Told:
    """How many leads one contact told the user about (`contact_id` None: nobody
    recorded), and in how many of them they referred the user."""

    contact_id: int | None
    name: str
    source: str
    leads: int
    referred: int = 0


@dataclass(frozen=True)
class Yield:
    """What the people of one source, or one person, led to."""

    key: str  # a source key, or a contact id as text
    label: str
    referrals: int = 0
    leads: int = 0
    referred: int = 0  # leads in which they referred the user
    contact_id: int | None = None
    source: str = ""

    @property
    def source_label(self) -> str:
        return SOURCE_LABELS.get(self.source, self.source)

    @property
    def total(self) -> int:
        return self.referrals + self.leads


@dataclass(frozen=True)
class Yields:
    by_source: list[Yield] = field(default_factory=list)
    by_person: list[Yield] = field(default_factory=list)
    # Leads with nobody recorded as having told the user.
    untold_leads: int = 0


def referrals_from_met(introduced: Iterable[Introduced], met: Iterable[int]) -> int:
    """People introduced by someone the user had a chat with."""
    met_ids = set(met)
    return sum(i.people for i in introduced if i.contact_id in met_ids)


def yields(introduced: Iterable[Introduced], told: Iterable[Told], *, people: int = 10) -> Yields:
    """Which sources and which people led to referrals and leads: sources in the order
    of `lib.sources` (only those that led to something), people by what they led to
    (most first, then by name), at most `people` of them."""
    sources: dict[str, list[int]] = {}
    persons: dict[int, dict] = {}
    untold = 0
    for row in introduced:
        sums = sources.setdefault(row.source, [0, 0, 0])
        sums[0] += row.people
        p = persons.setdefault(row.contact_id, {"name": row.name, "source": row.source})
        p["referrals"] = p.get("referrals", 0) + row.people
    for row in told:
        if row.contact_id is None:
            untold += row.leads
            continue
        sums = sources.setdefault(row.source, [0, 0, 0])
        sums[1] += row.leads
        sums[2] += row.referred
        p = persons.setdefault(row.contact_id, {"name": row.name, "source": row.source})
        p["leads"] = p.get("leads", 0) + row.leads
        p["referred"] = p.get("referred", 0) + row.referred
    order = {key: i for i, key in enumerate(SOURCE_KEYS)}
    by_source = [
        Yield(key, SOURCE_LABELS.get(key, key), r, n, ref, source=key)
        for key, (r, n, ref) in sorted(
            sources.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])
        )
        if r or n
    ]
    ranked = sorted(
        (
            Yield(
                str(pk),
                " ".join(p["name"].split()) or f"Contact #{pk}",
                p.get("referrals", 0),
                p.get("leads", 0),
                p.get("referred", 0),
                contact_id=pk,
                source=p["source"],
            )
            for pk, p in persons.items()
        ),
        key=lambda y: (-y.total, -y.leads, y.label.casefold(), y.contact_id),
    )
    return Yields(by_source, [y for y in ranked if y.total][:people], untold)


# ------------------------------------------------------------------ all of it


@dataclass(frozen=True)
class Dashboard:
    funnel: list[Stage]
    replies: Replies
    replies_by_source: list[Replies]
    activity: Activity
    growth: Growth
    depth: Depth
    yields: Yields
    leads: int

    def stage(self, key: str) -> Stage:
        return next(s for s in self.funnel if s.key == key)

    @property
    def chats(self) -> int:
        return self.stage(PROSPECT).count

    @property
    def held(self) -> int:
        return self.stage(HELD).count

    @property
    def empty(self) -> bool:
        """Nothing at all yet: no contact, no chat, no lead."""
        return not self.chats and not self.growth.total and not self.leads


def build(
    *,
    chats: Sequence[Chat],
    tz: ZoneInfo,
    bounds: Sequence[WeekBound],
    requests_per_week: Sequence[int],
    goal: int,
    added_per_week: Sequence[int],
    added_before: int,
    forest: Forest,
    introduced: Sequence[Introduced],
    told: Sequence[Told],
) -> Dashboard:
    """Every figure of the dashboard from the records the service read."""
    met = {c.contact_id for c in chats if c.reached(HELD)}
    leads = sum(t.leads for t in told)
    total, by_source = replies_by_source(chats, tz)
    return Dashboard(
        funnel=funnel(chats, referrals=referrals_from_met(introduced, met), leads=leads),
        replies=total,
        replies_by_source=by_source,
        activity=weekly_activity(bounds, requests_per_week, goal=goal),
        growth=network_growth(bounds, added_per_week, before=added_before),
        depth=referral_depth(forest),
        yields=yields(introduced, told),
        leads=leads,
    )
