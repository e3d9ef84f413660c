"""The composer preselects a message only once it is due.

Right after a request goes out the follow-up is not due for `follow_up_after_days`
business days (as Today counts them); after the thank-you nothing is due, and a
keep-in-touch update is offered with its own link rather than preselected.
"""

from __future__ import annotations

from coffeechat.accounts.services import get_profile
from coffeechat.conversations.services import move_conversation
from coffeechat.outreach.services import record_sent, save_draft
from tests.clock import at
from tests.pages import visible

from .test_composer import composer_body, selected


def lead(response) -> str:
    page = visible(response)
    assert "Nothing to send now:" in page
    return page.split("Nothing to send now:", 1)[1].split("\n", 1)[0].strip()


def test_just_after_the_request_nothing_is_preselected_and_the_due_day_is_said(
    alice, alice_client, chat, frozen
):
    move_conversation(alice, chat, "requested", now=at(4, 9))  # Wednesday
    page = alice_client.get(f"/chats/{chat.pk}/")
    assert selected(page, "kind") == ""
    assert composer_body(page) == ""
    # 7 business days after Wednesday 4 November.
    assert lead(page).startswith("a follow-up is due on Fri 13 Nov if there is no reply.")
    # The composer is still usable: choosing the follow-up fills it in.
    filled = alice_client.post(
        f"/chats/{chat.pk}/compose/", {"action": "fill", "kind": "follow_up"}
    )
    assert selected(filled, "kind") == "follow_up"
    assert composer_body(filled)


def test_the_follow_up_is_preselected_once_it_is_due(alice, alice_client, chat, frozen):
    move_conversation(alice, chat, "requested", now=at(23, month=10))  # due Tue 3 Nov
    page = alice_client.get(f"/chats/{chat.pk}/")
    assert selected(page, "kind") == "follow_up"
    assert composer_body(page)
    assert "Nothing to send now" not in visible(page)


def test_on_the_due_day_it_is_preselected_whatever_the_hour(alice, alice_client, chat, frozen):
    # Monday 26 October at 15:00 + 7 business days = Wednesday 4 November at 15:00;
    # Today lists it from the start of that day, and so does the composer.
    move_conversation(alice, chat, "requested", now=at(26, 15, month=10))
    assert selected(alice_client.get(f"/chats/{chat.pk}/"), "kind") == "follow_up"


def test_the_users_own_follow_up_rule_counts(alice, alice_client, chat, frozen):
    profile = get_profile(alice)
    profile.follow_up_after_days = 2
    profile.save()
    move_conversation(alice, chat, "requested", now=at(2))  # Monday: due Wednesday
    assert selected(alice_client.get(f"/chats/{chat.pk}/"), "kind") == "follow_up"
    profile.follow_up_after_days = 3
    profile.save()
    assert lead(alice_client.get(f"/chats/{chat.pk}/")).startswith(
        "a follow-up is due on Thu 5 Nov"
    )


def test_after_the_follow_up_nothing_more_is_pushed(alice, alice_client, chat, frozen):
    chat = move_conversation(alice, chat, "requested", now=at(19, month=10))
    follow_up = save_draft(
        alice,
        chat,
        kind="follow_up",
        channel="email",
        subject="Re: a chat",
        body="Dear Ana, just following up.",
        now=at(2),
    )
    record_sent(alice, follow_up, now=at(2))
    page = alice_client.get(f"/chats/{chat.pk}/")
    assert selected(page, "kind") == ""
    assert lead(page).startswith(
        "you followed up on Mon 2 Nov. If there is still no reply by Wed 11 Nov"
    )


def test_after_thanking_keep_in_touch_is_offered_not_pushed(alice, alice_client, chat, frozen):
    for status, when in (("requested", None), ("scheduled", at(5, 15)), ("held", at(3, 8))):
        chat = move_conversation(alice, chat, status, now=at(3, 9), at=when)
    chat = move_conversation(alice, chat, "thanked", now=at(3, 18))
    page = alice_client.get(f"/chats/{chat.pk}/")
    assert selected(page, "kind") == ""
    assert lead(page).startswith("your thank-you has gone out.")
    link = f'href="/chats/{chat.pk}/?write=keep_in_touch#composer"'
    assert link in page.content.decode()
    assert "Write a keep-in-touch update" in visible(page)
    offered = alice_client.get(f"/chats/{chat.pk}/?write=keep_in_touch")
    assert selected(offered, "kind") == "keep_in_touch"
    assert composer_body(offered)
    assert "Nothing to send now" not in visible(offered)


def test_saving_without_a_kind_is_refused_beside_the_field(alice, alice_client, chat, frozen):
    move_conversation(alice, chat, "requested", now=at(4, 9))
    response = alice_client.post(
        f"/chats/{chat.pk}/compose/",
        {"kind": "", "channel": "email", "subject": "", "body": "Hello", "action": "save"},
    )
    assert response.status_code == 200
    assert not chat.messages.exists()


def test_a_confirmed_chat_asks_for_no_second_confirmation(alice, alice_client, chat, frozen):
    from coffeechat.conversations.scheduling import schedule_chat

    move_conversation(alice, chat, "requested", now=at(2))
    chat = schedule_chat(alice, chat, start=at(10, 15), zone="Europe/London", now=at(3))
    page = alice_client.get(f"/chats/{chat.pk}/")
    assert selected(page, "kind") == "confirmation"  # not confirmed yet: it is due
    chat.confirmed_at = at(3, 12)
    chat.save(update_fields=["confirmed_at"])
    page = alice_client.get(f"/chats/{chat.pk}/")
    assert selected(page, "kind") == ""
    assert lead(page).startswith("the confirmation went out on Tue 3 Nov.")
