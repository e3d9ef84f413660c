"""Importing contacts: what each row does, committing all or nothing, and never twice.

Small real files (tests/fixtures/imports_service/) go through the real parsers.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coffeechat.contacts.models import Contact, Organization
from coffeechat.contacts.services import organization_named
from coffeechat.imports import services
from coffeechat.imports.models import ImportBatch
from coffeechat.imports.services import (
    AlreadyImported,
    ImportBlocked,
    commit_import,
    get_import_for,
    import_file,
    imports_for,
    plan_import,
    preview_import,
    start_import,
)
from coffeechat.lib import dedupe
from coffeechat.lib import import_plan as planning
from coffeechat.lib.importers import ImportRefused, Parsed, Problem, Row, parse
from coffeechat.scoping import NotFound

FILES = Path(__file__).parent.parent / "fixtures" / "imports_service"
NOW = datetime(2026, 11, 4, 9, 30, tzinfo=ZoneInfo("Europe/London"))


def read(name: str) -> bytes:
    return (FILES / name).read_bytes()


def upload_and_commit(user, kind: str, name: str, *, import_the_rest=False) -> dict:
    batch = start_import(user, kind, read(name), filename=name, now=NOW)
    batch.import_the_rest = import_the_rest
    return commit_import(user, batch, now=NOW)


def people(user) -> dict[str, Contact]:
    return {c.name: c for c in Contact.objects.filter(owner=user).select_related("organization")}


def linkedin_csv(rows: list[tuple[str, str, str, str, str]]) -> bytes:
    """A LinkedIn Connections.csv of (first, last, email, company, position) rows."""
    lines = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On"]
    for first, last, email, company, position in rows:
        slug = f"{first}-{last}".lower()
        lines.append(
            f"{first},{last},https://www.linkedin.com/in/{slug},{email},{company},{position},"
            "09 Oct 2024"
        )
    return ("\r\n".join(lines) + "\r\n").encode()


# ------------------------------------------------------------------ the done-when


def test_linkedin_phone_and_google_files_of_the_same_people_give_each_person_once(alice):
    first = upload_and_commit(alice, "linkedin", "Connections.csv")
    assert first == {"created": 3, "updated": 0, "duplicates": 0, "skipped": 0, "errors": []}

    # Ana by name and organisation, Ben by e-mail (in capitals): both get their phone
    # and Ana her e-mail; Dana is new.
    second = upload_and_commit(alice, "vcard", "phone.vcf")
    assert second == {"created": 1, "updated": 2, "duplicates": 0, "skipped": 0, "errors": []}

    # Ana adds nothing; Chen gets an e-mail, Dana an organisation and a title; Eve is new.
    third = upload_and_commit(alice, "google", "google.csv")
    assert third == {"created": 1, "updated": 2, "duplicates": 1, "skipped": 0, "errors": []}

    found = people(alice)
    assert sorted(found) == ["Ana Ruiz", "Ben Okoro", "Chen Wei", "Dana Kim", "Eve Stone"]
    summary = {
        name: (c.organization.name if c.organization else "", c.title, c.email)
        for name, c in found.items()
    }
    assert summary == {
        "Ana Ruiz": ("Acme Health", "Product Manager", "ana.ruiz@acme.example"),
        "Ben Okoro": ("Globex", "Data Engineer", "ben@globex.example"),
        "Chen Wei": ("Initech", "Analyst", "chen.wei@initech.example"),
        "Dana Kim": ("Umbrella", "Recruiter", "dana@kim.example"),
        "Eve Stone": ("Hooli", "Designer", "eve@hooli.example"),
    }
    assert found["Ana Ruiz"].phone and found["Ben Okoro"].phone
    assert found["Ana Ruiz"].linkedin_url == "https://www.linkedin.com/in/ana-ruiz"
    assert found["Ana Ruiz"].connected_on == date(2024, 10, 9)
    assert found["Ana Ruiz"].source == "linkedin"  # made by the LinkedIn import
    assert found["Dana Kim"].source == "other"
    assert found["Eve Stone"].notes == "Met at the UX meetup"
    assert Organization.objects.filter(owner=alice).count() == 5


@pytest.mark.parametrize(
    ("kind", "name"),
    [("linkedin", "Connections.csv"), ("vcard", "phone.vcf"), ("google", "google.csv")],
)
def test_importing_the_same_file_again_creates_nothing_new(alice, kind, name):
    first = upload_and_commit(alice, kind, name)
    contacts = Contact.objects.count()
    organizations = Organization.objects.count()

    again = upload_and_commit(alice, kind, name)

    assert again == {
        "created": 0,
        "updated": 0,
        "duplicates": first["created"],
        "skipped": 0,
        "errors": [],
    }
    assert Contact.objects.count() == contacts
    assert Organization.objects.count() == organizations


def test_the_three_files_again_in_any_order_create_nothing_new(alice):
    for kind, name in [
        ("linkedin", "Connections.csv"),
        ("vcard", "phone.vcf"),
        ("google", "google.csv"),
    ]:
        upload_and_commit(alice, kind, name)
    before = Contact.objects.count()
    for kind, name in [
        ("google", "google.csv"),
        ("linkedin", "Connections.csv"),
        ("vcard", "phone.vcf"),
    ]:
        summary = upload_and_commit(alice, kind, name)
        assert summary["created"] == summary["updated"] == 0
    assert Contact.objects.count() == before


# ------------------------------------------------------------------ what each row does


def test_an_update_fills_only_empty_fields_and_never_what_the_user_typed(alice):
    ben = Contact.objects.create(
        owner=alice,
        name="Benjamin Okoro",
        email="ben@globex.example",
        title="Head of Data (promoted!)",
        organization=organization_named(alice, "Globex Corporation"),
    )
    summary = upload_and_commit(alice, "vcard", "phone.vcf")
    assert summary["updated"] == 1
    ben.refresh_from_db()
    assert ben.name == "Benjamin Okoro"
    assert ben.title == "Head of Data (promoted!)"
    assert ben.organization.name == "Globex Corporation"
    assert ben.email == "ben@globex.example"
    assert ben.phone == "+44 7700 900002"  # was empty: filled


def test_the_preview_says_what_an_update_adds_and_why_it_is_the_same_person(alice):
    Contact.objects.create(owner=alice, name="Ben Okoro", email="ben@globex.example")
    plan = plan_import(alice, parse("vcard", read("phone.vcf")))
    [update] = plan.updated
    assert update.row.name == "Ben Okoro"
    assert update.fills == {"phone": "+44 7700 900002"}
    assert update.reason == "same e-mail as Ben Okoro: adds phone"


def test_a_row_adding_nothing_is_a_duplicate_with_its_reason(alice):
    Contact.objects.create(
        owner=alice,
        name="Ben Okoro",
        email="ben@globex.example",
        phone="+44 7700 900002",
    )
    plan = plan_import(alice, parse("vcard", read("phone.vcf")))
    [duplicate] = plan.duplicates
    assert duplicate.reason == "already in your contacts (same e-mail as Ben Okoro)"


def test_the_same_person_twice_in_one_file_is_made_once_with_both_rows_details(alice):
    data = linkedin_csv(
        [
            ("Ana", "Ruiz", "", "Acme Health", "Product Manager"),
            ("Ben", "Okoro", "ben@globex.example", "Globex", ""),
            ("Ben", "Okoro", "ben@globex.example", "Globex", "Data Engineer"),
        ]
    )
    plan = plan_import(alice, parse("linkedin", data))
    assert [d.row.name for d in plan.new] == ["Ana Ruiz", "Ben Okoro"]
    [again] = plan.duplicates
    assert again.line == 4
    assert again.reason == "same e-mail as line 3 (Ben Okoro), which takes its title"

    summary = import_file(alice, "linkedin", data, now=NOW).summary()
    assert summary["created"] == 2 and summary["duplicates"] == 1
    assert people(alice)["Ben Okoro"].title == "Data Engineer"


def test_same_name_at_another_organisation_is_someone_else(alice):
    Contact.objects.create(
        owner=alice, name="Ana Ruiz", organization=organization_named(alice, "Globex")
    )
    plan = plan_import(alice, parse("linkedin", read("Connections.csv")))
    assert "Ana Ruiz" in [d.row.name for d in plan.new]


def test_the_same_linkedin_profile_spelt_differently_is_the_same_person(alice):
    Contact.objects.create(
        owner=alice, name="Chen W.", linkedin_url="http://uk.linkedin.com/in/Chen-Wei-88/"
    )
    plan = plan_import(alice, parse("linkedin", read("Connections.csv")))
    [update] = plan.updated
    assert update.row.name == "Chen Wei"
    assert update.reason.startswith("same LinkedIn profile as Chen W.")


def test_organisations_are_matched_whatever_their_case_and_made_once(alice):
    acme = organization_named(alice, "ACME HEALTH")
    data = linkedin_csv(
        [
            ("Ana", "Ruiz", "", "Acme Health", "Product Manager"),
            ("Ben", "Okoro", "", "Hooli", ""),
            ("Eve", "Stone", "", "hooli", ""),
        ]
    )
    import_file(alice, "linkedin", data, now=NOW)
    found = people(alice)
    assert found["Ana Ruiz"].organization == acme
    assert found["Ben Okoro"].organization == found["Eve Stone"].organization
    assert sorted(Organization.objects.filter(owner=alice).values_list("name", flat=True)) == [
        "ACME HEALTH",
        "Hooli",
    ]


def test_empty_and_bad_rows_are_skipped_with_their_line_and_reason(alice):
    plan = plan_import(alice, parse("linkedin", read("cp1252_bad_row.csv")))
    assert plan.encoding == "Windows-1252"
    assert [d.row.name for d in plan.new] == ["José Núñez", "Zoë Adams"]
    assert [(s.line, s.bad) for s in plan.skipped] == [(3, True), (4, False)]
    assert plan.skipped[0].message.startswith("no name")
    assert plan.summary()["errors"] == [{"line": 3, "message": plan.skipped[0].message}]


def test_a_value_too_long_for_its_field_is_a_bad_row_not_a_crash(alice):
    parsed = Parsed(
        kind="vcard",
        source="other",
        encoding="UTF-8",
        rows=[Row(line=1, name="Ana Ruiz", title="x" * 201), Row(line=9, name="Ben Okoro")],
    )
    plan = plan_import(alice, parsed)
    assert [(s.line, s.message) for s in plan.problems] == [
        (1, "the title is longer than 200 characters")
    ]
    assert [d.line for d in plan.new] == [9]


# ------------------------------------------------------------------ bad rows and the commit


def test_bad_rows_block_the_commit_and_nothing_is_written(alice):
    batch = start_import(alice, "linkedin", read("cp1252_bad_row.csv"), now=NOW)
    with pytest.raises(ImportBlocked) as blocked:
        commit_import(alice, batch, now=NOW)
    assert str(blocked.value) == (
        "1 row has a problem, so nothing was imported. Fix the file, or import the rest "
        "and skip it."
    )
    assert Contact.objects.count() == 0
    batch.refresh_from_db()
    assert batch.committed_at is None


def test_importing_the_rest_skips_the_bad_rows_and_reports_them(alice):
    summary = upload_and_commit(alice, "linkedin", "cp1252_bad_row.csv", import_the_rest=True)
    assert summary["created"] == 2
    assert summary["skipped"] == 2  # the row without a name and the empty one
    assert [e["line"] for e in summary["errors"]] == [3]
    assert sorted(people(alice)) == ["José Núñez", "Zoë Adams"]
    assert people(alice)["José Núñez"].organization.name == "Café Ltd"


def test_a_commit_stores_its_summary_and_cannot_happen_twice(alice):
    batch = start_import(alice, "linkedin", read("Connections.csv"), now=NOW)
    summary = commit_import(alice, batch, now=NOW)
    batch.refresh_from_db()
    assert batch.committed_at == NOW
    assert {k: batch.summary[k] for k in summary} == summary
    assert batch.summary["encoding"] == "UTF-8"
    with pytest.raises(AlreadyImported, match="This file was already imported on 4 November"):
        commit_import(alice, batch, now=NOW)
    assert Contact.objects.count() == 3


def test_a_failure_midway_leaves_nothing_written(alice, monkeypatch):
    Contact.objects.create(owner=alice, name="Ben Okoro", email="ben@globex.example")
    batch = start_import(alice, "vcard", read("phone.vcf"), now=NOW)

    def fail(*args, **kwargs):
        raise RuntimeError("the disk is full")

    # New contacts and organisations are written before the updates: the updates fail.
    monkeypatch.setattr(Contact.objects, "bulk_update", fail)
    with pytest.raises(RuntimeError):
        commit_import(alice, batch, now=NOW)

    assert list(Contact.objects.values_list("name", "phone")) == [("Ben Okoro", "")]
    assert Organization.objects.count() == 0
    batch.refresh_from_db()
    assert batch.committed_at is None and batch.summary == {}


def test_a_failure_while_saving_the_batch_undoes_the_contacts(alice, monkeypatch):
    batch = start_import(alice, "linkedin", read("Connections.csv"), now=NOW)

    def fail(self, *args, **kwargs):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(ImportBatch, "save", fail)
    with pytest.raises(RuntimeError):
        commit_import(alice, batch, now=NOW)
    assert Contact.objects.count() == 0
    assert Organization.objects.count() == 0


def test_the_command_line_import_keeps_no_batch_when_it_is_refused(alice):
    with pytest.raises(ImportBlocked):
        import_file(alice, "linkedin", read("cp1252_bad_row.csv"), now=NOW)
    assert ImportBatch.objects.count() == 0
    assert Contact.objects.count() == 0


# ------------------------------------------------------------------ nothing before the commit


def test_uploading_and_previewing_write_no_contact(alice):
    batch = start_import(alice, "vcard", read("phone.vcf"), filename="phone.vcf", now=NOW)
    plan = preview_import(alice, batch)
    assert len(plan.new) == 3
    assert Contact.objects.count() == 0
    assert Organization.objects.count() == 0
    assert batch.filename == "phone.vcf" and batch.committed_at is None


def test_a_file_of_the_wrong_kind_is_refused_and_nothing_is_kept(alice):
    with pytest.raises(ImportRefused) as refused:
        start_import(alice, "linkedin", read("phone.vcf"), now=NOW)
    assert "vCard" in str(refused.value) or "LinkedIn" in str(refused.value)
    assert ImportBatch.objects.count() == 0


def test_a_generic_csv_is_read_with_the_columns_chosen(alice):
    data = b"Who,Firm,Mail\r\nAna Ruiz,Acme Health,ana@acme.example\r\n"
    batch = start_import(alice, "csv", data, filename="people.csv", now=NOW)
    assert services.needs_mapping(batch)
    services.choose_columns(alice, batch, {"name": "Who", "organization": "Firm", "email": "Mail"})
    batch.refresh_from_db()
    assert not services.needs_mapping(batch)
    assert commit_import(alice, batch, now=NOW)["created"] == 1
    ana = people(alice)["Ana Ruiz"]
    assert (ana.organization.name, ana.email) == ("Acme Health", "ana@acme.example")


# ------------------------------------------------------------------ possible duplicates


def test_a_probable_duplicate_is_imported_as_new_and_listed_with_the_reason(alice):
    Contact.objects.create(
        owner=alice, name="Benjamin Okoro", organization=organization_named(alice, "Globex")
    )
    data = linkedin_csv([("Ben", "Okoro", "", "Globex", "Data Engineer")])
    plan = plan_import(alice, parse("linkedin", data))
    assert [d.row.name for d in plan.new] == ["Ben Okoro"]
    [possible] = plan.possible
    assert possible.line == 2
    assert possible.other_name == "Benjamin Okoro (Globex)"
    assert possible.reason  # in the matcher's words


def test_possible_duplicates_come_from_the_matcher_within_the_file_too(alice, monkeypatch):
    def matcher(new, existing=()):
        return [dedupe.Match(a=new[0].key, b=new[1].key, score=91, exact=False, reason="alike")]

    monkeypatch.setattr(dedupe, "find_matches", matcher)
    plan = plan_import(alice, parse("linkedin", read("Connections.csv")))
    [possible] = plan.possible
    assert (possible.line, possible.other_line, possible.reason) == (5, 6, "alike")


# ------------------------------------------------------------------ scoping


def test_charlie_can_neither_see_nor_preview_nor_commit_alices_import(alice, charlie):
    batch = start_import(alice, "linkedin", read("Connections.csv"), now=NOW)
    assert list(imports_for(charlie)) == []
    with pytest.raises(NotFound, match=f"No import with id {batch.pk}."):
        get_import_for(charlie, batch.pk)
    with pytest.raises(NotFound):
        preview_import(charlie, batch)
    with pytest.raises(NotFound):
        commit_import(charlie, batch, now=NOW)
    assert Contact.objects.count() == 0


def test_one_users_contacts_never_make_anothers_rows_duplicates(alice, charlie):
    upload_and_commit(alice, "linkedin", "Connections.csv")
    summary = upload_and_commit(charlie, "linkedin", "Connections.csv")
    assert summary["created"] == 3
    assert Contact.objects.filter(owner=charlie).count() == 3
    assert Organization.objects.filter(owner=charlie).count() == 3


# ------------------------------------------------------------------ bulk: no query per row


def _campaign(user, size: int) -> bytes:
    """`size` people already known (half with e-mails) and a file of `3 * size` rows:
    updates, duplicates, new people at new and known organisations, an empty row."""
    for n in range(size):
        Contact.objects.create(
            owner=user,
            name=f"Known Person{n}",
            email=f"known{n}@example.org" if n % 2 else "",
            organization=organization_named(user, f"Org {n}"),
        )
    rows = [("Known", f"Person{n}", "", f"Org {n}", "Analyst") for n in range(size)]
    rows += [("New", f"Person{n}", f"new{n}@example.org", f"Org {n % 3}", "") for n in range(size)]
    rows += [("Fresh", f"Face{n}", "", f"New Org {n}", "") for n in range(size)]
    data = linkedin_csv(rows)
    return data + b",,,,,,\r\n"


@pytest.mark.parametrize("what", ["plan", "commit"])
def test_queries_do_not_grow_with_the_rows(alice, charlie, what):
    def count(user, size):
        data = _campaign(user, size)
        batch = start_import(user, "linkedin", data, now=NOW)
        with CaptureQueriesContext(connection) as queries:
            if what == "plan":
                preview_import(user, batch)
            else:
                summary = commit_import(user, batch, now=NOW)
                assert summary["created"] == 2 * size and summary["updated"] == size
        return len(queries)

    # Five times the rows, the same queries. (Far bigger files take one INSERT per
    # batch that SQLite's 999 parameters allow: about 58 contacts.)
    small, big = count(alice, 4), count(charlie, 20)
    assert small == big
    assert big <= (1 if what == "plan" else 10)


def test_the_plan_rules_need_no_database():
    parsed = Parsed(
        kind="google",
        source="other",
        encoding="UTF-8",
        rows=[
            Row(line=2, name="Ana Ruiz", email="ana@x.example", emails=("ana@x.example",)),
            Row(line=3, name="Ana  Ruiz", phone="123"),
        ],
        skipped=[Problem(line=4, message="empty row")],
    )
    known = [planning.Known(id=7, name="ANA RUIZ", email="ana@x.example", phone="9")]
    plan = planning.plan(parsed, known, find_matches=lambda new, existing: [])
    assert [d.action for d in plan.duplicates] == ["duplicate", "duplicate"]
    assert plan.summary() == {
        "created": 0,
        "updated": 0,
        "duplicates": 2,
        "skipped": 1,
        "errors": [],
    }
