"""The prep sheet: one printable page to read before a chat."""

from __future__ import annotations

import html
import re

import pytest

from coffeechat import factories
from coffeechat.contacts.models import Target
from coffeechat.conversations.services import (
    add_note,
    add_question,
    add_tiara_set,
    move_conversation,
    start_conversation,
)
from coffeechat.lib.question_bank import TIARA
from tests.clock import at
from tests.pages import stylesheet, text

PITCH = " ".join(["word"] * 100)  # about 43 seconds


def section(response, heading_id: str) -> str:
    match = re.search(
        rf'<section class="prep__section[^"]*" aria-labelledby="{heading_id}">(.*?)</section>',
        response.content.decode(),
        re.S,
    )
    assert match, f"no section {heading_id}"
    return html.unescape(match.group(1))


@pytest.fixture
def policy(alice):
    return Target.objects.create(
        owner=alice,
        name="Science policy",
        research="Advises ministers on funding.\nPain point: slow evidence reviews.",
        pitch=PITCH,
    )


@pytest.fixture
def ben(alice):
    return factories.make_contact(alice, "Ben Okafor", source="friend")


@pytest.fixture
def ana(alice, ben):
    """Ana as the sheet describes her: a policy adviser in Boston, introduced by Ben."""
    return factories.make_contact(
        alice,
        "Ana Ruiz",
        title="Policy adviser",
        organisation="Royal Society",
        location="Boston",
        timezone="America/New_York",
        source="referral",
        referred_by=ben,
        connection="Both did PhDs at Leeds",
        notes="Prefers video calls.",
    )


@pytest.fixture
def chat(alice, ana, policy):
    chat = start_conversation(alice, ana, now=at(19, month=10), target=policy)
    chat = move_conversation(alice, chat, "requested", now=at(20, month=10))
    return move_conversation(alice, chat, "scheduled", now=at(22, month=10), at=at(5, 15, 30))


def test_the_sheet_says_who_the_person_is(alice_client, chat):
    who = section(alice_client.get(f"/chats/{chat.pk}/prep/"), "who-h")
    for fact in (
        "Ana Ruiz",
        "Policy adviser",
        "Royal Society",
        "Boston",
        "America/New_York",
        "How you know them</dt><dd>Referral",
        "Referred by</dt><dd>Ben Okafor",
    ):
        assert fact in who


def test_the_sheet_says_what_connects_you_and_who_introduced_you(alice_client, chat):
    connects = section(alice_client.get(f"/chats/{chat.pk}/prep/"), "connect-h")
    assert "Both did PhDs at Leeds" in connects
    assert "Ben Okafor introduced you" in connects
    assert "Prefers video calls." in connects


def test_the_sheet_shows_the_agreed_time_in_both_zones(alice_client, chat):
    page = text(alice_client.get(f"/chats/{chat.pk}/prep/"))
    assert "Thursday 5 November 2026, 15:30" in page
    assert "(Europe/London)" in page
    assert "Their time: Thursday 10:30 (America/New_York)" in page
    assert "20 minutes" in page


def test_an_unscheduled_chat_says_so(alice, alice_client, ana):
    chat = start_conversation(alice, ana, now=at(2))
    page = text(alice_client.get(f"/chats/{chat.pk}/prep/"))
    assert "Not scheduled yet (prospect)." in page


def test_the_sheet_has_the_targets_research_and_the_pitch_with_its_time(alice_client, chat):
    response = alice_client.get(f"/chats/{chat.pk}/prep/")
    research = section(response, "research-h")
    assert "Research: Science policy" in research
    assert "Pain point: slow evidence reviews." in research
    pitch = section(response, "pitch-h")
    assert PITCH in pitch
    assert "About 43 seconds" in pitch and "Good" in pitch


def test_a_chat_without_a_target_says_where_research_and_pitch_would_go(alice, alice_client, ana):
    chat = start_conversation(alice, ana, now=at(2))
    response = alice_client.get(f"/chats/{chat.pk}/prep/")
    assert "This chat has no target." in section(response, "research-h")
    assert "No pitch yet: this chat has no target to keep one." in section(response, "pitch-h")


def test_the_sheet_lists_the_chosen_questions_in_order(alice, alice_client, chat):
    add_question(alice, "What surprised you about policy work?", "insights", chat)
    add_tiara_set(alice, chat)
    questions = section(alice_client.get(f"/chats/{chat.pk}/prep/"), "questions-h")
    listed = re.findall(r"<li>(.*?)<span", questions)
    assert listed == ["What surprised you about policy work?", *(t for _, t in TIARA)]


def test_a_sheet_without_questions_points_to_the_chat(alice_client, chat):
    questions = section(alice_client.get(f"/chats/{chat.pk}/prep/"), "questions-h")
    assert "None chosen yet." in questions
    assert f'href="/chats/{chat.pk}/#questions"' in questions


def test_the_sheet_brings_notes_from_earlier_chats_with_the_same_person(
    alice, alice_client, ana, ben, chat
):
    earlier = start_conversation(alice, ana, now=at(1, month=6))
    add_note(alice, earlier, "Suggested reading the Nurse review.", now=at(2, month=6))
    add_note(alice, chat, "A note on this chat.", now=at(23, month=10))
    add_note(alice, start_conversation(alice, ben, now=at(1)), "Ben's own news.", now=at(1))
    notes = section(alice_client.get(f"/chats/{chat.pk}/prep/"), "earlier-h")
    assert "From earlier chats with Ana" in notes
    assert "Suggested reading the Nurse review." in notes and "2 Jun 2026" in notes
    assert "A note on this chat." not in notes
    assert "Ben's own news." not in notes


def test_a_first_chat_has_no_earlier_notes(alice_client, chat):
    notes = section(alice_client.get(f"/chats/{chat.pk}/prep/"), "earlier-h")
    assert "No notes from earlier chats with them." in notes


# ------------------------------------------------------------------ printing and links


def test_the_sheet_prints_without_navigation_or_buttons(alice_client, chat):
    page = alice_client.get(f"/chats/{chat.pk}/prep/").content.decode()
    assert 'class="prep__tools no-print"' in page
    assert 'onclick="window.print()"' in page
    css = stylesheet()
    print_css = css[css.index("@media print") :]
    assert re.search(
        r"\.topbar,[^{]*\.no-print, button, \.button, form, nav \{ display: none", print_css
    )
    assert "break-inside: avoid" in print_css
    assert "background: #fff; color: #000" in print_css


def test_the_conversation_page_links_to_its_prep_sheet(alice_client, chat):
    page = alice_client.get(f"/chats/{chat.pk}/").content.decode()
    assert f'href="/chats/{chat.pk}/prep/"' in page


def _today_item(response, kind: str) -> str:
    match = re.search(
        rf'<li class="item[^"]*" data-kind="{kind}">.*?</li>', response.content.decode(), re.S
    )
    assert match, f"no {kind} item on Today"
    return match.group(0)


def test_today_offers_the_prep_sheet_the_day_before_a_chat(alice_client, chat, frozen):
    # FROZEN_NOW is Wednesday 4 November; the chat is on Thursday at 15:30.
    item = _today_item(alice_client.get("/"), "prepare")
    assert f'<a class="button button--small" href="/chats/{chat.pk}/prep/">Prep sheet</a>' in item


def test_today_offers_the_prep_sheet_on_the_day_of_a_chat(alice, alice_client, ana, frozen):
    chat = start_conversation(alice, ana, now=at(1))
    chat = move_conversation(alice, chat, "requested", now=at(2))
    chat = move_conversation(alice, chat, "scheduled", now=at(3), at=at(4, 10, 0))
    response = alice_client.get("/")
    assert f'href="/chats/{chat.pk}/prep/">Prep sheet</a>' in _today_item(response, "be_on_time")


def test_other_items_on_today_have_no_prep_sheet_link(alice, alice_client, ana, frozen):
    chat = start_conversation(alice, ana, now=at(1))
    move_conversation(alice, chat, "requested", now=at(26, month=10))
    item = _today_item(alice_client.get("/"), "follow_up")
    assert "Prep sheet" not in item


# ------------------------------------------------------------------ privacy and speed


def test_charlie_gets_not_found_for_alices_prep_sheet(chat, charlie_client):
    response = charlie_client.get(f"/chats/{chat.pk}/prep/")
    assert response.status_code == 404
    assert "Ana Ruiz" not in text(response)
    assert "Science policy" not in text(response)


def test_a_missing_chat_has_no_prep_sheet(alice_client):
    response = alice_client.get("/chats/999999/prep/")
    assert response.status_code == 404
    assert "No conversation with id 999999." in text(response)


def test_the_prep_sheet_takes_no_more_queries_with_more_data(
    alice, alice_client, ana, chat, django_assert_max_num_queries
):
    add_question(alice, "What surprised you about policy work?", "insights", chat)
    earlier = start_conversation(alice, ana, now=at(1, month=6))
    add_note(alice, earlier, "First note.", now=at(2, month=6))
    alice_client.get(f"/chats/{chat.pk}/prep/")
    with django_assert_max_num_queries(12) as captured:
        alice_client.get(f"/chats/{chat.pk}/prep/")
    small = len(captured)
    add_tiara_set(alice, chat)
    for n in range(20):
        other = start_conversation(alice, ana, now=at(1, month=5))
        add_note(alice, other, f"Earlier note {n}.", now=at(3, month=6))
        add_question(alice, f"Extra question {n}?", "other", chat)
    with django_assert_max_num_queries(small):
        response = alice_client.get(f"/chats/{chat.pk}/prep/")
    assert "Earlier note 19." in text(response)
    assert "Extra question 19?" in text(response)
