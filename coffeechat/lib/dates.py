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
    """An ISO date and time; without an offset it is read in `zone`. Returns an aware datetime."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"“{text}” is not a date and time. Use YYYY-MM-DDTHH:MM, for example 2026-03-14T15:30."
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=zone)
    return value
