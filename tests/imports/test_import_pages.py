"""The import pages as a user sees them: choose, upload, (columns,) preview, import."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coffeechat.contacts.models import Contact
from coffeechat.imports.models import ImportBatch
from coffeechat.lib import importers
from tests.pages import error_beside, text, visible

FILES = Path(__file__).parent.parent / "fixtures" / "imports_service"


def upload(client, kind: str, name: str, data: bytes | None = None):
    data = (FILES / name).read_bytes() if data is None else data
    return client.post("/imports/", {"kind": kind, "file": SimpleUploadedFile(name, data)})


def batch_id(response) -> int:
    return int(re.search(r"/imports/(\d+)/", response["Location"]).group(1))


def test_the_start_page_explains_how_to_get_each_file(alice_client):
    page = visible(alice_client.get("/imports/"))
    assert "Settings → Data privacy → Get a copy of your data → Connections" in page
    assert "Google Contacts → Export → Google CSV" in page
    assert "Export contacts" in page  # Outlook
    assert "vCard" in page and "iPhone" in page and "Android" in page
    assert "Up to 20 MB" in page


def test_the_contacts_page_links_to_the_import(alice_client):
    assert 'href="/imports/"' in text(alice_client.get("/contacts/"))


def test_upload_preview_and_import_a_linkedin_file(alice_client, alice):
    response = upload(alice_client, "linkedin", "Connections.csv")
    assert response.status_code == 302
    pk = batch_id(response)
    assert response["Location"] == f"/imports/{pk}/"
    assert Contact.objects.count() == 0  # nothing before the preview

    preview = alice_client.get(f"/imports/{pk}/")
    page = visible(preview)
    assert "Nothing is imported yet" in page
    assert "read as UTF-8" in page
    assert (
        "New contacts: 3" in page and "Ana Ruiz" in page and "Product Manager, Acme Health" in page
    )
    assert "Import 3 contacts" in page
    assert "Import the rest" not in page
    assert Contact.objects.count() == 0

    done = alice_client.post(f"/imports/{pk}/commit/", follow=True)
    assert done.redirect_chain[-1][0] == f"/imports/{pk}/done/"
    page = visible(done)
    assert "Imported: 3 new contacts, 0 updated." in page
    assert re.search(r"3\s+new contacts", page)
    assert 'href="/contacts/duplicates/"' in text(done)
    assert 'href="/contacts/"' in text(done)
    assert Contact.objects.filter(owner=alice).count() == 3

    # The preview of a committed file shows its result; committing again does nothing.
    assert alice_client.get(f"/imports/{pk}/")["Location"] == f"/imports/{pk}/done/"
    again = alice_client.post(f"/imports/{pk}/commit/", follow=True)
    assert "This file was already imported" in visible(again)
    assert Contact.objects.count() == 3


def test_the_same_file_uploaded_again_shows_everyone_as_already_there(alice_client):
    first = batch_id(upload(alice_client, "linkedin", "Connections.csv"))
    alice_client.post(f"/imports/{first}/commit/")
    second = batch_id(upload(alice_client, "linkedin", "Connections.csv"))
    page = visible(alice_client.get(f"/imports/{second}/"))
    assert "New contacts: 0" in page
    assert "Already there (nothing new): 3" in page
    assert "already in your contacts (same LinkedIn profile as Ana Ruiz)" in page
    assert "Import 0 contacts" in page
    alice_client.post(f"/imports/{second}/commit/")
    assert Contact.objects.count() == 3


def test_the_preview_shows_updates_with_what_they_add(alice_client, alice):
    Contact.objects.create(owner=alice, name="Ben Okoro", email="ben@globex.example")
    pk = batch_id(upload(alice_client, "vcard", "phone.vcf"))
    page = visible(alice_client.get(f"/imports/{pk}/"))
    assert "Contacts that get new details: 1" in page
    assert "same e-mail as Ben Okoro: adds phone" in page
    assert "only empty details are filled, nothing you typed is changed" in page


def test_bad_rows_show_with_their_lines_and_block_the_import_until_skipped(alice_client):
    pk = batch_id(upload(alice_client, "linkedin", "cp1252_bad_row.csv"))
    preview = alice_client.get(f"/imports/{pk}/")
    page = visible(preview)
    assert "read as Windows-1252" in page
    assert "José Núñez" in page
    assert "1 row has a problem" in page
    assert "Line 3: no name" in page
    assert "Skipped rows: 2" in page and "empty row" in page
    assert "Import the rest, skipping the 1 row with problems" in page

    refused = alice_client.post(f"/imports/{pk}/commit/", follow=True)
    assert "1 row has a problem, so nothing was imported" in visible(refused)
    assert Contact.objects.count() == 0

    done = alice_client.post(f"/imports/{pk}/commit/", {"import_the_rest": "on"}, follow=True)
    page = visible(done)
    assert "Rows skipped for problems" in page and "Line 3: no name" in page
    assert Contact.objects.count() == 2


def test_a_file_of_the_wrong_kind_comes_back_with_the_reason(alice_client):
    response = upload(alice_client, "linkedin", "phone.vcf")
    assert response.status_code == 200
    message = error_beside(response, "id_file")
    assert message  # the parser's own sentence
    assert ImportBatch.objects.count() == 0


def test_an_undecodable_file_comes_back_with_the_reason(alice_client):
    response = upload(alice_client, "google", "picture.png", b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert response.status_code == 200
    assert "PNG" in error_beside(response, "id_file")
    assert ImportBatch.objects.count() == 0


@pytest.mark.parametrize(
    ("post", "field", "message"),
    [
        ({"kind": "linkedin"}, "id_file", "Choose the file to upload."),
        ({"kind": "linkedin", "file": "not a file"}, "id_file", "Choose the file to upload."),
        ({"file": "x"}, "id_kind", "Choose what kind of file this is."),
        ({"kind": "excel"}, "id_kind", "Choose one of the kinds of file listed."),
    ],
)
def test_the_upload_form_refuses_what_is_not_a_file(alice_client, post, field, message):
    response = alice_client.post("/imports/", post)
    assert response.status_code == 200
    assert error_beside(response, field) == message
    assert ImportBatch.objects.count() == 0


def test_an_empty_file_is_refused(alice_client):
    response = upload(alice_client, "linkedin", "empty.csv", b"")
    assert error_beside(response, "id_file") == "That file is empty."


def test_a_file_over_the_size_limit_is_refused_with_the_limit(alice_client, monkeypatch):
    monkeypatch.setattr("coffeechat.imports.forms.MAX_BYTES", 1024 * 1024)
    response = upload(alice_client, "linkedin", "big.csv", b"a" * (1536 * 1024))
    assert error_beside(response, "id_file") == (
        "This file is 1.5 MB; coffeechat reads files of up to 1 MB. Export fewer contacts, "
        "or split the file."
    )
    assert ImportBatch.objects.count() == 0


def test_a_generic_csv_asks_which_column_is_which_with_guesses_and_examples(alice_client):
    data = b"Full Name,Company,E-mail,Shoe size\r\nAna Ruiz,Acme Health,ana@acme.example,38\r\n"
    response = upload(alice_client, "csv", "people.csv", data)
    pk = batch_id(response)
    assert response["Location"] == f"/imports/{pk}/columns/"
    # The preview waits for the columns.
    assert alice_client.get(f"/imports/{pk}/")["Location"] == f"/imports/{pk}/columns/"

    page = alice_client.get(f"/imports/{pk}/columns/")
    html = text(page)
    guessed = importers.guess_mapping(["Full Name", "Company", "E-mail", "Shoe size"])
    for index, column in enumerate(["Full Name", "Company", "E-mail", "Shoe size"]):
        field = next((f for f, c in guessed.items() if c == column), "")
        select = re.search(rf'<select name="col_{index}".*?</select>', html, re.S).group(0)
        if field:
            assert f'value="{field}" selected' in select
    assert "ana@acme.example" in visible(page) and "38" in visible(page)

    both = alice_client.post(f"/imports/{pk}/columns/", {"col_0": "name", "col_1": "name"})
    assert "“Full name” is chosen for two columns" in visible(both)
    nameless = alice_client.post(f"/imports/{pk}/columns/", {"col_1": "organization"})
    assert "Choose the column that holds the name" in visible(nameless)

    chosen = alice_client.post(
        f"/imports/{pk}/columns/", {"col_0": "name", "col_1": "organization", "col_2": "email"}
    )
    assert chosen["Location"] == f"/imports/{pk}/"
    page = visible(alice_client.get(f"/imports/{pk}/"))
    assert "Full name ← Full Name" in page and "New contacts: 1" in page
    alice_client.post(f"/imports/{pk}/commit/")
    ana = Contact.objects.select_related("organization").get()
    assert (ana.name, ana.organization.name, ana.email) == (
        "Ana Ruiz",
        "Acme Health",
        "ana@acme.example",
    )


def test_earlier_imports_are_listed_on_the_start_page(alice_client):
    pk = batch_id(upload(alice_client, "linkedin", "Connections.csv"))
    alice_client.post(f"/imports/{pk}/commit/")
    page = visible(alice_client.get("/imports/"))
    assert "Earlier imports" in page and "Connections.csv" in page
    assert "3 new, 0 updated, 0 already there, 0 skipped" in page


def test_charlie_gets_not_found_for_every_page_of_alices_import(alice_client, charlie_client_2):
    pk = batch_id(upload(alice_client, "linkedin", "Connections.csv"))
    for url in (f"/imports/{pk}/", f"/imports/{pk}/columns/", f"/imports/{pk}/done/"):
        assert charlie_client_2.get(url).status_code == 404
    assert charlie_client_2.post(f"/imports/{pk}/commit/").status_code == 404
    assert Contact.objects.count() == 0
    assert "Earlier imports" not in visible(charlie_client_2.get("/imports/"))


@pytest.fixture
def charlie_client_2(charlie):
    from django.test import Client

    client = Client()
    client.force_login(charlie)
    return client


def test_committing_needs_a_post(alice_client):
    pk = batch_id(upload(alice_client, "linkedin", "Connections.csv"))
    assert alice_client.get(f"/imports/{pk}/commit/").status_code == 405


def _file(rows: int) -> bytes:
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    lines += [f"P{n},Person,,p{n}@example.org,Org {n % 7},Analyst,09 Oct 2024" for n in range(rows)]
    return ("\r\n".join(lines) + "\r\n").encode()


@pytest.mark.parametrize("step", ["preview", "commit"])
def test_the_preview_and_the_commit_take_the_same_queries_for_more_rows(alice_client, step):
    def count(rows: int) -> int:
        Contact.objects.all().delete()
        pk = batch_id(upload(alice_client, "linkedin", "Connections.csv", _file(rows)))
        with CaptureQueriesContext(connection) as queries:
            if step == "preview":
                assert alice_client.get(f"/imports/{pk}/").status_code == 200
            else:
                assert alice_client.post(f"/imports/{pk}/commit/").status_code == 302
        return len(queries)

    assert count(5) == count(40)


def test_possible_duplicates_are_listed_with_the_reason_and_the_review_link(alice_client, alice):
    from coffeechat.contacts.services import organization_named

    Contact.objects.create(
        owner=alice, name="Benjamin Okoro", organization=organization_named(alice, "Globex")
    )
    pk = batch_id(upload(alice_client, "linkedin", "Connections.csv"))
    preview = alice_client.get(f"/imports/{pk}/")
    page = visible(preview)
    assert "Possible duplicates: 1" in page
    assert "Ben Okoro: perhaps Benjamin Okoro (Globex)" in page
    assert 'href="/contacts/duplicates/"' in text(preview)
    done = visible(alice_client.post(f"/imports/{pk}/commit/", follow=True))
    assert "1 of the new contacts may be someone you already had" in done
    assert "Review possible duplicates" in done


# ------------------------------------------------------------------ the kind preselected


def checked_kinds(response) -> list[str]:
    return re.findall(
        r'<input type="radio" name="kind" value="(\w+)"[^>]*\bchecked\b', response.content.decode()
    )


def test_the_import_page_starts_with_linkedin_chosen(alice_client):
    assert checked_kinds(alice_client.get("/imports/")) == ["linkedin"]


def test_a_kind_chosen_and_sent_back_with_an_error_stays_chosen(alice_client):
    response = alice_client.post("/imports/", {"kind": "vcard"})
    assert checked_kinds(response) == ["vcard"]
