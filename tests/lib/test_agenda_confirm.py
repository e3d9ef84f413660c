"""Today's "Confirm" reminder: the day before a scheduled chat, while its current time
has not been confirmed (no confirmation yet, or only one sent before the latest move).

November 2026: Wed 4, Thu 5, Fri 6."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from coffeechat.lib import pipeline
from coffeechat.lib.agenda import CONFIRM, KIND_LABELS, KINDS, Chat, Decision, build_agenda

BERLIN = ZoneInfo("Europe/Berlin")


def at(day, hour=9, minute=0, tz=BERLIN):
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def chat(when=None, **kw):
    values = dict(
        id=1,
        contact_id=101,
        contact_name="Ana Ruiz",
        contact_source="alumni",
        status=pipeline.SCHEDULED,
        scheduled_at=when or at(6, 15),
    )
    values.update(kw)
    return Chat(**values)


def confirms(now, chats, **kw):
    return [i for i in build_agenda(now=now, tz=BERLIN, chats=chats, **kw) if i.kind == CONFIRM]


def test_confirm_is_a_kind_with_a_label():
    assert CONFIRM in KINDS
    assert KIND_LABELS[CONFIRM] == "Confirm"


def test_the_chat_record_defaults_to_not_confirmed():
    assert chat().confirmed_at is None
    assert chat().rescheduled_at is None


def test_due_the_day_before_from_midnight_and_not_earlier():
    assert confirms(at(4, 23, 59), [chat()]) == []
    (item,) = confirms(at(5, 0, 1), [chat()])
    assert item.due == at(5, 0)
    assert item.title == "Confirm the time with Ana Ruiz"
    assert "Friday 6 November at 15:00" in item.detail or "15:00" in item.detail
    assert item.conversation_id == 1
    assert item.overdue is False


def test_gone_on_the_chats_day():
    assert confirms(at(6, 7), [chat()]) == []


def test_a_confirmed_chat_is_not_asked_again():
    assert confirms(at(5, 10), [chat(confirmed_at=at(4, 10))]) == []


def test_a_confirmation_from_before_the_latest_move_does_not_count():
    moved = chat(at(6, 16), confirmed_at=at(2, 10), rescheduled_at=at(3, 10))
    (item,) = confirms(at(5, 10), [moved])
    assert item.title == "Confirm the new time with Ana Ruiz"
    again = chat(at(6, 16), confirmed_at=at(3, 11), rescheduled_at=at(3, 10))
    assert confirms(at(5, 10), [again]) == []


def test_a_move_makes_a_new_key_so_an_old_dismissal_does_not_hide_it():
    (first,) = confirms(at(5, 10), [chat()])
    dismissed = [Decision(first.key, dismissed=True)]
    assert confirms(at(5, 10), [chat()], decisions=dismissed) == []
    assert len(confirms(at(5, 10), [chat(at(6, 17))], decisions=dismissed)) == 1


def test_only_scheduled_chats_and_never_a_coworker():
    assert confirms(at(5, 10), [chat(status=pipeline.REQUESTED)]) == []
    assert confirms(at(5, 10), [chat(contact_source="coworker")]) == []


def test_the_day_is_the_users_day():
    # 00:30 UTC on Friday is Thursday evening in Los Angeles: the day before there.
    la = ZoneInfo("America/Los_Angeles")
    friday_utc = chat(datetime(2026, 11, 6, 0, 30, tzinfo=UTC))
    items = build_agenda(now=datetime(2026, 11, 4, 12, tzinfo=la), tz=la, chats=[friday_utc])
    assert [i.kind for i in items if i.kind == CONFIRM] == [CONFIRM]
    assert items[0].due.date() == date(2026, 11, 4)
