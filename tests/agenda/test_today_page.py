"""Today, through Django's test client: follow-ups due and overdue, snoozing and dismissing,
acting on an item, coworkers kept off, and a long list folded."""

from __future__ import annotations

import html
from datetime import timedelta

import pytest
from django.utils import timezone

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Message
from coffeechat.conversations.services import (
    add_action,
    move_conversation,
    start_conversation,
)
from tests.clock import FROZEN_NOW, at
from tests.pages import agenda_item, item_key, refusal_seen, text

HTMX = {"HX-Request": "true"}


def test_a_request_unanswered_for_seven_business_days_asks_for_one_follow_up(
    alice_client, requested, frozen
):
    response = alice_client.get("/")
    item = agenda_item(response, "follow_up")
    assert item is not None
    assert "Send Ana Ruiz one polite follow-up" in html.unescape(item)
    assert "7 business days ago" in html.unescape(item)


def test_a_snoozed_follow_up_is_hidden_today_and_back_tomorrow(alice_client, requested, frozen):
    key = item_key(agenda_item(alice_client.get("/"), "follow_up"))
    response = alice_client.post("/agenda/decide/", {"key": key, "action": "snooze", "days": "1"})
    assert response.status_code == 302
    today = alice_client.get("/")
    assert "Snoozed until Thursday 5 November." in text(today)
    assert agenda_item(today, "follow_up") is None

    frozen.move_to(FROZEN_NOW + timedelta(days=1))
    item = agenda_item(alice_client.get("/"), "follow_up")
    assert item is not None
    assert "Send Ana Ruiz one polite follow-up" in html.unescape(item)


def test_a_dismissed_follow_up_is_gone_for_good(alice_client, requested, frozen):
    key = item_key(agenda_item(alice_client.get("/"), "follow_up"))
    alice_client.post("/agenda/decide/", {"key": key, "action": "dismiss"})
    assert agenda_item(alice_client.get("/"), "follow_up") is None
    for days in (1, 7, 30):
        frozen.move_to(FROZEN_NOW + timedelta(days=days))
        assert agenda_item(alice_client.get("/"), "follow_up") is None


def test_an_htmx_snooze_replaces_the_item_with_a_note(alice_client, requested, frozen):
    key = item_key(agenda_item(alice_client.get("/"), "follow_up"))
    response = alice_client.post(
        "/agenda/decide/", {"key": key, "action": "snooze", "days": "3"}, headers=HTMX
    )
    assert response.status_code == 200
    assert "Snoozed until Saturday 7 November." in text(response)
    assert agenda_item(alice_client.get("/"), "follow_up") is None


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"key": "follow_up:chat:1:x"},
        {"key": "follow_up:chat:1:x", "action": "explode"},
        {"key": "follow_up:chat:1:x", "action": "snooze", "days": "abc"},
        {"key": "follow_up:chat:1:x", "action": "snooze", "days": "0"},
        {"key": "follow_up:chat:1:x", "action": "snooze", "days": "100000"},
        {"key": "k" * 300, "action": "dismiss"},
        {"key": "", "action": "dismiss"},
    ],
)
def test_a_bad_decision_is_refused_without_a_crash(alice_client, requested, frozen, data):
    response = alice_client.post("/agenda/decide/", data, follow=True)
    assert response.status_code == 200
    assert "That item could not be changed." in text(response)
    assert agenda_item(response, "follow_up") is not None

    response = alice_client.post("/agenda/decide/", data, headers=HTMX)
    assert refusal_seen(alice_client.get("/"), response) == "That item could not be changed."


def test_the_decide_address_only_takes_posts(alice_client):
    assert alice_client.get("/agenda/decide/").status_code == 405


def test_coworkers_never_appear_on_today(alice, alice_client, requested, frozen):
    # A coworker asked seven business days ago, met yesterday, and one never asked.
    cody = Contact.objects.create(owner=alice, name="Cody Brandt", source="coworker")
    cora = Contact.objects.create(owner=alice, name="Cora Lind", source="coworker")
    asked = start_conversation(alice, cody, now=at(19, month=10))
    move_conversation(alice, asked, "requested", now=at(26, month=10))
    met = start_conversation(alice, cora, now=at(19, month=10))
    met = move_conversation(alice, met, "requested", now=at(20, month=10))
    met = move_conversation(alice, met, "scheduled", now=at(21, month=10), at=at(3, 12))
    met = move_conversation(alice, met, "held", now=at(3, 13))
    add_action(alice, met, "lead", "Cora's team lead role", now=at(3, 13))
    # Ada, asked four business days ago, makes Today suggest the next person to ask:
    # the warmest is Cora (a coworker, so never), then Fred.
    fred = Contact.objects.create(owner=alice, name="Fred Ito", source="friend")
    ada = Contact.objects.create(owner=alice, name="Ada Byrne", source="linkedin")
    asked_ada = start_conversation(alice, ada, now=at(19, month=10))
    move_conversation(alice, asked_ada, "requested", now=at(29, month=10))

    page = text(alice_client.get("/"))
    assert "Send Ana Ruiz one polite follow-up" in page
    assert f"Reach out to {fred.name}" in page
    for name in ("Cody", "Cora"):
        assert name not in page


def test_today_with_nothing_due_says_so(alice_client, frozen):
    page = text(alice_client.get("/"))
    assert "Nothing is due" in page


def test_a_long_today_lists_fifty_items_a_section_and_offers_the_rest(
    alice, alice_client, chat, frozen
):
    for n in range(55):
        add_action(alice, chat, "book", f"Book number {n:02d}", now=at(1, 9, n))
    response = alice_client.get("/")
    page = text(response)
    assert response.content.decode().count('data-kind="resource"') == 50
    assert "Show all 55 overdue items" in page
    assert 'Overdue <span class="count">55</span>' in page

    everything = alice_client.get("/", {"all": "1"})
    assert everything.content.decode().count('data-kind="resource"') == 55
    assert "Show all" not in text(everything)


@pytest.mark.parametrize("ending", ["declined", "no_response"])
def test_someone_who_said_no_is_never_suggested_as_the_next_person(
    alice, alice_client, frozen, ending
):
    dee = Contact.objects.create(owner=alice, name="Dee Marsh", source="family")
    earlier = start_conversation(alice, dee, now=at(1, month=10))
    earlier = move_conversation(alice, earlier, "requested", now=at(2, month=10))
    move_conversation(alice, earlier, ending, now=at(20, month=10))
    Contact.objects.create(owner=alice, name="Fred Ito", source="friend")
    ada = Contact.objects.create(owner=alice, name="Ada Byrne", source="linkedin")
    asked = start_conversation(alice, ada, now=at(19, month=10))
    move_conversation(alice, asked, "requested", now=at(29, month=10))

    page = text(alice_client.get("/"))
    assert "Reach out to Fred Ito (friend) next" in page
    assert "Dee Marsh" not in page


def test_the_follow_up_can_be_recorded_from_today_and_leaves_it(alice_client, requested, frozen):
    item = agenda_item(alice_client.get("/"), "follow_up")
    assert "I sent it" in item
    response = alice_client.post(f"/chats/{requested.pk}/followed-up/", {"next": "/"}, follow=True)
    assert "Follow-up to Ana Ruiz recorded." in text(response)
    assert agenda_item(response, "follow_up") is None
    sent = Message.objects.get(conversation=requested, kind="follow_up")
    assert sent.sent_at == timezone.now()


def test_a_thank_you_can_be_marked_from_today(alice, alice_client, requested, frozen):
    scheduled = move_conversation(alice, requested, "scheduled", now=at(2), at=at(3, 15))
    move_conversation(alice, scheduled, "held", now=at(3, 16))
    page = alice_client.get("/")
    assert "Mark thanked" in agenda_item(page, "thank_you")
    response = alice_client.post(
        f"/chats/{requested.pk}/move/", {"status": "thanked", "next": "/"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/"
    assert agenda_item(response, "thank_you") is None
    requested.refresh_from_db()
    assert requested.status == "thanked"


def test_recording_a_follow_up_to_someone_at_your_employer_asks_you_to_confirm_first(
    alice, alice_client, requested, frozen
):
    profile = get_profile(alice)
    profile.employer = "Meridian Labs"  # Ana's organisation
    profile.save()
    response = alice_client.post(f"/chats/{requested.pk}/followed-up/", {"next": "/"}, follow=True)
    assert "works at your current employer" in text(response)
    assert not Message.objects.filter(conversation=requested).exists()
    confirmed = alice_client.post(
        f"/chats/{requested.pk}/followed-up/", {"next": "/", "confirmed": "1"}, follow=True
    )
    assert "Follow-up to Ana Ruiz recorded." in text(confirmed)
    assert Message.objects.get(conversation=requested).sent_at is not None


def test_today_lists_what_is_due_today_before_what_is_overdue(
    alice, alice_client, requested, frozen
):
    add_action(alice, requested, "book", "Range", now=at(2))  # a resource from Monday
    page = text(alice_client.get("/"))
    assert "Send Ana Ruiz one polite follow-up" in page
    assert page.index("Due today") < page.index("Overdue") < page.index("Range")


def test_items_due_today_show_only_their_time_and_overdue_ones_their_date(
    alice, alice_client, chat, frozen
):
    # Requested Fri 23 Oct 10:15: the follow-up was due Tue 3 Nov at 10:15 (overdue) and the
    # next person on Wed 28 Oct. A chat held this morning: its thank-you is due in 24 hours.
    move_conversation(alice, chat, "requested", now=at(23, 10, 15, month=10))
    bea = Contact.objects.create(owner=alice, name="Bea Lopez", email="bea@example.org")
    other = start_conversation(alice, bea, now=at(19, month=10))
    other = move_conversation(alice, other, "requested", now=at(2))
    other = move_conversation(alice, other, "scheduled", now=at(2), at=at(3, 15))
    move_conversation(alice, other, "held", now=at(4, 9), at=at(3, 16))
    page = alice_client.get("/").content.decode()
    today = page.split('id="today-h"', 1)[1].split('id="overdue-h"', 1)[0]
    overdue = page.split('id="overdue-h"', 1)[1]
    assert "Due Wed 4 Nov" not in today
    assert "Due at 16:00" in today  # the thank-you, 24 hours after the chat
    assert "Due Tue 3 Nov, 10:15" in overdue
