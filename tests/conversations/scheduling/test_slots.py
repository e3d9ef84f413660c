"""Offering times before a chat is agreed (issue 4, item 2): up to three times typed in the
user's zone, kept in UTC, listed in both zones, named in the contact's zone in the request,
and scheduled with one button when the contact picks one. Charlie reaches none of it."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

import pytest

from coffeechat.conversations.models import Conversation
from coffeechat.conversations.scheduling import invitation_ics
from coffeechat.conversations.slots import (
    SlotProblem,
    clear_slots,
    offer_slots,
    schedule_slot,
    slot_times,
)
from coffeechat.lib import calendar as cal
from coffeechat.lib.lint import lint
from tests.clock import FROZEN_NOW
from tests.pages import error_beside, text

NEW_YORK = "America/New_York"
# 09:00, 14:30 and 16:00 New York time; 14:00, 19:30 and 21:00 London time.
TUE = datetime(2026, 11, 10, 14, 0, tzinfo=UTC)
WED = datetime(2026, 11, 11, 19, 30, tzinfo=UTC)
THU = datetime(2026, 11, 12, 21, 0, tzinfo=UTC)
OFFERED = (
    "Tuesday 10 November at 09:00, Wednesday 11 November at 14:30 or "
    "Thursday 12 November at 16:00 (New York time)"
)


def composer_body(response) -> str:
    match = re.search(
        r'<textarea name="body"[^>]*>(.*?)</textarea>', response.content.decode(), re.S
    )
    assert match, "no composer"
    return html.unescape(match.group(1)).strip()


def reload(chat) -> Conversation:
    return Conversation.objects.get(pk=chat.pk)


# ------------------------------------------------------------------ the service


def test_three_times_are_kept_in_utc_earliest_first(alice, chat):
    offer_slots(alice, chat, [THU, TUE, WED], now=FROZEN_NOW)
    stored = reload(chat)
    assert stored.proposed_slots == [
        "2026-11-10T14:00:00Z",
        "2026-11-11T19:30:00Z",
        "2026-11-12T21:00:00Z",
    ]
    assert slot_times(stored) == [TUE, WED, THU]


def test_a_new_offer_replaces_the_old_and_clearing_withdraws_it(alice, chat):
    offer_slots(alice, chat, [TUE, WED], now=FROZEN_NOW)
    offer_slots(alice, chat, [THU], now=FROZEN_NOW)
    assert slot_times(reload(chat)) == [THU]
    clear_slots(alice, chat)
    assert reload(chat).proposed_slots == []


def test_a_fourth_time_is_refused(alice, chat):
    fourth = datetime(2026, 11, 13, 15, 0, tzinfo=UTC)
    with pytest.raises(SlotProblem, match="at most 3"):
        offer_slots(alice, chat, [TUE, WED, THU, fourth], now=FROZEN_NOW)
    assert reload(chat).proposed_slots == []


@pytest.mark.parametrize(
    ("slots", "problem"),
    [
        ([datetime(2026, 11, 3, 9, 0, tzinfo=UTC)], cal.PastTime),
        ([TUE, TUE], SlotProblem),
        ([], SlotProblem),
    ],
)
def test_past_repeated_or_no_times_are_refused(alice, chat, slots, problem):
    with pytest.raises(problem):
        offer_slots(alice, chat, slots, now=FROZEN_NOW)
    assert reload(chat).proposed_slots == []


def test_a_naive_time_is_refused(alice, chat):
    with pytest.raises(ValueError):
        offer_slots(alice, chat, [datetime(2026, 11, 10, 14, 0)], now=FROZEN_NOW)


def test_times_are_offered_only_while_the_chat_is_asked_for(alice, requested):
    moved = requested
    offer_slots(alice, moved, [TUE], now=FROZEN_NOW)
    schedule_slot(alice, moved, TUE, now=FROZEN_NOW)
    with pytest.raises(SlotProblem, match="scheduled"):
        offer_slots(alice, moved, [WED], now=FROZEN_NOW)


def test_scheduling_an_offered_time_agrees_that_instant_and_clears_the_offer(alice, requested):
    chat = requested
    offer_slots(alice, chat, [TUE, WED, THU], now=FROZEN_NOW)
    scheduled = schedule_slot(alice, chat, WED, now=FROZEN_NOW)
    assert scheduled.status == "scheduled"
    assert scheduled.scheduled_at == WED
    assert scheduled.zone == "Europe/London"  # the agreed zone: the chat's own, else mine
    assert reload(chat).proposed_slots == []
    assert invitation_ics(alice, scheduled, now=FROZEN_NOW)


def test_a_time_not_offered_is_not_scheduled(alice, chat):
    offer_slots(alice, chat, [TUE], now=FROZEN_NOW)
    with pytest.raises(SlotProblem):
        schedule_slot(alice, chat, WED, now=FROZEN_NOW)
    assert reload(chat).status == "prospect"


def test_charlie_cannot_offer_times_in_alices_chat(charlie, chat):
    from coffeechat.scoping import NotFound

    with pytest.raises(NotFound):
        offer_slots(charlie, chat, [TUE], now=FROZEN_NOW)
    with pytest.raises(NotFound):
        clear_slots(charlie, chat)


# ------------------------------------------------------------------ the page


def offer(client, chat, *times):
    data = {f"slot_{n}": t for n, t in enumerate(times, start=1)}
    return client.post(f"/chats/{chat.pk}/slots/", data)


def test_a_prospect_offers_times_typed_in_my_zone_and_sees_them_in_both(alice_client, chat):
    page = alice_client.get(f"/chats/{chat.pk}/")
    assert "Offer times" in text(page)
    assert "(London time)" in text(page)
    assert 'type="datetime-local"' in page.content.decode()
    response = offer(alice_client, chat, "2026-11-11T19:30", "2026-11-10T14:00", "2026-11-12T21:00")
    assert response.status_code == 302
    assert slot_times(reload(chat)) == [TUE, WED, THU]
    page = alice_client.get(response["Location"])
    shown = text(page)
    assert "Tue 10 Nov 2026, 14:00 London time (09:00 New York time)" in shown
    assert "Thu 12 Nov 2026, 21:00 London time (16:00 New York time)" in shown
    assert "Schedule this one" not in shown  # a prospect: the request has not gone yet
    assert f"The request and follow-up say: {OFFERED}." in shown


def test_a_fourth_time_on_the_page_is_not_taken(alice_client, chat):
    offer(alice_client, chat, "2026-11-10T14:00", "2026-11-11T19:30", "2026-11-12T21:00")
    response = alice_client.post(
        f"/chats/{chat.pk}/slots/",
        {
            "slot_1": "2026-11-10T14:00",
            "slot_2": "2026-11-11T19:30",
            "slot_3": "2026-11-12T21:00",
            "slot_4": "2026-11-13T15:00",
        },
    )
    assert response.status_code == 302
    assert len(slot_times(reload(chat))) == 3


def test_a_past_time_is_refused_beside_its_field(alice_client, chat):
    response = offer(alice_client, chat, "2026-11-10T14:00", "2026-11-03T10:00")
    assert response.status_code == 200
    assert error_beside(response, "slots_slot_2") == (
        "2026-11-03 10:00 (London time) is in the past. Choose a later time."
    )
    assert reload(chat).proposed_slots == []


def test_a_time_in_the_clocks_going_forward_is_refused_beside_its_field(alice_client, chat):
    response = offer(alice_client, chat, "2027-03-28T01:30")
    assert response.status_code == 200
    assert error_beside(response, "slots_slot_1") == (
        "2027-03-28 01:30 does not exist in Europe/London: the clocks go forward "
        "from 01:00 to 02:00. Choose another time."
    )
    assert reload(chat).proposed_slots == []


def test_the_same_time_twice_and_no_time_at_all_are_refused(alice_client, chat):
    twice = offer(alice_client, chat, "2026-11-10T14:00", "2026-11-10T14:00")
    assert "already offered" in error_beside(twice, "slots_slot_2")
    nothing = offer(alice_client, chat)
    assert "at least one time" in error_beside(nothing, "slots_slot_1")
    assert reload(chat).proposed_slots == []


def test_a_prospect_cannot_be_scheduled_before_the_request_goes(alice, alice_client, chat):
    offer_slots(alice, chat, [TUE], now=FROZEN_NOW)
    page = text(alice_client.get(f"/chats/{chat.pk}/"))
    assert "Schedule this one" not in page
    response = alice_client.post(
        f"/chats/{chat.pk}/slots/schedule/", {"slot": "2026-11-10T14:00:00Z"}
    )
    assert response.status_code == 302
    assert reload(chat).status == "prospect"
    assert slot_times(reload(chat)) == [TUE]


def test_schedule_this_one_schedules_the_chat_at_that_instant(alice, alice_client, requested):
    chat = requested
    offer_slots(alice, chat, [TUE, WED, THU], now=FROZEN_NOW)
    response = alice_client.post(
        f"/chats/{chat.pk}/slots/schedule/", {"slot": "2026-11-11T19:30:00Z"}
    )
    assert response.status_code == 302
    stored = reload(chat)
    assert stored.status == "scheduled"
    assert stored.scheduled_at == WED
    assert stored.proposed_slots == []
    page = text(alice_client.get(response["Location"]))
    assert "Wed 11 Nov 2026, 19:30 London time (14:30 New York time)" in page
    assert "Offer times" not in page


def test_a_time_that_was_not_offered_is_not_scheduled_from_the_page(alice, alice_client, chat):
    offer_slots(alice, chat, [TUE], now=FROZEN_NOW)
    response = alice_client.post(f"/chats/{chat.pk}/slots/schedule/", {"slot": "nonsense"})
    assert response.status_code == 302
    response = alice_client.post(
        f"/chats/{chat.pk}/slots/schedule/", {"slot": "2026-11-11T19:30:00Z"}
    )
    assert response.status_code == 302
    assert reload(chat).status == "prospect"


def test_withdrawing_the_times(alice, alice_client, chat):
    offer_slots(alice, chat, [TUE], now=FROZEN_NOW)
    response = alice_client.post(f"/chats/{chat.pk}/slots/clear/")
    assert response.status_code == 302
    assert reload(chat).proposed_slots == []


def test_charlie_gets_404_everywhere(alice, charlie_client, chat):
    offer_slots(alice, chat, [TUE], now=FROZEN_NOW)
    for url, data in (
        (f"/chats/{chat.pk}/slots/", {"slot_1": "2026-11-12T21:00"}),
        (f"/chats/{chat.pk}/slots/clear/", {}),
        (f"/chats/{chat.pk}/slots/schedule/", {"slot": "2026-11-10T14:00:00Z"}),
    ):
        assert charlie_client.post(url, data).status_code == 404
    stored = reload(chat)
    assert slot_times(stored) == [TUE]
    assert stored.status == "prospect"


# ------------------------------------------------------------------ the messages


def test_the_request_names_the_offered_times_in_the_contacts_zone(alice, alice_client, chat):
    offer_slots(alice, chat, [TUE, WED, THU], now=FROZEN_NOW)
    body = composer_body(alice_client.get(f"/chats/{chat.pk}/"))
    assert f"Would {OFFERED} suit you?" in body
    assert "Would you have 15 to 20 minutes" in body
    report = lint(f"Subject: A short chat?\n{body}", "request", recipient="Ana Ruiz")
    assert [f.rule for f in report.findings if f.severity == "error"] == []


def test_the_follow_up_names_them_too(alice, alice_client, chat, requested):
    offer_slots(alice, requested, [TUE], now=FROZEN_NOW)
    # The follow-up is not due yet, so it is asked for rather than preselected.
    body = composer_body(alice_client.get(f"/chats/{chat.pk}/?write=follow_up"))
    assert "Would Tuesday 10 November at 09:00 New York time work for you?" in body


def test_without_offered_times_the_request_has_no_such_sentence(alice_client, chat):
    body = composer_body(alice_client.get(f"/chats/{chat.pk}/"))
    assert "suit you?" not in body
    assert "Would you have 15 to 20 minutes" in body


def test_a_requested_chat_offers_a_schedule_button_per_time(alice, alice_client, requested):
    offer_slots(alice, requested, [TUE, WED, THU], now=FROZEN_NOW)
    page = text(alice_client.get(f"/chats/{requested.pk}/"))
    assert page.count("Schedule this one") == 3
