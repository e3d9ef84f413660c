"""Probes for the families of phrasing behind the held-out corpus's misses.

Written before the rules were widened, in our own words: each family is the general
judgement (not the corpus sentence) — a reason is anything that ties the sender to this
reader, an introduction is any self-identification, "I appreciate this is busy" means
"I understand", generic praise is never specific, and a question is googleable or about
their pay in any word order, voice or compound. The "silent" lists guard precision.
"""

import pytest

from coffeechat.lib.lint import lint, lint_questions


def rules(text: str, kind: str = "request") -> set[str]:
    return {f.rule for f in lint(text, kind).findings}


def question_rules(question: str) -> set[str]:
    return {f.rule for f in lint_questions(question).findings}


def request_with(sentence: str) -> str:
    """A request that is fine on everything but the reason; `sentence` is the probe."""
    return (
        "Subject: A question about your field\n\nHi Ana,\n\n"
        f"I'm Maya, a nurse in Leeds. {sentence}\n\n"
        "Could we have a 15-minute phone call next week?\n\nThank you,\nMaya"
    )


def intro_with(sentence: str) -> str:
    """A request whose only possible introduction is `sentence`."""
    return (
        f"Subject: Quick question\n\nHi Fiona,\n\n{sentence}\n\n"
        "Could I give you a ring for twenty minutes some evening?\n\nThanks,\nT"
    )


def closing_with(sentence: str) -> str:
    """A follow-up whose only possible thanks is `sentence`."""
    return (
        "Subject: Re: a short call\n\nDear Ms. Okonjo,\n\n"
        "I wrote a fortnight ago asking for a 20-minute call about legal aid careers. "
        f"{sentence}\n\nKind regards,\nHarriet"
    )


def thank_you_with(sentence: str) -> str:
    return (
        "Subject: Thank you\n\nDear Mr. Nakamura,\n\n"
        f"Thank you very much for our conversation on Monday. {sentence}\n\nBest,\nGrace"
    )


# ====================================================================== reason

REASONS = [
    # the reader's work, whatever it is called
    "I visited your exhibition on Victorian medicine and loved the object labels.",
    "I went to your exhibit on river ecology at the city museum last spring.",
    "I've been using your open-source library for my thesis.",
    "I watched your documentary on tidal energy twice.",
    "I saw your installation at the Biennale and haven't stopped thinking about it.",
    "i played your game Tidewater and loved the level design",
    "Your garden at the Chelsea Flower Show stopped me in my tracks.",
    "I took your online course on grant writing last year.",
    "I use the toolkit your charity published for new volunteers every week.",
    # what their team or organisation made or ran
    "I read the annual report, including the makerspace your team set up.",
    "The mentoring scheme your organisation runs is what made me write.",
    "I volunteered on the vaccination drive your department organised.",
    "I loved the pop-up clinic your practice opened in Hulme.",
    # shared past, shared membership
    "It's Funmi from the Lagos Food Bank days.",
    "We were colleagues at Deloitte back in 2015.",
    "I used to work with you at Oxfam, on the logistics desk.",
    "I reported to you briefly at Arup in 2018.",
    "You probably don't remember me, but I was in your seminar group at Exeter.",
    "I also belong to the Bristol Rotary Club.",
    "I'm a new member of the Downtown Rotary Club, where you spoke in May.",
    "Fellow Rotarian here, from the Tuesday breakfast club.",
    # having seen or heard them do something
    "I heard you describe building your practice from nothing at the Rotary lunch.",
    "I saw you demo the new triage tool at NHS Expo.",
    "watched u present at the hackathon last wk, was super impressed",
    "I heard you explain tariffs on the radio last week.",
    # non-native English
    "I have read you book about urban gardens and it help me very much.",
    "I am follow your blog since long time and your post about supply chain help me a lot.",
]

NO_REASONS = [
    "I'm reaching out to people in the museum sector.",
    "I found your profile on LinkedIn while searching for archivists.",
    "I'm interested in careers in logistics and would love to learn more.",
    "I appreciate you must get lots of messages like this.",
    "I'm exploring a move into UX and contacting a few designers.",
    "hope ur well, im tryna get into data",
    "I am very interest in the pharmacy and want to know more about it.",
]


@pytest.mark.parametrize("sentence", REASONS)
def test_anything_that_ties_the_sender_to_the_reader_is_a_reason(sentence):
    assert "reason" not in rules(request_with(sentence))


@pytest.mark.parametrize("sentence", NO_REASONS)
def test_nothing_particular_to_the_reader_is_no_reason(sentence):
    assert "reason" in rules(request_with(sentence))


def test_the_subject_line_can_carry_the_connection():
    text = (
        "Subject: Former colleague — question about grant writing\n\nHi Olu,\n\n"
        "I'm Funmi, a grant writer in Lagos. Could we have a 20-minute WhatsApp call "
        "sometime?\n\nThank you so much,\nFunmi"
    )
    assert "reason" not in rules(text)


# ====================================================================== introduction

INTRODUCTIONS = [
    "It's Tom Ashworth — we worked together at Bristol Zoo in 2016.",
    "It's Tom Ashworth - we worked together at Bristol Zoo in 2016.",
    "It's Funmi from the Lagos Food Bank days.",
    "It's Ruth (Leeds Libraries) again, with one more question.",
    "Tom here – we met at the Rotary lunch.",
    "this is priya from the leeds pydata meetup",
    "Marco from the design team here, hope you're well.",
    "Chloé here 👋 (UCL museum studies).",
    "This is Dr. Amara Osei from the Nairobi Hospital pharmacy team.",
    "My self Rahul, fresher from Pune, very interest in data.",
    "Nurse here, ten years on the wards, now curious about pharmacy.",
    "it's sam from the MSc, we sat next to each other in stats",
]

NO_INTRODUCTIONS = [
    "I'm keen to learn more about museum education.",
    "It's been a while since I last wrote.",
    "It's Friday, so I'll keep this short.",
    "It's great to see your team growing.",
    "Big fan of your work here.",
]


@pytest.mark.parametrize("sentence", INTRODUCTIONS)
def test_any_self_identification_is_an_introduction(sentence):
    assert "introduction" not in rules(intro_with(sentence))


@pytest.mark.parametrize("sentence", NO_INTRODUCTIONS)
def test_no_self_identification_fires(sentence):
    assert "introduction" in rules(intro_with(sentence))


# ====================================================================== thanks

NOT_THANKS = [
    "I appreciate this is a busy time of year, so I will not write again.",
    "I appreciate that you're busy, so I'll keep it short.",
    "I appreciate how busy you must be at the end of the quarter.",
    "I appreciate it's short notice.",
    "I appreciate you may not have time for this.",
    "i appreciate ur swamped rn so no pressure",
    "I fully appreciate that this is an unusual request.",
    "I appreciate things are hectic with the inspection coming up.",
    "I appreciate your diary is very full at the moment.",
    "Thanks to my mentor, I found your article.",
]

THANKS = [
    "I'd appreciate any time you can spare.",
    "I really appreciate your help.",
    "I appreciate you reading this far.",
    "I appreciate it!",
    "Appreciate it 🙏",
    "I appreciate your time, and I know you're busy.",
    "Much appreciated.",
    "I would appreciate 15 minutes of your time.",
    "I really appreciate that.",
    "I appreciate this so much.",
]


@pytest.mark.parametrize("sentence", NOT_THANKS)
def test_appreciating_a_fact_is_not_thanks(sentence):
    assert "thanks" in rules(closing_with(sentence), "follow-up")


@pytest.mark.parametrize("sentence", THANKS)
def test_appreciating_them_is_thanks(sentence):
    assert "thanks" not in rules(closing_with(sentence), "follow-up")


# ====================================================================== specific

GENERIC = [
    "Everything you shared was really valuable and gave me a lot to think about.",
    "I learned so much from what you said and it really gave me food for thought.",
    "What you told me was super helpful and I feel much more confident now.",
    "Everything you said about the sector gave me a lot to think about.",
    "Thank you for your advice about my career.",
    "thx for the chat!! learned heaps, u were so helpful",
    "Thank you for all the informations you gave, very useful for me.",
    "Your tips were really useful and gave me lots of clarity.",
    "All you shared was so inspiring and motivating.",
    "What you shared has given me real direction and energy.",
]

SPECIFIC = [
    "Everything you shared about the Chapeltown makerspace was valuable.",
    "Your tip about joining the new professionals group was gold.",
    "What you said about rotating through night shifts first really stuck with me.",
    "I've already ordered the book you mentioned.",
    "The point you made about grant budgets stuck with me.",
    "ur advice on the portfolio review was spot on",
    "The warning you gave about unpaid trial shifts was eye-opening.",
]


@pytest.mark.parametrize("sentence", GENERIC)
def test_generic_praise_is_not_specific(sentence):
    assert "specific" in rules(thank_you_with(sentence), "thank-you")


@pytest.mark.parametrize("sentence", SPECIFIC)
def test_a_concrete_thing_is_specific(sentence):
    assert "specific" not in rules(thank_you_with(sentence), "thank-you")


# ====================================================================== googleable

GOOGLEABLE = [
    # who runs / leads / founded it
    "Who runs the Brightwater Museum Trust these days?",
    "Who is running Fernway nowadays?",
    "Who heads up the Wellcome Collection?",
    "Who leads the Leeds Library Service at the moment?",
    "who founded the harbour trust?",
    # when it was established, founded, opened, started
    "When was the Pitt Rivers Museum established?",
    "When was the Tate Modern opened?",
    "When did the Ashford Port Authority open?",
    "When was the Yorkshire Wildlife Trust set up?",
    "How long has the Leeds Museum Trust been around?",
    # non-native word order
    "What your company is doing exactly?",
    "What your company does?",
    "What is doing your company?",
    "How big your company is?",
    "When your company was founded?",
    "Where your company is based?",
    "Since when your company exist?",
    "How many people work in your company?",
    # compounds where one part is googleable
    "How many employees does Fernway have, and what do you earn there?",
    "What does Fernway sell, and how did you end up there?",
    "Who is the CEO of Harbourline and do you like working for them?",
]

NOT_GOOGLEABLE = [
    "Who runs the day-to-day of your team?",
    "How has the museum changed since the new director arrived?",
    "When was the last time you felt stuck in your career?",
    "When did you start at Fernway?",
    "How many people are in your team?",
    "What is your team doing differently this year?",
    "Which part of the job do you enjoy most, and why?",
    "When was your team set up, and how did you get involved?",
    "Who leads the project you're proudest of?",
]


@pytest.mark.parametrize("question", GOOGLEABLE)
def test_searchable_facts_are_googleable(question):
    assert "googleable" in question_rules(question)


@pytest.mark.parametrize("question", NOT_GOOGLEABLE)
def test_judgement_and_their_own_story_are_not_googleable(question):
    assert "googleable" not in question_rules(question)


# ====================================================================== personal-salary

THEIR_PAY = [
    "Did you take a pay cut when you left teaching?",
    "Did u have to take a big pay cut??",
    "What day rate do you charge as a freelance designer?",
    "What hourly rate do you bill your clients?",
    "What fee do you charge for a logo?",
    "how much you are earning per month in this position?",
    "How much you make per hour as locum?",
    "how much u make a month?",
    "What do you charge per day?",
    "What rate do you quote for a day of consulting?",
    "How much is your hourly rate these days?",
    "what r u earning now?",
    "How many dollar you earn in one year?",
    "How much of a pay cut did you take when you moved?",
]

NOT_THEIR_PAY = [
    "What day rate should a junior freelance designer expect?",
    "What salary range is typical for a newly qualified pharmacist?",
    "How do freelancers in this field usually set their day rates?",
    "Is it common to take a pay cut when moving into the charity sector?",
    "What do people typically earn per month in their first year?",
    "How much do graduates usually make per hour as locums?",
    "Where can I find salary data for museum jobs?",
    "What's the starting salary range for paralegals?",
]


@pytest.mark.parametrize("question", THEIR_PAY)
def test_their_own_pay_in_any_words_fires(question):
    assert "personal-salary" in question_rules(question)


@pytest.mark.parametrize("question", NOT_THEIR_PAY)
def test_pay_for_a_role_or_field_stays_clear(question):
    assert "personal-salary" not in question_rules(question)


# ====================================================================== job-ask

TEXT_SPEAK_ASKS = [
    "r u guys hiring rn?",
    "u hiring?",
    "are u recruiting atm?",
    "is ur team hiring?",
    "r yall taking on juniors?",
    "any jobs going at ur place?",
    "cud u refer me pls",
]

ADVICE = [
    "Which organisations in this field are good at hiring career changers?",
    "Which employers tend to hire people without a degree?",
    "What kinds of companies are open to hiring career changers?",
    "Which charities are known for recruiting from outside the sector?",
    "Where are vacancies in this field usually advertised?",
    "How did you land your first role?",
    "I'm not after a job, just your advice.",
]


@pytest.mark.parametrize("question", TEXT_SPEAK_ASKS)
def test_text_speak_job_asks_fire(question):
    assert "job-ask" in question_rules(question)


@pytest.mark.parametrize("question", ADVICE)
def test_advice_about_hiring_is_not_a_job_ask(question):
    assert "job-ask" not in question_rules(question)
