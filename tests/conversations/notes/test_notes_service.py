"""Saving chat notes with quick capture (chats.notes): what is made, what is
linked, what is left alone, and that a failure part-way writes nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from coffeechat.chats.notes import (
    NoteProblem,
    PersonChoice,
    preview_note,
    save_note,
)
from coffeechat.contacts.models import Contact, Organization
from coffeechat.conversations.models import ActionItem, Note
from coffeechat.lib import quick_capture
from coffeechat.network.models import Lead
from tests.clock import LONDON

NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)

NOTE = """Great chat. She moved from the lab to policy in 2019.

- book: Range, by David Epstein
- person: Zoë Ørsted (Novo Nordisk, Head of R&D, Europe)
- person: Ana Lima
"""


def test_two_people_and_a_book_make_two_referred_contacts_and_three_items(alice, ben, chat):
    result = save_note(alice, chat, NOTE, now=NOW)

    assert Note.objects.filter(conversation=chat).get().body == NOTE.strip()
    items = list(ActionItem.objects.filter(conversation=chat).order_by("id"))
    assert [(i.kind, i.title) for i in items] == [
        ("book", "Range, by David Epstein"),
        ("person", "Zoë Ørsted"),
        ("person", "Ana Lima"),
    ]
    assert {i.contact for i in items} == {ben}  # who suggested them
    assert {i.note for i in items} == {result.note}

    zoe = Contact.objects.get(owner=alice, name="Zoë Ørsted")
    assert (zoe.organization.name, zoe.title) == ("Novo Nordisk", "Head of R&D, Europe")
    ana = Contact.objects.get(owner=alice, name="Ana Lima")
    for person in (zoe, ana):
        assert person.source == "referral"
        assert person.referred_by == ben
    assert items[1].person == zoe and items[2].person == ana
    assert (
        result.summary()
        == "Note saved: 3 items to follow up, 2 new contacts (Zoë Ørsted, Ana Lima)."
    )


def test_a_name_already_in_the_contacts_is_linked_not_made_again(alice, chat):
    existing = Contact.objects.create(owner=alice, name="Zoë Ørsted", source="alumni")
    result = save_note(alice, chat, "person: zoë  ØRSTED (Elsewhere, CEO)", now=NOW)
    assert Contact.objects.filter(owner=alice, name__iexact="Zoë Ørsted").count() == 1
    assert result.linked_contacts == [existing]
    assert result.created_contacts == []
    existing.refresh_from_db()
    assert existing.source == "alumni" and existing.organization is None  # left as it was
    assert ActionItem.objects.get(kind="person").person == existing
    assert (
        result.summary()
        == "Note saved: 1 item to follow up, linked to 1 contact you have (Zoë Ørsted)."
    )


def test_saving_the_same_note_twice_makes_a_second_note_but_no_second_contact(alice, chat):
    save_note(alice, chat, NOTE, now=NOW)
    second = save_note(alice, chat, NOTE, now=NOW)
    assert Note.objects.filter(conversation=chat).count() == 2
    assert Contact.objects.filter(owner=alice, name="Zoë Ørsted").count() == 1
    assert Contact.objects.filter(owner=alice, name="Ana Lima").count() == 1
    assert second.created_contacts == []
    assert {c.name for c in second.linked_contacts} == {"Zoë Ørsted", "Ana Lima"}


def test_a_person_named_twice_in_one_note_is_made_once(alice, chat):
    result = save_note(alice, chat, "person: Ana Lima\n\nperson: ana lima (Acme)", now=NOW)
    assert Contact.objects.filter(owner=alice, name__iexact="Ana Lima").count() == 1
    assert len(result.actions) == 2
    assert result.people[0].contact == result.people[1].contact


def test_a_name_two_contacts_share_is_linked_to_neither_and_made_again_by_none(alice, chat):
    Contact.objects.create(owner=alice, name="Sam Lee")
    Contact.objects.create(owner=alice, name="Sam Lee")
    preview = preview_note(alice, chat, "person: Sam Lee")
    assert preview.people[0].is_ambiguous and not preview.new_people
    result = save_note(alice, chat, "person: Sam Lee", now=NOW)
    assert Contact.objects.filter(owner=alice, name="Sam Lee").count() == 2
    assert ActionItem.objects.get(kind="person").person is None
    assert result.summary() == "Note saved: 1 item to follow up."


def test_the_reviewed_people_replace_what_the_lines_said_and_an_unticked_one_is_no_contact(
    alice, chat
):
    people = [
        PersonChoice(line=4, name="Zoe Orsted", organization="Novo Nordisk A/S", title="CSO"),
        PersonChoice(line=5, name="Ana Lima", add=False),
    ]
    result = save_note(alice, chat, NOTE, now=NOW, people=people)
    zoe = Contact.objects.get(owner=alice, name="Zoe Orsted")
    assert (zoe.organization.name, zoe.title) == ("Novo Nordisk A/S", "CSO")
    assert not Contact.objects.filter(owner=alice, name="Ana Lima").exists()
    ana_item = ActionItem.objects.get(kind="person", title="Ana Lima")
    assert ana_item.person is None
    assert len(result.actions) == 3


def test_a_reviewed_name_that_exists_is_linked(alice, chat):
    existing = Contact.objects.create(owner=alice, name="Ana Lima Souza")
    people = [PersonChoice(line=5, name="Ana Lima Souza")]
    result = save_note(alice, chat, NOTE, now=NOW, people=people)
    assert Contact.objects.filter(owner=alice, name="Ana Lima Souza").count() == 1
    assert existing in result.linked_contacts


@pytest.mark.parametrize(
    ("people", "message"),
    [
        ([PersonChoice(line=4, name="   ")], "Line 4: give the person a name, or untick them."),
        (
            [PersonChoice(line=2, name="Nobody")],
            "The people to add no longer match the note. Check the note and save it again.",
        ),
        (
            [PersonChoice(line=4, name="Z" * 201)],
            "Line 4: a name may have up to 200 characters (this one has 201).",
        ),
    ],
)
def test_bad_review_data_is_refused_and_nothing_is_written(alice, chat, people, message):
    with pytest.raises(NoteProblem) as refused:
        save_note(alice, chat, NOTE, now=NOW, people=people)
    assert str(refused.value) == message
    assert not Note.objects.exists()
    assert not ActionItem.objects.exists()
    assert Contact.objects.filter(owner=alice).count() == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "Write something first."),
        (" \n\t ", "Write something first."),
        ("x" * 20001, "Keep a note under 20,000 characters (this one has 20,001)."),
        (
            "book: " + "y" * 301,
            "Line 1: a captured line may have up to 300 characters (this one has 301).",
        ),
    ],
)
def test_an_empty_or_too_long_note_is_refused(alice, chat, body, message):
    with pytest.raises(NoteProblem) as refused:
        save_note(alice, chat, body, now=NOW)
    assert str(refused.value) == message
    assert not Note.objects.exists()


def test_a_lead_is_told_by_the_chats_contact_at_their_organisation_unless_it_names_one(
    alice, ben, chat
):
    body = "lead: Data role opening in her team in May\nlead: Policy analyst (Royal Society)"
    result = save_note(alice, chat, body, now=NOW)
    first, second = sorted(Lead.objects.filter(owner=alice), key=lambda lead: lead.pk)
    assert (first.title, first.organization.name) == (
        "Data role opening in her team in May",
        "Meridian Labs",
    )
    assert (second.title, second.organization.name) == ("Policy analyst", "Royal Society")
    for lead, action in zip((first, second), result.actions, strict=True):
        assert lead.told_by == ben
        assert lead.conversation == chat
        assert lead.note == result.note
        assert lead.action == action and action.kind == "lead"
        assert lead.learned_at == NOW
    assert result.summary() == "Note saved: 2 items to follow up, 2 job leads."


def test_a_failure_part_way_writes_nothing(alice, chat, monkeypatch):
    body = NOTE + "lead: Data role"

    def broken(*args, **kwargs):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(Lead.objects, "create", broken)
    with pytest.raises(RuntimeError):
        save_note(alice, chat, body, now=NOW)
    assert not Note.objects.exists()
    assert not ActionItem.objects.exists()
    assert not Contact.objects.filter(name__in=["Zoë Ørsted", "Ana Lima"]).exists()
    assert not Organization.objects.filter(name="Novo Nordisk").exists()


def test_a_preview_writes_nothing_and_reads_the_contacts_in_one_query(
    alice, chat, django_assert_num_queries
):
    Contact.objects.create(owner=alice, name="Ana Lima")
    with django_assert_num_queries(1):
        preview = preview_note(alice, chat, NOTE)
    assert [i.kind for i in preview.items] == ["book", "person", "person"]
    assert [p.name for p in preview.new_people] == ["Zoë Ørsted"]
    assert [p.contact_name for p in preview.linked_people] == ["Ana Lima"]
    assert not Note.objects.exists() and not ActionItem.objects.exists()


def test_a_preview_shows_no_problem_for_an_empty_box(alice, chat):
    assert preview_note(alice, chat, "").problems == ()
    assert preview_note(alice, chat, "x" * 20001).problems == (
        "Keep a note under 20,000 characters (this one has 20,001).",
    )


def test_charlies_contacts_are_never_linked_or_counted(alice, charlie, chat):
    Contact.objects.create(owner=charlie, name="Zoë Ørsted")
    result = save_note(alice, chat, "person: Zoë Ørsted", now=NOW)
    assert result.created_contacts[0].owner == alice
    assert Contact.objects.filter(owner=charlie).count() == 1


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Data analyst (Novo Nordisk)", ("Data analyst", "Novo Nordisk")),
        ("Data analyst （Novo Nordisk）", ("Data analyst", "Novo Nordisk")),
        ("Role at ACME (UK) (ACME (UK) Ltd)", ("Role at ACME (UK)", "ACME (UK) Ltd")),
        ("Opening in her team in May", ("Opening in her team in May", "")),
        ("(Acme)", ("(Acme)", "")),
        ("Role ()", ("Role ()", "")),
    ],
)
def test_a_lead_names_its_organisation_in_closing_parentheses(text, parts):
    assert quick_capture.split_lead(text) == parts


def test_the_name_index_folds_names_and_keeps_every_id():
    index = quick_capture.name_index([(1, "José Núñez"), (2, "jose  nunez"), (3, "Ana"), (4, "")])
    assert index == {"jose nunez": (1, 2), "ana": (3,)}
