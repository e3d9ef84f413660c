"""Business-day arithmetic for the follow-up rules.

A business day is Monday to Friday. Public holidays are not considered: the
follow-up rhythm ("3 business days, then 7") is a rule of thumb, not a payroll.
"""

from __future__ import annotations

from datetime import date, timedelta

_SATURDAY = 5  # date.weekday(): Monday is 0, Saturday 5, Sunday 6


def is_business_day(day: date) -> bool:
    """True for Monday to Friday."""
    return day.weekday() < _SATURDAY


def add_business_days(start: date, n: int) -> date:
    """The date `n` business days after `start`.

    Saturdays and Sundays are skipped: Friday + 1 is Monday, Friday + 3 is
    Wednesday. A weekend start counts from the weekend: Saturday + 1 and
    Sunday + 1 are both Monday. `n` = 0 returns `start` unchanged.
    """
    if n < 0:
        raise ValueError("n must be zero or more")
    day = start
    remaining = n
    while remaining:
        day += timedelta(days=1)
        if is_business_day(day):
            remaining -= 1
    return day


def business_days_between(start: date, end: date) -> int:
    """How many business days lie after `start`, up to and including `end`.

    This is the inverse of `add_business_days` for business-day ends:
    ``business_days_between(d, add_business_days(d, n)) == n``. It is 0 when
    `end` is on or before `start`.
    """
    if end <= start:
        return 0
    full_weeks, extra_days = divmod((end - start).days, 7)
    count = full_weeks * 5
    day = start + timedelta(days=full_weeks * 7)
    for _ in range(extra_days):
        day += timedelta(days=1)
        if is_business_day(day):
            count += 1
    return count
