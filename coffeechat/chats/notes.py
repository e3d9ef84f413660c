"""Chat notes with quick capture: what a note would add, and saving it.

A note is Markdown. Lines such as ``book: Range`` or ``person: Zoë Ørsted (Novo
Nordisk, Head of R&D)`` are read by `coffeechat.lib.quick_capture`; saving a note
turns each into an item to follow up, each new person into a contact referred by
the person the chat was with, and each ``lead:`` into a job lead.

`preview_note` writes nothing: it is what the notes page shows while typing, and
what the review step lists. `save_note` does everything in one transaction. A
name matching exactly one existing contact (case, accents and spacing aside)
links to that contact and creates nothing; a name shared by several contacts
links to none of them and creates nothing, since coffeechat cannot tell which.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db import transaction

from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import contacts_for, organization_named
from coffeechat.conversations.models import ActionItem, Conversation, Note
from coffeechat.lib import quick_capture
from coffeechat.lib.sources import REFERRAL
from coffeechat.network.models import Lead

MAX_NOTE = 20_000
MAX_LINE = 300  # an item's or a lead's title
MAX_FIELD = 200  # a contact's name or title, an organisation's name


class NoteProblem(ValueError):
    """The note cannot be saved as it is; the message says why, in plain words."""


# ------------------------------------------------------------------ results


@dataclass(frozen=True)
class PersonPreview:
    """A ``person:`` line, and what saving would do with it."""

    line: int
    name: str
    organization: str = ""
    title: str = ""
    contact_id: int | None = None  # the existing contact the name links to
    contact_name: str = ""  # that contact's name, as spelt in the contacts
    same_name: int = 0  # how many contacts have this name

    @property
    def is_new(self) -> bool:
        return self.same_name == 0

    @property
    def is_linked(self) -> bool:
        return self.contact_id is not None

    @property
    def is_ambiguous(self) -> bool:
        return self.same_name > 1


@dataclass(frozen=True)
class LeadPreview:
    line: int
    title: str
    organization: str  # as named on the line, else the organisation of who told you


@dataclass(frozen=True)
class NotePreview:
    items: tuple[quick_capture.Item, ...] = ()
    people: tuple[PersonPreview, ...] = ()
    leads: tuple[LeadPreview, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def new_people(self) -> tuple[PersonPreview, ...]:
        return tuple(p for p in self.people if p.is_new)

    @property
    def linked_people(self) -> tuple[PersonPreview, ...]:
        return tuple(p for p in self.people if p.is_linked)

    @property
    def ambiguous_people(self) -> tuple[PersonPreview, ...]:
        return tuple(p for p in self.people if p.is_ambiguous)

    @property
    def resources(self) -> tuple[quick_capture.Item, ...]:
        """The items that are neither people nor leads: books, organisations, sites, events."""
        return tuple(i for i in self.items if i.kind not in ("person", "lead"))

    @property
    def captures_anything(self) -> bool:
        return bool(self.items)


@dataclass(frozen=True)
class PersonChoice:
    """A new person as reviewed: the name, organisation and title may have been
    corrected, and `add` unticked (the item stays; no contact is made)."""

    line: int
    name: str
    organization: str = ""
    title: str = ""
    add: bool = True


@dataclass(frozen=True)
class PersonOutcome:
    line: int
    name: str
    contact: Contact | None  # made or linked; None when not added or ambiguous
    created: bool = False


@dataclass
class NoteResult:
    note: Note
    actions: list[ActionItem] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the note's line of each item
    people: list[PersonOutcome] = field(default_factory=list)
    leads: list[Lead] = field(default_factory=list)

    @property
    def created_contacts(self) -> list[Contact]:
        return [p.contact for p in self.people if p.created and p.contact is not None]

    @property
    def linked_contacts(self) -> list[Contact]:
        return [p.contact for p in self.people if not p.created and p.contact is not None]

    def summary(self) -> str:
        """What was saved, in one sentence for the flash message."""
        parts = []
        if self.actions:
            parts.append(_count(len(self.actions), "item") + " to follow up")
        created = _unique(self.created_contacts)
        if created:
            names = ", ".join(c.name for c in created)
            parts.append(f"{_count(len(created), 'new contact')} ({names})")
        linked = _unique(self.linked_contacts)
        if linked:
            names = ", ".join(c.name for c in linked)
            parts.append(f"linked to {_count(len(linked), 'contact')} you have ({names})")
        if self.leads:
            parts.append(_count(len(self.leads), "job lead"))
        return f"Note saved: {', '.join(parts)}." if parts else "Note saved."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _unique(contacts: list[Contact]) -> list[Contact]:
    seen: dict[int, Contact] = {}
    for contact in contacts:
        seen.setdefault(contact.pk, contact)
    return list(seen.values())


# ------------------------------------------------------------------ reading a note


def clean_body(body: str) -> str:
    """The note as it will be saved, or NoteProblem for an empty or too long one."""
    body = (body or "").strip()
    if not body:
        raise NoteProblem("Write something first.")
    if len(body) > MAX_NOTE:
        raise NoteProblem(
            f"Keep a note under {MAX_NOTE:,} characters (this one has {len(body):,})."
        )
    return body


def _existing(user) -> tuple[dict[str, tuple[int, ...]], dict[int, str]]:
    """The user's contacts by folded name, and their names by id: one query, ids and names."""
    rows = list(contacts_for(user).values_list("id", "name"))
    return quick_capture.name_index(rows), dict(rows)


def _too_long(line: int, what: str, value: str, limit: int) -> str | None:
    if len(value) > limit:
        return f"Line {line}: {what} may have up to {limit} characters (this one has {len(value)})."
    return None


def _line_problems(capture: quick_capture.Capture, chosen=None) -> list[str]:
    """Captured values too long to store; a reviewed person is checked as corrected."""
    chosen = chosen or {}
    found = [
        _too_long(item.line, "a captured line", item.title, MAX_LINE)
        for item in capture.items
        if item.kind != "person"
    ]
    for parsed in capture.people:
        person = chosen.get(parsed.line, parsed)
        name = person.name or parsed.name
        found.append(_too_long(parsed.line, "a name", name, MAX_FIELD))
        found.append(_too_long(parsed.line, "an organisation", person.organization, MAX_FIELD))
        found.append(_too_long(parsed.line, "a title", person.title, MAX_FIELD))
    return [problem for problem in found if problem]


def _person_preview(person, index, names) -> PersonPreview:
    ids = index.get(quick_capture.name_key(person.name), ())
    linked = ids[0] if len(ids) == 1 else None
    return PersonPreview(
        line=person.line,
        name=person.name,
        organization=person.organization,
        title=person.title,
        contact_id=linked,
        contact_name=names.get(linked, "") if linked else "",
        same_name=len(ids),
    )


def _lead_preview(lead: quick_capture.Lead, default_organization: str) -> LeadPreview:
    title, organization = quick_capture.split_lead(lead.text)
    return LeadPreview(lead.line, title, organization or default_organization)


def preview_note(user, conversation: Conversation, body: str) -> NotePreview:
    """What saving `body` on `conversation` would add. Writes nothing.

    One query for the contacts (ids and names only), and one for the organisation of
    the person the chat is with when there is a lead.
    """
    capture = quick_capture.parse(body or "")
    people: tuple[PersonPreview, ...] = ()
    if capture.people:
        index, names = _existing(user)
        people = tuple(_person_preview(p, index, names) for p in capture.people)
    leads: tuple[LeadPreview, ...] = ()
    if capture.leads:
        organization = conversation.contact.organization
        default = organization.name if organization else ""
        leads = tuple(_lead_preview(lead, default) for lead in capture.leads)
    problems = _line_problems(capture)
    try:
        clean_body(body)
    except NoteProblem as exc:
        if body and body.strip():  # an empty box is not a problem yet, only unfinished
            problems.insert(0, str(exc))
    return NotePreview(capture.items, people, leads, tuple(problems))


# ------------------------------------------------------------------ saving a note


def _reviewed(capture: quick_capture.Capture, people) -> dict[int, PersonChoice]:
    """The reviewed people by line, checked against the note; NoteProblem if they do not fit."""
    if people is None:
        return {}
    lines = {p.line for p in capture.people}
    chosen: dict[int, PersonChoice] = {}
    for choice in people:
        if choice.line not in lines:
            raise NoteProblem(
                "The people to add no longer match the note. Check the note and save it again."
            )
        name = " ".join(choice.name.split())
        organization = " ".join(choice.organization.split())
        title = " ".join(choice.title.split())
        if choice.add and not name:
            raise NoteProblem(f"Line {choice.line}: give the person a name, or untick them.")
        chosen[choice.line] = PersonChoice(choice.line, name, organization, title, choice.add)
    return chosen


@transaction.atomic
def save_note(
    user,
    conversation: Conversation,
    body: str,
    *,
    now: datetime,
    people: list[PersonChoice] | None = None,
) -> NoteResult:
    """Save `body` on `conversation` and apply its quick capture, all or nothing.

    Each captured line becomes an item to follow up, suggested by the person the
    chat is with. A ``person:`` line links to the existing contact of that name, or
    makes a contact (source: referral, referred by the chat's contact); `people`,
    the reviewed list, may correct a new person's details or leave them out. A
    ``lead:`` line also makes a job lead told by the chat's contact, at the
    organisation it names or else at theirs. NoteProblem, with nothing written, when
    the note or the reviewed people cannot be saved.
    """
    body = clean_body(body)
    capture = quick_capture.parse(body)
    chosen = _reviewed(capture, people)
    problems = _line_problems(capture, chosen)
    if problems:
        raise NoteProblem(problems[0])

    told_by = conversation.contact
    note = Note.objects.create(owner=user, conversation=conversation, body=body, created_at=now)
    result = NoteResult(note=note)
    people_by_line = {p.line: p for p in capture.people}
    leads_by_line = {lead.line: lead for lead in capture.leads}
    index, names = _existing(user) if capture.people else ({}, {})
    made: dict[str, Contact] = {}  # new contacts of this note, by folded name
    contacts: dict[int, Contact] = {}  # existing contacts linked, by id

    for item in capture.items:
        title = item.title
        person = None
        if item.kind == "person":
            outcome = _place_person(
                user,
                people_by_line[item.line],
                chosen.get(item.line),
                told_by=told_by,
                index=index,
                made=made,
                contacts=contacts,
            )
            result.people.append(outcome)
            person = outcome.contact
            title = outcome.name
        action = ActionItem.objects.create(
            owner=user,
            conversation=conversation,
            contact=told_by,
            kind=item.kind,
            title=title,
            created_at=now,
            note=note,
            person=person,
        )
        result.actions.append(action)
        result.lines.append(item.line)
        if item.kind == "lead":
            result.leads.append(
                _make_lead(user, leads_by_line[item.line], action, conversation, note, now)
            )
    return result


def _place_person(
    user, person, choice: PersonChoice | None, *, told_by, index, made, contacts
) -> PersonOutcome:
    """The contact for one ``person:`` line: linked, made, or none."""
    if choice is None:
        choice = PersonChoice(person.line, person.name, person.organization, person.title)
    name = choice.name or person.name
    if not choice.add:
        return PersonOutcome(person.line, name, None)
    key = quick_capture.name_key(name)
    if key in made:  # named twice in this note
        return PersonOutcome(person.line, name, made[key])
    ids = index.get(key, ())
    if len(ids) > 1:
        return PersonOutcome(person.line, name, None)
    if len(ids) == 1:
        if ids[0] not in contacts:
            contacts[ids[0]] = contacts_for(user).select_related("organization").get(pk=ids[0])
        return PersonOutcome(person.line, name, contacts[ids[0]])
    contact = Contact.objects.create(
        owner=user,
        name=name,
        organization=organization_named(user, choice.organization),
        title=choice.title,
        source=REFERRAL,
        referred_by=told_by,
    )
    made[key] = contact
    return PersonOutcome(person.line, name, contact, created=True)


def _make_lead(user, lead, action, conversation, note, now) -> Lead:
    title, organization_name = quick_capture.split_lead(lead.text)
    if organization_name:
        organization = organization_named(user, organization_name)
    else:
        organization = conversation.contact.organization
    return Lead.objects.create(
        owner=user,
        title=title,
        organization=organization,
        told_by=conversation.contact,
        conversation=conversation,
        note=note,
        action=action,
        learned_at=now,
    )
