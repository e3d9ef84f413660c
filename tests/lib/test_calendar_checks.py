"""The RFC 5546 checks the other tests rely on: each finds what it should in hand-made files.

Pure tests of coffeechat.lib.calendar: no database.

Dates used (2027): the US clocks go forward on Sun 14 Mar and back on Sun 7 Nov; the UK's go
forward on Sun 28 Mar and back on Sun 31 Oct.
"""

import pytest

from coffeechat.lib.calendar import (
    check_cancel,
    check_request,
)

pytestmark = pytest.mark.usefixtures("fresh_vobject_zones")


# ----------------------------------------------------------------------------- checks


def hand_made(method: str, event_lines: list[str], *, timezones: str = "") -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//hand//made//EN",
        f"METHOD:{method}",
        *([timezones] if timezones else []),
        "BEGIN:VEVENT",
        *event_lines,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


GOOD_EVENT = [
    "UID:x@example.com",
    "SEQUENCE:0",
    "DTSTAMP:20270301T090000Z",
    "DTSTART:20270323T190000Z",
    "DTEND:20270323T193000Z",
    "SUMMARY:Chat",
    "ORGANIZER;CN=Sam:mailto:sam@example.com",
    "ATTENDEE;RSVP=TRUE:mailto:priya@example.org",
]


def without(name: str) -> list[str]:
    return [line for line in GOOD_EVENT if not line.startswith(name)]


def test_a_hand_made_good_request_passes():
    assert check_request(hand_made("REQUEST", GOOD_EVENT)) == []
    assert check_cancel(hand_made("CANCEL", [*GOOD_EVENT, "STATUS:CANCELLED"])) == []


@pytest.mark.parametrize(
    "name", ["ATTENDEE", "DTSTAMP", "DTSTART", "ORGANIZER", "SEQUENCE", "SUMMARY", "UID"]
)
def test_a_request_missing_a_required_property_is_found(name):
    problems = check_request(hand_made("REQUEST", without(name)))
    assert any(f"{name} is missing" in problem for problem in problems), problems


@pytest.mark.parametrize("name", ["ATTENDEE", "DTSTAMP", "ORGANIZER", "SEQUENCE", "UID"])
def test_a_cancel_missing_a_required_property_is_found(name):
    problems = check_cancel(hand_made("CANCEL", [*without(name), "STATUS:CANCELLED"]))
    assert any(f"{name} is missing" in problem for problem in problems), problems


def test_a_cancel_needs_no_dtstart_or_summary():
    lines = [line for line in GOOD_EVENT if not line.startswith(("DTSTART", "DTEND", "SUMMARY"))]
    assert check_cancel(hand_made("CANCEL", [*lines, "STATUS:CANCELLED"])) == []


def test_a_cancel_without_status_cancelled_is_found():
    problems = check_cancel(hand_made("CANCEL", [*GOOD_EVENT, "STATUS:CONFIRMED"]))
    assert any("STATUS is not CANCELLED" in problem for problem in problems)


def test_dtend_and_duration_together_are_found():
    problems = check_request(hand_made("REQUEST", [*GOOD_EVENT, "DURATION:PT30M"]))
    assert any("both DTEND and DURATION" in problem for problem in problems)


def test_a_tzid_without_its_vtimezone_is_found():
    lines = [
        *without("DTSTART"),
        "DTSTART;TZID=Europe/London:20270323T190000",
    ]
    lines = [line for line in lines if not line.startswith("DTEND")]
    problems = check_request(hand_made("REQUEST", lines))
    assert problems == ["TZID Europe/London is used but there is no VTIMEZONE for it."]


def test_a_vtimezone_that_starts_after_the_event_is_found():
    vtimezone = "\r\n".join(
        [
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:STANDARD",
            "DTSTART:20300101T000000",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0000",
            "END:STANDARD",
            "END:VTIMEZONE",
        ]
    )
    lines = [line for line in without("DTSTART") if not line.startswith("DTEND")]
    lines.append("DTSTART;TZID=Europe/London:20270323T190000")
    problems = check_request(hand_made("REQUEST", lines, timezones=vtimezone))
    assert any("does not cover DTSTART" in problem for problem in problems), problems


@pytest.mark.parametrize(
    "stamp", ["DTSTAMP:20270301T090000", "DTSTAMP;TZID=Europe/London:20270301T090000"]
)
def test_a_dtstamp_not_in_utc_is_found(stamp):
    problems = check_request(hand_made("REQUEST", [*without("DTSTAMP"), stamp]))
    assert any("DTSTAMP is not in UTC" in problem for problem in problems), problems


def test_an_organizer_that_is_not_an_email_address_is_found():
    lines = [*without("ORGANIZER"), "ORGANIZER:https://example.com/sam"]
    problems = check_request(hand_made("REQUEST", lines))
    assert any("ORGANIZER is not a mailto:" in problem for problem in problems)


def test_an_end_before_the_start_is_found():
    lines = [*without("DTEND"), "DTEND:20270323T180000Z"]
    assert any(
        "DTEND is not after DTSTART" in p for p in check_request(hand_made("REQUEST", lines))
    )


def test_a_missing_method_version_or_prodid_is_found():
    data = hand_made("REQUEST", GOOD_EVENT).replace(b"METHOD:REQUEST\r\n", b"")
    data = data.replace(b"VERSION:2.0\r\n", b"").replace(b"PRODID:-//hand//made//EN\r\n", b"")
    problems = check_request(data)
    assert any("METHOD is missing" in p for p in problems)
    assert any("VERSION" in p for p in problems)
    assert any("PRODID" in p for p in problems)


def test_garbage_is_reported_not_raised():
    assert check_request(b"this is not a calendar") != []
    assert check_cancel(b"") != []
