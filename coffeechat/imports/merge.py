"""Two contacts who are one person: finding them, merging them, or saying they differ.

`merge_contacts` is the one way two contacts become one. In one transaction the kept
contact takes the chosen value of each field, every record pointing at the other one
is moved to it (found through ``Contact._meta.related_objects``, so a new model that
points at contacts is covered without a change here), the other one is deleted, and a
``ContactMerge`` keeps every value the kept contact no longer holds: nothing typed or
imported is lost. `mark_not_duplicate` stores the user's "not the same person", so
the pair is never suggested again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import models, transaction
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from coffeechat.contacts.merges import (
    FIELDS,
    LABELS,
    not_duplicates_for,
)
from coffeechat.contacts.models import Contact, ContactMerge, Meeting, NotDuplicate
from coffeechat.contacts.services import contacts_for, get_contact_for
from coffeechat.conversations.models import Conversation, Message
from coffeechat.lib import dedupe
from coffeechat.network.models import Lead

_FOREIGN = {"organization", "referred_by"}
NOTES_BETWEEN = "\n\n"
# Shown on the duplicates page at most; the rest are counted.
PAIRS_SHOWN = 100


class MergeRefused(ValueError):
    """The merge (or "not the same person") cannot be done; the message says why."""


# ------------------------------------------------------------------ values and choices


def value_of(contact: Contact, field: str):
    """The stored value of `field`: for a link, the id it points at."""
    if field in _FOREIGN:
        return getattr(contact, f"{field}_id")
    return getattr(contact, field)


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def combined_notes(first: str, second: str) -> str:
    return f"{first.rstrip()}{NOTES_BETWEEN}{second.lstrip()}"


def default_choices(a: Contact, b: Contact) -> dict[str, str]:
    """What the comparison page picks before the user does: "a", "b" or, for notes
    both have, "both". The non-empty value, then the longer text, then the value of
    the contact changed last; for how you know them, anything said over "other"."""
    newer = "b" if a.updated_at and b.updated_at and b.updated_at > a.updated_at else "a"
    choices = {}
    for field in FIELDS:
        x, y = value_of(a, field), value_of(b, field)
        if _empty(y) or x == y:
            choice = "a"
        elif _empty(x):
            choice = "b"
        elif field == "notes":
            choice = "both"
        elif field == "source" and "other" in (x, y):
            choice = "a" if y == "other" else "b"
        elif isinstance(x, str) and len(x.strip()) != len(y.strip()):
            choice = "a" if len(x.strip()) > len(y.strip()) else "b"
        else:
            choice = newer
        choices[field] = choice
    return choices


def options(field: str, a: Contact, b: Contact) -> tuple[str, ...]:
    """The choices a field offers: "a" and "b", and "both" for two different notes."""
    x, y = value_of(a, field), value_of(b, field)
    if field == "notes" and not _empty(x) and not _empty(y) and x != y:
        return ("a", "b", "both")
    return ("a", "b")


def values_from_choices(a: Contact, b: Contact, choices: dict[str, str]) -> dict[str, object]:
    """The value of each field from the user's choices ("a", "b" or "both"); a field
    not chosen takes the default. Anything else is refused (a tampered form)."""
    chosen = default_choices(a, b)
    for field, choice in choices.items():
        if field not in LABELS:
            raise MergeRefused(f"There is no field called “{field}” to merge.")
        if choice not in options(field, a, b):
            raise MergeRefused(f"Choose which {LABELS[field].lower()} to keep.")
        chosen[field] = choice
    values = {}
    for field, choice in chosen.items():
        if choice == "both":
            values[field] = combined_notes(a.notes, b.notes)
        else:
            values[field] = value_of(a if choice == "a" else b, field)
    return values


def _normalised(field: str, value):
    if field in _FOREIGN and isinstance(value, models.Model):
        return value.pk
    if field in _FOREIGN and isinstance(value, str) and value.isdigit():
        return int(value)
    return value


def _resolve(keep: Contact, other: Contact, values: dict[str, object]) -> dict[str, object]:
    """Each field's final value, checked to be one the two contacts hold."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise MergeRefused(f"There is no field called “{sorted(unknown)[0]}” to merge.")
    defaults = values_from_choices(keep, other, {})
    final = {}
    for field in FIELDS:
        if field not in values:
            final[field] = defaults[field]
            continue
        value = _normalised(field, values[field])
        allowed = [value_of(keep, field), value_of(other, field)]
        if field == "notes" and not _empty(keep.notes) and not _empty(other.notes):
            allowed += [
                combined_notes(keep.notes, other.notes),
                combined_notes(other.notes, keep.notes),
            ]
        if value not in allowed:
            raise MergeRefused(
                f"The {LABELS[field].lower()} must be one of the two contacts' values."
            )
        final[field] = value
    return final


def _shown(contact: Contact, field: str):
    """A value as the history keeps it: JSON, and readable (names rather than ids)."""
    if field == "organization":
        return contact.organization.name if contact.organization_id else None
    if field == "referred_by":
        return contact.referred_by.name if contact.referred_by_id else None
    value = getattr(contact, field)
    if isinstance(value, date):
        return value.isoformat()
    return value


# ------------------------------------------------------------------ moving the records


def _unique_sets(model, field_name: str) -> list[tuple[str, ...]]:
    """The other fields that, with `field_name`, must be unique on `model`."""
    sets = []
    for constraint in model._meta.constraints:
        fields = getattr(constraint, "fields", ())
        if (
            isinstance(constraint, models.UniqueConstraint)
            and field_name in fields
            and constraint.condition is None
        ):
            sets.append(tuple(f for f in fields if f != field_name))
    for together in model._meta.unique_together:
        if field_name in together:
            sets.append(tuple(f for f in together if f != field_name))
    if model._meta.get_field(field_name).unique:
        sets.append(())
    return sets


def _fold_meeting(kept: Meeting, dropped: Meeting) -> None:
    """Both met at the same event: one meeting stays, with the earlier follow-up."""
    times = [t for t in (kept.followed_up_at, dropped.followed_up_at) if t is not None]
    if times and kept.followed_up_at != min(times):
        kept.followed_up_at = min(times)
        kept.save(update_fields=["followed_up_at"])


# A record of `other` that would be a second one of `keep` (same event, say) is
# dropped; these fold what it held into the one kept first.
FOLD = {Meeting: _fold_meeting}


def _move(model, field_name: str, keep: Contact, other: Contact) -> None:
    manager = model._base_manager
    rows = manager.filter(**{field_name: other})
    if model is Contact and field_name == "referred_by":
        rows = rows.exclude(pk=keep.pk)  # keep's own referrer is one of the values
    for others in _unique_sets(model, field_name):
        kept = {
            tuple(row[1:]): row[0]
            for row in manager.filter(**{field_name: keep}).values_list("pk", *others)
        }
        for row in rows.values_list("pk", *others):
            twin = kept.get(tuple(row[1:]))
            if twin is not None:
                fold = FOLD.get(model)
                if fold is not None:
                    fold(manager.get(pk=twin), manager.get(pk=row[0]))
                manager.filter(pk=row[0]).delete()
    rows.update(**{field_name: keep})


def _move_everything(keep: Contact, other: Contact) -> None:
    for relation in Contact._meta.related_objects:
        if relation.many_to_many:
            through = relation.through
            if through._meta.auto_created:  # a plain many-to-many: move its rows
                for field in through._meta.fields:
                    if field.is_relation and field.related_model is Contact:
                        _move(through, field.name, keep, other)
            continue  # one with its own model is moved through that model's link
        if relation.related_model is NotDuplicate:
            continue  # deleted before: "not the same as `other`" ends with it
        _move(relation.related_model, relation.field.name, keep, other)


def _no_loop(user, keep: Contact, other: Contact, referrer: int | None) -> int | None:
    """`referrer`, unless keep would then be introduced by itself, directly or in a
    loop (keep introduced X who introduced … keep)."""
    if referrer in (keep.pk, other.pk):
        return None
    if referrer is None:
        return None
    parents = dict(contacts_for(user).values_list("pk", "referred_by_id"))
    seen = set()
    node = referrer
    while node is not None and node not in seen:
        if node in (keep.pk, other.pk):
            return None
        seen.add(node)
        node = parents.get(node)
    return referrer


# ------------------------------------------------------------------ the changes


def _pk(contact) -> object:
    return contact.pk if isinstance(contact, Contact) else contact


@transaction.atomic
def merge_contacts(user, keep, other, *, values: dict[str, object], now) -> Contact:
    """Make `other` part of `keep` (contacts or ids), with the chosen `values`
    ({field: value}, each one of the two contacts' values; a missing field takes
    the default). Returns the kept contact; `other` no longer exists."""
    keep_pk, other_pk = _pk(keep), _pk(other)
    if str(keep_pk) == str(other_pk):
        raise MergeRefused("That is the same contact twice: choose two different people.")
    keep = get_contact_for(user, keep_pk)
    other = get_contact_for(user, other_pk)
    # Lock both rows (in id order, so two merges cannot wait on each other).
    list(
        contacts_for(user)
        .select_for_update()
        .filter(pk__in=[keep.pk, other.pk])
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    final = _resolve(keep, other, values)
    final["referred_by"] = _no_loop(user, keep, other, final["referred_by"])

    dropped: dict[str, object] = {}
    for field in FIELDS:
        lost = []
        for contact in (keep, other):
            held = value_of(contact, field)
            if _empty(held) or held == final[field]:
                continue
            if field == "source" and held == "other":
                continue  # the default: nothing was said
            if field == "notes" and held.strip() in final["notes"]:
                continue
            if field == "name" and contact is other:
                continue  # kept as the merge's merged_name
            shown = _shown(contact, field)
            if shown not in lost:
                lost.append(shown)
        if lost:
            dropped[field] = lost[0] if len(lost) == 1 else lost

    merged_name, merged_id = other.name, other.pk
    not_duplicates_for(user).filter(models.Q(first=other) | models.Q(second=other)).delete()
    _move_everything(keep, other)
    for field in FIELDS:
        setattr(keep, f"{field}_id" if field in _FOREIGN else field, final[field])
    keep.save()
    deleted, _ = Contact.objects.filter(pk=other.pk).delete()
    if deleted != 1:  # something still pointed at `other` and went with it
        raise RuntimeError(f"Merging left records of contact {other.pk} behind.")
    ContactMerge.objects.create(
        owner=user,
        contact=keep,
        merged_name=merged_name,
        merged_id=merged_id,
        dropped=dropped,
        merged_at=now,
    )
    return get_contact_for(user, keep.pk)


@transaction.atomic
def mark_not_duplicate(user, a, b, *, now) -> NotDuplicate:
    """Remember that `a` and `b` (contacts or ids) are two people."""
    a_pk, b_pk = _pk(a), _pk(b)
    if str(a_pk) == str(b_pk):
        raise MergeRefused("That is the same contact twice: choose two different people.")
    first, second = sorted(
        (get_contact_for(user, a_pk), get_contact_for(user, b_pk)), key=lambda c: c.pk
    )
    decision, _ = NotDuplicate.objects.get_or_create(
        owner=user, first=first, second=second, defaults={"decided_at": now}
    )
    return decision


# ------------------------------------------------------------------ reading


@dataclass(frozen=True)
class Side:
    """One contact of a likely pair, as the duplicates page shows it."""

    id: int
    name: str
    email: str
    organization: str

    @property
    def url(self) -> str:
        return f"/contacts/{self.id}/"


@dataclass(frozen=True)
class Pair:
    a: Side
    b: Side
    score: float
    exact: bool
    reason: str


def _people(user, exclude=None) -> tuple[list[dedupe.Person], dict[int, Side]]:
    rows = contacts_for(user).values_list(
        "pk", "name", "email", "linkedin_url", "organization__name"
    )
    if exclude is not None:
        rows = rows.exclude(pk=exclude)
    people, sides = [], {}
    for pk, name, email, linkedin_url, organization in rows.order_by("pk"):
        people.append(dedupe.Person(pk, name, email, linkedin_url, organization or ""))
        sides[pk] = Side(pk, name, email, organization or "")
    return people, sides


def duplicate_pairs(user) -> list[Pair]:
    """Every likely pair among the user's contacts, likeliest first, without the pairs
    the user said are two people. Two queries, whatever the number of contacts."""
    people, sides = _people(user)
    different = set(not_duplicates_for(user).values_list("first_id", "second_id"))
    pairs = []
    for match in dedupe.find_all(people):
        low, high = sorted((match.a, match.b))
        if (low, high) in different:
            continue
        pairs.append(Pair(sides[low], sides[high], match.score, match.exact, match.reason))
    return pairs


def likely_matches(user, contact: Contact, limit: int = 5) -> list[Pair]:
    """The user's contacts most likely to be `contact` again (for the merge picker)."""
    people, sides = _people(user, exclude=contact.pk)
    me = dedupe.Person(
        contact.pk,
        contact.name,
        contact.email,
        contact.linkedin_url,
        contact.organization.name if contact.organization_id else "",
    )
    sides[contact.pk] = Side(contact.pk, contact.name, contact.email, me.organization)
    different = set(not_duplicates_for(user).values_list("first_id", "second_id"))
    found = []
    for match in dedupe.find_matches([me], people):
        if tuple(sorted((match.a, match.b))) not in different:
            found.append(
                Pair(sides[match.a], sides[match.b], match.score, match.exact, match.reason)
            )
    return found[:limit]


def holdings(user, pks) -> dict[int, dict[str, int]]:
    """How many conversations, messages and leads each contact has: one query."""

    def count(model, field):
        counted = (
            model.objects.filter(**{field: OuterRef("pk")})
            .order_by()
            .values(field)
            .annotate(n=Count("pk"))
            .values("n")
        )
        return Coalesce(Subquery(counted, output_field=IntegerField()), 0)

    rows = (
        contacts_for(user)
        .filter(pk__in=list(pks))
        .annotate(
            n_conversations=count(Conversation, "contact"),
            n_messages=count(Message, "contact"),
            n_leads=count(Lead, "told_by"),
        )
        .values_list("pk", "n_conversations", "n_messages", "n_leads")
    )
    return {pk: {"conversations": c, "messages": m, "leads": n} for pk, c, m, n in rows}
