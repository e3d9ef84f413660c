"""The agenda's records: the kinds of item, the rules, the plain records the rules read
(conversations, people, open resources, resources done, people met at events), the
user's decisions, and the items they give."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

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
