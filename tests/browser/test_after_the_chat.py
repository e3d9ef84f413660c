"""After the chat, in headless Chromium, as the issue's "done when" has it: notes that
add two referred people and three items, the thank-you drawn from them, a book read
and the prompt to say so, and the referral tree one generation deeper."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from playwright.sync_api import expect

from coffeechat.accounts.services import get_profile, issue_login_token, local_user
from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import organization_named
from coffeechat.conversations.models import ActionItem
from coffeechat.conversations.services import move_conversation, start_conversation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONDON = ZoneInfo("Europe/London")
HELD = datetime(2026, 11, 4, 10, 0, tzinfo=LONDON)  # a Wednesday
START = HELD + timedelta(minutes=30)

NOTE = """Coffee near the lab. Formulation work is **mostly project reviews**.

- book: Range, by David Epstein
- person: Zoë Ørsted (Novo Nordisk, Head of R&D)
- person: Ana Lima (Acme Coatings)
"""


def _campaign():
    """Maya, who knew Grace; Grace introduced Ben; the chat with Ben was just held."""
    user = local_user()
    profile = get_profile(user)
    profile.name = "Maya Okafor"
    profile.timezone = "Europe/London"
    profile.save()
    grace = Contact.objects.create(owner=user, name="Grace Okafor", source="family")
    ben = Contact.objects.create(
        owner=user,
        name="Ben Okafor",
        email="ben@example.org",
        source="referral",
        referred_by=grace,
        organization=organization_named(user, "Aldgate Coatings"),
    )
    chat = start_conversation(user, ben, now=HELD - timedelta(days=9))
    move_conversation(user, chat, "requested", now=HELD - timedelta(days=8))
    move_conversation(user, chat, "scheduled", now=HELD - timedelta(days=7), at=HELD)
    move_conversation(user, chat, "held", now=HELD + timedelta(minutes=20))
    return user, chat


def _generations(page):
    return page.locator("table").filter(has_text="Generation").locator("tbody tr")


def test_after_the_chat_notes_thanks_closing_the_loop_and_a_growing_tree(page, live_server):
    base = live_server.url
    with time_machine.travel(START, tick=True) as clock:
        user, chat = _campaign()
        page.goto(f"{base}/login/{issue_login_token(user, now=START)}/")

        # The tree before: Grace, and Ben whom she introduced.
        page.goto(f"{base}/network/")
        expect(page.get_by_text("Generation 1: introduced by them")).to_be_visible()
        expect(page.get_by_text("Generation 2: introduced by generation 1")).to_have_count(0)

        # Notes right after the chat, with quick capture.
        page.goto(f"{base}/chats/{chat.pk}/")
        page.get_by_role("link", name="Take notes").click()
        # The chat page has a note box too: wait for the notes page before typing.
        page.wait_for_url("**/notes/")
        page.get_by_role("textbox", name="Note").fill(NOTE)
        preview = page.locator("#note-preview")
        expect(preview.locator("strong").first).to_have_text("mostly project reviews")
        expect(preview).to_contain_text("Zoë Ørsted — new contact (Novo Nordisk")
        page.get_by_role("button", name="Save note").click()

        # The two new people are shown for review before they are created.
        expect(page.get_by_role("heading", name="Check the new people")).to_be_visible()
        assert not Contact.objects.filter(owner=user, name="Ana Lima").exists()
        page.get_by_role("button", name="Save note and add 2 contacts").click()
        expect(page.locator(".flash")).to_contain_text(
            "Note saved: 3 items to follow up, 2 new contacts (Zoë Ørsted, Ana Lima)."
        )
        actions = page.locator("#actions")
        expect(actions.locator("li.action")).to_have_count(3)
        expect(actions.get_by_role("link", name="Zoë Ørsted")).to_be_visible()
        for name in ("Zoë Ørsted", "Ana Lima"):
            person = Contact.objects.get(owner=user, name=name)
            assert (person.source, person.referred_by_id) == ("referral", chat.contact_id)

        # The thank-you is due within a day, and its draft names what was noted.
        page.goto(f"{base}/")
        expect(page.locator("li[data-kind=thank_you]")).to_contain_text("Thank Ben Okafor")
        page.goto(f"{base}/chats/{chat.pk}/")
        body = page.get_by_role("textbox", name="Message")
        expect(body).to_have_value(lambda_contains("Range"))
        expect(body).to_have_value(lambda_contains("introducing me to Zoë and Ana"))
        page.get_by_role("button", name="Mark as sent").click()
        expect(page.get_by_test_id("status")).to_have_text("Thanked")

        # Two days later the book is read: ticked off on Today, which then says to tell Ben.
        clock.move_to(START + timedelta(days=2))
        page.goto(f"{base}/")
        resource = page.locator("li[data-kind=resource]").filter(has_text="Range")
        resource.get_by_role("button", name="Done").click()
        expect(page.locator(".flash")).to_contain_text("Tell Ben Okafor how it went")
        tell = page.locator("li[data-kind=tell]")
        expect(tell).to_contain_text("Tell Ben Okafor you read “Range, by David Epstein”")
        tell.get_by_role("button", name="I told them").click()
        expect(page.get_by_text("Loop closed: you told Ben Okafor.")).to_be_visible()
        expect(page.locator("li[data-kind=tell]")).to_have_count(0)
        book = ActionItem.objects.get(owner=user, kind="book")
        assert book.done and book.told_at is not None

        # The tree has grown by a generation: Zoë and Ana, introduced by Ben.
        page.goto(f"{base}/network/")
        expect(page.get_by_text("Generation 2: introduced by generation 1")).to_be_visible()
        drawn = page.locator("svg text")
        expect(drawn.filter(has_text="Zoë Ørsted")).to_be_visible()
        expect(drawn.filter(has_text="Ana Lima")).to_be_visible()
        page.get_by_role("link", name="Ana Lima").first.click()
        expect(page.get_by_role("heading", name="Ana Lima")).to_be_visible()
        expect(page.locator("main")).to_contain_text(
            "You knew Grace Okafor who introduced Ben Okafor who introduced Ana Lima"
        )


def lambda_contains(text: str):
    """A pattern for to_have_value: the value contains `text`."""
    import re

    return re.compile(".*" + re.escape(text) + ".*", re.S)
