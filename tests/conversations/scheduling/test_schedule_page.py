"""The scheduling panel of a chat's page, as a user meets it: agree a time in a zone
(the contact's by default), see it in both zones, be told plainly why a time cannot be
used (a daylight-saving gap, the past, an unknown zone), move it kindly and cancel it;
Today's "Confirm" reminder links here. Charlie reaches none of alice's chats."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

import pytest
import time_machine

from coffeechat.conversations.models import Note, Reschedule
from coffeechat.conversations.services import start_conversation
from tests.clock import FROZEN_NOW
from tests.pages import error_beside, flashes, text

NEW_YORK = "America/New_York"


def input_value(response, field_id: str) -> str:
    match = re.search(rf'<input[^>]*id="{re.escape(field_id)}"[^>]*>', response.content.decode())
    assert match, f"no input #{field_id}"
    value = re.search(r'value="([^"]*)"', match.group(0))
    return html.unescape(value.group(1)) if value else ""


def schedule(client, chat, **changes):
    data = {
        "at": "2026-11-16T15:00",
        "zone": NEW_YORK,
        "minutes": "20",
        "medium": "video",
        "where": "https://meet.example.com/abc",
    }
    data.update(changes)
    return client.post(f"/chats/{chat.pk}/schedule/", data)


# ------------------------------------------------------------------ the form


def test_a_requested_chat_offers_the_form_in_the_contacts_zone(alice_client, requested):
    page = alice_client.get(f"/chats/{requested.pk}/")
    assert page.status_code == 200
    assert f'action="/chats/{requested.pk}/schedule/"' in page.content.decode()
    assert input_value(page, "sched_zone") == NEW_YORK
    assert input_value(page, "sched_minutes") == "20"
    assert 'type="datetime-local"' in page.content.decode()
    assert '<datalist id="zones">' in page.content.decode()
    # Not a reschedule yet: nobody is asked who moved it.
    assert "sched_asked_by" not in page.content.decode()


def test_without_the_contacts_zone_the_form_starts_in_the_users(alice_client, requested, ana):
    ana.timezone = ""
    ana.save()
    page = alice_client.get(f"/chats/{requested.pk}/")
    assert input_value(page, "sched_zone") == "Europe/London"


def test_scheduling_stores_utc_and_shows_both_zones(alice_client, requested):
    response = schedule(alice_client, requested)
    assert response.status_code == 302
    assert response["Location"].endswith(f"/chats/{requested.pk}/#schedule")
    requested.refresh_from_db()
    assert requested.status == "scheduled"
    # 15:00 in New York on 16 November (EST, UTC-5) is 20:00 UTC, 20:00 in London.
    assert requested.scheduled_at == datetime(2026, 11, 16, 20, 0, tzinfo=UTC)
    assert requested.zone == NEW_YORK
    assert (requested.medium, requested.where) == ("video", "https://meet.example.com/abc")
    page = alice_client.get(f"/chats/{requested.pk}/")
    shown = re.search(r'data-testid="agreed">(.*?)</p>', text(page), re.S).group(1)
    assert "Mon 16 Nov 2026, 20:00 London time (15:00 New York time)" in shown
    # The link is now a link (tests/conversations/test_chat_page.py): its text is what is read here.
    words = re.sub(r"<[^>]+>", "", shown)
    assert "20 minutes" in words and "Video call: https://meet.example.com/abc" in words


def test_the_flash_after_scheduling_names_both_zones(alice_client, requested):
    page = schedule(alice_client, requested, minutes="30")
    followed = alice_client.get(page["Location"])
    assert any(
        "Scheduled for Mon 16 Nov 2026, 20:00 London time (15:00 New York time)." in f
        for f in flashes(followed)
    )
    requested.refresh_from_db()
    assert requested.duration_minutes == 30


def test_a_contact_in_the_users_zone_is_shown_once(alice_client, requested, ana):
    ana.timezone = "Europe/London"
    ana.save()
    schedule(alice_client, requested, zone="Europe/London")
    page = alice_client.get(f"/chats/{requested.pk}/")
    shown = re.search(r'data-testid="agreed">(.*?)</p>', text(page), re.S).group(1)
    assert "Mon 16 Nov 2026, 15:00 London time" in shown
    assert "New York" not in shown and "(" not in shown.split("London time")[1][:3]


def test_thirteen_hours_apart_the_contacts_day_is_named(alice_client, requested, ana):
    ana.timezone = "Pacific/Auckland"
    ana.save()
    # 20:00 in London on Monday is 09:00 on Tuesday in Auckland (NZDT, UTC+13).
    schedule(alice_client, requested, zone="Europe/London", at="2026-11-16T20:00")
    page = alice_client.get(f"/chats/{requested.pk}/")
    assert "Mon 16 Nov 2026, 20:00 London time (09:00 Tue 17 Nov Auckland time)" in text(page)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        # New York springs forward at 02:00 on 14 March 2027: 02:30 never happens.
        ({"at": "2027-03-14T02:30"}, "sched_at", "does not exist in America/New_York"),
        ({"at": "2026-11-03T10:00"}, "sched_at", "is in the past"),
        ({"at": "next tuesday"}, "sched_at", "Enter a date and time"),
        ({"at": ""}, "sched_at", "Give the agreed date and time."),
        ({"zone": "Mars/Olympus_Mons"}, "sched_zone", "is not a time zone"),
        ({"zone": ""}, "sched_zone", "Give the time zone."),
        ({"minutes": "2"}, "sched_minutes", "at least 5 minutes"),
        ({"minutes": "abc"}, "sched_minutes", "whole number"),
        ({"medium": "pigeon"}, "sched_medium", "Choose phone, video call or coffee."),
    ],
)
def test_a_time_that_cannot_be_used_is_refused_beside_its_field(
    alice_client, requested, changes, field, words
):
    response = schedule(alice_client, requested, **changes)
    assert response.status_code == 200
    assert words in error_beside(response, field)
    assert "Not saved: see the field marked below." in flashes(response)
    requested.refresh_from_db()
    assert requested.status == "requested"
    assert requested.scheduled_at is None


def test_the_gap_message_says_when_the_clocks_change(alice_client, requested):
    response = schedule(alice_client, requested, at="2027-03-14T02:30")
    assert error_beside(response, "sched_at") == (
        "2027-03-14 02:30 does not exist in America/New_York: the clocks go forward "
        "from 02:00 to 03:00. Choose another time."
    )
    # What was typed is kept, so it can be corrected.
    assert input_value(response, "sched_at") == "2027-03-14T02:30"


def test_a_time_in_the_repeated_hour_is_read_as_the_first_and_said_so(alice_client, requested):
    # London goes back at 02:00 on 31 October 2027: 01:30 happens twice.
    response = schedule(alice_client, requested, zone="Europe/London", at="2027-10-31T01:30")
    assert response.status_code == 302
    requested.refresh_from_db()
    assert requested.scheduled_at == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)  # still BST
    followed = alice_client.get(response["Location"])
    assert any("happens twice in Europe/London" in f for f in flashes(followed))


def test_a_prospect_cannot_be_scheduled_and_is_told_why(alice, alice_client, ana):
    chat = start_conversation(alice, ana, now=FROZEN_NOW)
    with time_machine.travel(FROZEN_NOW, tick=False):
        response = schedule(alice_client, chat)
        assert response.status_code == 302
        said = flashes(alice_client.get(response["Location"]))
    assert any("scheduled" in f.lower() for f in said), said
    chat.refresh_from_db()
    assert chat.status == "prospect"


# ------------------------------------------------------------------ moving and cancelling


@pytest.fixture
def scheduled(alice_client, requested):
    schedule(alice_client, requested)
    requested.refresh_from_db()
    return requested


def test_a_scheduled_chat_offers_to_move_it_from_its_time(alice_client, scheduled):
    page = alice_client.get(f"/chats/{scheduled.pk}/")
    body = text(page)
    assert "Move to another time" in body
    assert input_value(page, "sched_at") == "2026-11-16T15:00"  # in the agreed zone
    assert 'name="asked_by"' in body and "Cancel the chat" in body
    assert "moving a chat is normal" in body


def test_a_move_keeps_who_asked_and_why_kindly(alice_client, scheduled):
    response = schedule(
        alice_client,
        scheduled,
        at="2026-11-18T11:00",
        asked_by="them",
        reason="A board meeting came up",
    )
    assert response.status_code == 302
    scheduled.refresh_from_db()
    assert scheduled.scheduled_at == datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
    assert scheduled.calendar_sequence == 1
    move = Reschedule.objects.get(conversation=scheduled)
    assert (move.asked_by, move.reason) == ("them", "A board meeting came up")
    page = text(alice_client.get(f"/chats/{scheduled.pk}/"))
    moves = re.search(r'data-testid="reschedules">(.*?)</div>', page, re.S).group(1)
    assert "Moved at Ana’s request" in moves
    assert "Mon 16 Nov 2026, 20:00 London time (15:00 New York time)" in moves
    assert "Wed 18 Nov 2026, 16:00 London time (11:00 New York time)" in moves
    assert "A board meeting came up" in moves
    for word in ("fault", "late", "blame", "unreliable", "again"):
        assert word not in moves.lower()


def test_a_move_the_user_asked_for_says_so(alice_client, scheduled):
    schedule(alice_client, scheduled, at="2026-11-19T11:00", asked_by="me")
    page = text(alice_client.get(f"/chats/{scheduled.pk}/"))
    assert "Moved at your request" in page


def test_a_bad_time_when_moving_changes_nothing(alice_client, scheduled):
    response = schedule(alice_client, scheduled, at="2027-03-14T02:15", asked_by="them")
    assert response.status_code == 200
    assert "does not exist" in error_beside(response, "sched_at")
    scheduled.refresh_from_db()
    assert scheduled.calendar_sequence == 0
    assert not Reschedule.objects.filter(conversation=scheduled).exists()


def test_cancelling_keeps_the_reason_as_a_note(alice_client, scheduled):
    response = alice_client.post(
        f"/chats/{scheduled.pk}/cancel/", {"reason": "I started a new job"}
    )
    assert response.status_code == 302
    scheduled.refresh_from_db()
    assert scheduled.status == "cancelled"
    assert scheduled.calendar_sequence == 1
    assert Note.objects.get(conversation=scheduled).body == "Cancelled: I started a new job"
    page = text(alice_client.get(f"/chats/{scheduled.pk}/"))
    assert "Send the cancellation with the calendar update" in page or ".eml" in page


def test_cancelling_a_chat_that_is_not_scheduled_is_refused_in_words(alice_client, requested):
    response = alice_client.post(f"/chats/{requested.pk}/cancel/", {}, follow=True)
    assert response.status_code == 200
    assert flashes(response)
    requested.refresh_from_db()
    assert requested.status == "requested"


def test_the_page_has_no_duplicate_ids_with_the_panel(alice_client, scheduled):
    page = alice_client.get(f"/chats/{scheduled.pk}/").content.decode()
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


# ------------------------------------------------------------------ Today


def test_today_asks_to_confirm_the_day_before_with_a_link(alice_client, scheduled):
    with time_machine.travel(datetime(2026, 11, 15, 10, 0, tzinfo=UTC), tick=False):
        page = alice_client.get("/").content.decode()
    item = re.search(r'<li class="item item--confirm.*?</li>', page, re.S)
    assert item, "no Confirm item on Today"
    assert "Confirm the time with Ana Ruiz" in html.unescape(item.group(0))
    assert f'href="/chats/{scheduled.pk}/#schedule">Send confirmation</a>' in item.group(0)


def test_a_confirmed_chat_is_not_asked_again_until_it_moves(alice, alice_client, scheduled):
    from coffeechat.conversations.models import Conversation

    Conversation.objects.filter(pk=scheduled.pk).update(confirmed_at=FROZEN_NOW)
    with time_machine.travel(datetime(2026, 11, 15, 10, 0, tzinfo=UTC), tick=False):
        assert "item--confirm" not in alice_client.get("/").content.decode()
    with time_machine.travel(datetime(2026, 11, 5, 10, 0, tzinfo=UTC), tick=False):
        schedule(alice_client, scheduled, at="2026-11-18T11:00", asked_by="them")
    with time_machine.travel(datetime(2026, 11, 17, 10, 0, tzinfo=UTC), tick=False):
        page = html.unescape(alice_client.get("/").content.decode())
    assert "Confirm the new time with Ana Ruiz" in page


# ------------------------------------------------------------------ privacy


@pytest.mark.parametrize(
    ("method", "suffix"),
    [
        ("post", "schedule/"),
        ("post", "cancel/"),
        ("post", "invitation/send/"),
        ("get", "invitation.eml"),
        ("post", "invitation/sent/"),
    ],
)
def test_charlie_gets_404_on_alices_schedule_endpoints(scheduled, charlie_client, method, suffix):
    # (alice_client and charlie_client are one test client: charlie signs in last.)
    response = getattr(charlie_client, method)(
        f"/chats/{scheduled.pk}/{suffix}",
        {"at": "2026-11-20T10:00", "zone": NEW_YORK, "minutes": "20"},
    )
    assert response.status_code == 404
    scheduled.refresh_from_db()
    assert scheduled.status == "scheduled"
    assert scheduled.scheduled_at == datetime(2026, 11, 16, 20, 0, tzinfo=UTC)
