"""What is due today: the follow-up rules of the campaign as a pure function.

`build_agenda` takes plain records (conversations, people, open resources,
resources done, people met at events), the user's decisions (dismiss, snooze), the rules and
"now", and returns the items for one agenda day. It reads no clock and no
database, so the same inputs always give the same agenda.

The rules, with their defaults (each is a field of `Rules`):

| kind               | when it is due                                      | until            |
| ------------------ | --------------------------------------------------- | ---------------- |
| `next_person`      | request sent, no reply after 3 business days        | follow-up's day  |
| `follow_up`        | request sent, no reply after 7 business days        | dealt with       |
| `mark_no_response` | follow-up sent, no reply after 7 more business days | dealt with       |
| `prepare`          | the day before a scheduled chat (from 00:00)        | the chat's day   |
| `confirm`          | the day before a scheduled chat not yet confirmed   | the chat's day   |
| `be_on_time`       | 60 minutes before a scheduled chat                  | the chat's end   |
| `thank_you`        | chat held, no thank-you: shows at once, due in 24 h | dealt with       |
| `ask_for_names`    | when a chat was held, no further names noted        | dealt with       |
| `resource`         | when a resource was captured (book, lead, ...)      | dealt with       |
| `tell`             | when an item someone suggested was marked done      | told, or written |
| `keep_in_touch`    | 8 weeks (or the contact's own cadence) after the    | dealt with       |
|                    | last chat, message or note with someone met         |                  |
| `event_follow_up`  | 2 days after meeting someone at an event            | dealt with       |

"Dealt with" means the records change (a reply moves the conversation on, a
thank-you is recorded, a resource is closed...) or the user dismisses the item.

How the agenda for a day is chosen:

- All reasoning about days happens in the user's time zone `tz`. A request
  sent at 23:30 in Los Angeles was sent that day, whatever the date in UTC.
  Business days are Monday to Friday; a due time keeps the local time of day
  of the moment it counts from.
- An item belongs to the agenda of `day` when its due date (local) is on or
  before `day`. Items from earlier days stay, flagged `overdue`, until they
  are dealt with: a missed follow-up is still a follow-up to send.
- Items that stop making sense expire (`next_person`, `prepare`,
  `be_on_time`). Expiry is judged at a reference instant: `now` when looking at
  today, the start (00:00 local) of `day` when looking ahead, and the start of
  `day` when looking back.
- Dismissed items are hidden. Snoozed items are hidden while `day` is before
  their `snoozed_until` date and come back on that date.
- Decisions are kept by item key, which names the kind, the subject and the
  moment the item counts from (e.g. the request's time). A new request or a
  reschedule gives a new key, so an old dismissal does not hide the new item.
- Discretion: a contact whose source is `coworker` never appears in any item,
  neither as the subject nor as a suggested next person.
- Items are sorted by due time, then by kind (in the order of the table
  above), then by contact name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from coffeechat.lib.businessdays import add_business_days, business_days_between
from coffeechat.lib.dates import day_text
from coffeechat.lib.pipeline import DECLINED, HELD, NO_RESPONSE, REQUESTED, SCHEDULED, THANKED
from coffeechat.lib.sources import COWORKER, WARMTH

# --------------------------------------------------------------------------- kinds

NEXT_PERSON = "next_person"
FOLLOW_UP = "follow_up"
MARK_NO_RESPONSE = "mark_no_response"
PREPARE = "prepare"
CONFIRM = "confirm"
BE_ON_TIME = "be_on_time"
THANK_YOU = "thank_you"
ASK_FOR_NAMES = "ask_for_names"
RESOURCE = "resource"
TELL = "tell"
KEEP_IN_TOUCH = "keep_in_touch"
EVENT_FOLLOW_UP = "event_follow_up"

# In the order of the rules table; also the tie-break order when sorting.
KINDS: tuple[str, ...] = (
    NEXT_PERSON,
    FOLLOW_UP,
    MARK_NO_RESPONSE,
    PREPARE,
    CONFIRM,
    BE_ON_TIME,
    THANK_YOU,
    ASK_FOR_NAMES,
    RESOURCE,
    TELL,
    KEEP_IN_TOUCH,
    EVENT_FOLLOW_UP,
)

KIND_LABELS: dict[str, str] = {
    NEXT_PERSON: "Next person",
    FOLLOW_UP: "Follow up",
    MARK_NO_RESPONSE: "Move on",
    PREPARE: "Prepare",
    CONFIRM: "Confirm",
    BE_ON_TIME: "Be on time",
    THANK_YOU: "Thank you",
    ASK_FOR_NAMES: "Ask for names",
    RESOURCE: "Resource",
    TELL: "Close the loop",
    KEEP_IN_TOUCH: "Keep in touch",
    EVENT_FOLLOW_UP: "Event follow-up",
}

_KIND_ORDER = {kind: index for index, kind in enumerate(KINDS)}

_COLDEST = max(WARMTH.values())

# ------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Rules:
    """The follow-up rules; defaults follow PRODUCT.md and the user can change each."""

    next_person_after_days: int = 3  # business days after a request with no reply
    follow_up_after_days: int = 7  # business days after a request with no reply
    no_response_after_days: int = 7  # business days after the follow-up
    keep_in_touch_weeks: int = 8
    event_follow_up_days: int = 2  # calendar days
    thank_you_within_hours: int = 24
    on_time_minutes_before: int = 60


@dataclass(frozen=True)
class Chat:
    """One conversation (informational interview)."""

    id: int
    contact_id: int
    contact_name: str
    contact_source: str  # family, friend, alumni, ..., coworker, linkedin, referral, other
    status: str
    requested_at: datetime | None = None  # when the current request went out
    follow_up_sent_at: datetime | None = None  # a follow-up sent after requested_at
    scheduled_at: datetime | None = None
    duration_minutes: int = 20
    held_at: datetime | None = None
    thank_you_sent_at: datetime | None = None
    names_noted: bool = False  # the user recorded further people to meet from this chat
    confirmed_at: datetime | None = None  # when the confirmation (with invitation) went out
    rescheduled_at: datetime | None = None  # when the chat was last moved to another time
    organization_id: int | None = None  # where the contact works
    organization_name: str = ""


@dataclass(frozen=True)
class Person:
    """A contact, for keep-in-touch and next-person suggestions."""

    id: int
    name: str
    source: str
    last_met_at: datetime | None = None  # last chat held with them (None = never met)
    last_touch_at: datetime | None = None  # last contact of any kind: a message, a note
    in_pipeline: bool = False  # has a conversation that is requested/scheduled/held
    keep_in_touch_weeks: int | None = None  # their own cadence; None = the user's rule
    organization_id: int | None = None  # where they work


@dataclass(frozen=True)
class Resource:
    """An open action item captured in a chat (book, organisation, website, event, lead,
    person, other)."""

    id: int
    kind: str
    title: str
    created_at: datetime
    contact_id: int | None = None
    contact_name: str = ""
    contact_source: str = ""
    conversation_id: int | None = None


@dataclass(frozen=True)
class DoneAction:
    """An action item someone suggested, marked done: tell them, to close the loop."""

    id: int
    kind: str  # book, organisation, website, event, lead, person, other
    title: str
    done_at: datetime
    contact_id: int  # who suggested it
    contact_name: str
    contact_source: str = ""
    conversation_id: int | None = None
    person_name: str = ""  # for a person item: the contact made (or linked) for them
    told_at: datetime | None = None  # when the user told the suggester
    last_message_at: datetime | None = None  # the latest message sent to the suggester


@dataclass(frozen=True)
class EventMeeting:
    """Someone met at a conference or association meeting."""

    event_id: int
    event_name: str
    contact_id: int
    contact_name: str
    contact_source: str
    met_on: date
    followed_up: bool = False


@dataclass(frozen=True)
class Decision:
    """The user's choice about one agenda item, kept by key."""

    key: str
    dismissed: bool = False
    snoozed_until: date | None = None  # hidden while the agenda day is before this date


@dataclass(frozen=True)
class Item:
    """One thing to do on the agenda."""

    key: str  # kind:subject:id:anchor, e.g. "follow_up:chat:12:2026-11-02T09:00:00+00:00"
    kind: str
    due: datetime  # aware, in the user's time zone
    title: str  # one short imperative line
    detail: str  # one sentence on why it is due
    contact_id: int | None
    contact_name: str
    conversation_id: int | None
    overdue: bool  # due before the start of the agenda day
    action_id: int | None = None  # the action item behind a `resource` or `tell` item

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


# ------------------------------------------------------------------- the agenda day


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


# ------------------------------------------------------------------------ helpers


def start_of(day: date, tz: ZoneInfo) -> datetime:
    """00:00 local time on `day` in `tz`."""
    return datetime.combine(day, time(0), tzinfo=tz)


def _local(moment: datetime, tz: ZoneInfo) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"expected an aware datetime, got naive {moment!r}")
    return moment.astimezone(tz)


def _after_business_days(moment: datetime, n: int, tz: ZoneInfo) -> datetime:
    """`n` business days after `moment`, counted in local dates, same local time of day."""
    local = _local(moment, tz)
    return datetime.combine(add_business_days(local.date(), n), local.time(), tzinfo=tz)


def _key(kind: str, subject: str, subject_id: object, anchor: datetime | date) -> str:
    if isinstance(anchor, datetime):
        anchor = anchor.astimezone(UTC)
    return f"{kind}:{subject}:{subject_id}:{anchor.isoformat()}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _followed_up(chat: Chat) -> bool:
    """A follow-up counts only if it went out after the current request."""
    if chat.follow_up_sent_at is None:
        return False
    return chat.requested_at is None or chat.follow_up_sent_at >= chat.requested_at


def _open_requests(chats: Iterable[Chat]) -> list[Chat]:
    """Requested conversations without a follow-up yet (not with coworkers)."""
    return [
        c
        for c in chats
        if c.status == REQUESTED
        and c.requested_at is not None
        and not _followed_up(c)
        and c.contact_source != COWORKER
    ]


# -------------------------------------------------------------------------- rules


def next_person_items(chats: Iterable[Chat], people: Iterable[Person], ag: AgendaDay) -> list[Item]:
    """Request sent, no reply after 3 business days: reach out to the next person.

    Due `next_person_after_days` business days after the request, at the same
    local time of day; expires at the start of the day the follow-up is due. The title names
    the warmest person not yet approached: never met, not in the pipeline, not
    a coworker, not someone who declined or did not respond, ranked by source
    (family, friend > alumni, former colleague, referral > community,
    association, event > LinkedIn > other), then by name. When the unanswered
    request went to someone at an organisation, the warmest such person at the
    same organisation comes first (3B7: keep trying the organisation), and the
    warmest anywhere only when nobody there is left. Each shown item suggests a
    different person; when nobody is left the item asks the user to add someone
    new, and names the unanswered request's contact instead.
    """
    chats = list(chats)
    rules = ag.rules
    pending: list[tuple[datetime, Chat, str]] = []
    for chat in _open_requests(chats):
        assert chat.requested_at is not None
        due = _after_business_days(chat.requested_at, rules.next_person_after_days, ag.tz)
        follow_up_due = _after_business_days(chat.requested_at, rules.follow_up_after_days, ag.tz)
        # On the day the follow-up is due, that item says it all.
        expires = start_of(follow_up_due.date(), ag.tz)
        key = _key(NEXT_PERSON, "chat", chat.id, chat.requested_at)
        if ag.shows(key, due, expires):
            pending.append((due, chat, key))
    if not pending:
        return []

    turned_down = {c.contact_id for c in chats if c.status in (DECLINED, NO_RESPONSE)}
    asked = {c.contact_id for c in chats if c.status == REQUESTED}
    candidates = sorted(
        (
            p
            for p in people
            if not p.in_pipeline
            and p.last_met_at is None
            and p.source != COWORKER
            and p.id not in turned_down
            and p.id not in asked
        ),
        key=lambda p: (WARMTH.get(p.source, _COLDEST), p.name.casefold(), p.id),
    )

    pending.sort(key=lambda entry: (entry[0], entry[1].id))
    chosen = _choose_next(candidates, [chat for _, chat, _ in pending])
    items = []
    for due, chat, key in pending:
        assert chat.requested_at is not None
        days = business_days_between(chat.requested_at.astimezone(ag.tz).date(), ag.day)
        waited = f"Your request to {chat.contact_name} went out {_plural(days, 'business day')}"
        person = chosen.get(chat.id)
        if person is not None:
            source = person.source.replace("_", " ")
            if chat.organization_id is not None and person.organization_id == chat.organization_id:
                where = chat.organization_name or "the same organisation"
                detail = (
                    f"{waited} ago with no reply; {person.name} also works at {where}, "
                    "so try them there."
                )
            else:
                detail = f"{waited} ago with no reply, so keep your list moving."
            items.append(
                ag.item(
                    key=key,
                    kind=NEXT_PERSON,
                    due=due,
                    title=f"Reach out to {person.name} ({source}) next",
                    detail=detail,
                    contact_id=person.id,
                    contact_name=person.name,
                    conversation_id=None,
                )
            )
        else:
            items.append(
                ag.item(
                    key=key,
                    kind=NEXT_PERSON,
                    due=due,
                    title="Add someone new to your list and reach out to them",
                    detail=f"{waited} ago with no reply, and nobody on your list is waiting.",
                    contact_id=chat.contact_id,
                    contact_name=chat.contact_name,
                    conversation_id=chat.id,
                )
            )
    return items


def _choose_next(candidates: list[Person], chats: list[Chat]) -> dict[int, Person]:
    """Whom to suggest after each unanswered request (chat id → person), each once.

    `candidates` are warmest first and `chats` in the order shown. Requests to someone
    at an organisation take the warmest person left there first, in order; then every
    request still without a suggestion takes the warmest person left anywhere.
    """
    left = list(candidates)
    chosen: dict[int, Person] = {}
    for chat in chats:
        if chat.organization_id is None:
            continue
        same = next((p for p in left if p.organization_id == chat.organization_id), None)
        if same is not None:
            left.remove(same)
            chosen[chat.id] = same
    for chat in chats:
        if chat.id not in chosen and left:
            chosen[chat.id] = left.pop(0)
    return chosen


def follow_up_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Request sent, no reply after 7 business days: one polite follow-up.

    Due `follow_up_after_days` business days after the request, at the same
    local time of day. Stays until a follow-up is recorded or the
    conversation moves on.
    """
    items = []
    for chat in _open_requests(chats):
        assert chat.requested_at is not None
        due = _after_business_days(chat.requested_at, ag.rules.follow_up_after_days, ag.tz)
        key = _key(FOLLOW_UP, "chat", chat.id, chat.requested_at)
        if not ag.shows(key, due):
            continue
        days = business_days_between(chat.requested_at.astimezone(ag.tz).date(), ag.day)
        items.append(
            ag.item(
                key=key,
                kind=FOLLOW_UP,
                due=due,
                title=f"Send {chat.contact_name} one polite follow-up",
                detail=(
                    f"Your request went out {_plural(days, 'business day')} ago with no reply."
                ),
                contact_id=chat.contact_id,
                contact_name=chat.contact_name,
                conversation_id=chat.id,
            )
        )
    return items


def mark_no_response_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Follow-up sent, no reply after 7 more business days: mark no response, move on.

    Due `no_response_after_days` business days after the follow-up, at the
    same local time of day.
    """
    items = []
    for chat in chats:
        if chat.status != REQUESTED or not _followed_up(chat) or chat.contact_source == COWORKER:
            continue
        assert chat.follow_up_sent_at is not None
        due = _after_business_days(chat.follow_up_sent_at, ag.rules.no_response_after_days, ag.tz)
        key = _key(MARK_NO_RESPONSE, "chat", chat.id, chat.follow_up_sent_at)
        if not ag.shows(key, due):
            continue
        days = business_days_between(chat.follow_up_sent_at.astimezone(ag.tz).date(), ag.day)
        items.append(
            ag.item(
                key=key,
                kind=MARK_NO_RESPONSE,
                due=due,
                title=f"Mark {chat.contact_name} as no response and move on",
                detail=(
                    f"Your follow-up went out {_plural(days, 'business day')} ago with no "
                    "reply; it is not personal, and there are others to ask."
                ),
                contact_id=chat.contact_id,
                contact_name=chat.contact_name,
                conversation_id=chat.id,
            )
        )
    return items


def _scheduled(chats: Iterable[Chat]) -> list[Chat]:
    return [
        c
        for c in chats
        if c.status == SCHEDULED and c.scheduled_at is not None and c.contact_source != COWORKER
    ]


def prepare_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Chat tomorrow: prepare the research, the questions and the pitch.

    Due at 00:00 local on the day before the chat; expires at 00:00 on the
    chat's day, when `be_on_time` takes over.
    """
    items = []
    for chat in _scheduled(chats):
        assert chat.scheduled_at is not None
        local = _local(chat.scheduled_at, ag.tz)
        expires = start_of(local.date(), ag.tz)
        due = start_of(local.date() - timedelta(days=1), ag.tz)
        key = _key(PREPARE, "chat", chat.id, chat.scheduled_at)
        if not ag.shows(key, due, expires):
            continue
        items.append(
            ag.item(
                key=key,
                kind=PREPARE,
                due=due,
                title=f"Prepare for tomorrow's chat with {chat.contact_name}",
                detail=(
                    f"You meet on {day_text(local.date())} at {local:%H:%M}: research them "
                    "and their organisation, choose your questions and practise your pitch."
                ),
                contact_id=chat.contact_id,
                contact_name=chat.contact_name,
                conversation_id=chat.id,
            )
        )
    return items


def _confirmed(chat: Chat) -> bool:
    """A confirmation went out for the chat's current time (none since the last move)."""
    if chat.confirmed_at is None:
        return False
    return chat.rescheduled_at is None or chat.confirmed_at >= chat.rescheduled_at


def confirm_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Chat tomorrow and not confirmed: confirm the time, with the calendar invitation.

    Due at 00:00 local on the day before the chat and expires at 00:00 on the chat's
    day, like `prepare` (on the day, `be_on_time` takes over). A confirmation sent before the latest reschedule does not count
    (the new time is not confirmed yet); a reschedule also gives a new key, so an
    earlier dismissal does not hide it.
    """
    items = []
    for chat in _scheduled(chats):
        if _confirmed(chat):
            continue
        assert chat.scheduled_at is not None
        local = _local(chat.scheduled_at, ag.tz)
        expires = start_of(local.date(), ag.tz)
        due = start_of(local.date() - timedelta(days=1), ag.tz)
        key = _key(CONFIRM, "chat", chat.id, chat.scheduled_at)
        if not ag.shows(key, due, expires):
            continue
        moved = chat.confirmed_at is not None
        items.append(
            ag.item(
                key=key,
                kind=CONFIRM,
                due=due,
                title=f"Confirm the {'new ' if moved else ''}time with {chat.contact_name}",
                detail=(
                    f"You meet on {day_text(local.date())} at {local:%H:%M}: a short "
                    "confirmation with a calendar invitation puts it in their diary."
                ),
                contact_id=chat.contact_id,
                contact_name=chat.contact_name,
                conversation_id=chat.id,
            )
        )
    return items


def be_on_time_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Chat in 1 hour: be on time, with the prep sheet at hand.

    Due `on_time_minutes_before` minutes before the chat; expires when the
    chat is over (start + duration). Since the agenda lists everything due by
    the end of the day, it shows all day on the chat's day.
    """
    items = []
    for chat in _scheduled(chats):
        assert chat.scheduled_at is not None
        start = _local(chat.scheduled_at, ag.tz)
        due = start - timedelta(minutes=ag.rules.on_time_minutes_before)
        expires = start + timedelta(minutes=chat.duration_minutes)
        key = _key(BE_ON_TIME, "chat", chat.id, chat.scheduled_at)
        if not ag.shows(key, due, expires):
            continue
        items.append(
            ag.item(
                key=key,
                kind=BE_ON_TIME,
                due=due,
                title=(
                    f"Chat with {chat.contact_name} at {start:%H:%M} "
                    "— review the prep sheet and be on time"
                ),
                detail=(
                    f"Your {chat.duration_minutes}-minute chat starts at {start:%H:%M} on "
                    f"{day_text(start.date())}; keep to the time you asked for."
                ),
                contact_id=chat.contact_id,
                contact_name=chat.contact_name,
                conversation_id=chat.id,
            )
        )
    return items


def thank_you_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Chat held, no thank-you yet: a thank-you within 24 hours.

    Shows as soon as the chat is held; `due` is the deadline,
    `thank_you_within_hours` hours after it. Never expires.
    """
    items = []
    for chat in chats:
        if (
            chat.status != HELD
            or chat.held_at is None
            or chat.thank_you_sent_at is not None
            or chat.contact_source == COWORKER
        ):
            continue
        held = _local(chat.held_at, ag.tz)
        due = chat.held_at.astimezone(UTC) + timedelta(hours=ag.rules.thank_you_within_hours)
        key = _key(THANK_YOU, "chat", chat.id, chat.held_at)
        if not ag.shows(key, due, shows_from=chat.held_at):
            continue
        items.append(
            ag.item(
                key=key,
                kind=THANK_YOU,
                due=due,
                title=f"Thank {chat.contact_name} and mention something specific",
                detail=(
                    f"You met on {day_text(held.date())}; a thank-you is due within "
                    f"{_plural(ag.rules.thank_you_within_hours, 'hour')} of the chat."
                ),
                contact_id=chat.contact_id,
                contact_name=chat.contact_name,
                conversation_id=chat.id,
            )
        )
    return items


def ask_for_names_items(chats: Iterable[Chat], ag: AgendaDay) -> list[Item]:
    """Chat held, no names asked for: ask for, or note, further people to meet.

    Due when the chat was held; stays until names are noted or it is dismissed.
    """
    items = []
    for chat in chats:
        if (
            chat.status not in (HELD, THANKED)
            or chat.held_at is None
            or chat.names_noted
            or chat.contact_source == COWORKER
        ):
            continue
        held = _local(chat.held_at, ag.tz)
        key = _key(ASK_FOR_NAMES, "chat", chat.id, chat.held_at)
        if not ag.shows(key, held):
            continue
        items.append(
            ag.item(
                key=key,
                kind=ASK_FOR_NAMES,
                due=held,
                title=f"Ask {chat.contact_name} who else you should talk to, and note the names",
                detail=(
                    f"You met on {day_text(held.date())} and have not noted anyone "
                    "they suggested meeting next."
                ),
                contact_id=chat.contact_id,
                contact_name=chat.contact_name,
                conversation_id=chat.id,
            )
        )
    return items


# Resource titles by kind: (with a contact, without one). {t} is the title, {n} the name.
RESOURCE_TITLES: dict[str, tuple[str, str]] = {
    "book": (
        "Read “{t}” (from {n}) and tell them what you took from it",
        "Read “{t}” and note what you took from it",
    ),
    "organisation": (
        "Look into “{t}” (suggested by {n}) and tell them what you found",
        "Look into “{t}” and note what you found",
    ),
    "website": (
        "Explore “{t}” (from {n}) and tell them what was useful",
        "Explore “{t}” and note what was useful",
    ),
    "event": (
        "Plan to attend “{t}” (suggested by {n}) and tell them how it went",
        "Plan to attend “{t}”",
    ),
    "lead": (
        "Follow up the lead “{t}” (from {n}) and tell them how it goes",
        "Follow up the lead “{t}”",
    ),
    "person": (
        "Add “{t}” as a contact referred by {n}",
        "Add “{t}” as a contact",
    ),
    "other": (
        "Follow up “{t}” (from {n}) and tell them when it is done",
        "Follow up “{t}”",
    ),
}


def resource_items(resources: Iterable[Resource], ag: AgendaDay) -> list[Item]:
    """Resource captured (book, organisation, ...): follow it up, tell the person when done.

    Every open resource is an item, due when it was captured. A resource that
    came from a coworker is left off entirely (discretion).
    """
    items = []
    for res in resources:
        if res.contact_source == COWORKER:
            continue
        created = _local(res.created_at, ag.tz)
        key = _key(RESOURCE, "resource", res.id, res.created_at)
        if not ag.shows(key, created):
            continue
        with_contact, alone = RESOURCE_TITLES.get(res.kind, RESOURCE_TITLES["other"])
        if res.contact_name:
            title = with_contact.format(t=res.title, n=res.contact_name)
            detail = (
                f"{res.contact_name} suggested it on {day_text(created.date())}; "
                "acting on advice and saying so keeps the relationship warm."
            )
        else:
            title = alone.format(t=res.title)
            detail = f"You captured it on {day_text(created.date())} and it is still open."
        items.append(
            ag.item(
                key=key,
                kind=RESOURCE,
                due=created,
                title=title,
                detail=detail,
                contact_id=res.contact_id,
                contact_name=res.contact_name,
                conversation_id=res.conversation_id,
                action_id=res.id,
            )
        )
    return items


def keep_in_touch_weeks(person: Person, rules: Rules) -> int:
    """How often to keep in touch with `person`: their own cadence, else the user's rule."""
    return person.keep_in_touch_weeks or rules.keep_in_touch_weeks


def last_interaction(person: Person) -> datetime | None:
    """The latest of the last chat held and the last touch (a message sent, a note)."""
    moments = [m for m in (person.last_met_at, person.last_touch_at) if m is not None]
    return max(moments) if moments else None


def keep_in_touch_due(person: Person, rules: Rules, tz: ZoneInfo) -> datetime | None:
    """When a keep-in-touch update to `person` is due (local time), or None when the rule
    does not apply: never met, in the pipeline, or a coworker."""
    if person.last_met_at is None or person.in_pipeline or person.source == COWORKER:
        return None
    anchor = last_interaction(person)
    assert anchor is not None
    return _local(anchor, tz) + timedelta(weeks=keep_in_touch_weeks(person, rules))


def keep_in_touch_items(people: Iterable[Person], ag: AgendaDay) -> list[Item]:
    """No contact with someone met for 8 weeks: a short keep-in-touch update.

    For people met at least once and not in the pipeline. Counts from the latest
    interaction (a chat held, a message sent, a note written) in local calendar
    time, and is due the person's own cadence (`keep_in_touch_weeks`) later, or
    the user's rule when they have none.
    """
    items = []
    for person in people:
        due = keep_in_touch_due(person, ag.rules, ag.tz)
        if due is None:
            continue
        anchor = last_interaction(person)
        assert anchor is not None
        local = _local(anchor, ag.tz)
        weeks = keep_in_touch_weeks(person, ag.rules)
        key = _key(KEEP_IN_TOUCH, "contact", person.id, anchor)
        if not ag.shows(key, due):
            continue
        items.append(
            ag.item(
                key=key,
                kind=KEEP_IN_TOUCH,
                due=due,
                title=f"Send {person.name} a short keep-in-touch update",
                detail=(
                    f"Your last contact was on {day_text(local.date())}, "
                    f"{_plural(weeks, 'week')} or more ago; "
                    "tell them what you did with their advice."
                ),
                contact_id=person.id,
                contact_name=person.name,
                conversation_id=None,
            )
        )
    return items


# What to tell the person who suggested an item, by kind. {t} is the title, {n} the
# suggester's name, {p} the person met (for a person item).
TELL_TITLES: dict[str, str] = {
    "book": "Tell {n} you read “{t}”",
    "organisation": "Tell {n} you looked into “{t}”",
    "website": "Tell {n} you visited “{t}”",
    "event": "Tell {n} you went to “{t}”",
    "person": "Tell {n} you met {p}",
    "lead": "Tell {n} how the lead “{t}” went",
    "other": "Tell {n} you followed up “{t}”",
}


def tell_items(done: Iterable[DoneAction], ag: AgendaDay) -> list[Item]:
    """An item someone suggested is done: tell them, which closes the loop.

    Due when the item was marked done. Gone once the user says they told them
    (`told_at`), or once any message to that person is sent after it was done,
    or when dismissed. Items from a coworker are left off (discretion).
    """
    items = []
    for action in done:
        if action.contact_source == COWORKER or action.told_at is not None:
            continue
        if action.last_message_at is not None and action.last_message_at >= action.done_at:
            continue
        done_local = _local(action.done_at, ag.tz)
        key = _key(TELL, "action", action.id, action.done_at)
        if not ag.shows(key, done_local):
            continue
        template = TELL_TITLES.get(action.kind, TELL_TITLES["other"])
        person = action.person_name or action.title
        items.append(
            ag.item(
                key=key,
                kind=TELL,
                due=done_local,
                title=template.format(t=action.title, n=action.contact_name, p=person),
                detail=(
                    f"You marked it done on {day_text(done_local.date())}; "
                    f"{action.contact_name} suggested it, and hearing what came of their "
                    "advice keeps the relationship warm."
                ),
                contact_id=action.contact_id,
                contact_name=action.contact_name,
                conversation_id=action.conversation_id,
                action_id=action.id,
            )
        )
    return items


def event_follow_up_items(meetings: Iterable[EventMeeting], ag: AgendaDay) -> list[Item]:
    """Met someone at an event, no follow-up after 2 days: follow up by e-mail or LinkedIn.

    Due at 00:00 local, `event_follow_up_days` calendar days after the meeting.
    """
    items = []
    for meeting in meetings:
        if meeting.followed_up or meeting.contact_source == COWORKER:
            continue
        due = start_of(meeting.met_on + timedelta(days=ag.rules.event_follow_up_days), ag.tz)
        key = _key(
            EVENT_FOLLOW_UP, "event", f"{meeting.event_id}-{meeting.contact_id}", meeting.met_on
        )
        if not ag.shows(key, due):
            continue
        items.append(
            ag.item(
                key=key,
                kind=EVENT_FOLLOW_UP,
                due=due,
                title=f"Follow up with {meeting.contact_name} by e-mail or LinkedIn",
                detail=(
                    f"You met at {meeting.event_name} on {day_text(meeting.met_on)}; "
                    "a note while it is fresh makes a chat more likely."
                ),
                contact_id=meeting.contact_id,
                contact_name=meeting.contact_name,
                conversation_id=None,
            )
        )
    return items


# ----------------------------------------------------------------------- the agenda


def reference_instant(now: datetime, day: date, tz: ZoneInfo) -> datetime:
    """The instant at which expiry is judged for the agenda of `day`.

    `now` (or the start of `day`, if later) when `day` is today or ahead;
    the start of `day` when looking back.
    """
    start = start_of(day, tz)
    if day >= _local(now, tz).date():
        return max(_local(now, tz), start)
    return start


def sort_key(item: Item) -> tuple:
    """Due time, then kind (in rules-table order), then contact name."""
    return (
        item.due,
        _KIND_ORDER.get(item.kind, len(KINDS)),
        item.contact_name.casefold(),
        item.key,
    )


def build_agenda(
    *,
    now: datetime,
    tz: ZoneInfo,
    chats: Iterable[Chat] = (),
    people: Iterable[Person] = (),
    resources: Iterable[Resource] = (),
    done: Iterable[DoneAction] = (),
    meetings: Iterable[EventMeeting] = (),
    decisions: Iterable[Decision] = (),
    rules: Rules = Rules(),
    day: date | None = None,
) -> list[Item]:
    """The agenda for `day` (default: today in `tz`): what is due, sorted.

    `now` must be aware. See the module docstring for which items appear.
    """
    local_now = _local(now, tz)
    if day is None:
        day = local_now.date()
    ag = AgendaDay(
        tz=tz,
        rules=rules,
        day=day,
        ref=reference_instant(now, day, tz),
        decisions={d.key: d for d in decisions},
    )
    chats = list(chats)
    people = list(people)
    items = [
        *next_person_items(chats, people, ag),
        *follow_up_items(chats, ag),
        *mark_no_response_items(chats, ag),
        *prepare_items(chats, ag),
        *confirm_items(chats, ag),
        *be_on_time_items(chats, ag),
        *thank_you_items(chats, ag),
        *ask_for_names_items(chats, ag),
        *resource_items(resources, ag),
        *tell_items(done, ag),
        *keep_in_touch_items(people, ag),
        *event_follow_up_items(meetings, ag),
    ]
    return sorted(items, key=sort_key)
