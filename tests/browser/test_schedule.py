"""Scheduling in the browser with a contact in another time zone: agree a time, move it
twice, cancel it. Every invitation the page offers passes both parsers and the RFC
checks, and the private feed answers a plain HTTP request as a calendar program sends."""

from __future__ import annotations

import urllib.request
from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine
import vobject
from playwright.sync_api import expect

from coffeechat.accounts.services import get_profile, issue_login_token, local_user
from coffeechat.contacts.models import Contact
from coffeechat.conversations.services import move_conversation, start_conversation
from coffeechat.lib.calendar import check_cancel, check_request

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)


def invitation(page, base, chat_id) -> tuple[icalendar.Calendar, bytes]:
    """The chat's current .ics, fetched with the browser's own session."""
    data = page.request.get(f"{base}/chats/{chat_id}/invite.ics").body()
    vobject.readOne(data.decode())  # the second, independent parser must read it too
    return icalendar.Calendar.from_ical(data), data


def test_schedule_move_twice_and_cancel_a_chat_across_time_zones(page, live_server):
    base = live_server.url
    with time_machine.travel(NOW, tick=True):
        user = local_user()
        profile = get_profile(user)
        profile.name, profile.email, profile.timezone = (
            "Maya Okafor",
            "maya@example.org",
            "Europe/London",
        )
        profile.save()
        ana = Contact.objects.create(
            owner=user, name="Ana Ruiz", email="ana@example.com", timezone="America/New_York"
        )
        chat = start_conversation(user, ana, now=NOW)
        move_conversation(user, chat, "requested", now=NOW)
        page.goto(f"{base}/login/{issue_login_token(user, now=NOW)}/")
        page.goto(f"{base}/chats/{chat.pk}/")

        # Agree 10:00 in Ana's zone; the page shows it in both zones.
        page.get_by_label("Date and time").fill("2026-11-12T10:00")
        expect(page.get_by_label("Time zone")).to_have_value("America/New_York")
        page.get_by_label("Number, link or place").fill("+1 212 555 0100")
        page.get_by_role("button", name="Schedule").click()
        agreed = page.get_by_test_id("agreed")
        expect(agreed).to_contain_text("15:00 London time")
        expect(agreed).to_contain_text("10:00 New York time")

        uids, sequences = set(), []
        cal, data = invitation(page, base, chat.pk)
        assert check_request(data) == []
        event = cal.walk("VEVENT")[0]
        uids.add(str(event["UID"]))
        sequences.append(int(event["SEQUENCE"]))

        # Ana asks to move it, twice.
        for when, reason in (("2026-11-13T11:30", "a clash"), ("2026-11-16T09:00", "travel")):
            page.get_by_text("Move to another time").click()
            page.get_by_label("Date and time").fill(when)
            page.get_by_label("Why (optional)").fill(reason)
            page.get_by_role("button", name="Move the chat").click()
            expect(page.get_by_test_id("agreed")).to_contain_text(when[11:] + " New York time")
            cal, data = invitation(page, base, chat.pk)
            assert check_request(data) == []
            event = cal.walk("VEVENT")[0]
            uids.add(str(event["UID"]))
            sequences.append(int(event["SEQUENCE"]))
        expect(page.locator("main")).to_contain_text("Ana")  # the moves are listed
        assert sequences == [0, 1, 2]
        assert len(uids) == 1

        # The private feed works for a calendar program: no session, a real HTTP request.
        page.goto(f"{base}/profile/")
        page.get_by_role("button", name="Make my feed address").click()
        expect(page.get_by_role("button", name="Make a new address")).to_be_visible()
        token = get_profile(user).calendar_token
        with urllib.request.urlopen(f"{base}/calendar/{token}.ics") as answer:
            assert answer.headers["Content-Type"].startswith("text/calendar")
            feed = icalendar.Calendar.from_ical(answer.read())
        assert [str(e["UID"]) for e in feed.walk("VEVENT")] == list(uids)

        # Cancel: the invitation becomes a CANCEL with the same UID and a raised SEQUENCE.
        page.goto(f"{base}/chats/{chat.pk}/")
        page.get_by_text("Cancel the chat").first.click()
        page.get_by_label("Reason (optional, kept as a note)").fill("Ana's team reorganised")
        page.get_by_role("button", name="Cancel the chat").click()
        expect(page.get_by_test_id("status")).to_have_text("Cancelled")
        cal, data = invitation(page, base, chat.pk)
        assert check_cancel(data) == []
        event = cal.walk("VEVENT")[0]
        assert str(cal["METHOD"]) == "CANCEL"
        assert str(event["STATUS"]) == "CANCELLED"
        assert str(event["UID"]) in uids
        assert int(event["SEQUENCE"]) == 3
