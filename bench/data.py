"""A synthetic campaign for one user, made fast with bulk_create.

Used by the page benchmark (bench/pages.py) and by the query-count tests, which
compare a small campaign with a bigger one. The data is deterministic (seeded)
and shaped like a real campaign seen on one day (`now`):

- contacts from every source (coworkers too), most at an organisation, some
  introduced by another contact (source "referral"), some met at events;
- conversations in every status, each with the history that brought it there;
  the active ones are recent (requests of the last three weeks, chats in the
  coming fortnight, chats held this week) and the finished ones spread over two
  years, so Today has items of most kinds: next person, follow-up, move on,
  prepare, be on time, thank-you, ask for names, resources, keep in touch and
  event follow-ups;
- messages (requests, follow-ups, confirmations, thank-yous, keep-in-touch
  updates, drafts), notes, action items (mostly done), chosen questions;
- decisions on Today: most items overdue by more than two weeks were dismissed.

    from bench.data import make_campaign
    campaign = make_campaign(user, contacts=5000, conversations=3000, now=timezone.now())
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from coffeechat import factories
from coffeechat.accounts.services import get_profile
from coffeechat.agenda.models import Decision
from coffeechat.agenda.services import agenda_for
from coffeechat.contacts.models import Contact, Event, Meeting, Organization
from coffeechat.conversations.models import (
    ActionItem,
    ChosenQuestion,
    Conversation,
    Message,
    Note,
    Question,
    StatusChange,
)
from coffeechat.lib import pipeline
from coffeechat.lib.sources import COWORKER, EVENT, LINKEDIN, REFERRAL, SOURCE_KEYS
from coffeechat.network.models import Lead

FIRST_NAMES = [
    "Ana",
    "Ben",
    "Chloé",
    "Dev",
    "Elif",
    "Farah",
    "Gus",
    "Hana",
    "Ivan",
    "Jun",
    "Kofi",
    "Lena",
    "Mateo",
    "Nia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tara",
    "Umar",
    "Vera",
    "Wen",
    "Xavi",
    "Yara",
    "Zoe",
    "Amir",
    "Bea",
    "Carlos",
    "Dina",
    "Emeka",
    "Fiona",
    "Goran",
    "Heidi",
    "Ines",
    "Jonas",
    "Kim",
    "Luca",
    "Mei",
    "Nils",
]
LAST_NAMES = [
    "Abbott",
    "Brennan",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jansen",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quist",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhou",
    "Alvarez",
    "Byrne",
    "Cohen",
    "Dias",
    "Evans",
    "Ferreira",
    "Gupta",
    "Horvat",
    "Iqbal",
    "Jovanovic",
    "Kim",
    "Lopez",
    "Murphy",
    "Nakamura",
]
ORG_WORDS = [
    "Apex",
    "Birch",
    "Cobalt",
    "Delta",
    "Ember",
    "Fjord",
    "Granite",
    "Harbour",
    "Indigo",
    "Juniper",
    "Kestrel",
    "Lumen",
    "Meridian",
    "Northwind",
    "Orbit",
    "Pioneer",
    "Quartz",
    "Riverside",
    "Summit",
    "Tidal",
    "Umbra",
    "Vertex",
    "Willow",
    "Zenith",
]
ORG_KINDS = ("Labs", "Consulting", "Institute", "Analytics", "Health", "Energy", "Studio", "Group")
TITLES = (
    "Research Scientist",
    "Senior Consultant",
    "Policy Advisor",
    "UX Researcher",
    "Product Manager",
    "Data Scientist",
    "Lab Manager",
    "Programme Officer",
    "Engineering Lead",
    "Head of R&D",
)
CONNECTIONS = (
    "Both studied at Leeds",
    "Same PhD lab, five years apart",
    "Met through the chemistry society",
    "Friend of my sister",
    "Worked together at Northwind",
    "Volunteer at the same food bank",
    "",
)
TARGETS = (
    ("Industry R&D", "career"),
    ("Management consulting", "career"),
    ("Science policy", "career"),
    ("UX research", "role"),
    ("Data science", "role"),
    ("Meridian Labs", "organization"),
)
QUESTIONS = (
    ("What does a typical day look like for you?", "day"),
    ("What is the hardest part of the job?", "challenges"),
    ("Which skills matter most in your role?", "skills"),
    ("How did you get from your degree to this job?", "path"),
    ("What salary range is usual for someone starting in this role?", "salary_range"),
    ("How do you keep a balance between work and the rest of life?", "balance"),
    ("How much do you travel?", "travel"),
    ("Which trends will change the field in five years?", "trends"),
    ("What would you do in my place?", "advice"),
    ("Which books or newsletters should I read?", "resources"),
    ("Who else would you suggest I talk to?", "people"),
)
# How deep the referral tree goes: each generation introduced by the one before.
REFERRAL_GENERATIONS = 4

ACTION_KINDS = ("book", "organisation", "person", "website", "event", "lead", "other")

# Statuses of the conversations after the first eight (one of each status, so even a
# small campaign has them all), in percent: mostly finished over two years, and a
# busy present (with 3,000 chats: 90 requests out, 30 chats booked, 30 held this week).
STATUS_WEIGHTS = {
    pipeline.PROSPECT: 25,
    pipeline.REQUESTED: 3,
    pipeline.SCHEDULED: 1,
    pipeline.HELD: 1,
    pipeline.THANKED: 30,
    pipeline.DECLINED: 14,
    pipeline.NO_RESPONSE: 18,
    pipeline.CANCELLED: 8,
}
# The user keeps Today tidy: this share of the items overdue by more than two weeks
# has been dismissed (and every tenth of the rest snoozed until tomorrow).
DISMISSED_SHARE = 2 / 3


@dataclass
class Campaign:
    """What make_campaign made, with the ids a benchmark or a test needs."""

    contact_ids: list[int] = field(default_factory=list)
    conversation_ids: list[int] = field(default_factory=list)
    # A held chat with history, messages, notes, actions and questions, and its contact.
    rich_conversation_id: int | None = None
    rich_contact_id: int | None = None
    counts: dict[str, int] = field(default_factory=dict)


def _business_days_before(moment: datetime, n: int) -> datetime:
    """`n` business days (Monday to Friday) before `moment`, at the same time of day."""
    while n:
        moment -= timedelta(days=1)
        if moment.weekday() < 5:
            n -= 1
    return moment


def _business_days_after(moment: datetime, n: int) -> datetime:
    while n:
        moment += timedelta(days=1)
        if moment.weekday() < 5:
            n -= 1
    return moment


def _at_hour(moment: datetime, hour: int, minute: int = 0) -> datetime:
    return moment.replace(hour=hour, minute=minute, second=0, microsecond=0)


def _status_plan(n: int, rng: random.Random) -> list[str]:
    first = list(pipeline.STATUSES)[:n]
    pool = [status for status, weight in STATUS_WEIGHTS.items() for _ in range(weight)]
    return first + [rng.choice(pool) for _ in range(max(0, n - len(first)))]


class _Chat:
    """One conversation being made: its fields and everything that hangs off it."""

    def __init__(self, status: str):
        self.status = status
        self.steps: list[tuple[str, datetime, datetime | None]] = []  # (to_status, at, planned)
        self.messages: list[tuple[str, datetime, datetime | None]] = []  # (kind, drafted, sent)
        self.notes: list[tuple[str, datetime]] = []
        self.actions: list[tuple[str, str, datetime, datetime | None]] = []
        self.questions = 0
        self.requested_at: datetime | None = None
        self.scheduled_at: datetime | None = None
        self.held_at: datetime | None = None

    def step(self, to_status: str, at: datetime, planned: datetime | None = None) -> None:
        self.steps.append((to_status, at, planned))
        if to_status == pipeline.REQUESTED:
            self.requested_at = at
        elif to_status == pipeline.SCHEDULED:
            self.scheduled_at = planned
        elif to_status == pipeline.HELD:
            self.held_at = at

    def sent(self, kind: str, at: datetime) -> None:
        self.messages.append((kind, at - timedelta(minutes=20), at))


def _plan_chat(status: str, now: datetime, rng: random.Random) -> _Chat:
    """The history of one conversation that ends in `status` as seen at `now`."""
    chat = _Chat(status)
    hour = rng.randint(8, 17)

    def opened(before: datetime) -> None:
        chat.step(pipeline.PROSPECT, before - timedelta(days=rng.randint(1, 20)))

    def held(at: datetime, *, thanked: bool) -> None:
        chat.step(pipeline.HELD, at)
        chat.notes.append(("Learned how their team chooses projects; ask about internships.", at))
        if rng.random() < 0.5:
            chat.notes.append(("They suggested reading the annual industry report.", at))
        for k in range(rng.randint(1, 3)):
            kind = rng.choice(ACTION_KINDS)
            done = thanked and rng.random() < 0.95
            done_at = at + timedelta(days=3) if done else None
            chat.actions.append((kind, f"Suggestion {k + 1} from the chat", at, done_at))
        # Most chats end with names of further people to meet, noted as a "person" item.
        if rng.random() < (0.9 if thanked else 0.5):
            chat.actions.append(("person", "Someone they suggested", at, at + timedelta(days=2)))
        chat.questions = 3

    if status == pipeline.PROSPECT:
        chat.step(pipeline.PROSPECT, now - timedelta(days=rng.randint(0, 300), hours=1))
    elif status == pipeline.REQUESTED:
        days = rng.randint(1, 15)
        requested = _at_hour(_business_days_before(now, days), hour)
        opened(requested)
        chat.step(pipeline.REQUESTED, requested)
        chat.sent("request", requested)
        if days >= 8 and rng.random() < 0.5:
            chat.sent("follow_up", _business_days_after(requested, 7))
    elif status == pipeline.SCHEDULED:
        requested = _at_hour(now - timedelta(days=rng.randint(6, 20)), hour)
        planned = _at_hour(
            now + timedelta(days=rng.choice((-1, 0, 1, 1, 2, 3, 4, 7, 10, 14))),
            rng.randint(9, 16),
            rng.choice((0, 30)),
        )
        opened(requested)
        chat.step(pipeline.REQUESTED, requested)
        chat.sent("request", requested)
        chat.step(pipeline.SCHEDULED, requested + timedelta(days=2), planned)
        chat.sent("confirmation", requested + timedelta(days=2, hours=1))
        chat.messages.append(("reschedule", requested + timedelta(days=3), None))  # a draft
        chat.questions = 3
    elif status in (pipeline.HELD, pipeline.THANKED):
        if status == pipeline.HELD:
            when = _at_hour(now - timedelta(days=rng.randint(0, 6)), rng.randint(9, 16))
            when = min(when, now - timedelta(hours=1))
        else:
            when = _at_hour(now - timedelta(days=rng.randint(15, 700)), rng.randint(9, 16))
        requested = when - timedelta(days=rng.randint(8, 20))
        opened(requested)
        chat.step(pipeline.REQUESTED, requested)
        chat.sent("request", requested)
        chat.step(pipeline.SCHEDULED, requested + timedelta(days=2), when)
        chat.sent("confirmation", requested + timedelta(days=2, hours=1))
        held(when, thanked=status == pipeline.THANKED)
        if status == pipeline.THANKED:
            chat.sent("thank_you", when + timedelta(hours=5))
            chat.step(pipeline.THANKED, when + timedelta(hours=5))
            if rng.random() < 0.85:
                touch = max(now - timedelta(days=rng.randint(1, 50)), when + timedelta(days=1))
                chat.sent("keep_in_touch", touch)
        elif rng.random() < 0.3 and when + timedelta(hours=3) < now:
            chat.sent("thank_you", when + timedelta(hours=3))
    elif status == pipeline.DECLINED:
        requested = _at_hour(now - timedelta(days=rng.randint(20, 700)), hour)
        opened(requested)
        chat.step(pipeline.REQUESTED, requested)
        chat.sent("request", requested)
        chat.step(pipeline.DECLINED, requested + timedelta(days=rng.randint(1, 5)))
    elif status == pipeline.NO_RESPONSE:
        requested = _at_hour(now - timedelta(days=rng.randint(25, 700)), hour)
        opened(requested)
        chat.step(pipeline.REQUESTED, requested)
        chat.sent("request", requested)
        follow_up = _business_days_after(requested, 7)
        chat.sent("follow_up", follow_up)
        chat.step(pipeline.NO_RESPONSE, _business_days_after(follow_up, 7))
    elif status == pipeline.CANCELLED:
        requested = _at_hour(now - timedelta(days=rng.randint(20, 700)), hour)
        opened(requested)
        chat.step(pipeline.REQUESTED, requested)
        chat.sent("request", requested)
        chat.step(pipeline.SCHEDULED, requested + timedelta(days=2), requested + timedelta(days=9))
        chat.step(pipeline.CANCELLED, requested + timedelta(days=5))
        chat.sent("cancellation", requested + timedelta(days=5, hours=1))
    else:  # pragma: no cover - every status is handled above
        raise ValueError(status)
    return chat


def make_campaign(
    user, *, contacts: int, conversations: int, now: datetime, seed: int = 7
) -> Campaign:
    """Bulk-create a campaign for `user`: `contacts` people and `conversations` chats.

    `now` must be aware; every time in the data is relative to it. Conversations go
    to distinct contacts while there are enough of them.
    """
    if contacts < 1:
        raise ValueError("a campaign needs at least one contact")
    rng = random.Random(seed)
    today: date = now.date()

    # ------------------------------------------------------------ organisations, targets
    n_orgs = max(1, contacts // 4)
    orgs = Organization.objects.bulk_create(
        Organization(
            owner=user,
            name=f"{ORG_WORDS[k % len(ORG_WORDS)]} {ORG_KINDS[(k // len(ORG_WORDS)) % len(ORG_KINDS)]}"
            + (f" {k // (len(ORG_WORDS) * len(ORG_KINDS)) + 1}" if k >= 192 else ""),
            website=f"https://org{k}.example.org",
        )
        for k in range(n_orgs)
    )
    # A handful of records: made one by one through the factories, as the tests make them.
    targets = [
        factories.make_target(
            user, name, kind=kind, motivation=1 + k % 5, research="What they value."
        )
        for k, (name, kind) in enumerate(TARGETS)
    ]
    questions = Question.objects.bulk_create(
        Question(owner=user, text=text, topic=topic) for text, topic in QUESTIONS
    )

    # ---------------------------------------------------------------------- contacts
    def contact(i: int) -> Contact:
        first = FIRST_NAMES[i % len(FIRST_NAMES)]
        last = LAST_NAMES[(i // len(FIRST_NAMES) + i) % len(LAST_NAMES)]
        source = SOURCE_KEYS[i % len(SOURCE_KEYS)]
        return Contact(
            owner=user,
            name=f"{first} {last}",
            email=f"{first}.{last}.{i}@example.org".lower(),
            linkedin_url=f"https://www.linkedin.com/in/{first}-{last}-{i}".lower()
            if source == LINKEDIN
            else "",
            organization=orgs[i % n_orgs] if i % 8 else None,
            title=TITLES[i % len(TITLES)],
            location=rng.choice(("London", "Leeds", "Berlin", "Remote", "")),
            timezone=rng.choice(("Europe/London", "Europe/Berlin", "America/New_York", "")),
            source=source,
            connection=rng.choice(CONNECTIONS),
            connected_on=today - timedelta(days=rng.randint(30, 3000)),
        )

    people = [contact(i) for i in range(contacts)]
    # Referrals point at someone made before them, so two inserts: the others, then them.
    introducers = [c for c in people if c.source not in (REFERRAL, COWORKER)]
    Contact.objects.bulk_create(introducers + [c for c in people if c.source == COWORKER])
    # Referrals come in generations, as a real network grows: the first are introduced
    # by people known already, each later one by someone from the generation before.
    referred = [c for c in people if c.source == REFERRAL]
    generations = [referred[k::REFERRAL_GENERATIONS] for k in range(REFERRAL_GENERATIONS)]
    parents = introducers
    for generation in generations:
        for c in generation:
            c.referred_by = rng.choice(parents) if parents else None
        Contact.objects.bulk_create(generation)
        parents = generation or parents

    # ------------------------------------------------------------- events, meetings
    n_events = max(2, contacts // 100)
    event_dates = [today - timedelta(days=3), today - timedelta(days=1)] + [
        today - timedelta(days=20 * k) for k in range(1, n_events - 1)
    ]
    events = Event.objects.bulk_create(
        Event(owner=user, name=f"Meetup {k + 1}", date=d, location="Leeds")
        for k, d in enumerate(event_dates)
    )
    met = [c for c in people if c.source == EVENT]
    Meeting.objects.bulk_create(
        Meeting(
            owner=user,
            event=events[k % n_events],
            contact=c,
            followed_up_at=now - timedelta(days=1)
            if k % n_events > 1 and rng.random() < 0.9
            else None,
        )
        for k, c in enumerate(met)
    )

    # ------------------------------------------------------------------ conversations
    plans = [_plan_chat(s, now, rng) for s in _status_plan(conversations, rng)]
    chats = Conversation.objects.bulk_create(
        Conversation(
            owner=user,
            contact=people[i % contacts],
            target=targets[i % len(targets)] if i % 3 else None,
            status=plan.status,
            status_changed_at=plan.steps[-1][1],
            requested_at=plan.requested_at,
            scheduled_at=plan.scheduled_at,
            held_at=plan.held_at,
        )
        for i, plan in enumerate(plans)
    )
    history, messages, notes, actions, chosen = [], [], [], [], []
    for chat, plan in zip(chats, plans, strict=True):
        previous = ""
        for to_status, at, planned in plan.steps:
            history.append(
                StatusChange(
                    owner=user,
                    conversation=chat,
                    from_status=previous,
                    to_status=to_status,
                    at=at,
                    scheduled_for=planned,
                )
            )
            previous = to_status
        for kind, drafted, sent in plan.messages:
            messages.append(
                Message(
                    owner=user,
                    contact=chat.contact,
                    conversation=chat,
                    kind=kind,
                    channel="linkedin" if chat.contact.source == LINKEDIN else "email",
                    subject=f"{kind.replace('_', ' ').capitalize()} — {chat.contact.name}",
                    body=f"Dear {chat.contact.first_name},\n\nThank you for your time.",
                    drafted_at=drafted,
                    sent_at=sent,
                )
            )
        notes += [
            Note(owner=user, conversation=chat, body=b, created_at=at) for b, at in plan.notes
        ]
        actions += [
            ActionItem(
                owner=user,
                conversation=chat,
                contact=chat.contact,
                kind=kind,
                title=title,
                created_at=at,
                done=done_at is not None,
                done_at=done_at,
                # Most of what was done long ago was reported back (the loop closed).
                told_at=done_at + timedelta(days=1)
                if done_at is not None and done_at < now - timedelta(days=14)
                else None,
            )
            for kind, title, at, done_at in plan.actions
        ]
        for position, question in enumerate(rng.sample(questions, plan.questions)):
            chosen.append(
                ChosenQuestion(owner=user, conversation=chat, question=question, position=position)
            )
    StatusChange.objects.bulk_create(history)
    Message.objects.bulk_create(messages)
    Note.objects.bulk_create(notes)
    ActionItem.objects.bulk_create(actions)
    ChosenQuestion.objects.bulk_create(chosen)
    # A job lead for every "lead" item, told by the person the chat was with.
    Lead.objects.bulk_create(
        Lead(
            owner=user,
            title=action.title,
            told_by_id=action.contact_id,
            conversation_id=action.conversation_id,
            action=action,
            referred=k % 3 == 0,
            outcome=("open", "applied", "interviewing", "not_selected")[k % 4],
            learned_at=action.created_at,
        )
        for k, action in enumerate(a for a in actions if a.kind == "lead")
    )

    # ------------------------------------------------- what the user did with Today
    zone = get_profile(user).zone
    tomorrow = now.astimezone(zone).date() + timedelta(days=1)
    decisions = []
    for item in agenda_for(user, now=now):
        if item.due >= now - timedelta(days=14):
            continue
        if rng.random() < DISMISSED_SHARE:
            decisions.append(Decision(owner=user, key=item.key, dismissed=True, decided_at=now))
        elif rng.random() < 0.1:
            decisions.append(
                Decision(owner=user, key=item.key, snoozed_until=tomorrow, decided_at=now)
            )
    Decision.objects.bulk_create(decisions)

    rich = next((c for c, p in zip(chats, plans, strict=True) if p.status == pipeline.HELD), None)
    return Campaign(
        contact_ids=[c.pk for c in people],
        conversation_ids=[c.pk for c in chats],
        rich_conversation_id=rich.pk if rich else None,
        rich_contact_id=rich.contact_id if rich else None,
        counts={
            "organizations": len(orgs),
            "contacts": len(people),
            "events": len(events),
            "meetings": len(met),
            "conversations": len(chats),
            "status_changes": len(history),
            "messages": len(messages),
            "notes": len(notes),
            "actions": len(actions),
            "chosen_questions": len(chosen),
            "decisions": len(decisions),
        },
    )
