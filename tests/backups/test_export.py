"""Data out: the full JSON backup, the CSV and vCard exports, and copies of the SQLite
database (on demand, and one a day kept for a week)."""

from __future__ import annotations

import base64
import csv
import io
import json
import sqlite3
from datetime import date

import pytest
import vobject
from django.apps import apps
from django.conf import settings as django_settings
from django.db import connection

from coffeechat.accounts.models import LoginToken, Profile
from coffeechat.backups import services
from coffeechat.contacts.models import Contact, Organization
from coffeechat.outreach.models import SmtpSettings
from coffeechat.scoping import Owned
from tests.backups.every_table import BINARY, SECRET, fill_every_table


def concrete_owned_labels() -> set[str]:
    return {
        m._meta.label
        for m in apps.get_models()
        if issubclass(m, Owned) and not m._meta.abstract and not m._meta.proxy
    }


@pytest.fixture
def full(alice, frozen):
    fill_every_table(alice)
    return alice


# ======================================================================= JSON backup


def test_the_backup_names_its_format_version_and_time(alice, frozen):
    data = services.export_json(alice)
    assert data["format"] == "coffeechat-backup"
    assert data["version"] == 1
    assert data["exported_at"].startswith("2026-11-04T09:30:00")


def test_every_owned_model_is_in_the_backup_with_profile_and_mail_settings(alice):
    """A new Owned model is found by itself; if the backup ever missed one, this fails."""
    tables = services.export_json(alice)["tables"]
    assert set(tables) == concrete_owned_labels() | {"accounts.Profile", "outreach.SmtpSettings"}


def test_every_table_that_belongs_to_a_user_is_owned_or_known():
    """A model pointing at a user without deriving from Owned would be left out of
    backups: it must be Owned, one of the per-user records, or explicitly not data."""
    user_model = apps.get_model(django_settings.AUTH_USER_MODEL)
    not_data = {LoginToken}  # one-time sign-in links, not the user's data
    per_user = {apps.get_model(label) for label in services.PER_USER}
    for model in apps.get_models():
        if not model.__module__.startswith("coffeechat."):
            continue
        points_at_user = any(
            f.is_relation and f.related_model is user_model for f in model._meta.concrete_fields
        )
        if points_at_user:
            assert issubclass(model, Owned) or model in per_user | not_data, model._meta.label
    assert per_user == {Profile, SmtpSettings}


def test_the_round_trip_fixture_fills_every_table(full):
    """So that the round-trip tests go through every table, new ones included."""
    tables = services.export_json(full)["tables"]
    empty = [label for label, rows in tables.items() if not rows]
    assert empty == [], f"add a row of {empty} to fill_every_table()"


def test_tables_come_dependencies_first():
    order = [m._meta.label for m in services.owned_models()]
    for model in services.owned_models():
        for field in model._meta.concrete_fields:
            target = field.related_model
            if field.is_relation and target is not model and issubclass(target, Owned):
                assert order.index(target._meta.label) < order.index(model._meta.label), field


def test_rows_are_plain_json_with_ids_iso_dates_and_base64_binary(full):
    data = services.export_json(full)
    assert json.loads(json.dumps(data)) == data  # nothing but plain JSON
    batch = data["tables"]["imports.ImportBatch"][0]
    assert base64.b64decode(batch["data"]) == BINARY
    assert batch["mapping"] == {"name": "Full name", "email": "E-mail"}
    reschedule = data["tables"]["conversations.Reschedule"][0]
    assert reschedule["new_start"] == "2026-11-07T09:30:00.123456+00:00"
    contact = min(data["tables"]["contacts.Contact"], key=lambda row: row["id"])
    assert contact["id"] == Contact.objects.owned_by(full).order_by("id").first().pk
    assert "owner_id" not in contact and "owner" not in contact
    referred = [row for row in data["tables"]["contacts.Contact"] if row["referred_by_id"]]
    assert referred, "the demo has introductions"
    assert date.fromisoformat(next(r["connected_on"] for r in referred if r["connected_on"]))


def test_the_smtp_password_is_left_out_and_the_file_says_so(full):
    data = services.export_json(full)
    assert SECRET not in json.dumps(data)
    assert SECRET not in services.backup_text(data)
    assert data["omitted"] == ["outreach.SmtpSettings.password"]
    smtp = data["tables"]["outreach.SmtpSettings"]
    assert smtp == [
        {
            "host": "smtp.example.org",
            "port": 587,
            "security": "starttls",
            "username": "alice",
            "from_address": "",
        }
    ]


def test_the_profile_is_in_the_backup_without_ids(full):
    (profile,) = services.export_json(full)["tables"]["accounts.Profile"]
    assert "id" not in profile and "user_id" not in profile
    assert profile["timezone"] == Profile.objects.get(user=full).timezone


def test_another_users_records_are_never_in_the_backup(full, charlie):
    Contact.objects.create(owner=charlie, name="Charlie's Secret Friend")
    Organization.objects.create(owner=charlie, name="Charlie Corp")
    text = services.backup_text(services.export_json(full))
    assert "Charlie's Secret Friend" not in text
    assert "Charlie Corp" not in text
    tables = services.export_json(charlie)["tables"]
    assert [row["name"] for row in tables["contacts.Contact"]] == ["Charlie's Secret Friend"]
    assert tables["conversations.Conversation"] == []


def test_the_backup_text_is_the_same_json_one_row_a_line(full):
    data = services.export_json(full)
    text = services.backup_text(data)
    assert json.loads(text) == data
    contacts = Contact.objects.owned_by(full).count()
    assert sum(line.startswith('{"id"') for line in text.splitlines()) > contacts


# ======================================================================= CSV


def read_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_one_row_a_contact_with_the_columns_people_expect(full):
    rows = read_csv(services.export_csv(full))
    assert list(rows[0]) == [
        "Name",
        "Email",
        "Phone",
        "Organisation",
        "Title",
        "Location",
        "Source",
        "Connection",
        "Referred by",
        "LinkedIn",
        "Connected on",
        "Notes",
    ]
    assert len(rows) == Contact.objects.owned_by(full).count()
    introduced = Contact.objects.owned_by(full).filter(referred_by__isnull=False).first()
    row = next(r for r in rows if r["Name"] == introduced.name)
    assert row["Referred by"] == introduced.referred_by.name
    assert row["Email"] == introduced.email
    assert row["Organisation"] == (introduced.organization.name if introduced.organization else "")


def test_csv_keeps_newlines_commas_and_quotes_inside_a_cell(alice):
    Contact.objects.create(
        owner=alice, name="Ana Ruiz", notes='Met at "Leeds", 2019\nLikes tea', source="alumni"
    )
    (row,) = read_csv(services.export_csv(alice))
    assert row["Notes"] == 'Met at "Leeds", 2019\nLikes tea'
    assert row["Source"] == "Alumni"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_csv_cells_that_look_like_formulas_start_with_a_quote(alice, start):
    org = Organization.objects.create(owner=alice, name=f'{start}HYPERLINK("x")')
    Contact.objects.create(
        owner=alice,
        name=f"{start}cmd|' /C calc'!A0",
        title=f"{start}1+1",
        organization=org,
        notes=f"{start}SUM(A1:A9)",
    )
    (row,) = read_csv(services.export_csv(alice))
    for column in ("Name", "Title", "Organisation", "Notes"):
        assert row[column].startswith("'" + start), (column, row[column])


def test_csv_leaves_ordinary_cells_alone(alice):
    Contact.objects.create(owner=alice, name="Ana Ruiz", title="Lead - Data", notes="a=b")
    (row,) = read_csv(services.export_csv(alice))
    assert (row["Name"], row["Title"], row["Notes"]) == ("Ana Ruiz", "Lead - Data", "a=b")


def test_safe_cell():
    assert services.safe_cell("=1+1") == "'=1+1"
    assert services.safe_cell("+44 20") == "'+44 20"
    assert services.safe_cell("") == ""
    assert services.safe_cell(None) == ""
    assert services.safe_cell("Ana") == "Ana"


def test_csv_of_another_user_holds_none_of_alices_contacts(full, charlie):
    assert read_csv(services.export_csv(charlie)) == []


# ======================================================================= vCard


def test_vcard_is_version_4_with_crlf_lines_of_at_most_75_octets(full):
    text = services.export_vcard(full)
    assert text.count("BEGIN:VCARD\r\nVERSION:4.0\r\n") == Contact.objects.owned_by(full).count()
    assert text.endswith("END:VCARD\r\n")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75, line
    assert "\n" not in text.replace("\r\n", "")


def test_vcard_escapes_text_and_folds_long_lines_without_splitting_a_character():
    contact = Contact(
        name="Zoë de la Cruz",
        email="zoe@example.org",
        phone="+44 20 7946 0000",
        title="Head of Data, Research; Platforms",
        linkedin_url="https://www.linkedin.com/in/zoe-de-la-cruz",
        notes="☕" * 40 + "\nSecond line, with a back\\slash",
    )
    text = services.contact_vcard(contact)
    assert "FN:Zoë de la Cruz\r\n" in text
    assert "N:Cruz;Zoë de la;;;\r\n" in text
    assert "TITLE:Head of Data\\, Research\\; Platforms\r\n" in text
    assert "URL:https://www.linkedin.com/in/zoe-de-la-cruz\r\n" in text
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
        line.encode("utf-8").decode("utf-8")  # never cut inside a character
    unfolded = text.replace("\r\n ", "")
    assert "NOTE:" + "☕" * 40 + "\\nSecond line\\, with a back\\\\slash\r\n" in unfolded


def test_fold_keeps_short_lines_and_continues_with_one_space():
    assert services.fold("FN:Ana") == "FN:Ana"
    folded = services.fold("NOTE:" + "x" * 200)
    lines = folded.split("\r\n")
    assert [len(line) for line in lines] == [75, 75, 57]
    assert all(line.startswith(" ") for line in lines[1:])
    assert folded.replace("\r\n ", "") == "NOTE:" + "x" * 200


def test_vobject_reads_every_card_back(full):
    contacts = {c.name: c for c in Contact.objects.owned_by(full).select_related("organization")}
    cards = list(vobject.readComponents(services.export_vcard(full)))
    assert len(cards) == len(contacts)
    for card in cards:
        contact = contacts[card.fn.value]
        assert card.version.value == "4.0"
        if contact.email:
            assert card.email.value == contact.email
        if contact.phone:
            assert card.tel.value == contact.phone
        if contact.title:
            assert card.title.value == contact.title
        if contact.organization_id:
            assert card.org.value == [contact.organization.name]
        if contact.linkedin_url:
            assert card.url.value == contact.linkedin_url
        if contact.notes:
            assert card.note.value == contact.notes.replace("\r\n", "\n")


def test_the_vcard_importer_reads_the_export_back(full):
    from coffeechat.lib import importers

    data = services.export_vcard(full).encode("utf-8")
    try:
        parsed = importers.parse("vcard", data)
    except NotImplementedError:
        pytest.skip("coffeechat.lib.importers.parse is not written yet")
    contacts = {c.name: c for c in Contact.objects.owned_by(full).select_related("organization")}
    assert parsed.problems == []
    assert len(parsed.rows) == len(contacts)
    for row in parsed.rows:
        contact = contacts[row.name]
        assert row.email == contact.email
        assert row.phone == contact.phone
        assert row.title == contact.title
        assert row.organization == (contact.organization.name if contact.organization_id else "")
        assert row.linkedin_url == contact.linkedin_url
        assert row.notes == contact.notes.replace("\r\n", "\n")


# ======================================================================= SQLite copies


@pytest.fixture
def sqlite_db(transactional_db):
    """Copies are made outside any transaction (as the server, the timer and the CLI
    make them), so these tests run without the usual test transaction."""
    if connection.vendor != "sqlite":
        pytest.skip("copies of the database are for SQLite; PostgreSQL uses pg_dump")


def test_a_copy_is_never_made_inside_a_transaction(db, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("copies of the database are for SQLite")
    with pytest.raises(RuntimeError, match="inside a transaction"):
        services.backup_sqlite(tmp_path / "copy.sqlite3")
    assert list(tmp_path.iterdir()) == []


def names_in(path) -> list[str]:
    copy = sqlite3.connect(path)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return [row[0] for row in copy.execute("SELECT name FROM contacts_contact ORDER BY id")]
    finally:
        copy.close()


def test_backup_sqlite_copies_the_database_to_the_file_named(sqlite_db, alice, tmp_path):
    Contact.objects.create(owner=alice, name="Ana Ruiz")
    target = tmp_path / "copies" / "mine.sqlite3"
    assert services.backup_sqlite(target) == target
    assert names_in(target) == ["Ana Ruiz"]
    assert [p.name for p in target.parent.iterdir()] == ["mine.sqlite3"]  # no temporary left


def test_backup_sqlite_replaces_an_older_copy_of_the_same_name(sqlite_db, alice, tmp_path):
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"an old copy")
    Contact.objects.create(owner=alice, name="Ben Ode")
    services.backup_sqlite(target)
    assert names_in(target) == ["Ben Ode"]


def test_backup_sqlite_is_refused_on_postgresql(db, tmp_path):
    if connection.vendor == "sqlite":
        pytest.skip("the PostgreSQL refusal is checked in the PostgreSQL pass")
    with pytest.raises(services.BackupRefused, match="pg_dump"):
        services.backup_sqlite(tmp_path / "copy.sqlite3")
    assert list(tmp_path.iterdir()) == []


def test_daily_backups_makes_todays_copy_once(sqlite_db, alice, tmp_path):
    Contact.objects.create(owner=alice, name="Ana Ruiz")
    path = services.daily_backups(tmp_path, today=date(2026, 11, 4))
    assert path == tmp_path / "backups" / "coffeechat-2026-11-04.sqlite3"
    assert names_in(path) == ["Ana Ruiz"]
    Contact.objects.create(owner=alice, name="Ben Ode")
    assert services.daily_backups(tmp_path, today=date(2026, 11, 4)) == path
    assert names_in(path) == ["Ana Ruiz"]  # today's copy is made once


def test_daily_backups_keeps_the_newest_seven_and_nothing_else_is_deleted(sqlite_db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(1, 11):
        (folder / f"coffeechat-2026-10-{day:02}.sqlite3").write_bytes(b"old")
    mine = folder / "coffeechat-2026-10-01-120000.sqlite3"  # made on demand
    mine.write_bytes(b"kept")
    other = folder / "notes.txt"
    other.write_text("mine")
    services.daily_backups(tmp_path, today=date(2026, 11, 4))
    daily = sorted(p.name for p in folder.iterdir() if services.DAILY_NAME.match(p.name))
    assert daily == [
        "coffeechat-2026-10-05.sqlite3",
        "coffeechat-2026-10-06.sqlite3",
        "coffeechat-2026-10-07.sqlite3",
        "coffeechat-2026-10-08.sqlite3",
        "coffeechat-2026-10-09.sqlite3",
        "coffeechat-2026-10-10.sqlite3",
        "coffeechat-2026-11-04.sqlite3",
    ]
    assert mine.exists() and other.exists()


def test_backups_kept_lists_the_copies_newest_first(sqlite_db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "coffeechat-2026-11-03.sqlite3").write_bytes(b"x" * 10)
    (folder / "coffeechat-2026-11-04-101500.sqlite3").write_bytes(b"x")
    (folder / "readme.txt").write_text("not a copy")
    kept = services.backups_kept(tmp_path)
    assert [(b.path.name, b.automatic) for b in kept] == [
        ("coffeechat-2026-11-04-101500.sqlite3", False),
        ("coffeechat-2026-11-03.sqlite3", True),
    ]
    assert kept[1].size == 10
    assert services.backups_kept(tmp_path / "nowhere") == []


def test_start_daily_backups_makes_todays_copy_and_says_where(sqlite_db, tmp_path):
    line = services.start_daily_backups(tmp_path, every=3600)
    assert line == (f"Backups: one a day in {tmp_path / 'backups'} (the newest 7 are kept).")
    assert (tmp_path / "backups" / f"coffeechat-{date.today():%Y-%m-%d}.sqlite3").exists()
