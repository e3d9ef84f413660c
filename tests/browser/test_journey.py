"""The whole journey in headless Chromium, as a new user would take it from the demo
campaign: add a contact, write the request with the guideline check as it is typed,
record it as sent, agree a time in the contact's zone, download the invitation, hold
the chat, take notes that add a referred person, send the thank-you, and watch the
dashboard's funnel count each step."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine
from playwright.sync_api import expect

from coffeechat.accounts.services import issue_login_token, local_user
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Message
from coffeechat.demo import seed_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)  # a Wednesday
CHAT_AT = datetime(2026, 11, 12, 10, 0, tzinfo=ZoneInfo("America/New_York"))  # 15:00 London

JOURNEY = Path(__file__).resolve().parents[2] / "artifacts" / "journey"
STAGES = ("prospect", "requested", "replied", "scheduled", "held", "thanked", "referrals", "leads")
WENT_UP = ("requested", "scheduled", "held", "thanked", "referrals")

# Drafts of the request, each fixing what the check found in the one before.
JOB_ASK = (
    "Hi Priya,\n\n"
    "I'm Maya, a final-year chemistry PhD at Bristol. Are there any openings on your team? "
    "I have attached my CV.\n\n"
    "Thank you,\nMaya"
)
TOO_LONG = (
    "Hi Priya,\n\n"
    "I'm Maya, a final-year chemistry PhD at Bristol. We met at the RSC careers fair, and "
    "your move from a polymer PhD into adhesives R&D at Halden is the path I am exploring.\n\n"
    + (
        "I have spent four years on colloids in coatings, and I keep wondering how industry "
        "teams decide which questions are worth a project, how they balance speed with care, "
        "and what a new scientist is expected to know on the first day. "
    )
    * 4
    + "\n\nWould you have a little time to talk about it one day?\n\n"
    "Thank you in advance,\nMaya"
)
GOOD = (
    "Hi Priya,\n\n"
    "I'm Maya, a final-year chemistry PhD at Bristol. We met at the RSC careers fair, and "
    "your move from a polymer PhD into adhesives R&D at Halden is the path I am exploring.\n\n"
    "Would you have 15-20 minutes for a phone or video call in the next few weeks? "
    "I'd love to hear how you made the switch.\n\n"
    "Thank you in advance,\nMaya"
)
SUBJECT = "Bristol chemistry PhD: 20 minutes on adhesives R&D?"

NOTE = """Video call. Most of her week is **customer trials**, not the bench.

- book: The Goal, by Eliyahu Goldratt
- person: Tomás Reyes (Halden Polymers, Process Engineer)
"""


def snap(page, name: str) -> None:
    """A full-page picture of this step in artifacts/journey/, to look at afterwards."""
    JOURNEY.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=JOURNEY / f"{name}.png", full_page=True)


def funnel(page, base) -> dict[str, int] | None:
    """The dashboard's funnel as {stage: count}, or None while the page has no funnel."""
    page.goto(f"{base}/dashboard/")
    table = page.get_by_test_id("funnel")
    if table.count() == 0:
        return None
    counts = {}
    for stage in STAGES:
        cell = table.locator(f"tr[data-stage={stage}] td.count")
        counts[stage] = int(re.sub(r"\D", "", cell.text_content()))
    return counts


def test_a_new_user_takes_one_contact_from_added_to_thanked(page, live_server):
    base = live_server.url
    with time_machine.travel(START, tick=True) as clock:
        user = local_user()
        seed_demo(user, now=START)
        page.goto(f"{base}/login/{issue_login_token(user, now=START)}/")
        expect(page.get_by_role("heading", level=1)).to_contain_text("Today")
        before = funnel(page, base)

        # Add a contact through the form, with the zone she lives in.
        page.get_by_role("navigation").get_by_role("link", name="Contacts").click()
        page.get_by_role("link", name="Add a contact").click()
        page.wait_for_url("**/contacts/new/")
        page.get_by_role("textbox", name="Name", exact=True).fill("Priya Natarajan")
        page.get_by_label("Email").fill("priya@halden.example")
        page.get_by_label("Organisation").fill("Halden Polymers")
        page.get_by_label("Title").fill("Senior Scientist, Adhesives")
        page.get_by_label("How I know them").select_option("event")
        page.get_by_label("What connects us").fill("Met at the RSC careers fair")
        page.get_by_text("More details").click()
        page.get_by_label("Time zone").fill("America/New_York")
        snap(page, "01-contact-form")
        page.get_by_role("button", name="Add contact").click()
        expect(page.get_by_role("heading", name="Priya Natarajan")).to_be_visible()
        snap(page, "02-contact")
        priya = Contact.objects.get(owner=user, name="Priya Natarajan")

        # Start a conversation: the chat page opens with a request to write.
        page.get_by_role("button", name="Start a conversation").click()
        page.wait_for_url(re.compile(r"/chats/\d+/$"))
        chat_url = page.url
        chat_id = int(re.search(r"/chats/(\d+)/$", chat_url).group(1))
        expect(page.get_by_test_id("status")).to_have_text("Prospect")
        snap(page, "03-chat-prospect")

        # The guideline check answers as the draft is typed, until nothing is left to fix.
        findings = page.locator("#compose-findings")
        body = page.get_by_role("textbox", name="Message")
        page.get_by_label("Subject").fill(SUBJECT)
        body.fill(JOB_ASK)
        expect(findings.locator("[data-rule=job-ask]").first).to_contain_text("Suggested fix")
        expect(findings.locator("[data-rule=time-ask]")).to_be_visible()
        snap(page, "04-request-job-ask")
        body.fill(TOO_LONG)
        expect(findings.locator("[data-rule=job-ask]")).to_have_count(0)
        expect(findings.locator("[data-rule=length]")).to_be_visible()
        expect(findings.locator("[data-rule=time-ask]")).to_be_visible()
        snap(page, "05-request-too-long")
        body.fill(GOOD)
        expect(findings).to_contain_text("Nothing to fix")
        snap(page, "06-request-good")

        # Sent from her own mail program: record it.
        page.get_by_role("button", name="Mark as sent").click()
        expect(page.get_by_test_id("status")).to_have_text("Requested")
        request = Message.objects.get(owner=user, conversation_id=chat_id)
        assert (request.kind, request.subject) == ("request", SUBJECT)
        assert request.body.replace("\r\n", "\n") == GOOD  # as the textarea posted it
        assert request.sent_at is not None
        snap(page, "07-requested")

        # Priya answers: agree 10:00 in New York, shown in both zones.
        page.get_by_label("Date and time").fill(CHAT_AT.strftime("%Y-%m-%dT%H:%M"))
        expect(page.get_by_label("Time zone")).to_have_value("America/New_York")
        page.get_by_label("How").select_option("video")
        page.get_by_label("Number, link or place").fill("https://meet.example/priya")
        page.get_by_role("button", name="Schedule").click()
        expect(page.get_by_test_id("status")).to_have_text("Scheduled")
        agreed = page.get_by_test_id("agreed")
        expect(agreed).to_contain_text("15:00 London time")
        expect(agreed).to_contain_text("10:00 New York time")
        snap(page, "08-scheduled")

        # The calendar file: an invitation (REQUEST) at 15:00 UTC.
        with page.expect_download() as download:
            page.get_by_role("link", name="Calendar file (.ics)").click()
        assert download.value.suggested_filename.endswith(".ics")
        calendar = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
        assert str(calendar["METHOD"]) == "REQUEST"
        event = calendar.walk("VEVENT")[0]
        assert event.decoded("DTSTART").astimezone(UTC) == CHAT_AT.astimezone(UTC)
        assert "Priya" in str(event["SUMMARY"])

        # The chat happens: mark it held, a few minutes after it ends.
        clock.move_to(CHAT_AT + timedelta(minutes=25))
        page.goto(chat_url)
        page.get_by_role("button", name="Mark held").click()
        expect(page.get_by_test_id("status")).to_have_text("Held")
        snap(page, "09-held")

        # Notes with quick capture; the person she named is reviewed before being added.
        page.get_by_role("link", name="Take notes").click()
        page.wait_for_url(f"**/chats/{chat_id}/notes/")
        page.get_by_role("textbox", name="Note").fill(NOTE)
        preview = page.locator("#note-preview")
        expect(preview).to_contain_text("Tomás Reyes — new contact")
        snap(page, "10-notes")
        page.get_by_role("button", name="Save note").click()
        expect(page.get_by_role("heading", name="Check the new people")).to_be_visible()
        snap(page, "11-review")
        page.get_by_role("button", name="Save note and add 1 contact").click()
        expect(page.locator(".flash")).to_contain_text("1 new contact (Tomás Reyes)")
        snap(page, "12-note-saved")
        tomas = Contact.objects.get(owner=user, name="Tomás Reyes")
        assert (tomas.source, tomas.referred_by_id) == ("referral", priya.pk)

        # The thank-you is drafted from the notes; recording it sent moves the chat on.
        page.goto(chat_url)
        body = page.get_by_role("textbox", name="Message")
        expect(body).to_have_value(re.compile(r".*The Goal.*", re.S))
        expect(body).to_have_value(re.compile(r".*introducing me to Tomás.*", re.S))
        snap(page, "13-thank-you")
        page.get_by_role("button", name="Mark as sent").click()
        expect(page.get_by_test_id("status")).to_have_text("Thanked")
        thanks = Message.objects.get(owner=user, conversation_id=chat_id, kind="thank_you")
        assert thanks.sent_at is not None
        # What the composer offers next does not claim Tomás was followed up: not yet.
        expect(page.get_by_role("textbox", name="Message")).not_to_have_value(
            re.compile(r".*followed up on.*", re.S)
        )
        snap(page, "14-thanked")

        # The dashboard counted each step.
        after = funnel(page, base)
        snap(page, "15-dashboard")
        assert before is not None and after is not None, "/dashboard/ has no funnel table yet"
        for stage in WENT_UP:
            assert after[stage] == before[stage] + 1, (stage, before, after)
