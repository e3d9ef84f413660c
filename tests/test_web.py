"""What a user sees in the browser, through Django's test client.

Signing in, every form's errors, moves on the board, privacy between users, the
contact list, a contact's timeline, Today's reminders, and pages that do not exist.
A server error would raise here (the test client re-raises it), so every bad
input below is shown to answer with a page, never a crash.
"""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from coffeechat.accounts.models import Profile
from coffeechat.accounts.services import get_profile, issue_login_token
from coffeechat.contacts.models import Contact, Event, Meeting, Organization, Target
from coffeechat.contacts.services import add_meeting, organization_named
from coffeechat.conversations.models import (
    ActionItem,
    ChosenQuestion,
    Conversation,
    Message,
    Note,
    Question,
)
from coffeechat.conversations.services import (
    add_action,
    add_note,
    move_conversation,
    record_message,
    start_conversation,
)
from tests.pages import error_beside, refusal_seen, text

from .conftest import FROZEN_NOW, LONDON

HTMX = {"HX-Request": "true"}

# ------------------------------------------------------------------------- helpers


def column(response, status: str) -> str:
    """The HTML of one column of the pipeline board."""
    match = re.search(
        rf'<section class="column[^"]*" data-status="{status}".*?</section>',
        response.content.decode(),
        re.S,
    )
    assert match, f"no {status} column on the board"
    return match.group(0)


def agenda_item(response, kind: str) -> str | None:
    """The HTML of the first Today item of this kind, or None."""
    match = re.search(
        rf'<li class="item[^"]*" data-kind="{kind}">.*?</li>', response.content.decode(), re.S
    )
    return match.group(0) if match else None


def item_key(item_html: str) -> str:
    return html.unescape(re.search(r'name="key" value="([^"]+)"', item_html).group(1))


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def at(day: int, hour: int = 9, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=LONDON)


# ------------------------------------------------------------------------ fixtures


@pytest.fixture
def ana(alice):
    return Contact.objects.create(
        owner=alice,
        name="Ana Ruiz",
        source="alumni",
        email="ana@example.org",
        title="Research scientist",
        organization=organization_named(alice, "Meridian Labs"),
        connection="Both did PhDs at Leeds",
    )


@pytest.fixture
def chat(alice, ana):
    """Alice's conversation with Ana, still a prospect."""
    return start_conversation(alice, ana, now=at(19, month=10))


@pytest.fixture
def requested(alice, chat):
    """Ana was asked on Monday 26 October, seven business days before FROZEN_NOW."""
    return move_conversation(alice, chat, "requested", now=at(26, month=10))


@pytest.fixture
def alices_world(alice, ana, chat):
    """One of every record of alice's that has a page or a POST endpoint."""
    target = Target.objects.create(owner=alice, name="Science policy")
    event = Event.objects.create(owner=alice, name="Chem Careers Fair", date=at(2).date())
    meeting = add_meeting(alice, event, ana)
    note = add_note(alice, chat, "Ana's team hires in spring.", now=at(2))
    action = add_action(alice, chat, "book", "Thinking in Systems", now=at(2))
    message = record_message(
        alice,
        chat,
        kind="request",
        channel="email",
        subject="A short chat?",
        body="Dear Ana",
        now=at(2),
        sent=False,
    )
    question = Question.objects.create(owner=alice, text="How did Meridian hire you?")
    return {
        "contact": ana,
        "chat": chat,
        "target": target,
        "event": event,
        "meeting": meeting,
        "note": note,
        "action": action,
        "message": message,
        "question": question,
    }


# -------------------------------------------------------------------------- sign-in


@pytest.mark.parametrize("url", ["/", "/contacts/", "/pipeline/", "/chats/1/", "/profile/"])
def test_without_a_session_every_page_sends_you_to_the_welcome_page(client, ana, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"] == "/welcome/"


def test_the_welcome_page_says_how_to_get_in_and_shows_no_data(client, alices_world):
    response = client.get("/welcome/")
    assert response.status_code == 200
    page = text(response)
    assert "coffeechat serve" in page
    assert "Ana Ruiz" not in page
    assert "Chem Careers Fair" not in page
    assert 'aria-label="Main"' not in page  # no navigation to pages it cannot open


def test_an_htmx_request_without_a_session_gets_401_and_a_redirect_for_htmx(client, chat):
    response = client.post(f"/chats/{chat.pk}/move/", {"status": "requested"}, headers=HTMX)
    assert response.status_code == 401
    assert response["HX-Redirect"] == "/welcome/"
    assert b"Ana" not in response.content
    chat.refresh_from_db()
    assert chat.status == "prospect"


def test_a_login_link_signs_you_in_and_opens_today(client, alice):
    token = issue_login_token(alice, now=timezone.now())
    response = client.get(f"/login/{token}/")
    assert response.status_code == 302
    assert response["Location"] == "/"
    today = client.get("/")
    assert today.status_code == 200
    assert "Today" in text(today)


def test_a_first_login_asks_who_you_are(client, db):
    from coffeechat.accounts.services import local_user

    me = local_user()
    token = issue_login_token(me, now=timezone.now())
    response = client.get(f"/login/{token}/", follow=True)
    assert response.redirect_chain[-1][0] == "/profile/"
    assert "Tell coffeechat who you are" in text(response)


def test_a_login_link_works_only_once(client, alice):
    token = issue_login_token(alice, now=timezone.now())
    assert client.get(f"/login/{token}/").status_code == 302

    someone_else = Client()
    response = someone_else.get(f"/login/{token}/")
    assert response.status_code == 403
    assert "already been used" in text(response)
    assert someone_else.get("/")["Location"] == "/welcome/"


def test_an_expired_login_link_is_refused(client, alice):
    made = timezone.now() - timedelta(seconds=settings.LOGIN_TOKEN_TTL_SECONDS + 1)
    token = issue_login_token(alice, now=made)
    response = client.get(f"/login/{token}/")
    assert response.status_code == 403
    assert "expired" in text(response)
    assert client.get("/")["Location"] == "/welcome/"


@pytest.mark.parametrize("token", ["garbage", "x" * 500, "%00", "0" * 43])
def test_a_made_up_login_link_is_refused(client, alice, token):
    response = client.get(f"/login/{token}/")
    assert response.status_code == 403
    assert "coffeechat serve" in text(response)
    assert client.get("/")["Location"] == "/welcome/"


def test_signing_out_ends_the_session(alice_client):
    response = alice_client.post("/logout/")
    assert response["Location"] == "/welcome/"
    assert alice_client.get("/")["Location"] == "/welcome/"


# ---------------------------------------------------------------------------- forms


def _contact_form(**changes) -> dict:
    data = {"name": "Ben Okafor", "source": "friend", "email": "", "linkedin_url": ""}
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "field_id", "error"),
    [
        ({"name": ""}, "id_name", "Give the person's name."),
        ({"name": "   "}, "id_name", "Give the person's name."),
        ({"email": "ben-at-example"}, "id_email", "Enter a valid email address."),
        ({"linkedin_url": "my linkedin"}, "id_linkedin_url", "Enter a valid URL."),
        ({"timezone": "Mars/Olympus"}, "id_timezone", "“Mars/Olympus” is not a time zone."),
        ({"referred_by": "999999"}, "id_referred_by", "Choose one of your own contacts."),
        ({"referred_by": "abc"}, "id_referred_by", "Choose one of your own contacts."),
        ({"source": "stranger"}, "id_source", "“stranger” is not a way of knowing someone."),
        ({"connected_on": "yesterday"}, "id_connected_on", "Enter a date as YYYY-MM-DD"),
    ],
)
def test_a_new_contact_with_bad_input_is_shown_again_with_the_error_beside_the_field(
    alice, alice_client, changes, field_id, error
):
    response = alice_client.post("/contacts/new/", _contact_form(**changes))
    assert response.status_code == 200
    assert error in error_beside(response, field_id)
    assert "Please fix the 1 field marked below." in text(response)
    assert not Contact.objects.filter(owner=alice).exists()


def test_another_users_contact_cannot_be_named_as_the_referrer(alice, charlie, alice_client):
    charlies = Contact.objects.create(owner=charlie, name="Chen Wu")
    response = alice_client.post("/contacts/new/", _contact_form(referred_by=str(charlies.pk)))
    assert response.status_code == 200
    assert error_beside(response, "id_referred_by") == "Choose one of your own contacts."
    assert "Chen Wu" not in text(response)
    assert not Contact.objects.filter(owner=alice).exists()


def test_a_contact_cannot_be_their_own_referrer(alice_client, ana):
    response = alice_client.post(
        f"/contacts/{ana.pk}/edit/", _contact_form(name="Ana Ruiz", referred_by=str(ana.pk))
    )
    assert response.status_code == 200
    assert error_beside(response, "id_referred_by") == "Choose one of your own contacts."
    ana.refresh_from_db()
    assert ana.referred_by is None


def test_an_edit_with_bad_input_keeps_the_contact_as_it_was(alice_client, ana):
    response = alice_client.post(f"/contacts/{ana.pk}/edit/", _contact_form(email="nope"))
    assert response.status_code == 200
    assert error_beside(response, "id_email") == "Enter a valid email address."
    ana.refresh_from_db()
    assert (ana.name, ana.email) == ("Ana Ruiz", "ana@example.org")


@pytest.mark.parametrize(
    ("motivation", "error"),
    [
        ("0", "Ensure this value is greater than or equal to 1."),
        ("6", "Ensure this value is less than or equal to 5."),
        ("lots", "Enter a whole number."),
    ],
)
def test_a_target_needs_a_motivation_from_1_to_5(alice, alice_client, motivation, error):
    data = {"name": "Science policy", "kind": "career", "motivation": motivation}
    response = alice_client.post("/targets/", data)
    assert response.status_code == 200
    assert error_beside(response, "id_motivation") == error
    assert not Target.objects.filter(owner=alice).exists()

    target = Target.objects.create(owner=alice, name="Consulting", motivation=3)
    response = alice_client.post(f"/targets/{target.pk}/", {**data, "name": "Changed"})
    assert response.status_code == 200
    assert error_beside(response, "id_motivation") == error
    target.refresh_from_db()
    assert (target.name, target.motivation) == ("Consulting", 3)


@pytest.mark.parametrize("date", ["2026-02-30", "next Tuesday", ""])
def test_an_event_needs_a_real_date(alice, alice_client, date):
    response = alice_client.post("/events/", {"name": "Careers fair", "date": date})
    assert response.status_code == 200
    expected = "This field is required." if not date else "Enter a valid date."
    assert error_beside(response, "id_date") == expected
    assert not Event.objects.filter(owner=alice).exists()


def test_an_event_edit_with_a_bad_date_keeps_the_event(alice, alice_client):
    event = Event.objects.create(owner=alice, name="Careers fair", date=at(2).date())
    response = alice_client.post(f"/events/{event.pk}/", {"name": "Renamed", "date": "31/31/31"})
    assert response.status_code == 200
    assert error_beside(response, "id_date") == "Enter a valid date."
    event.refresh_from_db()
    assert event.name == "Careers fair"


def _profile_form(**changes) -> dict:
    data = {
        "name": "Alice Martin",
        "email": "alice@example.org",
        "timezone": "Europe/London",
        "employer": "",
        "next_person_after_days": "3",
        "follow_up_after_days": "7",
        "no_response_after_days": "7",
        "keep_in_touch_weeks": "8",
        "event_follow_up_days": "2",
        "request_word_limit": "150",
        "linkedin_char_limit": "300",
        "weekly_goal": "3",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "field_id", "error"),
    [
        ({"timezone": "Mars/Olympus"}, "id_timezone", "“Mars/Olympus” is not a time zone."),
        ({"timezone": ""}, "id_timezone", "This field is required."),
        (
            {"next_person_after_days": "0"},
            "id_next_person_after_days",
            "Ensure this value is greater than or equal to 1.",
        ),
        (
            {"follow_up_after_days": "0"},
            "id_follow_up_after_days",
            "Ensure this value is greater than or equal to 1.",
        ),
        (
            {"keep_in_touch_weeks": "53"},
            "id_keep_in_touch_weeks",
            "Ensure this value is less than or equal to 52.",
        ),
        ({"email": "alice"}, "id_email", "Enter a valid email address."),
    ],
)
def test_the_profile_refuses_a_bad_zone_or_rule(alice, alice_client, changes, field_id, error):
    response = alice_client.post("/profile/", _profile_form(name="Renamed", **changes))
    assert response.status_code == 200
    assert error in error_beside(response, field_id)
    profile = Profile.objects.get(user=alice)
    assert (profile.name, profile.timezone, profile.next_person_after_days) == (
        "Alice Martin",
        "Europe/London",
        3,
    )


def test_a_good_profile_is_saved(alice, alice_client):
    response = alice_client.post(
        "/profile/", _profile_form(timezone="America/New_York", follow_up_after_days="5")
    )
    assert response.status_code == 302
    profile = get_profile(alice)
    assert (profile.timezone, profile.follow_up_after_days) == ("America/New_York", 5)


@pytest.mark.parametrize("body", ["", "   \n  "])
def test_an_empty_note_is_refused_beside_the_note_field(alice_client, chat, body):
    response = alice_client.post(f"/chats/{chat.pk}/notes/", {"body": body})
    assert response.status_code == 200
    assert error_beside(response, "note_body") == "Write something first."
    assert not Note.objects.filter(conversation=chat).exists()


def test_a_note_is_saved(alice_client, chat):
    response = alice_client.post(f"/chats/{chat.pk}/notes/", {"body": "Spring hiring."})
    assert response.status_code == 302
    assert "Spring hiring." in text(alice_client.get(f"/chats/{chat.pk}/"))


def test_an_action_needs_a_title(alice_client, chat):
    response = alice_client.post(f"/chats/{chat.pk}/actions/", {"kind": "book", "title": ""})
    assert response.status_code == 200
    assert error_beside(response, "id_title") == "Say what to follow up."
    assert not ActionItem.objects.filter(conversation=chat).exists()


def test_a_message_needs_a_body(alice_client, chat):
    data = {"kind": "request", "channel": "email", "subject": "A short chat?", "body": ""}
    response = alice_client.post(f"/chats/{chat.pk}/compose/", data)
    assert response.status_code == 200
    assert error_beside(response, "compose_body") == "The message has no text."
    # The composer keeps what was typed.
    assert 'value="A short chat?"' in response.content.decode()
    assert not Message.objects.filter(conversation=chat).exists()


def test_a_message_of_an_unknown_kind_is_refused(alice_client, chat):
    data = {"kind": "love_letter", "channel": "email", "body": "Hello"}
    response = alice_client.post(f"/chats/{chat.pk}/compose/", data)
    assert response.status_code == 200
    assert "is not a kind of message." in error_beside(response, "compose_kind")
    assert not Message.objects.filter(conversation=chat).exists()


def test_a_question_needs_its_text(alice, alice_client, chat):
    data = {"text": "", "topic": "day"}
    response = alice_client.post(f"/chats/{chat.pk}/questions/", data)
    assert response.status_code == 200
    assert error_beside(response, "id_text") == "Write the question."
    assert "Not saved: see the field marked below." in text(response)
    assert not Question.objects.filter(owner=alice).exists()


def test_the_note_and_message_fields_have_ids_of_their_own(alice_client, chat):
    page = alice_client.get(f"/chats/{chat.pk}/").content.decode()
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert sorted({i for i in ids if ids.count(i) > 1}) == []


@pytest.mark.parametrize(
    ("when", "error"),
    [
        ("", "Give the agreed date and time."),
        ("next tuesday", "Enter a date and time, for example 2026-03-14 15:30."),
        ("2026-13-45T25:61", "Enter a date and time, for example 2026-03-14 15:30."),
    ],
)
def test_scheduling_from_the_chat_page_needs_a_real_time(alice_client, requested, when, error):
    data = {"status": "scheduled", "at": when}
    response = alice_client.post(f"/chats/{requested.pk}/move/", data)
    assert response.status_code == 200
    assert error_beside(response, "id_at") == error
    requested.refresh_from_db()
    assert requested.status == "requested"


@pytest.mark.parametrize(
    ("when", "error"),
    [
        ("", "Give the agreed date and time."),
        ("next tuesday", "Enter a date and time, for example 2026-03-14 15:30."),
    ],
)
def test_scheduling_on_the_board_needs_a_real_time(alice_client, requested, when, error):
    data = {"status": "scheduled", "at": when, "from": "board"}
    response = alice_client.post(f"/chats/{requested.pk}/move/", data, headers=HTMX)
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#board-message"
    assert error in text(response)
    requested.refresh_from_db()
    assert requested.status == "requested"

    # Without JavaScript the same form posts normally and lands back on the board.
    response = alice_client.post(f"/chats/{requested.pk}/move/", data, follow=True)
    assert response.redirect_chain[-1][0] == "/pipeline/"
    assert error in text(response)
    requested.refresh_from_db()
    assert requested.status == "requested"


def test_scheduling_with_a_time_moves_the_chat_in_the_users_zone(alice_client, requested, frozen):
    data = {"status": "scheduled", "at": "2026-11-12T15:30"}
    response = alice_client.post(f"/chats/{requested.pk}/move/", data)
    assert response.status_code == 302
    requested.refresh_from_db()
    assert requested.status == "scheduled"
    assert requested.scheduled_at == at(12, 15, 30)
    assert "Thu 12 Nov 2026, 15:30 London time" in text(alice_client.get(f"/chats/{requested.pk}/"))


# -------------------------------------------------------------------------- the board


def test_a_refused_move_on_the_board_says_what_is_allowed(alice_client, chat):
    response = alice_client.post(
        f"/chats/{chat.pk}/move/", {"status": "held", "from": "board"}, headers=HTMX
    )
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#board-message"
    message = text(response)
    assert "A conversation cannot move from prospect to held." in message
    assert "From prospect it can move to requested" in message
    chat.refresh_from_db()
    assert chat.status == "prospect"


def test_a_refused_move_without_javascript_is_explained_on_the_page(alice_client, chat):
    response = alice_client.post(f"/chats/{chat.pk}/move/", {"status": "thanked"}, follow=True)
    assert response.status_code == 200
    assert "cannot move from prospect to thanked" in text(response)
    chat.refresh_from_db()
    assert chat.status == "prospect"


def test_an_unknown_status_is_refused_without_a_crash(alice_client, chat):
    data = {"status": "married", "from": "board"}
    response = alice_client.post(f"/chats/{chat.pk}/move/", data, headers=HTMX)
    assert response.status_code == 200
    assert "“married” is not a status." in text(response)
    response = alice_client.post(f"/chats/{chat.pk}/move/", {"status": "married"}, follow=True)
    assert "“married” is not a status." in text(response)
    chat.refresh_from_db()
    assert chat.status == "prospect"


def test_an_allowed_move_on_the_board_redraws_it_with_the_card_in_its_new_column(
    alice_client, chat
):
    response = alice_client.post(
        f"/chats/{chat.pk}/move/", {"status": "requested", "from": "board"}, headers=HTMX
    )
    assert response.status_code == 200
    assert "HX-Retarget" not in response
    assert 'id="board"' in response.content.decode()
    assert "<html" not in response.content.decode()
    assert f'id="card-{chat.pk}"' in column(response, "requested")
    assert f'id="card-{chat.pk}"' not in column(response, "prospect")
    assert "Ana Ruiz: now requested." in text(response)
    chat.refresh_from_db()
    assert chat.status == "requested"


def test_the_board_shows_each_chat_in_its_column(alice_client, requested):
    response = alice_client.get("/pipeline/")
    assert "Ana Ruiz" in column(response, "requested")
    assert "Ana Ruiz" not in column(response, "prospect")
    assert 'aria-label="Move Ana Ruiz to scheduled"' not in response.content.decode()


# --------------------------------------------------------------------------- privacy


@pytest.mark.parametrize(
    "url",
    [
        "/contacts/{contact}/",
        "/contacts/{contact}/edit/",
        "/chats/{chat}/",
        "/targets/{target}/",
        "/events/{event}/",
    ],
)
def test_charlie_cannot_open_alices_pages(alices_world, charlie_client, url):
    ids = {k: v.pk for k, v in alices_world.items()}
    response = charlie_client.get(url.format(**ids))
    assert response.status_code == 404
    page = text(response)
    assert "Ana Ruiz" not in page
    assert "Nothing here" in page


POSTS = [
    ("/chats/{chat}/move/", {"status": "requested"}),
    ("/chats/{chat}/notes/", {"body": "Charlie was here"}),
    ("/chats/{chat}/actions/", {"kind": "book", "title": "Charlie was here"}),
    ("/chats/{chat}/compose/", {"kind": "request", "channel": "email", "body": "Charlie"}),
    ("/chats/{chat}/questions/", {"text": "Charlie was here?", "topic": "other"}),
    ("/chats/{chat}/questions/choose/", {"question": "{question}"}),
    ("/actions/{action}/toggle/", {}),
    ("/messages/{message}/mark-sent/", {}),
    ("/messages/{message}/send/", {}),
    ("/messages/{message}/delete/", {}),
    ("/meetings/{meeting}/followed-up/", {}),
    ("/events/{event}/meetings/", {"contact": "{contact}"}),
    ("/contacts/{contact}/edit/", {"name": "Charlie was here", "source": "other"}),
    ("/targets/{target}/", {"name": "Charlie was here", "kind": "career", "motivation": "3"}),
    ("/events/{event}/", {"name": "Charlie was here", "date": "2026-01-01"}),
]


def _snapshot(world) -> dict:
    chat = Conversation.objects.get(pk=world["chat"].pk)
    return {
        "status": chat.status,
        "notes": Note.objects.filter(conversation=chat).count(),
        "actions": list(ActionItem.objects.values_list("title", "done")),
        "messages": list(Message.objects.values_list("body", "sent_at")),
        "questions": Question.objects.count(),
        "chosen": ChosenQuestion.objects.count(),
        "meetings": list(Meeting.objects.values_list("contact_id", "followed_up_at")),
        "names": sorted(Contact.objects.values_list("name", flat=True)),
        "targets": list(Target.objects.values_list("name", "motivation")),
        "events": list(Event.objects.values_list("name", "date")),
    }


@pytest.mark.parametrize(("url", "data"), POSTS, ids=[url for url, _ in POSTS])
def test_charlie_cannot_change_alices_records(alices_world, charlie_client, url, data):
    ids = {k: v.pk for k, v in alices_world.items()}
    before = _snapshot(alices_world)
    form = {k: v.format(**ids) for k, v in data.items()}
    response = charlie_client.post(url.format(**ids), form)
    assert response.status_code == 404
    assert "Ana Ruiz" not in text(response)
    response = charlie_client.post(url.format(**ids), form, headers=HTMX)
    assert response.status_code == 404
    assert _snapshot(alices_world) == before


def test_charlie_cannot_choose_alices_question_for_his_own_chat(alices_world, charlie):
    mine = start_conversation(
        charlie, Contact.objects.create(owner=charlie, name="Chen Wu"), now=at(2)
    )
    client = signed_in(charlie)
    response = client.post(
        f"/chats/{mine.pk}/questions/choose/", {"question": alices_world["question"].pk}
    )
    assert response.status_code == 302
    page = text(client.get(response["Location"]))
    assert "Choose a question from your bank." in page
    assert "How did Meridian hire you?" not in page
    assert not ChosenQuestion.objects.exists()


def test_charlie_cannot_start_a_chat_with_alices_contact(alices_world, charlie):
    client = signed_in(charlie)
    response = client.post("/chats/new/", {"contact": alices_world["contact"].pk}, follow=True)
    assert response.status_code == 200
    assert "Choose one of your own contacts." in text(response)
    assert Conversation.objects.count() == 1


def test_charlie_cannot_add_alices_contact_to_his_event(alices_world, charlie):
    event = Event.objects.create(owner=charlie, name="Design meetup", date=at(2).date())
    client = signed_in(charlie)
    response = client.post(
        f"/events/{event.pk}/meetings/", {"contact": alices_world["contact"].pk}, follow=True
    )
    assert "Choose one of your own contacts." in text(response)
    assert not Meeting.objects.filter(event=event).exists()


@pytest.mark.parametrize(
    "url", ["/", "/pipeline/", "/pipeline/prospect/", "/contacts/", "/contacts/?q=ana"]
)
def test_alices_names_never_reach_charlies_pages(alices_world, requested, charlie, frozen, url):
    Contact.objects.create(owner=alices_world["contact"].owner, name="Ben Okafor", source="family")
    alices_page = text(signed_in(alices_world["contact"].owner).get(url))
    charlies_page = text(signed_in(charlie).get(url))
    if url != "/pipeline/prospect/":
        assert "Ana Ruiz" in alices_page or "Ben Okafor" in alices_page
    for name in ("Ana Ruiz", "Ben Okafor", "Meridian Labs", "Chem Careers Fair"):
        assert name not in charlies_page


# --------------------------------------------------------------------- contacts list


@pytest.fixture
def many_contacts(alice, ana):
    """Ana, Ben (a friend) and 55 more: 57 in all, two pages of 50."""
    Contact.objects.create(owner=alice, name="Ben Okafor", source="friend")
    other = Organization.objects.create(owner=alice, name="Northwind")
    Contact.objects.bulk_create(
        Contact(owner=alice, name=f"Person {n:02d}", source="linkedin", organization=other)
        for n in range(55)
    )


def test_the_contact_list_searches_by_name(alice_client, many_contacts):
    page = text(alice_client.get("/contacts/", {"q": "ana"}))
    assert "Ana Ruiz" in page
    assert "Ben Okafor" not in page
    assert "Person 01" not in page


def test_the_contact_list_searches_by_organisation(alice_client, many_contacts):
    page = text(alice_client.get("/contacts/", {"q": "meridian"}))
    assert "Ana Ruiz" in page
    assert "Person 01" not in page


def test_the_contact_list_filters_by_how_you_know_them(alice_client, many_contacts):
    page = text(alice_client.get("/contacts/", {"source": "friend"}))
    assert "Ben Okafor" in page
    assert "Ana Ruiz" not in page


def test_a_search_that_matches_nobody_says_so(alice_client, many_contacts):
    page = text(alice_client.get("/contacts/", {"q": "zebra"}))
    assert "No contacts match." in page


@pytest.mark.parametrize("source", ["bogus", "", "coworker'; drop table"])
def test_an_unknown_source_filter_shows_everyone(alice_client, many_contacts, source):
    response = alice_client.get("/contacts/", {"source": source})
    assert response.status_code == 200
    assert "Ana Ruiz" in text(response)


def test_the_contact_list_comes_in_pages_of_fifty(alice_client, many_contacts):
    first = text(alice_client.get("/contacts/"))
    assert "Page 1 of 2 · 57 contacts" in first
    assert "Person 47" in first
    assert "Person 48" not in first
    second = alice_client.get("/contacts/", {"page": "2"})
    assert second.status_code == 200
    assert "Page 2 of 2" in text(second)
    assert "Person 54" in text(second)
    assert "Ana Ruiz" not in text(second)


@pytest.mark.parametrize(
    ("page", "shown"),
    [("999", "Page 2 of 2"), ("abc", "Page 1 of 2"), ("-1", "Page 2 of 2"), ("0", "Page 2 of 2")],
)
def test_a_page_number_out_of_range_or_not_a_number_still_shows_a_page(
    alice_client, many_contacts, page, shown
):
    response = alice_client.get("/contacts/", {"page": page})
    assert response.status_code == 200
    assert shown in text(response)


def test_a_search_keeps_its_query_in_the_page_links(alice_client, many_contacts):
    page = alice_client.get("/contacts/", {"q": "person", "source": "linkedin"})
    assert "?q=person&amp;source=linkedin&amp;page=2" in page.content.decode()


def test_an_htmx_search_returns_only_the_rows(alice_client, many_contacts):
    response = alice_client.get(
        "/contacts/", {"q": "ana"}, headers={**HTMX, "HX-Target": "contact-rows"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "<table" in body
    assert "Ana Ruiz" in body
    assert "<html" not in body
    assert 'id="q"' not in body
    assert "Ben Okafor" not in body


def test_a_very_long_search_does_not_break_the_list(alice_client, many_contacts):
    response = alice_client.get("/contacts/", {"q": "a" * 5000})
    assert response.status_code == 200
    assert "No contacts match." in text(response)


# -------------------------------------------------------------------- contact page


def test_a_contacts_timeline_shows_everything_that_happened(alice, alice_client, ana, chat):
    move_conversation(alice, chat, "requested", now=at(26, month=10))
    record_message(
        alice,
        chat,
        kind="request",
        channel="email",
        subject="A 20-minute chat about industry R&D?",
        body="Dear Ana",
        now=at(26, month=10),
        sent=True,
    )
    move_conversation(alice, chat, "scheduled", now=at(28, month=10), at=at(2, 15, 30))
    move_conversation(alice, chat, "held", now=at(2, 16))
    add_note(alice, chat, "Her team hires postdocs every spring.", now=at(2, 17))
    add_action(alice, chat, "book", "Thinking in Systems", now=at(2, 17))
    Contact.objects.create(owner=alice, name="Ben Okafor", referred_by=ana, source="referral")
    event = Event.objects.create(owner=alice, name="Chem Careers Fair", date=at(30, month=10))
    add_meeting(alice, event, ana)

    response = alice_client.get(f"/contacts/{ana.pk}/")
    assert response.status_code == 200
    page = text(response)
    timeline = page[page.index("Timeline") :]
    for line in (
        "Conversation started",
        "Moved to requested",
        "Moved to scheduled",
        "for Mon 2 Nov 2026, 15:30",
        "Moved to held",
        "Sent: Request e-mail",
        "A 20-minute chat about industry R&D?",
        "Her team hires postdocs every spring.",
        "Book: Thinking in Systems",
        "to follow up",
        "Introduced you to Ben Okafor",
        "Met at Chem Careers Fair",
    ):
        assert line in timeline, line
    # Newest first.
    assert timeline.index("Moved to held") < timeline.index("Moved to requested")
    assert timeline.index("Moved to requested") < timeline.index("Conversation started")


def test_a_referred_contact_names_who_introduced_them(alice, alice_client, ana):
    ben = Contact.objects.create(owner=alice, name="Ben Okafor", referred_by=ana)
    page = text(alice_client.get(f"/contacts/{ben.pk}/"))
    assert "Introduced by" in page
    assert "Ana Ruiz" in page


def test_a_contact_cannot_be_introduced_by_someone_they_introduced(alice, alice_client, ana):
    ben = Contact.objects.create(owner=alice, name="Ben Okafor", referred_by=ana)
    cleo = Contact.objects.create(owner=alice, name="Cleo Park", referred_by=ben)
    for referrer in (ben, cleo):  # directly, and two introductions down
        response = alice_client.post(
            f"/contacts/{ana.pk}/edit/",
            {"name": "Ana Ruiz", "source": "alumni", "referred_by": referrer.pk},
        )
        assert response.status_code == 200
        assert (
            f"Ana Ruiz introduced {referrer.name} (or someone who did), so they cannot have "
            "introduced them too."
        ) in error_beside(response, "id_referred_by")
    ana.refresh_from_db()
    assert ana.referred_by is None
    # Someone from another branch is fine.
    dev = Contact.objects.create(owner=alice, name="Dev Rao")
    response = alice_client.post(
        f"/contacts/{ben.pk}/edit/",
        {"name": "Ben Okafor", "source": "referral", "referred_by": dev.pk},
    )
    assert response.status_code == 302
    ben.refresh_from_db()
    assert ben.referred_by == dev


def test_adding_someone_at_an_organisation_starts_with_its_name(alice_client):
    page = alice_client.get("/contacts/new/?organization=Aldgate%20Coatings").content.decode()
    assert 'value="Aldgate Coatings"' in page


def test_a_coworker_is_flagged_on_their_page(alice, alice_client):
    cody = Contact.objects.create(owner=alice, name="Cody Brandt", source="coworker")
    assert "Current coworker." in text(alice_client.get(f"/contacts/{cody.pk}/"))


# ---------------------------------------------------------------------------- Today


def test_a_request_unanswered_for_seven_business_days_asks_for_one_follow_up(
    alice_client, requested, frozen
):
    response = alice_client.get("/")
    item = agenda_item(response, "follow_up")
    assert item is not None
    assert "Send Ana Ruiz one polite follow-up" in html.unescape(item)
    assert "7 business days ago" in html.unescape(item)


def test_a_snoozed_follow_up_is_hidden_today_and_back_tomorrow(alice_client, requested, frozen):
    key = item_key(agenda_item(alice_client.get("/"), "follow_up"))
    response = alice_client.post("/agenda/decide/", {"key": key, "action": "snooze", "days": "1"})
    assert response.status_code == 302
    today = alice_client.get("/")
    assert "Snoozed until Thursday 5 November." in text(today)
    assert agenda_item(today, "follow_up") is None

    frozen.move_to(FROZEN_NOW + timedelta(days=1))
    item = agenda_item(alice_client.get("/"), "follow_up")
    assert item is not None
    assert "Send Ana Ruiz one polite follow-up" in html.unescape(item)


def test_a_dismissed_follow_up_is_gone_for_good(alice_client, requested, frozen):
    key = item_key(agenda_item(alice_client.get("/"), "follow_up"))
    alice_client.post("/agenda/decide/", {"key": key, "action": "dismiss"})
    assert agenda_item(alice_client.get("/"), "follow_up") is None
    for days in (1, 7, 30):
        frozen.move_to(FROZEN_NOW + timedelta(days=days))
        assert agenda_item(alice_client.get("/"), "follow_up") is None


def test_an_htmx_snooze_replaces_the_item_with_a_note(alice_client, requested, frozen):
    key = item_key(agenda_item(alice_client.get("/"), "follow_up"))
    response = alice_client.post(
        "/agenda/decide/", {"key": key, "action": "snooze", "days": "3"}, headers=HTMX
    )
    assert response.status_code == 200
    assert "Snoozed until Saturday 7 November." in text(response)
    assert agenda_item(alice_client.get("/"), "follow_up") is None


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"key": "follow_up:chat:1:x"},
        {"key": "follow_up:chat:1:x", "action": "explode"},
        {"key": "follow_up:chat:1:x", "action": "snooze", "days": "abc"},
        {"key": "follow_up:chat:1:x", "action": "snooze", "days": "0"},
        {"key": "follow_up:chat:1:x", "action": "snooze", "days": "100000"},
        {"key": "k" * 300, "action": "dismiss"},
        {"key": "", "action": "dismiss"},
    ],
)
def test_a_bad_decision_is_refused_without_a_crash(alice_client, requested, frozen, data):
    response = alice_client.post("/agenda/decide/", data, follow=True)
    assert response.status_code == 200
    assert "That item could not be changed." in text(response)
    assert agenda_item(response, "follow_up") is not None

    response = alice_client.post("/agenda/decide/", data, headers=HTMX)
    assert refusal_seen(alice_client.get("/"), response) == "That item could not be changed."


def test_the_decide_address_only_takes_posts(alice_client):
    assert alice_client.get("/agenda/decide/").status_code == 405


def test_coworkers_never_appear_on_today(alice, alice_client, requested, frozen):
    # A coworker asked seven business days ago, met yesterday, and one never asked.
    cody = Contact.objects.create(owner=alice, name="Cody Brandt", source="coworker")
    cora = Contact.objects.create(owner=alice, name="Cora Lind", source="coworker")
    asked = start_conversation(alice, cody, now=at(19, month=10))
    move_conversation(alice, asked, "requested", now=at(26, month=10))
    met = start_conversation(alice, cora, now=at(19, month=10))
    met = move_conversation(alice, met, "requested", now=at(20, month=10))
    met = move_conversation(alice, met, "scheduled", now=at(21, month=10), at=at(3, 12))
    met = move_conversation(alice, met, "held", now=at(3, 13))
    add_action(alice, met, "lead", "Cora's team lead role", now=at(3, 13))
    # Ada, asked four business days ago, makes Today suggest the next person to ask:
    # the warmest is Cora (a coworker, so never), then Fred.
    fred = Contact.objects.create(owner=alice, name="Fred Ito", source="friend")
    ada = Contact.objects.create(owner=alice, name="Ada Byrne", source="linkedin")
    asked_ada = start_conversation(alice, ada, now=at(19, month=10))
    move_conversation(alice, asked_ada, "requested", now=at(29, month=10))

    page = text(alice_client.get("/"))
    assert "Send Ana Ruiz one polite follow-up" in page
    assert f"Reach out to {fred.name}" in page
    for name in ("Cody", "Cora"):
        assert name not in page


def test_today_with_nothing_due_says_so(alice_client, frozen):
    page = text(alice_client.get("/"))
    assert "Nothing is due" in page


# ----------------------------------------------------------- pages that do not exist


@pytest.mark.parametrize(
    "url",
    [
        "/nope/",
        "/chats/abc/",
        "/chats/999999/",
        "/chats/0/",
        "/chats/99999999999999999999999/",
        "/chats/-1/",
        "/pipeline/bogus/",
        "/contacts/abc/",
        "/contacts/999999/",
        "/contacts/999999/edit/",
        "/targets/999999/",
        "/events/999999/",
        "/agenda/",
        "/login/",
    ],
)
def test_an_unknown_address_or_id_is_a_not_found_page(alice_client, url):
    response = alice_client.get(url)
    assert response.status_code == 404
    assert "Nothing here" in text(response)


def test_a_not_found_page_says_what_was_not_found(alice_client):
    assert "No status called “bogus”." in text(alice_client.get("/pipeline/bogus/"))
    assert "No conversation with id 999999." in text(alice_client.get("/chats/999999/"))


@pytest.mark.parametrize(
    "url",
    [
        "/chats/999999/move/",
        "/chats/999999/notes/",
        "/chats/999999/actions/",
        "/chats/999999/compose/",
        "/chats/999999/questions/choose/",
        "/actions/999999/toggle/",
        "/messages/999999/mark-sent/",
        "/messages/99999999999999999999999/mark-sent/",
        "/meetings/999999/followed-up/",
        "/events/999999/meetings/",
    ],
)
def test_posting_to_a_missing_record_is_not_found(alice_client, url):
    response = alice_client.post(url, {"status": "requested", "body": "x"})
    assert response.status_code == 404
    assert "Nothing here" in text(response)


@pytest.mark.parametrize("url", ["/chats/1/move/", "/chats/1/notes/preview/", "/logout/"])
def test_a_get_to_a_post_only_address_is_refused(alice_client, chat, url):
    assert alice_client.get(url).status_code == 405


def test_a_long_today_lists_fifty_items_a_section_and_offers_the_rest(
    alice, alice_client, chat, frozen
):
    for n in range(55):
        add_action(alice, chat, "book", f"Book number {n:02d}", now=at(1, 9, n))
    response = alice_client.get("/")
    page = text(response)
    assert response.content.decode().count('data-kind="resource"') == 50
    assert "Show all 55 overdue items" in page
    assert 'Overdue <span class="count">55</span>' in page

    everything = alice_client.get("/", {"all": "1"})
    assert everything.content.decode().count('data-kind="resource"') == 55
    assert "Show all" not in text(everything)


def test_a_full_board_column_links_to_the_rest(alice, alice_client):
    for n in range(25):
        person = Contact.objects.create(owner=alice, name=f"Prospect {n:02d}")
        start_conversation(alice, person, now=at(1, 9, n))
    board = alice_client.get("/pipeline/")
    prospects = column(board, "prospect")
    assert prospects.count('class="board-card"') == 20
    assert "Prospect 24" in prospects  # the most recent first
    assert "Prospect 04" not in prospects
    assert "and 5 more…" in prospects
    everyone = text(alice_client.get("/pipeline/prospect/"))
    assert "Prospect 04" in everyone
    assert "Prospect 24" in everyone


@pytest.mark.parametrize("ending", ["declined", "no_response"])
def test_someone_who_said_no_is_never_suggested_as_the_next_person(
    alice, alice_client, frozen, ending
):
    dee = Contact.objects.create(owner=alice, name="Dee Marsh", source="family")
    earlier = start_conversation(alice, dee, now=at(1, month=10))
    earlier = move_conversation(alice, earlier, "requested", now=at(2, month=10))
    move_conversation(alice, earlier, ending, now=at(20, month=10))
    Contact.objects.create(owner=alice, name="Fred Ito", source="friend")
    ada = Contact.objects.create(owner=alice, name="Ada Byrne", source="linkedin")
    asked = start_conversation(alice, ada, now=at(19, month=10))
    move_conversation(alice, asked, "requested", now=at(29, month=10))

    page = text(alice_client.get("/"))
    assert "Reach out to Fred Ito (friend) next" in page
    assert "Dee Marsh" not in page


def test_each_move_button_on_the_board_names_the_person_and_the_column(alice_client, requested):
    page = alice_client.get("/pipeline/").content.decode()
    assert 'aria-label="Move Ana Ruiz to declined"' in page
    assert 'aria-label="Move Ana Ruiz to no response"' in page


# ------------------------------------------------------------------ the contact picker


def test_the_picker_suggests_your_contacts_whose_names_match(alice_client, many_contacts, ana):
    response = alice_client.get(
        "/contacts/suggest/", {"field": "referred_by", "referred_by": "ana"}
    )
    assert f'<option value="Ana Ruiz (#{ana.pk})">' in response.content.decode()
    assert "Bo" not in text(response)


def test_the_picker_never_suggests_someone_elses_contacts(alices_world, charlie):
    response = signed_in(charlie).get("/contacts/suggest/", {"q": "Ana"})
    assert response.status_code == 200
    assert "Ana" not in text(response)


def test_a_referrer_picked_by_name_and_id_is_saved(alice, alice_client, ana):
    response = alice_client.post(
        "/contacts/new/", _contact_form(name="Bo Chen", referred_by=f"Ana Ruiz (#{ana.pk})")
    )
    assert response.status_code == 302
    assert Contact.objects.get(name="Bo Chen").referred_by == ana


def test_a_referrer_typed_but_not_picked_is_refused_beside_the_field(alice_client, ana):
    response = alice_client.post("/contacts/new/", _contact_form(referred_by="Ana Ruiz"))
    assert response.status_code == 200
    assert error_beside(response, "id_referred_by") == "Choose one of your own contacts."
    assert 'value="Ana Ruiz"' in response.content.decode()  # what was typed stays


def test_editing_a_referred_contact_shows_the_referrer_by_name(alice, alice_client, ana):
    bo = Contact.objects.create(owner=alice, name="Bo Chen", referred_by=ana)
    response = alice_client.get(f"/contacts/{bo.pk}/edit/")
    assert f'value="Ana Ruiz (#{ana.pk})"' in response.content.decode()


def test_a_conversation_can_be_started_from_the_pipeline_with_the_picker(alice_client, ana):
    response = alice_client.post("/chats/new/", {"contact": f"Ana Ruiz (#{ana.pk})"})
    conversation = Conversation.objects.get(contact=ana)
    assert response.status_code == 302
    assert response["Location"] == f"/chats/{conversation.pk}/"


def test_a_next_address_off_this_site_is_ignored(alice_client, chat):
    action = add_action(chat.owner, chat, "book", "Range", now=timezone.now())
    response = alice_client.post(
        f"/actions/{action.pk}/toggle/", {"next": "https://evil.example/phish"}
    )
    assert response["Location"] == "/"


def test_someone_at_your_current_employer_is_flagged_on_their_page(alice, alice_client):
    profile = get_profile(alice)
    profile.employer = "Meridian Labs"
    profile.save()
    colleague = Contact.objects.create(
        owner=alice,
        name="Fay Green",
        source="friend",
        organization=organization_named(alice, "Meridian Labs"),
    )
    outsider = Contact.objects.create(owner=alice, name="Lee Park", source="friend")
    assert "Works at your current employer" in text(alice_client.get(f"/contacts/{colleague.pk}/"))
    assert "Works at your current employer" not in text(
        alice_client.get(f"/contacts/{outsider.pk}/")
    )


# ------------------------------------------------------------------ acting from Today


def test_the_follow_up_can_be_recorded_from_today_and_leaves_it(alice_client, requested, frozen):
    item = agenda_item(alice_client.get("/"), "follow_up")
    assert "I sent it" in item
    response = alice_client.post(f"/chats/{requested.pk}/followed-up/", {"next": "/"}, follow=True)
    assert "Follow-up to Ana Ruiz recorded." in text(response)
    assert agenda_item(response, "follow_up") is None
    sent = Message.objects.get(conversation=requested, kind="follow_up")
    assert sent.sent_at == timezone.now()


def test_a_thank_you_can_be_marked_from_today(alice, alice_client, requested, frozen):
    scheduled = move_conversation(alice, requested, "scheduled", now=at(2), at=at(3, 15))
    move_conversation(alice, scheduled, "held", now=at(3, 16))
    page = alice_client.get("/")
    assert "Mark thanked" in agenda_item(page, "thank_you")
    response = alice_client.post(
        f"/chats/{requested.pk}/move/", {"status": "thanked", "next": "/"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/"
    assert agenda_item(response, "thank_you") is None
    requested.refresh_from_db()
    assert requested.status == "thanked"


def test_an_edit_form_shows_dates_the_way_date_boxes_read_them(alice, alice_client):
    event = Event.objects.create(owner=alice, name="RSC careers fair", date="2026-12-12")
    contact = Contact.objects.create(owner=alice, name="Bo Chen", connected_on="2025-03-04")
    assert 'value="2026-12-12"' in alice_client.get(f"/events/{event.pk}/").content.decode()
    edit = alice_client.get(f"/contacts/{contact.pk}/edit/").content.decode()
    assert 'value="2025-03-04"' in edit


def test_recording_a_follow_up_to_someone_at_your_employer_asks_you_to_confirm_first(
    alice, alice_client, requested, frozen
):
    profile = get_profile(alice)
    profile.employer = "Meridian Labs"  # Ana's organisation
    profile.save()
    response = alice_client.post(f"/chats/{requested.pk}/followed-up/", {"next": "/"}, follow=True)
    assert "works at your current employer" in text(response)
    assert not Message.objects.filter(conversation=requested).exists()
    confirmed = alice_client.post(
        f"/chats/{requested.pk}/followed-up/", {"next": "/", "confirmed": "1"}, follow=True
    )
    assert "Follow-up to Ana Ruiz recorded." in text(confirmed)
    assert Message.objects.get(conversation=requested).sent_at is not None


def test_the_length_limits_are_the_users_own_settings(alice, alice_client, chat):
    body = "Hi Ana,\n\n" + "word " * 170 + "\n\nThank you,\nAlice"
    draft = {"kind": "request", "channel": "email", "subject": "A question", "body": body}
    url = f"/chats/{chat.pk}/compose/lint/"
    assert 'data-rule="length"' in alice_client.post(url, draft, headers=HTMX).content.decode()
    alice_client.post("/profile/", _profile_form(request_word_limit="200"))
    assert get_profile(alice).request_word_limit == 200
    assert 'data-rule="length"' not in alice_client.post(url, draft, headers=HTMX).content.decode()


def test_today_lists_what_is_due_today_before_what_is_overdue(
    alice, alice_client, requested, frozen
):
    add_action(alice, requested, "book", "Range", now=at(2))  # a resource from Monday
    page = text(alice_client.get("/"))
    assert "Send Ana Ruiz one polite follow-up" in page
    assert page.index("Due today") < page.index("Overdue") < page.index("Range")
