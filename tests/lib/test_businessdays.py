from datetime import date, timedelta

import pytest

from coffeechat.lib.businessdays import add_business_days, business_days_between

MON, TUE, WED, FRI, SAT, SUN = (
    date(2026, 11, 2),
    date(2026, 11, 3),
    date(2026, 11, 4),
    date(2026, 11, 6),
    date(2026, 11, 7),
    date(2026, 11, 8),
)
NEXT_MON, NEXT_WED = date(2026, 11, 9), date(2026, 11, 11)


def test_three_business_days_after_friday_is_wednesday():
    assert add_business_days(FRI, 3) == NEXT_WED


def test_business_days_within_a_week_do_not_skip_anything():
    assert add_business_days(MON, 2) == WED


def test_five_business_days_is_one_calendar_week():
    assert add_business_days(MON, 5) == NEXT_MON


def test_one_business_day_after_a_weekend_day_is_monday():
    assert add_business_days(FRI, 1) == NEXT_MON
    assert add_business_days(SAT, 1) == NEXT_MON
    assert add_business_days(SUN, 1) == NEXT_MON


def test_zero_business_days_is_the_start_itself():
    assert add_business_days(SAT, 0) == SAT


def test_negative_business_days_are_refused():
    with pytest.raises(ValueError):
        add_business_days(MON, -1)


def test_business_days_between_counts_after_start_up_to_and_including_end():
    assert business_days_between(MON, TUE) == 1
    assert business_days_between(FRI, SUN) == 0
    assert business_days_between(FRI, NEXT_MON) == 1
    assert business_days_between(FRI, NEXT_WED) == 3


def test_business_days_between_is_zero_when_end_is_not_after_start():
    assert business_days_between(WED, WED) == 0
    assert business_days_between(WED, MON) == 0


def test_business_days_between_undoes_add_business_days_for_every_weekday_and_count():
    for offset in range(7):
        start = MON + timedelta(days=offset)
        for n in range(0, 30):
            assert business_days_between(start, add_business_days(start, n)) == n, (start, n)


def test_a_negative_count_is_refused_with_a_reason():
    with pytest.raises(ValueError, match="^n must be zero or more$"):
        add_business_days(date(2026, 11, 2), -1)


def test_long_spans_count_like_one_day_at_a_time():
    start = date(2026, 11, 4)  # a Wednesday
    for span in range(0, 120):
        end = start + timedelta(days=span)
        by_day = sum(1 for n in range(1, span + 1) if (start + timedelta(days=n)).weekday() < 5)
        assert business_days_between(start, end) == by_day, span
