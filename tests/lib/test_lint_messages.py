"""The message rules, each on many real-looking drafts: when it fires and when it stays
silent. A case lists only what matters to one rule; the other rules may say what they like.
"""

import pytest

from coffeechat.lib.lint import lint


def rules(text: str, kind: str = "request", **kwargs) -> set[str]:
    return {f.rule for f in lint(text, kind, **kwargs).findings}


def found(rule: str, text: str, kind: str = "request", **kwargs):
    """The one finding of `rule` on `text`."""
    [finding] = [f for f in lint(text, kind, **kwargs).findings if f.rule == rule]
    return finding


def fires(rule: str, kind: str = "request"):
    def check(text):
        assert rule in rules(text, kind), text

    return check


def silent(rule: str, kind: str = "request"):
    def check(text):
        assert rule not in rules(text, kind), text

    return check


# ====================================================================== greeting


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana,\nI'm Maya.",
        "Dear Dr. Ruiz,\nI'm Maya.",
        "Dear Dr Ruiz,\nI'm Maya.",
        "Hello Ana\nI'm Maya.",
        "Hello Ana! Hope you're well.",
        "Hey Sam, long time no see.",
        "Good morning Priya,",
        "Good afternoon Mr. Chen,",
        "Greetings Ms. Obi,",
        "Bonjour Quentin,\nje m'appelle Maya.",
        "Bonjour Mme Tremblay,",
        "Hola María,\nsoy Maya.",
        "Buenos días Sr. García,",
        "Hallo Jens,\nich bin Maya.",
        "Sehr geehrte Frau Müller,",
        "Ciao Marco",
        "Hej Sofia!",
        "hi ana,\ni'm maya",
        "Dear Ms O'Neill,",
        "Hi Anne-Marie,",
        "Dear Prof. Dr. Weber,",
        "Hi Dr. Ruiz -",
        "Ana,\nI'm Maya.",
        "Dear Ana and Tom,",
        "  Hi Ana,  \nI'm Maya.",
    ],
)
def test_a_greeting_that_names_the_person_passes(text):
    silent("greeting")(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi there,\nI'm Maya.",
        "Hello,\nI'm Maya.",
        "Hello!\nI'm Maya.",
        "Hi,\nI'm Maya.",
        "Hi again,\nI'm Maya.",
        "Hi",
        "To whom it may concern,\nI am Maya.",
        "Dear Sir or Madam,\nI am Maya.",
        "Dear Sir/Madam,",
        "Dear Hiring Manager,",
        "Dear Recruiter,",
        "Dear Professor,\nI am Maya.",
        "Hey team,",
        "Hi everyone,",
        "Good morning,\nI'm Maya.",
        "Ciao,\nsono Maya.",
        "Bonjour,\nje suis Maya.",
        "Hello, I'm Maya and I'm a PhD student.",
        "I'm Maya, a PhD student at Leeds.",
        "My name is Maya Okafor.",
        "Subject: Hello Ana\n\nI'm Maya.",
    ],
)
def test_a_missing_or_nameless_greeting_fires(text):
    fires("greeting")(text)


def test_a_nameless_greeting_is_quoted_on_its_line():
    finding = found("greeting", "Subject: Hi\n\nHi there,\nI'm Maya.")
    assert finding.line == 3
    assert "'Hi there' doesn't name the person" in finding.message


def test_a_message_without_a_greeting_says_so_on_its_first_line():
    finding = found("greeting", "\n\nI'm Maya, a PhD student.")
    assert finding.line == 3
    assert "without a greeting" in finding.message


def test_knowing_the_recipient_catches_the_wrong_name():
    finding = found("greeting", "Hi John,\nI'm Maya.", recipient="Ana Ruiz")
    assert "John" in finding.message and "Ana Ruiz" in finding.message
    assert "Hi Ana," in finding.suggestion


@pytest.mark.parametrize(
    "greeting", ["Hi Ana,", "Dear Dr. Ruiz,", "Hi Alex,", "hi ana,", "Dear Ms Ruiz-Gómez,"]
)
def test_knowing_the_recipient_accepts_first_name_surname_and_short_forms(greeting):
    assert "greeting" not in rules(f"{greeting}\nI'm Maya.", recipient="Dr. Alexandra Ana Ruiz")


def test_knowing_the_recipient_suggests_their_name():
    finding = found("greeting", "Hello,\nI'm Maya.", recipient="Dr. Ana Ruiz")
    assert "Hi Ana," in finding.suggestion


# ====================================================================== introduction


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana,\nI'm a final-year PhD student in chemistry.",
        "Hi Ana,\nMy name is Maya Okafor.",
        "Hi Ana, I am currently a teacher at Hillside School.",
        "Hi Ana, I work as a nurse in Leeds.",
        "Hi Ana, I am Maya, doing PhD in chemistry.",  # non-native
        "Hi Ana, I am student of chemistry in Leeds.",
        "Hi Ana, I am engineer with 10 years experience.",
        "Hi Ana, I am working like teacher since 2015.",
        "Hi Ana, As a teacher moving into UX research, I'd love your advice.",
        "Hi Ana, I'm Sam Reyes, a middle-school teacher.",
        "Hi Ana, I teach maths at a secondary school in Bristol.",
        "Hi Ana, I recently finished my PhD in organic chemistry.",
        "Hi Ana, I've spent eight years teaching science.",
        "Hi Ana, I'm transitioning from teaching into UX research.",
        "Hi Ana, I'm in my final year at Leeds.",
        "Hi Ana, this is Maya from the Leeds chemistry department.",
        "Hi Ana, Ben Adler here, we worked together at Deloitte.",
        "hi ana, i'm jules, a nurse at st mary's.",
        "Hi Ana, I'm a recent graduate of the University of Leeds.",
        "Hi Ana, I hold an MSc in statistics.",
        "Hi Ana, I’m a second-year law student.",
        "Hi Ana,\nI'm at Leeds, finishing a chemistry doctorate.",
        "hey priya! i'm jordan, a 2nd year stats grad student at UW.",
        "Bonjour Camille, je suis Hugo, étudiant en design.",
        "Hallo Jens, ich bin Lena und studiere Chemie in Jena.",
        "Hola María, me llamo Diego y estudio geografía.",
    ],
)
def test_saying_who_you_are_passes(text):
    silent("introduction")(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana,\nI'm interested in learning about research teams.",
        "Hi Ana,\nCould we talk for 15 minutes?\nBest,\nMaya Okafor",
        "Hi Ana, I'm keen to hear about your work.",
        "Hi Ana,\nI'm a big fan of your work as a chemist.",
        "Hi Ana, I'm hoping to become a consultant.",
        "Hi Ana, I'm writing to ask for your advice.",
        "Hi Ana, I'd love to hear how you became an engineer.",
        "Hi",
    ],
)
def test_not_saying_who_you_are_fires(text):
    fires("introduction")(text)


def test_knowing_the_sender_recognises_their_name():
    assert "introduction" not in rules("Hi Ana, Maya here!", sender="Maya Okafor")
    assert "introduction" not in rules("Hi Ana, it's maya.", sender="Maya Okafor")


def test_a_signature_with_a_role_introduces_the_sender():
    text = "Hi Ana,\nCould we talk?\n\nMaya Okafor\nPhD candidate, School of Chemistry"
    assert "introduction" not in rules(text)


# ====================================================================== reason


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, we met at the RSC careers fair last month.",
        "Hi Ana, I'm a fellow Leeds alum.",
        "Hi Ana, I found you through the Leeds alumni network.",
        "Hi Ana, we both studied chemistry at Leeds.",
        "Hi Ana, we're both members of the ACS.",
        "Hi Ana, like you, I started out as a teacher.",
        "Hi Ana, I'm a Warwick maths finalist like you once were.",
        "Hi Ana, Tom Baker suggested I contact you.",
        "Hi Ana, Tom mentioned you when we spoke.",
        "Hi Ana, Prof. Lee gave me your name.",
        "Hi Ana, Tom Baker referred me to you.",
        "Hi Ana, my supervisor recommended that I reach out to you.",
        "Hi Ana, my cousin says you're the person to ask about planning.",
        "Hi Ana, I read your article on process safety.",
        "Hi Ana, your work on battery recycling caught my eye.",
        "Hi Ana, I saw your move from academia to consulting.",
        "Hi Ana, I noticed your role at BASF in process safety.",
        "Hi Ana, I saw that you moved from teaching into UX research.",
        "Hi Ana, I listened to your podcast episode on policy careers.",
        "Hi Ana, I enjoyed your talk at PyCon.",
        "Hi Ana, I heard you present at the hydrology meeting.",
        "Hi Ana, your team's sodium-ion pilot was the topic of my thesis.",
        "Hi Ana, your transition from the lab to science policy is the path I hope to follow.",
    ],
)
def test_a_connection_a_referral_or_their_work_gives_a_reason(text):
    silent("reason")(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, I'm reaching out to people in the field.",
        "Hi Ana, I found your profile on LinkedIn and would love to chat.",
        "Hi Ana, I came across your name while searching online.",
        "Hi Ana, I'm interested in consulting.",
        "Hi Ana, I know you must be busy.",
        "Hi Ana, I'd love to hear about your experience.",
        "Hi Ana, I'm very interested in the analyst opening at your company.",
        "Dear Hiring Manager, my skills would fit your team's needs.",
        "Hi Ana, thank you for your time in advance.",
        "Hi Ana, I'd love to hear about your experience in this field.",
    ],
)
def test_nothing_particular_to_the_person_fires(text):
    fires("reason")(text)


# ====================================================================== time-ask


@pytest.mark.parametrize(
    "text",
    [
        "Could we talk for 15-20 minutes?",
        "Would you have 15–20 minutes?",
        "Would you have 20 min for a call?",
        "Could we speak for 25 mins?",
        "Could we talk for ten minutes?",
        "Would you have fifteen to twenty minutes for a call?",
        "Could we have a 20-minute call?",
        "Could we have a 15-to-20-minute call?",
        "Would 20–30 minutes work for a call?",
        "Could you spare half an hour?",
        "Could you spare a quarter of an hour?",
        "Would a 15' call work?",
        "Could we chat for 20m?",
        "Could I have 15 minutes of your time?",
        "Could we talk for no more than 20 minutes?",
        "Would twenty minutes on Zoom work?",
        "I would like to have short talk with you of 15 minutes.",  # non-native
        "I teach 6 hours a day, so could we talk for 20 minutes after 4pm by phone?",
        "I'm an hour away, but could we talk for 20 minutes on the phone?",
        "I'll reply within 24 hours. Could we have a 20-minute call?",
        "Would you have 20 minutes next week? I live 2 hours from Leeds.",
    ],
)
def test_asking_for_30_minutes_or_less_passes(text):
    silent("time-ask")(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Could we talk for an hour?", "an hour"),
        ("Would you have 45 minutes?", "45 minutes"),
        ("Could we do a 60 min call?", "60 min"),
        ("Would you have 30-45 minutes?", "30-45 minutes"),
        ("Would an hour-long phone call work?", "an hour"),
        ("Would you have an hour and a half?", "an hour and a half"),
        ("Could we meet for 1.5 hours?", "1.5 hours"),
        ("Could we talk for 2 hours?", "2 hours"),
        ("Could we talk for at least an hour?", "an hour"),
        ("Could you spare 15 minutes? We could talk for an hour if you like.", "an hour"),
        ("Could we have a call of 30 to 60 minutes?", "30 to 60 minutes"),
    ],
)
def test_asking_for_more_than_30_minutes_fires_and_says_what_was_asked(text, said):
    finding = found("time-ask", text)
    assert finding.severity == "error"
    assert f"You ask for {said}" in finding.message
    assert finding.line == 1


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Could we have a quick chat?", "a quick chat"),
        ("Would you have time for a short call?", "a short call"),
        ("Could you spare a few minutes?", "a few minutes"),
        ("Could we have a brief conversation?", "a brief conversation"),
    ],
)
def test_a_vague_ask_fires_and_names_the_vague_words(text, said):
    finding = found("time-ask", text)
    assert f'"{said}"' in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "Could we have a chat whenever suits you?",
        "I'm an hour away from London. Could we chat?",
        "I am Maya. Could we talk?",  # "am" is not "a m[inute]"
        "My mentor, Dr. Mensah, sent me. Could we talk?",  # nor "ah" an hour
        "I'm free any time after 10am. Could we have a call?",
        "I've taught for 8 years. Could we talk?",
    ],
)
def test_no_time_asked_for_fires(text):
    fires("time-ask")(text)


# ====================================================================== medium


@pytest.mark.parametrize(
    "text",
    [
        "Could we have a 20-minute phone call?",
        "Would you have time for a quick call?",
        "Could we do a Zoom?",
        "Would a Teams call suit you?",
        "Could we meet on Google Meet?",
        "Could we chat over Skype?",
        "Could I buy you a coffee?",
        "Could we grab a tea?",
        "Could we catch up over lunch?",
        "Could I give you a ring next week?",
        "Could we meet in person?",
        "Would a video chat work?",
        "Could we talk by video?",
        "Could we chat on the phone?",
        "Could we meet virtually?",
        "Could we meet online for 20 minutes?",
        "Could I call you next week?",
        "Could you call me on 0113 496 0000?",
        "Would a 15-minute coffee-chat work?",
    ],
)
def test_naming_a_way_to_talk_passes(text):
    silent("medium")(text)


@pytest.mark.parametrize(
    "text",
    [
        "Could we have 20 minutes to chat?",
        "Could we talk for 20 minutes?",
        "Would you have time for a conversation?",
        "I work for a small startup called Ledgerline. Could we talk?",
        "My so-called career plan changed. Could we talk?",
        "I found you online. Could we talk?",
    ],
)
def test_no_way_to_talk_fires(text):
    fires("medium")(text)


# ====================================================================== thanks


@pytest.mark.parametrize(
    "text",
    [
        "Thank you!",
        "Thanks in advance.",
        "Many thanks,",
        "Thanks so much",
        "Thank-you for reading.",
        "Thx!",
        "Much appreciated.",
        "I appreciate your time.",
        "I would really appreciate it.",
        "I'd be grateful for your time.",
        "Cheers in advance!",
        "Merci d'avance !",
        "Danke im Voraus!",
        "Vielen Dank!",
        "Grazie mille!",
        "Mil gracias.",
        "Tack så mycket!",
    ],
)
def test_any_thanks_passes(text):
    silent("thanks")(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana, could we talk?",
        "Thanks to my supervisor, I found your paper.",
        "It was so good to talk.",
        "Best,\nMaya",
        "Cheers,\nMaya",
    ],
)
def test_no_thanks_fires(text):
    fires("thanks")(text)


def test_thanks_to_the_reader_counts():
    assert "thanks" not in rules("Thanks to you, I now know what the job involves.", "thank-you")


def test_the_thanks_message_fits_the_kind():
    assert "in advance" in found("thanks", "Hi Ana", "request").message
    assert "thank-you note" in found("thanks", "Subject: Hi\nHi Ana", "thank-you").message


# ====================================================================== job-ask


@pytest.mark.parametrize(
    "text",
    [
        # jobs, openings, hiring
        "I'm looking for a job in UX research.",
        "I am seeking a position at your company.",
        "Are you hiring?",
        "Is your team recruiting graduates this year?",
        "Do you have any openings on your team?",
        "Are there any vacancies in your department?",
        "Do you know of any open roles?",
        "Could you share any job leads?",
        "Do you know whether Novachem has anything open for someone like me?",
        "I'd be grateful if you could flag my application to your hiring manager.",
        "I'm very interested in the opening on your team.",
        "I'm interested in a role at your company.",
        "I'm applying for the analyst position on your team.",
        "I applied for the analyst role at your firm last week.",
        "Please keep me in mind if any openings come up.",
        "Let me know if any positions open up.",
        "No pressure, but if there are any openings on your team, please let me know.",
        "I don't know if you have any openings, but I'd love to hear.",
        "Could you help me get my foot in the door?",
        "Would you consider me for the graduate scheme position?",
        "I am writing you for ask if there is a job for me in your company.",  # non-native
        # referrals
        "Could you refer me for the analyst role?",
        "Could you put in a word for me?",
        "Would you put in a good word for me with the hiring team?",
        "Could you pass my CV to HR?",
        "Could you forward my resume to the hiring manager?",
        "Could you recommend me for the role?",
        "Could you introduce me to the hiring manager?",
        # CV review
        "Could you have a look at my CV?",
        "I'd love any feedback on my CV.",
        "I would be grateful if you could review my cover letter.",
        "Do you think my CV is strong enough?",
        # a CV attached or sent
        "I've attached my CV.",
        "I've attached my résumé.",
        "I have attached my resume for your reference.",
        "Please find my resume attached.",
        "Please find attached my CV and cover letter.",
        "My CV is attached for reference.",
        "Attached is my CV.",
        "I'm enclosing my résumé.",
        "I've sent you my CV.",
        # interviews for a position
        "Could you give me an interview for the analyst position?",
        "Is there any chance you could get me an interview?",
        # a negation, then an ask
        "I'm not looking for a job, but could you refer me?",
        "I'm not looking for a job from you, but if any roles open up, please think of me.",
        "Although I'm not asking for a job, could you pass my CV to HR?",
    ],
)
def test_asking_for_a_job_in_any_form_fires(text):
    fires("job-ask")(text)


@pytest.mark.parametrize(
    "text",
    [
        # negations
        "I'm not looking for a job.",
        "I’m not looking for a job — just your advice.",
        "I am not asking for a job.",
        "This is not a job request.",
        "I'm not applying for anything.",
        "I'm not asking you for a job or a referral.",
        "I'm not after a referral or a job, just your advice.",
        "I am not, at this stage, asking anyone for a job.",
        "I'm looking for advice rather than a job.",
        "I'm not hoping for a job offer; I just want to learn.",
        "I never ask strangers for referrals.",
        "I haven't attached my CV, since this isn't an application.",
        # their path, their job
        "How did you get your first job?",
        "I'd love to hear how you got your first role in policy.",
        "When you applied for jobs, what helped most?",
        "What did your job involve?",
        "Could you tell me more about your role at BASF?",
        "What skills do people in your position need?",
        # my own job
        "In my current job as a teacher, I plan lessons.",
        "I'm currently job hunting, so your advice on the field would help.",
        # job as part of something else
        "How is the job market?",
        "I'm keen to understand the job market in Leeds.",
        "What's your job title?",
        "I'd like to learn about the role of a process chemist.",
        "I'm interested in roles like yours.",
        "I hope to work in science policy one day.",
        # referrals the other way, and things that sound like it
        "Tom Baker referred me to you.",
        "Could you introduce me to anyone else I should talk to?",
        "I'd like to resume our conversation from the conference.",
        "Would you be open to a 15-minute informational interview by phone?",
        "Could I interview you for 20 minutes about your career?",
        "Does Tuesday at 3pm work for me? Sorry, for you!",
        "I've linked my portfolio below.",
    ],
)
def test_negations_their_path_and_other_uses_of_job_do_not_fire(text):
    silent("job-ask")(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Could you refer me, please?", "refer me"),
        ("I've attached my CV for context.", "attached my CV"),
        ("Are you hiring at the moment?", "Are you hiring"),
    ],
)
def test_a_job_ask_quotes_what_was_asked(text, said):
    finding = found("job-ask", text)
    assert said in finding.message
    assert finding.severity == "error"
    assert finding.suggestion


def test_a_job_ask_in_the_subject_is_found_on_the_subject_line():
    text = "Subject: Are you hiring?\n\nHi Ana,\nI'm Maya."
    assert found("job-ask", text).line == 1


@pytest.mark.parametrize("kind", ["request", "linkedin-note", "follow-up", "thank-you"])
def test_job_asks_are_checked_in_every_kind_of_message(kind):
    assert "job-ask" in rules("Hi Ana, could you refer me?", kind)


def test_a_thank_you_reporting_an_application_made_on_their_advice_is_not_a_job_ask():
    text = "Hi Ana, thank you! I've applied for the policy fellowship you mentioned."
    assert "job-ask" not in rules(text, "thank-you")


# ====================================================================== life-story


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana,\nI'm Maya. I grew up in Lagos. I studied chemistry at Leeds. I then worked in "
        "a lab for two years. Now I'm doing a PhD. Could we talk for 15 minutes by phone?",
        "Hi Ana, I am a teacher. I have taught for ten years. I love my students. My school "
        "is in Leeds. I want to move into UX research.",
        "Hi Ana,\nI'm Dev, an MBA like you. After business school I spent four years in brand "
        "management. Last spring I took a sabbatical to care for my father. I've since "
        "realised I want work with a clearer social mission.",
    ],
)
def test_more_than_three_sentences_about_yourself_fire(text):
    fires("life-story")(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana,\nI'm Maya, a PhD student at Leeds. I read your article on process safety. "
        "Could we talk for 15 minutes by phone? Thank you!",
        "Hi Ana, I'm Sam, a teacher. I have taught for ten years. I'd love to hear about your "
        "move into UX. Could we talk? Thank you so much. I hope you are well.",
        "Hi Ana, I'm Sam. I teach science. I saw your talk on UX research. I'd love to ask you "
        "about it. I'm writing to ask for 15 minutes. I appreciate your time.",
    ],
)
def test_three_sentences_or_fewer_about_yourself_pass(text):
    silent("life-story")(text)


def test_life_story_counts_the_sentences_and_points_at_the_first():
    text = "Hi Ana,\n\nI'm Maya. I grew up in Lagos. I studied in Leeds. I worked in a lab."
    finding = found("life-story", text)
    assert finding.message.startswith("4 sentences are about you")
    assert finding.line == 3


# ====================================================================== specific (thank-you)


@pytest.mark.parametrize(
    "text",
    [
        "Subject: Thanks\nHi Ana,\nThank you for your time, it was very helpful.\nBest,\nMaya",
        "Subject: Thanks\nHi Ana, thanks for the chat, it was great!\nMaya",
        "Subject: Thanks\nHi Ana,\nThank you for sharing your insights. I learned a lot and "
        "really valued your advice.\nMaya",
        "Subject: Thanks\nDear Dr. Ruiz,\nThank you so much for speaking with me on Tuesday "
        "about your career. It was really helpful.\nBest,\nMaya",
        "Subject: Thanks\nHi Ana,\nThanks for all your advice about my career.\nMaya",
        "Subject: Thanks\nHi Ana,\nThanks so much! Could you put in a good word for me with "
        "the Pellucid hiring team?\nMaya",
    ],
)
def test_a_generic_thank_you_fires(text):
    fires("specific", "thank-you")(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hi Ana,\nThank you for your point about stage gates; I hadn't seen it that way.\nMaya",
        "Hi Ana,\nThanks for the chat. I've ordered the book you recommended, Range.\nMaya",
        "Hi Ana,\nThank you! What you said about consulting hours was eye-opening.\nMaya",
        "Hi Ana,\nThank you for the call. I'll reach out to Tom Baker as you suggested.\nMaya",
        "Hi Ana,\nThanks for your time. Your story about the failed pilot plant stuck with "
        "me.\nMaya",
        "Hi Ana,\nThank you for introducing me to the RSC policy network.\nMaya",
        "Hi Ana,\nThank you so much. I've already signed up for the ACS webinar you "
        "mentioned.\nMaya",
    ],
)
def test_a_thank_you_naming_something_from_the_chat_passes(text):
    silent("specific", "thank-you")(text)


# ====================================================================== whole messages


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
