"""One request per organisation at a time (Dalton's 3B7): asking a second person at an
organisation while the first has not replied, fewer than 3 business days after the
request, needs the user's go-ahead, as the discretion guard does.

Calendar (November 2026): Mon 2, Tue 3, Wed 4 (the frozen clock, 09:30 London),
Thu 5, Fri 6, Sat 7, Sun 8, Mon 9.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coffeechat import factories
from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Conversation, StatusChange
from coffeechat.conversations.services import move_conversation, start_conversation
from coffeechat.outreach.services import (
    NeedsConfirmation,
    confirmation_reason,
    record_sent,
    save_draft,
)
from tests.clock import FROZEN_NOW, LONDON
from tests.pages import text

MONDAY = datetime(2026, 11, 2, 10, 0, tzinfo=LONDON)
LA = ZoneInfo("America/Los_Angeles")

REASON = (
    "You asked Jane Smith at Acme on Monday 2 November and have had no reply yet. "
    "One request per organisation at a time: the next person at Acme can be asked "
    "from Thursday 5 November."
)


def person(user, name: str, org: str | None = "Acme", source: str = "linkedin") -> Contact:
    email = f"{name.split()[0].lower()}@example.org"
    return factories.make_contact(user, name, source=source, email=email, organisation=org or "")


def asked(user, contact: Contact, when: datetime = MONDAY) -> Conversation:
    """A chat with `contact` whose request went out at `when`, still unanswered."""
    chat = start_conversation(user, contact, now=when - timedelta(days=1))
    return move_conversation(user, chat, "requested", now=when)


def request_to(user, contact: Contact, kind: str = "request", chat: Conversation | None = None):
    chat = chat or start_conversation(user, contact, now=MONDAY)
    return save_draft(
        user,
        chat,
        kind=kind,
        channel="email",
        subject="A short chat?",
        body="Dear Bob, …",
        now=MONDAY,
    )


@pytest.fixture
def jane_waits(alice):
    return asked(alice, person(alice, "Jane Smith"))


@pytest.fixture
def bob(alice):
    return person(alice, "Bob Lee")


def test_a_second_request_at_the_organisation_is_held_back_with_the_reason(alice, jane_waits, bob):
    message = request_to(alice, bob)
    history = StatusChange.objects.count()
    with pytest.raises(NeedsConfirmation) as refused:
        record_sent(alice, message, now=FROZEN_NOW)
    assert refused.value.reason == REASON
    message.refresh_from_db()
    assert message.sent_at is None
    assert Conversation.objects.get(pk=message.conversation_id).status == "prospect"
    assert StatusChange.objects.count() == history


def test_a_linkedin_note_is_a_request_too(alice, jane_waits, bob):
    with pytest.raises(NeedsConfirmation):
        record_sent(alice, request_to(alice, bob, kind="linkedin_note"), now=FROZEN_NOW)


def test_confirmed_it_goes_through(alice, jane_waits, bob):
    message = record_sent(alice, request_to(alice, bob), now=FROZEN_NOW, confirmed=True)
    assert message.sent_at == FROZEN_NOW
    assert Conversation.objects.get(pk=message.conversation_id).status == "requested"


@pytest.mark.parametrize(
    ("now", "held_back"),
    [
        (datetime(2026, 11, 4, 23, 59, tzinfo=LONDON), True),  # Wednesday night
        (datetime(2026, 11, 5, 0, 0, tzinfo=LONDON), False),  # Thursday: 3 business days
        (datetime(2026, 11, 9, 9, 0, tzinfo=LONDON), False),
    ],
)
def test_after_3_business_days_there_is_no_guard(alice, jane_waits, bob, now, held_back):
    reason = confirmation_reason(alice, request_to(alice, bob), now=now)
    assert (reason == REASON) is held_back


def test_the_weekend_does_not_count(alice, bob):
    asked(alice, person(alice, "Jane Smith"), when=datetime(2026, 11, 6, 16, 0, tzinfo=LONDON))
    message = request_to(alice, bob)
    tuesday = datetime(2026, 11, 10, 17, 0, tzinfo=LONDON)
    reason = confirmation_reason(alice, message, now=tuesday)
    assert "on Friday 6 November" in reason and "from Wednesday 11 November." in reason
    assert confirmation_reason(alice, message, now=tuesday + timedelta(hours=7)) is None


@pytest.mark.parametrize("reply", ["scheduled", "declined"])
def test_a_reply_lifts_the_guard(alice, jane_waits, bob, reply):
    at = FROZEN_NOW + timedelta(days=7) if reply == "scheduled" else None
    move_conversation(alice, jane_waits, reply, now=FROZEN_NOW - timedelta(hours=1), at=at)
    message = record_sent(alice, request_to(alice, bob), now=FROZEN_NOW)
    assert message.sent_at == FROZEN_NOW


def test_other_organisations_do_not_interfere(alice, jane_waits):
    carl = person(alice, "Carl Berg", org="Bolt Energy")
    assert record_sent(alice, request_to(alice, carl), now=FROZEN_NOW).sent_at == FROZEN_NOW


def test_no_organisation_no_guard(alice):
    asked(alice, person(alice, "Jane Smith", org=None))
    loner = person(alice, "Bob Lee", org=None)
    assert record_sent(alice, request_to(alice, loner), now=FROZEN_NOW).sent_at == FROZEN_NOW


def test_only_requests_are_held_back(alice, jane_waits, bob):
    # Following up or thanking someone is not a new request to the organisation.
    follow_up = request_to(alice, bob, kind="follow_up")
    assert record_sent(alice, follow_up, now=FROZEN_NOW).sent_at == FROZEN_NOW


def test_asking_the_waiting_person_again_is_not_a_second_person(alice, jane_waits):
    again = request_to(alice, jane_waits.contact, chat=jane_waits)
    assert record_sent(alice, again, now=FROZEN_NOW).sent_at == FROZEN_NOW
    other_chat = request_to(alice, jane_waits.contact)
    assert record_sent(alice, other_chat, now=FROZEN_NOW).sent_at == FROZEN_NOW


def test_days_are_counted_in_the_users_zone(alice, bob):
    profile = get_profile(alice)
    profile.timezone = "America/Los_Angeles"
    profile.save()
    # Monday 23:30 in Los Angeles, already Tuesday in London.
    asked(alice, person(alice, "Jane Smith"), when=datetime(2026, 11, 2, 23, 30, tzinfo=LA))
    message = request_to(alice, bob)
    thursday_la = datetime(2026, 11, 5, 0, 30, tzinfo=LA)
    assert confirmation_reason(alice, message, now=thursday_la) is None
    profile.timezone = "Europe/London"
    profile.save()
    reason = confirmation_reason(alice, message, now=thursday_la)
    assert "on Tuesday 3 November" in reason and "from Friday 6 November." in reason


def test_the_users_own_number_of_days_counts(alice, jane_waits, bob):
    profile = get_profile(alice)
    profile.next_person_after_days = 5
    profile.save()
    thursday = datetime(2026, 11, 5, 9, 0, tzinfo=LONDON)
    assert "from Monday 9 November." in confirmation_reason(
        alice, request_to(alice, bob), now=thursday
    )


def test_both_guards_speak_at_once(alice, jane_waits):
    profile = get_profile(alice)
    profile.employer = "Acme"
    profile.save()
    with pytest.raises(NeedsConfirmation) as refused:
        record_sent(alice, request_to(alice, person(alice, "Bob Lee")), now=FROZEN_NOW)
    assert refused.value.reason == f"Bob works at your current employer, Acme. {REASON}"


def test_charlies_requests_do_not_hold_alice_back(alice, charlie, bob):
    asked(charlie, person(charlie, "Jane Smith"))
    assert record_sent(alice, request_to(alice, bob), now=FROZEN_NOW).sent_at == FROZEN_NOW


# ------------------------------------------------------------------ as the user sees it


def test_marking_it_sent_on_the_chat_page_asks_first_and_says_why(
    alice, alice_client, jane_waits, bob, frozen
):
    message = request_to(alice, bob)
    response = alice_client.post(f"/messages/{message.pk}/mark-sent/")
    assert response.status_code == 200
    page = text(response)
    assert "Not marked as sent: it needs your confirmation." in page
    assert f"{REASON} Tick the box if it may go to them anyway." in page
    message.refresh_from_db()
    assert message.sent_at is None

    confirmed = alice_client.post(f"/messages/{message.pk}/mark-sent/", {"confirmed": "on"})
    assert confirmed.status_code == 302
    message.refresh_from_db()
    assert message.sent_at is not None


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_send_now_by_smtp_is_held_back_too(alice, jane_waits, bob):
    from coffeechat.outreach.sending import send_by_smtp
    from tests.mailserver import running, use_server

    message = request_to(alice, bob)
    with running() as server:
        use_server(alice, server)
        try:
            send_by_smtp(alice, message, now=FROZEN_NOW)
        except NeedsConfirmation as refused:
            assert refused.reason == REASON
        else:
            raise AssertionError("sent by SMTP without asking")
        assert server.envelopes == []


def test_the_chat_page_offers_the_box_it_asks_to_tick(alice, alice_client, jane_waits, bob, frozen):
    message = request_to(alice, bob)
    page = text(alice_client.post(f"/messages/{message.pk}/mark-sent/"))
    assert re.search(r'name="confirmed"[^>]*aria-invalid="true"', page)
    chat = start_conversation(alice, bob, now=MONDAY)
    composed = alice_client.post(
        f"/chats/{chat.pk}/compose/",
        {
            "kind": "request",
            "channel": "email",
            "subject": "Hi",
            "body": "Dear Bob, …",
            "action": "send",
        },
    )
    page = text(composed)
    assert REASON in page and 'id="compose_confirmed"' in page


def test_the_cli_holds_a_request_back_until_yes(alice, jane_waits, bob, capsys):
    """`coffeechat message eml` asks the same question as the web page, and --yes answers it."""
    from coffeechat.outreach.sending import eml_for

    message = request_to(alice, bob)
    with pytest.raises(NeedsConfirmation) as refused:
        eml_for(alice, message, now=FROZEN_NOW)
    assert refused.value.reason == REASON
    name, data = eml_for(alice, message, now=FROZEN_NOW, confirmed=True)
    assert name.endswith(".eml") and b"Subject:" in data


def test_the_confirm_page_names_the_workplace_only_for_discretion(
    alice, alice_client, jane_waits, bob, frozen
):
    message = request_to(alice, bob)
    page = text(alice_client.post(f"/messages/{message.pk}/mailto/"))
    assert REASON in page
    assert "workplace" not in page


def test_the_chat_page_says_to_wait_before_the_request_is_written(
    alice, alice_client, jane_waits, bob, frozen
):
    chat = start_conversation(alice, bob, now=MONDAY)
    page = text(alice_client.get(f"/chats/{chat.pk}/"))
    assert "Wait for a reply first." in page and REASON in page
    # Someone elsewhere: nothing to wait for.
    elsewhere = start_conversation(alice, person(alice, "Kim Ho", org="Globex"), now=MONDAY)
    assert "Wait for a reply first." not in text(alice_client.get(f"/chats/{elsewhere.pk}/"))
