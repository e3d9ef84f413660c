"""The chat page's panels, each alone at its own URL (for htmx partial refreshes).

Each fragment is the same HTML the whole page holds, only the owner gets it (anyone
else gets 404, as for the page), and it asks the database a fixed number of questions.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from coffeechat.chats.page import PANELS
from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import organization_named
from coffeechat.conversations.scheduling import move_chat
from coffeechat.conversations.services import (
    add_action,
    add_note,
    choose_question,
    ensure_question_bank,
    questions_for,
    record_message,
    start_conversation,
)
from tests.clock import FROZEN_NOW

# Queries for each panel alone: session, user and profile, then the panel's own.
QUERIES = {
    "status": 7,
    "schedule": 6,
    "messages": 7,
    "questions": 6,
    "notes": 5,
    "followups": 5,
}


@pytest.fixture
def chat(alice):
    """A scheduled chat with a bit of everything: a sent request, a note, an item to
    follow up and a chosen question."""
    ana = Contact.objects.create(
        owner=alice,
        name="Ana Ruiz",
        email="ana@example.org",
        organization=organization_named(alice, "Meridian Labs"),
        connection="Both did PhDs at Leeds",
    )
    start = FROZEN_NOW - timedelta(days=10)
    conversation = start_conversation(alice, ana, now=start)
    record_message(
        alice,
        conversation,
        kind="thank_you",
        channel="email",
        subject="Thank you",
        body="Hi Ana,\n\nThank you in advance.\n\nAlice",
        now=start,
        sent=False,
    )  # a draft: its send actions carry the page's address
    record_message(
        alice,
        conversation,
        kind="request",
        channel="email",
        subject="A quick question",
        body="Hi Ana,\n\nCould we talk for 20 minutes?\n\nAlice",
        now=start,
        sent=True,
    )
    conversation = move_chat(alice, conversation, "requested", now=start)
    conversation = move_chat(
        alice, conversation, "scheduled", at=FROZEN_NOW + timedelta(days=2), now=FROZEN_NOW
    )
    add_note(alice, conversation, "Ask about **data** teams.", now=FROZEN_NOW)
    add_action(alice, conversation, "book", "Range", now=FROZEN_NOW)
    ensure_question_bank(alice)
    choose_question(alice, conversation, questions_for(alice).first())
    return conversation


def _same_tokens(html: str) -> str:
    """CSRF tokens are masked afresh for each render: compare without them."""
    return re.sub(r"[A-Za-z0-9]{64}", "TOKEN", html)


def test_every_panel_has_its_url(chat):
    assert set(PANELS) == set(QUERIES)
    for name in PANELS:
        assert reverse(f"conversations:chat_panel_{name}", args=[chat.pk]) == (
            f"/chats/{chat.pk}/panels/{name}/"
        )


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_a_panel_alone_is_the_html_the_page_holds(alice_client, chat, name):
    page = _same_tokens(alice_client.get(f"/chats/{chat.pk}/").content.decode())
    response = alice_client.get(f"/chats/{chat.pk}/panels/{name}/")
    assert response.status_code == 200
    fragment = _same_tokens(response.content.decode()).strip()
    assert fragment
    assert fragment in page


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_a_panel_is_for_its_owner_only(charlie_client, chat, name):
    assert charlie_client.get(f"/chats/{chat.pk}/panels/{name}/").status_code == 404


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_a_panel_asks_a_fixed_number_of_queries(
    alice_client, chat, name, django_assert_num_queries
):
    alice_client.get(f"/chats/{chat.pk}/")  # the question bank is filled once, on the page
    with django_assert_num_queries(QUERIES[name]):
        response = alice_client.get(f"/chats/{chat.pk}/panels/{name}/")
    assert response.status_code == 200


def test_a_panel_only_answers_get(alice_client, chat):
    assert alice_client.post(f"/chats/{chat.pk}/panels/notes/").status_code == 405
