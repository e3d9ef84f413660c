"""Owner scoping: alice's records are hers alone.

charlie, another user on the same instance, sees none of them, by list or by id,
and someone not signed in sees nothing at all.
"""

import contextlib
import importlib
import inspect
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from coffeechat import factories
from coffeechat.agenda import services as agenda_services
from coffeechat.agenda.services import decisions_for, dismiss
from coffeechat.contacts import merges as merge_records
from coffeechat.contacts import services as contact_services
from coffeechat.contacts.merges import merges_for, not_duplicates_for
from coffeechat.contacts.models import Contact, Event, Target
from coffeechat.contacts.services import (
    add_meeting,
    contacts_for,
    events_for,
    get_contact_for,
    get_event_for,
    get_meeting_for,
    get_organization_for,
    get_target_for,
    meetings_for,
    organization_named,
    organizations_for,
    targets_for,
)
from coffeechat.conversations import scheduling as scheduling_services
from coffeechat.conversations import services as conversation_services
from coffeechat.conversations.scheduling import reschedules_for, schedule_chat
from coffeechat.conversations.services import (
    actions_for,
    add_action,
    add_note,
    add_question,
    chosen_questions_for,
    conversations_for,
    get_action_for,
    get_chosen_question_for,
    get_conversation_for,
    get_message_for,
    get_question_for,
    messages_for,
    move_conversation,
    notes_for,
    questions_for,
    start_conversation,
    status_changes_for,
)
from coffeechat.imports import merge as merge_services
from coffeechat.imports.merge import mark_not_duplicate, merge_contacts
from coffeechat.imports.models import ImportBatch
from coffeechat.imports.services import get_import_for, imports_for
from coffeechat.network.models import Lead
from coffeechat.network.services import get_lead_for, leads_for
from coffeechat.outreach import services as outreach_services
from coffeechat.outreach.services import save_template, templates_for
from coffeechat.scoping import NotFound

NOW = datetime(2026, 11, 4, 9, 30, tzinfo=ZoneInfo("Europe/London"))

# (kind, the list helper, the by-id helper or None, the label in the NotFound message)
HELPERS = [
    ("organization", organizations_for, get_organization_for, "organisation"),
    ("contact", contacts_for, get_contact_for, "contact"),
    ("target", targets_for, get_target_for, "target"),
    ("event", events_for, get_event_for, "event"),
    ("meeting", meetings_for, get_meeting_for, "meeting"),
    ("conversation", conversations_for, get_conversation_for, "conversation"),
    ("status_change", status_changes_for, None, None),
    ("message", messages_for, get_message_for, "message"),
    ("question", questions_for, get_question_for, "question"),
    ("chosen_question", chosen_questions_for, get_chosen_question_for, "chosen question"),
    ("note", notes_for, None, None),
    ("action", actions_for, get_action_for, "action item"),
    ("decision", decisions_for, None, None),
    ("message_template", templates_for, None, None),
    ("reschedule", reschedules_for, None, None),
    ("lead", leads_for, get_lead_for, "lead"),
    ("import", imports_for, get_import_for, "import"),
    ("contact_merge", merges_for, None, None),
    ("not_duplicate", not_duplicates_for, None, None),
]
LISTS = [pytest.param(kind, list_for, id=kind) for kind, list_for, _, _ in HELPERS]
GETTERS = [
    pytest.param(kind, get_for, label, id=kind)
    for kind, _, get_for, label in HELPERS
    if get_for is not None
]


@pytest.fixture
def alices(alice):
    """One record of every kind, all alice's."""
    organization = organization_named(alice, "Acme Health")
    contact = Contact.objects.create(
        owner=alice, name="Ana Ruiz", source="alumni", organization=organization
    )
    target = Target.objects.create(owner=alice, name="Health informatics")
    event = Event.objects.create(owner=alice, name="HealthTech Meetup", date=date(2026, 10, 20))
    meeting = add_meeting(alice, event, contact)
    conversation = start_conversation(alice, contact, now=NOW, target=target)
    conversation = move_conversation(alice, conversation, "requested", now=NOW)
    message = factories.make_message(
        alice, conversation, "request", subject="A short chat?", body="Hello Ana", now=NOW
    )
    question = add_question(alice, "What does a typical day look like?", "day", conversation)
    note = add_note(alice, conversation, "Prefers mornings", now=NOW)
    action = add_action(alice, conversation, "book", "The Phoenix Project", now=NOW)
    decision = dismiss(alice, "follow_up:chat:1:2026-11-02T09:00:00+00:00", now=NOW)
    template = save_template(alice, "request", subject="Coffee?", body="Hi {first_name}")
    chat = move_conversation(
        alice, start_conversation(alice, contact, now=NOW), "requested", now=NOW
    )
    for day in (10, 11):
        start = datetime(2026, 11, day, 15, tzinfo=ZoneInfo("UTC"))
        chat = schedule_chat(alice, chat, start=start, zone="Europe/London", now=NOW)
    return {
        "organization": organization,
        "contact": contact,
        "target": target,
        "event": event,
        "meeting": meeting,
        "conversation": conversation,
        "status_change": conversation.history.last(),
        "message": message,
        "question": question,
        "chosen_question": question.chosen.get(),
        "note": note,
        "action": action,
        "decision": decision,
        "message_template": template,
        "reschedule": chat.reschedules.get(),
        "lead": Lead.objects.create(
            owner=alice, title="Data analyst", told_by=contact, learned_at=NOW
        ),
        "import": ImportBatch.objects.create(
            owner=alice, kind="linkedin", filename="Connections.csv", data=b"", created_at=NOW
        ),
        "contact_merge": _merged(alice, contact),
        "not_duplicate": mark_not_duplicate(
            alice,
            Contact.objects.create(owner=alice, name="Ana Ruiz", source="linkedin"),
            Contact.objects.create(owner=alice, name="Ana Ruis", source="other"),
            now=NOW,
        ),
    }


def _merged(user, contact):
    """A ContactMerge: a second Ana merged into `contact`."""
    twin = Contact.objects.create(owner=user, name="Ana M. Ruiz", source="other")
    values = {"name": contact.name}
    return merge_contacts(user, contact, twin, values=values, now=NOW).merges.get()


@pytest.mark.parametrize(("kind", "list_for"), LISTS)
def test_alice_sees_her_own_records(alices, alice, kind, list_for):
    assert alices[kind] in list(list_for(alice))


@pytest.mark.parametrize(("kind", "list_for"), LISTS)
def test_charlie_sees_none_of_alices_records(alices, charlie, kind, list_for):
    assert list(list_for(charlie)) == []


@pytest.mark.parametrize(("kind", "list_for"), LISTS)
def test_someone_not_signed_in_sees_nothing(alices, kind, list_for):
    assert list(list_for(AnonymousUser())) == []
    assert list(list_for(None)) == []


@pytest.mark.parametrize(("kind", "get_for", "label"), GETTERS)
def test_alice_gets_her_own_record_by_id(alices, alice, kind, get_for, label):
    record = alices[kind]
    assert get_for(alice, record.pk) == record
    assert get_for(alice, str(record.pk)) == record


@pytest.mark.parametrize(("kind", "get_for", "label"), GETTERS)
def test_charlie_asking_for_alices_record_is_told_there_is_none(
    alices, charlie, kind, get_for, label
):
    pk = alices[kind].pk
    with pytest.raises(NotFound) as missing:
        get_for(charlie, pk)
    assert str(missing.value) == f"No {label} with id {pk}."


@pytest.mark.parametrize(("kind", "get_for", "label"), GETTERS)
def test_someone_not_signed_in_gets_no_record_by_id(alices, kind, get_for, label):
    pk = alices[kind].pk
    for nobody in (AnonymousUser(), None):
        with pytest.raises(NotFound, match=f"No {label} with id {pk}."):
            get_for(nobody, pk)


@pytest.mark.parametrize(("kind", "get_for", "label"), GETTERS)
def test_a_missing_id_is_not_found_with_its_kind_named(alice, kind, get_for, label):
    with pytest.raises(NotFound) as missing:
        get_for(alice, 999_999)
    assert str(missing.value) == f"No {label} with id 999999."


@pytest.mark.parametrize("pk", ["abc", "", None, "1; DROP TABLE", "2.5"])
def test_an_id_that_is_not_a_number_is_not_found_without_a_crash(alice, pk):
    with pytest.raises(NotFound) as missing:
        get_contact_for(alice, pk)
    assert str(missing.value) == f"No contact with id {pk!r}."


def test_not_found_is_a_404_so_a_page_answers_not_found():
    assert issubclass(NotFound, Http404)


def test_charlies_lists_hold_only_his_own_records(alices, charlie):
    his = Contact.objects.create(owner=charlie, name="Chen Wei")
    assert list(contacts_for(charlie)) == [his]
    assert his not in list(contacts_for(alices["contact"].owner))


def test_every_scoping_helper_in_the_services_is_covered_here():
    """A new `X_for` helper must be added to HELPERS, so its scoping gets tested."""
    found = set()
    # Every app's services module (a new app is picked up by itself), and scheduling.
    modules = [scheduling_services, merge_services, merge_records]
    for app in apps.get_app_configs():
        if app.name.startswith("coffeechat."):
            with contextlib.suppress(ModuleNotFoundError):
                modules.append(importlib.import_module(f"{app.name}.services"))
    assert {agenda_services, contact_services, conversation_services, outreach_services} <= set(
        modules
    )
    for module in modules:
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and name.endswith("_for"):
                found.add(name)
    found.discard("agenda_for")  # built on the helpers above; tested in the agenda tests
    # Not scoping helpers: one builds a chat's invitation, one the user's feed (its
    # scoping is tested in test_calendar_feed.py).
    found -= {"invite_for", "feed_ics_for"}
    covered = {f.__name__ for _, list_for, get_for, _ in HELPERS for f in (list_for, get_for) if f}
    assert found == covered
