"""What the calendar tests share: zones, a stamp, an invitation to change, and reading a file
back with both icalendar and vobject, which must find the same instant, UID and SEQUENCE.

Dates used (2027): the US clocks go forward on Sun 14 Mar and back on Sun 7 Nov; the UK's go
forward on Sun 28 Mar and back on Sun 31 Oct.
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import icalendar
import vobject
import vobject.icalendar

from coffeechat.lib.calendar import (
    Invite,
)

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")
KOLKATA = ZoneInfo("Asia/Kolkata")
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
STAMP = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)


def make_invite(**changes) -> Invite:
    fields = {
        "uid": "chat-1@coffeechat.test",
        "sequence": 0,
        "start": datetime(2027, 3, 23, 15, 0, tzinfo=NEW_YORK),
        "minutes": 30,
        "summary": "Coffee chat with Priya",
        "organizer_email": "sam@example.com",
        "organizer_name": "Sam Taylor",
        "attendee_email": "priya@example.org",
        "attendee_name": "Priya Rao",
        "location": "Phone: +44 20 7946 0000",
        "description": "",
        "stamp": STAMP,
    }
    fields.update(changes)
    return Invite(**fields)


def read_both(data: bytes):
    """(icalendar VCALENDAR, vobject VCALENDAR), both parsed from `data`."""
    return icalendar.Calendar.from_ical(data), vobject.readOne(data.decode("utf-8"))


def the_event(data: bytes):
    ical, vobj = read_both(data)
    (event,) = ical.walk("VEVENT")
    return event, vobj.vevent


def assert_parsers_agree(data: bytes, start_utc: datetime, uid: str, sequence: int):
    event, vevent = the_event(data)
    assert event.decoded("DTSTART").astimezone(UTC) == start_utc
    assert vevent.dtstart.value.astimezone(UTC) == start_utc
    assert str(event["UID"]) == vevent.uid.value == uid
    assert int(event["SEQUENCE"]) == int(vevent.sequence.value) == sequence


def unfolded_lines(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n ", "").split("\r\n")
