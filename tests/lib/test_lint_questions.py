"""The question rules: what a quick search answers, their own pay, and job asks, and what
the findings say. Which questions stay clear of each rule is in test_lint_probes.py."""

import pytest

from coffeechat.lib.lint import lint_questions


def rules(question: str) -> set[str]:
    return {f.rule for f in lint_questions(question).findings}


# ====================================================================== googleable


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("What does your company do?", "what the company does"),
        ("What does BASF make?", "what the company does"),
        ("What does Acme sell, exactly?", "what the company does"),
        ("What products does the company sell?", "what the company does"),
        ("What services does the firm offer?", "what the company does"),
        ("Which industry is CareLoop in?", "what the company does"),
        ("How many employees does the company have?", "its size"),
        ("How many people work at Novartis?", "its size"),
        ("How big is the organisation?", "its size"),
        ("How large is the organization?", "its size"),
        ("When was the company founded?", "when it was founded"),
        ("What year was the firm established?", "when it was founded"),
        ("Who founded Acme?", "when it was founded"),
        ("How long has the company been around?", "when it was founded"),
        ("Where is the company headquartered?", "where it is based"),
        ("Where is Acme based?", "where it is based"),
        ("Is Fidelis Bank's head office in London?", "where it is based"),
        ("Where are Bluefin Media's main offices?", "where it is based"),
        ("Who is the CEO?", "who runs it"),
        ("Who's the current managing director?", "who runs it"),
        ("What is the company's mission statement?", "its mission"),
        ("What is the organisation's mission?", "its mission"),
        ("What's the company's revenue?", "its finances"),
        ("How much turnover does the firm make a year?", "its finances"),
        ("Is Acme publicly traded?", "its finances"),
    ],
)
def test_a_fact_a_quick_search_answers_is_googleable(question, topic):
    [finding] = lint_questions(question).findings
    assert finding.rule == "googleable"
    assert finding.severity == "warning"
    assert topic in finding.message


# ====================================================================== personal-salary


@pytest.mark.parametrize(
    "question",
    [
        "How much do you earn?",
        "How much do you make?",
        "What's your salary?",
        "What is your annual compensation?",
        "What do you make a year?",
        "What did you make in your first year?",
        "How much are you paid?",
        "Are you well paid?",
        "Would you mind telling me what you make?",
        "May I ask what you earn?",
        "What was your starting salary?",
        "How much were you offered when you joined?",
        "What's your day rate?",
        "What's your bonus like?",
        "Is your salary competitive?",
        "Do you make more now than in academia?",
        "Are you on six figures?",
    ],
)
def test_asking_about_their_own_pay_fires(question):
    [finding] = lint_questions(question).findings
    assert finding.rule == "personal-salary"
    assert finding.severity == "error"
    assert "range" in finding.suggestion


# ====================================================================== job-ask


@pytest.mark.parametrize(
    "question",
    [
        "Are you hiring?",
        "Is your team hiring at the moment?",
        "Do you have any openings?",
        "Are there any vacancies on your team?",
        "Can you refer me?",
        "Would you be willing to refer me?",
        "Could you put in a good word for me?",
        "Would you consider me for a role on your team?",
        "Could I send you my CV?",
        "Could you look over my résumé?",
        "Do you know anyone who is hiring?",
        "Could you get me an interview?",
    ],
)
def test_a_job_ask_as_a_question_fires(question):
    [finding] = lint_questions(question).findings
    assert finding.rule == "job-ask"
    assert finding.severity == "error"


# ====================================================================== lists


def test_a_good_list_of_questions_has_no_findings():
    questions = """What does a typical week look like for you?
What surprised you most when you moved into industry?
Which skills from your PhD mattered most?
What salary range can someone entering this role expect?
How is the work-life balance, and how much do you travel?
Which trends will change the field in the next five years?
What do you wish you had known before you started?
Which books, groups or events would you recommend?
Who else would you suggest I talk to?"""
    report = lint_questions(questions)
    assert report.findings == ()
    assert report.words == len(questions.split())


def test_one_question_can_break_several_rules():
    assert rules("What's your salary, and are you hiring?") == {"personal-salary", "job-ask"}
