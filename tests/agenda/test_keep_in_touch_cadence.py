"""Keep in touch at each contact's own rhythm: Today, the contact page and the edit form.

The clock stands at Wednesday 4 November 2026, 09:30 London (the `frozen` fixture).
"""

from __future__ import annotations

from datetime import datetime

import pytest

from coffeechat.accounts.services import get_profile
from coffeechat.agenda.services import agenda_for
from coffeechat.contacts.models import Contact
from coffeechat.conversations.services import (
    add_note,
    move_conversation,
    record_message,
    start_conversation,
)
from tests.clock import FROZEN_NOW, LONDON
from tests.pages import error_beside, visible


def on(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=LONDON)


def meet(user, name: str, when: datetime, **fields) -> Contact:
    """A contact met on `when` (a chat requested, scheduled and held), with the chat."""
    contact = Contact.objects.create(owner=user, name=name, source="alumni", **fields)
    chat = start_conversation(user, contact, now=on(1, 5))
    move_conversation(user, chat, "requested", now=on(1, 6))
    move_conversation(user, chat, "scheduled", now=on(1, 7), at=when)
    move_conversation(user, chat, "held", now=when)
    contact.chat = move_conversation(user, chat, "thanked", now=when)
    return contact


def keep_in_touch(user, now=FROZEN_NOW) -> list[str]:
    return [i.contact_name for i in agenda_for(user, now=now) if i.kind == "keep_in_touch"]


def test_a_contacts_own_rhythm_brings_the_update_forward(alice):
    meet(alice, "Cleo Park", on(10, 7), keep_in_touch_weeks=3)  # 4 weeks ago
    meet(alice, "Dan Ito", on(10, 7))  # the usual 8 weeks: not yet
    assert keep_in_touch(alice) == ["Cleo Park"]


def test_someone_met_and_never_written_to_is_still_reminded(alice):
    # No message, no note: the last interaction is the chat itself, ten weeks ago.
    meet(alice, "Dan Ito", on(8, 26))
    assert keep_in_touch(alice) == ["Dan Ito"]


def test_a_longer_rhythm_holds_it_back(alice):
    meet(alice, "Cleo Park", on(8, 12), keep_in_touch_weeks=20)  # 12 weeks ago
    meet(alice, "Dan Ito", on(8, 12))
    assert keep_in_touch(alice) == ["Dan Ito"]


def test_the_users_own_default_applies_to_everyone_else(alice):
    profile = get_profile(alice)
    profile.keep_in_touch_weeks = 2
    profile.save()
    meet(alice, "Dan Ito", on(10, 14))  # 3 weeks ago
    meet(alice, "Cleo Park", on(10, 14), keep_in_touch_weeks=6)
    assert keep_in_touch(alice) == ["Dan Ito"]


def test_a_note_on_any_chat_with_them_restarts_the_clock(alice):
    cleo = meet(alice, "Cleo Park", on(10, 7), keep_in_touch_weeks=3)
    add_note(alice, cleo.chat, "She moved to the policy team.", now=on(10, 26))
    assert keep_in_touch(alice) == []
    assert keep_in_touch(alice, now=on(11, 16, 11)) == ["Cleo Park"]


def test_a_message_sent_restarts_the_clock_and_a_draft_does_not(alice):
    cleo = meet(alice, "Cleo Park", on(10, 7), keep_in_touch_weeks=3)
    fields = {"kind": "keep_in_touch", "channel": "email", "subject": "News", "body": "Hello"}
    record_message(alice, cleo.chat, now=on(10, 28), sent=False, **fields)
    assert keep_in_touch(alice) == ["Cleo Park"]
    record_message(alice, cleo.chat, now=on(10, 28), sent=True, **fields)
    assert keep_in_touch(alice) == []


def test_the_contact_page_shows_the_rhythm_and_when_it_is_next_due(alice, alice_client, frozen):
    dan = meet(alice, "Dan Ito", on(11, 3))
    page = visible(alice_client.get(f"/contacts/{dan.pk}/"))
    assert "Every 8 weeks (your default) · next due Tue 29 Dec" in page

    cleo = meet(alice, "Cleo Park", on(10, 7), keep_in_touch_weeks=3)
    page = visible(alice_client.get(f"/contacts/{cleo.pk}/"))
    assert "Every 3 weeks (their own rhythm) · overdue since Wed 28 Oct" in page

    new = Contact.objects.create(owner=alice, name="Eve New", source="friend")
    page = visible(alice_client.get(f"/contacts/{new.pk}/"))
    assert "Every 8 weeks (your default) · starts after your first chat" in page


def test_a_chat_under_way_pauses_the_rhythm(alice, alice_client, frozen):
    dan = meet(alice, "Dan Ito", on(8, 3))
    again = start_conversation(alice, dan, now=on(10, 30))
    move_conversation(alice, again, "requested", now=on(10, 30))
    assert "Every 8 weeks (your default) · paused while a chat is under way" in visible(
        alice_client.get(f"/contacts/{dan.pk}/")
    )
    assert keep_in_touch(alice) == []


def test_no_rhythm_is_shown_for_a_coworker(alice, alice_client):
    cody = Contact.objects.create(owner=alice, name="Cody Desk", source="coworker")
    assert "Keep in touch" not in visible(alice_client.get(f"/contacts/{cody.pk}/"))


@pytest.fixture
def dan(alice):
    return Contact.objects.create(owner=alice, name="Dan Ito", source="alumni")


def _edit(client, contact, weeks):
    return client.post(
        f"/contacts/{contact.pk}/edit/",
        {"name": contact.name, "source": contact.source, "keep_in_touch_weeks": weeks},
    )


def test_the_edit_form_offers_the_rhythm_and_saves_it(alice_client, dan, frozen):
    page = alice_client.get(f"/contacts/{dan.pk}/edit/").content.decode()
    assert 'name="keep_in_touch_weeks"' in page
    assert "Keep in touch every (weeks)" in page
    response = _edit(alice_client, dan, "3")
    assert response.status_code == 302
    dan.refresh_from_db()
    assert dan.keep_in_touch_weeks == 3
    assert "Every 3 weeks (their own rhythm)" in visible(alice_client.get(f"/contacts/{dan.pk}/"))
    # Emptied again: back to the user's rhythm.
    _edit(alice_client, dan, "")
    dan.refresh_from_db()
    assert dan.keep_in_touch_weeks is None
    page = alice_client.get(f"/contacts/{dan.pk}/edit/").content.decode()
    assert 'value="3"' not in page


@pytest.mark.parametrize(
    ("weeks", "message"),
    [
        ("0", "Give at least 1 week."),
        ("200", "Give at most 104 weeks (two years)."),
        ("eight", "Give a whole number of weeks, such as 8."),
    ],
)
def test_a_bad_rhythm_is_explained_beside_the_field(alice_client, dan, weeks, message):
    response = _edit(alice_client, dan, weeks)
    assert response.status_code == 200
    assert error_beside(response, "id_keep_in_touch_weeks") == message
    # The section holding the field opens, so the error is seen.
    assert "<details open>" in response.content.decode().replace("<details  open", "<details open")
    dan.refresh_from_db()
    assert dan.keep_in_touch_weeks is None
