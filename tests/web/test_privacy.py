"""Privacy between users: charlie can neither open, change nor name any of alice's records,
and her names never reach his pages."""

from __future__ import annotations

import pytest

from coffeechat.contacts.models import Contact, Event, Meeting, Target
from coffeechat.conversations.models import (
    ActionItem,
    ChosenQuestion,
    Conversation,
    Message,
    Note,
    Question,
)
from coffeechat.conversations.services import start_conversation
from tests.clock import at
from tests.pages import signed_in, text

HTMX = {"HX-Request": "true"}


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


def test_the_picker_never_suggests_someone_elses_contacts(alices_world, charlie):
    response = signed_in(charlie).get("/contacts/suggest/", {"q": "Ana"})
    assert response.status_code == 200
    assert "Ana" not in text(response)
