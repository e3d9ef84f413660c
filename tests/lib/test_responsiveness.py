from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coffeechat.lib.responsiveness import (
    BOOSTER,
    LABELS,
    NO_REPLY,
    OBLIGATE,
    Request,
    label,
    verdict,
)

PARIS = ZoneInfo("Europe/Paris")
AUCKLAND = ZoneInfo("Pacific/Auckland")
NEW_YORK = ZoneInfo("America/New_York")

# 2026-11-06 is a Friday.
FRI = datetime(2026, 11, 6, 10, 0, tzinfo=PARIS)


def day(offset, hour=10, minute=0, tz=PARIS):
    """`offset` calendar days after Friday 2026-11-06, at hour:minute in `tz`."""
    base = datetime(2026, 11, 6, hour, minute, tzinfo=tz)
    return base + timedelta(days=offset)


SAT, SUN, MON, TUE, WED, THU, NEXT_FRI = (day(n) for n in range(1, 8))
LATER = day(30)


def test_labels_are_the_contract_strings():
    assert LABELS == ("booster", "obligate", "no_reply")
    assert (BOOSTER, OBLIGATE, NO_REPLY) == LABELS


# --- one request ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("replied_at", "expected"),
    [
        (FRI, BOOSTER),
        (day(0, 23, 59), BOOSTER),
        (SAT, BOOSTER),
        (SUN, BOOSTER),
        (MON, BOOSTER),
        (TUE, BOOSTER),
        (WED, BOOSTER),  # Friday -> Wednesday is 3 business days
        (day(5, 23, 59), BOOSTER),  # late on the third business day still counts
        (THU, OBLIGATE),  # 4 business days
        (day(6, 0, 1), OBLIGATE),
        (NEXT_FRI, OBLIGATE),
    ],
)
def test_an_agreed_reply_is_booster_up_to_three_business_days(replied_at, expected):
    request = Request(FRI, replied_at, agreed=True)
    assert label([request], now=LATER, tz=PARIS) == expected


@pytest.mark.parametrize("replied_at", [FRI, MON, WED, THU, LATER])
def test_a_reply_that_does_not_help_is_obligate_however_fast(replied_at):
    assert label([Request(FRI, replied_at, agreed=False)], now=LATER, tz=PARIS) == OBLIGATE


def test_a_request_sent_on_saturday_counts_from_monday():
    sat = day(1)
    assert label([Request(sat, WED, agreed=True)], now=LATER, tz=PARIS) == BOOSTER
    assert label([Request(sat, THU, agreed=True)], now=LATER, tz=PARIS) == OBLIGATE


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (FRI, None),
        (SAT, None),
        (SUN, None),
        (MON, None),
        (TUE, None),
        (day(5, 9, 59), None),  # Wednesday, a minute before the send time
        (WED, NO_REPLY),  # Wednesday at the send time: 3 business days have passed
        (THU, NO_REPLY),
        (LATER, NO_REPLY),
    ],
)
def test_no_reply_only_after_three_business_days(now, expected):
    assert label([Request(FRI)], now=now, tz=PARIS) == expected


def test_a_reply_later_on_the_third_day_replaces_no_reply_with_booster():
    now = day(5, 16)
    assert label([Request(FRI)], now=now, tz=PARIS) == NO_REPLY
    assert label([Request(FRI, day(5, 15), agreed=True)], now=now, tz=PARIS) == BOOSTER


def test_agreed_without_a_reply_time_has_no_verdict():
    assert verdict(Request(FRI, None, agreed=True), now=LATER, tz=PARIS) is None


def test_no_requests_has_no_label():
    assert label([], now=LATER, tz=PARIS) is None


# --- time zones ------------------------------------------------------------------


def test_days_are_counted_on_the_users_local_dates():
    # Friday 23:30 in New York is already Saturday in UTC and in Paris.
    sent = datetime(2026, 11, 6, 23, 30, tzinfo=NEW_YORK)
    # Thursday 01:00 Paris is Wednesday 19:00 in New York.
    replied = datetime(2026, 11, 12, 1, 0, tzinfo=PARIS)
    assert label([Request(sent, replied, agreed=True)], now=LATER, tz=NEW_YORK) == BOOSTER
    # In Paris the same request went out Saturday and came back Thursday: 4 business days.
    assert label([Request(sent, replied, agreed=True)], now=LATER, tz=PARIS) == OBLIGATE


def test_utc_timestamps_are_converted_before_counting():
    # Friday 23:00 UTC is Saturday 12:00 in Auckland; Wednesday 23:00 UTC is Thursday there.
    sent = datetime(2026, 11, 6, 23, 0, tzinfo=UTC)
    replied = datetime(2026, 11, 11, 23, 0, tzinfo=UTC)
    assert label([Request(sent, replied, agreed=True)], now=LATER, tz=UTC) == BOOSTER
    # Auckland: Saturday -> Thursday is Mon, Tue, Wed, Thu = 4 business days.
    assert label([Request(sent, replied, agreed=True)], now=LATER, tz=AUCKLAND) == OBLIGATE


def test_no_reply_deadline_keeps_the_local_time_across_a_clock_change():
    # Paris leaves summer time on Sunday 2026-10-25.
    sent = datetime(2026, 10, 23, 9, 0, tzinfo=PARIS)  # Friday, UTC+2
    before = datetime(2026, 10, 28, 8, 59, tzinfo=PARIS)  # Wednesday, UTC+1
    at = datetime(2026, 10, 28, 9, 0, tzinfo=PARIS)
    assert label([Request(sent)], now=before, tz=PARIS) is None
    assert label([Request(sent)], now=at.astimezone(UTC), tz=PARIS) == NO_REPLY


@pytest.mark.parametrize(
    "request_",
    [
        Request(datetime(2026, 11, 6, 10, 0)),
        Request(FRI, datetime(2026, 11, 9, 10, 0), agreed=True),
    ],
)
def test_naive_datetimes_are_refused(request_):
    with pytest.raises(ValueError, match="timezone-aware"):
        label([request_], now=LATER, tz=PARIS)


def test_a_naive_now_is_refused():
    with pytest.raises(ValueError, match="now"):
        label([Request(FRI)], now=datetime(2026, 12, 1), tz=PARIS)


# --- several requests ----------------------------------------------------------------


def test_the_latest_request_with_a_verdict_decides():
    old_booster = Request(day(-30), day(-29), agreed=True)
    new_ignored = Request(FRI)
    assert label([old_booster, new_ignored], now=LATER, tz=PARIS) == NO_REPLY
    assert label([new_ignored, old_booster], now=LATER, tz=PARIS) == NO_REPLY


def test_a_request_still_inside_its_window_does_not_hide_the_last_verdict():
    old_obligate = Request(day(-30), day(-20), agreed=True)
    pending = Request(FRI)
    assert label([pending, old_obligate], now=MON, tz=PARIS) == OBLIGATE


def test_a_fast_agreed_reply_after_silence_makes_a_booster():
    silence = Request(day(-30))
    fast = Request(FRI, MON, agreed=True)
    assert label([fast, silence], now=LATER, tz=PARIS) == BOOSTER


def test_only_pending_requests_give_no_label():
    assert label([Request(FRI), Request(MON)], now=TUE, tz=PARIS) is None


def test_requests_sent_at_the_same_instant_take_the_last_given():
    fast = Request(FRI, MON, agreed=True)
    declined = Request(FRI, MON, agreed=False)
    assert label([fast, declined], now=LATER, tz=PARIS) == OBLIGATE
    assert label([declined, fast], now=LATER, tz=PARIS) == BOOSTER


def test_requests_are_ordered_by_instant_not_by_local_wall_clock():
    earlier = Request(datetime(2026, 11, 6, 10, 0, tzinfo=AUCKLAND), agreed=False)  # 21:00 UTC Thu
    later = Request(datetime(2026, 11, 6, 9, 0, tzinfo=UTC), MON, agreed=True)
    assert label([later, earlier], now=LATER, tz=PARIS) == BOOSTER


def test_label_accepts_a_generator():
    requests = (Request(FRI, MON, agreed=True) for _ in range(2))
    assert label(requests, now=LATER, tz=PARIS) == BOOSTER


@pytest.mark.parametrize(
    ("request_", "now", "field"),
    [
        (Request(datetime(2026, 11, 6, 10, 0)), LATER, "sent_at"),
        (Request(FRI), datetime(2026, 12, 1), "now"),
        (Request(FRI, datetime(2026, 11, 9, 10, 0), agreed=True), LATER, "replied_at"),
    ],
)
def test_a_naive_time_is_refused_by_the_name_of_its_field(request_, now, field):
    message = rf"^{field} must be timezone-aware, got datetime\.datetime\("
    with pytest.raises(ValueError, match=message):
        verdict(request_, now=now, tz=PARIS)
    with pytest.raises(ValueError, match=message):
        label([request_], now=now, tz=PARIS)
