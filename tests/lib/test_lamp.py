"""LAMP: targets sorted by Motivation, Postings, Advocacy, and whom to ask next (3B7).

Calendar used throughout (November 2026): Mon 2, Tue 3, Wed 4, Thu 5, Fri 6,
Sat 7, Sun 8, Mon 9, Tue 10, Wed 11, Thu 12, Fri 13.
"""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from coffeechat.lib import lamp, pipeline
from coffeechat.lib.lamp import Person, Target

LONDON = ZoneInfo("Europe/London")
LA = ZoneInfo("America/Los_Angeles")
ACME = 7


def at(day: int, hour: int = 9, minute: int = 0, tz: ZoneInfo = LONDON) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def person(pid, name, source="linkedin", status=None, requested_at=None, **kw) -> Person:
    return Person(
        id=pid,
        name=name,
        source=source,
        organization_id=kw.pop("organization_id", ACME),
        status=status,
        requested_at=requested_at,
        **kw,
    )


def asked(pid, name, day, hour=9, tz=LONDON, source="linkedin") -> Person:
    return person(pid, name, source, pipeline.REQUESTED, at(day, hour, tz=tz))


def target(tid, name, motivation=3, postings="none", advocacy="none", org=None) -> Target:
    return Target(
        id=tid,
        name=name,
        motivation=motivation,
        postings=postings,
        advocacy=advocacy,
        organization_id=org,
    )


def step(people, now, tz=LONDON, **kw) -> lamp.NextStep:
    return lamp.next_person(people, now=now, tz=tz, **kw)


# ------------------------------------------------------------------------ sorting


def test_motivation_counts_first_then_postings_then_advocacy():
    targets = [
        target(1, "Low but posted", motivation=2, postings="target_role", advocacy="contact"),
        target(2, "Keen, nothing posted", motivation=5),
        target(3, "Keen, some postings", motivation=5, postings="any"),
        target(4, "Keen, role posted", motivation=5, postings="target_role"),
        target(
            5, "Keen, role posted, known", motivation=5, postings="target_role", advocacy="warm"
        ),
    ]
    rows = lamp.rank(targets, {}, now=at(4), tz=LONDON)
    assert [r.target.id for r in rows] == [5, 4, 3, 2, 1]


def test_advocacy_ranks_contact_over_alumni_over_warm_over_nobody():
    targets = [target(i, f"T{i}", advocacy=a) for i, a in enumerate(lamp.ADVOCACY)]
    assert [t.advocacy for t in sorted(targets, key=lamp.lamp_key)] == [
        "contact",
        "alumni",
        "warm",
        "none",
    ]


def test_ties_go_by_name_whatever_the_case_then_by_id():
    targets = [target(3, "beta"), target(1, "Alpha"), target(2, "alpha")]
    assert [t.id for t in sorted(targets, key=lamp.lamp_key)] == [1, 2, 3]


def test_unknown_levels_count_as_the_lowest():
    assert lamp.postings_rank("lots") == 0 and lamp.advocacy_rank("") == 0
    assert lamp.higher_advocacy("bogus", "warm") == "warm"
    assert lamp.higher_advocacy("bogus", "none") == "none"


def test_no_targets_no_rows():
    assert lamp.rank([], {}, now=at(4), tz=LONDON) == []


# ------------------------------------------------------------------------ advocacy


def test_someone_known_at_the_organisation_raises_the_advocacy_and_sorts_by_it():
    chosen_none = target(1, "Acme", advocacy="none", org=ACME)
    chosen_warm = target(2, "Bolt", advocacy="warm", org=8)
    people = {1: [person(10, "Jane Smith", "friend")]}
    rows = lamp.rank([chosen_warm, chosen_none], people, now=at(4), tz=LONDON)
    assert [r.target.id for r in rows] == [1, 2]
    acme = rows[0]
    assert (acme.chosen, acme.seen, acme.advocacy, acme.raised) == (
        "none",
        "contact",
        "contact",
        True,
    )
    assert acme.seen_through.name == "Jane Smith"
    assert acme.advocacy_words == "Someone you know there"
    assert rows[1].seen == "none" and not rows[1].raised


def test_alumni_there_give_alumni_and_someone_else_gives_contact():
    alumni_only = [person(1, "Ana", "alumni"), person(2, "Ben", "alumni")]
    assert lamp.seen_advocacy(alumni_only) == ("alumni", alumni_only[0])
    mixed = [person(1, "Ana", "alumni"), person(3, "Zoe", "linkedin"), person(4, "Yan", "friend")]
    level, through = lamp.seen_advocacy(mixed)
    assert level == "contact" and through.name == "Yan"  # the warmest giving it


def test_what_the_user_chose_stays_when_it_is_higher():
    row = lamp.rank(
        [target(1, "Acme", advocacy="contact", org=ACME)],
        {1: [person(1, "Ana", "alumni")]},
        now=at(4),
        tz=LONDON,
    )[0]
    assert (row.seen, row.advocacy, row.raised) == ("alumni", "contact", False)


def test_coworkers_and_people_at_the_employer_give_no_advocacy():
    people = [person(1, "Cora", "coworker"), person(2, "Dev", "friend", discreet=True)]
    assert lamp.seen_advocacy(people) == ("none", None)
    assert lamp.seen_advocacy([]) == ("none", None)


def test_a_career_without_an_organisation_sees_no_advocacy():
    row = lamp.rank(
        [target(1, "Science policy")], {1: [person(1, "Ana", "friend")]}, now=at(4), tz=LONDON
    )[0]
    assert row.seen == "none" and row.step.kind == "ask"


def test_people_at_another_organisation_do_not_count_for_advocacy():
    row = lamp.rank(
        [target(1, "Acme", org=ACME)],
        {1: [person(1, "Ana", "friend", organization_id=99)]},
        now=at(4),
        tz=LONDON,
    )[0]
    assert row.seen == "none"


# ------------------------------------------------------------------ whom to ask next


def test_the_warmest_person_not_yet_asked_comes_next():
    people = [
        person(1, "Lin", "linkedin"),
        person(2, "Ola", "other"),
        person(3, "Fay", "friend"),
        person(4, "Amy", "alumni"),
    ]
    result = step(people, at(4))
    assert (result.kind, result.person.name) == ("ask", "Fay")


def test_warmth_ties_go_by_name():
    result = step([person(2, "bob", "alumni"), person(1, "Ann", "referral")], at(4))
    assert result.person.name == "Ann"


def test_an_open_prospect_chat_still_counts_as_not_asked():
    result = step([person(1, "Ana", "friend", pipeline.PROSPECT, conversation_id=55)], at(4))
    assert result.kind == "ask" and result.person.conversation_id == 55


@pytest.mark.parametrize(
    "status",
    [
        pipeline.SCHEDULED,
        pipeline.HELD,
        pipeline.THANKED,
        pipeline.DECLINED,
        pipeline.NO_RESPONSE,
        pipeline.CANCELLED,
    ],
)
def test_nobody_already_asked_met_or_turned_down_is_suggested(status):
    people = [person(1, "Fay", "friend", status), person(2, "Lin", "linkedin")]
    assert step(people, at(4)).person.name == "Lin"


def test_a_coworker_or_someone_at_the_employer_is_never_suggested():
    people = [person(1, "Cora", "coworker"), person(2, "Dev", "family", discreet=True)]
    result = step(people, at(4))
    assert result.kind == "all_asked" and result.person is None


def test_nobody_known_there():
    assert step([], at(4)) == lamp.NextStep(kind="nobody")


def test_everyone_asked_says_so_and_names_the_unanswered_request():
    people = [asked(1, "Jane Smith", 2), person(2, "Bo", "friend", pipeline.DECLINED)]
    result = step(people, at(5))
    assert result.kind == "all_asked"
    assert result.unanswered.person.name == "Jane Smith"
    assert result.unanswered.follow_up_from == date(2026, 11, 11)


# ------------------------------------------------------ one request per organisation


def test_a_request_fewer_than_3_business_days_old_means_wait():
    people = [asked(1, "Jane Smith", 2), person(2, "Bo", "friend")]
    result = step(people, at(4, 17))
    assert result.kind == "wait"
    assert result.waiting.person.name == "Jane Smith"
    assert result.waiting.asked_on == date(2026, 11, 2)
    assert result.waiting.next_from == date(2026, 11, 5)  # Thursday
    assert result.person.name == "Bo"  # who comes next


def test_on_the_third_business_day_the_next_person_is_suggested():
    people = [asked(1, "Jane Smith", 2, hour=17), person(2, "Bo", "friend")]
    # From 00:00 on Thursday, whatever the time of day the request went out.
    result = step(people, at(5, 0, 1))
    assert (result.kind, result.person.name) == ("ask", "Bo")
    assert result.unanswered.person.name == "Jane Smith"
    assert result.unanswered.follow_up_from == date(2026, 11, 11)  # 7 business days


def test_the_wait_skips_the_weekend():
    people = [asked(1, "Jane Smith", 6), person(2, "Bo", "friend")]  # a Friday
    assert step(people, at(9)).waiting.next_from == date(2026, 11, 11)
    assert step(people, at(10, 23, 59)).kind == "wait"  # Tuesday night
    assert step(people, at(11, 0, 0)).kind == "ask"  # Wednesday


def test_a_request_sent_at_the_weekend_counts_from_monday():
    people = [asked(1, "Jane Smith", 7), person(2, "Bo", "friend")]  # a Saturday
    assert step(people, at(8)).waiting.next_from == date(2026, 11, 11)


def test_days_are_counted_in_the_users_zone():
    # 23:30 on Monday in Los Angeles is already Tuesday 07:30 in London and UTC.
    jane = person(1, "Jane Smith", status=pipeline.REQUESTED, requested_at=at(2, 23, 30, LA))
    people = [jane, person(2, "Bo", "friend")]
    thursday_la = at(5, 0, 30, LA)  # Thursday 08:30 UTC
    assert step(people, thursday_la, tz=LA).kind == "ask"  # asked Monday: free on Thursday
    in_utc = step(people, thursday_la, tz=UTC)
    assert in_utc.kind == "wait"  # asked Tuesday in UTC: free on Friday
    assert in_utc.waiting.next_from == date(2026, 11, 6)
    # Still Wednesday evening in Los Angeles when it is Thursday in London.
    assert step(people, at(4, 22, 0, LA), tz=LA).kind == "wait"


def test_with_two_requests_waiting_the_longer_wait_is_named():
    people = [asked(1, "Jane Smith", 2), asked(2, "Raj Patel", 3), person(3, "Bo", "friend")]
    result = step(people, at(4))
    assert result.waiting.person.name == "Raj Patel"
    assert result.waiting.next_from == date(2026, 11, 6)
    # On Thursday Jane's days are over but Raj's are not: still wait.
    assert step(people, at(5)).waiting.person.name == "Raj Patel"


def test_a_reply_lifts_the_wait():
    people = [
        person(1, "Jane Smith", status=pipeline.SCHEDULED, requested_at=at(3)),
        person(2, "Bo", "friend"),
    ]
    assert step(people, at(4)).kind == "ask"


def test_the_wait_follows_the_users_own_number_of_days():
    people = [asked(1, "Jane Smith", 2), person(2, "Bo", "friend")]
    result = step(people, at(6), next_after_days=5, follow_up_after_days=10)
    assert result.kind == "wait" and result.waiting.next_from == date(2026, 11, 9)
    assert result.waiting.follow_up_from == date(2026, 11, 16)


def test_waiting_while_nobody_else_is_left():
    result = step([asked(1, "Jane Smith", 3)], at(4))
    assert result.kind == "wait" and result.person is None


def test_a_career_target_does_not_wait_for_one_organisation():
    people = [asked(1, "Jane Smith", 3), person(2, "Bo", "friend")]
    assert step(people, at(4), per_organisation=False).kind == "ask"
    rows = lamp.rank([target(1, "Policy")], {1: people}, now=at(4), tz=LONDON)
    assert rows[0].step.kind == "ask" and rows[0].step.unanswered is None


def test_org_request_waiting_for_the_guard():
    jane = asked(1, "Jane Smith", 2)
    waiting = lamp.org_request_waiting([jane], now=at(4, 9, 30), tz=LONDON)
    assert waiting.person == jane and waiting.next_from == date(2026, 11, 5)
    assert lamp.org_request_waiting([jane], now=at(5), tz=LONDON) is None
    assert lamp.org_request_waiting([], now=at(4), tz=LONDON) is None
    declined = person(1, "Jane", status=pipeline.DECLINED, requested_at=at(3))
    assert lamp.org_request_waiting([declined], now=at(4), tz=LONDON) is None
    no_time = person(1, "Jane", status=pipeline.REQUESTED)
    assert lamp.org_request_waiting([no_time], now=at(4), tz=LONDON) is None


def test_the_reason_names_who_is_waiting_and_from_when_to_ask_the_next_person():
    waiting = lamp.org_request_waiting([asked(1, "Jane Smith", 2)], now=at(4), tz=LONDON)
    assert lamp.waiting_reason(waiting, "Acme") == (
        "You asked Jane Smith at Acme on Monday 2 November and have had no reply yet. "
        "One request per organisation at a time: the next person at Acme can be asked "
        "from Thursday 5 November."
    )


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError, match="aware"):
        step([asked(1, "Jane", 2)], datetime(2026, 11, 4, 9, 30))


# ------------------------------------------------------------- the rank passes it all on


def test_the_ranked_list_waits_in_the_users_zone_and_by_the_users_days():
    # Monday 23:30 in Los Angeles: asked on Monday there, on Tuesday in UTC.
    jane = person(1, "Jane Smith", status=pipeline.REQUESTED, requested_at=at(2, 23, 30, LA))
    people = {1: [jane, person(2, "Bo", "friend")]}
    acme = [target(1, "Acme", org=ACME)]
    thursday_la = at(5, 0, 30, LA)
    assert lamp.rank(acme, people, now=thursday_la, tz=LA)[0].step.kind == "ask"
    assert lamp.rank(acme, people, now=thursday_la, tz=UTC)[0].step.kind == "wait"
    row = lamp.rank(acme, people, now=at(6), tz=LONDON, next_after_days=5, follow_up_after_days=10)[
        0
    ]
    assert row.step.kind == "wait"
    assert (row.step.waiting.next_from, row.step.waiting.follow_up_from) == (
        date(2026, 11, 10),
        date(2026, 11, 17),
    )


def test_the_guard_counts_today_in_the_users_zone():
    jane = person(1, "Jane Smith", status=pipeline.REQUESTED, requested_at=at(2, 9, 0, LA))
    # Wednesday 23:30 in Los Angeles, already Thursday in UTC: the wait is not over.
    waiting = lamp.org_request_waiting([jane], now=at(4, 23, 30, LA), tz=LA)
    assert waiting is not None and waiting.next_from == date(2026, 11, 5)


def test_of_two_requests_on_the_same_day_the_later_one_is_named():
    early = person(2, "Early", status=pipeline.REQUESTED, requested_at=at(3, 9))
    late = person(1, "Late", status=pipeline.REQUESTED, requested_at=at(3, 16))
    assert lamp.org_request_waiting([early, late], now=at(4), tz=LONDON).person == late
    assert lamp.org_request_waiting([late, early], now=at(4), tz=LONDON).person == late


def test_the_reason_names_the_organisation_even_when_it_has_no_name():
    waiting = lamp.org_request_waiting([asked(1, "Jane Smith", 2)], now=at(4), tz=LONDON)
    assert lamp.waiting_reason(waiting, "  ") == (
        "You asked Jane Smith at this organisation on Monday 2 November and have had no "
        "reply yet. One request per organisation at a time: the next person at this "
        "organisation can be asked from Thursday 5 November."
    )


def test_someone_from_an_unknown_source_comes_after_everyone_known():
    people = [person(1, "Ann", "met_on_a_train"), person(2, "Zed", "linkedin")]
    assert [p.name for p in lamp.candidates(people)] == ["Zed", "Ann"]


def test_the_strongest_level_seen_wins_over_warmth():
    alumna = person(1, "Ann", "alumni")
    contact = person(2, "Zed", "linkedin")
    assert lamp.seen_advocacy([alumna, contact]) == ("contact", contact)


def test_a_coworker_first_in_the_list_does_not_hide_the_others():
    alumna = person(2, "Ann", "alumni")
    assert lamp.seen_advocacy([person(1, "Cy", "coworker"), alumna]) == ("alumni", alumna)


def test_an_unknown_level_is_nobody_on_a_tie_too():
    assert lamp.higher_advocacy("none", "bogus") == "none"
    assert lamp.higher_advocacy("bogus", "none") == "none"
