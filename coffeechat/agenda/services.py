"""Today's agenda: read the records the rules need, in a fixed number of queries,
and hand them to the pure rules engine in `coffeechat.lib.agenda`."""

from __future__ import annotations

from datetime import date, datetime

from django.db.models import (
    Case,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Subquery,
    Value,
    When,
)

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import contacts_for, meetings_for
from coffeechat.conversations.models import ActionItem, Conversation, Message
from coffeechat.conversations.services import actions_for, conversations_for
from coffeechat.lib import agenda as rules_engine
from coffeechat.lib import pipeline
from coffeechat.lib.sources import COWORKER, WARMTH

from .models import Decision

IN_PIPELINE = (pipeline.REQUESTED, pipeline.SCHEDULED, pipeline.HELD)
# How many not-yet-asked people to weigh when suggesting whom to approach next.
SUGGESTION_POOL = 30


def decisions_for(user):
    return Decision.objects.owned_by(user)


def _chats(user) -> list[rules_engine.Chat]:
    sent = Message.objects.filter(conversation=OuterRef("pk"), sent_at__isnull=False)
    rows = (
        conversations_for(user)
        .filter(
            status__in=(pipeline.REQUESTED, pipeline.SCHEDULED, pipeline.HELD, pipeline.THANKED)
        )
        .exclude(contact__source=COWORKER)
        .annotate(
            follow_up_sent_at=Subquery(
                sent.filter(kind="follow_up", sent_at__gte=OuterRef("requested_at"))
                .order_by("sent_at")
                .values("sent_at")[:1]
            ),
            thank_you_sent_at=Subquery(
                sent.filter(kind="thank_you").order_by("sent_at").values("sent_at")[:1]
            ),
            names_noted=Exists(Contact.objects.filter(referred_by=OuterRef("contact")))
            | Exists(ActionItem.objects.filter(conversation=OuterRef("pk"), kind="person")),
        )
        .values(
            "id",
            "contact_id",
            "contact__name",
            "contact__source",
            "status",
            "requested_at",
            "follow_up_sent_at",
            "scheduled_at",
            "duration_minutes",
            "held_at",
            "thank_you_sent_at",
            "names_noted",
        )
    )
    return [
        rules_engine.Chat(
            id=r["id"],
            contact_id=r["contact_id"],
            contact_name=r["contact__name"],
            contact_source=r["contact__source"],
            status=r["status"],
            requested_at=r["requested_at"],
            follow_up_sent_at=r["follow_up_sent_at"],
            scheduled_at=r["scheduled_at"],
            duration_minutes=r["duration_minutes"],
            held_at=r["held_at"],
            thank_you_sent_at=r["thank_you_sent_at"],
            names_noted=r["names_noted"],
        )
        for r in rows
    ]


def _people(user) -> list[rules_engine.Person]:
    """People met (for keep-in-touch) and the warmest not yet asked (for suggestions)."""
    in_pipeline = Exists(
        Conversation.objects.filter(contact=OuterRef("pk"), status__in=IN_PIPELINE)
    )
    base = contacts_for(user).exclude(source=COWORKER)
    met = (
        base.filter(conversations__held_at__isnull=False)
        .annotate(
            last_met_at=Max("conversations__held_at"),
            last_message_at=Subquery(
                Message.objects.filter(contact=OuterRef("pk"), sent_at__isnull=False)
                .order_by("-sent_at")
                .values("sent_at")[:1]
            ),
            busy=in_pipeline,
        )
        .values("id", "name", "source", "last_met_at", "last_message_at", "busy")
    )
    warmth = Case(
        *[When(source=s, then=Value(rank)) for s, rank in WARMTH.items()],
        default=Value(len(WARMTH)),
        output_field=IntegerField(),
    )
    fresh = (
        base.exclude(conversations__held_at__isnull=False)
        .exclude(conversations__status__in=IN_PIPELINE)
        .annotate(warmth=warmth)
        .order_by("warmth", "name")
        .values("id", "name", "source")[:SUGGESTION_POOL]
    )
    people = [
        rules_engine.Person(
            id=r["id"],
            name=r["name"],
            source=r["source"],
            last_met_at=r["last_met_at"],
            last_touch_at=max(t for t in (r["last_met_at"], r["last_message_at"]) if t),
            in_pipeline=r["busy"],
        )
        for r in met
    ]
    people += [rules_engine.Person(id=r["id"], name=r["name"], source=r["source"]) for r in fresh]
    return people


def _resources(user) -> list[rules_engine.Resource]:
    rows = (
        actions_for(user)
        .filter(done=False)
        .exclude(contact__source=COWORKER)
        .values(
            "id",
            "kind",
            "title",
            "created_at",
            "contact_id",
            "contact__name",
            "contact__source",
            "conversation_id",
        )
    )
    return [
        rules_engine.Resource(
            id=r["id"],
            kind=r["kind"],
            title=r["title"],
            created_at=r["created_at"],
            contact_id=r["contact_id"],
            contact_name=r["contact__name"] or "",
            contact_source=r["contact__source"] or "",
            conversation_id=r["conversation_id"],
        )
        for r in rows
    ]


def _meetings(user) -> list[rules_engine.EventMeeting]:
    followed = Message.objects.filter(
        contact=OuterRef("contact"),
        sent_at__isnull=False,
        sent_at__date__gte=OuterRef("event__date"),
    )
    rows = (
        meetings_for(user)
        .filter(followed_up_at__isnull=True)
        .exclude(contact__source=COWORKER)
        .annotate(messaged=Exists(followed))
        .filter(messaged=False)
        .values(
            "event_id",
            "event__name",
            "contact_id",
            "contact__name",
            "contact__source",
            "event__date",
        )
    )
    return [
        rules_engine.EventMeeting(
            event_id=r["event_id"],
            event_name=r["event__name"],
            contact_id=r["contact_id"],
            contact_name=r["contact__name"],
            contact_source=r["contact__source"],
            met_on=r["event__date"],
        )
        for r in rows
    ]


def _decisions(user) -> list[rules_engine.Decision]:
    return [
        rules_engine.Decision(key=d.key, dismissed=d.dismissed, snoozed_until=d.snoozed_until)
        for d in decisions_for(user)
    ]


def agenda_for(user, *, now: datetime, day: date | None = None) -> list[rules_engine.Item]:
    """What is due for `user` on `day` (default: today in their time zone)."""
    profile = get_profile(user)
    return rules_engine.build_agenda(
        now=now,
        tz=profile.zone,
        day=day,
        rules=profile.rules(),
        chats=_chats(user),
        people=_people(user),
        resources=_resources(user),
        meetings=_meetings(user),
        decisions=_decisions(user),
    )


def _decide(user, key: str, *, now: datetime, **fields) -> Decision:
    decision, _ = Decision.objects.update_or_create(
        owner=user, key=key, defaults={"decided_at": now, **fields}
    )
    return decision


def dismiss(user, key: str, *, now: datetime) -> Decision:
    return _decide(user, key, now=now, dismissed=True, snoozed_until=None)


def snooze(user, key: str, until: date, *, now: datetime) -> Decision:
    return _decide(user, key, now=now, dismissed=False, snoozed_until=until)
