"""A chat's page as the user sees it: when the chat was held, in the user's zone; where
it happens, as a link only when it is a web address; what notes are for before the chat;
the scheduling disclosures."""

from __future__ import annotations

import re

import pytest

from coffeechat.conversations.services import move_conversation
from tests.clock import at
from tests.pages import stylesheet, visible


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
    css = stylesheet()
    assert (
        '.schedule__form > summary::before, .schedule__cancel > summary::before { content: "▸"'
        in css
    )
    assert "details.schedule > summary { list-style: none" in css
