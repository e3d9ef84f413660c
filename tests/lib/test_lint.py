"""The guideline linter's public contract and how it reads a draft.

The rules themselves are in test_lint_probes.py (which sentences fire which rule),
test_lint_findings.py, test_lint_questions.py and test_lint_whole_messages.py.
"""

import json
from dataclasses import FrozenInstanceError
from datetime import UTC, datetime, timedelta

import pytest

from coffeechat.lib.lint import (
    KINDS,
    RULES,
    RULES_BY_KIND,
    Finding,
    Limits,
    Report,
    lint,
    lint_questions,
    thank_you_timing,
)

CONTRACT_RULES = {
    "greeting",
    "introduction",
    "reason",
    "time-ask",
    "medium",
    "thanks",
    "length",
    "job-ask",
    "life-story",
    "subject",
    "specific",
    "timing",
    "googleable",
    "personal-salary",
}

GOOD_REQUEST = """Subject: Leeds chemistry PhD – 15 minutes of your advice?

Hi Ana,

I'm Maya Okafor, a final-year chemistry PhD student at Leeds. I read your piece on scaling up
flow chemistry at Novachem and would love to hear how you moved from academia into process
development.

Would you have 15–20 minutes for a phone or video call in the next few weeks?

Thank you in advance,
Maya"""


def rules(report: Report) -> set[str]:
    return {f.rule for f in report.findings}


# ------------------------------------------------------------------ the contract


def test_kinds_are_the_five_of_the_contract():
    assert KINDS == ("request", "linkedin-note", "follow-up", "thank-you", "question")


def test_every_rule_of_the_contract_is_defined_and_nothing_else():
    assert set(RULES) == CONTRACT_RULES
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id
        assert rule.severity in ("error", "warning")
        assert rule.explanation and "\n" not in rule.explanation
        assert rule.suggestion and "\n" not in rule.suggestion


def test_severities_put_the_serious_rules_at_error():
    errors = {rule_id for rule_id, rule in RULES.items() if rule.severity == "error"}
    assert errors == {"job-ask", "time-ask", "length", "subject", "personal-salary"}


def test_rules_by_kind_follows_the_documented_table():
    assert set(RULES_BY_KIND) == set(KINDS)
    assert set(RULES_BY_KIND["request"]) == {
        "greeting",
        "introduction",
        "reason",
        "time-ask",
        "medium",
        "thanks",
        "length",
        "job-ask",
        "life-story",
        "subject",
    }
    assert set(RULES_BY_KIND["linkedin-note"]) == set(RULES_BY_KIND["request"]) - {"subject"}
    assert set(RULES_BY_KIND["follow-up"]) == {
        "greeting",
        "thanks",
        "job-ask",
        "length",
        "subject",
        "life-story",
    }
    assert set(RULES_BY_KIND["thank-you"]) == {
        "greeting",
        "thanks",
        "specific",
        "job-ask",
        "subject",
    }
    assert set(RULES_BY_KIND["question"]) == {"googleable", "personal-salary", "job-ask"}


def test_the_module_needs_no_django():
    import subprocess
    import sys

    code = "import sys, coffeechat.lib.lint as l; l.lint('Hi'); print('django' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize("kind", KINDS)
def test_findings_only_name_rules_that_apply_to_the_kind(kind):
    texts = ["Hi", "", GOOD_REQUEST, "Are you hiring? How much do you earn? What does BASF make?"]
    for text in texts:
        assert rules(lint(text, kind)) <= set(RULES_BY_KIND[kind])


def test_a_good_request_has_no_findings():
    report = lint(GOOD_REQUEST)
    assert report.findings == ()
    assert not report.has_errors


def test_report_and_findings_are_frozen():
    report = lint("Hi")
    with pytest.raises(FrozenInstanceError):
        report.words = 3
    with pytest.raises(FrozenInstanceError):
        report.findings[0].rule = "x"


def test_json_has_exactly_the_contract_shape():
    data = lint("Hello,\nCould you refer me for the analyst role?").to_json()
    assert set(data) == {"findings", "words", "characters"}
    assert data["words"] == 9
    assert data["characters"] == len("Hello,\nCould you refer me for the analyst role?")
    assert data["findings"]
    for item in data["findings"]:
        assert set(item) == {"rule", "severity", "message", "suggestion", "line"}
        assert item["line"] is None or isinstance(item["line"], int)
    assert json.loads(json.dumps(data)) == data


def test_has_errors_is_true_only_with_an_error_finding():
    warning = Finding("greeting", "warning", "m", "s", 1)
    error = Finding("job-ask", "error", "m", "s", 1)
    assert not Report((warning,), 1, 1).has_errors
    assert Report((warning, error), 1, 1).has_errors
    assert not Report((), 0, 0).has_errors


def test_findings_come_errors_first_then_by_line():
    text = "Hello,\nI'm Maya.\nCould you refer me?\nCould we talk for an hour?"
    findings = lint(text).findings
    severities = [f.severity for f in findings]
    assert severities == sorted(severities)  # "error" < "warning"
    lined_errors = [f.line for f in findings if f.severity == "error" and f.line]
    assert lined_errors == sorted(lined_errors)


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="unknown kind 'memo'"):
        lint("Hi", "memo")


def test_lint_with_kind_question_is_lint_questions():
    text = (
        "What does the company do?\n\nHow much do you earn?\nAre you hiring?\nWhat is a day like?"
    )
    assert lint(text, "question") == lint_questions(text)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("text", ["", "   \n\n  ", "\ufeff", "?", "-", "Subject:"])
def test_empty_or_odd_input_does_not_crash(kind, text):
    report = lint(text, kind)
    assert report.words >= 0


# ------------------------------------------------------------------ subject and body


def test_subject_line_is_not_part_of_the_body():
    report = lint("Subject: a b c d e f g\n\nHi Ana, thanks.")
    assert report.words == 3
    assert report.characters == len("Hi Ana, thanks.")
    assert "subject" not in rules(report)


def test_subject_is_recognised_in_any_case_and_after_blank_lines():
    assert "subject" not in rules(lint("subject: Hello\nHi Ana"))
    assert "subject" not in rules(lint("\n\nSUBJECT:Hello\nHi Ana"))


@pytest.mark.parametrize(
    "header", ["Betreff: Frage", "Objet : Question", "Asunto: Pregunta", "Oggetto: Domanda"]
)
def test_subject_headers_in_other_languages_count(header):
    assert "subject" not in rules(lint(f"{header}\nHallo Jens,"))


def test_a_subject_line_further_down_is_body_text():
    report = lint("Hi Ana,\nSubject: not a header")
    assert "subject" in rules(report)
    assert report.words == 6


def test_an_empty_subject_fires_on_its_line():
    [finding] = [f for f in lint("\nSubject:   \n\nHi Ana,").findings if f.rule == "subject"]
    assert finding.line == 2
    assert "empty" in finding.message


def test_a_missing_subject_fires_without_a_line():
    [finding] = [f for f in lint("Hi Ana,\nThanks!").findings if f.rule == "subject"]
    assert finding.line is None
    assert finding.severity == "error"


@pytest.mark.parametrize("kind", ["request", "follow-up", "thank-you"])
def test_every_email_kind_needs_a_subject(kind):
    assert "subject" in rules(lint("Hi Ana,\nThank you!", kind))


def test_a_linkedin_note_has_no_subject_and_counts_every_character():
    note = "Subject: hi\nHi Ana, thanks!"
    report = lint(note, "linkedin-note")
    assert "subject" not in rules(report)
    assert report.characters == len(note)


# ------------------------------------------------------------------ lines


def test_line_numbers_count_every_line_of_the_input_including_the_subject():
    text = "Subject: Hi\n\nHi Ana,\n\nI'm Maya.\n\nCould you refer me?\nThanks!"
    [finding] = [f for f in lint(text).findings if f.rule == "job-ask"]
    assert finding.line == 7


def test_line_numbers_survive_windows_and_old_mac_line_ends():
    for newline in ("\r\n", "\r"):
        text = newline.join(["Subject: Hi", "", "Hello,", "Could you refer me?"])
        report = lint(text)
        assert {f.line for f in report.findings if f.rule in ("greeting", "job-ask")} == {3, 4}


def test_a_sentence_wrapped_over_lines_is_reported_on_the_line_it_starts():
    text = "Hi Ana,\nI'm Maya, a chemist. Since we have never met, could you\nrefer me to your HR team?"
    [finding] = [f for f in lint(text).findings if f.rule == "job-ask"]
    assert finding.line == 2


def test_each_job_ask_is_reported_on_its_own_line():
    text = "Hi Ana,\nCould you refer me?\nI'm Maya.\nI've attached my CV."
    lines = [f.line for f in lint(text).findings if f.rule == "job-ask"]
    assert lines == [2, 4]


def test_two_job_asks_in_one_line_are_two_findings():
    findings = [f for f in lint("Could you refer me? I attached my CV.").findings]
    assert [f.line for f in findings if f.rule == "job-ask"] == [1, 1]


def test_questions_carry_their_own_line_numbers_skipping_blank_lines():
    text = "What is a typical day like?\n\nHow much do you earn?\n\n\nAre you hiring?"
    report = lint_questions(text)
    assert [(f.rule, f.line) for f in report.findings] == [
        ("personal-salary", 3),
        ("job-ask", 6),
    ]


def test_list_marks_before_questions_are_ignored():
    text = (
        "1. How much do you earn?\n- Are you hiring?\n• What does BASF make?\nQ4: Who is the CEO?"
    )
    report = lint_questions(text)
    assert {(f.rule, f.line) for f in report.findings} == {
        ("personal-salary", 1),
        ("job-ask", 2),
        ("googleable", 3),
        ("googleable", 4),
    }


# ------------------------------------------------------------------ unicode


@pytest.mark.parametrize(
    "text",
    [
        "I’ve attached my résumé.",
        "I\u2019ve attached my RÉSUMÉ.",
        "I've attached my re\u0301sume\u0301.",  # combining accents
        "I've\u00a0attached\u00a0my\u00a0CV.",  # no-break spaces
        "I've atta\u200bched my CV.",  # a zero-width space
        "Ｉ've attached my ＣＶ.",  # full-width letters
    ],
)
def test_unicode_variants_read_as_plain_text(text):
    assert "job-ask" in rules(lint(text))


def test_typographic_dashes_and_quotes_read_as_plain_ones():
    assert "time-ask" not in rules(lint("Could we talk for 15–20 minutes on the phone?"))
    assert "time-ask" not in rules(lint("Could we talk for 15—20 minutes on the phone?"))
    assert "job-ask" not in rules(lint("I’m not looking for a job."))


def test_the_finding_quotes_the_users_own_words():
    [finding] = [f for f in lint("I’ve attached my Résumé.").findings if f.rule == "job-ask"]
    assert "attached my Résumé" in finding.message


# ------------------------------------------------------------------ length and limits


def test_length_counts_body_words_against_the_limit_exactly():
    at_limit = "Subject: a long subject that does not count\n" + " ".join(["word"] * 150)
    over = at_limit + " word"
    assert lint(at_limit).words == 150
    assert "length" not in rules(lint(at_limit))
    [finding] = [f for f in lint(over).findings if f.rule == "length"]
    assert finding.severity == "error"
    assert "151 words" in finding.message and "150" in finding.message


def test_a_linkedin_note_over_300_characters_is_too_long():
    ok = "Hi Ana, " + "x" * 292
    assert len(ok) == 300
    assert "length" not in rules(lint(ok, "linkedin-note"))
    [finding] = [f for f in lint(ok + "!", "linkedin-note").findings if f.rule == "length"]
    assert "301 characters" in finding.message and "300" in finding.message


def test_a_linkedin_note_is_not_judged_by_words():
    note = "Hi Ana, " + "ok " * 90  # 92 short words, 278 characters
    assert "length" not in rules(lint(note, "linkedin-note"))


def test_limits_are_settings():
    text = "Subject: x\n" + " ".join(["word"] * 60)
    assert "length" not in rules(lint(text))
    assert "length" in rules(lint(text, limits=Limits(request_words=50)))
    note = "Hi Ana, " + "x" * 150
    assert "length" not in rules(lint(note, "linkedin-note"))
    assert "length" in rules(lint(note, "linkedin-note", limits=Limits(linkedin_chars=100)))


def test_follow_ups_use_the_e_mail_word_limit_and_thank_yous_have_none():
    text = "Subject: x\n" + " ".join(["word"] * 200)
    assert "length" in rules(lint(text, "follow-up"))
    assert "length" not in rules(lint(text, "thank-you"))


def test_a_very_long_message_is_handled():
    paragraph = (
        "I spent several years teaching chemistry at a secondary school in Leeds, and I "
        "enjoyed planning lessons with colleagues. "
    ) * 60
    report = lint("Subject: x\n\nHi Ana,\n\n" + paragraph)
    assert report.words > 1000
    assert {"length", "life-story"} <= rules(report)


# ------------------------------------------------------------------ a very short message


def test_a_bare_hi_misses_everything_a_request_needs():
    report = lint("Hi")
    assert rules(report) == {
        "greeting",
        "introduction",
        "reason",
        "time-ask",
        "medium",
        "thanks",
        "subject",
    }
    assert report.words == 1 and report.characters == 2


# ------------------------------------------------------------------ timing


HELD = datetime(2026, 11, 4, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize("hours", [0, 1, 23.9, 24])
def test_a_thank_you_within_24_hours_is_on_time(hours):
    assert thank_you_timing(HELD, HELD + timedelta(hours=hours)) is None


def test_a_thank_you_after_24_hours_is_late():
    finding = thank_you_timing(HELD, HELD + timedelta(hours=31))
    assert finding.rule == "timing"
    assert finding.severity == "warning"
    assert finding.line is None
    assert "31 hours" in finding.message


def test_a_very_late_thank_you_is_counted_in_days():
    finding = thank_you_timing(HELD, HELD + timedelta(days=5, hours=2))
    assert "5 days" in finding.message


def test_a_thank_you_recorded_before_the_chat_is_not_judged():
    assert thank_you_timing(HELD, HELD - timedelta(hours=2)) is None


# ------------------------------------------------------------------ sentences


def sentences(text: str) -> list[tuple[int, str]]:
    from coffeechat.lib.lint.text import read_draft

    return [(s.line, s.text) for s in read_draft(text, with_subject=True).sentences]


def test_greeting_and_sign_off_lines_are_sentences_of_their_own():
    text = "Subject: Hi\n\nHi Ana,\nI'm Maya. I work at Dr. Reddy's Labs.\n\nBest,\nMaya"
    assert sentences(text) == [
        (3, "Hi Ana,"),
        (4, "I'm Maya."),
        (4, "I work at Dr. Reddy's Labs."),
        (6, "Best,"),
        (7, "Maya"),
    ]


def test_a_hard_wrapped_sentence_is_one_sentence():
    text = "Hi Ana,\nI am a teacher at Hillside and I\nwould like to talk to you.\nThanks!"
    assert sentences(text) == [
        (1, "Hi Ana,"),
        (2, "I am a teacher at Hillside and I would like to talk to you."),
        (4, "Thanks!"),
    ]


def test_an_all_lower_case_greeting_line_still_stands_alone():
    assert sentences("hi ana,\ni'm maya.") == [(1, "hi ana,"), (2, "i'm maya.")]


def test_list_items_are_sentences_even_in_lower_case():
    assert [t for _, t in sentences("My questions:\n- how did you start\n- what helped")] == [
        "My questions:",
        "- how did you start",
        "- what helped",
    ]


def test_a_very_long_run_on_sentence_is_cut_before_splitting():
    from coffeechat.lib.lint.text import LONGEST_BLOCK, rough_pieces

    run_on = "I " + "really " * 2000 + "want to talk"
    pieces = rough_pieces(run_on)
    assert all(len(piece) <= LONGEST_BLOCK for piece in pieces)
    assert " ".join(pieces) == run_on
    report = lint("Subject: x\n" + run_on)
    assert report.words == 2004
    assert "length" in rules(report)
