"""Events, as the user lives them: practise the pitch before, note who you met, and
follow each of them up two days later, when Today says so.

The clock is frozen on Wednesday 4 November 2026, 09:30 London.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from coffeechat import factories
from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact, Event, Meeting, Target
from coffeechat.conversations.services import start_conversation
from tests.clock import LONDON
from tests.pages import text, visible

MONDAY = date(2026, 11, 2)
GOOD = " ".join(["word"] * 100)  # about 43 seconds


def contact(user, name, source="event") -> Contact:
    return Contact.objects.create(owner=user, name=name, source=source)


def follow_up_title(name: str) -> str:
    return f"Follow up with {name} by e-mail or LinkedIn"


def today(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return text(response)


@pytest.fixture
def fair(alice):
    return Event.objects.create(
        owner=alice, name="Chem Careers Fair", date=MONDAY, location="Bristol"
    )


@pytest.fixture
def met(alice, alice_client, fair, frozen):
    """Alice met Jane and Raj at Monday's fair, and noted them on the event's page."""
    people = [contact(alice, "Jane Smith"), contact(alice, "Raj Patel", source="alumni")]
    for person in people:
        response = alice_client.post(f"/events/{fair.pk}/meetings/", {"contact": person.pk})
        assert response.status_code == 302
    return people


# ------------------------------------------------------------------ people met


def test_the_event_page_lists_the_people_met_with_links(alice_client, fair, met):
    response = alice_client.get(f"/events/{fair.pk}/")
    page = text(response)
    section = page[page.index("People you met") : page.index("Details")]
    for person in met:
        assert f'<a href="/contacts/{person.pk}/">{person.name}</a>' in section
    assert section.count("Mark followed up") == 2


def test_the_events_list_counts_the_people_met(alice_client, fair, met):
    page = visible(alice_client.get("/events/"))
    assert "Chem Careers Fair" in page
    assert re.search(r"2 Nov 2026\s*2", page)


def test_noting_the_same_person_twice_keeps_one(alice, alice_client, fair, met):
    alice_client.post(f"/events/{fair.pk}/meetings/", {"contact": met[0].pk})
    assert Meeting.objects.filter(event=fair).count() == 2


def test_someone_elses_contact_cannot_be_noted(alice, alice_client, charlie, fair, frozen):
    his = contact(charlie, "Charlie's Friend")
    response = alice_client.post(f"/events/{fair.pk}/meetings/", {"contact": his.pk}, follow=True)
    assert "Choose one of your own contacts." in text(response)
    assert not Meeting.objects.filter(event=fair).exists()


# ------------------------------------------------------------------ the follow-up on Today


def test_the_follow_up_is_due_two_days_after_the_event(alice_client, met, frozen):
    frozen.move_to(datetime(2026, 11, 3, 18, 0, tzinfo=LONDON))  # Tuesday: not yet
    assert follow_up_title("Jane Smith") not in today(alice_client)
    frozen.move_to(datetime(2026, 11, 4, 0, 0, tzinfo=LONDON))  # Wednesday: due
    page = today(alice_client)
    assert follow_up_title("Jane Smith") in page
    assert follow_up_title("Raj Patel") in page
    assert "You met at Chem Careers Fair on Monday 2 November" in page


def test_the_users_own_number_of_days_counts(alice, alice_client, met, frozen):
    profile = get_profile(alice)
    profile.event_follow_up_days = 3
    profile.save()
    assert follow_up_title("Jane Smith") not in today(alice_client)
    frozen.move_to(datetime(2026, 11, 5, 8, 0, tzinfo=LONDON))
    assert follow_up_title("Jane Smith") in today(alice_client)


def test_marking_someone_followed_up_takes_them_off_today(alice_client, fair, met):
    jane = Meeting.objects.get(event=fair, contact=met[0])
    response = alice_client.post(f"/meetings/{jane.pk}/followed-up/", follow=True)
    assert "Marked as followed up." in text(response)
    page = today(alice_client)
    assert follow_up_title("Jane Smith") not in page
    assert follow_up_title("Raj Patel") in page
    event_page = text(alice_client.get(f"/events/{fair.pk}/"))
    assert "followed up" in event_page and event_page.count("Mark followed up") == 1


def test_a_message_sent_after_the_event_counts_as_the_follow_up(alice, alice_client, met):
    chat = start_conversation(alice, met[1], now=datetime(2026, 11, 3, 9, tzinfo=LONDON))
    factories.make_message(
        alice,
        chat,
        "event_follow_up",
        channel="linkedin",
        subject="",
        body="Good to meet you at the fair, Raj.",
        now=datetime(2026, 11, 3, 9, tzinfo=LONDON),
    )
    page = today(alice_client)
    assert follow_up_title("Raj Patel") not in page
    assert follow_up_title("Jane Smith") in page


def test_a_coworker_met_at_an_event_is_never_on_today(alice, alice_client, fair, frozen):
    sam = contact(alice, "Sam Lee", source="coworker")
    alice_client.post(f"/events/{fair.pk}/meetings/", {"contact": sam.pk})
    assert "Sam Lee" in text(alice_client.get(f"/events/{fair.pk}/"))
    assert follow_up_title("Sam Lee") not in today(alice_client)


def test_charlie_sees_none_of_it(alice, met, charlie, client, frozen):
    client.force_login(charlie)
    assert "Jane Smith" not in text(client.get("/"))


# ------------------------------------------------------------------ the pitch, before


def test_before_the_event_the_pitch_is_there_to_practise(alice, alice_client, frozen):
    policy = Target.objects.create(owner=alice, name="Science policy", pitch=GOOD)
    upcoming = Event.objects.create(owner=alice, name="Policy meetup", date=date(2026, 11, 12))
    page = text(alice_client.get(f"/events/{upcoming.pk}/"))
    assert page.index("Practise your pitch before the event") < page.index("People you met")
    assert GOOD in page
    assert "About 43 seconds" in page
    assert f'href="/targets/{policy.pk}/"' in page


def test_on_the_day_of_the_event_the_pitch_still_comes_first(alice, alice_client, frozen):
    Target.objects.create(owner=alice, name="Science policy", pitch=GOOD)
    same_day = Event.objects.create(owner=alice, name="Lunch talk", date=date(2026, 11, 4))
    page = text(alice_client.get(f"/events/{same_day.pk}/"))
    assert page.index("Practise your pitch before the event") < page.index("People you met")


def test_after_the_event_the_page_says_when_to_follow_up(alice_client, fair, met):
    words = " ".join(visible(alice_client.get(f"/events/{fair.pk}/")).split())
    assert "Follow up with each person within 2 days" in words
