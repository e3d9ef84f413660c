"""Writing a request in the browser: the guideline findings update as the user types,
each with a fix; once fixed, the request goes out through a real SMTP server and the
chat moves to requested."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from coffeechat.accounts.services import get_profile, issue_login_token, local_user
from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import organization_named
from coffeechat.conversations.services import start_conversation
from coffeechat.outreach.models import SmtpSettings
from tests import mailserver

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONDON = ZoneInfo("Europe/London")

BAD_DRAFT = (
    "Hello,\n\nCould you tell me if there are any openings on your team? "
    "I have attached my CV.\n\nMaya"
)
GOOD_DRAFT = (
    "Hi Ana,\n\n"
    "I'm Maya, a final-year chemistry PhD at Bristol. We both did our doctorates in the "
    "Leeds colloids group, and your move into formulation R&D at BASF is the path I am "
    "exploring.\n\n"
    "Would you have 15-20 minutes for a phone or video call in the next few weeks? "
    "I'd love to hear how you made the switch.\n\n"
    "Thank you in advance,\nMaya"
)


def test_a_request_is_checked_as_it_is_typed_fixed_and_sent_by_smtp(page, live_server):
    user = local_user()
    profile = get_profile(user)
    profile.name, profile.email, profile.timezone = (
        "Maya Okafor",
        "maya@example.org",
        "Europe/London",
    )
    profile.save()
    ana = Contact.objects.create(
        owner=user,
        name="Ana Ruiz",
        email="ana@example.com",
        source="alumni",
        connection="Both did PhDs in the Leeds colloids group",
        organization=organization_named(user, "BASF"),
    )
    chat = start_conversation(user, ana, now=datetime.now(LONDON))
    with mailserver.running() as server:
        SmtpSettings.objects.create(
            user=user, host=server.host, port=server.port, security=SmtpSettings.PLAIN
        )
        token = issue_login_token(user, now=datetime.now(LONDON))
        page.goto(f"{live_server.url}/login/{token}/")
        page.goto(f"{live_server.url}/chats/{chat.pk}/")

        # A request that breaks the guidelines: each problem shows with a fix, as typed.
        findings = page.locator("#compose-findings")
        page.get_by_label("Subject").fill("")
        page.get_by_role("textbox", name="Message").fill(BAD_DRAFT)
        job_asks = findings.locator("[data-rule=job-ask]")
        expect(job_asks).to_have_count(2)  # the openings, and the CV attached
        expect(job_asks.first).to_contain_text("Suggested fix")
        for rule in ("greeting", "time-ask", "subject", "reason"):
            expect(findings.locator(f"[data-rule={rule}]")).to_be_visible()

        # Fixed: nothing left to fix.
        page.get_by_label("Subject").fill("Bristol chemistry PhD: 20 minutes on formulation R&D?")
        page.get_by_role("textbox", name="Message").fill(GOOD_DRAFT)
        expect(findings).to_contain_text("Nothing to fix")
        page.get_by_role("button", name="Save as draft").click()

        # Sent through the real SMTP server; the chat is now requested.
        page.get_by_role("button", name="Send now").click()
        expect(page.get_by_test_id("status")).to_have_text("Requested")
        assert len(server.messages) == 1
        delivered = server.messages[0]
        assert delivered["To"] == "Ana Ruiz <ana@example.com>"
        assert delivered["Subject"] == "Bristol chemistry PhD: 20 minutes on formulation R&D?"
        assert "Would you have 15-20 minutes" in delivered.get_content()
        message = chat.messages.get()
        assert message.sent_at is not None
        assert delivered["Message-ID"] == message.message_id
