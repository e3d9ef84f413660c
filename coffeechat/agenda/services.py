"""Today's agenda: read the records the rules need, in a fixed number of queries,
and hand them to the pure rules engine in `coffeechat.lib.agenda`."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import (
    Case,
    Exists,
    F,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
    Window,
)
from django.db.models.functions import RowNumber

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import contacts_for, meetings_for
from coffeechat.conversations.keep_in_touch import IN_PIPELINE, touches
from coffeechat.conversations.models import ActionItem, Conversation, Message, Reschedule
from coffeechat.conversations.services import actions_for, conversations_for, get_action_for
from coffeechat.lib import agenda as rules_engine
from coffeechat.lib import pipeline
from coffeechat.lib.sources import COWORKER, WARMTH

from .models import Decision

TURNED_DOWN = (pipeline.DECLINED, pipeline.NO_RESPONSE)
# How many not-yet-asked people to weigh when suggesting whom to approach next.
SUGGESTION_POOL = 30
# And how many at each organisation someone was asked at and has not answered (3B7:
# the next person to ask is someone else there).
SAME_ORG_POOL = 5


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
            "contact__organization_id",
            "contact__organization__name",
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
            organization_id=r["contact__organization_id"],
            organization_name=r["contact__organization__name"] or "",
        )
        for r in rows
    ]


def _warmth() -> Case:
    """The rank of a contact's source (lib.sources.WARMTH) as a database expression."""
    return Case(
        *[When(source=s, then=Value(rank)) for s, rank in WARMTH.items()],
        default=Value(len(WARMTH)),
        output_field=IntegerField(),
    )


def _people(
    user, *, touched_before: datetime | None = None, employer: str = ""
) -> list[rules_engine.Person]:
    """People met (for keep-in-touch) and the warmest not yet asked (for suggestions).

    Nobody at the user's current employer is suggested, whatever their source: the
    search stays discreet.

    People met count only when they are not in the pipeline and, if `touched_before`
    is given, when their last interaction (chat held, message sent, note written) was
    before it: the rules skip everyone else. With per-contact cadences, the caller
    gives the moment for the shortest cadence in use, and the rules decide exactly.

    The pool of suggestions is the warmest `SUGGESTION_POOL` people not yet asked, and
    the warmest `SAME_ORG_POOL` at each organisation with an unanswered request: two
    queries, whatever the number of requests.
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
            **touches(),
            busy=Exists(
                Conversation.objects.filter(contact=OuterRef("contact_id"), status__in=IN_PIPELINE)
            ),
        )
        .filter(busy=False)
        .order_by()
    )
    if touched_before is not None:
        # Spelled out for NULL (no message, no note): NOT (NULL >= t) is not true in SQL,
        # so an exclude() would drop exactly the people never written to.
        met = met.filter(
            Q(last_met_at__lt=touched_before),
            Q(last_message_at__isnull=True) | Q(last_message_at__lt=touched_before),
            Q(last_note_at__isnull=True) | Q(last_note_at__lt=touched_before),
        )
    met = met.values(
        "contact_id",
        "contact__name",
        "contact__source",
        "contact__keep_in_touch_weeks",
        "contact__organization_id",
        "last_met_at",
        "last_message_at",
        "last_note_at",
        "busy",
    )
    # Not met, not in the pipeline, and not someone who declined or never answered:
    # the rules would skip them, but only after they had taken a place in the pool.
    not_asked = base.exclude(conversations__held_at__isnull=False).exclude(
        conversations__status__in=(*IN_PIPELINE, *TURNED_DOWN)
    )
    fields = ("id", "name", "source", "organization_id")
    fresh = (
        not_asked.annotate(warmth=_warmth())
        .order_by("warmth", "name")
        .values(*fields)[:SUGGESTION_POOL]
    )
    asked_at = (
        conversations_for(user)
        .filter(status=pipeline.REQUESTED, contact__organization__isnull=False)
        .exclude(contact__source=COWORKER)
        .values("contact__organization_id")
    )
    same_org = (
        not_asked.filter(organization_id__in=Subquery(asked_at))
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("organization_id")],
                order_by=[_warmth().asc(), F("name").asc(), F("id").asc()],
            )
        )
        .filter(rank__lte=SAME_ORG_POOL)
        .order_by()
        .values(*fields)
    )
    people = [
        rules_engine.Person(
            id=r["contact_id"],
            name=r["contact__name"],
            source=r["contact__source"],
            last_met_at=r["last_met_at"],
            last_touch_at=max(
                t for t in (r["last_met_at"], r["last_message_at"], r["last_note_at"]) if t
            ),
            in_pipeline=r["busy"],
            keep_in_touch_weeks=r["contact__keep_in_touch_weeks"],
            organization_id=r["contact__organization_id"],
        )
        for r in met
    ]
    # Someone can be in both pools: once is enough (each is suggested once).
    pool = {r["id"]: r for r in [*fresh, *same_org]}
    people += [
        rules_engine.Person(
            id=r["id"], name=r["name"], source=r["source"], organization_id=r["organization_id"]
        )
        for r in pool.values()
    ]
    return people


def _actions(user) -> tuple[list[rules_engine.Resource], list[rules_engine.DoneAction]]:
    """Open action items (resources to follow up), and the items someone suggested that
    are done but not yet told (close the loop), in one query."""
    last_message = Subquery(
        Message.objects.filter(contact=OuterRef("contact"), sent_at__isnull=False)
        .order_by("-sent_at")
        .values("sent_at")[:1]
    )
    untold = Q(done=True, done_at__isnull=False, contact__isnull=False, told_at__isnull=True) & (
        Q(last_message_at__isnull=True) | Q(last_message_at__lt=F("done_at"))
    )
    rows = (
        actions_for(user)
        .exclude(contact__source=COWORKER)
        .annotate(last_message_at=last_message)
        .filter(Q(done=False) | untold)
        .values(
            "id",
            "kind",
            "title",
            "created_at",
            "done",
            "done_at",
            "told_at",
            "last_message_at",
            "contact_id",
            "contact__name",
            "contact__source",
            "conversation_id",
            "person__name",
        )
    )
    resources, done = [], []
    for r in rows:
        if not r["done"]:
            resources.append(
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
            )
        else:
            done.append(
                rules_engine.DoneAction(
                    id=r["id"],
                    kind=r["kind"],
                    title=r["title"],
                    done_at=r["done_at"],
                    contact_id=r["contact_id"],
                    contact_name=r["contact__name"],
                    contact_source=r["contact__source"],
                    conversation_id=r["conversation_id"],
                    person_name=r["person__name"] or "",
                    told_at=r["told_at"],
                    last_message_at=r["last_message_at"],
                )
            )
    return resources, done


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


def _shortest_cadence(user, rules: rules_engine.Rules) -> int:
    """The shortest keep-in-touch cadence in use, in weeks (one aggregate query)."""
    own = contacts_for(user).aggregate(weeks=Min("keep_in_touch_weeks"))["weeks"]
    return min(rules.keep_in_touch_weeks, own) if own else rules.keep_in_touch_weeks


def agenda_for(
    user, *, now: datetime, day: date | None = None, profile=None
) -> list[rules_engine.Item]:
    """What is due for `user` on `day` (default: today in their time zone).

    `profile` saves a query when the caller has it already (a view: request_profile).
    """
    profile = profile or get_profile(user)
    rules = profile.rules()
    if day is None:
        day = now.astimezone(profile.zone).date()
    # Keep-in-touch is due a cadence after the last interaction: nobody touched since
    # (the end of `day`, with a day to spare) minus the shortest cadence in use can be
    # due on `day`. The rules then apply each person's own cadence.
    touched_before = rules_engine.start_of(day + timedelta(days=2), profile.zone) - timedelta(
        weeks=_shortest_cadence(user, rules)
    )
    resources, done = _actions(user)
    return rules_engine.build_agenda(
        now=now,
        tz=profile.zone,
        day=day,
        rules=rules,
        chats=_chats(user),
        people=_people(user, touched_before=touched_before, employer=profile.employer),
        resources=resources,
        done=done,
        meetings=_meetings(user),
        decisions=_decisions(user),
    )


class NothingToTell(ValueError):
    """The item cannot be marked as told (not done, or nobody suggested it)."""


@transaction.atomic
def mark_told(user, pk, *, now: datetime) -> ActionItem:
    """Record that the user told the person who suggested item `pk` that it is done.

    Closes the loop: the `tell` item leaves Today. Telling twice keeps the first time.
    Raises NotFound for anyone else's item and NothingToTell when there is nothing to say.
    """
    action = get_action_for(user, pk)
    if action.contact_id is None:
        raise NothingToTell("Nobody suggested that item, so there is nobody to tell.")
    if not action.done:
        raise NothingToTell("That item is not done yet: mark it done first.")
    actions_for(user).filter(pk=action.pk, told_at__isnull=True).update(told_at=now)
    action.refresh_from_db(fields=["told_at"])
    return action


def _decide(user, key: str, *, now: datetime, **fields) -> Decision:
    decision, _ = Decision.objects.update_or_create(
        owner=user, key=key, defaults={"decided_at": now, **fields}
    )
    return decision


def dismiss(user, key: str, *, now: datetime) -> Decision:
    return _decide(user, key, now=now, dismissed=True, snoozed_until=None)


def snooze(user, key: str, until: date, *, now: datetime) -> Decision:
    return _decide(user, key, now=now, dismissed=False, snoozed_until=until)
