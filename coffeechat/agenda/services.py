"""Today's agenda: read the records the rules need, in a fixed number of queries,
and hand them to the pure rules engine in `coffeechat.lib.agenda`."""

from __future__ import annotations

from datetime import date, datetime, timedelta

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
from coffeechat.conversations.models import ActionItem, Conversation, Message, Reschedule
from coffeechat.conversations.services import actions_for, conversations_for
from coffeechat.lib import agenda as rules_engine
from coffeechat.lib import pipeline
from coffeechat.lib.sources import COWORKER, WARMTH

from .models import Decision

IN_PIPELINE = (pipeline.REQUESTED, pipeline.SCHEDULED, pipeline.HELD)
TURNED_DOWN = (pipeline.DECLINED, pipeline.NO_RESPONSE)
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
            rescheduled_at=Subquery(
                Reschedule.objects.filter(conversation=OuterRef("pk"))
                .order_by("-at")
                .values("at")[:1]
            ),
            names_noted=Exists(Contact.objects.filter(referred_by=OuterRef("contact")))
            | Exists(ActionItem.objects.filter(conversation=OuterRef("pk"), kind="person")),
        )
        # A thanked chat matters only while no names are noted (ask for names): leave
        # the rest in the database, as a long campaign has hundreds of them.
        .exclude(status=pipeline.THANKED, names_noted=True)
        .order_by()
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
            "confirmed_at",
            "rescheduled_at",
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
            confirmed_at=r["confirmed_at"],
            rescheduled_at=r["rescheduled_at"],
        )
        for r in rows
    ]


def _people(
    user, *, touched_before: datetime | None = None, employer: str = ""
) -> list[rules_engine.Person]:
    """People met (for keep-in-touch) and the warmest not yet asked (for suggestions).

    Nobody at the user's current employer is suggested, whatever their source: the
    search stays discreet.

    People met count only when they are not in the pipeline and, if `touched_before`
    is given, when their last contact was before it: the rules skip everyone else.
    """
    base = contacts_for(user).exclude(source=COWORKER)
    if employer.strip():
        base = base.exclude(organization__name__iexact=employer.strip())
    # From the chats held rather than from every contact: a long list of people never
    # met costs nothing here.
    met = (
        conversations_for(user)
        .filter(held_at__isnull=False)
        .exclude(contact__source=COWORKER)
        .values("contact_id")
        .annotate(last_met_at=Max("held_at"))
        .annotate(
            last_message_at=Subquery(
                Message.objects.filter(contact=OuterRef("contact_id"), sent_at__isnull=False)
                .order_by("-sent_at")
                .values("sent_at")[:1]
            ),
            busy=Exists(
                Conversation.objects.filter(contact=OuterRef("contact_id"), status__in=IN_PIPELINE)
            ),
        )
        .filter(busy=False)
        .order_by()
    )
    if touched_before is not None:
        met = met.filter(last_met_at__lt=touched_before).exclude(
            last_message_at__gte=touched_before
        )
    met = met.values(
        "contact_id", "contact__name", "contact__source", "last_met_at", "last_message_at", "busy"
    )
    warmth = Case(
        *[When(source=s, then=Value(rank)) for s, rank in WARMTH.items()],
        default=Value(len(WARMTH)),
        output_field=IntegerField(),
    )
    fresh = (
        base.exclude(conversations__held_at__isnull=False)
        # Not in the pipeline, and not someone who declined or never answered: the
        # rules would skip them, but only after they had taken a place in the pool.
        .exclude(conversations__status__in=(*IN_PIPELINE, *TURNED_DOWN))
        .annotate(warmth=warmth)
        .order_by("warmth", "name")
        .values("id", "name", "source")[:SUGGESTION_POOL]
    )
    people = [
        rules_engine.Person(
            id=r["contact_id"],
            name=r["contact__name"],
            source=r["contact__source"],
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
    rows = decisions_for(user).values_list("key", "dismissed", "snoozed_until")
    return [
        rules_engine.Decision(key=key, dismissed=dismissed, snoozed_until=until)
        for key, dismissed, until in rows
    ]


def agenda_for(user, *, now: datetime, day: date | None = None) -> list[rules_engine.Item]:
    """What is due for `user` on `day` (default: today in their time zone)."""
    profile = get_profile(user)
    rules = profile.rules()
    if day is None:
        day = now.astimezone(profile.zone).date()
    # Keep-in-touch is due `keep_in_touch_weeks` after the last contact: nobody touched
    # since (the end of `day`, with a day to spare) minus that can be due on `day`.
    touched_before = rules_engine.start_of(day + timedelta(days=2), profile.zone) - timedelta(
        weeks=rules.keep_in_touch_weeks
    )
    return rules_engine.build_agenda(
        now=now,
        tz=profile.zone,
        day=day,
        rules=rules,
        chats=_chats(user),
        people=_people(user, touched_before=touched_before, employer=profile.employer),
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
