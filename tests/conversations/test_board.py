"""The pipeline board: moves allowed and refused (with and without JavaScript), each chat
in its column, full columns, and starting a chat from it."""

from __future__ import annotations

import pytest

from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Conversation
from coffeechat.conversations.services import start_conversation
from tests.clock import at
from tests.pages import column, text

HTMX = {"HX-Request": "true"}


@pytest.mark.parametrize(
    ("when", "error"),
    [
        ("", "Give the agreed date and time."),
        ("next tuesday", "Enter a date and time, for example 2026-03-14 15:30."),
    ],
)
def test_scheduling_on_the_board_needs_a_real_time(alice_client, requested, when, error):
    data = {"status": "scheduled", "at": when, "from": "board"}
    response = alice_client.post(f"/chats/{requested.pk}/move/", data, headers=HTMX)
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#board-message"
    assert error in text(response)
    requested.refresh_from_db()
    assert requested.status == "requested"

    # Without JavaScript the same form posts normally and lands back on the board.
    response = alice_client.post(f"/chats/{requested.pk}/move/", data, follow=True)
    assert response.redirect_chain[-1][0] == "/pipeline/"
    assert error in text(response)
    requested.refresh_from_db()
    assert requested.status == "requested"


def test_a_refused_move_on_the_board_says_what_is_allowed(alice_client, chat):
    response = alice_client.post(
        f"/chats/{chat.pk}/move/", {"status": "held", "from": "board"}, headers=HTMX
    )
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#board-message"
    message = text(response)
    assert "A conversation cannot move from prospect to held." in message
    assert "From prospect it can move to requested" in message
    chat.refresh_from_db()
    assert chat.status == "prospect"


def test_a_refused_move_without_javascript_is_explained_on_the_page(alice_client, chat):
    response = alice_client.post(f"/chats/{chat.pk}/move/", {"status": "thanked"}, follow=True)
    assert response.status_code == 200
    assert "cannot move from prospect to thanked" in text(response)
    chat.refresh_from_db()
    assert chat.status == "prospect"


def test_an_unknown_status_is_refused_without_a_crash(alice_client, chat):
    data = {"status": "married", "from": "board"}
    response = alice_client.post(f"/chats/{chat.pk}/move/", data, headers=HTMX)
    assert response.status_code == 200
    assert "“married” is not a status." in text(response)
    response = alice_client.post(f"/chats/{chat.pk}/move/", {"status": "married"}, follow=True)
    assert "“married” is not a status." in text(response)
    chat.refresh_from_db()
    assert chat.status == "prospect"


def test_an_allowed_move_on_the_board_redraws_it_with_the_card_in_its_new_column(
    alice_client, chat
):
    response = alice_client.post(
        f"/chats/{chat.pk}/move/", {"status": "requested", "from": "board"}, headers=HTMX
    )
    assert response.status_code == 200
    assert "HX-Retarget" not in response
    assert 'id="board"' in response.content.decode()
    assert "<html" not in response.content.decode()
    assert f'id="card-{chat.pk}"' in column(response, "requested")
    assert f'id="card-{chat.pk}"' not in column(response, "prospect")
    assert "Ana Ruiz: now requested." in text(response)
    chat.refresh_from_db()
    assert chat.status == "requested"


def test_the_board_shows_each_chat_in_its_column(alice_client, requested):
    response = alice_client.get("/pipeline/")
    assert "Ana Ruiz" in column(response, "requested")
    assert "Ana Ruiz" not in column(response, "prospect")
    assert 'aria-label="Move Ana Ruiz to scheduled"' not in response.content.decode()


def test_a_full_board_column_links_to_the_rest(alice, alice_client):
    for n in range(25):
        person = Contact.objects.create(owner=alice, name=f"Prospect {n:02d}")
        start_conversation(alice, person, now=at(1, 9, n))
    board = alice_client.get("/pipeline/")
    prospects = column(board, "prospect")
    assert prospects.count('class="board-card"') == 20
    assert "Prospect 24" in prospects  # the most recent first
    assert "Prospect 04" not in prospects
    assert "and 5 more…" in prospects
    everyone = text(alice_client.get("/pipeline/prospect/"))
    assert "Prospect 04" in everyone
    assert "Prospect 24" in everyone


def test_each_move_button_on_the_board_names_the_person_and_the_column(alice_client, requested):
    page = alice_client.get("/pipeline/").content.decode()
    assert 'aria-label="Move Ana Ruiz to declined"' in page
    assert 'aria-label="Move Ana Ruiz to no response"' in page


def test_a_conversation_can_be_started_from_the_pipeline_with_the_picker(alice_client, ana):
    response = alice_client.post("/chats/new/", {"contact": f"Ana Ruiz (#{ana.pk})"})
    conversation = Conversation.objects.get(contact=ana)
    assert response.status_code == 302
    assert response["Location"] == f"/chats/{conversation.pk}/"
