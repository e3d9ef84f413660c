"""Contacts, organisations, targets and events: the owner-scoped way in, and changes."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from coffeechat.scoping import get_owned

from .models import Contact, Event, Meeting, Organization, Target


def contacts_for(user):
    return Contact.objects.owned_by(user)


def get_contact_for(user, pk) -> Contact:
    return get_owned(
        Contact.objects.select_related("organization", "referred_by"), user, pk, "contact"
    )


def organizations_for(user):
    return Organization.objects.owned_by(user)


def get_organization_for(user, pk) -> Organization:
    return get_owned(Organization.objects, user, pk, "organisation")


def targets_for(user):
    return Target.objects.owned_by(user)


def get_target_for(user, pk) -> Target:
    return get_owned(Target.objects, user, pk, "target")


def events_for(user):
    return Event.objects.owned_by(user)


def get_event_for(user, pk) -> Event:
    return get_owned(Event.objects, user, pk, "event")


def meetings_for(user):
    return Meeting.objects.owned_by(user)


def get_meeting_for(user, pk) -> Meeting:
    return get_owned(Meeting.objects.select_related("event", "contact"), user, pk, "meeting")


def mark_followed_up(meeting: Meeting, *, now: datetime) -> Meeting:
    """Record that the user followed up someone met at an event (it leaves Today)."""
    if meeting.followed_up_at is None:
        meeting.followed_up_at = now
        meeting.save(update_fields=["followed_up_at"])
    return meeting


def organization_named(user, name: str) -> Organization | None:
    """The user's organisation of that name (case-insensitive), made if new; None for blank."""
    name = " ".join(name.split())
    if not name:
        return None
    existing = organizations_for(user).filter(name__iexact=name).first()
    return existing or Organization.objects.create(owner=user, name=name)


@transaction.atomic
def add_meeting(user, event: Event, contact: Contact) -> Meeting:
    meeting, _ = Meeting.objects.get_or_create(owner=user, event=event, contact=contact)
    return meeting
