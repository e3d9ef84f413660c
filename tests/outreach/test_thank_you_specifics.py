"""The thank-you names what the chat's notes captured: up to two things they suggested
({specifics}) and the people they introduced ({introduced}); it stays linter-clean."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coffeechat.chats.notes import save_note
from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import organization_named
from coffeechat.conversations.services import add_action, move_conversation, start_conversation
from coffeechat.lib.lint import lint
from coffeechat.lib.message_templates import (
    DEFAULTS,
    book_phrase,
    fill_template,
    introduced_text,
    join_naturally,
    organisation_phrase,
    specifics_text,
    template_values,
    website_phrase,
)
from tests.clock import LONDON
from tests.pages import text

NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)

NOTE = """Loved her story about moving into policy.

book: Range, by David Epstein
org: Royal Society of Chemistry
site: https://www.example.org/careers/
person: Zoë Ørsted (Novo Nordisk, Head of R&D)
person: Ana Lima
lead: Data analyst opening in May
"""


# ------------------------------------------------------------------ pure phrases


@pytest.mark.parametrize(
    ("parts", "joined"),
    [([], ""), (["A"], "A"), (["A", "B"], "A and B"), (["A", "B", "C"], "A, B and C")],
)
def test_parts_are_joined_as_a_sentence_reads_them(parts, joined):
    assert join_naturally(parts) == joined


@pytest.mark.parametrize(
    ("title", "phrase"),
    [
        ("Range", "“Range”"),
        ("Range, by David Epstein", "“Range” by David Epstein"),
        ("“Range”", "“Range”"),
        ("Thinking in Systems by Donella Meadows", "“Thinking in Systems” by Donella Meadows"),
    ],
)
def test_a_book_is_quoted(title, phrase):
    assert book_phrase(title) == phrase


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("Royal Society of Chemistry", "the Royal Society of Chemistry"),
        ("University of Leeds", "the University of Leeds"),
        ("The Wellcome Trust", "The Wellcome Trust"),
        ("Novo Nordisk", "Novo Nordisk"),
    ],
)
def test_an_organisation_gets_the_when_its_name_wants_it(name, phrase):
    assert organisation_phrase(name) == phrase


def test_a_website_loses_its_scheme():
    assert website_phrase("https://www.example.org/careers/") == "example.org/careers"


def test_specifics_are_two_things_at_most_and_never_people_or_leads():
    items = [
        ("person", "Zoë Ørsted"),
        ("book", "Range"),
        ("lead", "A data role"),
        ("organisation", "Royal Society of Chemistry"),
        ("event", "Policy meetup"),
    ]
    assert specifics_text(items) == "“Range” and the Royal Society of Chemistry"
    assert specifics_text([("person", "Zoë Ørsted")]) == ""


def test_introduced_people_are_named_by_first_name_once():
    assert introduced_text(["Zoë Ørsted", "Ana Lima", "Zoë Ørsted"]) == "Zoë and Ana"
    assert introduced_text([]) == ""


def _thank_you(**values):
    base = {"first_name": "Ben", "my_name": "Alice Martin", "target": "Science policy"}
    return fill_template(DEFAULTS["thank_you"], template_values(**{**base, **values}))


def test_the_thank_you_names_the_specifics_and_the_introductions():
    message = _thank_you(
        specifics="“Range” and the Royal Society of Chemistry",
        introduced="Zoë and Ana",
        suggestion="Range",
    )
    assert (
        "I will follow up on “Range” and the Royal Society of Chemistry, as you suggested, "
        "and let you know how I get on." in message.body
    )
    assert "I am grateful for your help, and for introducing me to Zoë and Ana." in message.body


def test_without_notes_the_thank_you_reads_as_before():
    assert (
        "Your suggestion of Range is at the top of my list" in _thank_you(suggestion="Range").body
    )
    plain = _thank_you()
    assert "Your advice has helped me see my next steps more clearly." in plain.body
    assert "I am grateful for your help.\n" in plain.body


@pytest.mark.parametrize(
    "values",
    [
        {"specifics": "“Range” and the Royal Society of Chemistry", "introduced": "Zoë and Ana"},
        {"specifics": "“Range”"},
        {"introduced": "Zoë, Ana and Sam"},
        {},
    ],
)
def test_the_filled_thank_you_has_no_linter_errors(values):
    message = _thank_you(**values)
    report = lint(
        f"Subject: {message.subject}\n{message.body}",
        "thank-you",
        recipient="Ben Okafor",
        sender="Alice Martin",
    )
    assert not [f for f in report.findings if f.severity == "error"], report.findings


# ------------------------------------------------------------------ from the records


@pytest.fixture
def ben(alice):
    return Contact.objects.create(
        owner=alice,
        name="Ben Okafor",
        email="ben@example.org",
        organization=organization_named(alice, "Meridian Labs"),
    )


@pytest.fixture
def held(alice, ben, frozen):
    chat = start_conversation(alice, ben, now=datetime(2026, 10, 20, 9, tzinfo=LONDON))
    for status in ("requested", "scheduled", "held"):
        at = datetime(2026, 11, 3, 10, tzinfo=LONDON) if status == "scheduled" else None
        move_conversation(alice, chat, status, now=datetime(2026, 11, 3, 9, tzinfo=LONDON), at=at)
    return chat


def composer_body(response) -> str:
    match = re.search(
        r'<textarea name="body"[^>]*id="compose_body">(.*?)</textarea>', text(response), re.S
    )
    assert match, "no composer on the page"
    return match.group(1).strip()


def test_the_thank_you_on_the_chat_page_is_filled_from_the_notes(alice, alice_client, held):
    save_note(alice, held, NOTE, now=NOW)
    body = composer_body(alice_client.get(f"/chats/{held.pk}/"))
    assert (
        "I will follow up on “Range” by David Epstein and the Royal Society of Chemistry, "
        "as you suggested" in body
    )
    assert "for introducing me to Zoë and Ana." in body
    assert "Data analyst" not in body  # a job lead is never in a thank-you
    report = lint(f"Subject: Thank you for our chat\n{body}", "thank-you", recipient="Ben Okafor")
    assert not [f for f in report.findings if f.severity == "error"]


def test_an_item_added_by_hand_still_reads_as_the_suggestion(alice, alice_client, held):
    add_action(alice, held, "book", "Thinking in Systems", now=NOW)
    body = composer_body(alice_client.get(f"/chats/{held.pk}/"))
    assert "Your suggestion of Thinking in Systems is at the top of my list" in body


def test_charlies_notes_never_reach_alices_thank_you(alice, charlie, alice_client, held):
    other = start_conversation(charlie, Contact.objects.create(owner=charlie, name="X Y"), now=NOW)
    save_note(charlie, other, "book: Charlie's secret book", now=NOW)
    body = composer_body(alice_client.get(f"/chats/{held.pk}/"))
    assert "secret" not in body


def test_the_held_chat_page_takes_as_many_queries_for_many_notes_as_for_one(
    alice, alice_client, held
):
    save_note(alice, held, NOTE, now=NOW)
    url = f"/chats/{held.pk}/"

    def count() -> int:
        alice_client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert alice_client.get(url).status_code == 200
        return len(captured)

    expected = count()
    for n in range(5):
        save_note(alice, held, NOTE.replace("Range", f"Book {n}"), now=NOW)
    assert count() == expected
