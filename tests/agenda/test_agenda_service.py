"""Today's agenda built from the database: the discretion guard and the suggestions."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coffeechat import factories
from coffeechat.accounts.services import get_profile
from coffeechat.agenda.services import agenda_for
from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import organization_named
from coffeechat.conversations.services import (
    add_action,
    add_note,
    move_conversation,
    set_action_done,
    start_conversation,
)
from tests.clock import LONDON

MONDAY = datetime(2026, 10, 26, 9, 0, tzinfo=LONDON)
THURSDAY = datetime(2026, 10, 29, 10, 0, tzinfo=LONDON)  # three business days later


@pytest.fixture
def asked(alice):
    """Alice asked Ana on Monday; by Thursday it is time to approach someone else."""
    ana = Contact.objects.create(owner=alice, name="Ana Ruiz", source="alumni")
    chat = start_conversation(alice, ana, now=MONDAY)
    return move_conversation(alice, chat, "requested", now=MONDAY)


def next_person(alice) -> str:
    (item,) = [i for i in agenda_for(alice, now=THURSDAY) if i.kind == "next_person"]
    return item.title


def test_the_warmest_person_not_yet_asked_is_suggested_next(alice, asked):
    Contact.objects.create(owner=alice, name="Lee Park", source="linkedin")
    Contact.objects.create(owner=alice, name="Sam Cole", source="friend")
    assert next_person(alice) == "Reach out to Sam Cole (friend) next"


def test_a_coworker_is_never_suggested(alice, asked):
    Contact.objects.create(owner=alice, name="Dee Boss", source="coworker")
    Contact.objects.create(owner=alice, name="Lee Park", source="linkedin")
    assert "Lee Park" in next_person(alice)


def test_nobody_at_the_users_employer_is_suggested_whatever_their_source(alice, asked):
    profile = get_profile(alice)
    profile.employer = "Leeds City Council"
    profile.save()
    Contact.objects.create(
        owner=alice,
        name="Fay Green",
        source="friend",
        organization=organization_named(alice, "leeds city council"),
    )
    Contact.objects.create(owner=alice, name="Lee Park", source="linkedin")
    assert "Lee Park" in next_person(alice)


# ------------------------------------------------------------------- query counts


def _queries(user, now) -> int:
    with CaptureQueriesContext(connection) as captured:
        agenda_for(user, now=now)
    return len(captured)


def _grow(user, n: int) -> None:
    """n more of everything Today reads: people met (each with a cadence, a note and a
    message), items done and not told, requests at organisations with people there."""
    for i in range(n):
        met = Contact.objects.create(
            owner=user, name=f"Met {i}", source="alumni", keep_in_touch_weeks=1 + i % 4
        )
        chat = start_conversation(user, met, now=datetime(2026, 8, 3, tzinfo=LONDON))
        move_conversation(user, chat, "requested", now=datetime(2026, 8, 3, tzinfo=LONDON))
        move_conversation(
            user,
            chat,
            "scheduled",
            now=datetime(2026, 8, 4, tzinfo=LONDON),
            at=datetime(2026, 8, 10, tzinfo=LONDON),
        )
        move_conversation(user, chat, "held", now=datetime(2026, 8, 10, 10, tzinfo=LONDON))
        move_conversation(user, chat, "thanked", now=datetime(2026, 8, 10, 12, tzinfo=LONDON))
        add_note(user, chat, "Notes", now=datetime(2026, 8, 10, 11, tzinfo=LONDON))
        factories.make_message(
            user,
            chat,
            "thank_you",
            subject="Thanks",
            body="x",
            now=datetime(2026, 8, 10, 12, tzinfo=LONDON),
        )
        book = add_action(user, chat, "book", f"Book {i}", now=datetime(2026, 8, 10, tzinfo=LONDON))
        set_action_done(book, True, now=datetime(2026, 9, 1, tzinfo=LONDON))
        org = organization_named(user, f"Org {i}")
        there = Contact.objects.create(owner=user, name=f"Asked {i}", organization=org)
        request = start_conversation(user, there, now=MONDAY)
        move_conversation(user, request, "requested", now=MONDAY)
        Contact.objects.create(owner=user, name=f"Colleague {i}", organization=org)


def test_today_takes_the_same_number_of_queries_however_much_there_is(alice, charlie):
    _grow(alice, 1)
    _grow(charlie, 8)
    kinds = {i.kind for i in agenda_for(charlie, now=THURSDAY)}
    assert {"tell", "keep_in_touch", "next_person"} <= kinds
    assert _queries(alice, THURSDAY) == _queries(charlie, THURSDAY) <= 9
