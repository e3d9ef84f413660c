"""The question bank: filled once with the starter questions, chosen per chat (one by one
or the TIARA set), removed, written by the user, and checked by the question linter.

Everything is asserted as the user sees it on the conversation page and on /questions/.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

import pytest

from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import ChosenQuestion, Question
from coffeechat.conversations.services import (
    add_question,
    add_tiara_set,
    choose_question,
    ensure_question_bank,
    start_conversation,
)
from coffeechat.lib.question_bank import GENERAL, STARTER_QUESTIONS, TIARA
from tests.clock import LONDON
from tests.pages import error_beside, text

HTMX = {"HX-Request": "true"}
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=LONDON)
THEIR_PAY = "How much do you earn in this role?"


def chosen_texts(response) -> list[str]:
    """The questions on the chat's list, in order."""
    return [
        html.unescape(t).strip()
        for t in re.findall(
            r'<p class="chosen-question__text">(.*?)(?: <span|</p>)',
            _section(response, "questions"),
            re.S,
        )
    ]


def _section(response, section_id: str) -> str:
    match = re.search(
        rf'<section class="card" id="{section_id}".*?</section>', response.content.decode(), re.S
    )
    assert match, f"no #{section_id} section"
    return match.group(0)


def picker_groups(response) -> dict[str, list[str]]:
    """The bank picker's <optgroup>s: label -> the questions in it."""
    select = re.search(r'<select name="question".*?</select>', response.content.decode(), re.S)
    assert select, "no question picker"
    return {
        html.unescape(label): [html.unescape(o) for o in re.findall(r">([^<]+)</option>", body)]
        for label, body in re.findall(
            r'<optgroup label="([^"]+)">(.*?)</optgroup>', select.group(0), re.S
        )
    }


# ------------------------------------------------------------------ filling the bank


def test_a_new_users_bank_is_filled_with_the_starter_questions_once(alice):
    assert ensure_question_bank(alice) == len(STARTER_QUESTIONS)
    assert ensure_question_bank(alice) == 0
    bank = set(Question.objects.filter(owner=alice).values_list("topic", "text"))
    assert bank == set(STARTER_QUESTIONS)


def test_a_filled_bank_costs_one_query_and_writes_nothing(alice, django_assert_num_queries):
    ensure_question_bank(alice)
    with django_assert_num_queries(1):
        ensure_question_bank(alice)


def test_a_bank_the_user_has_pruned_stays_pruned(alice):
    ensure_question_bank(alice)
    Question.objects.filter(owner=alice, topic="travel").delete()
    assert ensure_question_bank(alice) == 0
    assert not Question.objects.filter(owner=alice, topic="travel").exists()


def test_a_user_with_questions_of_their_own_gets_no_starters(alice):
    add_question(alice, "What surprised you at Meridian?", "other")
    assert ensure_question_bank(alice) == 0
    assert Question.objects.filter(owner=alice).count() == 1


def test_opening_a_chat_fills_the_bank_once(alice, alice_client, chat):
    alice_client.get(f"/chats/{chat.pk}/")
    alice_client.get(f"/chats/{chat.pk}/")
    assert Question.objects.filter(owner=alice).count() == len(STARTER_QUESTIONS)


def test_one_users_starter_questions_are_not_anothers(alice, charlie, chat):
    ensure_question_bank(alice)
    assert not Question.objects.filter(owner=charlie).exists()


# ------------------------------------------------------------------ choosing for a chat


def test_the_picker_groups_the_bank_by_topic(alice_client, chat):
    groups = picker_groups(alice_client.get(f"/chats/{chat.pk}/"))
    assert list(groups)[:3] == ["A typical day", "Challenges", "Skills"]
    assert "Salary range" in groups and "Who else to talk to" in groups
    assert GENERAL[0][1] in groups["A typical day"]
    assert sum(len(q) for q in groups.values()) == len(STARTER_QUESTIONS)


def test_a_question_chosen_from_the_bank_is_on_the_chats_list_and_leaves_the_picker(
    alice, alice_client, chat
):
    ensure_question_bank(alice)
    question = Question.objects.get(owner=alice, text=GENERAL[0][1])
    response = alice_client.post(
        f"/chats/{chat.pk}/questions/choose/", {"question": question.pk}, follow=True
    )
    assert chosen_texts(response) == [question.text]
    assert question.text not in picker_groups(response)["A typical day"]


def test_choosing_with_htmx_answers_with_the_questions_panel(alice, alice_client, chat):
    ensure_question_bank(alice)
    question = Question.objects.get(owner=alice, text=GENERAL[5][1])
    response = alice_client.post(
        f"/chats/{chat.pk}/questions/choose/", {"question": question.pk}, headers=HTMX
    )
    assert response.status_code == 200
    assert chosen_texts(response) == [question.text]
    assert "Question added." in text(response)
    assert "<html" not in response.content.decode()


def test_questions_stay_in_the_order_they_were_chosen(alice, alice_client, chat):
    ensure_question_bank(alice)
    picks = [GENERAL[20][1], GENERAL[0][1], GENERAL[40][1]]
    for pick in picks:
        question = Question.objects.get(owner=alice, text=pick)
        alice_client.post(f"/chats/{chat.pk}/questions/choose/", {"question": question.pk})
    assert chosen_texts(alice_client.get(f"/chats/{chat.pk}/")) == picks


def test_choosing_nothing_says_what_to_do(alice_client, chat):
    response = alice_client.post(f"/chats/{chat.pk}/questions/choose/", {}, follow=True)
    assert response.status_code == 200
    assert "Choose a question from the list first." in text(response)
    response = alice_client.post(f"/chats/{chat.pk}/questions/choose/", {}, headers=HTMX)
    assert "Choose a question from the list first." in text(response)


def test_a_made_up_question_id_is_refused_without_a_crash(alice_client, chat):
    for bogus in ("abc", "999999", "1; DROP TABLE"):
        response = alice_client.post(
            f"/chats/{chat.pk}/questions/choose/", {"question": bogus}, follow=True
        )
        assert response.status_code == 200
        assert "Choose a question from your bank." in text(response)
    assert not ChosenQuestion.objects.exists()


def test_a_removed_question_leaves_the_chat_but_stays_in_the_bank(alice, alice_client, chat):
    question = add_question(alice, "What surprised you most at Meridian?", "insights", chat)
    chosen = question.chosen.get()
    response = alice_client.post(f"/chosen/{chosen.pk}/remove/", follow=True)
    assert chosen_texts(response) == []
    assert "it stays in your bank" in text(response)
    assert question.text in picker_groups(response)["Insights"]
    assert Question.objects.filter(pk=question.pk).exists()


def test_removing_with_htmx_answers_with_the_panel(alice, alice_client, chat):
    question = add_question(alice, "What surprised you most at Meridian?", "insights", chat)
    response = alice_client.post(f"/chosen/{question.chosen.get().pk}/remove/", headers=HTMX)
    assert response.status_code == 200
    assert chosen_texts(response) == []


# ------------------------------------------------------------------ the TIARA set


def test_the_tiara_set_is_added_in_one_click_in_its_order(alice_client, chat):
    alice_client.get(f"/chats/{chat.pk}/")
    response = alice_client.post(f"/chats/{chat.pk}/questions/tiara/", follow=True)
    assert chosen_texts(response) == [t for _, t in TIARA]
    assert _section(response, "questions").count(">TIARA</span>") == 5
    assert "Added the TIARA set (5 questions)." in text(response)
    # Once all five are on the list, the button is gone.
    assert "Add the TIARA set" not in _section(response, "questions")


def test_the_tiara_set_follows_questions_already_chosen_and_adds_none_twice(alice, chat):
    ensure_question_bank(alice)
    first = Question.objects.get(owner=alice, text=GENERAL[0][1])
    choose_question(alice, chat, first)
    choose_question(alice, chat, Question.objects.get(owner=alice, text=TIARA[1][1]))
    assert add_tiara_set(alice, chat) == 4
    assert add_tiara_set(alice, chat) == 0
    order = list(chat.chosen_questions.values_list("question__text", flat=True))
    assert order == [first.text, TIARA[1][1], TIARA[0][1], *(t for _, t in TIARA[2:])]


def test_the_tiara_set_puts_back_questions_deleted_from_the_bank(alice, chat):
    add_question(alice, "A question of my own?", "other")  # a bank without the starters
    assert add_tiara_set(alice, chat) == 5
    assert Question.objects.filter(owner=alice).count() == 6
    add_tiara_set(alice, start_conversation(alice, chat.contact, now=NOW))
    assert Question.objects.filter(owner=alice).count() == 6  # reused, not made again


def test_the_tiara_button_says_so_when_the_set_is_already_there(alice, alice_client, chat):
    add_tiara_set(alice, chat)
    response = alice_client.post(f"/chats/{chat.pk}/questions/tiara/", headers=HTMX)
    assert "The TIARA set is already on this chat's list." in text(response)
    assert ChosenQuestion.objects.filter(conversation=chat).count() == 5


# ------------------------------------------------------------------ the linter


def test_every_starter_question_passes_the_question_linter():
    from coffeechat.lib.lint import lint_questions

    for _, question in STARTER_QUESTIONS:
        assert lint_questions(question).findings == (), question


def test_a_question_about_their_own_pay_is_added_with_the_finding_beside_it(
    alice, alice_client, chat
):
    response = alice_client.post(
        f"/chats/{chat.pk}/questions/", {"text": THEIR_PAY, "topic": "salary_range"}, follow=True
    )
    assert chosen_texts(response) == [THEIR_PAY]
    panel = _section(response, "questions")
    assert 'class="finding finding--error" data-rule="personal-salary"' in panel
    assert "The checker has 1 note on it" in text(response)
    assert Question.objects.filter(owner=alice, text=THEIR_PAY).exists()


def test_a_clean_question_of_ones_own_is_added_without_a_note(alice_client, chat):
    question = "What surprised you most in your first month at Meridian?"
    response = alice_client.post(
        f"/chats/{chat.pk}/questions/", {"text": question, "topic": "insights"}, headers=HTMX
    )
    assert chosen_texts(response) == [question]
    assert "Question added." in text(response)
    assert 'class="finding' not in _section(response, "questions")


def test_the_question_box_is_checked_as_it_is_typed(alice_client, chat):
    page = alice_client.get(f"/chats/{chat.pk}/").content.decode()
    box = re.search(r'<input type="text" name="text"[^>]*>', page).group(0)
    assert 'hx-get="/questions/check/"' in box and 'hx-target="#question-check"' in box
    assert 'id="question-check"' in page


def test_the_live_check_shows_what_the_linter_found(alice_client):
    flagged = alice_client.get("/questions/check/", {"text": THEIR_PAY})
    assert 'data-rule="personal-salary"' in flagged.content.decode()
    assert "Error" in text(flagged)
    clean = alice_client.get("/questions/check/", {"text": GENERAL[0][1]})
    assert "No problems found." in text(clean)
    assert text(alice_client.get("/questions/check/", {"text": "   "})).strip() == ""


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("What does your company do?", "googleable"),
        ("Could you refer me for an opening on your team?", "job-ask"),
    ],
)
def test_the_live_check_knows_the_question_rules(alice_client, question, rule):
    response = alice_client.get("/questions/check/", {"text": question})
    assert f'data-rule="{rule}"' in response.content.decode()


# ------------------------------------------------------------------ bad input


def test_a_question_of_an_unknown_topic_is_refused_beside_the_field(alice, alice_client, chat):
    response = alice_client.post(
        f"/chats/{chat.pk}/questions/", {"text": "Why?", "topic": "gossip"}, headers=HTMX
    )
    assert response.status_code == 200
    assert (
        error_beside(response, "id_topic") == "“gossip” is not a topic: choose one from the list."
    )
    assert not Question.objects.filter(owner=alice, text="Why?").exists()


def test_an_overlong_question_is_refused_beside_the_field(alice, alice_client, chat):
    response = alice_client.post(
        f"/chats/{chat.pk}/questions/", {"text": "Why " * 200 + "?", "topic": "other"}
    )
    assert response.status_code == 200
    assert error_beside(response, "id_text").startswith("Keep a question under 500 characters")
    assert not Question.objects.filter(owner=alice, topic="other").exists()


def test_an_empty_question_from_htmx_keeps_the_panel_with_the_error(alice_client, chat):
    response = alice_client.post(
        f"/chats/{chat.pk}/questions/", {"text": "  ", "topic": "day"}, headers=HTMX
    )
    assert error_beside(response, "id_text") == "Write the question."
    assert "Not saved: see the field marked below." in text(response)


# ------------------------------------------------------------------ the /questions/ page


def test_the_bank_page_lists_every_question_under_its_topic(alice_client):
    response = alice_client.get("/questions/")
    page = text(response)
    assert f"{len(STARTER_QUESTIONS)} questions" in page
    headings = re.findall(r'<h2 id="topic-[a-z_]+-h">([^<]+)</h2>', page)
    assert headings[:2] == ["A typical day", "Challenges"]
    assert "Assignments" in headings and "Insights" in headings
    travel = _section(response, "topic-travel")
    assert all(t in html.unescape(travel) for topic, t in GENERAL if topic == "travel")
    assert page.count(">TIARA</span>") == 5


def test_the_bank_page_shows_the_linters_findings_on_each_question(alice, alice_client):
    add_question(alice, THEIR_PAY, "salary_range")
    response = alice_client.get("/questions/")
    salary = _section(response, "topic-salary_range")
    assert 'data-rule="personal-salary"' in salary
    assert "The checker has notes on 1 question" in text(response)


def test_a_question_added_on_the_bank_page_is_kept_even_with_a_finding(alice, alice_client):
    alice_client.get("/questions/")
    response = alice_client.post(
        "/questions/", {"text": THEIR_PAY, "topic": "salary_range"}, follow=True
    )
    assert "Question added. The checker has 1 note on it" in text(response)
    question = Question.objects.get(owner=alice, text=THEIR_PAY)
    assert f'id="question-{question.pk}"' in response.content.decode()


def test_a_bad_question_on_the_bank_page_shows_the_error_beside_the_field(alice, alice_client):
    response = alice_client.post("/questions/", {"text": "", "topic": "day"})
    assert response.status_code == 200
    assert error_beside(response, "bank_text") == "Write the question."


def test_a_deleted_question_leaves_the_bank_and_every_chat(alice, alice_client, chat):
    question = add_question(alice, "What surprised you most at Meridian?", "insights", chat)
    response = alice_client.post(f"/questions/{question.pk}/delete/", follow=True)
    assert "Deleted “What surprised you most at Meridian?”." in text(response)
    assert not ChosenQuestion.objects.filter(conversation=chat).exists()
    assert "What surprised you most at Meridian?" not in text(
        alice_client.get(f"/chats/{chat.pk}/")
    )


def test_the_starter_questions_can_be_put_back(alice, alice_client):
    ensure_question_bank(alice)
    Question.objects.filter(owner=alice, topic="balance").delete()
    page = text(alice_client.get("/questions/"))
    assert "5 of coffeechat's starter questions are not in your bank." in page
    response = alice_client.post("/questions/starters/", follow=True)
    assert "Put back 5 starter questions." in text(response)
    assert Question.objects.filter(owner=alice).count() == len(STARTER_QUESTIONS)
    assert "Add the starter questions" not in text(response)


# ------------------------------------------------------------------ privacy


@pytest.fixture
def alices_pick(alice, chat):
    return add_question(alice, "How did Meridian hire you?", "path", chat).chosen.get()


def test_charlie_cannot_remove_alices_chosen_question(alices_pick, charlie_client):
    for headers in ({}, HTMX):
        response = charlie_client.post(f"/chosen/{alices_pick.pk}/remove/", headers=headers)
        assert response.status_code == 404
        assert "How did Meridian" not in text(response)
    assert ChosenQuestion.objects.filter(pk=alices_pick.pk).exists()


def test_charlie_cannot_add_the_tiara_set_to_alices_chat(alices_pick, charlie_client, chat):
    response = charlie_client.post(f"/chats/{chat.pk}/questions/tiara/")
    assert response.status_code == 404
    assert ChosenQuestion.objects.filter(conversation=chat).count() == 1


def test_charlie_cannot_delete_alices_question(alices_pick, charlie_client):
    response = charlie_client.post(f"/questions/{alices_pick.question_id}/delete/")
    assert response.status_code == 404
    assert Question.objects.filter(pk=alices_pick.question_id).exists()


def test_charlies_bank_page_shows_none_of_alices_questions(alices_pick, charlie_client):
    page = text(charlie_client.get("/questions/"))
    assert "How did Meridian hire you?" not in page
    assert f"{len(STARTER_QUESTIONS)} questions" in page


def test_charlie_cannot_choose_alices_question_for_his_own_chat(alices_pick, charlie):
    mine = start_conversation(charlie, Contact.objects.create(owner=charlie, name="Chen"), now=NOW)
    from django.test import Client

    client = Client()
    client.force_login(charlie)
    response = client.post(
        f"/chats/{mine.pk}/questions/choose/", {"question": alices_pick.question_id}, headers=HTMX
    )
    assert "Choose a question from your bank." in text(response)
    assert not ChosenQuestion.objects.filter(conversation=mine).exists()


# ------------------------------------------------------------------ speed


def _conversation_page_queries(client, chat, django_assert_max_num_queries, limit) -> int:
    client.get(f"/chats/{chat.pk}/")
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(f"/chats/{chat.pk}/")
    assert response.status_code == 200
    return len(captured)


def test_the_conversation_page_takes_no_more_queries_with_more_questions(
    alice, alice_client, chat, django_assert_max_num_queries
):
    ensure_question_bank(alice)
    for question in Question.objects.filter(owner=alice)[:2]:
        choose_question(alice, chat, question)
    small = _conversation_page_queries(alice_client, chat, django_assert_max_num_queries, 30)
    for n in range(40):
        add_question(alice, f"Extra question number {n}?", "other", chat if n % 2 else None)
    add_tiara_set(alice, chat)
    _conversation_page_queries(alice_client, chat, django_assert_max_num_queries, small)


def test_the_bank_page_takes_no_more_queries_with_more_questions(
    alice, alice_client, chat, django_assert_max_num_queries
):
    alice_client.get("/questions/")
    with django_assert_max_num_queries(30) as captured:
        alice_client.get("/questions/")
    small = len(captured)
    for n in range(40):
        add_question(alice, f"Extra question number {n}?", "other", chat)
    with django_assert_max_num_queries(small):
        response = alice_client.get("/questions/")
    assert "Extra question number 39?" in text(response)
