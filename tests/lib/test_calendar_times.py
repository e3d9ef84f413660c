"""Chat times: a wall-clock time to UTC (gaps, repeated hours, the past), and one instant shown in two zones.

Pure tests of coffeechat.lib.calendar: no database.

Dates used (2027): the US clocks go forward on Sun 14 Mar and back on Sun 7 Nov; the UK's go
forward on Sun 28 Mar and back on Sun 31 Oct.
"""

import inspect
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from coffeechat.lib import calendar as cal_module
from coffeechat.lib.calendar import (
    NonexistentTime,
    PastTime,
    TimeProblem,
    is_ambiguous,
    local_to_utc,
    show_in_zones,
    zone_label,
)
from tests.lib.calendar_support import (
    AUCKLAND,
    KOLKATA,
    LONDON,
    LORD_HOWE,
    NEW_YORK,
)

pytestmark = pytest.mark.usefixtures("fresh_vobject_zones")


# ------------------------------------------------------------------- wall clock to UTC


def test_a_time_in_the_spring_gap_is_refused_naming_the_zone_and_the_change():
    with pytest.raises(NonexistentTime) as error:
        local_to_utc(datetime(2027, 3, 28, 1, 30), LONDON)
    assert str(error.value) == (
        "2027-03-28 01:30 does not exist in Europe/London: "
        "the clocks go forward from 01:00 to 02:00. Choose another time."
    )


def test_a_gap_time_in_new_york_names_its_own_change():
    with pytest.raises(NonexistentTime) as error:
        local_to_utc(datetime(2027, 3, 14, 2, 30), NEW_YORK)
    message = str(error.value)
    assert "America/New_York" in message
    assert "from 02:00 to 03:00" in message


def test_a_half_hour_clock_change_is_described_exactly():
    # Lord Howe Island moves its clocks by 30 minutes, on the first Sunday of October.
    with pytest.raises(NonexistentTime) as error:
        local_to_utc(datetime(2027, 10, 3, 2, 15), LORD_HOWE)
    assert "from 02:00 to 02:30" in str(error.value)


def test_time_problems_are_value_errors_a_form_can_show():
    assert issubclass(NonexistentTime, TimeProblem)
    assert issubclass(PastTime, TimeProblem)
    assert issubclass(TimeProblem, ValueError)


def test_the_first_minute_after_the_gap_is_accepted():
    assert local_to_utc(datetime(2027, 3, 28, 2, 0), LONDON) == datetime(
        2027, 3, 28, 1, 0, tzinfo=UTC
    )


def test_an_ordinary_time_becomes_utc():
    result = local_to_utc(datetime(2027, 7, 1, 9, 0), NEW_YORK)
    assert result == datetime(2027, 7, 1, 13, 0, tzinfo=UTC)
    assert result.tzinfo is UTC


def test_an_ambiguous_time_is_read_as_its_first_occurrence_still_on_summer_time():
    wall = datetime(2027, 10, 31, 1, 30)  # London: 01:00-02:00 happens twice
    assert is_ambiguous(wall, LONDON)
    assert local_to_utc(wall, LONDON) == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)  # BST


def test_an_ambiguous_time_in_new_york_is_the_earlier_instant():
    wall = datetime(2027, 11, 7, 1, 30)
    assert is_ambiguous(wall, NEW_YORK)
    assert local_to_utc(wall, NEW_YORK) == datetime(2027, 11, 7, 5, 30, tzinfo=UTC)  # EDT


def test_the_rule_for_ambiguous_times_is_documented():
    for doc in (cal_module.__doc__, local_to_utc.__doc__):
        doc = " ".join(doc.replace("*", "").split())
        assert "first occurrence" in doc
        assert "fold=0" in doc


@pytest.mark.parametrize(
    "wall",
    [datetime(2027, 10, 31, 0, 59), datetime(2027, 10, 31, 2, 0), datetime(2027, 3, 28, 1, 30)],
)
def test_times_outside_the_repeated_hour_are_not_ambiguous(wall):
    assert not is_ambiguous(wall, LONDON)


def test_a_zone_without_clock_changes_has_no_ambiguous_times():
    assert not is_ambiguous(datetime(2027, 10, 31, 1, 30), KOLKATA)


def test_a_time_in_the_past_is_refused():
    now = datetime(2027, 3, 23, 12, 0, tzinfo=UTC)
    with pytest.raises(PastTime) as error:
        local_to_utc(datetime(2027, 3, 23, 11, 59), LONDON, now=now)
    assert "2027-03-23 11:59" in str(error.value)
    assert "past" in str(error.value)


def test_now_itself_is_not_in_the_future():
    now = datetime(2027, 3, 23, 12, 0, tzinfo=UTC)
    with pytest.raises(PastTime):
        local_to_utc(datetime(2027, 3, 23, 12, 0), LONDON, now=now)


def test_a_time_after_now_is_accepted_whatever_zone_now_is_in():
    now = datetime(2027, 3, 23, 8, 0, tzinfo=NEW_YORK)  # 12:00 UTC
    assert local_to_utc(datetime(2027, 3, 23, 12, 1), LONDON, now=now) == datetime(
        2027, 3, 23, 12, 1, tzinfo=UTC
    )


def test_a_gap_is_reported_before_the_past():
    now = datetime(2030, 1, 1, tzinfo=UTC)
    with pytest.raises(NonexistentTime):
        local_to_utc(datetime(2027, 3, 28, 1, 30), LONDON, now=now)


def test_a_wall_time_must_be_naive_and_now_aware():
    with pytest.raises(ValueError, match="naive"):
        local_to_utc(datetime(2027, 3, 23, 12, 0, tzinfo=UTC), LONDON)
    with pytest.raises(ValueError, match="aware"):
        local_to_utc(datetime(2027, 3, 23, 12, 0), LONDON, now=datetime(2027, 1, 1))


# ---------------------------------------------------------------- showing in two zones


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("America/New_York", "New York time"),
        ("Asia/Kolkata", "Kolkata time"),
        ("Europe/London", "London time"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires time"),
        ("America/Sao_Paulo", "Sao Paulo time"),
        ("UTC", "UTC"),
        ("Etc/UTC", "UTC"),
        ("Etc/GMT+5", "UTC-05:00"),  # POSIX sign: Etc/GMT+5 is five hours behind UTC
    ],
)
def test_zones_have_readable_names(key, label):
    assert zone_label(ZoneInfo(key)) == label


def test_the_usual_five_hours_between_new_york_and_london():
    start = datetime(2027, 3, 9, 20, 0, tzinfo=UTC)  # before either change
    assert show_in_zones(start, NEW_YORK, LONDON) == (
        "Tue 9 Mar 2027, 15:00 New York time (20:00 London time)"
    )


def test_in_the_weeks_new_york_has_changed_and_london_has_not_the_gap_is_four_hours():
    start = datetime(2027, 3, 16, 19, 0, tzinfo=UTC)
    assert show_in_zones(start, NEW_YORK, LONDON) == (
        "Tue 16 Mar 2027, 15:00 New York time (19:00 London time)"
    )
    assert show_in_zones(start, LONDON, NEW_YORK) == (
        "Tue 16 Mar 2027, 19:00 London time (15:00 New York time)"
    )


def test_the_same_new_york_time_a_week_after_london_changes_is_five_hours_again():
    start = local_to_utc(datetime(2027, 3, 30, 15, 0), NEW_YORK)
    assert show_in_zones(start, NEW_YORK, LONDON) == (
        "Tue 30 Mar 2027, 15:00 New York time (20:00 London time)"
    )


def test_in_autumn_london_goes_back_a_week_before_new_york():
    start = local_to_utc(datetime(2027, 11, 2, 14, 0), LONDON)
    assert show_in_zones(start, LONDON, NEW_YORK) == (
        "Tue 2 Nov 2027, 14:00 London time (10:00 New York time)"
    )


def test_thirteen_hours_apart_the_contact_sees_the_next_day():
    # Northern winter: London on GMT (UTC+0), Auckland on NZDT (UTC+13).
    start = local_to_utc(datetime(2027, 1, 12, 20, 0), LONDON)
    text = show_in_zones(start, LONDON, AUCKLAND)
    assert text == "Tue 12 Jan 2027, 20:00 London time (09:00 Wed 13 Jan Auckland time)"


def test_the_same_pair_is_eleven_hours_apart_in_northern_summer():
    start = local_to_utc(datetime(2027, 7, 13, 20, 0), LONDON)  # BST +1, NZST +12
    assert show_in_zones(start, LONDON, AUCKLAND) == (
        "Tue 13 Jul 2027, 20:00 London time (07:00 Wed 14 Jul Auckland time)"
    )


def test_the_contact_on_the_previous_day_and_year():
    start = local_to_utc(datetime(2027, 1, 1, 8, 0), AUCKLAND)
    assert show_in_zones(start, AUCKLAND, LONDON) == (
        "Fri 1 Jan 2027, 08:00 Auckland time (19:00 Thu 31 Dec 2026 London time)"
    )


def test_half_hour_offsets_are_shown():
    start = datetime(2027, 6, 1, 12, 0, tzinfo=UTC)
    assert show_in_zones(start, LONDON, KOLKATA) == (
        "Tue 1 Jun 2027, 13:00 London time (17:30 Kolkata time)"
    )


@pytest.mark.parametrize(
    "contact", [None, LONDON, ZoneInfo("Europe/Lisbon"), ZoneInfo("Europe/Dublin")]
)
def test_the_contacts_zone_is_left_out_when_its_clock_reads_the_same(contact):
    start = datetime(2027, 1, 12, 15, 0, tzinfo=UTC)
    assert show_in_zones(start, LONDON, contact) == "Tue 12 Jan 2027, 15:00 London time"


def test_a_zone_that_matches_only_in_winter_is_shown_in_summer():
    # Lisbon and London agree all year; Reykjavik (UTC+0, no DST) only in winter.
    reykjavik = ZoneInfo("Atlantic/Reykjavik")
    assert "(" not in show_in_zones(datetime(2027, 1, 12, 15, tzinfo=UTC), LONDON, reykjavik)
    assert show_in_zones(datetime(2027, 7, 12, 15, tzinfo=UTC), LONDON, reykjavik) == (
        "Mon 12 Jul 2027, 16:00 London time (15:00 Reykjavik time)"
    )


def test_a_user_on_utc_is_shown_utc():
    start = datetime(2027, 6, 1, 12, 0, tzinfo=UTC)
    assert show_in_zones(start, ZoneInfo("UTC"), NEW_YORK) == (
        "Tue 1 Jun 2027, 12:00 UTC (08:00 New York time)"
    )


def test_show_in_zones_wants_an_aware_instant():
    with pytest.raises(ValueError, match="aware"):
        show_in_zones(datetime(2027, 6, 1, 12, 0), LONDON, None)


def test_the_calendar_module_does_not_import_django():
    assert "django" not in inspect.getsource(cal_module)
