"""The dashboard: the database side of `lib.dashboard`.

Everything is read in five queries whatever the campaign's size: one row per
conversation with its first request and answer and the stages it reached (grouped in
the database), requests per week and contacts added per week (one conditional count per
week, in one query each), the people introduced by another contact (the referral tree
and who introduced how many), and the leads grouped by who told of them. The owner
scoping comes from the other apps' `X_for` helpers.

The tree is not read with `network.services.referral_people`: its "met" subquery makes
SQLite scan every conversation of the user for each person (it picks the owner index),
a quarter of a second on 5,000 contacts; the dashboard does not need "met" there.
"""

from __future__ import annotations

from datetime import datetime

from django.db.models import Count, F, Min, Q
from django.db.models.functions import Coalesce

from coffeechat.contacts.services import contacts_for
from coffeechat.conversations.services import conversations_for, status_changes_for
from coffeechat.lib import dashboard, pipeline, referrals
from coffeechat.network.services import leads_for

# Weeks shown in the weekly activity and the growth of the network (the current one too).
WEEKS = 12


def _chats(user) -> list[dashboard.Chat]:
    """One record per conversation: its first request and answer, and which later
    stages its history reached (a LEFT JOIN: a chat without history still counts)."""
    rows = (
        conversations_for(user)
        .order_by()
        .values_list("id", "contact_id", "contact__source", "status")
        .annotate(
            first_request=Coalesce(
                Min("history__at", filter=Q(history__to_status=pipeline.REQUESTED)),
                Min("requested_at"),
            ),
            first_reply=Min(
                "history__at",
                filter=Q(
                    history__from_status=pipeline.REQUESTED,
                    history__to_status__in=dashboard.REPLIES,
                ),
            ),
            to_scheduled=Count("id", filter=Q(history__to_status=pipeline.SCHEDULED)),
            to_held=Count(
                "id", filter=Q(history__to_status=pipeline.HELD) | Q(held_at__isnull=False)
            ),
            to_thanked=Count("id", filter=Q(history__to_status=pipeline.THANKED)),
        )
    )
    chats = []
    for _, contact_id, source, status, requested, replied, scheduled, held, thanked in rows:
        moves = frozenset(
            s for s, n in ((pipeline.SCHEDULED, scheduled), (pipeline.THANKED, thanked)) if n
        )
        chats.append(
            dashboard.Chat(
                contact_id=contact_id,
                source=source,
                status=status,
                requested_at=requested,
                replied_at=replied,
                moves=moves,
                held=bool(held),
            )
        )
    return chats


def _per_week(queryset, field: str, bounds: list[dashboard.WeekBound], *, before: bool):
    """How many rows of `queryset` have `field` in each week (and before the first one,
    if asked): one query, one conditional count per week."""
    counts = {
        f"w{i}": Count("id", filter=Q(**{f"{field}__gte": b.start, f"{field}__lt": b.end}))
        for i, b in enumerate(bounds)
    }
    if before:
        counts["before"] = Count("id", filter=Q(**{f"{field}__lt": bounds[0].start}))
    found = queryset.order_by().aggregate(**counts)
    return [found[f"w{i}"] for i in range(len(bounds))], found.get("before", 0)


def _introductions(user) -> tuple[list[referrals.Person], list[dashboard.Introduced]]:
    """The people of the referral tree, and how many people each introducer introduced,
    from one query: every contact introduced by another of the user's contacts, with
    their introducer's name and source. (The tree needs only these: an introducer who
    was not introduced themselves is a root.)"""
    rows = (
        contacts_for(user)
        .filter(referred_by__isnull=False, referred_by__owner=F("owner"))
        .order_by()
        .values_list("id", "name", "referred_by_id", "referred_by__name", "referred_by__source")
    )
    people: dict[int, referrals.Person] = {}
    introducers: dict[int, tuple[str, str]] = {}
    introduced: dict[int, int] = {}
    for pk, name, by, by_name, by_source in rows:
        people[pk] = referrals.Person(id=pk, name=name, referred_by_id=by)
        introducers[by] = (by_name, by_source)
        introduced[by] = introduced.get(by, 0) + 1
    for pk, (name, _) in introducers.items():
        people.setdefault(pk, referrals.Person(id=pk, name=name, referred_by_id=None))
    groups = [
        dashboard.Introduced(pk, name, source, introduced[pk])
        for pk, (name, source) in introducers.items()
    ]
    return list(people.values()), groups


def _told(user) -> list[dashboard.Told]:
    rows = (
        leads_for(user)
        .order_by()
        .values_list("told_by", "told_by__name", "told_by__source")
        .annotate(n=Count("id"), referred=Count("id", filter=Q(referred=True)))
    )
    return [
        dashboard.Told(pk, name or "", source or "", n, referred)
        for pk, name, source, n, referred in rows
    ]


def campaign_dashboard(user, *, now: datetime, profile) -> dashboard.Dashboard:
    """Every figure of the user's dashboard, as seen at `now` in the profile's zone."""
    tz = profile.zone
    bounds = dashboard.week_bounds(now, tz, WEEKS)
    requests, _ = _per_week(
        status_changes_for(user).filter(to_status=pipeline.REQUESTED, at__gte=bounds[0].start),
        "at",
        bounds,
        before=False,
    )
    added, before = _per_week(contacts_for(user), "created_at", bounds, before=True)
    people, introduced = _introductions(user)
    return dashboard.build(
        chats=_chats(user),
        tz=tz,
        bounds=bounds,
        requests_per_week=requests,
        goal=profile.weekly_goal,
        added_per_week=added,
        added_before=before,
        forest=referrals.build(people),
        introduced=introduced,
        told=_told(user),
    )
