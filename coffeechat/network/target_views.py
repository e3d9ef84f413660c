"""Targets: careers, roles and organisations being explored, with the pitch for each,
sorted LAMP-style (Motivation, Postings, Advocacy) with the next person to ask.

The list reads its records in a fixed number of queries (targets, the people to ask,
their conversations), however many there are, and hands them to `lib.lamp`.
"""

from __future__ import annotations

from datetime import datetime

from django.contrib import messages
from django.db.models import Q
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone

from coffeechat.accounts.services import request_profile
from coffeechat.contacts.forms import PITCH_MAX_CHARS, TargetForm
from coffeechat.contacts.services import contacts_for, get_target_for, targets_for
from coffeechat.conversations.services import conversations_for
from coffeechat.lib import lamp, pipeline
from coffeechat.lib.discretion import same_organisation
from coffeechat.lib.pitch import judge


def list_targets(request):
    form = TargetForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid():
        target = form.save()
        messages.success(request, f"Added {target.name}.")
        return redirect("contacts:targets")
    profile = request_profile(request)
    targets = lamp_list(request.user, now=timezone.now(), profile=profile)
    for target in targets:
        target.timing = judge(target.pitch)
    return render(
        request,
        "contacts/targets.html",
        {
            "form": form,
            "targets": targets,
            "timing": _form_timing(form),
            "profile": profile,
        },
    )


def _form_timing(form):
    """The speaking time of the pitch in `form` as it stands (as typed, or as saved)."""
    return judge(str(form["pitch"].value() or ""))


def pitch_timing(request):
    """The speaking time of a pitch as it is typed (the pitch box asks after each pause)."""
    pitch = request.GET.get("pitch", "")[:PITCH_MAX_CHARS]
    return render(request, "contacts/_pitch_timing.html", {"timing": judge(pitch)})


def edit_target(request, pk: int):
    target = get_target_for(request.user, pk)
    form = TargetForm(request.POST or None, instance=target, owner=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect("contacts:targets")
    chats = _target_chats(request.user, target).select_related("contact")
    seen, through = _seen_advocacy(request.user, target, employer=request_profile(request).employer)
    return render(
        request,
        "contacts/target.html",
        {
            "form": form,
            "target": target,
            "chats": chats,
            "timing": _form_timing(form),
            "seen_words": lamp.ADVOCACY_WORDS[seen],
            "seen_through": through,
            "seen_raises": lamp.advocacy_rank(seen) > lamp.advocacy_rank(target.advocacy),
        },
    )


def _seen_advocacy(user, target, *, employer: str):
    """What coffeechat sees at `target`'s organisation: (level, the contact giving it)."""
    if not target.organization_id:
        return "none", None
    there = list(
        contacts_for(user)
        .filter(organization_id=target.organization_id)
        .select_related("organization")
        .only("id", "name", "source", "organization__name")
    )
    people = [
        lamp.Person(
            id=c.pk,
            name=c.name,
            source=c.source,
            organization_id=target.organization_id,
            discreet=_at_employer(c.organization.name, employer),
        )
        for c in there
    ]
    seen, person = lamp.seen_advocacy(people)
    contact = next((c for c in there if person and c.pk == person.id), None)
    return seen, contact


def _at_employer(organisation: str, employer: str) -> bool:
    return bool(employer.strip()) and same_organisation(organisation, employer)


# ------------------------------------------------------------------ the LAMP list


def _target_chats(user, target):
    """The conversations about `target`, and for an organisation those with its people."""
    about = Q(target=target)
    if target.organization_id:
        about |= Q(contact__organization_id=target.organization_id)
    return conversations_for(user).filter(about)


def _count_chats(user, targets) -> None:
    """Set `.chats` on each target, as `_target_chats` counts them, in one query."""
    by_org: dict[int, list[int]] = {}
    for t in targets:
        if t.organization_id:
            by_org.setdefault(t.organization_id, []).append(t.pk)
    rows = (
        conversations_for(user)
        .filter(Q(target__in=[t.pk for t in targets]) | Q(contact__organization_id__in=by_org))
        .values_list("id", "target_id", "contact__organization_id")
    )
    chats: dict[int, set[int]] = {t.pk: set() for t in targets}
    for chat_id, target_id, org_id in rows:
        if target_id in chats:
            chats[target_id].add(chat_id)
        for t_id in by_org.get(org_id, ()):
            chats[t_id].add(chat_id)
    for t in targets:
        t.chats = len(chats[t.pk])


def lamp_list(user, *, now: datetime, profile) -> list:
    """The user's targets sorted LAMP-style, each with `.lamp` (a lamp.Row) and
    `.chats` (its number of conversations: about it, or with people at its
    organisation). Four queries, whatever the numbers."""
    targets = list(targets_for(user).select_related("organization").order_by())
    _count_chats(user, targets)
    people = _people_by_target(user, targets, employer=profile.employer)
    rows = lamp.rank(
        (
            lamp.Target(
                id=t.pk,
                name=t.name,
                motivation=t.motivation,
                postings=t.postings,
                advocacy=t.advocacy,
                organization_id=t.organization_id,
            )
            for t in targets
        ),
        people,
        now=now,
        tz=profile.zone,
        next_after_days=profile.next_person_after_days,
        follow_up_after_days=profile.follow_up_after_days,
    )
    by_id = {t.pk: t for t in targets}
    ordered = []
    for row in rows:
        target = by_id[row.target.id]
        target.lamp = row
        ordered.append(target)
    return ordered


def _people_by_target(user, targets, *, employer: str) -> dict[int, list[lamp.Person]]:
    """For each target, the people to ask: everyone at its organisation, or, without
    one, the contacts of its chats that are still prospects. Each person's status is
    their latest step past prospect in any chat (else prospect, or None)."""
    org_targets = [t for t in targets if t.organization_id]
    open_targets = [t for t in targets if not t.organization_id]
    if not targets:
        return {}
    # Subqueries, not lists of ids, so a big campaign sends no huge parameter lists.
    org_ids = targets_for(user).filter(organization__isnull=False).values("organization_id")
    open_ids = targets_for(user).filter(organization__isnull=True).values("pk")
    wanted = contacts_for(user).filter(
        Q(organization_id__in=org_ids)
        | Q(conversations__target_id__in=open_ids, conversations__status=pipeline.PROSPECT)
    )
    contacts = {
        row["id"]: row
        for row in wanted.order_by().values(
            "id", "name", "source", "organization_id", "organization__name"
        )
    }
    chats = (
        conversations_for(user)
        .filter(contact_id__in=wanted.values("id"))
        .order_by("status_changed_at", "id")
        .values("id", "contact_id", "target_id", "status", "requested_at")
    )
    latest: dict[int, dict] = {}  # contact id → latest chat past prospect
    prospects: dict[int, dict[int | None, int]] = {}  # contact → {target id: prospect chat}
    prospect_contacts: dict[int, list[int]] = {}  # target id → contacts of its prospects
    for chat in chats:
        if chat["status"] == pipeline.PROSPECT:
            contact_id, target_id = chat["contact_id"], chat["target_id"]
            prospects.setdefault(contact_id, {})[target_id] = chat["id"]
            if target_id is not None:
                ids = prospect_contacts.setdefault(target_id, [])
                if contact_id not in ids:
                    ids.append(contact_id)
        else:
            latest[chat["contact_id"]] = chat

    def person(contact_id: int, target_id: int) -> lamp.Person:
        contact = contacts[contact_id]
        step = latest.get(contact_id)
        open_chats = prospects.get(contact_id, {})
        chat_id = open_chats.get(target_id) or next(iter(open_chats.values()), None)
        if step is not None:
            status, requested_at = step["status"], step["requested_at"]
        else:
            status, requested_at = (pipeline.PROSPECT if open_chats else None), None
        return lamp.Person(
            id=contact_id,
            name=contact["name"],
            source=contact["source"],
            organization_id=contact["organization_id"],
            status=status,
            requested_at=requested_at,
            discreet=_at_employer(contact["organization__name"] or "", employer),
            conversation_id=chat_id,
        )

    at_org: dict[int, list[int]] = {}
    for contact in contacts.values():
        if contact["organization_id"]:
            at_org.setdefault(contact["organization_id"], []).append(contact["id"])
    people: dict[int, list[lamp.Person]] = {}
    for target in org_targets:
        ids = at_org.get(target.organization_id, [])
        people[target.pk] = [person(cid, target.pk) for cid in ids]
    for target in open_targets:
        ids = prospect_contacts.get(target.pk, [])
        people[target.pk] = [person(cid, target.pk) for cid in ids if cid in contacts]
    return people


# Included by coffeechat/urls.py in the "contacts" namespace.
urlpatterns = [
    path("targets/", list_targets, name="targets"),
    path("targets/<int:pk>/", edit_target, name="target"),
    path("targets/pitch-timing/", pitch_timing, name="pitch_timing"),
]
