"""The dashboard's figures from plain records: no database, frozen dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coffeechat.lib import dashboard as d
from coffeechat.lib import referrals

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
# Wednesday 4 November 2026, 09:30 in London (the suite's frozen clock).
NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)


def at(day: int, hour: int = 10, month: int = 11, tz=LONDON) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=tz)


def counts(stages: list[d.Stage]) -> dict[str, int]:
    return {s.key: s.count for s in stages}


# ------------------------------------------------------------------ the funnel


def test_an_empty_funnel_has_every_stage_at_zero():
    stages = d.funnel([])
    assert [s.key for s in stages] == list(d.STAGES)
    assert counts(stages) == dict.fromkeys(d.STAGES, 0)
    assert all(s.rate is None for s in stages)
    assert stages[0].label == "Prospects"


def test_one_prospect():
    stages = counts(d.funnel([d.Chat(contact_id=1)]))
    assert stages["prospect"] == 1
    assert stages["requested"] == 0


def test_each_stage_counts_the_chats_that_ever_reached_it():
    chats = [
        d.Chat(1),  # a prospect
        d.Chat(2, status="requested", requested_at=at(2)),
        d.Chat(3, status="no_response", requested_at=at(2)),  # asked, no answer
        d.Chat(4, status="declined", requested_at=at(2), replied_at=at(3)),
        d.Chat(
            5,
            status="cancelled",
            requested_at=at(2),
            replied_at=at(3),
            moves=frozenset({"scheduled", "cancelled"}),
        ),
        d.Chat(6, status="held", requested_at=at(2), replied_at=at(3), held=True),
        d.Chat(7, status="thanked", requested_at=at(2), replied_at=at(3), held=True),
    ]
    found = d.funnel(chats, referrals=4, leads=2)
    assert counts(found) == {
        "prospect": 7,
        "requested": 6,
        "replied": 4,
        "scheduled": 3,
        "held": 2,
        "thanked": 1,
        "referrals": 4,
        "leads": 2,
    }
    rates = {s.key: s.rate for s in found}
    assert rates["requested"] == pytest.approx(6 / 7)
    assert rates["held"] == pytest.approx(2 / 3)
    assert rates["referrals"] is None and rates["leads"] is None


def test_a_later_stage_implies_the_ones_before_it():
    """A chat imported as thanked, without any history, was requested, answered,
    scheduled and held: the funnel never widens."""
    stages = counts(d.funnel([d.Chat(1, status="thanked")]))
    assert set(stages.values()) == {1, 0}
    assert all(stages[k] == 1 for k in d.CHAT_STAGES)


def test_a_move_in_the_history_counts_even_when_the_chat_went_back():
    """Scheduled, then cancelled, then asked again: it reached scheduled."""
    chat = d.Chat(
        1, status="requested", requested_at=at(2), moves=frozenset({"scheduled", "cancelled"})
    )
    assert chat.reached("scheduled")
    assert not chat.reached("held")


def test_the_funnel_percentages():
    assert d.percent(None) == "–"
    assert d.percent(2 / 3) == "67%"
    assert d.percent(1) == "100%"


# ------------------------------------------------------------------ replies


def test_no_requests_no_rate():
    total, rows = d.replies_by_source([d.Chat(1)], LONDON)
    assert rows == []
    assert total.rate is None and total.median_days is None
    assert total.rate_text == "–" and total.median_text == "–"


def test_reply_rate_and_median_business_days_by_source():
    chats = [
        # Friday → Monday: 1 business day.
        d.Chat(1, "alumni", "scheduled", at(6), at(9)),
        # Monday → Thursday: 3 business days.
        d.Chat(2, "alumni", "declined", at(2), at(5)),
        d.Chat(3, "alumni", "requested", at(2)),
        d.Chat(4, "linkedin", "no_response", at(2)),
        d.Chat(5, "friend", "held", at(2), at(2), held=True),  # same day: 0
        d.Chat(6, "friend", "prospect"),  # not asked: not counted
    ]
    total, rows = d.replies_by_source(chats, LONDON)
    assert [r.source for r in rows] == ["friend", "alumni", "linkedin"]  # the SOURCES order
    alumni = rows[1]
    assert (alumni.requested, alumni.replied) == (3, 2)
    assert alumni.rate == pytest.approx(2 / 3)
    assert alumni.median_days == 2  # median of 1 and 3
    assert alumni.label == "Alumni"
    assert rows[2].rate == 0 and rows[2].median_days is None
    assert (total.requested, total.replied) == (5, 3)
    assert total.median_days == 1


def test_days_to_reply_are_counted_on_local_dates():
    """Sent Friday 23:30 in New York (Saturday in UTC), answered Monday: 1 business day
    in New York's calendar."""
    sent = datetime(2026, 11, 6, 23, 30, tzinfo=NEW_YORK)
    answered = datetime(2026, 11, 9, 9, 0, tzinfo=NEW_YORK)
    chat = d.Chat(1, "friend", "scheduled", sent, answered)
    assert d.reply_days(chat, NEW_YORK) == 1
    assert d.reply_days(chat, ZoneInfo("UTC")) == 1  # Saturday → Monday: also 1
    assert d.reply_days(d.Chat(1, requested_at=sent), NEW_YORK) is None


def test_an_answer_without_its_time_counts_in_the_rate_not_the_days():
    chat = d.Chat(1, "friend", "held", requested_at=at(2), held=True)
    total, _ = d.replies_by_source([chat], LONDON)
    assert total.replied == 1
    assert total.days == ()


# ------------------------------------------------------------------ weeks


def test_twelve_iso_weeks_ending_with_this_one():
    bounds = d.week_bounds(NOW, LONDON, 12)
    assert len(bounds) == 12
    assert bounds[-1].monday == date(2026, 11, 2)
    assert bounds[0].monday == date(2026, 8, 17)
    assert all(b.monday.weekday() == 0 for b in bounds)
    assert bounds[-1].iso_week == 45
    for before, after in zip(bounds, bounds[1:], strict=False):
        assert before.end == after.start


def test_week_bounds_are_local_midnights_across_the_clock_change():
    """New York leaves summer time on Sunday 1 November 2026: the week of 26 October
    starts at 04:00 UTC, the next one at 05:00 UTC."""
    bounds = d.week_bounds(NOW, NEW_YORK, 2)
    assert bounds[0].start.astimezone(UTC) == datetime(2026, 10, 26, 4, tzinfo=UTC)
    assert bounds[1].start.astimezone(UTC) == datetime(2026, 11, 2, 5, tzinfo=UTC)
    assert bounds[1].end.astimezone(UTC) == datetime(2026, 11, 9, 5, tzinfo=UTC)
    # That week is 169 hours long (Python subtracts wall times within one zone).
    week = bounds[0].end.astimezone(UTC) - bounds[0].start.astimezone(UTC)
    assert week == timedelta(hours=169)


def test_a_moment_counts_in_the_users_week_not_the_utc_one():
    """03:00 UTC on Monday 2 November is Sunday evening in New York: last week."""
    bounds = d.week_bounds(NOW, NEW_YORK, 2)
    monday_utc = datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
    assert d.count_by_week([monday_utc], bounds) == [1, 0]
    assert d.count_by_week([monday_utc], d.week_bounds(NOW, LONDON, 2)) == [0, 1]
    # Midnight starting Monday, local, is this week; a moment before it is last week's.
    midnight = datetime(2026, 11, 2, 0, 0, tzinfo=NEW_YORK)
    assert d.count_by_week([midnight, midnight - timedelta(seconds=1)], bounds) == [1, 1]


def test_now_on_a_sunday_night_and_a_monday_morning():
    sunday = datetime(2026, 11, 8, 23, 59, tzinfo=LONDON)
    monday = datetime(2026, 11, 9, 0, 0, tzinfo=LONDON)
    assert d.week_bounds(sunday, LONDON, 1)[0].monday == date(2026, 11, 2)
    assert d.week_bounds(monday, LONDON, 1)[0].monday == date(2026, 11, 9)
    # The same instant is already Monday in Berlin.
    assert d.week_bounds(sunday, ZoneInfo("Europe/Berlin"), 1)[0].monday == date(2026, 11, 9)


def test_week_bounds_refuse_a_naive_now_and_no_weeks():
    with pytest.raises(ValueError):
        d.week_bounds(datetime(2026, 11, 4, 9, 30), LONDON, 12)
    with pytest.raises(ValueError):
        d.week_bounds(NOW, LONDON, 0)
    with pytest.raises(ValueError):
        d.count_by_week([datetime(2026, 11, 4)], d.week_bounds(NOW, LONDON, 1))


def test_a_zone_whose_clocks_skip_midnight_starts_the_day_when_it_can():
    """Santiago moves its clocks from 00:00 to 01:00 on Sunday 6 September 2026."""
    santiago = ZoneInfo("America/Santiago")
    start = d.local_midnight(date(2026, 9, 6), santiago)
    assert (start.hour, start.minute) == (1, 0)
    assert start.astimezone(UTC) == datetime(2026, 9, 6, 4, tzinfo=UTC)


def test_week_labels():
    assert d.week_label(date(2026, 11, 2)) == "2–8 Nov"
    assert d.week_label(date(2026, 10, 26)) == "26 Oct – 1 Nov"
    assert d.week_label(date(2025, 12, 29)) == "29 Dec 2025 – 4 Jan 2026"


def test_weekly_activity_against_the_goal():
    bounds = d.week_bounds(NOW, LONDON, 4)
    activity = d.weekly_activity(bounds, [3, 1, 5, 2], goal=3)
    assert [w.met for w in activity.weeks] == [True, False, True, False]
    assert activity.weeks_met == 2  # this week is not over: not counted
    assert activity.this_week.current and not activity.weeks[0].current
    assert activity.this_week.count == 2
    assert activity.to_go == 1
    assert activity.total == 11
    with pytest.raises(ValueError):
        d.weekly_activity(bounds, [1], goal=3)


def test_weekly_activity_with_nothing_sent():
    activity = d.weekly_activity(d.week_bounds(NOW, LONDON, 12), [0] * 12, goal=3)
    assert activity.total == 0 and activity.weeks_met == 0 and activity.to_go == 3


def test_network_growth_is_cumulative_from_what_came_before():
    bounds = d.week_bounds(NOW, LONDON, 3)
    growth = d.network_growth(bounds, [2, 0, 5], before=10)
    assert [w.total for w in growth.weeks] == [12, 12, 17]
    assert growth.total == 17 and growth.added == 7 and growth.before == 10
    assert growth.weeks[-1].current
    # The line starts from what came before and ends at the total: it rises by `added`.
    assert growth.points[0][1] == 10 and growth.points[-1] == ("Now", 17)
    assert [total for _, total in growth.points] == [10, 12, 12, 17]
    assert growth.start_label == growth.weeks[0].short_label == growth.points[0][0]
    empty = d.network_growth(bounds, [0, 0, 0], before=0)
    assert empty.total == 0


# ------------------------------------------------------------------ referrals and leads


def tree() -> referrals.Forest:
    """Maria → Tom → Zoë; Maria → Ana; Olu (in no introduction)."""
    return referrals.build(
        [
            referrals.Person(1, "Maria"),
            referrals.Person(2, "Tom", 1),
            referrals.Person(3, "Zoë", 2),
            referrals.Person(4, "Ana", 1),
            referrals.Person(5, "Olu"),
        ]
    )


def test_referral_depth():
    depth = d.referral_depth(tree())
    assert [(g.number, g.people) for g in depth.generations] == [(0, 1), (1, 2), (2, 1)]
    assert depth.generations[0].label == "People you knew"
    assert depth.longest.names == ("Maria", "Tom", "Zoë")
    assert depth.reached == 3
    assert depth.deepest == 2


def test_referral_depth_of_no_tree():
    depth = d.referral_depth(referrals.build([]))
    assert depth.generations == [] and depth.reached == 0 and depth.deepest == 0
    assert not depth.longest


def test_referrals_count_only_people_introduced_by_someone_met():
    introduced = [d.Introduced(1, "Maria", "friend", 2), d.Introduced(2, "Tom", "referral", 1)]
    assert d.referrals_from_met(introduced, met=[1]) == 2
    assert d.referrals_from_met(introduced, met=[]) == 0
    assert d.referrals_from_met(introduced, met=[1, 2, 9]) == 3


def test_which_sources_and_people_led_to_referrals_and_leads():
    introduced = [
        d.Introduced(1, "Maria  Lopez", "friend", 2),
        d.Introduced(2, "Tom", "alumni", 1),
    ]
    told = [
        d.Told(2, "Tom", "alumni", 3, referred=1),
        d.Told(7, "Kim", "linkedin", 1),
        d.Told(None, "", "", 2),  # nobody recorded
    ]
    found = d.yields(introduced, told)
    assert [(y.key, y.referrals, y.leads, y.referred) for y in found.by_source] == [
        ("friend", 2, 0, 0),
        ("alumni", 1, 3, 1),
        ("linkedin", 0, 1, 0),
    ]
    assert found.untold_leads == 2
    assert [(y.label, y.referrals, y.leads) for y in found.by_person] == [
        ("Tom", 1, 3),
        ("Maria Lopez", 2, 0),
        ("Kim", 0, 1),
    ]
    assert found.by_person[0].source_label == "Alumni"
    assert len(d.yields(introduced, told, people=1).by_person) == 1


def test_nothing_led_anywhere_yet():
    found = d.yields([], [])
    assert found.by_source == [] and found.by_person == [] and found.untold_leads == 0


# ------------------------------------------------------------------ all of it


def build(**kw) -> d.Dashboard:
    bounds = d.week_bounds(NOW, LONDON, 12)
    given = {
        "chats": [],
        "tz": LONDON,
        "bounds": bounds,
        "requests_per_week": [0] * 12,
        "goal": 3,
        "added_per_week": [0] * 12,
        "added_before": 0,
        "forest": referrals.build([]),
        "introduced": [],
        "told": [],
    }
    given.update(kw)
    return d.build(**given)


def test_an_empty_campaign():
    board = build()
    assert board.empty
    assert board.chats == 0 and board.held == 0 and board.leads == 0
    assert board.replies.rate is None
    assert board.activity.goal == 3


def test_the_whole_dashboard_from_one_record_of_each_kind():
    chats = [d.Chat(1, "friend", "thanked", at(2), at(3), held=True)]
    board = build(
        chats=chats,
        requests_per_week=[0] * 11 + [1],
        added_per_week=[0] * 11 + [1],
        forest=tree(),
        introduced=[d.Introduced(1, "Maria", "friend", 2)],
        told=[d.Told(1, "Maria", "friend", 1, referred=1)],
    )
    assert not board.empty
    assert counts(board.funnel) == {
        "prospect": 1,
        "requested": 1,
        "replied": 1,
        "scheduled": 1,
        "held": 1,
        "thanked": 1,
        "referrals": 2,  # Maria was met: her two introductions count
        "leads": 1,
    }
    assert board.replies.rate == 1 and board.replies.median_days == 1
    assert board.activity.this_week.count == 1
    assert board.growth.total == 1
    assert board.depth.reached == 3
    assert board.yields.by_person[0].label == "Maria"
