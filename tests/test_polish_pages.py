"""Small polish on the pages: the import kind preselected, Today's due times, and the chat
page saying when the chat was held, where it happens as a link, and what notes are for."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from django.conf import settings

from coffeechat.contacts.models import Contact
from coffeechat.conversations.services import move_conversation, start_conversation
from tests.pages import visible

from .conftest import LONDON


def at(day: int, hour: int = 9, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=LONDON)


def checked_kinds(response) -> list[str]:
    return re.findall(
        r'<input type="radio" name="kind" value="(\w+)"[^>]*\bchecked\b', response.content.decode()
    )


# ------------------------------------------------------------------ imports


def test_the_import_page_starts_with_linkedin_chosen(alice_client):
    assert checked_kinds(alice_client.get("/imports/")) == ["linkedin"]


def test_a_kind_chosen_and_sent_back_with_an_error_stays_chosen(alice_client):
    response = alice_client.post("/imports/", {"kind": "vcard"})
    assert checked_kinds(response) == ["vcard"]


# ------------------------------------------------------------------ the chat page


@pytest.fixture
def chat(alice):
    ana = Contact.objects.create(owner=alice, name="Ana Ruiz", email="ana@example.org")
    return start_conversation(alice, ana, now=at(19, month=10))


def test_a_held_chat_says_when_it_was_held_in_the_users_zone(alice, alice_client, chat, frozen):
    chat = move_conversation(alice, chat, "requested", now=at(2))
    chat = move_conversation(alice, chat, "scheduled", now=at(2), at=at(3, 15))
    chat = move_conversation(alice, chat, "held", now=at(4, 9), at=at(3, 15))
    page = visible(alice_client.get(f"/chats/{chat.pk}/"))
    assert "Held on Tue 3 Nov at 15:00." in page
    chat = move_conversation(alice, chat, "thanked", now=at(4, 9))
    assert "Held on Tue 3 Nov at 15:00." in visible(alice_client.get(f"/chats/{chat.pk}/"))


def test_before_the_chat_the_notes_say_they_fill_the_thank_you(alice, alice_client, chat, frozen):
    hint = "Notes you take during the chat fill in the thank-you"
    assert hint in visible(alice_client.get(f"/chats/{chat.pk}/"))
    for status, when in (("requested", None), ("scheduled", at(5, 15))):
        chat = move_conversation(alice, chat, status, now=at(2), at=when)
        assert hint in visible(alice_client.get(f"/chats/{chat.pk}/"))
    chat = move_conversation(alice, chat, "held", now=at(4, 9), at=at(4, 8))
    assert hint not in visible(alice_client.get(f"/chats/{chat.pk}/"))


@pytest.mark.parametrize(
    ("where", "linked"),
    [
        ("https://meet.example.org/abc-defg", True),
        ("HTTP://zoom.example/j/123", True),
        ("javascript:alert(1)", False),
        ("meet.example.org/abc", False),
        ("Room 4, Science Park", False),
    ],
)
def test_a_video_link_is_clickable_only_when_it_is_a_web_address(
    alice, alice_client, chat, frozen, where, linked
):
    chat = move_conversation(alice, chat, "requested", now=at(2))
    chat = move_conversation(alice, chat, "scheduled", now=at(2), at=at(6, 15))
    type(chat).objects.filter(pk=chat.pk).update(medium="video", where=where)
    response = alice_client.get(f"/chats/{chat.pk}/")
    html = response.content.decode()
    assert where.replace("&", "&amp;") in html
    links = re.findall(r'<a href="([^"]*)"[^>]*data-testid="where-link"', html)
    assert links == ([where] if linked else [])
    if linked:
        assert 'rel="noopener noreferrer"' in html


def test_the_scheduling_disclosures_show_a_marker(alice, alice_client, chat, frozen):
    chat = move_conversation(alice, chat, "requested", now=at(2))
    html = alice_client.get(f"/chats/{chat.pk}/").content.decode()
    for label in ("Offer times", "Agree a time"):
        assert re.search(
            rf'<details class="schedule__form"[^>]*>\s*<summary>{label}</summary>', html
        )
    # The board's button-like summary hides its marker; the chat page's show ▸ / ▾.
    css = (settings.BASE_DIR / "static/coffeechat/app.css").read_text()
    assert (
        '.schedule__form > summary::before, .schedule__cancel > summary::before { content: "▸"'
        in css
    )
    assert "details.schedule > summary { list-style: none" in css


# ------------------------------------------------------------------ Today


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
