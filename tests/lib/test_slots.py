"""How offered times read in a message: pure, no database."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest

from coffeechat.lib.slots import slots_text

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
AUCKLAND = ZoneInfo("Pacific/Auckland")

# 09:00, 14:30 and 16:00 New York time (UTC-5 in November).
TUE = datetime(2026, 11, 10, 14, 0, tzinfo=UTC)
WED = datetime(2026, 11, 11, 19, 30, tzinfo=UTC)
THU = datetime(2026, 11, 12, 21, 0, tzinfo=UTC)


def test_three_times_in_the_contacts_zone_with_the_zone_named_once():
    assert slots_text([TUE, WED, THU], NEW_YORK, LONDON) == (
        "Tuesday 10 November at 09:00, Wednesday 11 November at 14:30 or "
        "Thursday 12 November at 16:00 (New York time)"
    )


def test_two_times_are_joined_with_or():
    assert slots_text([TUE, WED], NEW_YORK, LONDON) == (
        "Tuesday 10 November at 09:00 or Wednesday 11 November at 14:30 (New York time)"
    )


def test_one_time_alone_reads_like_an_agreed_time():
    assert slots_text([TUE], NEW_YORK, LONDON) == "Tuesday 10 November at 09:00 New York time"


def test_times_are_listed_earliest_first_and_once():
    assert slots_text([THU, TUE, WED, TUE], NEW_YORK, LONDON) == slots_text(
        [TUE, WED, THU], NEW_YORK, LONDON
    )


def test_without_the_contacts_zone_the_users_is_used_and_named():
    assert slots_text([TUE, WED], None, LONDON) == (
        "Tuesday 10 November at 14:00 or Wednesday 11 November at 19:30 (London time)"
    )
    assert slots_text([TUE], "", "Europe/London") == "Tuesday 10 November at 14:00 London time"


def test_zones_may_be_given_by_name_and_an_unknown_one_is_passed_over():
    assert slots_text([TUE], "America/New_York", "Europe/London") == slots_text(
        [TUE], NEW_YORK, LONDON
    )
    assert "London time" in slots_text([TUE], "Mars/Olympus", "Europe/London")


def test_a_contact_13_hours_away_reads_their_own_day():
    # 20:00 on Tuesday in London is 09:00 on Wednesday in Auckland (UTC+13 in November).
    evening = datetime(2026, 11, 10, 20, 0, tzinfo=UTC)
    text = slots_text([evening, THU], AUCKLAND, LONDON)
    assert text == ("Wednesday 11 November at 09:00 or Friday 13 November at 10:00 (Auckland time)")


def test_times_in_another_offset_are_read_as_the_same_instant():
    same = TUE.astimezone(AUCKLAND)
    assert slots_text([same], NEW_YORK, LONDON) == slots_text([TUE], NEW_YORK, LONDON)


def test_no_times_no_text():
    assert slots_text([], NEW_YORK, LONDON) == ""


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError, match=r"^An offered time must be an aware datetime \(UTC\)\.$"):
        slots_text([datetime(2026, 11, 10, 14, 0)], NEW_YORK, LONDON)


class _NoOffset(tzinfo):
    """A time zone that does not know its offset: its times are naive all the same."""

    def utcoffset(self, dt):
        return None


def test_a_time_whose_zone_gives_no_offset_is_refused_as_naive():
    with pytest.raises(ValueError):
        slots_text([datetime(2026, 11, 10, 14, 0, tzinfo=_NoOffset())], NEW_YORK, LONDON)


def test_without_any_known_zone_the_times_read_in_utc():
    assert slots_text([TUE], None, "Mars/Olympus") == "Tuesday 10 November at 14:00 UTC"


# ------------------------------------------------------------------ in the built-in messages


def _values(**extra):
    from coffeechat.lib.message_templates import template_values

    return template_values(first_name="Ana", zone_name="America/New_York", **extra)


@pytest.mark.parametrize("kind", ["request", "follow_up"])
def test_without_offered_times_the_message_reads_exactly_as_before(kind):
    from coffeechat.lib.message_templates import DEFAULTS, Template, fill_template

    template = DEFAULTS[kind]
    before = Template(
        template.subject,
        template.body.replace(" [Would {slots} suit you?]", "").replace(
            " [Would {slots} work for you?]", ""
        ),
    )
    assert "{slots}" not in before.body
    assert fill_template(template, _values()) == fill_template(before, _values())


@pytest.mark.parametrize("kind", ["request", "follow_up"])
def test_offered_times_are_asked_about_after_the_15_to_20_minute_ask(kind):
    from coffeechat.lib.message_templates import DEFAULTS, fill_template

    body = fill_template(DEFAULTS[kind], _values(slots=[TUE, WED, THU])).body
    ask = body.index("15 to 20 minutes")
    offered = body.index(
        "Would Tuesday 10 November at 09:00, Wednesday 11 November at 14:30 or "
        "Thursday 12 November at 16:00 (New York time) "
    )
    assert ask < offered
