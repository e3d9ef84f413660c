"""Today's agenda built from the database: the discretion guard and the suggestions."""

from __future__ import annotations

from datetime import datetime

import pytest

from coffeechat.accounts.services import get_profile
from coffeechat.agenda.services import agenda_for
from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import organization_named
from coffeechat.conversations.services import move_conversation, start_conversation

from .conftest import LONDON

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
