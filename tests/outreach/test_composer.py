"""The composer on the conversation page, as the user sees it through the test client.

The next sensible message preselected and filled in, live guideline findings, drafts
saved, edited, deleted and marked sent, the pipeline moving on, the discretion guard
asking first, every bad input answered beside its field, privacy between alice and
charlie, and a page whose query count does not grow with the data.
"""

from __future__ import annotations

import re

import pytest

from coffeechat import factories
from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact, Event
from coffeechat.contacts.services import add_meeting, organization_named
from coffeechat.conversations.models import Conversation, Message
from coffeechat.conversations.services import add_action, move_conversation, start_conversation
from coffeechat.outreach.services import record_sent, save_draft, save_template
from tests.clock import FROZEN_NOW, at
from tests.pages import error_beside, page_queries, text, visible

HTMX = {"HX-Request": "true"}


def selected(response, name: str) -> str:
    """The option chosen in the composer's select called `name`."""
    select = re.search(
        rf'<select name="{name}"[^>]*id="compose_{name}".*?</select>',
        response.content.decode(),
        re.S,
    ).group(0)
    return re.search(r'<option value="([^"]*)" selected>', select).group(1)


def composer_body(response) -> str:
    match = re.search(
        r'<textarea name="body"[^>]*id="compose_body">(.*?)</textarea>', text(response), re.S
    )
    assert match, "no composer on the page"
    return match.group(1).strip()


def findings(response) -> list[str]:
    """The rule of each finding shown, in order."""
    return re.findall(
        r'class="lint-finding lint-finding--\w+" data-rule="([\w-]+)"', text(response)
    )


@pytest.fixture
def bea_chat(alice):
    """A chat with a current coworker: the discretion guard applies."""
    bea = Contact.objects.create(owner=alice, name="Bea Lopez", source="coworker", email="b@x.org")
    return start_conversation(alice, bea, now=at(19, month=10))


def compose(client, chat, action="save", **fields):
    data = {
        "kind": "request",
        "channel": "email",
        "subject": "A short chat about science policy?",
        "body": "Dear Ana,\n\nWould you have 15 to 20 minutes for a call?",
        "action": action,
        **fields,
    }
    return client.post(f"/chats/{chat.pk}/compose/", data)


def a_draft(alice, chat, kind="request", body="Dear Ana, would you have 15 minutes?"):
    return save_draft(
        alice, chat, kind=kind, channel="email", subject="A short chat?", body=body, now=at(2)
    )


# ------------------------------------------------------------------ what the composer offers


@pytest.fixture
def chat_toward_science_policy(alice, ana):
    """The shared chat, but toward a target: the request names it."""
    target = factories.make_target(alice, "Science policy")
    return factories.make_chat(alice, ana, now=at(19, month=10), target=target)


def test_a_prospect_gets_a_request_filled_in_from_the_records(
    alice_client, chat_toward_science_policy, frozen
):
    page = alice_client.get(f"/chats/{chat_toward_science_policy.pk}/")
    assert selected(page, "kind") == "request"
    assert selected(page, "channel") == "email"
    body = composer_body(page)
    assert body.startswith("Dear Ana,\n\nWe have something in common: both did PhDs at Leeds.")
    assert "My name is Alice Martin, and I am exploring science policy." in body
    assert "Would you have 15 to 20 minutes" in body
    assert 'value="A short chat about science policy?"' in page.content.decode()
    assert "Write a message to Ana Ruiz <ana@example.org>" in visible(page)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ((), "request"),
        # Just asked: the follow-up is not due yet, so no kind is preselected
        # (test_composer_when_due.py has when it is).
        (("requested",), ""),
        (("requested", "scheduled"), "confirmation"),
        (("requested", "scheduled", "held"), "thank_you"),
        # Thanked: a keep-in-touch update is offered, not preselected.
        (("requested", "scheduled", "held", "thanked"), ""),
        (("requested", "declined"), "request"),
    ],
)
def test_the_next_sensible_message_is_preselected_from_the_status(
    alice, alice_client, chat, frozen, path, kind
):
    for status in path:
        when = {"scheduled": at(5, 15), "held": at(4, 8)}.get(status)
        chat = move_conversation(alice, chat, status, now=at(4, 9), at=when)
    assert selected(alice_client.get(f"/chats/{chat.pk}/"), "kind") == kind


def test_a_confirmation_gives_the_agreed_time_in_the_contacts_own_zone(
    alice, alice_client, ana, chat, frozen
):
    ana.timezone = "America/New_York"
    ana.save()
    chat = move_conversation(alice, chat, "requested", now=at(2))
    chat = move_conversation(alice, chat, "scheduled", now=at(3), at=at(6, 15))
    body = composer_body(alice_client.get(f"/chats/{chat.pk}/"))
    assert "This is to confirm our chat on Friday 6 November at 10:00 New York time." in body


def test_someone_reachable_only_on_linkedin_gets_a_linkedin_note(alice, alice_client, frozen):
    li = Contact.objects.create(
        owner=alice, name="Lee Chan", linkedin_url="https://www.linkedin.com/in/leechan"
    )
    chat = start_conversation(alice, li, now=at(2))
    page = alice_client.get(f"/chats/{chat.pk}/")
    assert (selected(page, "kind"), selected(page, "channel")) == ("linkedin_note", "linkedin")
    assert composer_body(page).startswith("Hi Lee,\nI am Alice Martin. I would value your view")


def test_a_thank_you_mentions_what_they_suggested_and_an_event_follow_up_the_event(
    alice, alice_client, chat, frozen
):
    add_action(alice, chat, "book", "Thinking in Systems", now=at(3))
    event = Event.objects.create(owner=alice, name="Chem Careers Fair", date=at(1).date())
    add_meeting(alice, event, chat.contact)
    response = alice_client.post(
        f"/chats/{chat.pk}/compose/", {"action": "fill", "kind": "thank_you"}
    )
    assert "Your suggestion of Thinking in Systems" in composer_body(response)
    response = alice_client.post(
        f"/chats/{chat.pk}/compose/", {"action": "fill", "kind": "event_follow_up"}
    )
    assert "It was good to meet you at Chem Careers Fair." in composer_body(response)
    assert selected(response, "kind") == "event_follow_up"


def test_the_users_own_template_is_what_the_composer_starts_from(alice, alice_client, chat, frozen):
    save_template(alice, "request", subject="Coffee, {first_name}?", body="Hello {first_name}!")
    page = alice_client.get(f"/chats/{chat.pk}/")
    assert composer_body(page) == "Hello Ana!"
    assert 'value="Coffee, Ana?"' in page.content.decode()


def test_choosing_another_kind_with_htmx_returns_just_the_refilled_composer(
    alice_client, chat, frozen
):
    response = alice_client.post(
        f"/chats/{chat.pk}/compose/",
        {"action": "fill", "kind": "linkedin_note", "channel": "email"},
        headers=HTMX,
    )
    assert response.status_code == 200
    page = text(response)
    assert page.lstrip().startswith('<div id="composer"')
    assert "<html" not in page
    assert selected(response, "channel") == "linkedin"
    assert composer_body(response).startswith(
        "Hi Ana,\nI am Alice Martin. We share a link: both did PhDs at Leeds."
    )


def test_the_composer_checks_as_the_user_types(alice_client, chat, frozen):
    page = alice_client.get(f"/chats/{chat.pk}/").content.decode()
    textarea = re.search(r"<textarea[^>]*compose_body[^>]*>", page).group(0)
    assert f'hx-post="/chats/{chat.pk}/compose/lint/"' in textarea
    assert 'hx-trigger="input changed delay:300ms"' in textarea
    assert 'hx-target="#compose-findings"' in textarea


def test_the_built_in_request_passes_the_guideline_check(alice_client, chat, frozen):
    page = alice_client.get(f"/chats/{chat.pk}/")
    errors = re.findall(r'lint-finding--error" data-rule="([\w-]+)"', text(page))
    assert errors == []
    assert re.search(r"\d+ words · \d+ characters", text(page))


# ------------------------------------------------------------------ live findings


def test_a_job_ask_is_flagged_with_its_explanation_and_a_fix(alice_client, chat):
    body = "Dear Ana,\n\nI'm Alice. Could you refer me for a job at Meridian Labs?\n\nThanks, Alice"
    response = alice_client.post(
        f"/chats/{chat.pk}/compose/lint/",
        {"kind": "request", "channel": "email", "subject": "Hello", "body": body},
        headers=HTMX,
    )
    assert response.status_code == 200
    assert "<html" not in text(response)
    assert "job-ask" in findings(response)
    item = re.search(
        r'<li class="lint-finding lint-finding--error" data-rule="job-ask">.*?</li>',
        text(response),
        re.S,
    ).group(0)
    assert "Suggested fix:" in item
    assert "Never ask for a job" in item  # the guideline behind the finding
    assert re.search(r"\b1\d words\b", text(response))


def test_an_e_mail_without_a_subject_is_flagged_but_a_linkedin_note_is_not(alice_client, chat):
    data = {"kind": "request", "subject": "", "body": "Dear Ana, a short chat?"}
    email = alice_client.post(f"/chats/{chat.pk}/compose/lint/", {**data, "channel": "email"})
    assert "subject" in findings(email)
    note = alice_client.post(
        f"/chats/{chat.pk}/compose/lint/", {**data, "kind": "linkedin_note", "channel": "linkedin"}
    )
    assert "subject" not in findings(note)


def test_a_linkedin_note_over_300_characters_is_flagged_for_length(alice_client, chat):
    body = "Hi Ana, " + "I would value your advice on science policy. " * 8
    response = alice_client.post(
        f"/chats/{chat.pk}/compose/lint/",
        {"kind": "linkedin_note", "channel": "linkedin", "subject": "", "body": body},
    )
    assert "length" in findings(response)


def test_a_late_thank_you_is_flagged_for_timing(alice, alice_client, chat, frozen):
    for status, when in (("requested", None), ("scheduled", at(2, 15)), ("held", at(2, 15))):
        chat = move_conversation(alice, chat, status, now=at(2, 16), at=when)
    page = alice_client.get(f"/chats/{chat.pk}/")
    assert selected(page, "kind") == "thank_you"
    assert "timing" in findings(page)


def test_a_thank_you_on_the_day_is_not_flagged_for_timing(alice, alice_client, chat, frozen):
    for status, when in (("requested", None), ("scheduled", at(4, 8)), ("held", at(4, 8))):
        chat = move_conversation(alice, chat, status, now=at(4, 9), at=when)
    assert "timing" not in findings(alice_client.get(f"/chats/{chat.pk}/"))


@pytest.mark.parametrize(
    "data",
    [{}, {"kind": "love_letter", "body": "x"}, {"kind": "request", "body": "x" * 30000}],
)
def test_a_check_of_strange_input_answers_without_a_crash(alice_client, chat, data):
    response = alice_client.post(f"/chats/{chat.pk}/compose/lint/", data, headers=HTMX)
    assert response.status_code == 200


# ------------------------------------------------------------------ drafts


def test_saving_a_draft_lists_it_on_the_page_and_keeps_the_chat_a_prospect(
    alice_client, chat, frozen
):
    response = compose(alice_client, chat)
    assert response.status_code == 302
    assert response["Location"] == f"/chats/{chat.pk}/#messages"
    message = Message.objects.get(conversation=chat)
    assert (message.kind, message.sent_at, message.drafted_at) == ("request", None, FROZEN_NOW)
    page = text(alice_client.get(f"/chats/{chat.pk}/"))
    assert "Draft saved." in page
    assert 'class="message message--draft"' in page
    assert "Would you have 15 to 20 minutes for a call?" in page
    chat.refresh_from_db()
    assert chat.status == "prospect"


def test_a_message_needs_a_body_and_keeps_what_was_typed(alice_client, chat):
    response = compose(alice_client, chat, body="   ", subject="Coffee?")
    assert response.status_code == 200
    assert error_beside(response, "compose_body") == "The message has no text."
    assert "Not saved: see the field marked below." in text(response)
    assert 'value="Coffee?"' in response.content.decode()
    assert not Message.objects.exists()


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("kind", "love_letter", "“love_letter” is not a kind of message."),
        ("channel", "pigeon", "Choose e-mail or LinkedIn."),
        ("subject", "x" * 300, "Keep the subject under 200 characters."),
    ],
)
def test_bad_composer_input_is_answered_beside_its_field(alice_client, chat, field, value, error):
    response = compose(alice_client, chat, **{field: value})
    assert response.status_code == 200
    assert error_beside(response, f"compose_{field}") == error
    assert not Message.objects.exists()


def test_a_draft_opens_in_the_composer_and_saves_its_changes(alice, alice_client, chat, frozen):
    draft = a_draft(alice, chat)
    page = alice_client.get(f"/chats/{chat.pk}/?draft={draft.pk}")
    assert "Edit the draft to Ana Ruiz" in text(page)
    assert composer_body(page) == "Dear Ana, would you have 15 minutes?"
    assert f'action="/messages/{draft.pk}/edit/"' in page.content.decode()
    response = alice_client.post(
        f"/messages/{draft.pk}/edit/",
        {
            "kind": "follow_up",
            "channel": "email",
            "subject": "Re",
            "body": "Just checking in.",
            "action": "save",
        },
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.kind, draft.body, draft.sent_at) == ("follow_up", "Just checking in.", None)
    assert Message.objects.count() == 1


def test_a_draft_named_in_the_address_that_is_not_a_draft_here_is_ignored(
    alice, alice_client, chat, frozen
):
    sent = record_sent(alice, a_draft(alice, chat), now=at(3))
    for wanted in (sent.pk, "abc", "999999"):
        page = alice_client.get(f"/chats/{chat.pk}/?draft={wanted}")
        assert page.status_code == 200
        assert "Write a message to Ana Ruiz" in text(page)


def test_a_draft_can_be_deleted(alice, alice_client, chat):
    draft = a_draft(alice, chat)
    response = alice_client.post(f"/messages/{draft.pk}/delete/")
    assert response["Location"] == f"/chats/{chat.pk}/#messages"
    assert not Message.objects.exists()
    assert "Draft deleted." in text(alice_client.get(f"/chats/{chat.pk}/"))


def test_a_sent_message_is_neither_edited_nor_deleted(alice, alice_client, chat):
    sent = record_sent(alice, a_draft(alice, chat), now=at(3))
    alice_client.post(
        f"/messages/{sent.pk}/edit/",
        {"kind": "request", "channel": "email", "body": "Changed", "action": "save"},
    )
    alice_client.post(f"/messages/{sent.pk}/delete/")
    sent.refresh_from_db()
    assert sent.body == "Dear Ana, would you have 15 minutes?"
    page = text(alice_client.get(f"/chats/{chat.pk}/"))
    assert "This message has been sent: it stays in the record." in page
    assert f"/messages/{sent.pk}/delete/" not in page


# ------------------------------------------------------------------ marking sent


def test_marking_a_new_request_sent_moves_the_chat_to_requested(alice_client, chat, frozen):
    response = compose(alice_client, chat, action="send")
    assert response.status_code == 302
    message = Message.objects.get(conversation=chat)
    assert message.sent_at == FROZEN_NOW
    chat.refresh_from_db()
    assert chat.status == "requested"
    page = text(alice_client.get(f"/chats/{chat.pk}/"))
    assert "Marked as sent. The chat with Ana is now requested." in page
    assert "sent 4 Nov 2026, 09:30" in page


def test_marking_a_draft_sent_from_the_list(alice, alice_client, chat, frozen):
    draft = a_draft(alice, chat)
    response = alice_client.post(f"/messages/{draft.pk}/mark-sent/")
    assert response["Location"] == f"/chats/{chat.pk}/#messages"
    draft.refresh_from_db()
    assert draft.sent_at == FROZEN_NOW
    chat.refresh_from_db()
    assert chat.status == "requested"


def test_marking_the_thank_you_sent_makes_the_chat_thanked(alice, alice_client, chat, frozen):
    for status, when in (("requested", None), ("scheduled", at(4, 8)), ("held", at(4, 8))):
        chat = move_conversation(alice, chat, status, now=at(4, 9), at=when)
    compose(alice_client, chat, action="send", kind="thank_you", subject="Thank you")
    chat.refresh_from_db()
    assert chat.status == "thanked"


# ------------------------------------------------------------------ the discretion guard


def test_the_page_warns_before_anything_goes_to_a_coworker(alice_client, bea_chat, frozen):
    page = visible(alice_client.get(f"/chats/{bea_chat.pk}/"))
    assert "Keep your search discreet. Bea is a current coworker." in page
    assert "I understand, and it may go to Bea." in page


def test_marking_sent_to_a_coworker_needs_the_box_ticked(alice_client, bea_chat, frozen):
    response = compose(alice_client, bea_chat, action="send", body="Dear Bea, coffee soon?")
    assert response.status_code == 200
    assert error_beside(response, "compose_confirmed") == (
        "Bea is a current coworker. Tick the box if it may go to them anyway."
    )
    assert "Not marked as sent: it needs your confirmation." in text(response)
    assert composer_body(response) == "Dear Bea, coffee soon?"
    assert not Message.objects.exists()
    bea_chat.refresh_from_db()
    assert bea_chat.status == "prospect"

    response = compose(alice_client, bea_chat, action="send", confirmed="on")
    assert response.status_code == 302
    assert Message.objects.get().sent_at == FROZEN_NOW


def test_a_draft_to_a_coworker_can_still_be_saved_without_confirming(alice_client, bea_chat):
    assert compose(alice_client, bea_chat, action="save").status_code == 302
    assert Message.objects.get().sent_at is None


def test_marking_a_coworkers_draft_sent_from_the_list_needs_the_box_ticked(
    alice, alice_client, bea_chat, frozen
):
    draft = a_draft(alice, bea_chat)
    response = alice_client.post(f"/messages/{draft.pk}/mark-sent/")
    assert response.status_code == 200
    assert error_beside(response, f"sent-{draft.pk}") == (
        "Bea is a current coworker. Tick the box if it may go to them anyway."
    )
    draft.refresh_from_db()
    assert draft.sent_at is None
    alice_client.post(f"/messages/{draft.pk}/mark-sent/", {"confirmed": "on"})
    draft.refresh_from_db()
    assert draft.sent_at == FROZEN_NOW


def test_someone_at_the_users_employer_is_guarded_too(alice, alice_client, frozen):
    profile = get_profile(alice)
    profile.employer = "Leeds City Council"
    profile.save()
    carl = Contact.objects.create(
        owner=alice, name="Carl Jones", organization=organization_named(alice, "Leeds City Council")
    )
    chat = start_conversation(alice, carl, now=at(2))
    response = compose(alice_client, chat, action="send")
    assert error_beside(response, "compose_confirmed").startswith(
        "Carl works at your current employer, Leeds City Council."
    )


# ------------------------------------------------------------------ privacy


@pytest.fixture
def alices_draft(alice, chat):
    return a_draft(alice, chat)


@pytest.mark.parametrize(
    ("url", "data"),
    [
        (
            "/chats/{chat}/compose/",
            {"kind": "request", "channel": "email", "body": "Charlie", "action": "send"},
        ),
        ("/chats/{chat}/compose/", {"action": "fill", "kind": "request"}),
        ("/chats/{chat}/compose/lint/", {"kind": "request", "body": "x"}),
        (
            "/messages/{draft}/edit/",
            {"kind": "request", "channel": "email", "body": "Charlie", "action": "save"},
        ),
        ("/messages/{draft}/delete/", {}),
        ("/messages/{draft}/mark-sent/", {"confirmed": "on"}),
    ],
)
def test_charlie_gets_not_found_for_alices_chat_and_drafts(
    alices_draft, chat, charlie_client, url, data
):
    before = list(Message.objects.values_list("body", "sent_at", "kind"))
    address = url.format(chat=chat.pk, draft=alices_draft.pk)
    for headers in ({}, HTMX):
        response = charlie_client.post(address, data, headers=headers)
        assert response.status_code == 404
        assert "Ana" not in text(response)
    assert list(Message.objects.values_list("body", "sent_at", "kind")) == before
    assert Conversation.objects.get(pk=chat.pk).status == "prospect"


def test_charlie_cannot_open_alices_draft_in_his_own_composer(
    alices_draft, charlie, charlie_client
):
    his = start_conversation(
        charlie, Contact.objects.create(owner=charlie, name="Chen Wu"), now=at(2)
    )
    page = text(charlie_client.get(f"/chats/{his.pk}/?draft={alices_draft.pk}"))
    assert "Dear Ana" not in page
    assert "Write a message to Chen Wu" in page


@pytest.mark.parametrize(
    "url",
    ["/chats/1/compose/", "/chats/1/compose/lint/", "/messages/1/edit/", "/messages/1/mark-sent/"],
)
def test_a_get_to_a_post_only_composer_address_is_refused(alice_client, chat, url):
    assert alice_client.get(url).status_code == 405


@pytest.mark.parametrize(
    "url", ["/chats/999999/compose/", "/messages/999999/edit/", "/messages/999999/mark-sent/"]
)
def test_posting_to_a_missing_chat_or_draft_is_not_found(alice_client, url):
    response = alice_client.post(url, {"body": "x", "action": "save"})
    assert response.status_code == 404


# ------------------------------------------------------------------ speed


def test_the_conversation_page_takes_as_many_queries_with_many_messages_as_with_few(
    alice, alice_client, chat, frozen
):
    referrer = Contact.objects.create(owner=alice, name="Ben Okafor")
    Contact.objects.filter(pk=chat.contact_id).update(referred_by=referrer)
    a_draft(alice, chat)
    few = page_queries(alice_client, f"/chats/{chat.pk}/")
    event = Event.objects.create(owner=alice, name="Chem Careers Fair", date=at(1).date())
    add_meeting(alice, event, chat.contact)
    for n in range(12):
        message = a_draft(alice, chat, kind="follow_up", body=f"Note {n}")
        if n % 2:
            record_sent(alice, message, now=at(3))
        add_action(alice, chat, "book", f"Book {n}", now=at(3))
    many = page_queries(alice_client, f"/chats/{chat.pk}/")
    assert many == few
    assert text(alice_client.get(f"/chats/{chat.pk}/")).count('class="message message--') == 13
