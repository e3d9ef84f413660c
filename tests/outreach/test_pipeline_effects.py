"""What sending a message does: the pipeline moves on, and the discretion guard holds
back a message that could reach the user's employer until the user confirms.

Service-level tests of coffeechat.outreach.services (record_sent, drafts, templates).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import organization_named
from coffeechat.conversations.models import Message, StatusChange
from coffeechat.conversations.services import move_conversation, start_conversation
from coffeechat.lib.message_templates import DEFAULTS
from coffeechat.lib.pipeline import MoveRefused
from coffeechat.outreach import services
from coffeechat.outreach.services import (
    AlreadySent,
    NeedsConfirmation,
    delete_draft,
    is_discreet,
    own_templates,
    record_sent,
    reset_template,
    save_draft,
    save_template,
    update_draft,
)
from coffeechat.scoping import NotFound
from tests.clock import LONDON

ASKED = datetime(2026, 11, 2, 10, 0, tzinfo=LONDON)
SENT = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)


def draft(user, conversation, kind="request", **fields):
    return save_draft(
        user,
        conversation,
        kind=kind,
        channel=fields.get("channel", "email"),
        subject=fields.get("subject", "A short chat?"),
        body=fields.get("body", "Dear Ana, …"),
        now=ASKED,
    )


def moved_to(alice, chat, *statuses):
    for status in statuses:
        at = {"scheduled": ASKED + timedelta(days=1), "held": ASKED}.get(status)
        chat = move_conversation(alice, chat, status, now=ASKED, at=at)
    return chat


def history(chat) -> list[tuple[str, str]]:
    return list(
        StatusChange.objects.filter(conversation=chat).values_list("from_status", "to_status")
    )


# ------------------------------------------------------------------ the pipeline moves on


@pytest.mark.parametrize("kind", ["request", "linkedin_note"])
def test_sending_a_request_makes_a_prospect_requested_and_keeps_the_history(alice, chat, kind):
    message = record_sent(alice, draft(alice, chat, kind), now=SENT)
    chat.refresh_from_db()
    assert message.sent_at == SENT
    assert chat.status == "requested"
    assert chat.requested_at == SENT  # the follow-up rules count from here
    assert history(chat) == [("", "prospect"), ("prospect", "requested")]


@pytest.mark.parametrize(
    ("path", "side_exit"),
    [(("requested", "declined"), "declined"), (("requested", "no_response"), "no_response")],
)
def test_a_new_request_after_a_side_exit_asks_again(alice, chat, path, side_exit):
    chat = moved_to(alice, chat, *path)
    record_sent(alice, draft(alice, chat), now=SENT)
    chat.refresh_from_db()
    assert chat.status == "requested"
    assert history(chat)[-1] == (side_exit, "requested")


def test_a_new_request_after_a_cancelled_chat_asks_again(alice, chat):
    chat = moved_to(alice, chat, "requested", "scheduled", "cancelled")
    record_sent(alice, draft(alice, chat), now=SENT)
    chat.refresh_from_db()
    assert chat.status == "requested"
    assert chat.requested_at == SENT


def test_a_second_request_to_someone_already_asked_changes_nothing(alice, chat):
    chat = moved_to(alice, chat, "requested")
    before = history(chat)
    record_sent(alice, draft(alice, chat), now=SENT)
    chat.refresh_from_db()
    assert chat.status == "requested"
    assert chat.requested_at == ASKED
    assert history(chat) == before


def test_a_request_sent_after_the_chat_is_scheduled_does_not_move_it_back(alice, chat):
    chat = moved_to(alice, chat, "requested", "scheduled")
    record_sent(alice, draft(alice, chat), now=SENT)
    chat.refresh_from_db()
    assert chat.status == "scheduled"


def test_sending_the_thank_you_after_the_chat_makes_it_thanked(alice, chat):
    chat = moved_to(alice, chat, "requested", "scheduled", "held")
    record_sent(alice, draft(alice, chat, "thank_you"), now=SENT)
    chat.refresh_from_db()
    assert chat.status == "thanked"
    assert history(chat)[-1] == ("held", "thanked")


def test_a_thank_you_before_the_chat_is_held_moves_nothing(alice, chat):
    chat = moved_to(alice, chat, "requested", "scheduled")
    record_sent(alice, draft(alice, chat, "thank_you"), now=SENT)
    chat.refresh_from_db()
    assert chat.status == "scheduled"


@pytest.mark.parametrize(
    "kind", ["follow_up", "confirmation", "reschedule", "cancellation", "keep_in_touch"]
)
def test_other_messages_are_recorded_without_moving_the_chat(alice, chat, kind):
    chat = moved_to(alice, chat, "requested")
    message = record_sent(alice, draft(alice, chat, kind), now=SENT)
    chat.refresh_from_db()
    assert chat.status == "requested"
    assert Message.objects.get(pk=message.pk).sent_at == SENT


def test_the_message_id_of_an_smtp_send_is_kept(alice, chat):
    message = record_sent(alice, draft(alice, chat), now=SENT, message_id="<abc@example.org>")
    assert Message.objects.get(pk=message.pk).message_id == "<abc@example.org>"


def test_marking_a_message_sent_twice_keeps_the_first_time(alice, chat):
    message = record_sent(alice, draft(alice, chat), now=SENT)
    again = record_sent(alice, message, now=SENT + timedelta(hours=3), message_id="<late@x>")
    assert again.sent_at == SENT
    assert again.message_id == "<late@x>"  # a missing Message-ID may still be filled in
    assert StatusChange.objects.filter(conversation=chat, to_status="requested").count() == 1


def test_a_message_is_not_marked_sent_when_the_pipeline_move_fails(alice, chat, monkeypatch):
    def refuse(*args, **kwargs):
        raise MoveRefused("prospect", "requested", "refused for the test")

    monkeypatch.setattr(services, "move_conversation", refuse)
    message = draft(alice, chat)
    with pytest.raises(MoveRefused):
        record_sent(alice, message, now=SENT)
    assert Message.objects.get(pk=message.pk).sent_at is None


def test_charlie_cannot_mark_alices_message_sent(alice, charlie, chat):
    message = draft(alice, chat)
    with pytest.raises(NotFound):
        record_sent(charlie, message, now=SENT)
    assert Message.objects.get(pk=message.pk).sent_at is None


# ------------------------------------------------------------------ the discretion guard


@pytest.fixture
def coworker_chat(alice):
    bea = Contact.objects.create(owner=alice, name="Bea Lopez", source="coworker")
    return start_conversation(alice, bea, now=ASKED)


def test_a_message_to_a_coworker_waits_for_the_users_confirmation(alice, coworker_chat):
    message = draft(alice, coworker_chat)
    with pytest.raises(NeedsConfirmation) as held_back:
        record_sent(alice, message, now=SENT)
    assert held_back.value.reason == "Bea is a current coworker."
    assert Message.objects.get(pk=message.pk).sent_at is None
    coworker_chat.refresh_from_db()
    assert coworker_chat.status == "prospect"


def test_a_confirmed_message_to_a_coworker_is_sent(alice, coworker_chat):
    message = record_sent(alice, draft(alice, coworker_chat), now=SENT, confirmed=True)
    coworker_chat.refresh_from_db()
    assert message.sent_at == SENT
    assert coworker_chat.status == "requested"


def test_a_message_to_anyone_at_the_users_employer_waits_for_confirmation(alice):
    profile = get_profile(alice)
    profile.employer = "Leeds City Council"
    profile.save()
    carl = Contact.objects.create(
        owner=alice,
        name="Carl Jones",
        source="linkedin",
        organization=organization_named(alice, "Leeds City Council"),
    )
    chat = start_conversation(alice, carl, now=ASKED)
    assert is_discreet(carl, profile) == "Carl works at your current employer, Leeds City Council."
    with pytest.raises(NeedsConfirmation, match="Leeds City Council"):
        record_sent(alice, draft(alice, chat), now=SENT)


def test_a_message_to_an_ordinary_contact_needs_no_confirmation(alice, ana):
    assert is_discreet(ana, get_profile(alice)) is None


# ------------------------------------------------------------------ drafts and templates


def test_a_draft_is_saved_unsent_for_the_chats_contact(alice, chat, ana):
    message = draft(alice, chat, "request", subject="Hello", body="Dear Ana")
    assert (message.contact, message.conversation, message.sent_at) == (ana, chat, None)
    assert message.drafted_at == ASKED


def test_a_draft_can_be_changed_and_deleted(alice, chat):
    message = draft(alice, chat)
    update_draft(alice, message, kind="follow_up", channel="linkedin", subject="", body="New")
    saved = Message.objects.get(pk=message.pk)
    assert (saved.kind, saved.channel, saved.subject, saved.body) == (
        "follow_up",
        "linkedin",
        "",
        "New",
    )
    delete_draft(alice, saved)
    assert not Message.objects.filter(pk=message.pk).exists()


def test_a_sent_message_can_be_neither_changed_nor_deleted(alice, chat):
    message = record_sent(alice, draft(alice, chat), now=SENT)
    with pytest.raises(AlreadySent):
        update_draft(alice, message, kind="request", channel="email", subject="", body="x")
    with pytest.raises(AlreadySent):
        delete_draft(alice, message)
    assert Message.objects.get(pk=message.pk).body == "Dear Ana, …"


def test_charlie_can_neither_change_nor_delete_alices_draft(alice, charlie, chat):
    message = draft(alice, chat)
    with pytest.raises(NotFound):
        update_draft(charlie, message, kind="request", channel="email", subject="", body="x")
    with pytest.raises(NotFound):
        delete_draft(charlie, message)
    assert Message.objects.get(pk=message.pk).body == "Dear Ana, …"


def test_a_users_own_template_replaces_the_built_in_one_until_reset(alice, charlie):
    save_template(alice, "request", subject="Coffee?", body="Hi {first_name}")
    save_template(alice, "request", subject="Coffee soon?", body="Hello {first_name}")
    assert own_templates(alice)["request"].subject == "Coffee soon?"
    assert own_templates(alice)["thank_you"] == DEFAULTS["thank_you"]
    assert own_templates(charlie)["request"] == DEFAULTS["request"]
    reset_template(alice, "request")
    assert own_templates(alice)["request"] == DEFAULTS["request"]


def test_a_template_of_an_unknown_kind_is_refused(alice):
    with pytest.raises(ValueError, match="No message kind called 'love_letter'"):
        save_template(alice, "love_letter", subject="", body="x")
