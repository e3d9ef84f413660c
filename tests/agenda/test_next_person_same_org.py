"""3B7 at the same organisation: no reply from someone at an organisation, so the
next person suggested is someone else there, if there is anyone left to ask."""

from __future__ import annotations

from datetime import datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coffeechat import factories
from coffeechat.accounts.services import get_profile
from coffeechat.agenda.services import SUGGESTION_POOL, agenda_for
from coffeechat.conversations.services import move_conversation, start_conversation
from tests.clock import LONDON
from tests.pages import visible

MONDAY = datetime(2026, 10, 26, 9, 0, tzinfo=LONDON)
THURSDAY = datetime(2026, 10, 29, 10, 0, tzinfo=LONDON)  # three business days later


def person(user, name, source="linkedin", org=""):
    return factories.make_contact(user, name, source=source, organisation=org)


def ask(user, contact, when=MONDAY):
    chat = start_conversation(user, contact, now=when)
    return move_conversation(user, chat, "requested", now=when)


@pytest.fixture
def asked(alice):
    """Alice asked Ana, at Acme, on Monday and has heard nothing by Thursday."""
    return ask(alice, person(alice, "Ana Ruiz", "alumni", "Acme"))


def next_people(user, now=THURSDAY):
    return [(i.title, i.detail) for i in agenda_for(user, now=now) if i.kind == "next_person"]


def test_someone_else_at_the_same_organisation_is_suggested_first(alice, asked):
    person(alice, "Sam Cole", "friend", "Globex")
    person(alice, "Lee Park", "linkedin", "ACME")  # the same organisation, however typed
    ((title, detail),) = next_people(alice)
    assert title == "Reach out to Lee Park (linkedin) next"
    assert "Lee Park also works at Acme, so try them there." in detail


def test_the_warmest_there_comes_first(alice, asked):
    person(alice, "Oli Other", "other", "Acme")
    person(alice, "Fay Friend", "friend", "Acme")
    ((title, _),) = next_people(alice)
    assert title == "Reach out to Fay Friend (friend) next"


def test_with_nobody_left_there_the_warmest_anywhere_is_suggested(alice, asked):
    person(alice, "Sam Cole", "friend", "Globex")
    person(alice, "Cody Desk", "coworker", "Acme")  # never suggested
    met = person(alice, "Mia Met", "family", "Acme")
    chat = ask(alice, met, when=datetime(2026, 9, 1, 9, tzinfo=LONDON))
    move_conversation(
        alice, chat, "scheduled", now=chat.requested_at, at=datetime(2026, 9, 3, 9, tzinfo=LONDON)
    )
    move_conversation(alice, chat, "held", now=datetime(2026, 9, 3, 10, tzinfo=LONDON))
    declined = ask(
        alice,
        person(alice, "Dee Declined", "family", "Acme"),
        when=datetime(2026, 9, 1, tzinfo=LONDON),
    )
    move_conversation(alice, declined, "declined", now=datetime(2026, 9, 2, tzinfo=LONDON))
    ((title, detail),) = next_people(alice)
    assert title == "Reach out to Sam Cole (friend) next"
    assert "keep your list moving" in detail


def test_nobody_at_the_users_employer_is_suggested_even_at_the_same_organisation(alice):
    profile = get_profile(alice)
    profile.employer = "Acme"
    profile.save()
    ask(alice, person(alice, "Ana Ruiz", "alumni", "Acme"))
    person(alice, "Lee Park", "friend", "Acme")
    person(alice, "Sam Cole", "linkedin", "Globex")
    ((title, _),) = next_people(alice)
    assert title == "Reach out to Sam Cole (linkedin) next"


def test_someone_there_is_found_beyond_the_pool_of_the_warmest(alice, asked):
    for n in range(SUGGESTION_POOL + 5):
        person(alice, f"Friend {n:02}", "friend", "Globex")
    person(alice, "Zed Cold", "other", "Acme")
    ((title, _),) = next_people(alice)
    assert title == "Reach out to Zed Cold (other) next"


def test_two_requests_there_suggest_two_different_people_there(alice, asked):
    ask(alice, person(alice, "Ben Okafor", "alumni", "Acme"), when=MONDAY.replace(hour=10))
    person(alice, "Lee Park", "linkedin", "Acme")
    person(alice, "Kim Lin", "community", "Acme")
    person(alice, "Sam Cole", "friend", "Globex")
    titles = [title for title, _ in next_people(alice, now=THURSDAY.replace(hour=11))]
    assert titles == [
        "Reach out to Kim Lin (community) next",
        "Reach out to Lee Park (linkedin) next",
    ]


def test_the_page_names_the_person_there(alice, alice_client, asked):
    person(alice, "Lee Park", "linkedin", "Acme")
    with time_machine.travel(THURSDAY, tick=False):
        page = visible(alice_client.get("/"))
    assert "Reach out to Lee Park (linkedin) next" in page
    assert "Lee Park also works at Acme" in page


def _count(user, now=THURSDAY) -> int:
    with CaptureQueriesContext(connection) as captured:
        agenda_for(user, now=now)
    return len(captured)


def test_the_suggestions_take_as_many_queries_for_many_organisations_as_for_one(alice, asked):
    person(alice, "Lee Park", "linkedin", "Acme")
    one = _count(alice)
    for n in range(6):
        ask(alice, person(alice, f"Asked {n}", "alumni", f"Org {n}"), when=MONDAY.replace(minute=n))
        for m in range(3):
            person(alice, f"There {n}-{m}", "linkedin", f"Org {n}")
    assert len(next_people(alice)) == 7
    assert _count(alice) == one
