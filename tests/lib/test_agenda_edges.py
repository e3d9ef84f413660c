"""The agenda at its edges: local days that are weekends in UTC, item keys, exact wording,
singulars, and the helpers the services call directly.

Calendar (November 2026): Mon 2, Tue 3, Wed 4, Thu 5, Fri 6, Sat 7, Sun 8, Mon 9, Tue 10,
Wed 11, Thu 12, Fri 13, Mon 16, Tue 17. Los Angeles is UTC-8 all month.
"""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from coffeechat.lib import pipeline
from coffeechat.lib.agenda import (
    NEXT_PERSON,
    Chat,
    Decision,
    DoneAction,
    EventMeeting,
    Item,
    Person,
    Resource,
    Rules,
    build_agenda,
    keep_in_touch_due,
    last_interaction,
    sort_key,
)

LA = ZoneInfo("America/Los_Angeles")


def at(day: int, hour: int = 9, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=LA)


def request(chat_id=1, sent=None, **kw) -> Chat:
    return Chat(
        id=chat_id,
        contact_id=100 + chat_id,
        contact_name=kw.pop("name", "Ana Ruiz"),
        contact_source="alumni",
        status=pipeline.REQUESTED,
        requested_at=sent or at(2),
        **kw,
    )


def agenda(now, **kw):
    return build_agenda(now=now, tz=LA, **kw)


def of_kind(items, kind):
    return [item for item in items if item.kind == kind]


# ------------------------------------------- a Friday evening is a Saturday in UTC


def test_a_friday_evening_request_counts_from_friday():
    chats = [request(sent=at(6, 20))]  # Saturday 04:00 UTC
    assert of_kind(agenda(at(10, 21), chats=chats), NEXT_PERSON) == []
    assert of_kind(agenda(at(11, 9), chats=chats), NEXT_PERSON)[0].due == at(11, 20)
    assert of_kind(agenda(at(16, 21), chats=chats), "follow_up") == []
    assert of_kind(agenda(at(17, 9), chats=chats), "follow_up")[0].due == at(17, 20)


def test_a_follow_up_sent_on_a_friday_evening_counts_from_friday():
    chats = [request(sent=at(2), follow_up_sent_at=at(6, 20))]
    assert agenda(at(16, 21), chats=chats) == []
    item = of_kind(agenda(at(17, 9), chats=chats), "mark_no_response")[0]
    assert item.due == at(17, 20)


def test_the_next_person_gives_way_on_the_local_day_the_follow_up_is_due():
    chats = [request(sent=at(5, 20))]  # Thursday here, Friday in UTC: follow up Monday 16
    assert [item.kind for item in agenda(at(16, 9), chats=chats)] == ["follow_up"]


def test_business_days_waited_count_from_the_local_day_sent():
    chats = [request(sent=at(8, 20))]  # Sunday here, Monday in UTC
    item = of_kind(agenda(at(11, 21), chats=chats), NEXT_PERSON)[0]
    assert item.detail == (
        "Your request to Ana Ruiz went out 3 business days ago with no reply, "
        "and nobody on your list is waiting."
    )
    assert item.key == "next_person:chat:1:2026-11-09T04:00:00+00:00"


# --------------------------------------------------------------------- keys and order


def test_each_request_item_has_its_key_and_a_dismissal_by_key_hides_it():
    sent, followed = at(2), at(11, 10)
    chats = [request(sent=sent)]
    item = of_kind(agenda(at(5), chats=chats), NEXT_PERSON)[0]
    assert item.key == "next_person:chat:1:2026-11-02T17:00:00+00:00"
    assert (
        of_kind(agenda(at(5), chats=chats, decisions=[Decision(item.key, True)]), NEXT_PERSON) == []
    )

    chats = [request(sent=sent, follow_up_sent_at=followed)]
    item = of_kind(agenda(at(20, 10), chats=chats), "mark_no_response")[0]
    assert item.key == "mark_no_response:chat:1:2026-11-11T18:00:00+00:00"
    dismissed = [Decision(item.key, dismissed=True)]
    assert agenda(at(20, 10), chats=chats, decisions=dismissed) == []


def test_a_request_not_yet_due_does_not_hide_the_ones_after_it():
    chats = [
        request(1, sent=at(12), name="New One"),
        request(2, sent=at(2), name="Old One"),
        request(3, sent=at(12), name="Newer", follow_up_sent_at=at(13)),
        request(4, sent=at(2), name="Followed", follow_up_sent_at=at(3)),
    ]
    items = agenda(at(13), chats=chats)
    assert sorted((i.kind, i.contact_name) for i in items if i.kind != NEXT_PERSON) == [
        ("follow_up", "Old One"),
        ("mark_no_response", "Followed"),
    ]


def test_an_item_of_a_kind_not_in_the_table_sorts_after_the_known_ones():
    def item(kind):
        due = at(2)
        return Item(f"{kind}:x", kind, due, "t", "d", None, "Ana", None, overdue=False)

    assert sorted([item("custom"), item("event_follow_up")], key=sort_key)[0].kind == (
        "event_follow_up"
    )


# ------------------------------------------------------------------------------ wording


def test_one_business_day_is_singular():
    chats = [request(sent=at(2))]
    item = of_kind(agenda(at(3), chats=chats, rules=Rules(follow_up_after_days=1)), "follow_up")[0]
    assert item.detail == "Your request went out 1 business day ago with no reply."


def test_the_source_of_the_next_person_reads_in_words():
    people = [Person(id=7, name="Ben Okafor", source="former_colleague")]
    item = of_kind(agenda(at(5), chats=[request()], people=people), NEXT_PERSON)[0]
    assert item.title == "Reach out to Ben Okafor (former colleague) next"


def test_someone_from_an_unknown_source_is_suggested_after_everyone_known():
    people = [
        Person(id=7, name="Al Stranger", source="met_on_a_train"),
        Person(id=8, name="Zed LinkedIn", source="linkedin"),
    ]
    chats = [request(1), request(2, name="Bo Chen")]
    items = of_kind(agenda(at(5), chats=chats, people=people), NEXT_PERSON)
    suggested = {item.detail.split(" went out")[0]: item.contact_name for item in items}
    assert suggested == {
        "Your request to Ana Ruiz": "Zed LinkedIn",  # asked first, so suggested first
        "Your request to Bo Chen": "Al Stranger",
    }


def test_someone_at_the_same_unnamed_organisation_is_suggested_there():
    chats = [request(organization_id=9)]
    people = [Person(id=7, name="Ben Okafor", source="linkedin", organization_id=9)]
    item = of_kind(agenda(at(5), chats=chats, people=people), NEXT_PERSON)[0]
    assert item.detail == (
        "Your request to Ana Ruiz went out 3 business days ago with no reply; Ben Okafor "
        "also works at the same organisation, so try them there."
    )


# ------------------------------------------------------------------- same-moment records


def test_a_follow_up_recorded_at_the_moment_of_the_request_counts():
    chats = [request(sent=at(2), follow_up_sent_at=at(2))]
    assert [item.kind for item in agenda(at(11), chats=chats)] == ["mark_no_response"]


def test_a_confirmation_sent_at_the_moment_of_the_reschedule_counts():
    chat = Chat(
        id=1,
        contact_id=101,
        contact_name="Ana Ruiz",
        contact_source="alumni",
        status=pipeline.SCHEDULED,
        scheduled_at=at(5, 14),
        confirmed_at=at(3),
        rescheduled_at=at(3),
    )
    assert [item.kind for item in agenda(at(4), chats=[chat])] == ["prepare"]


# ---------------------------------------------------------------- keep in touch, directly


def test_never_met_and_never_touched_has_no_last_interaction():
    assert last_interaction(Person(id=1, name="Ana", source="alumni")) is None


def test_keep_in_touch_keeps_the_local_time_across_a_clock_change():
    met = at(15, 9, month=9)  # 09:00 in September, summer time
    due = keep_in_touch_due(Person(1, "Ana", "alumni", last_met_at=met), Rules(), LA)
    assert due == at(10, 9)
    assert due.astimezone(UTC).hour == 17


# ------------------------------------------------------- now, judged in the user's zone


def test_a_naive_now_is_refused_with_a_reason():
    with pytest.raises(ValueError, match="^expected an aware datetime, got naive datetime"):
        build_agenda(now=datetime(2026, 11, 2, 9), tz=LA)


def test_on_an_evening_that_is_tomorrow_in_utc_a_chat_held_this_morning_has_expired():
    morning = Chat(
        id=1,
        contact_id=101,
        contact_name="Ana Ruiz",
        contact_source="alumni",
        status=pipeline.SCHEDULED,
        scheduled_at=at(11, 10),
        confirmed_at=at(9),
    )
    assert agenda(at(11, 20, 30), chats=[morning]) == []


# ------------------------------------------- a hidden item does not hide the ones after it


def test_each_rule_goes_on_past_a_dismissed_or_passed_over_record():
    def scheduled(chat_id, **kw):
        return Chat(
            chat_id, 100 + chat_id, f"Contact {chat_id}", "alumni", pipeline.SCHEDULED, **kw
        )

    def held(chat_id, **kw):
        return Chat(chat_id, 100 + chat_id, f"Contact {chat_id}", "alumni", pipeline.HELD, **kw)

    chats = [
        scheduled(1, scheduled_at=at(12, 14), confirmed_at=at(9)),  # confirmed: no confirm item
        scheduled(2, scheduled_at=at(12, 15)),  # dismissed below
        scheduled(3, scheduled_at=at(12, 16)),
        scheduled(4, scheduled_at=at(13, 9), held_at=at(2)),  # moved on again: not held
        held(5, held_at=at(11, 10)),  # dismissed below
        held(6, held_at=at(11, 11)),
    ]
    resources = [
        Resource(1, "book", "Range", at(10, 20), 101, "Contact 1", "alumni"),  # dismissed
        Resource(2, "book", "Deep Work", at(10, 21)),
    ]
    done = [
        DoneAction(1, "book", "Range", at(10, 20), 101, "Contact 1", last_message_at=at(10, 20)),
        DoneAction(2, "book", "Grit", at(10, 20), 102, "Contact 2"),  # dismissed
        DoneAction(3, "book", "Flow", at(10, 20), 103, "Contact 3"),
    ]
    people = [
        Person(7, "Dismissed", "alumni", last_met_at=at(16, 9, month=9)),
        Person(8, "Met Late", "alumni", last_met_at=at(16, 20, month=9)),
    ]
    meetings = [
        EventMeeting(1, "Meetup", 9, "Dismissed", "event", met_on=date(2026, 11, 9)),
        EventMeeting(1, "Meetup", 10, "Dee Ng", "event", met_on=date(2026, 11, 9)),
    ]
    keys = {
        "prepare:chat:2:2026-11-12T23:00:00+00:00",
        "confirm:chat:2:2026-11-12T23:00:00+00:00",
        "thank_you:chat:5:2026-11-11T18:00:00+00:00",
        "ask_for_names:chat:5:2026-11-11T18:00:00+00:00",
        "resource:resource:1:2026-11-11T04:00:00+00:00",
        "tell:action:2:2026-11-11T04:00:00+00:00",
        "keep_in_touch:contact:7:2026-09-16T16:00:00+00:00",
        "event_follow_up:event:1-9:2026-11-09",
    }
    items = agenda(
        at(11, 20, 30),
        chats=chats,
        resources=resources,
        done=done,
        people=people,
        meetings=meetings,
        decisions=[Decision(key, dismissed=True) for key in keys],
    )
    assert not keys & {item.key for item in items}
    shown = sorted((item.kind, item.contact_name or item.title) for item in items)
    assert shown == [
        ("ask_for_names", "Contact 6"),
        ("confirm", "Contact 3"),
        ("event_follow_up", "Dee Ng"),
        ("keep_in_touch", "Met Late"),
        ("prepare", "Contact 1"),
        ("prepare", "Contact 3"),
        ("resource", "Read “Deep Work” and note what you took from it"),
        ("tell", "Contact 3"),
        ("thank_you", "Contact 6"),
    ]
    resource = of_kind(items, "resource")[0]
    assert resource.detail == "You captured it on Tuesday 10 November and it is still open."
    # Met at 20:00 in Los Angeles on the 16th, already the 17th in UTC.
    assert of_kind(items, "keep_in_touch")[0].detail.startswith(
        "Your last contact was on Wednesday 16 September, 8 weeks or more ago"
    )
