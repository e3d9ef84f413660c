"""Calendar downloads: a chat's invitation, the private feed and its token.

The feed needs no session (calendar programs subscribe to it), so its random token is
the only key: a wrong, blank or revoked one gets 404, and a feed never shows another
user's chats. One test fetches it over real HTTP from the running server.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta

import icalendar
import pytest
import vobject
from django.utils import timezone

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.conversations.scheduling import (
    cancel_chat,
    feed_ics_for,
    feed_user,
    renew_feed_token,
    revoke_feed_token,
    schedule_chat,
)
from coffeechat.conversations.services import move_conversation, start_conversation
from coffeechat.lib.calendar import check_cancel, check_request
from tests.clock import FROZEN_NOW

NOW = FROZEN_NOW


def make_chat(user, name: str, email: str, *, now=NOW, start=None, zone="America/New_York"):
    """A requested chat with a new contact, scheduled at `start` if given."""
    contact = Contact.objects.create(owner=user, name=name, email=email, timezone=zone)
    chat = move_conversation(user, start_conversation(user, contact, now=now), "requested", now=now)
    if start is not None:
        chat = schedule_chat(user, chat, start=start, zone=zone, now=now, where="+1 555 0100")
    return chat


def feed_checked(data: bytes) -> list:
    """The feed's events, after both parsers have read it and the PUBLISH rules hold."""
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"])
    assert calendar.get_missing_tzids() == set()
    events = calendar.walk("VEVENT")
    for event in events:
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE", "SUMMARY", "ORGANIZER"):
            assert name in event, name
        assert "ATTENDEE" not in event and "DURATION" not in event
        assert event.decoded("DTSTAMP").utcoffset() == timedelta(0)
    vcal = vobject.readOne(data.decode("utf-8"))
    assert len(getattr(vcal, "vevent_list", [])) == len(events)
    return events


def summaries(data: bytes) -> set[str]:
    return {str(e["SUMMARY"]) for e in feed_checked(data)}


@pytest.fixture
def alice_chats(alice, frozen):
    """Alice: one chat next week, one cancelled, one only requested, one long past."""
    upcoming = make_chat(
        alice, "Ana Ruiz", "ana@example.com", start=datetime(2026, 11, 10, 16, tzinfo=UTC)
    )
    cancelled = make_chat(
        alice, "Ben Ode", "ben@example.com", start=datetime(2026, 11, 11, 16, tzinfo=UTC)
    )
    cancelled = cancel_chat(alice, cancelled, now=NOW)
    requested = make_chat(alice, "Cleo Diaz", "cleo@example.com")
    past = make_chat(
        alice,
        "Dev Rao",
        "dev@example.com",
        now=NOW - timedelta(days=30),
        start=datetime(2026, 10, 20, 16, tzinfo=UTC),
    )
    return {"upcoming": upcoming, "cancelled": cancelled, "requested": requested, "past": past}


# ------------------------------------------------------------------ the token


def test_the_feed_token_opens_only_its_own_feed(alice, charlie):
    assert feed_user("") is None and feed_user(None) is None
    token = renew_feed_token(alice)
    assert len(token) >= 40
    assert feed_user(token) == alice
    assert feed_user(token + "x") is None
    assert feed_user(token.upper() if token != token.upper() else token.lower()) is None
    assert feed_user("x" * 500) is None
    newer = renew_feed_token(alice)
    assert newer != token
    assert feed_user(token) is None and feed_user(newer) == alice
    revoke_feed_token(alice)
    assert feed_user(newer) is None
    assert get_profile(alice).calendar_token == ""
    assert get_profile(charlie).calendar_token == ""


def test_the_feed_lists_upcoming_scheduled_chats_only(alice, alice_chats):
    data = feed_ics_for(alice, now=NOW)
    assert summaries(data) == {"Informational chat: Alice Martin and Ana Ruiz"}
    (event,) = feed_checked(data)
    assert str(event["UID"]) == alice_chats["upcoming"].calendar_uid
    assert "Ana Ruiz" in str(event["DESCRIPTION"])
    assert event.walk("VALARM")


def test_the_feed_keeps_a_chat_for_a_day_after_it_starts(alice, alice_chats):
    start = alice_chats["upcoming"].scheduled_at
    assert len(feed_checked(feed_ics_for(alice, now=start + timedelta(hours=23)))) == 1
    assert feed_checked(feed_ics_for(alice, now=start + timedelta(hours=25))) == []


def test_the_feed_works_without_the_users_e_mail(alice, alice_chats):
    profile = get_profile(alice)
    profile.email = ""
    profile.save()
    (event,) = feed_checked(feed_ics_for(alice, now=NOW))
    assert str(event["ORGANIZER"]).startswith("mailto:")


# ------------------------------------------------------------------ the feed page


def test_the_feed_needs_no_session_and_is_a_calendar(client, alice, alice_chats):
    token = renew_feed_token(alice)
    response = client.get(f"/calendar/{token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "charset=utf-8" in response["Content-Type"]
    assert summaries(response.content) == {"Informational chat: Alice Martin and Ana Ruiz"}
    assert "sessionid" not in response.cookies


@pytest.mark.parametrize("token", ["wrong", "x" * 43, "a.b", "%20"])
def test_a_wrong_feed_token_gets_404(client, alice, alice_chats, token):
    renew_feed_token(alice)
    response = client.get(f"/calendar/{token}.ics")
    assert response.status_code == 404
    assert b"BEGIN:VCALENDAR" not in response.content


def test_a_blank_renewed_or_revoked_token_gets_404(client, alice, alice_chats):
    assert client.get("/calendar/.ics").status_code == 404
    old = renew_feed_token(alice)
    new = renew_feed_token(alice)
    assert client.get(f"/calendar/{old}.ics").status_code == 404
    assert client.get(f"/calendar/{new}.ics").status_code == 200
    revoke_feed_token(alice)
    assert client.get(f"/calendar/{new}.ics").status_code == 404
    # A user who never made a feed has a blank token: blank never matches.
    assert client.get("/calendar/%20.ics").status_code == 404


def test_the_feed_never_lists_another_users_chats(client, alice, charlie, alice_chats):
    make_chat(charlie, "Hana Sato", "hana@example.jp", start=datetime(2026, 11, 12, 1, tzinfo=UTC))
    alices_token, charlies_token = renew_feed_token(alice), renew_feed_token(charlie)
    alices = summaries(client.get(f"/calendar/{alices_token}.ics").content)
    charlies = summaries(client.get(f"/calendar/{charlies_token}.ics").content)
    assert alices == {"Informational chat: Alice Martin and Ana Ruiz"}
    assert charlies == {"Informational chat: Charlie Nguyen and Hana Sato"}
    # Signed in as charlie, alice's token still shows alice's feed, and only hers.
    client.force_login(charlie)
    assert summaries(client.get(f"/calendar/{alices_token}.ics").content) == alices


@pytest.mark.django_db(transaction=True)
def test_a_calendar_program_subscribes_over_real_http(live_server, alice):
    """The running server, a plain HTTP GET with no cookie, as a calendar program does it."""
    now = timezone.now()
    start = (now + timedelta(days=7)).replace(second=0, microsecond=0)
    make_chat(alice, "Ana Ruiz", "ana@example.com", now=now, start=start)
    token = renew_feed_token(alice)
    request = urllib.request.Request(
        f"{live_server.url}/calendar/{token}.ics", headers={"User-Agent": "CalendarAgent/1.0"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
        assert response.headers.get_content_type() == "text/calendar"
        assert response.headers.get_content_charset() == "utf-8"
        assert response.headers.get("Set-Cookie") is None
        body = response.read()
    (event,) = feed_checked(body)
    assert event.decoded("DTSTART").astimezone(UTC) == start.astimezone(UTC)
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{live_server.url}/calendar/{token}x.ics", timeout=10)
    assert missing.value.code == 404


# ------------------------------------------------------------------ a chat's invitation


def test_the_invitation_download_is_a_request_while_scheduled(alice_client, alice_chats):
    chat = alice_chats["upcoming"]
    response = alice_client.get(f"/chats/{chat.pk}/invite.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; method=REQUEST; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="chat-{chat.pk}.ics"'
    assert check_request(response.content) == []
    vcal = vobject.readOne(response.content.decode("utf-8"))
    assert vcal.vevent.uid.value == chat.calendar_uid


def test_the_invitation_download_is_a_cancel_after_a_cancellation(alice_client, alice_chats):
    chat = alice_chats["cancelled"]
    response = alice_client.get(f"/chats/{chat.pk}/invite.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; method=CANCEL; charset=utf-8"
    assert check_cancel(response.content) == []
    vcal = vobject.readOne(response.content.decode("utf-8"))
    assert (vcal.method.value, vcal.vevent.status.value) == ("CANCEL", "CANCELLED")
    assert vcal.vevent.sequence.value == "1"


def test_no_invitation_for_a_chat_never_scheduled(alice_client, alice_chats):
    chat = alice_chats["requested"]
    assert alice_client.get(f"/chats/{chat.pk}/invite.ics").status_code == 404
    assert alice_client.get("/chats/999999/invite.ics").status_code == 404


def test_charlie_gets_404_for_alices_invitation(charlie_client, alice_chats):
    for chat in alice_chats.values():
        assert charlie_client.get(f"/chats/{chat.pk}/invite.ics").status_code == 404


def test_without_a_session_an_invitation_sends_you_to_sign_in(client, alice_chats):
    response = client.get(f"/chats/{alice_chats['upcoming'].pk}/invite.ics")
    assert response.status_code == 302
    assert response["Location"].startswith("/welcome/")


def test_a_missing_e_mail_is_explained_on_the_chats_page(alice_client, alice_chats):
    chat = alice_chats["upcoming"]
    chat.contact.email = ""
    chat.contact.save()
    response = alice_client.get(f"/chats/{chat.pk}/invite.ics", follow=True)
    assert response.redirect_chain[-1][0] == f"/chats/{chat.pk}/"
    assert "Ana Ruiz’s e-mail address" in response.content.decode()


# ------------------------------------------------------------------ renew and revoke


def test_the_profile_page_offers_to_make_a_feed(alice_client):
    page = alice_client.get("/profile/").content.decode()
    assert "Calendar feed" in page
    assert "Make my feed address" in page
    assert ".ics" not in page and "Copy address" not in page


def test_renew_shows_the_address_and_revoke_turns_it_off(alice_client, alice):
    assert alice_client.get("/profile/calendar/renew/").status_code == 405
    response = alice_client.post("/profile/calendar/renew/", follow=True)
    token = get_profile(alice).calendar_token
    assert token
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == "/profile/"
    assert f"http://testserver/calendar/{token}.ics" in page
    assert "Copy address" in page and "Make a new address" in page and "Turn the feed off" in page
    assert "Your calendar feed is ready" in page

    alice_client.post("/profile/calendar/renew/")
    assert get_profile(alice).calendar_token not in ("", token)
    page = alice_client.post("/profile/calendar/revoke/", follow=True).content.decode()
    assert get_profile(alice).calendar_token == ""
    assert "Calendar feed turned off" in page


def test_renewing_is_ones_own_business(charlie_client, alice, charlie):
    token = renew_feed_token(alice)
    charlie_client.post("/profile/calendar/renew/")
    charlie_client.post("/profile/calendar/revoke/")
    assert get_profile(alice).calendar_token == token


def test_renew_and_revoke_need_a_session(client, alice):
    token = renew_feed_token(alice)
    for action in ("renew", "revoke"):
        response = client.post(f"/profile/calendar/{action}/")
        assert response.status_code == 302 and response["Location"].startswith("/welcome/")
    assert get_profile(alice).calendar_token == token
