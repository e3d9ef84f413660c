"""Keep-in-touch at each contact's own rhythm, and 3B7 at the same organisation.

Calendar (November 2026): Mon 2, Tue 3, Wed 4, Thu 5, Fri 6.
"""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from coffeechat.lib import pipeline
from coffeechat.lib.agenda import (
    Chat,
    Person,
    Rules,
    build_agenda,
    keep_in_touch_due,
    last_interaction,
)

LONDON = ZoneInfo("Europe/London")


def at(day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=LONDON)


def kinds(items, kind):
    return [i for i in items if i.kind == kind]


# ------------------------------------------------------------------ keep in touch


def test_a_contacts_own_cadence_replaces_the_users_rule():
    cleo = Person(9, "Cleo Park", "alumni", last_met_at=at(2, 10), keep_in_touch_weeks=3)
    assert (
        kinds(
            build_agenda(now=at(2, 10) + timedelta(weeks=3, days=-1), tz=LONDON, people=[cleo]),
            "keep_in_touch",
        )
        == []
    )
    (item,) = kinds(build_agenda(now=at(23, 10), tz=LONDON, people=[cleo]), "keep_in_touch")
    assert item.due == at(23, 10)
    assert "3 weeks or more ago" in item.detail


def test_without_a_cadence_of_their_own_the_users_rule_applies():
    cleo = Person(9, "Cleo Park", "alumni", last_met_at=at(2, 10))
    rules = Rules(keep_in_touch_weeks=4)
    assert keep_in_touch_due(cleo, rules, LONDON) == at(30, 10)
    assert keep_in_touch_due(cleo, Rules(), LONDON) == datetime(2026, 12, 28, 10, tzinfo=LONDON)


def test_a_longer_cadence_holds_the_reminder_back():
    cleo = Person(9, "Cleo Park", "alumni", last_met_at=at(2, 10), keep_in_touch_weeks=12)
    items = build_agenda(now=at(2, 10) + timedelta(weeks=9), tz=LONDON, people=[cleo])
    assert kinds(items, "keep_in_touch") == []


def test_the_clock_counts_from_the_latest_interaction():
    cleo = Person(9, "Cleo Park", "alumni", last_met_at=at(2, 10), last_touch_at=at(16, 18))
    assert last_interaction(cleo) == at(16, 18)
    assert keep_in_touch_due(cleo, Rules(keep_in_touch_weeks=2), LONDON) == at(30, 18)


def test_no_rhythm_for_people_never_met_in_the_pipeline_or_coworkers():
    rules = Rules()
    assert keep_in_touch_due(Person(1, "New", "friend"), rules, LONDON) is None
    busy = Person(2, "Busy", "friend", last_met_at=at(2), in_pipeline=True)
    assert keep_in_touch_due(busy, rules, LONDON) is None
    desk = Person(3, "Desk", "coworker", last_met_at=at(2))
    assert keep_in_touch_due(desk, rules, LONDON) is None


# ------------------------------------------------------------ 3B7, same organisation

ACME = 50
GLOBEX = 60


def request(chat_id=1, org=ACME, org_name="Acme", sent=None) -> Chat:
    return Chat(
        id=chat_id,
        contact_id=100 + chat_id,
        contact_name=f"Asked {chat_id}",
        contact_source="linkedin",
        status=pipeline.REQUESTED,
        requested_at=sent or at(2),
        organization_id=org,
        organization_name=org_name,
    )


def suggestions(chats, people, now=None):
    items = build_agenda(now=now or at(5, 10), tz=LONDON, chats=chats, people=people)
    return [(i.contact_name, i.detail) for i in items if i.kind == "next_person"]


def test_someone_else_at_the_same_organisation_comes_before_a_warmer_stranger():
    people = [
        Person(1, "Fay Friend", "friend", organization_id=GLOBEX),
        Person(2, "Lee Park", "linkedin", organization_id=ACME),
        Person(3, "Oli Other", "other", organization_id=ACME),
    ]
    ((name, detail),) = suggestions([request()], people)
    assert name == "Lee Park"  # the warmest at Acme, not the warmest of all
    assert "Lee Park also works at Acme" in detail


def test_with_nobody_left_there_the_warmest_anywhere_is_suggested():
    people = [
        Person(1, "Fay Friend", "friend", organization_id=GLOBEX),
        Person(
            2, "Met Acme", "family", organization_id=ACME, last_met_at=at(1) - timedelta(days=30)
        ),
        Person(3, "Busy Acme", "family", organization_id=ACME, in_pipeline=True),
        Person(4, "Desk Acme", "coworker", organization_id=ACME),
    ]
    ((name, detail),) = suggestions([request()], people)
    assert name == "Fay Friend"
    assert "keep your list moving" in detail


def test_someone_asked_at_the_organisation_is_not_suggested_again():
    people = [Person(102, "Asked 2", "family", organization_id=ACME), Person(5, "Zed", "other")]
    chats = [request(1), request(2, sent=at(4))]  # the second is not due yet
    ((name, _),) = suggestions(chats, people)
    assert name == "Zed"


def test_a_request_with_no_organisation_takes_the_warmest_as_before():
    people = [
        Person(1, "Fay Friend", "friend"),
        Person(2, "Lee Park", "linkedin", organization_id=ACME),
    ]
    ((name, _),) = suggestions([request(org=None, org_name="")], people)
    assert name == "Fay Friend"


def test_the_organisation_request_keeps_its_person_when_an_earlier_one_is_due_too():
    # Request 1 (no organisation) is due first; Lee is the only one at Acme, and the
    # warmest overall. Request 2 at Acme still gets Lee; request 1 gets the next warmest.
    people = [Person(2, "Lee Park", "family", organization_id=ACME), Person(3, "Sam", "alumni")]
    chats = [request(1, org=None, org_name="", sent=at(2, 8)), request(2, sent=at(2, 9))]
    assert [name for name, _ in suggestions(chats, people)] == ["Sam", "Lee Park"]


def test_two_requests_at_one_organisation_suggest_two_people_there():
    people = [
        Person(1, "Fay Friend", "friend"),
        Person(2, "Lee Park", "linkedin", organization_id=ACME),
        Person(3, "Ann Alum", "alumni", organization_id=ACME),
    ]
    chats = [request(1, sent=at(2, 8)), request(2, sent=at(2, 9))]
    assert [name for name, _ in suggestions(chats, people)] == ["Ann Alum", "Lee Park"]
