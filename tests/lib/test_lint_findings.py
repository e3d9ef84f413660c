"""What the message rules say when they fire: the line, the words quoted, the suggestion,
and what knowing the recipient's and the sender's names changes. Which sentences fire
which rule is in test_lint_probes.py.
"""

import pytest

from coffeechat.lib.lint import lint


def rules(text: str, kind: str = "request", **kwargs) -> set[str]:
    return {f.rule for f in lint(text, kind, **kwargs).findings}


def found(rule: str, text: str, kind: str = "request", **kwargs):
    """The one finding of `rule` on `text`."""
    [finding] = [f for f in lint(text, kind, **kwargs).findings if f.rule == rule]
    return finding


# ====================================================================== greeting


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


def test_knowing_the_sender_recognises_their_name():
    assert "introduction" not in rules("Hi Ana, Maya here!", sender="Maya Okafor")
    assert "introduction" not in rules("Hi Ana, it's maya.", sender="Maya Okafor")


def test_a_signature_with_a_role_introduces_the_sender():
    text = "Hi Ana,\nCould we talk?\n\nMaya Okafor\nPhD candidate, School of Chemistry"
    assert "introduction" not in rules(text)


# ====================================================================== time-ask


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


# ====================================================================== thanks


def test_thanks_to_the_reader_counts():
    assert "thanks" not in rules("Thanks to you, I now know what the job involves.", "thank-you")


def test_the_thanks_message_fits_the_kind():
    assert "in advance" in found("thanks", "Hi Ana", "request").message
    assert "thank-you note" in found("thanks", "Subject: Hi\nHi Ana", "thank-you").message


# ====================================================================== job-ask


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


def test_life_story_counts_the_sentences_and_points_at_the_first():
    text = "Hi Ana,\n\nI'm Maya. I grew up in Lagos. I studied in Leeds. I worked in a lab."
    finding = found("life-story", text)
    assert finding.message.startswith("4 sentences are about you")
    assert finding.line == 3
