"""Restoring a full backup: into an empty database only, all or nothing, ids kept,
and the data exactly as it was (on SQLite and on PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth import get_user_model

from coffeechat.accounts.services import get_profile
from coffeechat.backups import services
from coffeechat.backups.services import RestoreRefused, restore_json
from coffeechat.contacts.models import Contact, Organization
from coffeechat.conversations.models import Conversation, Question
from coffeechat.imports.models import ImportBatch
from coffeechat.outreach.models import SmtpSettings
from tests.backups.every_table import BINARY, fill_every_table


def without_time(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "exported_at"}


def new_user(username: str = "bob"):
    return get_user_model().objects.create(username=username)


@pytest.fixture
def backup(alice, frozen) -> dict:
    """Alice's whole campaign, exported; then her account is gone, so the database is
    as empty as a new data folder's."""
    fill_every_table(alice)
    data = services.export_json(alice)
    alice.delete()
    assert not Contact.objects.exists()
    return data


def test_a_restored_backup_exports_exactly_as_it_was(backup):
    bob = new_user()
    restored = restore_json(services.backup_text(backup), user=bob)
    assert without_time(services.export_json(bob)) == without_time(backup)
    assert restored.counts == {label: len(rows) for label, rows in backup["tables"].items()}
    assert restored.counts["contacts.Contact"] == len(backup["tables"]["contacts.Contact"])


def test_ids_links_and_automatic_times_are_kept(backup):
    bob = new_user()
    restore_json(backup, user=bob)
    for row in backup["tables"]["contacts.Contact"]:
        contact = Contact.objects.get(pk=row["id"])
        assert contact.owner == bob
        assert contact.referred_by_id == row["referred_by_id"]
        assert contact.organization_id == row["organization_id"]
        # auto_now_add / auto_now fields keep the backup's times, not the restore's.
        assert contact.created_at.isoformat() == row["created_at"]
        assert contact.updated_at.isoformat() == row["updated_at"]
    assert bytes(ImportBatch.objects.get(owner=bob).data) == BINARY


def test_the_profile_and_mail_settings_come_back_without_the_password(backup):
    bob = new_user()
    restore_json(backup, user=bob)
    (profile_row,) = backup["tables"]["accounts.Profile"]
    profile = get_profile(bob)
    assert profile.name == profile_row["name"] == "Maya Okafor"
    assert profile.timezone == profile_row["timezone"]
    smtp = SmtpSettings.objects.get(user=bob)
    assert (smtp.host, smtp.username, smtp.password) == ("smtp.example.org", "alice", "")


def test_records_made_after_a_restore_get_new_ids(backup):
    """On PostgreSQL the id sequences are moved past the restored ids."""
    bob = new_user()
    restore_json(backup, user=bob)
    highest = max(row["id"] for row in backup["tables"]["contacts.Contact"])
    assert Contact.objects.create(owner=bob, name="New Person").pk > highest
    top_chat = max(row["id"] for row in backup["tables"]["conversations.Conversation"])
    chat = Conversation.objects.create(
        owner=bob,
        contact=Contact.objects.get(name="New Person"),
        status_changed_at="2026-11-04T10:00Z",
    )
    assert chat.pk > top_chat
    assert Question.objects.create(owner=bob, text="New?").pk > max(
        row["id"] for row in backup["tables"]["conversations.Question"]
    )


def test_an_older_backup_without_a_newer_field_takes_its_default(backup):
    for row in backup["tables"]["contacts.Contact"]:
        del row["phone"]
    bob = new_user()
    restore_json(backup, user=bob)
    assert set(Contact.objects.values_list("phone", flat=True)) == {""}


# ======================================================================= refusals


def refused(data, user) -> str:
    before = Contact.objects.count(), Conversation.objects.count(), Question.objects.count()
    with pytest.raises(RestoreRefused) as caught:
        restore_json(data, user=user)
    after = Contact.objects.count(), Conversation.objects.count(), Question.objects.count()
    assert after == before, "a refused restore writes nothing"
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_a_database_with_contacts_is_refused(backup):
    bob = new_user()
    Contact.objects.create(owner=bob, name="Already Here")
    assert refused(backup, bob) == (
        "the database is not empty: it holds 1 contact and 0 conversations; "
        "restore only into an empty data folder"
    )


def test_a_database_with_other_records_of_the_user_is_refused(backup):
    bob = new_user()
    Question.objects.create(owner=bob, text="What surprised you?")
    assert "it holds 1 questions" in refused(backup, bob)


def test_ids_taken_by_another_users_records_are_refused(backup, charlie):
    row = backup["tables"]["contacts.Contact"][0]
    Contact.objects.create(owner=charlie, pk=row["id"], name="Charlie's contact")
    message = refused(backup, new_user())
    assert "already holds 1 contacts with the backup's ids" in message
    assert Contact.objects.get(pk=row["id"]).owner == charlie


def test_a_second_restore_into_the_same_database_is_refused(backup):
    bob = new_user()
    restore_json(backup, user=bob)
    assert "not empty" in refused(backup, bob)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param("{not json", "not a coffeechat backup: not JSON (", id="not-json"),
        pytest.param(b"\xff\xfe\x00", "not a coffeechat backup: not UTF-8", id="not-utf8"),
        pytest.param("[1, 2]", "the JSON is not an object", id="a-list"),
        pytest.param('{"tables": {}}', "its format is missing", id="no-format"),
        pytest.param(
            '{"format": "vcard", "version": 1, "tables": {}}',
            "its format is “vcard”, expected “coffeechat-backup”",
            id="wrong-format",
        ),
        pytest.param(
            '{"format": "coffeechat-backup", "version": 2, "tables": {}}',
            "a coffeechat backup of version 2, but this coffeechat reads version 1: "
            "upgrade coffeechat first",
            id="newer-version",
        ),
        pytest.param(
            '{"format": "coffeechat-backup", "version": "1", "tables": {}}',
            "a coffeechat backup of version '1'",
            id="version-as-text",
        ),
        pytest.param(
            '{"format": "coffeechat-backup", "version": 1}',
            "“tables” is missing",
            id="no-tables",
        ),
    ],
)
def test_what_is_not_a_backup_is_refused_naming_the_problem(db, data, expected):
    assert expected in refused(data, new_user())


def damaged(backup, change) -> dict:
    data = json.loads(json.dumps(backup))
    change(data["tables"])
    return data


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            lambda t: t.update({"contacts.Friend": []}),
            "unknown table contacts.Friend",
            id="unknown-table",
        ),
        pytest.param(
            lambda t: t["contacts.Contact"][0].update({"shoe_size": 44}),
            "contacts.Contact row 1 has a field coffeechat does not know: shoe_size",
            id="unknown-field",
        ),
        pytest.param(
            lambda t: t["contacts.Contact"][0].update({"connected_on": "last spring"}),
            "contacts.Contact row 1: connected_on",
            id="bad-date",
        ),
        pytest.param(
            lambda t: t["contacts.Contact"][0].update({"name": None}),
            "contacts.Contact row 1: name cannot be empty",
            id="missing-value",
        ),
        pytest.param(
            lambda t: t["contacts.Contact"][0].pop("id"),
            "contacts.Contact row 1 has no id",
            id="no-id",
        ),
        pytest.param(
            lambda t: t["contacts.Contact"][1].update({"id": t["contacts.Contact"][0]["id"]}),
            "contacts.Contact repeats an id",
            id="repeated-id",
        ),
        pytest.param(
            lambda t: t["conversations.Conversation"][0].update({"contact_id": 987654}),
            "conversations.Conversation row 1: contact points at contacts.Contact 987654, "
            "which is not in the backup",
            id="dangling-link",
        ),
        pytest.param(
            lambda t: t.update({"contacts.Contact": {"id": 1}}),
            "contacts.Contact is not a list of rows",
            id="table-not-a-list",
        ),
        pytest.param(
            lambda t: t["accounts.Profile"].append(dict(t["accounts.Profile"][0])),
            "accounts.Profile has 2 rows, not one",
            id="two-profiles",
        ),
    ],
)
def test_a_damaged_backup_is_refused_naming_the_table_row_and_field(backup, change, expected):
    message = refused(damaged(backup, change), new_user())
    assert expected in message


def test_a_link_to_another_users_record_is_refused(backup, charlie):
    """A crafted backup cannot attach the restored data to someone else's records."""
    theirs = Organization.objects.create(owner=charlie, name="Charlie Corp")

    def point_at_theirs(tables):
        row = next(r for r in tables["contacts.Contact"] if r["organization_id"])
        row["organization_id"] = theirs.pk

    message = refused(damaged(backup, point_at_theirs), new_user())
    assert "organization points at contacts.Organization" in message
    assert not Contact.objects.filter(organization=theirs).exists()


def test_an_empty_backup_restores_nothing_and_is_fine(db):
    bob = new_user()
    data = services.export_json(bob)
    restored = restore_json(data, user=bob)
    assert restored.total == 0
    assert restored.summary() == "0 contacts, 0 conversations, 0 records in all"
