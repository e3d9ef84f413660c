"""The starter question bank: enough good questions in every category, and the TIARA set."""

import re
from collections import Counter

from coffeechat.lib.question_bank import GENERAL, STARTER_QUESTIONS, TIARA, TIARA_TOPICS, is_tiara

CATEGORIES = {
    "day",
    "challenges",
    "skills",
    "path",
    "salary_range",
    "balance",
    "travel",
    "trends",
    "advice",
    "resources",
    "people",
}


def test_there_are_at_least_fifty_questions_besides_the_tiara_set():
    assert len(GENERAL) >= 50


def test_every_category_has_several_questions():
    counts = Counter(topic for topic, _ in GENERAL)
    assert set(counts) == CATEGORIES
    assert min(counts.values()) >= 4


def test_the_tiara_set_is_five_questions_in_order():
    assert len(TIARA) == 5
    assert tuple(topic for topic, _ in TIARA) == TIARA_TOPICS
    assert TIARA_TOPICS == ("trends", "insights", "advice", "resources", "assignments")


def test_the_starter_bank_is_the_general_questions_then_the_tiara_set():
    assert STARTER_QUESTIONS == GENERAL + TIARA
    assert all(is_tiara(text) for _, text in TIARA)
    assert not any(is_tiara(text) for _, text in GENERAL)


def test_no_question_appears_twice():
    texts = [text.casefold() for _, text in STARTER_QUESTIONS]
    assert len(texts) == len(set(texts))


def test_each_question_is_one_question_that_fits_in_the_bank():
    for _, text in STARTER_QUESTIONS:
        assert text == text.strip()
        assert text.endswith("?"), text
        assert text.count("?") == 1, text
        assert 20 <= len(text) <= 200, text
        assert "  " not in text, text


def test_no_question_asks_what_they_earn_or_for_a_job():
    personal_pay = re.compile(
        r"\b(your (salary|pay|income|compensation)|you (earn|make|get paid))\b", re.I
    )
    job_ask = re.compile(r"\b(jobs?|hiring|openings?|vacanc\w*|refer me|cv|resume)\b", re.I)
    for _, text in STARTER_QUESTIONS:
        assert not personal_pay.search(text), text
        assert not job_ask.search(text), text


def test_salary_questions_ask_about_a_range_or_the_field_not_the_person():
    salary = [text for topic, text in STARTER_QUESTIONS if topic == "salary_range"]
    assert len(salary) >= 4
    for text in salary:
        assert not re.search(r"\byour\b", text, re.I), text
