"""The demo campaign: complete, realistic, made through the services, and with
one of each kind of agenda item today, whatever weekday the demo is made on."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coffeechat.accounts.services import get_profile
from coffeechat.agenda.services import agenda_for
from coffeechat.contacts.models import Contact, Event, Meeting, Target
from coffeechat.conversations.models import (
    ActionItem,
    ChosenQuestion,
    Conversation,
    Message,
    Note,
    Question,
    StatusChange,
)
from coffeechat.demo import seed_demo
from coffeechat.lib import agenda as rules
from coffeechat.lib import pipeline
from coffeechat.lib.sources import COWORKER, SOURCE_KEYS
from coffeechat.lib.timezones import is_valid_zone
from coffeechat.network.models import Lead

LONDON = ZoneInfo("Europe/London")

# November 2026: Mon 2, Wed 4, Fri 6, Sun 8.
MONDAY = datetime(2026, 11, 2, 9, 30, tzinfo=LONDON)
WEDNESDAY = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)
# seed_demo took 1,099 queries on SQLite when this was written: a ceiling, not a target.
QUERY_CEILING = 1_300
SUNDAY = datetime(2026, 11, 8, 11, 0, tzinfo=LONDON)
FRIDAY_LATE = datetime(2026, 11, 6, 23, 10, tzinfo=LONDON)  # chat "later today" squeezed in
TUESDAY_UTC = datetime(2026, 3, 31, 7, 5, tzinfo=UTC)  # as the CLI passes it, in summer time

DAYS = pytest.mark.parametrize(
    "now",
    [MONDAY, WEDNESDAY, SUNDAY, FRIDAY_LATE, TUESDAY_UTC],
    ids=["monday", "wednesday", "sunday", "friday-late", "tuesday-utc"],
)

JOB_ASK = re.compile(r"\b(jobs?|vacanc\w*|openings?|hiring|hire me|cv|résumé|your salary)\b")

KINDS_TODAY = {
    rules.FOLLOW_UP,
    rules.NEXT_PERSON,
    rules.MARK_NO_RESPONSE,
    rules.PREPARE,
    rules.CONFIRM,
    rules.BE_ON_TIME,
    rules.THANK_YOU,
    rules.ASK_FOR_NAMES,
    rules.RESOURCE,
    rules.TELL,
    rules.KEEP_IN_TOUCH,
    rules.EVENT_FOLLOW_UP,
}


@pytest.fixture
def seeded(alice):
    seed_demo(alice, now=WEDNESDAY)
    return alice


def _by_name(user, name: str) -> Contact:
    return Contact.objects.owned_by(user).get(name=name)


# ----------------------------------------------------------------------- contents


@pytest.mark.django_db
def test_summary_counts_what_was_made(alice):
    summary = seed_demo(alice, now=WEDNESDAY)
    contacts = Contact.objects.owned_by(alice).count()
    conversations = Conversation.objects.owned_by(alice).count()
    assert summary == f"{contacts} contacts, {conversations} conversations, 2 events"
    assert 55 <= contacts <= 70
    assert 28 <= conversations <= 40


@pytest.mark.django_db
def test_profile_is_a_chemistry_phd_in_london(seeded):
    profile = get_profile(seeded)
    assert profile.name == "Maya Okafor"
    assert profile.timezone == "Europe/London"
    assert profile.employer == "University of Bristol"
    assert profile.email.endswith("@example.org")


@pytest.mark.django_db
def test_three_careers_with_research_notes(seeded):
    targets = list(Target.objects.owned_by(seeded).filter(kind=Target.CAREER))
    assert len(targets) == 3
    names = " ".join(t.name for t in targets).lower()
    assert "r&d" in names and "consulting" in names and "policy" in names
    for target in targets:
        assert 1 <= target.motivation <= 5
        for heading in ("What they do", "What they value", "Pain points"):
            assert heading in target.research
    assert len({t.motivation for t in targets}) > 1


@pytest.mark.django_db
def test_employers_are_weighed_lamp_style(seeded):
    employers = list(Target.objects.owned_by(seeded).filter(kind=Target.ORGANIZATION))
    assert len(employers) >= 3
    for target in employers:
        assert target.organization is not None
        assert target.organization.contacts.exists()  # someone to ask there
    assert {t.postings for t in employers} >= {"target_role", "any", "none"}
    assert len({t.motivation for t in employers}) > 1


@pytest.mark.django_db
def test_leads_came_through_the_network(seeded):
    leads = list(Lead.objects.owned_by(seeded).select_related("told_by"))
    assert len(leads) == 3
    assert all(lead.told_by is not None and lead.conversation is not None for lead in leads)
    assert any(lead.referred for lead in leads)
    # One of them came from someone she reached through two introductions.
    assert any(lead.told_by.referred_by and lead.told_by.referred_by.referred_by for lead in leads)


@pytest.mark.django_db
def test_people_named_in_chats_are_linked_to_their_contacts(seeded):
    linked = ActionItem.objects.owned_by(seeded).filter(kind="person", person__isnull=False)
    assert {a.person.name for a in linked} >= {"Marcus Bell", "Peter Novak"}


@pytest.mark.django_db
def test_every_source_is_used(seeded):
    used = set(Contact.objects.owned_by(seeded).values_list("source", flat=True))
    assert used == set(SOURCE_KEYS)
    coworkers = Contact.objects.owned_by(seeded).filter(source=COWORKER)
    assert coworkers.count() >= 2
    assert all(c.organization.name == get_profile(seeded).employer for c in coworkers)


@pytest.mark.django_db
def test_contacts_look_real_and_safe(seeded):
    contacts = list(Contact.objects.owned_by(seeded).select_related("organization"))
    zones = {c.timezone for c in contacts}
    assert {"Europe/London", "Europe/Berlin", "America/New_York"} <= zones
    assert {"America/Los_Angeles", "America/Toronto"} <= zones
    assert all(is_valid_zone(c.timezone) for c in contacts)
    assert all(c.connection for c in contacts)
    assert sum(1 for c in contacts if c.organization) >= 50
    emails = [c.email for c in contacts if c.email]
    assert len(emails) >= 30
    assert all(e.endswith((".example.com", "@example.org")) for e in emails)
    links = [c.linkedin_url for c in contacts if c.linkedin_url]
    assert len(links) >= 30
    assert all(u.startswith("https://www.linkedin.com/in/") for u in links)
    assert sum(1 for c in contacts if c.connected_on) >= 40
    assert all(c.created_at < WEDNESDAY for c in contacts)
    assert all(c.connected_on <= WEDNESDAY.date() for c in contacts if c.connected_on)


@pytest.mark.django_db
def test_referral_chains_go_at_least_two_generations_deep(seeded):
    parent = dict(
        Contact.objects.owned_by(seeded)
        .filter(referred_by__isnull=False)
        .values_list("id", "referred_by_id")
    )
    assert len(parent) >= 6

    def depth(contact_id: int) -> int:
        return 0 if contact_id not in parent else 1 + depth(parent[contact_id])

    assert max(depth(c) for c in parent) >= 3
    # Each was added when they were introduced, after the one who introduced them.
    for contact in Contact.objects.owned_by(seeded).filter(referred_by__isnull=False):
        assert contact.created_at > contact.referred_by.created_at


@pytest.mark.django_db
def test_every_status_has_a_conversation(seeded):
    statuses = set(Conversation.objects.owned_by(seeded).values_list("status", flat=True))
    assert statuses == set(pipeline.STATUSES)


@pytest.mark.django_db
def test_questions_bank_covers_the_topics_and_some_are_chosen(seeded):
    from coffeechat.lib.question_bank import STARTER_QUESTIONS

    questions = Question.objects.owned_by(seeded)
    texts = set(questions.values_list("text", flat=True))
    assert {text for _, text in STARTER_QUESTIONS} <= texts  # the starter bank is all there
    assert len(texts) > len(STARTER_QUESTIONS)  # and Maya's own besides
    topics = set(questions.values_list("topic", flat=True))
    assert topics >= {
        "day",
        "challenges",
        "skills",
        "path",
        "salary_range",
        "balance",
        "travel",
        "trends",
        "advice",
        "resources",
        "people",
    }
    upcoming = Conversation.objects.owned_by(seeded).filter(status=pipeline.SCHEDULED)
    assert all(c.chosen_questions.exists() for c in upcoming)
    assert ChosenQuestion.objects.owned_by(seeded).count() >= 15
    for text in questions.values_list("text", flat=True):
        assert "your salary" not in text.lower()
        assert "job" not in text.lower()


@pytest.mark.django_db
def test_messages_of_every_kind_with_sent_times(seeded):
    messages = Message.objects.owned_by(seeded).select_related("contact")
    kinds = set(messages.values_list("kind", flat=True))
    assert kinds >= {
        "request",
        "linkedin_note",
        "follow_up",
        "confirmation",
        "reschedule",
        "cancellation",
        "thank_you",
        "keep_in_touch",
        "event_follow_up",
    }
    for message in messages:
        assert message.sent_at is not None and message.sent_at < WEDNESDAY
        assert message.contact.first_name in message.body or message.contact.name == (
            "Grace Okafor"
        )


@pytest.mark.django_db
def test_requests_follow_the_guidelines(seeded):
    requests = Message.objects.owned_by(seeded).filter(kind__in=("request", "linkedin_note"))
    assert requests.count() >= 20
    bodies = [m.body for m in requests]
    assert len(set(bodies)) == len(bodies)
    for message in requests:
        text = message.body.lower()
        assert "20 minutes" in text or "15 minutes" in text or "15–20 minutes" in text
        assert "thank" in text
        assert not JOB_ASK.search(text), message.body
        if message.kind == "linkedin_note":
            assert len(message.body) <= 300
        else:
            assert len(message.body.split()) <= 130


@pytest.mark.django_db
def test_held_chats_have_notes_and_actions(seeded):
    met = Conversation.objects.owned_by(seeded).filter(held_at__isnull=False)
    assert met.count() >= 10
    for chat in met:
        assert chat.notes.exists()
    actions = ActionItem.objects.owned_by(seeded)
    kinds = set(actions.values_list("kind", flat=True))
    assert kinds >= {"book", "organisation", "website", "event", "person", "lead"}
    assert actions.filter(done=True).count() >= 8
    assert actions.filter(done=False).count() >= 3
    for action in actions.filter(done=True):
        assert action.created_at < action.done_at < WEDNESDAY
    assert Note.objects.owned_by(seeded).count() >= 12


@pytest.mark.django_db
def test_thanked_chats_have_a_thank_you(seeded):
    for chat in Conversation.objects.owned_by(seeded).filter(status=pipeline.THANKED):
        thanks = chat.messages.filter(kind="thank_you").get()
        assert chat.held_at < thanks.sent_at <= chat.held_at + timedelta(hours=24)


@pytest.mark.django_db
def test_two_events_with_people_met_there(seeded):
    events = Event.objects.owned_by(seeded)
    assert events.count() == 2
    for event in events:
        assert event.meetings.count() >= 3
        assert event.date < WEDNESDAY.date()
    assert Meeting.objects.owned_by(seeded).filter(followed_up_at__isnull=False).exists()


# ------------------------------------------------------------------------ history


@DAYS
@pytest.mark.django_db
def test_history_walks_the_pipeline(alice, now):
    seed_demo(alice, now=now)
    changes = StatusChange.objects.owned_by(alice).order_by("conversation_id", "at", "id")
    history: dict[int, list[StatusChange]] = {}
    for change in changes:
        history.setdefault(change.conversation_id, []).append(change)
    conversations = Conversation.objects.owned_by(alice)
    assert set(history) == set(conversations.values_list("id", flat=True))
    for conversation in conversations:
        steps = history[conversation.id]
        assert steps[0].from_status == "" and steps[0].to_status == pipeline.PROSPECT
        for before, after in zip(steps, steps[1:], strict=False):
            assert after.from_status == before.to_status
            assert after.to_status in pipeline.MOVES[before.to_status]
            assert after.at > before.at
        assert steps[-1].to_status == conversation.status
        assert steps[-1].at == conversation.status_changed_at
        assert all(step.at < now for step in steps)
        assert conversation.created_at == steps[0].at


@pytest.mark.django_db
def test_a_cancelled_chat_was_asked_again_and_rescheduled(seeded):
    retried = [
        c
        for c in Conversation.objects.owned_by(seeded).filter(status=pipeline.SCHEDULED)
        if c.history.filter(to_status=pipeline.CANCELLED).exists()
    ]
    assert retried
    assert retried[0].history.filter(to_status=pipeline.SCHEDULED).count() == 2


# ------------------------------------------------------------------------- agenda


@DAYS
@pytest.mark.django_db
def test_agenda_today_has_every_kind(alice, now):
    seed_demo(alice, now=now)
    items = agenda_for(alice, now=now)
    assert {item.kind for item in items} == KINDS_TODAY
    assert len(items) <= 25  # a busy day, not a wall of chores


@DAYS
@pytest.mark.django_db
def test_agenda_items_are_the_intended_ones(alice, now):
    seed_demo(alice, now=now)
    today = now.astimezone(LONDON).date()
    items = agenda_for(alice, now=now)
    by_kind: dict[str, list] = {}
    for item in items:
        by_kind.setdefault(item.kind, []).append(item)
    chats = {c.id: c for c in Conversation.objects.owned_by(alice)}

    (prepare,) = by_kind[rules.PREPARE]
    when = chats[prepare.conversation_id].scheduled_at.astimezone(LONDON)
    assert when.date() == today + timedelta(days=1)

    (on_time,) = by_kind[rules.BE_ON_TIME]
    when = chats[on_time.conversation_id].scheduled_at
    assert when > now
    assert (when - timedelta(hours=1)).astimezone(LONDON).date() <= today

    (thanks,) = by_kind[rules.THANK_YOU]
    held = chats[thanks.conversation_id].held_at.astimezone(LONDON)
    assert held.date() == today - timedelta(days=1)

    met_on = {item.contact_name for item in by_kind[rules.EVENT_FOLLOW_UP]}
    assert len(met_on) >= 2
    (keep,) = by_kind[rules.KEEP_IN_TOUCH]
    assert keep.overdue
    assert len(by_kind[rules.RESOURCE]) >= 3


@DAYS
@pytest.mark.django_db
def test_coworkers_never_appear_in_the_agenda(alice, now):
    seed_demo(alice, now=now)
    coworkers = set(
        Contact.objects.owned_by(alice).filter(source=COWORKER).values_list("id", flat=True)
    )
    # The guard is tested for real: a coworker was met long ago and left an open action.
    assert Conversation.objects.owned_by(alice).filter(
        contact_id__in=coworkers, held_at__isnull=False
    )
    assert ActionItem.objects.owned_by(alice).filter(contact_id__in=coworkers, done=False)
    items = agenda_for(alice, now=now)
    assert not {item.contact_id for item in items} & coworkers
    names = set(Contact.objects.filter(id__in=coworkers).values_list("name", flat=True))
    assert not any(name in item.title for item in items for name in names)


# ---------------------------------------------------------------- how it is made


@pytest.mark.django_db
def test_deterministic(alice, charlie):
    seed_demo(alice, now=WEDNESDAY)
    seed_demo(charlie, now=WEDNESDAY)

    def picture(user):
        return (
            list(
                Contact.objects.owned_by(user)
                .order_by("name")
                .values_list("name", "email", "linkedin_url", "created_at")
            ),
            list(Message.objects.owned_by(user).order_by("sent_at", "id").values_list("body")),
            [(i.kind, i.title, i.due) for i in agenda_for(user, now=WEDNESDAY)],
        )

    assert picture(alice) == picture(charlie)


@pytest.mark.django_db
def test_refuses_to_seed_over_existing_data(alice):
    seed_demo(alice, now=WEDNESDAY)
    with pytest.raises(ValueError, match="empty"):
        seed_demo(alice, now=WEDNESDAY)
    assert Contact.objects.owned_by(alice).count() <= 70


@pytest.mark.django_db
def test_needs_an_aware_now(alice):
    with pytest.raises(ValueError, match="aware"):
        seed_demo(alice, now=datetime(2026, 11, 4, 9, 30))
    assert not Contact.objects.owned_by(alice).exists()


@pytest.mark.django_db
def test_only_the_users_own_data(alice, charlie):
    seed_demo(alice, now=WEDNESDAY)
    assert not Contact.objects.owned_by(charlie).exists()
    assert not Conversation.objects.owned_by(charlie).exists()
    assert agenda_for(charlie, now=WEDNESDAY) == []


@pytest.mark.django_db
def test_the_demo_is_written_in_a_bounded_number_of_queries(alice, django_assert_max_num_queries):
    """`coffeechat demo` starts at once: a few hundred inserts, not one query per field."""
    with django_assert_max_num_queries(QUERY_CEILING):
        seed_demo(alice, now=WEDNESDAY)
