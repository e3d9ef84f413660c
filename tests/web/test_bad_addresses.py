"""Addresses that lead nowhere: unknown pages and ids are a Not found page that says what
was not found; a GET to a POST-only address is refused; a next address off the site is
ignored."""

from __future__ import annotations

import pytest
from django.utils import timezone

from coffeechat.conversations.services import add_action
from tests.pages import text


@pytest.mark.parametrize(
    "url",
    [
        "/nope/",
        "/chats/abc/",
        "/chats/999999/",
        "/chats/0/",
        "/chats/99999999999999999999999/",
        "/chats/-1/",
        "/pipeline/bogus/",
        "/contacts/abc/",
        "/contacts/999999/",
        "/contacts/999999/edit/",
        "/targets/999999/",
        "/events/999999/",
        "/agenda/",
        "/login/",
    ],
)
def test_an_unknown_address_or_id_is_a_not_found_page(alice_client, url):
    response = alice_client.get(url)
    assert response.status_code == 404
    assert "Nothing here" in text(response)


def test_a_not_found_page_says_what_was_not_found(alice_client):
    assert "No status called “bogus”." in text(alice_client.get("/pipeline/bogus/"))
    assert "No conversation with id 999999." in text(alice_client.get("/chats/999999/"))


@pytest.mark.parametrize(
    "url",
    [
        "/chats/999999/move/",
        "/chats/999999/notes/",
        "/chats/999999/actions/",
        "/chats/999999/compose/",
        "/chats/999999/questions/choose/",
        "/actions/999999/toggle/",
        "/messages/999999/mark-sent/",
        "/messages/99999999999999999999999/mark-sent/",
        "/meetings/999999/followed-up/",
        "/events/999999/meetings/",
    ],
)
def test_posting_to_a_missing_record_is_not_found(alice_client, url):
    response = alice_client.post(url, {"status": "requested", "body": "x"})
    assert response.status_code == 404
    assert "Nothing here" in text(response)


@pytest.mark.parametrize("url", ["/chats/1/move/", "/chats/1/notes/preview/", "/logout/"])
def test_a_get_to_a_post_only_address_is_refused(alice_client, chat, url):
    assert alice_client.get(url).status_code == 405


def test_a_next_address_off_this_site_is_ignored(alice_client, chat):
    action = add_action(chat.owner, chat, "book", "Range", now=timezone.now())
    response = alice_client.post(
        f"/actions/{action.pk}/toggle/", {"next": "https://evil.example/phish"}
    )
    assert response["Location"] == "/"
