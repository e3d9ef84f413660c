"""Reading the dates and times people type, and naming time zones.

Pure tests of coffeechat.lib.dates and coffeechat.lib.timezones: no database.
"""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coffeechat.lib import timezones
from coffeechat.lib.dates import parse_date, parse_datetime
from coffeechat.lib.importers.common import cell_date
from coffeechat.lib.timezones import all_zones, guess_local_zone, is_valid_zone

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")

# ------------------------------------------------------------------------ parse_date


def test_an_iso_date_is_read():
    assert parse_date("2026-11-20") == date(2026, 11, 20)


def test_spaces_around_a_date_are_ignored():
    assert parse_date("  2026-11-20\n") == date(2026, 11, 20)


@pytest.mark.parametrize("text", ["20/11/2026", "2026-13-01", "2026-02-30", "tomorrow", ""])
def test_a_bad_date_is_refused_with_the_format_to_use(text):
    with pytest.raises(ValueError) as error:
        parse_date(text)
    message = str(error.value)
    assert f"“{text}” is not a date" in message
    assert "Use YYYY-MM-DD, for example 2026-03-14." in message


def test_the_message_for_a_bad_date_is_one_line():
    with pytest.raises(ValueError) as error:
        parse_date("next friday")
    assert "\n" not in str(error.value)


# -------------------------------------------------------------------- parse_datetime


def test_a_time_without_offset_is_read_in_the_given_zone():
    value = parse_datetime("2026-11-20T15:30", NEW_YORK)
    assert value == datetime(2026, 11, 20, 15, 30, tzinfo=NEW_YORK)
    assert value.astimezone(UTC) == datetime(2026, 11, 20, 20, 30, tzinfo=UTC)


def test_a_space_may_stand_for_the_t():
    assert parse_datetime("2026-11-20 15:30", LONDON) == datetime(
        2026, 11, 20, 15, 30, tzinfo=LONDON
    )


def test_seconds_are_accepted():
    assert parse_datetime("2026-11-20T15:30:45", LONDON).second == 45


def test_an_explicit_offset_wins_over_the_zone():
    value = parse_datetime("2026-11-20T15:30+01:00", NEW_YORK)
    assert value.utcoffset() == timedelta(hours=1)
    assert value.astimezone(UTC) == datetime(2026, 11, 20, 14, 30, tzinfo=UTC)


def test_z_means_utc():
    assert parse_datetime("2026-11-20T15:30Z", NEW_YORK) == datetime(
        2026, 11, 20, 15, 30, tzinfo=UTC
    )


def test_the_result_is_always_aware():
    assert parse_datetime("2026-11-20T15:30", LONDON).tzinfo is not None


def test_summer_time_is_applied_by_the_zone():
    assert parse_datetime("2026-07-01T09:00", LONDON).utcoffset() == timedelta(hours=1)
    assert parse_datetime("2026-12-01T09:00", LONDON).utcoffset() == timedelta(0)


def test_an_ambiguous_autumn_time_keeps_the_wall_clock_time_typed():
    # 01:30 happens twice in London on 25 October 2026.
    value = parse_datetime("2026-10-25T01:30", LONDON)
    assert (value.hour, value.minute) == (1, 30)
    assert value.utcoffset() in (timedelta(0), timedelta(hours=1))


def test_spaces_around_a_datetime_are_ignored():
    assert parse_datetime(" 2026-11-20T15:30 ", LONDON).hour == 15


@pytest.mark.parametrize(
    "text", ["tomorrow 3pm", "2026-11-20T25:00", "20/11/2026 15:30", "15:30", ""]
)
def test_a_bad_datetime_is_refused_with_the_format_to_use(text):
    with pytest.raises(ValueError) as error:
        parse_datetime(text, LONDON)
    message = str(error.value)
    assert f"“{text}” is not a date and time" in message
    assert "Use YYYY-MM-DDTHH:MM, for example 2026-03-14T15:30." in message


def test_a_date_without_a_time_is_refused_not_read_as_midnight():
    with pytest.raises(ValueError) as error:
        parse_datetime("2026-11-20", LONDON)
    assert str(error.value) == (
        "“2026-11-20” has no time of day. Use YYYY-MM-DDTHH:MM, for example 2026-03-14T15:30."
    )


# ------------------------------------------------------------------------ timezones


@pytest.mark.parametrize("name", ["Europe/London", "America/New_York", "Asia/Kolkata", "UTC"])
def test_real_zone_names_are_valid(name):
    assert is_valid_zone(name)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "Mars/Olympus_Mons",
        "europe/london ",
        " Europe/London",
        "Europe/London\n",
        "../etc/passwd",
    ],
)
def test_unknown_blank_or_padded_zone_names_are_invalid(name):
    assert not is_valid_zone(name)


def test_all_zones_is_sorted_and_holds_the_usual_names():
    zones = all_zones()
    assert list(zones) == sorted(zones)
    assert {"Europe/London", "America/New_York", "UTC"} <= set(zones)


def test_all_zones_leaves_out_legacy_names_without_a_region():
    assert all("/" in z or z == "UTC" for z in all_zones())
    assert "EST" not in all_zones()


def test_every_listed_zone_is_valid():
    assert all(is_valid_zone(z) for z in all_zones())


class _NoFiles:
    """Stands in for pathlib.Path: /etc/timezone cannot be read."""

    def __init__(self, *_):
        pass

    def read_text(self):
        raise OSError("no such file")


def _file_says(content: str):
    class _File(_NoFiles):
        def read_text(self):
            return content

    return _File


def _no_link(_path):
    raise OSError("not a link")


@pytest.fixture
def bare_machine(monkeypatch):
    """A machine with no TZ, no /etc/timezone and no /etc/localtime link."""
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(timezones, "Path", _NoFiles)
    monkeypatch.setattr(timezones.os, "readlink", _no_link)
    return monkeypatch


def test_the_tz_variable_names_the_local_zone(bare_machine):
    bare_machine.setenv("TZ", "America/New_York")
    assert guess_local_zone() == "America/New_York"


def test_a_leading_colon_in_tz_is_ignored(bare_machine):
    bare_machine.setenv("TZ", ":Asia/Tokyo")
    assert guess_local_zone() == "Asia/Tokyo"


def test_etc_timezone_is_read_when_tz_is_not_set(bare_machine):
    bare_machine.setattr(timezones, "Path", _file_says("Europe/Paris\n"))
    assert guess_local_zone() == "Europe/Paris"


def test_the_localtime_link_is_read_last(bare_machine):
    bare_machine.setattr(
        timezones.os, "readlink", lambda _path: "/usr/share/zoneinfo/Australia/Sydney"
    )
    assert guess_local_zone() == "Australia/Sydney"


def test_an_invalid_tz_falls_through_to_the_next_source(bare_machine):
    bare_machine.setenv("TZ", "Nowhere/Special")
    bare_machine.setattr(timezones, "Path", _file_says("Europe/Lisbon"))
    assert guess_local_zone() == "Europe/Lisbon"


def test_utc_when_nothing_names_a_zone(bare_machine):
    bare_machine.setenv("TZ", "Nowhere/Special")
    assert guess_local_zone() == "UTC"


def test_a_typed_date_is_iso_only_while_an_exported_cell_may_be_in_any_usual_form():
    """Two readers on purpose: the CLI asks for YYYY-MM-DD and says so; an import reads
    what address books and LinkedIn write, in the day/month order the file uses."""
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date("14/03/2026")
    assert cell_date("14/03/2026", "dmy") == date(2026, 3, 14)
    assert cell_date("2026-03-14") == parse_date("2026-03-14")
    assert cell_date("") is None
