"""The forms on a chat's page: notes, action items, messages, questions and a time for
the chat, each refused beside its field when wrong, never with a crash."""

from __future__ import annotations

import re

import pytest

from coffeechat.conversations.models import (
    ActionItem,
    Message,
    Note,
    Question,
)
from tests.clock import at
from tests.pages import error_beside, text


@pytest.mark.parametrize("body", ["", "   \n  "])
def test_an_empty_note_is_refused_beside_the_note_field(alice_client, chat, body):
    response = alice_client.post(f"/chats/{chat.pk}/notes/", {"body": body})
    assert response.status_code == 200
    assert error_beside(response, "note_body") == "Write something first."
    assert not Note.objects.filter(conversation=chat).exists()


def test_a_note_is_saved(alice_client, chat):
    response = alice_client.post(f"/chats/{chat.pk}/notes/", {"body": "Spring hiring."})
    assert response.status_code == 302
    assert "Spring hiring." in text(alice_client.get(f"/chats/{chat.pk}/"))


def test_an_action_needs_a_title(alice_client, chat):
    response = alice_client.post(f"/chats/{chat.pk}/actions/", {"kind": "book", "title": ""})
    assert response.status_code == 200
    assert error_beside(response, "id_title") == "Say what to follow up."
    assert not ActionItem.objects.filter(conversation=chat).exists()


def test_a_message_needs_a_body(alice_client, chat):
    data = {"kind": "request", "channel": "email", "subject": "A short chat?", "body": ""}
    response = alice_client.post(f"/chats/{chat.pk}/compose/", data)
    assert response.status_code == 200
    assert error_beside(response, "compose_body") == "The message has no text."
    # The composer keeps what was typed.
    assert 'value="A short chat?"' in response.content.decode()
    assert not Message.objects.filter(conversation=chat).exists()


def test_a_message_of_an_unknown_kind_is_refused(alice_client, chat):
    data = {"kind": "love_letter", "channel": "email", "body": "Hello"}
    response = alice_client.post(f"/chats/{chat.pk}/compose/", data)
    assert response.status_code == 200
    assert "is not a kind of message." in error_beside(response, "compose_kind")
    assert not Message.objects.filter(conversation=chat).exists()


def test_a_question_needs_its_text(alice, alice_client, chat):
    data = {"text": "", "topic": "day"}
    response = alice_client.post(f"/chats/{chat.pk}/questions/", data)
    assert response.status_code == 200
    assert error_beside(response, "id_text") == "Write the question."
    assert "Not saved: see the field marked below." in text(response)
    assert not Question.objects.filter(owner=alice).exists()


def test_the_note_and_message_fields_have_ids_of_their_own(alice_client, chat):
    page = alice_client.get(f"/chats/{chat.pk}/").content.decode()
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


@pytest.mark.parametrize(
    ("when", "error"),
    [
        ("", "Give the agreed date and time."),
        ("next tuesday", "Enter a date and time, for example 2026-03-14 15:30."),
        ("2026-13-45T25:61", "Enter a date and time, for example 2026-03-14 15:30."),
    ],
)
def test_scheduling_from_the_chat_page_needs_a_real_time(alice_client, requested, when, error):
    data = {"status": "scheduled", "at": when}
    response = alice_client.post(f"/chats/{requested.pk}/move/", data)
    assert response.status_code == 200
    assert error_beside(response, "id_at") == error
    requested.refresh_from_db()
    assert requested.status == "requested"


def test_scheduling_with_a_time_moves_the_chat_in_the_users_zone(alice_client, requested, frozen):
    data = {"status": "scheduled", "at": "2026-11-12T15:30"}
    response = alice_client.post(f"/chats/{requested.pk}/move/", data)
    assert response.status_code == 302
    requested.refresh_from_db()
    assert requested.status == "scheduled"
    assert requested.scheduled_at == at(12, 15, 30)
    assert "Thu 12 Nov 2026, 15:30 London time" in text(alice_client.get(f"/chats/{requested.pk}/"))
