"""The agenda day: whether an item shows on it, and the helpers every rule counts time with."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from coffeechat.lib.agenda.records import Chat, Decision, Item, Rules
from coffeechat.lib.businessdays import add_business_days, business_days_between


def start_of(day: date, tz: ZoneInfo) -> datetime:
    """00:00 local time on `day` in `tz`."""
    return datetime.combine(day, time(0), tzinfo=tz)


def local_time(moment: datetime, tz: ZoneInfo) -> datetime:
    """`moment` in `tz`; a naive datetime is refused, since its instant is unknown."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"expected an aware datetime, got naive {moment!r}")
    return moment.astimezone(tz)


def after_business_days(moment: datetime, n: int, tz: ZoneInfo) -> datetime:
    """`n` business days after `moment`, counted in local dates, same local time of day."""
    local = local_time(moment, tz)
    return datetime.combine(add_business_days(local.date(), n), local.time(), tzinfo=tz)


def item_key(kind: str, subject: str, subject_id: object, anchor: datetime | date) -> str:
    """The key decisions are kept by: kind, subject and the moment the item counts from."""
    if isinstance(anchor, datetime):
        anchor = anchor.astimezone(UTC)
    return f"{kind}:{subject}:{subject_id}:{anchor.isoformat()}"


def plural(n: int, word: str) -> str:
    """`1 day`, `2 days`."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def reference_instant(now: datetime, day: date, tz: ZoneInfo) -> datetime:
    """The instant at which expiry is judged for the agenda of `day`.

    `now` (or the start of `day`, if later) when `day` is today or ahead;
    the start of `day` when looking back.
    """
    start = start_of(day, tz)
    if day >= local_time(now, tz).date():
        return max(local_time(now, tz), start)
    return start


@dataclass(frozen=True)
class AgendaDay:
    """Everything a rule needs to decide whether an item is on the agenda of `day`."""

    tz: ZoneInfo
    rules: Rules
    day: date
    ref: datetime  # the instant at which expiry is judged
    decisions: dict[str, Decision] = field(default_factory=dict)

    @property
    def start(self) -> datetime:
        """00:00 local on the agenda day."""
        return start_of(self.day, self.tz)

    def business_days_since(self, moment: datetime) -> int:
        """Business days from `moment`'s local date to the agenda day."""
        return business_days_between(moment.astimezone(self.tz).date(), self.day)

    def shows(
        self,
        key: str,
        due: datetime,
        expires: datetime | None = None,
        shows_from: datetime | None = None,
    ) -> bool:
        """True if an item with this key and due time belongs on this agenda.

        An item shows from its due date, or from `shows_from` when that is given
        (a deadline such as the thank-you's shows as soon as it starts running).
        """
        if (shows_from or due).astimezone(self.tz).date() > self.day:
            return False
        if expires is not None and expires <= self.ref:
            return False
        decision = self.decisions.get(key)
        if decision is None:
            return True
        if decision.dismissed:
            return False
        return not (decision.snoozed_until is not None and self.day < decision.snoozed_until)

    def item(
        self,
        *,
        key: str,
        kind: str,
        due: datetime,
        title: str,
        detail: str,
        contact_id: int | None,
        contact_name: str,
        conversation_id: int | None,
        action_id: int | None = None,
    ) -> Item:
        """An Item on this agenda, with `due` in local time and `overdue` set."""
        due = due.astimezone(self.tz)
        return Item(
            key=key,
            kind=kind,
            due=due,
            title=title,
            detail=detail,
            contact_id=contact_id,
            contact_name=contact_name,
            conversation_id=conversation_id,
            overdue=due < self.start,
            action_id=action_id,
        )

    def chat_item(
        self, chat: Chat, *, key: str, kind: str, due: datetime, title: str, detail: str
    ) -> Item:
        """An item about one conversation, naming its contact."""
        return self.item(
            key=key,
            kind=kind,
            due=due,
            title=title,
            detail=detail,
            contact_id=chat.contact_id,
            contact_name=chat.contact_name,
            conversation_id=chat.id,
        )
