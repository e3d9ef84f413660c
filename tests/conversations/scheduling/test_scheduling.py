"""Scheduling services: agreed times in two zones, reschedules, cancellation, invitations.

Every invitation is read by two independent parsers (icalendar and vobject) and passes
the RFC 5546 checks of coffeechat.lib.calendar.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from coffeechat import factories
from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Reschedule, StatusChange
from coffeechat.conversations.scheduling import (
    SchedulingProblem,
    cancel_chat,
    invitation_ics,
    invite_for,
    reschedules_for,
    schedule_chat,
)
from coffeechat.conversations.services import (
    get_conversation_for,
    move_conversation,
    notes_for,
    start_conversation,
)
from coffeechat.lib.calendar import (
    NonexistentTime,
    PastTime,
    TimeProblem,
    check_cancel,
    check_request,
    local_to_utc,
    show_in_zones,
)
from coffeechat.lib.pipeline import MoveRefused
from coffeechat.scoping import NotFound

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")
NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)


def wall(text: str) -> datetime:
    return datetime.fromisoformat(text)


def parse_both(data: bytes):
    """The one VEVENT as icalendar and as vobject read it, and the two calendars."""
    ical = icalendar.Calendar.from_ical(data)
    (event,) = ical.walk("VEVENT")
    vcal = vobject.readOne(data.decode("utf-8"))
    return ical, event, vcal, vcal.vevent


def request_checked(data: bytes):
    assert check_request(data) == []
    ical, event, vcal, vevent = parse_both(data)
    assert str(ical["METHOD"]) == "REQUEST" and vcal.method.value == "REQUEST"
    return ical, event, vcal, vevent


def cancel_checked(data: bytes):
    assert check_cancel(data) == []
    ical, event, vcal, vevent = parse_both(data)
    assert str(ical["METHOD"]) == "CANCEL" and vcal.method.value == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED" and vevent.status.value == "CANCELLED"
    return ical, event, vcal, vevent


def as_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def requested_chat(user, contact, now=NOW):
    return factories.make_chat(user, contact, "requested", now=now)


@pytest.fixture
def chat(alice, ana):
    """Here the chat is already asked for, and time runs (no `frozen`)."""
    return requested_chat(alice, ana)


def schedule(user, chat, text, zone="America/New_York", *, now=NOW, **kwargs):
    start = local_to_utc(wall(text), ZoneInfo(zone), now=now)
    return schedule_chat(user, chat, start=start, zone=zone, now=now, **kwargs)


# ------------------------------------------------------------------ scheduling


def test_scheduling_moves_the_chat_to_scheduled_and_keeps_the_agreed_zone(alice, chat):
    chat = schedule(
        alice, chat, "2026-11-10T11:00", minutes=30, medium="video", where="https://meet.example/x"
    )
    assert chat.status == "scheduled"
    assert chat.scheduled_at == datetime(2026, 11, 10, 16, 0, tzinfo=UTC)
    assert (chat.zone, chat.duration_minutes, chat.medium, chat.where) == (
        "America/New_York",
        30,
        "video",
        "https://meet.example/x",
    )
    assert chat.calendar_sequence == 0 and chat.calendar_uid
    last = StatusChange.objects.filter(conversation=chat).last()
    assert (last.from_status, last.to_status, last.scheduled_for) == (
        "requested",
        "scheduled",
        chat.scheduled_at,
    )
    assert not reschedules_for(alice).exists()


def test_the_invitation_names_organizer_attendee_place_and_a_reminder(alice, chat):
    chat = schedule(alice, chat, "2026-11-10T11:00", medium="phone", where="+1 212 555 0100")
    data = invitation_ics(alice, chat, now=NOW)
    ical, event, vcal, vevent = request_checked(data)
    assert str(event["ORGANIZER"]) == "mailto:alice@example.org"
    assert event["ORGANIZER"].params["CN"] == "Alice Martin"
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:ana@example.com"
    assert attendee.params["RSVP"] == "TRUE"
    assert str(event["SUMMARY"]) == "Informational chat: Alice Martin and Ana Ruiz"
    assert str(event["LOCATION"]) == "+1 212 555 0100"
    assert "20-minute" in str(event["DESCRIPTION"]) and "Phone" in str(event["DESCRIPTION"])
    assert event.walk("VALARM")
    assert "DURATION" not in event and "DTEND" in event
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert {str(tz["TZID"]) for tz in ical.walk("VTIMEZONE")} == {"America/New_York"}
    assert as_utc(event.decoded("DTEND")) - as_utc(event.decoded("DTSTART")) == timedelta(
        minutes=20
    )
    assert as_utc(vevent.dtstart.value) == chat.scheduled_at
    assert event.decoded("DTSTAMP") == NOW.astimezone(UTC)


def test_the_uid_is_made_once_and_kept(alice, chat):
    chat = schedule(alice, chat, "2026-11-10T11:00")
    uid = chat.calendar_uid
    invite = invite_for(chat, get_profile(alice), now=NOW)
    assert invite.uid == uid
    assert get_conversation_for(alice, chat.pk).calendar_uid == uid


def test_a_time_in_the_past_is_refused_and_nothing_changes(alice, chat):
    with pytest.raises(PastTime, match="in the past"):
        schedule_chat(alice, chat, start=NOW - timedelta(minutes=1), zone="Europe/London", now=NOW)
    with pytest.raises(PastTime):
        schedule_chat(alice, chat, start=NOW, zone="Europe/London", now=NOW)
    assert get_conversation_for(alice, chat.pk).status == "requested"


def test_a_time_in_the_spring_gap_does_not_exist():
    with pytest.raises(NonexistentTime, match="does not exist in America/New_York"):
        local_to_utc(wall("2027-03-14T02:30"), NEW_YORK, now=NOW)


def test_an_unknown_zone_a_bad_length_or_medium_is_refused(alice, chat):
    start = datetime(2026, 11, 10, 16, tzinfo=UTC)
    with pytest.raises(TimeProblem, match="not a time zone"):
        schedule_chat(alice, chat, start=start, zone="Mars/Olympus", now=NOW)
    with pytest.raises(SchedulingProblem, match="between 5 and 240 minutes"):
        schedule_chat(alice, chat, start=start, zone="UTC", minutes=600, now=NOW)
    with pytest.raises(SchedulingProblem, match="not a medium"):
        schedule_chat(alice, chat, start=start, zone="UTC", medium="fax", now=NOW)
    assert get_conversation_for(alice, chat.pk).status == "requested"


def test_a_prospect_cannot_be_scheduled_before_the_request(alice, ana):
    prospect = start_conversation(alice, ana, now=NOW)
    with pytest.raises(MoveRefused):
        schedule(alice, prospect, "2026-11-10T11:00")


# ------------------------------------------------------------------ two zones


def test_the_week_the_clocks_changed_in_the_users_zone_but_not_the_contacts(alice):
    """New York springs forward on 14 March 2027, London only on 28 March: that week the
    two are four hours apart, not five. The user (New York) agrees 15:00 London time."""
    profile = get_profile(alice)
    profile.timezone = "America/New_York"
    profile.save()
    lena = Contact.objects.create(
        owner=alice, name="Lena Park", email="lena@example.co.uk", timezone="Europe/London"
    )
    now = datetime(2027, 3, 10, 12, tzinfo=UTC)
    chat = requested_chat(alice, lena, now=now)
    chat = schedule(alice, chat, "2027-03-16T15:00", "Europe/London", now=now)
    assert chat.scheduled_at == datetime(2027, 3, 16, 15, 0, tzinfo=UTC)
    assert show_in_zones(chat.scheduled_at, NEW_YORK, LONDON) == (
        "Tue 16 Mar 2027, 11:00 New York time (15:00 London time)"
    )
    data = invitation_ics(alice, chat, now=now)
    ical, event, vcal, vevent = request_checked(data)
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert b"DTSTART;TZID=Europe/London:20270316T150000" in data
    assert as_utc(event.decoded("DTSTART")) == chat.scheduled_at
    assert as_utc(vevent.dtstart.value) == chat.scheduled_at
    assert vevent.dtstart.value.astimezone(NEW_YORK).hour == 11
    # A week earlier the same London time was 10:00 in New York.
    earlier = local_to_utc(wall("2027-03-09T15:00"), LONDON, now=now - timedelta(days=5))
    assert earlier.astimezone(NEW_YORK).hour == 10


def test_a_user_and_a_contact_thirteen_hours_apart(alice):
    """London (UTC+0 in November) and Auckland (UTC+13 on summer time): 09:00 on Wednesday
    in Auckland is 20:00 on Tuesday in London."""
    tama = Contact.objects.create(
        owner=alice, name="Tama Ngata", email="tama@example.nz", timezone="Pacific/Auckland"
    )
    chat = requested_chat(alice, tama)
    chat = schedule(alice, chat, "2026-11-11T09:00", "Pacific/Auckland")
    assert chat.scheduled_at == datetime(2026, 11, 10, 20, 0, tzinfo=UTC)
    assert show_in_zones(chat.scheduled_at, LONDON, AUCKLAND) == (
        "Tue 10 Nov 2026, 20:00 London time (09:00 Wed 11 Nov Auckland time)"
    )
    ical, event, vcal, vevent = request_checked(invitation_ics(alice, chat, now=NOW))
    assert event["DTSTART"].params["TZID"] == "Pacific/Auckland"
    assert event.decoded("DTSTART").replace(tzinfo=None) == wall("2026-11-11T09:00")
    for start in (event.decoded("DTSTART"), vevent.dtstart.value):
        assert start.astimezone(LONDON).replace(tzinfo=None) == wall("2026-11-10T20:00")
        assert start.utcoffset() == timedelta(hours=13)


# ------------------------------------------------------------------ reschedules


def test_three_reschedules_raise_the_sequence_and_keep_the_uid(alice, chat):
    chat = schedule(alice, chat, "2026-11-10T11:00")
    sequences, uids, starts = [], set(), []

    def look():
        data = invitation_ics(alice, chat, now=NOW)
        ical, event, vcal, vevent = request_checked(data)
        assert int(event["SEQUENCE"]) == int(vevent.sequence.value)
        sequences.append(int(event["SEQUENCE"]))
        uids.update({str(event["UID"]), vevent.uid.value})
        starts.append(as_utc(vevent.dtstart.value))

    look()
    for text, asked_by in (
        ("2026-11-11T11:00", "them"),
        ("2026-11-12T14:30", "me"),
        ("2026-11-16T09:00", "them"),
    ):
        chat = schedule(alice, chat, text, asked_by=asked_by, reason="A clash")
        assert chat.status == "scheduled"
        look()
    assert sequences == [0, 1, 2, 3]
    assert uids == {chat.calendar_uid}
    assert starts[-1] == datetime(2026, 11, 16, 14, 0, tzinfo=UTC)
    history = list(reschedules_for(alice).filter(conversation=chat))
    assert [(r.old_start, r.new_start) for r in history] == list(
        zip(starts, starts[1:], strict=False)
    )
    assert [r.asked_by for r in history] == ["them", "me", "them"]
    assert {r.reason for r in history} == {"A clash"}
    # The history keeps only the one move to scheduled; the reschedules are kept apart.
    assert StatusChange.objects.filter(conversation=chat, to_status="scheduled").count() == 1


def test_a_new_place_at_the_same_time_updates_the_invitation_without_a_reschedule(alice, chat):
    chat = schedule(alice, chat, "2026-11-10T11:00", medium="phone", where="+1 212 555 0100")
    same = schedule(alice, chat, "2026-11-10T11:00", medium="phone", where="+1 212 555 0100")
    assert same.calendar_sequence == 0
    moved = schedule(alice, chat, "2026-11-10T11:00", medium="coffee", where="Joe's, 5th Ave")
    assert moved.calendar_sequence == 1
    assert not Reschedule.objects.filter(conversation=chat).exists()
    ical, event, *_ = request_checked(invitation_ics(alice, moved, now=NOW))
    assert str(event["LOCATION"]) == "Joe's, 5th Ave"


def test_a_cancellation_after_two_reschedules(alice, chat):
    chat = schedule(alice, chat, "2026-11-10T11:00")
    first_uid = chat.calendar_uid
    chat = schedule(alice, chat, "2026-11-11T11:00")
    chat = schedule(alice, chat, "2026-11-12T11:00")
    chat = cancel_chat(alice, chat, reason="Ana changed jobs", now=NOW + timedelta(hours=1))
    assert chat.status == "cancelled"
    ical, event, vcal, vevent = cancel_checked(invitation_ics(alice, chat, now=NOW))
    assert int(event["SEQUENCE"]) == 3 and vevent.sequence.value == "3"
    assert str(event["UID"]) == vevent.uid.value == first_uid
    assert as_utc(vevent.dtstart.value) == datetime(2026, 11, 12, 16, 0, tzinfo=UTC)
    assert [n.body for n in notes_for(alice).filter(conversation=chat)] == [
        "Cancelled: Ana changed jobs"
    ]


def test_only_a_scheduled_chat_can_be_cancelled(alice, chat):
    with pytest.raises(MoveRefused):
        cancel_chat(alice, chat, now=NOW)
    assert get_conversation_for(alice, chat.pk).calendar_sequence == 0


def test_a_new_time_after_a_cancellation_keeps_the_uid_with_a_higher_sequence(alice, chat):
    chat = schedule(alice, chat, "2026-11-10T11:00")
    uid = chat.calendar_uid
    chat = cancel_chat(alice, chat, now=NOW)
    chat = move_conversation(alice, chat, "requested", now=NOW)
    with pytest.raises(NotFound, match="has no invitation"):
        invitation_ics(alice, chat, now=NOW)
    chat = schedule(alice, chat, "2026-11-20T11:00")
    assert (chat.calendar_uid, chat.calendar_sequence) == (uid, 2)
    ical, event, *_ = request_checked(invitation_ics(alice, chat, now=NOW))
    assert int(event["SEQUENCE"]) == 2


def test_a_chat_never_scheduled_has_no_invitation(alice, chat):
    with pytest.raises(NotFound, match="has no invitation: it is requested"):
        invitation_ics(alice, chat, now=NOW)


def test_an_invitation_needs_the_contacts_e_mail(alice, chat, ana):
    ana.email = ""
    ana.save()
    chat = schedule(alice, chat, "2026-11-10T11:00")
    with pytest.raises(ValueError, match="Ana Ruiz’s e-mail"):
        invitation_ics(alice, chat, now=NOW)


# ------------------------------------------------------------------ owner scoping


def test_charlie_can_neither_schedule_nor_read_alices_chat(alice, charlie, chat):
    chat = schedule(alice, chat, "2026-11-10T11:00")
    start = datetime(2026, 11, 12, 16, tzinfo=UTC)
    with pytest.raises(NotFound):
        schedule_chat(charlie, chat, start=start, zone="UTC", now=NOW)
    with pytest.raises(NotFound):
        cancel_chat(charlie, chat, now=NOW)
    with pytest.raises(NotFound):
        invitation_ics(charlie, chat, now=NOW)
    assert get_conversation_for(alice, chat.pk).calendar_sequence == 0
    assert not reschedules_for(charlie).exists()
