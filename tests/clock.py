"""The tests' calendar: London in the autumn of 2026 (helpers for the tests, not tests)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
# A Wednesday morning: the clock for tests that do not set their own.
FROZEN_NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)


def at(day: int, hour: int = 9, minute: int = 0, month: int = 11) -> datetime:
    """A moment in London in 2026: `at(19, month=10)` is Monday 19 October at 09:00."""
    return datetime(2026, month, day, hour, minute, tzinfo=LONDON)
