"""Reading dates and times that people type, in their own time zone."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo


def parse_date(text: str) -> date:
    """An ISO date (YYYY-MM-DD), or ValueError with a message a user can act on."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"“{text}” is not a date. Use YYYY-MM-DD, for example 2026-03-14."
        ) from None


def parse_datetime(text: str, zone: ZoneInfo) -> datetime:
    """An ISO date and time; without an offset it is read in `zone`. Returns an aware datetime.

    A date alone is refused rather than read as midnight: a chat is agreed for a time of day.
    """
    hint = "Use YYYY-MM-DDTHH:MM, for example 2026-03-14T15:30."
    try:
        date.fromisoformat(text.strip())
    except ValueError:
        pass
    else:
        raise ValueError(f"“{text}” has no time of day. {hint}")
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"“{text}” is not a date and time. {hint}") from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_text(day: date) -> str:
    """'Monday 2 November', whatever the machine's locale."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]}"
