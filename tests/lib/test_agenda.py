"""The Today agenda: every follow-up rule fires when it should, and not a moment before.

Calendar used throughout (November 2026): Mon 2, Tue 3, Wed 4, Thu 5, Fri 6,
Sat 7, Sun 8, Mon 9, Tue 10, Wed 11, Thu 12, Fri 13.
"""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coffeechat.lib import pipeline
from coffeechat.lib.agenda import (
    KIND_LABELS,
    KINDS,
    RESOURCE_TITLES,
    Chat,
    Decision,
    EventMeeting,
    Person,
    Resource,
    Rules,
    build_agenda,
)

BERLIN = ZoneInfo("Europe/Berlin")
LA = ZoneInfo("America/Los_Angeles")


def at(day: int, hour: int = 9, minute: int = 0, tz: ZoneInfo = BERLIN) -> datetime:
    """A moment in November 2026."""
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def request(chat_id=1, name="Ana Ruiz", source="alumni", sent=None, **kw) -> Chat:
    return Chat(
        id=chat_id,
        contact_id=100 + chat_id,
        contact_name=name,
        contact_source=source,
        status=pipeline.REQUESTED,
        requested_at=sent or at(2),
        **kw,
    )


def scheduled(when=None, chat_id=1, name="Ana Ruiz", source="alumni", **kw) -> Chat:
    return Chat(
        id=chat_id,
        contact_id=100 + chat_id,
        contact_name=name,
        contact_source=source,
        status=pipeline.SCHEDULED,
        scheduled_at=when or at(4, 14, 30),
        **kw,
    )


def held(status=pipeline.HELD, chat_id=1, name="Ana Ruiz", source="alumni", **kw) -> Chat:
    return Chat(
        id=chat_id,
        contact_id=100 + chat_id,
        contact_name=name,
        contact_source=source,
        status=status,
        held_at=kw.pop("held_at", at(2, 10)),
        **kw,
    )


def agenda(now, tz=BERLIN, **kw):
    return build_agenda(now=now, tz=tz, **kw)


def kinds(items):
    return [item.kind for item in items]


def only(items, kind):
    found = [item for item in items if item.kind == kind]
    assert len(found) == 1, kinds(items)
    return found[0]


# --------------------------------------------------------------- no reply: 3B7


def test_request_without_reply_suggests_next_person_after_three_business_days():
    friend = Person(id=7, name="Ben Okafor", source="friend")
    items = agenda(at(5), chats=[request(sent=at(2))], people=[friend])
    item = only(items, "next_person")
    assert item.due == at(5)
    assert item.title == "Reach out to Ben Okafor (friend) next"
    assert item.detail == (
        "Your request to Ana Ruiz went out 3 business days ago with no reply, "
        "so keep your list moving."
    )
    assert (item.contact_id, item.contact_name, item.conversation_id) == (7, "Ben Okafor", None)


def test_next_person_is_not_due_one_business_day_before():
    assert agenda(at(4, 23, 59), chats=[request(sent=at(2))]) == []


def test_weekend_is_skipped_so_a_friday_request_is_due_on_wednesday():
    chats = [request(sent=at(6, 16))]
    assert agenda(at(10, 23), chats=chats) == []
    assert only(agenda(at(11, 8), chats=chats), "next_person").due == at(11, 16)


def test_next_person_suggests_the_warmest_person_not_yet_approached():
    people = [
        Person(id=1, name="Al LinkedIn", source="linkedin"),
        Person(id=2, name="Zed Alumnus", source="alumni"),
        Person(id=3, name="Cy Community", source="community"),
        Person(id=4, name="Bea Busy", source="family", in_pipeline=True),
        Person(id=5, name="Ari Met", source="family", last_met_at=at(1)),
        Person(id=6, name="Abe Other", source="other"),
        Person(id=8, name="Yan Referral", source="referral"),
    ]
    item = only(agenda(at(5), chats=[request()], people=people), "next_person")
    assert item.contact_name == "Yan Referral"  # referral ties alumni; Y before Z


def test_next_person_never_suggests_someone_who_declined_or_did_not_respond():
    chats = [
        request(),
        Chat(id=2, contact_id=20, contact_name="Di", contact_source="family", status="declined"),
        Chat(id=3, contact_id=30, contact_name="Ed", contact_source="family", status="no_response"),
    ]
    people = [
        Person(id=20, name="Di", source="family"),
        Person(id=30, name="Ed", source="family"),
        Person(id=40, name="Flo", source="linkedin"),
    ]
    assert only(agenda(at(5), chats=chats, people=people), "next_person").contact_name == "Flo"


def test_requests_due_together_suggest_different_people():
    chats = [request(1, "Ana Ruiz"), request(2, "Bo Chen")]
    people = [
        Person(id=7, name="Ben Okafor", source="friend"),
        Person(id=8, name="Cleo Park", source="alumni"),
    ]
    items = agenda(at(5), chats=chats, people=people)
    assert [i.contact_name for i in items if i.kind == "next_person"] == ["Ben Okafor", "Cleo Park"]


def test_with_nobody_left_to_suggest_the_item_asks_to_add_someone_new():
    item = only(agenda(at(5), chats=[request()]), "next_person")
    assert item.title == "Add someone new to your list and reach out to them"
    assert (item.contact_name, item.conversation_id) == ("Ana Ruiz", 1)


def test_request_without_reply_is_due_one_polite_follow_up_after_seven_business_days():
    chats = [request(sent=at(2))]
    assert "follow_up" not in kinds(agenda(at(10, 23), chats=chats))
    item = only(agenda(at(11, 9), chats=chats), "follow_up")
    assert item.due == at(11, 9)
    assert item.title == "Send Ana Ruiz one polite follow-up"
    assert item.detail == "Your request went out 7 business days ago with no reply."
    assert (item.contact_id, item.conversation_id) == (101, 1)


def test_next_person_gives_way_on_the_day_the_follow_up_is_due():
    chats = [request(sent=at(2))]
    assert kinds(agenda(at(10, 23, 59), chats=chats)) == ["next_person"]
    assert kinds(agenda(at(11, 0, 1), chats=chats)) == ["follow_up"]


def test_a_sent_follow_up_replaces_the_follow_up_with_mark_no_response_seven_days_later():
    chats = [request(sent=at(2), follow_up_sent_at=at(11, 10))]
    assert agenda(at(19, 23), chats=chats) == []  # Thu 19 is 6 business days after Wed 11
    item = only(agenda(at(20, 10), chats=chats), "mark_no_response")
    assert item.due == at(20, 10)
    assert item.title == "Mark Ana Ruiz as no response and move on"
    assert item.detail.startswith("Your follow-up went out 7 business days ago with no reply")


def test_a_follow_up_sent_before_the_current_request_does_not_count():
    chats = [request(sent=at(2), follow_up_sent_at=at(1))]
    assert kinds(agenda(at(11, 9), chats=chats)) == ["follow_up"]


def test_rules_can_be_changed():
    rules = Rules(next_person_after_days=1, follow_up_after_days=2)
    chats = [request(sent=at(2))]
    assert kinds(agenda(at(3), chats=chats, rules=rules)) == ["next_person"]
    assert kinds(agenda(at(4), chats=chats, rules=rules)) == ["follow_up"]


def test_other_statuses_have_no_request_items():
    chats = [
        Chat(1, 101, "Ana Ruiz", "alumni", status=s, requested_at=at(2))
        for s in ("prospect", "declined", "no_response", "cancelled")
    ]
    assert agenda(at(30), chats=chats) == []


# ----------------------------------------------------------------- scheduled chats


def test_chat_tomorrow_is_due_for_preparation_from_midnight():
    chats = [scheduled(at(4, 14, 30))]
    assert agenda(at(2, 23, 59), chats=chats) == []
    item = only(agenda(at(3, 8), chats=chats), "prepare")
    assert item.due == at(3, 0)
    assert item.title == "Prepare for tomorrow's chat with Ana Ruiz"
    assert "Wednesday 4 November at 14:30" in item.detail


def test_preparation_expires_on_the_chat_day_when_be_on_time_takes_over():
    items = agenda(at(4, 7), chats=[scheduled(at(4, 14, 30))])
    assert kinds(items) == ["be_on_time"]
    item = items[0]
    assert item.due == at(4, 13, 30)
    assert item.title == "Chat with Ana Ruiz at 14:30 — review the prep sheet and be on time"
    assert item.overdue is False


def test_be_on_time_shows_until_the_chat_is_over():
    chats = [scheduled(at(4, 14, 30), duration_minutes=20)]
    assert kinds(agenda(at(4, 14, 49), chats=chats)) == ["be_on_time"]
    assert agenda(at(4, 14, 50), chats=chats) == []


def test_chat_time_is_shown_in_the_users_time_zone():
    chats = [scheduled(datetime(2026, 11, 4, 13, 30, tzinfo=UTC))]
    item = only(agenda(at(4, 7), chats=chats), "be_on_time")
    assert "at 14:30 —" in item.title
    assert item.due.tzinfo == BERLIN


# ------------------------------------------------------------------------ after a chat


def test_thank_you_shows_once_the_chat_is_held_and_is_due_within_24_hours():
    chats = [held(held_at=at(2, 10))]
    assert "thank_you" not in kinds(agenda(at(2, 9), chats=chats, day=date(2026, 11, 1)))
    same_day = only(agenda(at(2, 11), chats=chats), "thank_you")
    assert same_day.due == at(3, 10)
    item = only(agenda(at(3, 8), chats=chats), "thank_you")
    assert item.due == at(3, 10)
    assert item.title == "Thank Ana Ruiz and mention something specific"
    assert item.overdue is False
    later = only(agenda(at(30), chats=chats), "thank_you")
    assert later.overdue is True


def test_no_thank_you_item_once_one_is_sent():
    chats = [
        held(chat_id=1, thank_you_sent_at=at(2, 18)),
        held(pipeline.THANKED, chat_id=2, name="Bo Chen"),
    ]
    assert "thank_you" not in kinds(agenda(at(5), chats=chats))


def test_held_chat_without_names_noted_asks_for_further_people_from_the_chat_on():
    chats = [held(held_at=at(2, 10)), held(pipeline.THANKED, chat_id=2, name="Bo Chen")]
    assert agenda(at(1, 23), chats=chats) == []
    items = [i for i in agenda(at(2, 11), chats=chats) if i.kind != "thank_you"]
    assert kinds(items) == ["ask_for_names", "ask_for_names"]
    assert items[0].title == "Ask Ana Ruiz who else you should talk to, and note the names"
    assert items[0].due == at(2, 10)


def test_names_noted_means_nothing_more_to_ask():
    assert agenda(at(5), chats=[held(names_noted=True, thank_you_sent_at=at(2, 12))]) == []


@pytest.mark.parametrize(
    "kind, title",
    [
        ("book", "Read “Range” (from Ana Ruiz) and tell them what you took from it"),
        ("lead", "Follow up the lead “Range” (from Ana Ruiz) and tell them how it goes"),
        ("person", "Add “Range” as a contact referred by Ana Ruiz"),
        ("organisation", "Look into “Range” (suggested by Ana Ruiz) and tell them what you found"),
        ("something_new", "Follow up “Range” (from Ana Ruiz) and tell them when it is done"),
    ],
)
def test_open_resource_is_due_from_capture_with_a_title_by_kind(kind, title):
    res = Resource(
        id=5,
        kind=kind,
        title="Range",
        created_at=at(2, 11),
        contact_id=101,
        contact_name="Ana Ruiz",
        contact_source="alumni",
        conversation_id=1,
    )
    assert agenda(at(1), resources=[res]) == []
    item = only(agenda(at(2, 12), resources=[res]), "resource")
    assert item.title == title
    assert (item.due, item.contact_id, item.conversation_id) == (at(2, 11), 101, 1)


def test_every_resource_kind_has_a_title_with_and_without_a_contact():
    kinds_ = ("book", "organisation", "website", "event", "lead", "person", "other")
    assert set(RESOURCE_TITLES) == set(kinds_)
    resources = [Resource(id=i, kind=k, title="X", created_at=at(2)) for i, k in enumerate(kinds_)]
    items = agenda(at(3), resources=resources)
    assert len(items) == len(kinds_)
    assert all("“X”" in item.title and "(from" not in item.title for item in items)


def test_keep_in_touch_is_due_eight_weeks_after_the_last_contact():
    person = Person(id=9, name="Cleo Park", source="alumni", last_met_at=at(2, 10))
    assert agenda(at(2, 10) + timedelta(weeks=8, days=-1), people=[person]) == []
    item = only(agenda(at(2, 10) + timedelta(weeks=8), people=[person]), "keep_in_touch")
    assert item.due == datetime(2026, 12, 28, 10, 0, tzinfo=BERLIN)
    assert item.title == "Send Cleo Park a short keep-in-touch update"


def test_a_later_touch_restarts_the_keep_in_touch_clock():
    person = Person(9, "Cleo Park", "alumni", last_met_at=at(2), last_touch_at=at(20))
    assert agenda(at(2) + timedelta(weeks=9), people=[person]) == []
    assert only(agenda(at(20) + timedelta(weeks=8), people=[person]), "keep_in_touch")


def test_no_keep_in_touch_for_people_never_met_or_in_the_pipeline():
    people = [
        Person(1, "Never Met", "friend"),
        Person(2, "Busy Now", "friend", last_met_at=at(2), in_pipeline=True),
    ]
    assert agenda(at(2) + timedelta(weeks=20), people=people) == []


def test_someone_met_at_an_event_is_due_a_follow_up_two_days_later():
    meeting = EventMeeting(3, "ACS Fall Meeting", 50, "Dee Ng", "event", met_on=date(2026, 11, 2))
    assert agenda(at(3, 23, 59), meetings=[meeting]) == []
    item = only(agenda(at(4, 0), meetings=[meeting]), "event_follow_up")
    assert item.due == at(4, 0)
    assert item.title == "Follow up with Dee Ng by e-mail or LinkedIn"
    assert "ACS Fall Meeting" in item.detail
    followed = EventMeeting(3, "ACS", 50, "Dee Ng", "event", date(2026, 11, 2), followed_up=True)
    assert agenda(at(9), meetings=[followed]) == []


# --------------------------------------------------------------------------- time zones


def test_a_late_evening_request_counts_business_days_in_the_users_time_zone():
    # Thursday 23:30 in Los Angeles is already Friday in UTC; Thu + 3 = Tue, Fri + 3 = Wed.
    chats = [request(sent=at(5, 23, 30, tz=LA))]
    item = only(agenda(at(10, 9, tz=LA), tz=LA, chats=chats), "next_person")
    assert item.due == at(10, 23, 30, tz=LA)
    assert item.due.tzinfo == LA


def test_the_agenda_day_is_the_local_date_not_the_utc_date():
    meeting = EventMeeting(3, "Meetup", 50, "Dee Ng", "event", met_on=date(2026, 11, 9))
    evening = at(10, 20, tz=LA)  # already Wednesday 11 in UTC
    assert agenda(evening, tz=LA, meetings=[meeting]) == []
    assert kinds(agenda(at(11, 0, tz=LA), tz=LA, meetings=[meeting])) == ["event_follow_up"]


def test_a_naive_now_is_refused():
    with pytest.raises(ValueError):
        build_agenda(now=datetime(2026, 11, 2, 9), tz=BERLIN)


# -------------------------------------------------------------------------- discretion


def test_a_coworker_never_appears_in_any_item():
    cw = "coworker"
    chats = [
        request(1, "Cora Worker", cw, sent=at(2)),
        request(2, "Cole Worker", cw, sent=at(2), follow_up_sent_at=at(3)),
        scheduled(at(30, 14), chat_id=3, name="Cara Worker", source=cw),
        held(chat_id=4, name="Cody Worker", source=cw),
    ]
    people = [Person(5, "Cass Worker", cw, last_met_at=at(2) - timedelta(weeks=10))]
    resources = [Resource(6, "book", "Range", at(2), 104, "Cody Worker", cw, 4)]
    meetings = [EventMeeting(7, "Meetup", 108, "Cato Worker", cw, met_on=date(2026, 11, 2))]
    for now in (at(5), at(12), at(29), at(30, 13)):
        items = agenda(now, chats=chats, people=people, resources=resources, meetings=meetings)
        assert items == [], [i.title for i in items]


def test_a_coworker_is_never_suggested_as_the_next_person():
    people = [Person(1, "Aaron Desk", "coworker"), Person(2, "Zoe Far", "other")]
    item = only(agenda(at(5), chats=[request()], people=people), "next_person")
    assert item.contact_name == "Zoe Far"
    assert "Aaron" not in item.title + item.detail


# ------------------------------------------------------------------ dismiss and snooze


def test_a_dismissed_item_is_hidden():
    chats = [request(sent=at(2))]
    key = only(agenda(at(11), chats=chats), "follow_up").key
    assert agenda(at(11), chats=chats, decisions=[Decision(key, dismissed=True)]) == []


def test_a_snoozed_item_is_hidden_until_the_snooze_ends():
    chats = [request(sent=at(2))]
    key = only(agenda(at(11), chats=chats), "follow_up").key
    snooze = [Decision(key, snoozed_until=date(2026, 11, 13))]
    assert agenda(at(12, 17), chats=chats, decisions=snooze) == []
    item = only(agenda(at(13, 8), chats=chats, decisions=snooze), "follow_up")
    assert item.overdue is True


def test_a_new_request_makes_a_new_key_so_an_old_dismissal_does_not_hide_it():
    old = only(agenda(at(11), chats=[request(sent=at(2))]), "follow_up")
    assert old.key == "follow_up:chat:1:2026-11-02T08:00:00+00:00"
    dismissed = [Decision(old.key, dismissed=True)]
    again = [request(sent=at(11, 10))]  # asked again after a decline
    item = only(agenda(at(20, 10), chats=again, decisions=dismissed), "follow_up")
    assert item.key != old.key


def test_a_reschedule_makes_a_new_key_for_the_reminders():
    first = only(agenda(at(4, 7), chats=[scheduled(at(4, 14, 30))]), "be_on_time")
    dismissed = [Decision(first.key, dismissed=True)]
    moved = [scheduled(at(4, 16, 0))]
    assert kinds(agenda(at(4, 7), chats=moved, decisions=dismissed)) == ["be_on_time"]


# ------------------------------------------------------------------ looking ahead, order


def test_a_future_day_shows_what_will_be_due_by_then():
    chats = [request(sent=at(2)), scheduled(at(13, 10), chat_id=2, name="Bo Chen")]
    items = agenda(at(2, 12), chats=chats, day=date(2026, 11, 12))
    # next_person (due Thu 5) has expired by Wed 11; prepare for Fri 13 is due Thu 12,
    # and so is confirming it (not confirmed yet).
    assert kinds(items) == ["follow_up", "prepare", "confirm"]
    assert [i.overdue for i in items] == [True, False, False]


def test_a_future_day_does_not_show_what_expires_before_it_starts():
    chats = [scheduled(at(4, 14, 30))]
    assert agenda(at(2), chats=chats, day=date(2026, 11, 5)) == []
    assert kinds(agenda(at(2), chats=chats, day=date(2026, 11, 4))) == ["be_on_time"]


def test_items_are_sorted_by_due_time_then_kind_then_contact_name():
    chats = [
        held(chat_id=1, name="Zed Last", held_at=at(2, 9), thank_you_sent_at=at(2, 12)),
        held(chat_id=2, name="Amy First", held_at=at(2, 9), thank_you_sent_at=at(2, 12)),
        request(3, "Mo Early", sent=at(1, 8)),  # Sunday: +3 business days = Wed 4, 08:00
    ]
    resources = [Resource(9, "book", "Range", at(2, 9), 102, "Amy First", "alumni", 2)]
    items = agenda(at(4, 12), chats=chats, resources=resources)
    assert [(i.kind, i.contact_name) for i in items] == [
        ("ask_for_names", "Amy First"),
        ("ask_for_names", "Zed Last"),
        ("resource", "Amy First"),
        ("next_person", "Mo Early"),
    ]
    assert [i.overdue for i in items] == [True, True, True, False]


def test_every_kind_has_a_label():
    assert set(KIND_LABELS) == set(KINDS)
    assert len(KINDS) == 12
    assert KIND_LABELS["tell"] == "Close the loop"
    assert KIND_LABELS["follow_up"] == "Follow up"
