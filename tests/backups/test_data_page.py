"""The "Your data" page (/data/): downloads, a copy of the database on demand, the
automatic copies kept, and how to restore."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.db import connection
from django.urls import reverse

from coffeechat.backups import services
from coffeechat.contacts.models import Contact

DATA = "/data/"


def text(response) -> str:
    return response.content.decode()


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    return tmp_path


def test_the_page_is_at_data_and_named_backups_data():
    assert reverse("backups:data") == DATA


def test_the_page_needs_a_session(client, db):
    response = client.get(DATA)
    assert response.status_code == 302
    assert response["Location"].startswith("/welcome/")
    assert client.get(reverse("backups:download", args=["json"])).status_code == 302


def test_the_page_offers_the_three_downloads_and_says_how_to_restore(alice_client, data_dir):
    page = text(alice_client.get(DATA))
    assert "<h1>Your data</h1>" in page
    for kind in ("json", "csv", "vcard"):
        assert f'href="{reverse("backups:download", args=[kind])}"' in page
    assert "coffeechat restore" in page
    assert "empty" in page


def test_the_profile_page_links_to_your_data(alice_client):
    assert f'href="{DATA}"' in text(alice_client.get(reverse("accounts:profile")))


def test_the_contacts_list_links_to_your_data(alice_client):
    assert f'href="{DATA}"' in text(alice_client.get(reverse("contacts:list")))


def test_the_json_download_is_a_dated_full_backup_of_the_users_data_only(
    alice_client, alice, charlie, frozen
):
    Contact.objects.create(owner=alice, name="Ana Ruiz")
    Contact.objects.create(owner=charlie, name="Charlie's Friend")
    response = alice_client.get(reverse("backups:download", args=["json"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="coffeechat-backup-2026-11-04.json"'
    )
    data = json.loads(response.content)
    assert data["format"] == "coffeechat-backup"
    assert [c["name"] for c in data["tables"]["contacts.Contact"]] == ["Ana Ruiz"]
    assert "Charlie" not in response.content.decode()


def test_the_csv_download_opens_in_a_spreadsheet(alice_client, alice, frozen):
    Contact.objects.create(owner=alice, name="Zoë Ruiz", notes="=1+1")
    response = alice_client.get(reverse("backups:download", args=["csv"]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="coffeechat-contacts-2026-11-04.csv"'
    )
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeffName,Email,")  # the mark that says UTF-8 to Excel
    (row,) = csv.DictReader(io.StringIO(body.removeprefix("\ufeff")))
    assert (row["Name"], row["Notes"]) == ("Zoë Ruiz", "'=1+1")


def test_the_vcard_download(alice_client, alice, frozen):
    Contact.objects.create(owner=alice, name="Ana Ruiz", email="ana@example.org")
    response = alice_client.get(reverse("backups:download", args=["vcard"]))
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="coffeechat-contacts-2026-11-04.vcf"'
    )
    assert response.content.startswith(b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Ruiz\r\n")


def test_an_unknown_download_is_404(alice_client):
    assert alice_client.get("/data/export/xlsx/").status_code == 404


def test_making_a_backup_needs_a_post(alice_client):
    assert alice_client.get(reverse("backups:backup_now")).status_code == 405


# ----------------------------------------------------------------- copies (SQLite)


@pytest.fixture
def local(transactional_db):
    """Copies are made outside a transaction, as the server makes them."""
    if connection.vendor != "sqlite":
        pytest.skip("copies of the database are for SQLite; PostgreSQL uses pg_dump")


def test_make_a_backup_now_puts_a_copy_in_the_data_folder_and_says_where(local, client, data_dir):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create(username="dora")
    client.force_login(user)
    Contact.objects.create(owner=user, name="Ana Ruiz")
    response = client.post(reverse("backups:backup_now"), follow=True)
    (made,) = services.backups_kept(data_dir)
    assert made.path.parent == data_dir / "backups"
    assert not made.automatic
    page = text(response)
    assert f"Backup made: {made.path}" in page
    assert made.path.name in page  # and it is listed


def test_the_automatic_copies_kept_are_listed(alice_client, data_dir):
    if connection.vendor != "sqlite":
        pytest.skip("copies of the database are for SQLite")
    folder = data_dir / "backups"
    folder.mkdir()
    (folder / "coffeechat-2026-11-03.sqlite3").write_bytes(b"x" * 2048)
    (folder / "coffeechat-2026-11-04.sqlite3").write_bytes(b"x" * 2048)
    page = text(alice_client.get(DATA))
    assert str(folder) in page
    assert "Make a backup now" in page
    assert page.index("coffeechat-2026-11-04.sqlite3") < page.index("coffeechat-2026-11-03.sqlite3")
    assert "2.0\xa0KB" in page
    assert "newest 7" in page


def test_no_copies_yet_says_so(alice_client, data_dir):
    if connection.vendor != "sqlite":
        pytest.skip("copies of the database are for SQLite")
    assert 'data-testid="no-backups"' in text(alice_client.get(DATA))


def test_on_postgresql_the_page_points_to_pg_dump(alice_client, data_dir):
    if connection.vendor == "sqlite":
        pytest.skip("checked in the PostgreSQL pass")
    page = text(alice_client.get(DATA))
    assert "pg_dump" in page
    assert "Make a backup now" not in page
    response = alice_client.post(reverse("backups:backup_now"), follow=True)
    assert "on PostgreSQL use pg_dump" in text(response)
    assert not (data_dir / "backups").exists()
