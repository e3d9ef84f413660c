"""Closing the loop: an item someone suggested is done, so Today says "tell them".

Calendar (November 2026): Mon 2, Tue 3, Wed 4, Thu 5, Fri 6.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from coffeechat.lib.agenda import (
    KINDS,
    TELL,
    TELL_TITLES,
    Decision,
    DoneAction,
    Resource,
    build_agenda,
)

LONDON = ZoneInfo("Europe/London")


def at(day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=LONDON)


def done(kind="book", title="Range", **kw) -> DoneAction:
    fields = {
        "id": 7,
        "kind": kind,
        "title": title,
        "done_at": at(3, 20, 45),
        "contact_id": 101,
        "contact_name": "Ana Ruiz",
        "contact_source": "alumni",
        "conversation_id": 12,
    }
    fields.update(kw)
    return DoneAction(**fields)


def tells(now, actions, **kw):
    return [i for i in build_agenda(now=now, tz=LONDON, done=actions, **kw) if i.kind == TELL]


@pytest.mark.parametrize(
    ("kind", "title", "expected"),
    [
        ("book", "Range", "Tell Ana Ruiz you read “Range”"),
        (
            "organisation",
            "Royal Society of Chemistry",
            "Tell Ana Ruiz you looked into “Royal Society of Chemistry”",
        ),
        ("website", "careers.example.org", "Tell Ana Ruiz you visited “careers.example.org”"),
        ("event", "Policy meetup", "Tell Ana Ruiz you went to “Policy meetup”"),
        ("lead", "Data role in May", "Tell Ana Ruiz how the lead “Data role in May” went"),
        ("other", "Update the CV", "Tell Ana Ruiz you followed up “Update the CV”"),
        ("something new", "X", "Tell Ana Ruiz you followed up “X”"),
    ],
)
def test_a_done_item_from_someone_says_tell_them_with_wording_by_kind(kind, title, expected):
    (item,) = tells(at(4), [done(kind, title)])
    assert item.title == expected
    assert item.label == "Close the loop"
    assert item.contact_id == 101 and item.conversation_id == 12 and item.action_id == 7
    assert "Tuesday 3 November" in item.detail


def test_a_person_item_names_the_person_met():
    (item,) = tells(at(4), [done("person", "Zoë Ørsted", person_name="Zoë Ørsted-Lund")])
    assert item.title == "Tell Ana Ruiz you met Zoë Ørsted-Lund"
    (item,) = tells(at(4), [done("person", "Zoë Ørsted")])  # no contact made for them
    assert item.title == "Tell Ana Ruiz you met Zoë Ørsted"


def test_every_kind_with_a_resource_title_has_something_to_tell():
    from coffeechat.lib.agenda import RESOURCE_TITLES

    assert set(RESOURCE_TITLES) == set(TELL_TITLES)
    assert KINDS.index("resource") < KINDS.index(TELL) < KINDS.index("keep_in_touch")


def test_it_is_due_when_the_item_was_done_and_stays_until_dealt_with():
    assert tells(at(2, 18), [done()]) == []  # the day before: nothing to tell yet
    (item,) = tells(at(3, 21), [done()])
    assert item.due == at(3, 20, 45) and not item.overdue
    (later,) = tells(at(20), [done()])
    assert later.overdue


def test_telling_them_closes_the_loop():
    assert tells(at(4), [done(told_at=at(4, 8))]) == []


def test_any_message_to_them_after_it_was_done_closes_the_loop():
    assert tells(at(4), [done(last_message_at=at(4, 8))]) == []
    # A message sent before it was done says nothing about it.
    assert tells(at(4), [done(last_message_at=at(3, 12))])


def test_a_coworker_is_never_told_about_the_search():
    assert tells(at(4), [done(contact_source="coworker")]) == []


def test_dismissed_and_snoozed_like_every_other_item():
    (item,) = tells(at(4), [done()])
    assert item.key == "tell:action:7:2026-11-03T20:45:00+00:00"
    assert tells(at(4), [done()], decisions=[Decision(item.key, dismissed=True)]) == []
    snoozed = [Decision(item.key, snoozed_until=at(6).date())]
    assert tells(at(5), [done()], decisions=snoozed) == []
    assert tells(at(6), [done()], decisions=snoozed)


def test_an_open_resource_and_a_done_one_are_different_items():
    resource = Resource(8, "book", "Range", at(2), 101, "Ana Ruiz", "alumni", 12)
    items = build_agenda(now=at(4), tz=LONDON, resources=[resource], done=[done()])
    assert [i.kind for i in items] == ["resource", TELL]
