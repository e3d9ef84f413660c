"""Job leads and the referral network: the owner-scoped way in, and changes."""

from __future__ import annotations

from datetime import datetime

from django.db import transaction
from django.db.models import Count, Q

from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import contacts_for, organization_named
from coffeechat.conversations.services import conversations_for
from coffeechat.lib import referrals
from coffeechat.scoping import NotFound, get_owned

from .models import Lead

OUTCOME_LABELS: dict[str, str] = dict(Lead.OUTCOMES)


def leads_for(user):
    return Lead.objects.owned_by(user)


def get_lead_for(user, pk) -> Lead:
    return get_owned(
        Lead.objects.select_related("organization", "told_by", "conversation__contact"),
        user,
        pk,
        "lead",
    )


# ------------------------------------------------------------------ the referral tree


def referral_people(user, *, with_leads: bool = True) -> list[referrals.Person]:
    """Everyone of the user's contacts in a referral relation (introduced by someone,
    or introduced someone), as the plain records of `lib.referrals`. Three queries
    whatever the size of the network, none of them a subquery per contact (which on
    SQLite read every conversation for each person: 250 ms at 5,000 contacts)."""
    rows = _referral_rows(user)
    met = set(
        conversations_for(user)
        .filter(held_at__isnull=False)
        .order_by()
        .values_list("contact_id", flat=True)
        .distinct()
    )
    leads: dict[int, int] = {}
    if with_leads:
        leads = dict(
            leads_for(user)
            .filter(told_by__isnull=False)
            .order_by()
            .values_list("told_by")
            .annotate(n=Count("id"))
        )
    return [
        referrals.Person(
            id=pk,
            name=name,
            referred_by_id=referred_by_id,
            organization=organization or "",
            met=pk in met,
            leads=leads.get(pk, 0),
        )
        for pk, name, referred_by_id, organization in rows
    ]


def _referral_rows(user) -> list[tuple]:
    """(id, name, referred_by_id, organisation name) of every contact introduced by
    someone or who introduced someone: one query (an IN over the introducers' ids, not
    a subquery per contact)."""
    contacts = contacts_for(user)
    introducers = contacts.filter(referred_by__isnull=False).values("referred_by_id")
    return list(
        contacts.filter(Q(referred_by__isnull=False) | Q(pk__in=introducers))
        .order_by()
        .values_list("id", "name", "referred_by_id", "organization__name")
    )


def referral_tree(user) -> referrals.Forest:
    """The user's referral tree (two queries)."""
    return referrals.build(referral_people(user))


def introductions_to(user, contact: Contact) -> referrals.Chain:
    """How the user reached `contact`: the people from someone the user knew down to
    the contact, both included. Only the contact for someone the user knew themselves
    (no query then); one query otherwise."""
    alone = referrals.Chain((referrals.Person(contact.pk, contact.name, None, met=False, leads=0),))
    if contact.referred_by_id is None:
        return alone
    people = [
        referrals.Person(id=pk, name=name, referred_by_id=parent, organization=org or "")
        for pk, name, parent, org in _referral_rows(user)
    ]
    chain = referrals.build(people).chain_to(contact.pk)
    return chain or alone


# ------------------------------------------------------------------ leads


def _own_contact(user, contact: Contact | None) -> Contact | None:
    if contact is not None and contact.owner_id != user.pk:
        raise NotFound(f"No contact with id {contact.pk}.")
    return contact


@transaction.atomic
def add_lead(
    user,
    *,
    title: str,
    now: datetime,
    organization_name: str = "",
    told_by: Contact | None = None,
    referred: bool = False,
    outcome: str = Lead.OPEN,
    url: str = "",
    notes: str = "",
    conversation=None,
) -> Lead:
    """A new lead, with its organisation made if new, in one transaction."""
    if conversation is not None and conversation.owner_id != user.pk:
        raise NotFound(f"No conversation with id {conversation.pk}.")
    return Lead.objects.create(
        owner=user,
        title=" ".join(title.split()),
        organization=organization_named(user, organization_name),
        told_by=_own_contact(user, told_by),
        referred=referred,
        outcome=outcome if outcome in OUTCOME_LABELS else Lead.OPEN,
        url=url,
        notes=notes,
        conversation=conversation,
        learned_at=now,
    )


@transaction.atomic
def update_lead(user, lead: Lead, *, outcome: str, referred: bool, notes: str) -> Lead:
    """Record how a lead turned out, whether they referred the user, and notes."""
    if lead.owner_id != user.pk:
        raise NotFound(f"No lead with id {lead.pk}.")
    if outcome not in OUTCOME_LABELS:
        raise ValueError(f"{outcome!r} is not an outcome.")
    lead.outcome = outcome
    lead.referred = referred
    lead.notes = notes
    lead.save(update_fields=["outcome", "referred", "notes", "updated_at"])
    return lead
