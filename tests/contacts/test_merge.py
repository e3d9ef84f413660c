"""Merging two contacts: every record moves, nothing is lost, one transaction, scoping."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coffeechat import factories
from coffeechat.contacts import merges as merge_records
from coffeechat.contacts.merges import FIELDS, describe, merges_for, not_duplicates_for
from coffeechat.contacts.models import Contact, ContactMerge, Event, Meeting, NotDuplicate
from coffeechat.contacts.services import add_meeting
from coffeechat.conversations.models import ActionItem
from coffeechat.conversations.services import (
    add_action,
    add_note,
    start_conversation,
)
from coffeechat.conversations.timeline import contact_timeline
from coffeechat.imports.merge import (
    MergeRefused,
    default_choices,
    mark_not_duplicate,
    merge_contacts,
    values_from_choices,
)
from coffeechat.network.models import Lead
from coffeechat.scoping import NotFound

NOW = datetime(2026, 11, 4, 9, 30, tzinfo=ZoneInfo("Europe/London"))
EARLIER = NOW - timedelta(days=30)


def contact(user, name, **fields) -> Contact:
    return factories.make_contact(user, name, organisation=fields.pop("organization", ""), **fields)


@pytest.fixture
def people(alice):
    """Robert (kept) and Bob (merged in), with a record of every kind pointing at Bob."""
    robert = contact(
        alice,
        "Robert Smith",
        email="robert@acme.com",
        organization="Acme",
        notes="Met at PyCon.",
        source="event",
        connected_on=date(2025, 3, 1),
    )
    bob = contact(
        alice,
        "Bob Smith",
        email="bob@gmail.com",
        phone="+44 20 7946 0000",
        linkedin_url="https://www.linkedin.com/in/bob-smith/",
        organization="Acme Health",
        title="Data lead",
        notes="Likes tea.",
        keep_in_touch_weeks=6,
    )
    zoe = contact(alice, "Zoë Ørsted", organization="Acme")
    bob.referred_by = zoe
    bob.save()
    introduced = contact(alice, "Ivy Chen", referred_by=bob)

    chat = start_conversation(alice, bob, now=EARLIER)
    factories.make_message(alice, chat, "request", subject="Coffee?", body="Hi Bob", now=NOW)
    add_note(alice, chat, "He mentioned a data team opening.", now=NOW)
    add_action(alice, chat, "book", "The Phoenix Project", now=NOW)
    other_chat = start_conversation(alice, zoe, now=NOW)
    mention = add_action(alice, other_chat, "person", "Bob Smith", now=NOW)
    mention.person = bob
    mention.save()

    both_met = Event.objects.create(owner=alice, name="PyData", date=date(2026, 10, 1))
    only_bob = Event.objects.create(owner=alice, name="Data Meetup", date=date(2026, 10, 8))
    kept_meeting = add_meeting(alice, both_met, robert)
    dropped_meeting = add_meeting(alice, both_met, bob)
    dropped_meeting.followed_up_at = EARLIER
    dropped_meeting.save()
    add_meeting(alice, only_bob, bob)

    lead = Lead.objects.create(owner=alice, title="Data analyst", told_by=bob, learned_at=NOW)
    history = ContactMerge.objects.create(
        owner=alice,
        contact=bob,
        merged_name="B. Smith",
        merged_id=999,
        dropped={"phone": "01234"},
        merged_at=EARLIER,
    )
    NotDuplicate.objects.create(owner=alice, first=robert, second=zoe, decided_at=NOW)
    NotDuplicate.objects.create(
        owner=alice,
        first=min(bob, zoe, key=lambda c: c.pk),
        second=max(bob, zoe, key=lambda c: c.pk),
        decided_at=NOW,
    )
    return {
        "robert": robert,
        "bob": bob,
        "zoe": zoe,
        "introduced": introduced,
        "chat": chat,
        "mention": mention,
        "kept_meeting": kept_meeting,
        "dropped_meeting": dropped_meeting,
        "lead": lead,
        "history": history,
    }


def merge_default(user, keep, other, **values):
    return merge_contacts(user, keep, other, values=values, now=NOW)


def relations():
    """(model, field name) of every link to a contact, as Django knows them."""
    found = []
    for relation in Contact._meta.related_objects:
        if relation.many_to_many and not relation.through._meta.auto_created:
            continue  # moved through its own model (Meeting for Event.contacts)
        model = relation.through if relation.many_to_many else relation.related_model
        if relation.many_to_many:
            for field in model._meta.fields:
                if field.is_relation and field.related_model is Contact:
                    found.append((model, field.name))
        else:
            found.append((model, relation.field.name))
    return found


# Records that do not simply follow `other` to `keep`, and why.
NOT_MOVED = {
    (NotDuplicate, "first"): "a 'not the same' naming the merged contact ends with it",
    (NotDuplicate, "second"): "a 'not the same' naming the merged contact ends with it",
}


# ------------------------------------------------------------------ every relation


def test_the_fixture_points_at_the_merged_contact_through_every_relation(people):
    """A new model pointing at Contact fails here until the fixture (and so the merge
    test below) covers it."""
    bob = people["bob"]
    for model, field in relations():
        assert model._base_manager.filter(**{field: bob}).exists(), (
            f"Nothing in the fixture points at the merged contact through "
            f"{model.__name__}.{field}: add one, so merging is tested for it."
        )


def test_every_record_that_pointed_at_the_merged_contact_now_points_at_the_kept_one(people, alice):
    robert, bob = people["robert"], people["bob"]
    before = {
        (model, field): set(model._base_manager.filter(**{field: bob}).values_list("pk", flat=True))
        for model, field in relations()
    }
    merge_default(alice, robert, bob)
    assert not Contact.objects.filter(pk=bob.pk).exists()
    for (model, field), pks in before.items():
        if (model, field) in NOT_MOVED:
            assert not model._base_manager.filter(pk__in=pks).exists(), NOT_MOVED[(model, field)]
            continue
        if model is Meeting:
            pks -= {people["dropped_meeting"].pk}  # a second meeting at the same event
        moved = model._base_manager.filter(pk__in=pks)
        assert moved.count() == len(pks), f"{model.__name__}.{field}: records were lost"
        assert set(moved.values_list(f"{field}_id", flat=True)) == {robert.pk}, (
            f"{model.__name__}.{field} still points elsewhere"
        )


def test_the_merged_contacts_records_are_the_kept_ones_now(people, alice):
    robert = merge_default(alice, people["robert"], people["bob"])
    assert robert.conversations.count() == 1
    assert robert.messages.count() == 1
    assert robert.actions.count() == 1
    assert robert.mentions.get() == people["mention"]
    assert robert.leads_told.get() == people["lead"]
    assert robert.referrals.get() == people["introduced"]
    assert sorted(e.name for e in robert.events.all()) == ["Data Meetup", "PyData"]
    assert robert.merges.count() == 2  # Bob's own earlier merge came along


def test_a_meeting_at_an_event_both_attended_is_kept_once_with_the_earlier_follow_up(people, alice):
    merge_default(alice, people["robert"], people["bob"])
    kept = Meeting.objects.get(pk=people["kept_meeting"].pk)
    assert kept.followed_up_at == EARLIER
    assert not Meeting.objects.filter(pk=people["dropped_meeting"].pk).exists()
    assert Meeting.objects.filter(contact=people["robert"]).count() == 2


def test_not_duplicate_rows_naming_the_merged_contact_are_deleted_the_others_stay(people, alice):
    merge_default(alice, people["robert"], people["bob"])
    remaining = list(not_duplicates_for(alice).values_list("first_id", "second_id"))
    assert remaining == [(people["robert"].pk, people["zoe"].pk)]


# ------------------------------------------------------------------ values, nothing lost


def test_the_chosen_values_are_kept_and_every_other_value_is_in_the_history(people, alice):
    robert, bob = people["robert"], people["bob"]
    values = values_from_choices(
        robert, bob, {"name": "a", "email": "b", "organization": "a", "notes": "a"}
    )
    kept = merge_contacts(alice, robert, bob, values=values, now=NOW)
    assert kept.pk == robert.pk
    assert kept.name == "Robert Smith"
    assert kept.email == "bob@gmail.com"
    assert kept.phone == "+44 20 7946 0000"  # only Bob had one: the default takes it
    assert kept.linkedin_url == "https://www.linkedin.com/in/bob-smith/"
    assert kept.organization.name == "Acme"
    assert kept.title == "Data lead"
    assert kept.notes == "Met at PyCon."
    assert kept.keep_in_touch_weeks == 6
    assert kept.referred_by == people["zoe"]
    assert kept.connected_on == date(2025, 3, 1)
    record = merges_for(alice).get(contact=kept, merged_id=bob.pk)
    assert record.merged_name == "Bob Smith"
    assert record.merged_at == NOW
    assert record.dropped == {
        "email": "robert@acme.com",
        "organization": "Acme Health",
        "notes": "Likes tea.",
    }


def test_choosing_the_merged_contacts_name_keeps_the_old_one_in_the_history(people, alice):
    robert, bob = people["robert"], people["bob"]
    kept = merge_default(alice, robert, bob, name="Bob Smith")
    assert kept.name == "Bob Smith"
    assert merges_for(alice).get(merged_id=bob.pk).dropped["name"] == "Robert Smith"


def test_both_notes_can_be_kept(people, alice):
    robert, bob = people["robert"], people["bob"]
    assert default_choices(robert, bob)["notes"] == "both"
    values = values_from_choices(robert, bob, {})
    kept = merge_contacts(alice, robert, bob, values=values, now=NOW)
    assert kept.notes == "Met at PyCon.\n\nLikes tea."
    assert "notes" not in merges_for(alice).get(merged_id=bob.pk).dropped


def test_the_defaults_take_the_non_empty_then_the_longer_value(alice):
    a = contact(alice, "Ana Ruiz", email="ana@x.org", title="PM", source="other")
    b = contact(alice, "Ana M. Ruiz", phone="555", title="Product manager", source="alumni")
    chosen = default_choices(a, b)
    assert chosen["email"] == "a"
    assert chosen["phone"] == "b"
    assert chosen["name"] == "b"
    assert chosen["title"] == "b"
    assert chosen["source"] == "b"  # anything said beats "other"
    assert chosen["location"] == "a"  # empty on both
    assert set(chosen) == set(FIELDS)


def test_the_history_says_what_was_not_kept_in_plain_words(people, alice):
    merge_default(alice, people["robert"], people["bob"], email="robert@acme.com", source="other")
    dropped = merges_for(alice).get(merged_id=people["bob"].pk).dropped
    assert describe(dropped) == [
        "E-mail: bob@gmail.com",
        "Organisation: Acme",
        "How you know them: Conference or event",
    ]


def test_the_timeline_shows_the_merge_and_what_was_not_kept(people, alice):
    kept = merge_default(alice, people["robert"], people["bob"], email="robert@acme.com")
    entries = [e for e in contact_timeline(alice, kept) if e.kind == "merge"]
    assert [e.text for e in entries] == ["Merged in Bob Smith", "Merged in B. Smith"]
    assert entries[0].detail == "Not kept: E-mail: bob@gmail.com; Organisation: Acme"
    assert entries[1].detail == "Not kept: Phone: 01234"


# ------------------------------------------------------------------ referrals


def test_the_kept_contact_is_never_introduced_by_itself(alice):
    robert = contact(alice, "Robert Smith")
    bob = contact(alice, "Bob Smith")
    robert.referred_by = bob
    robert.save()
    kept = merge_default(alice, robert, bob, referred_by=bob.pk)
    assert kept.referred_by is None
    assert merges_for(alice).get().dropped == {"referred_by": "Bob Smith"}


def test_a_loop_of_introductions_is_not_made(alice):
    bob = contact(alice, "Bob Smith")
    ivy = contact(alice, "Ivy Chen", referred_by=bob)
    robert = contact(alice, "Robert Smith", referred_by=ivy)
    kept = merge_default(alice, robert, bob)
    assert kept.referred_by is None  # Robert ← Ivy ← Bob, who is Robert now
    assert Contact.objects.get(pk=ivy.pk).referred_by == kept
    assert merges_for(alice).get().dropped == {"referred_by": "Ivy Chen"}


def test_the_merged_contact_introduced_by_the_kept_one(alice):
    robert = contact(alice, "Robert Smith")
    bob = contact(alice, "Bob Smith", referred_by=robert)
    kept = merge_default(alice, robert, bob, referred_by=robert.pk)
    assert kept.referred_by is None


# ------------------------------------------------------------------ refusals


def test_merging_a_contact_with_itself_is_refused(people, alice):
    with pytest.raises(MergeRefused, match="same contact twice"):
        merge_default(alice, people["robert"], people["robert"].pk)
    assert ContactMerge.objects.filter(merged_id=people["robert"].pk).count() == 0


def test_someone_elses_contact_is_not_found_and_nothing_changes(people, alice, charlie):
    theirs = contact(charlie, "Robert Smith")
    with pytest.raises(NotFound, match=f"No contact with id {theirs.pk}."):
        merge_default(alice, people["robert"], theirs)
    with pytest.raises(NotFound):
        merge_default(charlie, theirs, people["bob"])
    assert Contact.objects.filter(pk__in=[theirs.pk, people["bob"].pk]).count() == 2


@pytest.mark.parametrize(
    "values",
    [
        {"email": "someone@else.org"},
        {"organization": 999_999},
        {"referred_by": 999_999},
        {"notes": "Made up."},
        {"owner": 1},
    ],
)
def test_a_value_neither_contact_holds_is_refused_and_nothing_changes(people, alice, values):
    with pytest.raises(MergeRefused):
        merge_default(alice, people["robert"], people["bob"], **values)
    assert Contact.objects.filter(pk=people["bob"].pk).exists()
    assert Contact.objects.get(pk=people["robert"].pk).email == "robert@acme.com"


def test_a_tampered_choice_is_refused(people):
    with pytest.raises(MergeRefused, match="Choose which e-mail to keep"):
        values_from_choices(people["robert"], people["bob"], {"email": "c"})
    with pytest.raises(MergeRefused, match="Choose which title to keep"):
        values_from_choices(people["robert"], people["bob"], {"title": "both"})
    with pytest.raises(MergeRefused, match="no field"):
        values_from_choices(people["robert"], people["bob"], {"owner": "a"})


# ------------------------------------------------------------------ one transaction


def test_the_merge_is_one_transaction_a_failure_at_the_end_leaves_everything_as_it_was(
    people, alice, monkeypatch
):
    robert, bob = people["robert"], people["bob"]

    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ContactMerge.objects, "create", broken)
    with pytest.raises(RuntimeError):
        merge_default(alice, robert, bob, email="bob@gmail.com")
    assert Contact.objects.get(pk=bob.pk).conversations.count() == 1
    assert Contact.objects.get(pk=robert.pk).email == "robert@acme.com"
    assert Meeting.objects.filter(pk=people["dropped_meeting"].pk).exists()
    assert (
        NotDuplicate.objects.filter(second=bob).exists()
        or NotDuplicate.objects.filter(first=bob).exists()
    )
    assert ActionItem.objects.get(pk=people["mention"].pk).person_id == bob.pk


def test_the_merge_takes_as_many_queries_for_many_records_as_for_few(alice):
    def merged_with(chats: int) -> int:
        keep = contact(alice, f"Keep {chats}")
        other = contact(alice, f"Other {chats}")
        for _ in range(chats):
            chat = start_conversation(alice, other, now=NOW)
            factories.make_message(alice, chat, "request", subject="Hi", body="Hi", now=NOW)
            contact(alice, f"Introduced {chats} {_}", referred_by=other)
        with CaptureQueriesContext(connection) as captured:
            merge_default(alice, keep, other)
        return len(captured)

    assert merged_with(1) == merged_with(10)


# ------------------------------------------------------------------ not the same person


def test_not_the_same_person_is_stored_lower_id_first_once(alice):
    a = contact(alice, "Ana Ruiz")
    b = contact(alice, "Ana Ruiz")
    decision = mark_not_duplicate(alice, b, a.pk, now=NOW)
    assert (decision.first, decision.second, decision.decided_at) == (a, b, NOW)
    again = mark_not_duplicate(alice, a, b, now=NOW + timedelta(days=1))
    assert again == decision
    assert not_duplicates_for(alice).count() == 1


def test_not_the_same_person_refuses_one_contact_twice_and_other_peoples_contacts(alice, charlie):
    a = contact(alice, "Ana Ruiz")
    theirs = contact(charlie, "Ana Ruiz")
    with pytest.raises(MergeRefused):
        mark_not_duplicate(alice, a, a, now=NOW)
    with pytest.raises(NotFound):
        mark_not_duplicate(alice, a, theirs, now=NOW)
    assert NotDuplicate.objects.count() == 0


# ------------------------------------------------------------------ scoping


def test_merges_and_not_duplicates_are_alices_alone(people, alice, charlie):
    merge_default(alice, people["robert"], people["bob"])
    assert merges_for(alice).count() == 2
    assert not_duplicates_for(alice).count() == 1
    for nobody in (charlie, AnonymousUser(), None):
        assert list(merges_for(nobody)) == []
        assert list(not_duplicates_for(nobody)) == []


def test_the_merge_helpers_are_the_scoped_ones():
    assert {"merges_for", "not_duplicates_for"} <= set(dir(merge_records))
