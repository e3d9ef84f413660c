"""Whole messages of each kind: a cover letter posing as a request fires nearly everything,
and good drafts (in non-native English too) pass clean.
"""

from coffeechat.lib.lint import lint


def rules(text: str, kind: str = "request") -> set[str]:
    return {f.rule for f in lint(text, kind).findings}


COVER_LETTER = """Dear Hiring Manager,

My name is Gary and I am writing to introduce myself. I studied business at Fresno State.
I spent four years at a bank. I then joined a nonprofit. I also coach soccer on weekends.

I am now looking for my next opportunity in finance. I have attached my resume. Could we
have an hour-long call to discuss any open positions at your company?

Sincerely,
Gary"""


def test_a_cover_letter_posing_as_a_request_fires_nearly_everything():
    assert rules(COVER_LETTER) >= {
        "greeting",
        "reason",
        "time-ask",
        "job-ask",
        "life-story",
        "subject",
    }
    asks = [f.line for f in lint(COVER_LETTER).findings if f.rule == "job-ask"]
    assert asks == [6, 6, 6]


NON_NATIVE = """Subject: Request of short talk

Dear Mrs. Kowalska,

I am Piotr, engineer of automation in Gdansk since 6 years. I am writing you for ask some
advices, because I read your article about robots in food factories. I would like to have
short talk with you of 15 minutes by telephone, if possible for you.

Thank you very much,
Piotr"""


def test_a_good_request_in_non_native_english_passes():
    assert lint(NON_NATIVE).findings == ()


LINKEDIN = (
    "Hi Priya, I'm Sam, a science teacher moving into UX research. Your talk at UX Leeds on "
    "diary studies was brilliant. Could we have a 15-minute call some time? Thank you!"
)


def test_a_good_linkedin_note_passes():
    assert len(LINKEDIN) <= 300
    assert lint(LINKEDIN, "linkedin-note").findings == ()


FOLLOW_UP = """Subject: Re: 15 minutes about UX research?

Hi Priya,

I know how busy things get, so I'm just following up on my note from last week. If you
have 15 minutes for a call in the coming weeks, I'd be very grateful.

Thanks again,
Sam"""


def test_a_good_follow_up_passes():
    assert lint(FOLLOW_UP, "follow-up").findings == ()


THANK_YOU = """Subject: Thank you – and the RSC policy network

Dear Dr. Ruiz,

Thank you for your time on Tuesday. Your advice to shadow a regulatory team before deciding
was exactly what I needed, and I've joined the RSC policy network you mentioned.

Best wishes,
Maya"""


def test_a_good_thank_you_passes():
    assert lint(THANK_YOU, "thank-you").findings == ()
