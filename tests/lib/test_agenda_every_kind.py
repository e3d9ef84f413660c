"""Every kind of item at once, on one evening in Los Angeles (UTC-8): its key, due time,
people, and whole wording, as Today shows them. Each rule first meets a record it must
pass over (a coworker, someone never met).

November 2026: Mon 2 ... Fri 6, Mon 9, Tue 10, Wed 11, Thu 12. The evening of Wednesday 11
in Los Angeles is already Thursday 12 in UTC.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from coffeechat.lib import pipeline
from coffeechat.lib.agenda import (
    Chat,
    Decision,
    DoneAction,
    EventMeeting,
    Person,
    Resource,
    build_agenda,
)

LA = ZoneInfo("America/Los_Angeles")


def at(day, hour=9, minute=0, month=11):
    return datetime(2026, month, day, hour, minute, tzinfo=LA)


def chat(chat_id, status, source="alumni", **kw):
    return Chat(
        id=chat_id,
        contact_id=100 + chat_id,
        contact_name=f"Contact {chat_id}",
        contact_source=source,
        status=status,
        **kw,
    )


R, S, H = pipeline.REQUESTED, pipeline.SCHEDULED, pipeline.HELD
CHATS = [
    # Each rule meets a record it passes over first.
    chat(9, R, "coworker", requested_at=at(6, 20)),
    chat(1, R, requested_at=at(6, 20)),
    chat(2, R, requested_at=at(2, 10)),
    chat(3, R, requested_at=at(20, 10, month=10), follow_up_sent_at=at(2, 11)),
    chat(8, S, "coworker", scheduled_at=at(12, 14, 30)),
    chat(4, S, scheduled_at=at(12, 14, 30), duration_minutes=30),
    chat(5, S, scheduled_at=at(11, 22), confirmed_at=at(10)),
    chat(7, H, "coworker", held_at=at(11, 19)),
    chat(6, H, held_at=at(11, 19)),
]
PEOPLE = [
    Person(id=50, name="Never Met", source="friend"),
    Person(id=51, name="Met Once", source="alumni", last_met_at=at(16, 9, month=9)),
]
RESOURCES = [
    Resource(id=60, kind="book", title="Hidden", created_at=at(10, 20), contact_source="coworker"),
    Resource(
        id=61,
        kind="book",
        title="Range",
        created_at=at(10, 20),
        contact_id=106,
        contact_name="Contact 6",
        contact_source="alumni",
        conversation_id=6,
    ),
]
DONE = [
    DoneAction(
        id=70,
        kind="website",
        title="Hidden",
        done_at=at(10, 21),
        contact_id=107,
        contact_name="Contact 7",
        contact_source="coworker",
    ),
    DoneAction(
        id=71,
        kind="website",
        title="jobs.example",
        done_at=at(10, 21),
        contact_id=106,
        contact_name="Contact 6",
        contact_source="alumni",
        conversation_id=6,
    ),
]
MEETINGS = [
    EventMeeting(80, "Meetup", 108, "Contact 8", "coworker", met_on=date(2026, 11, 9)),
    EventMeeting(81, "Meetup", 109, "Dee Ng", "event", met_on=date(2026, 11, 9)),
]
NOW = at(11, 20, 30)


def everything(**kw):
    return build_agenda(
        now=NOW,
        tz=LA,
        chats=CHATS,
        people=PEOPLE,
        resources=RESOURCES,
        done=DONE,
        meetings=MEETINGS,
        **kw,
    )


EXPECTED = [
    (
        "resource",
        "resource:resource:61:2026-11-11T04:00:00+00:00",
        "2026-11-10T20:00:00-08:00",
        True,
        106,
        6,
        61,
        "Read “Range” (from Contact 6) and tell them what you took from it",
        "Contact 6 suggested it on Tuesday 10 November; acting on advice and saying so keeps the relationship warm.",
    ),
    (
        "tell",
        "tell:action:71:2026-11-11T05:00:00+00:00",
        "2026-11-10T21:00:00-08:00",
        True,
        106,
        6,
        71,
        "Tell Contact 6 you visited “jobs.example”",
        "You marked it done on Tuesday 10 November; Contact 6 suggested it, and hearing what came of their advice keeps the relationship warm.",
    ),
    (
        "prepare",
        "prepare:chat:4:2026-11-12T22:30:00+00:00",
        "2026-11-11T00:00:00-08:00",
        False,
        104,
        4,
        None,
        "Prepare for tomorrow's chat with Contact 4",
        "You meet on Thursday 12 November at 14:30: research them and their organisation, choose your questions and practise your pitch.",
    ),
    (
        "confirm",
        "confirm:chat:4:2026-11-12T22:30:00+00:00",
        "2026-11-11T00:00:00-08:00",
        False,
        104,
        4,
        None,
        "Confirm the time with Contact 4",
        "You meet on Thursday 12 November at 14:30: a short confirmation with a calendar invitation puts it in their diary.",
    ),
    (
        "event_follow_up",
        "event_follow_up:event:81-109:2026-11-09",
        "2026-11-11T00:00:00-08:00",
        False,
        109,
        None,
        None,
        "Follow up with Dee Ng by e-mail or LinkedIn",
        "You met at Meetup on Monday 9 November; a note while it is fresh makes a chat more likely.",
    ),
    (
        "keep_in_touch",
        "keep_in_touch:contact:51:2026-09-16T16:00:00+00:00",
        "2026-11-11T09:00:00-08:00",
        False,
        51,
        None,
        None,
        "Send Met Once a short keep-in-touch update",
        "Your last contact was on Wednesday 16 September, 8 weeks or more ago; tell them what you did with their advice.",
    ),
    (
        "follow_up",
        "follow_up:chat:2:2026-11-02T18:00:00+00:00",
        "2026-11-11T10:00:00-08:00",
        False,
        102,
        2,
        None,
        "Send Contact 2 one polite follow-up",
        "Your request went out 7 business days ago with no reply.",
    ),
    (
        "mark_no_response",
        "mark_no_response:chat:3:2026-11-02T19:00:00+00:00",
        "2026-11-11T11:00:00-08:00",
        False,
        103,
        3,
        None,
        "Mark Contact 3 as no response and move on",
        "Your follow-up went out 7 business days ago with no reply; it is not personal, and there are others to ask.",
    ),
    (
        "ask_for_names",
        "ask_for_names:chat:6:2026-11-12T03:00:00+00:00",
        "2026-11-11T19:00:00-08:00",
        False,
        106,
        6,
        None,
        "Ask Contact 6 who else you should talk to, and note the names",
        "You met on Wednesday 11 November and have not noted anyone they suggested meeting next.",
    ),
    (
        "next_person",
        "next_person:chat:1:2026-11-07T04:00:00+00:00",
        "2026-11-11T20:00:00-08:00",
        False,
        50,
        None,
        None,
        "Reach out to Never Met (friend) next",
        "Your request to Contact 1 went out 3 business days ago with no reply, so keep your list moving.",
    ),
    (
        "be_on_time",
        "be_on_time:chat:5:2026-11-12T06:00:00+00:00",
        "2026-11-11T21:00:00-08:00",
        False,
        105,
        5,
        None,
        "Chat with Contact 5 at 22:00 — review the prep sheet and be on time",
        "Your 20-minute chat starts at 22:00 on Wednesday 11 November; keep to the time you asked for.",
    ),
    (
        "thank_you",
        "thank_you:chat:6:2026-11-12T03:00:00+00:00",
        "2026-11-12T19:00:00-08:00",
        False,
        106,
        6,
        None,
        "Thank Contact 6 and mention something specific",
        "You met on Wednesday 11 November; a thank-you is due within 24 hours of the chat.",
    ),
]


def test_every_kind_shows_with_its_key_time_people_and_words():
    got = [
        (
            i.kind,
            i.key,
            i.due.isoformat(),
            i.overdue,
            i.contact_id,
            i.conversation_id,
            i.action_id,
            i.title,
            i.detail,
        )
        for i in everything()
    ]
    assert got == EXPECTED


def test_dismissing_each_key_empties_the_day():
    decisions = [Decision(row[1], dismissed=True) for row in EXPECTED]
    assert everything(decisions=decisions) == []
