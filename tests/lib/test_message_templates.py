"""The built-in message templates and how they are filled: pure, no database.

Every kind is filled from a full record (everything known) and from a minimal one
(only the contact's name): neither may leave a placeholder, a bracket or a gap, and
both must follow the guidelines of a good message.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from coffeechat.lib.calendar import zone_label
from coffeechat.lib.message_templates import (
    DEFAULTS,
    KINDS,
    Template,
    connection_phrase,
    fill,
    fill_template,
    in_sentence,
    problems,
    template_values,
    when_text,
)

CHAT_TIME = datetime(2026, 11, 10, 14, 0, tzinfo=ZoneInfo("Europe/London"))

FULL = template_values(
    first_name="Ana",
    my_name="Maya Patel",
    connection="Both did PhDs at Leeds",
    referrer="Ben Okafor",
    organization="Meridian Labs",
    target="Science policy",
    when=CHAT_TIME,
    zone_name="America/New_York",
    duration_minutes=20,
    event="Chem Careers Fair",
    suggestion="Thinking in Systems",
)
MINIMAL = template_values(first_name="Ana")
RECORDS = {"full": FULL, "minimal": MINIMAL}

# What must never be asked for in these messages.
JOB_ASK = re.compile(r"\b(job|jobs|position|opening|vacanc\w*|hiring|cv|resume|refer me)\b", re.I)
ASKING_KINDS = ("request", "linkedin_note", "follow_up", "event_follow_up")


def filled(kind: str, record: str):
    return fill_template(DEFAULTS[kind], RECORDS[record])


def test_every_kind_of_message_has_a_built_in_template():
    assert (
        set(DEFAULTS)
        == set(KINDS)
        == {
            "request",
            "linkedin_note",
            "follow_up",
            "confirmation",
            "reschedule",
            "cancellation",
            "thank_you",
            "keep_in_touch",
            "event_follow_up",
        }
    )


@pytest.mark.parametrize("record", RECORDS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_filled_template_leaves_no_placeholder_bracket_or_gap(kind, record):
    message = filled(kind, record)
    for text in (message.subject, message.body):
        assert not re.search(r"[{}\[\]|]", text), text
        assert "  " not in text
        assert not re.search(r" [.,;:?!]", text), text
        assert "\n\n\n" not in text
        assert text == text.strip()
        assert not re.search(r"\n[ \t]", text)
    assert message.body.startswith(("Dear Ana,\n", "Hi Ana,\n"))


@pytest.mark.parametrize("record", RECORDS)
@pytest.mark.parametrize("kind", KINDS)
def test_no_template_asks_for_a_job(kind, record):
    message = filled(kind, record)
    assert not JOB_ASK.search(message.subject + " " + message.body)


@pytest.mark.parametrize("record", RECORDS)
@pytest.mark.parametrize("kind", ASKING_KINDS)
def test_a_message_asking_for_a_chat_asks_for_15_to_20_minutes_as_a_question(kind, record):
    body = filled(kind, record).body
    ask = next(s for s in re.split(r"(?<=[.?!])\s+", body) if "15" in s)
    assert re.search(r"15 ?(to|–|-) ?20 minutes", ask)
    assert ask.endswith("?")
    assert re.search(r"phone|call", ask) and "coffee" in ask


@pytest.mark.parametrize("record", RECORDS)
@pytest.mark.parametrize("kind", ["request", "linkedin_note", "event_follow_up"])
def test_a_request_thanks_them_in_advance(kind, record):
    assert re.search(r"thanks? (you )?in advance", filled(kind, record).body, re.I)


@pytest.mark.parametrize("record", RECORDS)
def test_a_request_e_mail_stays_under_100_words(record):
    message = filled("request", record)
    assert len(message.body.split()) < 100


@pytest.mark.parametrize("record", RECORDS)
def test_a_linkedin_note_stays_under_300_characters_and_has_no_subject(record):
    message = filled("linkedin_note", record)
    assert len(message.body) < 300
    assert message.subject == ""


def test_a_request_puts_what_connects_you_before_who_you_are():
    body = filled("request", "full").body
    assert body.index("Ben Okafor suggested I get in touch") < body.index("My name is Maya Patel")
    assert body.index("something in common: both did PhDs at Leeds.") < body.index("My name")
    assert "I am exploring science policy" in body
    assert "from Meridian Labs" in body
    assert body.endswith("Best wishes,\nMaya Patel")
    assert filled("request", "full").subject == "A short chat about science policy?"


def test_a_request_to_someone_with_nothing_known_still_reads_well():
    message = filled("request", "minimal")
    assert message.subject == "A short chat?"
    assert message.body.split("\n\n")[:2] == [
        "Dear Ana,",
        "I am writing to ask for your advice. "
        "I would love to hear about the path that led you to your work.",
    ]
    assert message.body.endswith("Best wishes,")


def test_a_linkedin_note_names_the_referrer_first_else_the_connection():
    assert filled("linkedin_note", "full").body.startswith(
        "Hi Ana,\nI am Maya Patel. Ben Okafor suggested I reach out."
    )
    without_referrer = template_values(first_name="Ana", connection="Leeds alumni")
    note = fill_template(DEFAULTS["linkedin_note"], without_referrer).body
    assert note.startswith("Hi Ana,\nWe share a link: Leeds alumni.")
    assert note.endswith("Thanks in advance!")
    assert filled("linkedin_note", "full").body.endswith("Thanks in advance, Maya")


def test_a_confirmation_gives_the_agreed_time_in_the_contacts_zone_with_the_zone_named():
    message = filled("confirmation", "full")
    assert "Tuesday 10 November at 09:00 New York time" in message.body
    assert "I will keep it to 20 minutes." in message.body
    assert message.subject == "Confirming our chat: Tuesday 10 November at 09:00 New York time"
    assert filled("confirmation", "minimal").subject == "Confirming our chat"


def test_a_cancellation_without_a_time_just_cancels_the_chat():
    assert "I need to cancel our chat. Thank you" in filled("cancellation", "minimal").body
    assert "cancel our chat on Tuesday 10 November" in filled("cancellation", "full").body


def test_a_thank_you_names_something_specific_when_it_is_known():
    assert "Your suggestion of Thinking in Systems" in filled("thank_you", "full").body
    assert "talk with me about science policy." in filled("thank_you", "full").body
    assert "Your advice has helped me" in filled("thank_you", "minimal").body


def test_an_event_follow_up_names_the_event():
    assert (
        filled("event_follow_up", "full")
        .body.split("\n\n")[1]
        .startswith("It was good to meet you at Chem Careers Fair.")
    )
    assert filled("event_follow_up", "full").subject == "Good to meet you at Chem Careers Fair"
    assert "met you recently" not in filled("event_follow_up", "full").body
    assert "It was good to meet you recently." in filled("event_follow_up", "minimal").body


# ------------------------------------------------------------------ the fill rules


def test_an_optional_part_appears_only_when_its_placeholders_have_values():
    text = "Hello.[ {referrer} sent me.] Bye."
    assert fill(text, {"referrer": "Ben"}) == "Hello. Ben sent me. Bye."
    assert fill(text, {}) == "Hello. Bye."
    assert fill(text, {"referrer": "   "}) == "Hello. Bye."


def test_the_first_choice_with_every_value_is_used():
    text = "[{referrer} sent me.|We met at {event}.|Hello.]"
    assert fill(text, {"referrer": "Ben", "event": "a fair"}) == "Ben sent me."
    assert fill(text, {"event": "a fair"}) == "We met at a fair."
    assert fill(text, {}) == "Hello."


def test_brackets_without_a_placeholder_are_ordinary_text():
    assert fill("See [link] and [a|b].", {}) == "See [link] and [a|b]."


def test_a_placeholder_outside_brackets_without_a_value_leaves_no_double_space():
    assert fill("Dear {first_name} {my_name},", {"first_name": "Ana"}) == "Dear Ana,"
    assert fill("Line one\n\n[{event}]\n\nLine two", {}) == "Line one\n\nLine two"


def test_an_unknown_placeholder_is_left_as_written_and_named_as_a_problem():
    assert fill("Hi {nickname}", {"nickname": "Ana"}) == "Hi {nickname}"
    assert problems("Hi {nickname} and {conection}") == [
        "{conection}, {nickname} are not placeholders. Use one of: {first_name}, {my_name}, "
        "{my_first_name}, {connection}, {referrer}, {organization}, {target}, {when}, "
        "{duration}, {event}, {suggestion}, {slots}, {specifics}, {introduced}."
    ]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[one [two] three]", "Optional parts in [square brackets] cannot hold other brackets."),
        ("one] two", "A “]” closes an optional part that was never opened with “[”."),
        ("[one {event}", "An optional part opened with “[” is never closed with “]”."),
    ],
)
def test_unbalanced_brackets_are_named_as_a_problem(text, problem):
    assert problems(text) == [problem]


@pytest.mark.parametrize("kind", KINDS)
def test_the_built_in_templates_have_no_problems(kind):
    assert problems(DEFAULTS[kind].subject) == problems(DEFAULTS[kind].body) == []


def test_values_are_read_only_for_the_placeholders_used():
    class Counting(dict):
        asked: list[str] = []

        def get(self, key, default=None):
            self.asked.append(key)
            return super().get(key, default)

    values = Counting(first_name="Ana")
    fill_template(Template("Hi", "Dear {first_name}, [{event}]"), values)
    assert sorted(set(values.asked)) == ["event", "first_name"]


# ------------------------------------------------------------------ values from records


@pytest.mark.parametrize(
    ("name", "proper", "expected"),
    [
        ("Science policy", False, "science policy"),
        ("UX research", False, "UX research"),
        ("Data Science", False, "Data Science"),
        ("Meridian Labs", True, "Meridian Labs"),
        ("Consulting", False, "consulting"),
        ("  ", False, ""),
    ],
)
def test_a_target_reads_naturally_in_the_middle_of_a_sentence(name, proper, expected):
    assert in_sentence(name, proper=proper) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Both did PhDs at Leeds", "both did PhDs at Leeds"),
        ("Leeds alumni.", "Leeds alumni"),
        ("Fellow members of the RSC", "fellow members of the RSC"),
        ("I met her at a fair", "I met her at a fair"),
        ("Met at the RSC careers fair", "we met at the RSC careers fair"),
        ("Introduced by Marcus Bell; ex-Brightwater", ""),
        ("Suggested by Victoria Hale", ""),
    ],
)
def test_what_connects_you_reads_after_a_colon(typed, expected):
    assert connection_phrase(typed) == expected


@pytest.mark.parametrize(
    ("zone", "label"),
    [
        ("Europe/London", "London time"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires time"),
        ("UTC", "UTC"),
        # The message names a zone as the chat's page does (lib/calendar.zone_label); a
        # copy of its own once said "Etc/UTC" as "UTC time" and "Etc/GMT+5" as "GMT+5
        # time", which reads as five hours ahead of UTC when the zone is five behind.
        ("Etc/UTC", "UTC"),
        ("Etc/GMT+5", "UTC-05:00"),
    ],
)
def test_an_agreed_time_names_its_zone_as_the_page_does(zone, label):
    assert when_text(CHAT_TIME, zone).endswith(f" {label}")
    assert zone_label(ZoneInfo(zone)) == label


def test_an_agreed_time_is_shown_in_the_zone_given():
    assert when_text(CHAT_TIME, "Europe/London") == "Tuesday 10 November at 14:00 London time"
    assert (
        when_text(CHAT_TIME, "Pacific/Auckland") == "Wednesday 11 November at 03:00 Auckland time"
    )


def test_my_first_name_comes_from_my_name():
    assert FULL["my_first_name"] == "Maya"
    assert MINIMAL["my_first_name"] == "" and MINIMAL["when"] == "" and MINIMAL["duration"] == ""


@pytest.mark.parametrize(
    ("connection", "expected"),
    [
        (
            "Met at the RSC careers fair",
            "We have something in common: we met at the RSC careers fair.",
        ),
        ("Introduced by Marcus Bell", None),
        ("", None),
    ],
)
def test_the_request_says_what_you_share_in_a_sentence_that_reads(connection, expected):
    from coffeechat.lib.message_templates import DEFAULTS, fill_template

    values = {"first_name": "Ana", "my_name": "Maya", "connection": connection_phrase(connection)}
    body = fill_template(DEFAULTS["request"], values).body
    if expected is None:
        assert "in common" not in body
    else:
        assert expected in body
