"""Invitations: what a REQUEST or CANCEL file holds, read back by two parsers; reschedules and cancellation keep the UID and raise the SEQUENCE; the feed.

Pure tests of coffeechat.lib.calendar: no database.

Dates used (2027): the US clocks go forward on Sun 14 Mar and back on Sun 7 Nov; the UK's go
forward on Sun 28 Mar and back on Sun 31 Oct.
"""

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from coffeechat.lib.calendar import (
    cancel_ics,
    check_cancel,
    check_request,
    feed_ics,
    new_uid,
    request_ics,
)
from tests.lib.calendar_support import (
    AUCKLAND,
    KOLKATA,
    LONDON,
    LORD_HOWE,
    NEW_YORK,
    SAO_PAULO,
    STAMP,
    assert_parsers_agree,
    make_invite,
    read_both,
    the_event,
    unfolded_lines,
)

pytestmark = pytest.mark.usefixtures("fresh_vobject_zones")


# ------------------------------------------------------------------------ invitations


def test_an_invitation_has_every_property_rfc_5546_requires_for_a_request():
    data = request_ics(make_invite())
    assert check_request(data) == []
    ical = icalendar.Calendar.from_ical(data)
    assert str(ical["METHOD"]) == "REQUEST"
    assert str(ical["VERSION"]) == "2.0"
    assert str(ical["PRODID"])
    (event,) = ical.walk("VEVENT")
    for name in ("ATTENDEE", "DTSTAMP", "DTSTART", "DTEND", "ORGANIZER", "SEQUENCE", "SUMMARY"):
        assert name in event, name
    assert "DURATION" not in event


def test_the_invitation_text_is_as_rfc_5545_spells_it():
    lines = unfolded_lines(request_ics(make_invite()))
    assert "METHOD:REQUEST" in lines
    assert "DTSTART;TZID=America/New_York:20270323T150000" in lines
    assert "DTEND;TZID=America/New_York:20270323T153000" in lines
    assert "DTSTAMP:20270301T090000Z" in lines
    assert "UID:chat-1@coffeechat.test" in lines
    assert "SEQUENCE:0" in lines
    assert 'ORGANIZER;CN="Sam Taylor":mailto:sam@example.com' in lines
    (attendee,) = [line for line in lines if line.startswith("ATTENDEE")]
    assert attendee.endswith(":mailto:priya@example.org")
    for param in ('CN="Priya Rao"', "RSVP=TRUE", "ROLE=REQ-PARTICIPANT", "PARTSTAT=NEEDS-ACTION"):
        assert param in attendee
    assert "LOCATION:Phone: +44 20 7946 0000" in lines


def test_the_file_has_crlf_line_endings_and_folds_long_lines():
    data = request_ics(make_invite(description="A long note. " * 30))
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    event, vevent = the_event(data)
    assert str(event["DESCRIPTION"]) == vevent.description.value == ("A long note. " * 30).strip()


def test_the_dtstamp_is_written_in_utc_whatever_zone_it_was_given_in():
    data = request_ics(make_invite(stamp=datetime(2027, 3, 1, 4, 0, tzinfo=NEW_YORK)))
    assert "DTSTAMP:20270301T090000Z" in unfolded_lines(data)


def test_there_is_one_vtimezone_for_the_zone_used_and_it_comes_first():
    data = request_ics(make_invite())
    ical = icalendar.Calendar.from_ical(data)
    assert [tz.tz_name for tz in ical.timezones] == ["America/New_York"]
    assert ical.get_missing_tzids() == set()
    names = [c.name for c in ical.subcomponents]
    assert names.index("VTIMEZONE") < names.index("VEVENT")


CASES = [
    (NEW_YORK, datetime(2027, 3, 23, 15, 0)),  # US summer time, UK not yet
    (LONDON, datetime(2027, 3, 28, 2, 0)),  # first minute after the gap
    (NEW_YORK, datetime(2027, 11, 7, 2, 0)),  # just after New York's repeated hour
    (LONDON, datetime(2027, 12, 24, 9, 0)),
    (AUCKLAND, datetime(2027, 1, 13, 9, 0)),  # southern summer
    (AUCKLAND, datetime(2027, 7, 14, 7, 0)),
    (KOLKATA, datetime(2027, 6, 1, 17, 30)),
    (SAO_PAULO, datetime(2027, 2, 10, 10, 0)),
    (LORD_HOWE, datetime(2027, 10, 3, 2, 30)),
    (ZoneInfo("Asia/Kathmandu"), datetime(2027, 5, 5, 5, 45)),
    (ZoneInfo("America/St_Johns"), datetime(2027, 11, 1, 12, 0)),
]
WRITTEN_IN_UTC = [
    (LONDON, datetime(2027, 10, 31, 0, 59)),  # ends inside the repeated hour
    (LONDON, datetime(2027, 10, 31, 1, 30)),  # inside it (first pass)
    (NEW_YORK, datetime(2027, 11, 7, 1, 0)),
]


@pytest.mark.parametrize(
    ("zone", "wall"),
    CASES + WRITTEN_IN_UTC,
    ids=[f"{z.key}-{w:%m%d%H%M}" for z, w in CASES + WRITTEN_IN_UTC],
)
def test_both_parsers_read_back_the_instant_uid_and_sequence_put_in(zone, wall):
    start = wall.replace(tzinfo=zone)
    data = request_ics(make_invite(start=start, sequence=2))
    assert check_request(data) == []
    assert_parsers_agree(data, start.astimezone(UTC), "chat-1@coffeechat.test", 2)
    event, vevent = the_event(data)
    end = start.astimezone(UTC) + timedelta(minutes=30)
    assert event.decoded("DTEND").astimezone(UTC) == end
    assert vevent.dtend.value.astimezone(UTC) == end


@pytest.mark.parametrize(("zone", "wall"), CASES, ids=[f"{z.key}-{w:%m%d%H%M}" for z, w in CASES])
def test_the_vtimezone_alone_gives_the_right_offsets(zone, wall):
    """Read the VTIMEZONE's STANDARD/DAYLIGHT rules, not the parser's own copy of the zone."""
    start = wall.replace(tzinfo=zone)
    data = request_ics(make_invite(start=start))
    ical, vobj = read_both(data)
    from_ical = ical.timezones[0].to_tz(lookup_tzid=False)
    from_vobject = vobj.vtimezone.gettzinfo()
    for moment in (start, start.astimezone(UTC) + timedelta(minutes=30)):
        local = moment.astimezone(zone).replace(tzinfo=None)
        for tz in (from_ical, from_vobject):
            assert local.replace(tzinfo=tz).astimezone(UTC) == moment.astimezone(UTC), tz


def test_a_chat_that_spans_the_clock_change_ends_at_the_right_instant():
    # 00:30 GMT + 90 minutes = 02:00 UTC = 03:00 BST, not 02:00 as wall-clock sums would say.
    start = datetime(2027, 3, 28, 0, 30, tzinfo=LONDON)
    data = request_ics(make_invite(start=start, minutes=90))
    assert "DTEND;TZID=Europe/London:20270328T030000" in unfolded_lines(data)
    event, vevent = the_event(data)
    assert vevent.dtend.value.astimezone(UTC) == datetime(2027, 3, 28, 2, 0, tzinfo=UTC)
    assert event.decoded("DTEND").astimezone(UTC) == datetime(2027, 3, 28, 2, 0, tzinfo=UTC)


def test_a_start_in_the_second_pass_of_the_repeated_hour_is_written_in_utc():
    # 01:30 GMT, the second 01:30 that night; with a TZID RFC 5545 would read the first (BST).
    second = datetime(2027, 10, 31, 1, 30, tzinfo=LONDON, fold=1)
    data = request_ics(make_invite(start=second))
    lines = unfolded_lines(data)
    assert "DTSTART:20271031T013000Z" in lines
    assert "DTEND:20271031T020000Z" in lines
    assert check_request(data) == []
    assert_parsers_agree(
        data, datetime(2027, 10, 31, 1, 30, tzinfo=UTC), "chat-1@coffeechat.test", 0
    )


def test_a_start_in_the_first_pass_of_the_repeated_hour_is_written_in_utc_too():
    # RFC 5545 says a TZID time in the repeated hour means the first pass, but vobject (pytz)
    # reads the second: UTC leaves no room for disagreement.
    first = datetime(2027, 10, 31, 1, 0, tzinfo=LONDON)  # fold=0: BST
    data = request_ics(make_invite(start=first, minutes=30))
    assert "DTSTART:20271031T000000Z" in unfolded_lines(data)
    assert "DTEND:20271031T003000Z" in unfolded_lines(data)
    assert_parsers_agree(
        data, datetime(2027, 10, 31, 0, 0, tzinfo=UTC), "chat-1@coffeechat.test", 0
    )


def test_a_chat_ending_in_the_repeated_hour_is_written_in_utc():
    start = datetime(2027, 10, 31, 0, 45, tzinfo=LONDON)  # ends 01:15, first pass
    data = request_ics(make_invite(start=start, minutes=30))
    assert "DTSTART:20271030T234500Z" in unfolded_lines(data)
    assert check_request(data) == []
    event, vevent = the_event(data)
    end = datetime(2027, 10, 31, 0, 15, tzinfo=UTC)
    assert event.decoded("DTEND").astimezone(UTC) == vevent.dtend.value.astimezone(UTC) == end


def test_a_chat_just_after_the_repeated_hour_keeps_its_tzid():
    start = datetime(2027, 10, 31, 2, 0, tzinfo=LONDON)
    data = request_ics(make_invite(start=start))
    assert "DTSTART;TZID=Europe/London:20271031T020000" in unfolded_lines(data)
    assert_parsers_agree(
        data, datetime(2027, 10, 31, 2, 0, tzinfo=UTC), "chat-1@coffeechat.test", 0
    )


@pytest.mark.parametrize("zone", [UTC, ZoneInfo("UTC"), ZoneInfo("Etc/UTC")])
def test_a_start_in_utc_is_written_with_z_and_needs_no_vtimezone(zone):
    start = datetime(2027, 6, 1, 12, 0, tzinfo=zone)
    data = request_ics(make_invite(start=start))
    assert "DTSTART:20270601T120000Z" in unfolded_lines(data)
    assert b"VTIMEZONE" not in data
    assert check_request(data) == []
    assert_parsers_agree(data, datetime(2027, 6, 1, 12, tzinfo=UTC), "chat-1@coffeechat.test", 0)


def test_a_reminder_fifteen_minutes_before_by_default():
    event, vevent = the_event(request_ics(make_invite()))
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-15)
    assert str(alarm["DESCRIPTION"]) == "Coffee chat with Priya"
    assert vevent.valarm.trigger.value == timedelta(minutes=-15)
    assert "TRIGGER:-PT15M" in unfolded_lines(request_ics(make_invite()))


def test_the_reminder_time_can_be_chosen():
    data = request_ics(make_invite(alarm_minutes=60))
    assert "TRIGGER:-PT1H" in unfolded_lines(data)
    with pytest.raises(ValueError, match="reminder"):
        request_ics(make_invite(alarm_minutes=-5))


@pytest.mark.parametrize(
    "place",
    [
        "Phone: +1 212 555 0100",
        "https://meet.example.com/abc-defg-hij",
        "Café Nero, 12 Rua Augusta",
    ],
)
def test_the_location_holds_the_place_number_or_link(place):
    event, vevent = the_event(request_ics(make_invite(location=place)))
    assert str(event["LOCATION"]) == vevent.location.value == place


def test_no_location_property_when_there_is_no_place():
    assert b"LOCATION" not in request_ics(make_invite(location=""))


def test_non_ascii_names_and_places_round_trip_in_both_parsers():
    invite = make_invite(
        summary="Coffee chat with Zoë",
        organizer_name="José Álvarez",
        attendee_name="Zoë Ñúñez",
        attendee_email="zoe@example.org",
        location="Café Nero, São Paulo",
        description="Zoë suggested Café Nero; ☕ at the corner of Rua Oscar Freire.",
        start=datetime(2027, 2, 10, 10, 0, tzinfo=SAO_PAULO),
    )
    data = request_ics(invite)
    assert check_request(data) == []
    event, vevent = the_event(data)
    assert str(event["SUMMARY"]) == vevent.summary.value == "Coffee chat with Zoë"
    assert str(event["LOCATION"]) == vevent.location.value == "Café Nero, São Paulo"
    assert str(event["DESCRIPTION"]) == vevent.description.value == invite.description
    assert event["ORGANIZER"].params["CN"] == vevent.organizer.params["CN"][0] == "José Álvarez"
    assert event["ATTENDEE"].params["CN"] == vevent.attendee.params["CN"][0] == "Zoë Ñúñez"


def test_names_with_commas_and_quotes_stay_one_parameter():
    data = request_ics(make_invite(attendee_name='Rao, Priya "PR"', organizer_name="O'Neil; Sam"))
    event, vevent = the_event(data)
    assert event["ATTENDEE"].params["CN"] == vevent.attendee.params["CN"][0] == "Rao, Priya 'PR'"
    assert event["ORGANIZER"].params["CN"] == vevent.organizer.params["CN"][0] == "O'Neil; Sam"
    assert str(event["ATTENDEE"]) == vevent.attendee.value == "mailto:priya@example.org"


def test_without_the_users_email_there_is_no_invitation():
    with pytest.raises(ValueError) as error:
        request_ics(make_invite(organizer_email=""))
    assert "your e-mail address" in str(error.value)
    assert "organizer" in str(error.value)


def test_without_the_contacts_email_the_message_names_the_contact():
    with pytest.raises(ValueError) as error:
        cancel_ics(make_invite(attendee_email="  "))
    assert "Priya Rao’s e-mail address" in str(error.value)


def test_a_malformed_email_is_refused():
    with pytest.raises(ValueError, match="not an e-mail address"):
        request_ics(make_invite(attendee_email="priya at example"))


def test_a_mailto_prefix_is_not_doubled():
    data = request_ics(make_invite(organizer_email="MAILTO:sam@example.com"))
    assert str(icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["ORGANIZER"]) == (
        "mailto:sam@example.com"
    )


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"start": datetime(2027, 3, 23, 15, 0)}, "aware"),
        ({"minutes": 0}, "minute"),
        ({"sequence": -1}, "SEQUENCE"),
        ({"uid": " "}, "UID"),
        ({"stamp": datetime(2027, 3, 1)}, "DTSTAMP"),
    ],
)
def test_an_unusable_invite_is_refused(changes, words):
    with pytest.raises(ValueError, match=words):
        request_ics(make_invite(**changes))


def test_a_missing_stamp_defaults_to_now_in_utc():
    before = datetime.now(UTC).replace(microsecond=0)
    event, _ = the_event(request_ics(make_invite(stamp=None)))
    assert before <= event.decoded("DTSTAMP") <= datetime.now(UTC)


def test_uids_are_random_and_carry_a_domain():
    uids = {new_uid() for _ in range(50)}
    assert len(uids) == 50
    assert all(re.fullmatch(r"[0-9a-f-]{36}@coffeechat\.invalid", uid) for uid in uids)
    assert new_uid("chats.example.com").endswith("@chats.example.com")


# ------------------------------------------------------------ reschedules, cancellation


def test_three_reschedules_keep_the_uid_and_raise_the_sequence_each_time():
    uid = new_uid()
    starts = [
        datetime(2027, 3, 23, 15, 0, tzinfo=NEW_YORK),
        datetime(2027, 3, 25, 9, 30, tzinfo=NEW_YORK),
        datetime(2027, 3, 29, 20, 0, tzinfo=LONDON),  # moved into the contact's zone
        datetime(2027, 4, 2, 12, 0, tzinfo=UTC),
    ]
    seen = []
    for sequence, start in enumerate(starts):
        data = request_ics(make_invite(uid=uid, sequence=sequence, start=start))
        assert check_request(data) == []
        assert_parsers_agree(data, start.astimezone(UTC), uid, sequence)
        event, _ = the_event(data)
        seen.append((str(event["UID"]), int(event["SEQUENCE"])))
    assert seen == [(uid, 0), (uid, 1), (uid, 2), (uid, 3)]


def test_a_cancellation_after_two_reschedules():
    uid = new_uid()
    invite = make_invite(uid=uid, sequence=2, start=datetime(2027, 3, 29, 20, 0, tzinfo=LONDON))
    data = cancel_ics(dataclasses.replace(invite, sequence=3, stamp=STAMP + timedelta(days=1)))
    assert check_cancel(data) == []
    ical, vobj = read_both(data)
    assert str(ical["METHOD"]) == vobj.method.value == "CANCEL"
    event = ical.walk("VEVENT")[0]
    assert str(event["STATUS"]) == vobj.vevent.status.value == "CANCELLED"
    assert_parsers_agree(data, datetime(2027, 3, 29, 19, 0, tzinfo=UTC), uid, 3)
    assert "ATTENDEE" in event and "ORGANIZER" in event
    assert not event.walk("VALARM")  # nothing to remind anyone of


def test_a_cancellation_is_not_a_valid_request_and_a_request_not_a_valid_cancellation():
    request = request_ics(make_invite())
    cancel = cancel_ics(make_invite(sequence=1))
    assert any("METHOD" in problem for problem in check_request(cancel))
    assert any("CANCELLED" in problem for problem in check_request(cancel))
    assert any("METHOD" in problem for problem in check_cancel(request))
    assert any("STATUS" in problem for problem in check_cancel(request))


# ------------------------------------------------------------------------------- feed


def test_a_feed_of_chats_in_several_zones_has_one_vtimezone_per_zone_used():
    invites = [
        make_invite(uid="a@x", sequence=0, start=datetime(2027, 3, 23, 15, 0, tzinfo=NEW_YORK)),
        make_invite(uid="b@x", sequence=2, start=datetime(2027, 3, 24, 9, 0, tzinfo=LONDON)),
        make_invite(uid="c@x", sequence=1, start=datetime(2027, 3, 25, 18, 0, tzinfo=KOLKATA)),
        make_invite(uid="d@x", sequence=0, start=datetime(2027, 4, 12, 10, 0, tzinfo=LONDON)),
        make_invite(uid="e@x", sequence=0, start=datetime(2027, 4, 13, 8, 0, tzinfo=AUCKLAND)),
        make_invite(uid="f@x", sequence=4, start=datetime(2027, 4, 14, 12, 0, tzinfo=UTC)),
        make_invite(uid="g@x", sequence=0, start=datetime(2028, 1, 5, 12, 0, tzinfo=NEW_YORK)),
    ]
    data = feed_ics(invites, name="Coffee chats — Zoë", stamp=STAMP)
    ical, vobj = read_both(data)
    assert str(ical["METHOD"]) == "PUBLISH"
    assert str(ical["X-WR-CALNAME"]) == vobj.x_wr_calname.value == "Coffee chats — Zoë"
    tzids = sorted(tz.tz_name for tz in ical.timezones)
    assert tzids == ["America/New_York", "Asia/Kolkata", "Europe/London", "Pacific/Auckland"]
    assert data.count(b"BEGIN:VTIMEZONE") == 4
    assert ical.get_missing_tzids() == set()
    by_uid = {str(e["UID"]): e for e in ical.walk("VEVENT")}
    v_by_uid = {e.uid.value: e for e in vobj.vevent_list}
    assert set(by_uid) == set(v_by_uid) == {i.uid for i in invites}
    for invite in invites:
        event, vevent = by_uid[invite.uid], v_by_uid[invite.uid]
        assert int(event["SEQUENCE"]) == int(vevent.sequence.value) == invite.sequence
        assert event.decoded("DTSTART").astimezone(UTC) == invite.start.astimezone(UTC)
        assert vevent.dtstart.value.astimezone(UTC) == invite.start.astimezone(UTC)
        assert "ATTENDEE" not in event  # RFC 5546 §3.2.1: none in a PUBLISH
        assert "ORGANIZER" in event
        assert event.decoded("DTSTAMP") == STAMP


def test_feed_events_are_in_time_order_with_their_zones():
    invites = [
        make_invite(uid="late@x", start=datetime(2027, 4, 1, 9, 0, tzinfo=LONDON)),
        make_invite(uid="early@x", start=datetime(2027, 3, 1, 9, 0, tzinfo=NEW_YORK)),
    ]
    data = feed_ics(invites, name="Chats", stamp=STAMP)
    ical = icalendar.Calendar.from_ical(data)
    assert [str(e["UID"]) for e in ical.walk("VEVENT")] == ["early@x", "late@x"]
    lines = unfolded_lines(data)
    assert "DTSTART;TZID=America/New_York:20270301T090000" in lines
    assert "DTSTART;TZID=Europe/London:20270401T090000" in lines


def test_a_feed_needs_neither_email_address():
    data = feed_ics([make_invite(attendee_email="", organizer_email="")], name="Chats", stamp=STAMP)
    event, vevent = the_event(data)
    assert "ORGANIZER" not in event
    assert vevent.uid.value == "chat-1@coffeechat.test"


def test_an_empty_feed_is_still_a_calendar():
    data = feed_ics([], name="Chats", stamp=STAMP)
    ical, vobj = read_both(data)
    assert ical.walk("VEVENT") == []
    assert vobj.x_wr_calname.value == "Chats"
