"""Closing the loop on Today: what someone suggested is done, so tell them."""

from __future__ import annotations

from datetime import datetime

import pytest

from coffeechat import factories
from coffeechat.agenda.services import NothingToTell, agenda_for, mark_told
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import ActionItem
from coffeechat.conversations.services import (
    add_action,
    set_action_done,
    start_conversation,
)
from coffeechat.scoping import NotFound
from tests.clock import FROZEN_NOW, LONDON
from tests.pages import refusal_seen, visible

HTMX = {"HX-Request": "true"}
MONDAY = datetime(2026, 11, 2, 20, 45, tzinfo=LONDON)


@pytest.fixture
def read(alice, chat):
    """Ana suggested "Range"; Alice read it on Monday evening."""
    book = add_action(alice, chat, "book", "Range", now=datetime(2026, 10, 21, 9, tzinfo=LONDON))
    return set_action_done(book, True, now=MONDAY)


def tells(user, now=FROZEN_NOW):
    return [i for i in agenda_for(user, now=now) if i.kind == "tell"]


def test_today_suggests_telling_the_person_who_suggested_it(alice_client, chat, read, frozen):
    page = visible(alice_client.get("/"))
    assert "Close the loop" in page
    assert "Tell Ana Ruiz you read “Range”" in page
    assert "I told them" in page and "Write an update" in page
    html = alice_client.get("/").content.decode()
    assert f'href="/chats/{chat.pk}/#messages"' in html
    assert f'action="/agenda/told/{read.pk}/"' in html


def test_each_kind_is_told_in_its_own_words(alice, chat, frozen):
    zoe = Contact.objects.create(owner=alice, name="Zoë Ørsted", source="referral")
    for kind, title in [("organisation", "RSC"), ("person", "Zoë"), ("lead", "Data role")]:
        action = add_action(alice, chat, kind, title, now=MONDAY)
        if kind == "person":
            action.person = zoe
            action.save()
        set_action_done(action, True, now=MONDAY)
    assert sorted(i.title for i in tells(alice)) == [
        "Tell Ana Ruiz how the lead “Data role” went",
        "Tell Ana Ruiz you looked into “RSC”",
        "Tell Ana Ruiz you met Zoë Ørsted",
    ]


def test_i_told_them_closes_the_loop(alice, alice_client, read, frozen):
    response = alice_client.post(f"/agenda/told/{read.pk}/", follow=True)
    assert "Loop closed: you told Ana Ruiz." in visible(response)
    assert "Tell Ana Ruiz" not in visible(response)
    read.refresh_from_db()
    assert read.told_at == FROZEN_NOW
    # Telling twice keeps the first time.
    mark_told(alice, read.pk, now=datetime(2026, 11, 5, tzinfo=LONDON))
    read.refresh_from_db()
    assert read.told_at == FROZEN_NOW


def test_i_told_them_by_htmx_replaces_the_item(alice_client, read, frozen):
    response = alice_client.post(f"/agenda/told/{read.pk}/", headers=HTMX)
    assert response.status_code == 200
    assert 'role="status"' in response.content.decode()
    assert "Loop closed: you told Ana Ruiz." in visible(response)


def test_a_message_to_them_after_it_was_done_closes_the_loop(alice, chat, read):
    # A draft is not a message sent.
    when = datetime(2026, 11, 3, 12, tzinfo=LONDON)
    factories.make_message(
        alice, chat, "keep_in_touch", subject="Hi", body="x", now=when, sent=False
    )
    assert tells(alice)
    factories.make_message(
        alice,
        chat,
        "keep_in_touch",
        subject="I read Range",
        body="Thank you for the tip.",
        now=datetime(2026, 11, 3, 12, tzinfo=LONDON),
    )
    assert tells(alice) == []


def test_a_message_sent_before_it_was_done_does_not_count(alice, chat, read):
    factories.make_message(
        alice,
        chat,
        "thank_you",
        subject="Thanks",
        body="x",
        now=datetime(2026, 10, 22, tzinfo=LONDON),
    )
    assert [i.title for i in tells(alice)] == ["Tell Ana Ruiz you read “Range”"]


def test_dismissing_hides_it(alice, alice_client, read, frozen):
    (item,) = tells(alice)
    alice_client.post("/agenda/decide/", {"key": item.key, "action": "dismiss"})
    assert tells(alice) == []


def test_nothing_to_tell_for_an_open_item_or_one_nobody_suggested(alice, alice_client, chat):
    open_item = add_action(alice, chat, "book", "Open book", now=MONDAY)
    response = alice_client.post(f"/agenda/told/{open_item.pk}/", follow=True)
    assert response.status_code == 200
    assert "That item is not done yet: mark it done first." in visible(response)
    today = alice_client.get("/")
    response = alice_client.post(f"/agenda/told/{open_item.pk}/", headers=HTMX)
    assert refusal_seen(today, response) == "That item is not done yet: mark it done first."
    mine = ActionItem.objects.create(
        owner=alice, kind="book", title="Mine", created_at=MONDAY, done=True, done_at=MONDAY
    )
    with pytest.raises(NothingToTell, match="Nobody suggested"):
        mark_told(alice, mine.pk, now=MONDAY)
    assert ActionItem.objects.get(pk=open_item.pk).told_at is None


def test_a_coworkers_suggestion_is_never_on_today(alice):
    cody = Contact.objects.create(owner=alice, name="Cody Desk", source="coworker")
    chat = start_conversation(alice, cody, now=MONDAY)
    set_action_done(add_action(alice, chat, "book", "Quiet book", now=MONDAY), True, now=MONDAY)
    assert tells(alice) == []


def test_someone_elses_item_is_not_found(charlie, charlie_client, read):
    response = charlie_client.post(f"/agenda/told/{read.pk}/")
    assert response.status_code == 404
    assert ActionItem.objects.get(pk=read.pk).told_at is None
    with pytest.raises(NotFound):
        mark_told(charlie, read.pk, now=MONDAY)


def test_telling_is_a_post(alice_client, read):
    assert alice_client.get(f"/agenda/told/{read.pk}/").status_code == 405
    assert alice_client.post("/agenda/told/999999/").status_code == 404


def test_the_contacts_timeline_says_the_loop_is_closed(alice, alice_client, ana, read, frozen):
    assert "done, and you told them" not in visible(alice_client.get(f"/contacts/{ana.pk}/"))
    mark_told(alice, read.pk, now=FROZEN_NOW)
    assert "done, and you told them" in visible(alice_client.get(f"/contacts/{ana.pk}/"))


def test_ticking_a_resource_off_on_today_brings_up_telling_the_person(
    alice, alice_client, chat, frozen
):
    book = add_action(alice, chat, "book", "Range", now=MONDAY)
    page = visible(alice_client.get("/"))
    assert "Read “Range” (from Ana Ruiz)" in page
    html = alice_client.get("/").content.decode()
    assert f'action="/actions/{book.pk}/toggle/"' in html

    response = alice_client.post(f"/actions/{book.pk}/toggle/", {"next": "/"}, follow=True)
    page = visible(response)
    assert "Done: Range. Tell Ana Ruiz how it went: Today reminds you." in page
    assert "Tell Ana Ruiz you read “Range”" in page
    assert "Read “Range” (from Ana Ruiz)" not in page


def test_the_chat_page_offers_i_told_them_beside_a_done_item(alice_client, chat, read, frozen):
    page = visible(alice_client.get(f"/chats/{chat.pk}/"))
    assert "Done: tell Ana how it went." in page
    response = alice_client.post(f"/agenda/told/{read.pk}/", {"next": f"/chats/{chat.pk}/#actions"})
    assert response.status_code == 302
    assert response["Location"] == f"/chats/{chat.pk}/#actions"
    page = visible(alice_client.get(f"/chats/{chat.pk}/"))
    assert "Done: tell Ana how it went." not in page
    assert "you told Ana" in page


def test_a_keep_in_touch_draft_names_only_what_was_done(alice, chat, frozen):
    from coffeechat.accounts.services import get_profile
    from coffeechat.outreach.composer import filled_message

    book = add_action(alice, chat, "book", "Range", now=MONDAY)
    draft = filled_message(alice, get_profile(alice), chat, "keep_in_touch").body
    assert "Range" not in draft  # still open: saying it was followed up would be untrue
    set_action_done(book, True, now=MONDAY)
    draft = filled_message(alice, get_profile(alice), chat, "keep_in_touch").body
    assert "I followed up on Range, as you suggested" in draft
