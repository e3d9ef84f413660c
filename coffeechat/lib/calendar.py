"""Times for chats, and the calendar files that carry them (RFC 5545, iTIP RFC 5546, iMIP RFC 6047).

Pure: no Django, no database, no clock unless a caller passes one in.

Times
    Chats are stored in UTC. A time a user types is a *wall-clock* time in a zone; turning it
    into UTC can fail in two ways, and one way is merely ambiguous:

    * In a daylight-saving **gap** (the clocks jump forward, e.g. 01:00 -> 02:00 in London on
      the last Sunday of March) the wall time never happens: :class:`NonexistentTime`, whose
      message names the zone and the change.
    * In the **repeated hour** (the clocks go back, e.g. 01:00-02:00 in London on the last
      Sunday of October) the wall time happens twice. We take the **first occurrence** (Python
      ``fold=0``: the earlier instant, still on summer time). This is the same rule RFC 5545
      §3.3.5 gives for a DATE-TIME with a TZID that names a repeated local time, so what we
      store and what calendar programs read from our files agree.
    * A time at or before ``now`` is :class:`PastTime`.

Calendar files
    Built with ``icalendar``. An invitation is METHOD:REQUEST, a cancellation METHOD:CANCEL
    with STATUS:CANCELLED; both keep the conversation's UID and the caller raises SEQUENCE by
    one for every reschedule or cancellation. Times are written as DTSTART/DTEND with
    ``TZID=<IANA key>`` and a VTIMEZONE generated from zoneinfo for the years in use (or in
    UTC with a ``Z``); DURATION is never written. A start or end inside a repeated hour is
    written in UTC instead (both of them): RFC 5545 §3.3.5 says readers take the first
    occurrence of such a local time, but not all do (vobject with pytz takes the second), and
    the second occurrence cannot be written with a TZID at all.

    The feed (:func:`feed_ics`) is METHOD:PUBLISH; RFC 5546 §3.2.1 forbids ATTENDEE in a
    PUBLISH, so feed events carry the ORGANIZER only and name the contact in the description.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from uuid import uuid4
from zoneinfo import ZoneInfo

import icalendar

__all__ = [
    "Invite",
    "NonexistentTime",
    "PastTime",
    "TimeProblem",
    "cancel_ics",
    "check_cancel",
    "check_request",
    "feed_ics",
    "is_ambiguous",
    "local_to_utc",
    "new_uid",
    "request_ics",
    "show_in_zones",
    "zone_label",
]

PRODID = "-//coffeechat//coffeechat//EN"


# ------------------------------------------------------------------------------------ times


class TimeProblem(ValueError):
    """A time a user typed that cannot be used; str() is the message for the user."""


class NonexistentTime(TimeProblem):
    """A wall-clock time inside a daylight-saving gap: the clocks skip over it."""


class PastTime(TimeProblem):
    """A time that is not in the future."""


def _wall_text(wall: datetime) -> str:
    return wall.strftime("%Y-%m-%d %H:%M")


def _offsets(wall: datetime, zone: ZoneInfo) -> tuple[timedelta, timedelta]:
    """The UTC offsets zoneinfo gives `wall` with fold=0 and fold=1."""
    first = wall.replace(tzinfo=zone, fold=0).utcoffset()
    second = wall.replace(tzinfo=zone, fold=1).utcoffset()
    assert first is not None and second is not None
    return first, second


def _naive(wall: datetime) -> datetime:
    if wall.tzinfo is not None:
        raise ValueError("A wall-clock time must be naive (no tzinfo); pass its zone separately.")
    return wall


def _in_gap(wall: datetime, zone: ZoneInfo) -> bool:
    local = wall.replace(tzinfo=zone, fold=0)
    return local.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != wall


def is_ambiguous(wall: datetime, zone: ZoneInfo) -> bool:
    """True when the naive `wall` time happens twice in `zone` (the hour repeated when the
    clocks go back). Times in a gap are not ambiguous: they do not happen at all."""
    _naive(wall)
    first, second = _offsets(wall, zone)
    return first != second and not _in_gap(wall, zone)


def _transition(wall: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """For `wall` in a gap: the wall-clock times just before and after the clocks jump."""
    before, after = _offsets(wall, zone)  # in a gap fold=0 uses the offset before it
    lo = int((wall - after).replace(tzinfo=UTC).timestamp())  # offset already changed here?
    hi = int((wall - before).replace(tzinfo=UTC).timestamp())
    lo -= 86400  # widen: the search only needs lo before, hi after the change
    hi += 86400
    start_offset = datetime.fromtimestamp(lo, UTC).astimezone(zone).utcoffset()
    while hi - lo > 1:  # first second at which the offset differs from the one at lo
        mid = (lo + hi) // 2
        if datetime.fromtimestamp(mid, UTC).astimezone(zone).utcoffset() == start_offset:
            lo = mid
        else:
            hi = mid
    change = datetime.fromtimestamp(hi, UTC)
    old = datetime.fromtimestamp(lo, UTC).astimezone(zone).utcoffset()
    new = change.astimezone(zone).utcoffset()
    assert old is not None and new is not None
    return (change + old).replace(tzinfo=None), (change + new).replace(tzinfo=None)


def _gap_message(wall: datetime, zone: ZoneInfo) -> str:
    jumped_from, jumped_to = _transition(wall, zone)
    if jumped_from.date() == jumped_to.date():
        change = f"from {jumped_from:%H:%M} to {jumped_to:%H:%M}"
    else:
        change = f"from {_wall_text(jumped_from)} to {_wall_text(jumped_to)}"
    return (
        f"{_wall_text(wall)} does not exist in {zone.key}: the clocks go forward {change}. "
        "Choose another time."
    )


def local_to_utc(wall: datetime, zone: ZoneInfo, *, now: datetime | None = None) -> datetime:
    """The UTC instant of the naive wall-clock time `wall` in `zone` (an aware datetime in UTC).

    * A time in a daylight-saving gap raises :class:`NonexistentTime`.
    * An ambiguous time (the hour repeated when the clocks go back) is read as its **first
      occurrence**: fold=0, the earlier instant, still on summer time -- the rule RFC 5545
      §3.3.5 uses for local times, so calendar programs read our files the same way.
      Use :func:`is_ambiguous` to warn the user.
    * With `now` (aware), an instant that is not after `now` raises :class:`PastTime`.
    """
    _naive(wall)
    if _in_gap(wall, zone):
        raise NonexistentTime(_gap_message(wall, zone))
    instant = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if now is not None:
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("now must be an aware datetime.")
        if instant <= now:
            raise PastTime(
                f"{_wall_text(wall)} ({zone_label(zone)}) is in the past. Choose a later time."
            )
    return instant


_UTC_KEYS = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "UCT", "Zulu"})


def _is_utc(zone: tzinfo) -> bool:
    if zone is UTC:
        return True
    return isinstance(zone, ZoneInfo) and zone.key in _UTC_KEYS | {"Universal", "GMT", "Etc/GMT"}


def zone_label(zone: ZoneInfo) -> str:
    """A readable name for a zone: 'New York time', 'Kolkata time', 'UTC'."""
    key = getattr(zone, "key", None) or str(zone)
    if _is_utc(zone) or key in {"UTC", "Etc/UTC"}:
        return "UTC"
    if key.startswith("Etc/") or "/" not in key:
        offset = datetime(2000, 1, 1, tzinfo=zone).utcoffset() or timedelta(0)
        if key.startswith("Etc/") and offset == timedelta(0):
            return "UTC"
        if key.startswith("Etc/"):
            return f"UTC{_offset_text(offset)}"
        return f"{key} time"
    city = key.rsplit("/", 1)[1].replace("_", " ")
    return f"{city} time"


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _day_text(moment: datetime, *, year: bool) -> str:
    """'Tue 16 Mar 2027' in English, whatever the machine's locale."""
    text = f"{_DAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]}"
    return f"{text} {moment.year}" if year else text


def show_in_zones(start_utc: datetime, user_zone: ZoneInfo, contact_zone: ZoneInfo | None) -> str:
    """'Tue 16 Mar 2027, 15:00 New York time (20:00 London time)'.

    The user's zone first; the contact's in brackets only when its UTC offset differs at that
    instant, with its own day when the day differs there ('(09:00 Wed 17 Mar Auckland time)').
    Day and month names are English, whatever the machine's locale.
    """
    if start_utc.tzinfo is None or start_utc.utcoffset() is None:
        raise ValueError("start_utc must be an aware datetime.")
    mine = start_utc.astimezone(user_zone)
    text = f"{_day_text(mine, year=True)}, {mine:%H:%M} {zone_label(user_zone)}"
    if contact_zone is None:
        return text
    theirs = start_utc.astimezone(contact_zone)
    if theirs.utcoffset() == mine.utcoffset():
        return text
    when = f"{theirs:%H:%M}"
    if theirs.date() != mine.date():
        when += " " + _day_text(theirs, year=theirs.year != mine.year)
    return f"{text} ({when} {zone_label(contact_zone)})"


# ---------------------------------------------------------------------------- calendar files


@dataclass(frozen=True)
class Invite:
    """One chat as a calendar event. `start` is aware: its tzinfo is the agreed ZoneInfo (the
    TZID written is its key) or UTC. `stamp` is DTSTAMP (written in UTC; now when None)."""

    uid: str
    sequence: int
    start: datetime
    minutes: int
    summary: str
    organizer_email: str
    organizer_name: str
    attendee_email: str
    attendee_name: str
    location: str = ""
    description: str = ""
    stamp: datetime | None = None
    alarm_minutes: int = 15


def new_uid(domain: str = "coffeechat.invalid") -> str:
    """A fresh UID for a conversation: random, globally unique, never reused."""
    return f"{uuid4()}@{domain}"


def _aware(value: datetime, what: str) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime (with a time zone).")
    return value


def _event_times(invite: Invite) -> tuple[datetime, datetime]:
    """DTSTART and DTEND values to write: in the invite's ZoneInfo, or in UTC.

    The end is computed on the UTC time line (wall-clock arithmetic across a clock change
    would be an hour out). If either falls inside a repeated hour, both are written in UTC:
    such a local time with a TZID is read differently by different programs.
    """
    start = _aware(invite.start, "The start")
    if invite.minutes <= 0:
        raise ValueError("A chat must last at least one minute.")
    start_utc = start.astimezone(UTC)
    end_utc = start_utc + timedelta(minutes=invite.minutes)
    zone = start.tzinfo
    if not isinstance(zone, ZoneInfo) or _is_utc(zone) or not zone.key:
        return start_utc, end_utc
    start_local, end_local = start_utc.astimezone(zone), end_utc.astimezone(zone)
    for local in (start_local, end_local):
        if is_ambiguous(local.replace(tzinfo=None, fold=0), zone):
            return start_utc, end_utc
    return start_local, end_local


def _address(email: str, name: str, role: str) -> icalendar.vCalAddress:
    email = (email or "").strip()
    if email.lower().startswith("mailto:"):
        email = email[len("mailto:") :]
    if not email:
        who = "your" if role == "organizer" else f"{name or 'the contact'}’s"
        raise ValueError(
            f"A calendar invitation needs {who} e-mail address "
            f"(the {role}, required by RFC 5546); add it and try again."
        )
    if "@" not in email or any(c.isspace() for c in email):
        raise ValueError(f"“{email}” is not an e-mail address (the {role}).")
    address = icalendar.vCalAddress(f"mailto:{email}")
    cn = " ".join((name or "").replace('"', "'").split())  # DQUOTE cannot appear in a param
    if cn:
        address.params["CN"] = cn
    return address


def _stamp(value: datetime | None) -> datetime:
    if value is None:
        return datetime.now(UTC).replace(microsecond=0)
    return _aware(value, "DTSTAMP").astimezone(UTC).replace(microsecond=0)


def _alarm(invite: Invite) -> icalendar.Alarm:
    if invite.alarm_minutes < 0:
        raise ValueError("The reminder must be a number of minutes before the chat (0 or more).")
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-invite.alarm_minutes))
    alarm.add("description", invite.summary or "Coffee chat")
    return alarm


def _event(invite: Invite, *, stamp: datetime, attendee: bool, alarm: bool) -> icalendar.Event:
    if not invite.uid.strip():
        raise ValueError("An event needs a UID.")
    if invite.sequence < 0:
        raise ValueError("SEQUENCE cannot be negative.")
    start, end = _event_times(invite)
    event = icalendar.Event()
    event.add("uid", invite.uid)
    event.add("sequence", invite.sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", invite.summary or "Coffee chat")
    if attendee or invite.organizer_email.strip():  # a feed can do without its owner's address
        organizer = _address(invite.organizer_email, invite.organizer_name, "organizer")
        event.add("organizer", organizer)
    if attendee:
        address = _address(invite.attendee_email, invite.attendee_name, "attendee")
        address.params["ROLE"] = "REQ-PARTICIPANT"
        address.params["PARTSTAT"] = "NEEDS-ACTION"
        address.params["RSVP"] = "TRUE"
        event.add("attendee", address)
    if invite.location.strip():
        event.add("location", invite.location.strip())
    if invite.description.strip():
        event.add("description", invite.description.strip())
    event.add("transp", "OPAQUE")
    if alarm:
        event.add_component(_alarm(invite))
    return event


@functools.lru_cache(maxsize=256)
def _vtimezone(key: str, first_year: int, last_year: int) -> bytes:
    # from_tzinfo is slow; cache the serialised component per zone and range of years.
    zone = icalendar.Timezone.from_tzinfo(
        ZoneInfo(key), tzid=key, first_date=date(first_year, 1, 1), last_date=date(last_year, 1, 1)
    )
    return zone.to_ical()


def _add_timezones(cal: icalendar.Calendar, events: list[icalendar.Event]) -> None:
    """One VTIMEZONE per TZID used, covering from a year before the first event using it to a
    year after the last, placed before the events that refer to it."""
    years: dict[str, list[int]] = {}
    for event in events:
        for name in ("DTSTART", "DTEND"):
            value = event.get(name)
            tzid = value.params.get("TZID") if value is not None else None
            if tzid:
                years.setdefault(tzid, []).append(value.dt.year)
    for key in sorted(years):
        first, last = min(years[key]) - 1, max(years[key]) + 2
        cal.add_component(icalendar.Timezone.from_ical(_vtimezone(key, first, last)))


def _calendar(method: str | None) -> icalendar.Calendar:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method:
        cal.add("method", method)
    return cal


def _finish(cal: icalendar.Calendar, events: list[icalendar.Event]) -> bytes:
    _add_timezones(cal, events)
    for event in events:
        cal.add_component(event)
    return cal.to_ical()


def request_ics(invite: Invite) -> bytes:
    """An invitation (METHOD:REQUEST) for e-mail (iMIP): send it as text/calendar;
    method=REQUEST. A reschedule is the same UID with SEQUENCE raised by one."""
    cal = _calendar("REQUEST")
    event = _event(invite, stamp=_stamp(invite.stamp), attendee=True, alarm=True)
    return _finish(cal, [event])


def cancel_ics(invite: Invite) -> bytes:
    """A cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the whole chat. The caller passes the
    conversation's UID and the raised SEQUENCE. Send it as text/calendar; method=CANCEL."""
    cal = _calendar("CANCEL")
    event = _event(invite, stamp=_stamp(invite.stamp), attendee=True, alarm=False)
    event.add("status", "CANCELLED")
    return _finish(cal, [event])


def feed_ics(invites: Iterable[Invite], *, name: str, stamp: datetime) -> bytes:
    """A private, subscribable calendar of chats (METHOD:PUBLISH, X-WR-CALNAME `name`).

    No ATTENDEE (RFC 5546 §3.2.1 allows none in a PUBLISH); the contact belongs in the
    invite's summary or description. ORGANIZER is written when the invite has the user's
    e-mail; neither address is required here. Every event's DTSTAMP is `stamp`."""
    cal = _calendar("PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("name", name)
    cal.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT1H")
    when = _stamp(_aware(stamp, "The feed's stamp"))
    events = [_event(i, stamp=when, attendee=False, alarm=True) for i in invites]
    events.sort(key=lambda e: (e.decoded("DTSTART").astimezone(UTC), str(e["UID"])))
    return _finish(cal, events)


# ----------------------------------------------------------------------------------- checks


def _parse(data: bytes) -> tuple[icalendar.Calendar | None, list[str]]:
    try:
        cal = icalendar.Calendar.from_ical(data)
    except Exception as error:  # noqa: BLE001 - any parse failure is a finding
        return None, [f"The file cannot be read as iCalendar: {error}"]
    if not isinstance(cal, icalendar.Calendar) or cal.name != "VCALENDAR":
        return None, ["The file is not a VCALENDAR."]
    return cal, []


def _is_utc_value(prop) -> bool:
    if prop.params.get("TZID"):
        return False
    dt = getattr(prop, "dt", None)
    return isinstance(dt, datetime) and dt.utcoffset() == timedelta(0) and dt.tzinfo is not None


def _check(data: bytes, method: str, required: tuple[str, ...]) -> list[str]:
    cal, problems = _parse(data)
    if cal is None:
        return problems
    if str(cal.get("VERSION", "")) != "2.0":
        problems.append("VERSION:2.0 is missing from the calendar.")
    if not str(cal.get("PRODID", "")).strip():
        problems.append("PRODID is missing from the calendar.")
    found = str(cal.get("METHOD", "")).upper()
    if found != method:
        problems.append(f"METHOD is {found or 'missing'}, not {method}.")
    events = [c for c in cal.subcomponents if c.name == "VEVENT"]
    if not events:
        return [*problems, "There is no VEVENT."]
    if len({str(e.get("UID", "")) for e in events}) > 1:
        problems.append("The VEVENTs do not share one UID (RFC 5546 allows one per object).")
    for event in events:
        label = f"VEVENT {event.get('UID', '(no UID)')}"
        for name in required:
            if name not in event:
                problems.append(f"{label}: {name} is missing.")
        if "DTEND" in event and "DURATION" in event:
            problems.append(f"{label}: has both DTEND and DURATION (RFC 5545 allows one).")
        if "DTSTAMP" in event and not _is_utc_value(event["DTSTAMP"]):
            problems.append(f"{label}: DTSTAMP is not in UTC.")
        if "SEQUENCE" in event:
            try:
                if int(event["SEQUENCE"]) < 0:
                    problems.append(f"{label}: SEQUENCE is negative.")
            except (TypeError, ValueError):
                problems.append(f"{label}: SEQUENCE is not a number.")
        for name in ("ORGANIZER", "ATTENDEE"):
            values = event.get(name)
            values = values if isinstance(values, list) else [values] if values else []
            for value in values:
                if not str(value).lower().startswith("mailto:"):
                    problems.append(f"{label}: {name} is not a mailto: address (RFC 6047).")
        try:
            start, end = event.decoded("DTSTART", None), event.decoded("DTEND", None)
            if start is not None and end is not None and end <= start:
                problems.append(f"{label}: DTEND is not after DTSTART.")
        except (TypeError, ValueError) as error:
            problems.append(f"{label}: its times cannot be read ({error}).")
        problems.extend(_vtimezone_coverage(cal, event, label))
    for tzid in sorted(cal.get_missing_tzids()):
        problems.append(f"TZID {tzid} is used but there is no VTIMEZONE for it.")
    return problems


def _vtimezone_coverage(cal: icalendar.Calendar, event, label: str) -> list[str]:
    """A VTIMEZONE whose first observance starts after the event does not define its offset."""
    problems = []
    zones = {str(tz.get("TZID")): tz for tz in cal.walk("VTIMEZONE")}
    for name in ("DTSTART", "DTEND"):
        prop = event.get(name)
        tzid = prop.params.get("TZID") if prop is not None else None
        if not tzid or tzid not in zones:
            continue
        onsets = [
            sub.decoded("DTSTART")
            for sub in zones[tzid].subcomponents
            if sub.name in ("STANDARD", "DAYLIGHT") and "DTSTART" in sub
        ]
        local = prop.dt.replace(tzinfo=None)
        if onsets and local < min(o.replace(tzinfo=None) for o in onsets):
            problems.append(f"{label}: the VTIMEZONE {tzid} does not cover {name}.")
    return problems


def check_request(data: bytes) -> list[str]:
    """RFC 5546 §3.2.2 checks of an invitation: [] when fine, else the problems found."""
    required = ("ATTENDEE", "DTSTAMP", "DTSTART", "ORGANIZER", "SEQUENCE", "SUMMARY", "UID")
    problems = _check(data, "REQUEST", required)
    cal, _ = _parse(data)
    for event in cal.walk("VEVENT") if cal is not None else []:
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            problems.append("A REQUEST has STATUS:CANCELLED; cancel with METHOD:CANCEL.")
    return problems


def check_cancel(data: bytes) -> list[str]:
    """RFC 5546 §3.2.5 checks of a cancellation (including STATUS:CANCELLED)."""
    required = ("ATTENDEE", "DTSTAMP", "ORGANIZER", "SEQUENCE", "UID")
    problems = _check(data, "CANCEL", required)
    cal, _ = _parse(data)
    for event in cal.walk("VEVENT") if cal is not None else []:
        if str(event.get("STATUS", "")).upper() != "CANCELLED":
            problems.append(f"VEVENT {event.get('UID', '(no UID)')}: STATUS is not CANCELLED.")
    return problems
