"""Contacts in and out, in headless Chromium, as the issue's "done when" has it: a
LinkedIn export, a phone's vCard file and a Google CSV of overlapping people give each
person once; the duplicate left is merged; everything is exported and restored into
an empty data folder with nothing lost."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from coffeechat.accounts.services import get_profile, issue_login_token, local_user
from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import organization_named

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FILES = Path(__file__).resolve().parent.parent / "fixtures" / "imports_service"


def _import(page, base, kind_label: str, file: Path, expected: dict[str, int]) -> None:
    page.goto(f"{base}/imports/")
    page.get_by_label(kind_label).check()
    page.set_input_files("input[type=file]", str(file))
    page.get_by_role("button", name="Upload and preview").click()
    expect(page.get_by_role("heading", name=f"Preview: {file.name}")).to_be_visible()
    counts = page.locator(".import-counts")
    for label, n in expected.items():
        expect(counts).to_contain_text(f"{n} {label}")
    # Nothing is written before the user says so.
    page.get_by_role("button", name=re.compile(r"^Import \d+ contacts?$")).click()
    expect(page.get_by_role("heading", name=f"Imported: {file.name}")).to_be_visible()


def test_three_exports_give_each_person_once_then_out_and_back_in(page, live_server, tmp_path):
    base = live_server.url
    user = local_user()
    profile = get_profile(user)
    profile.name, profile.timezone = "Maya Okafor", "Europe/London"
    profile.save()
    page.goto(f"{base}/login/{issue_login_token(user, now=timezone.now())}/")

    _import(page, base, "LinkedIn connections", FILES / "Connections.csv", {"new": 3})
    _import(page, base, "vCard", FILES / "phone.vcf", {"new": 1, "updated": 2})
    _import(page, base, "Google Contacts", FILES / "google.csv", {"new": 1})

    # Each person once, with the right organisations, titles and e-mails.
    page.goto(f"{base}/contacts/")
    rows = page.locator("#contact-rows")
    for name in ("Ana Ruiz", "Ben Okoro", "Chen Wei", "Dana Kim", "Eve Stone"):
        expect(rows.get_by_role("link", name=name, exact=True)).to_have_count(1)
    ana = Contact.objects.get(owner=user, name="Ana Ruiz")
    assert (ana.organization.name, ana.title, ana.email) == (
        "Acme Health",
        "Product Manager",
        "ana.ruiz@acme.example",
    )
    assert Contact.objects.get(owner=user, name="Chen Wei").email == "chen.wei@initech.example"

    # Importing a file again adds nobody.
    _import(page, base, "Google Contacts", FILES / "google.csv", {"new": 0})
    assert Contact.objects.filter(owner=user).count() == 5

    # A duplicate typed by hand earlier: found, compared field by field, merged.
    Contact.objects.create(
        owner=user,
        name="Benjamin Okoro",
        organization=organization_named(user, "Globex"),
        phone="+44 7700 900111",
        notes="Met him at the data meetup.",
    )
    page.goto(f"{base}/contacts/duplicates/")
    pair = (
        page.locator("li, article, tr")
        .filter(has_text="Benjamin Okoro")
        .filter(has_text="Ben Okoro")
    )
    pair.first.get_by_role("link", name="Compare and merge").click()
    expect(page.get_by_role("heading", name="Compare and merge")).to_be_visible()
    page.get_by_role("button", name="Merge").click()
    expect(page.locator(".flash")).to_contain_text("Merged")
    merged = Contact.objects.get(owner=user, name__in=["Ben Okoro", "Benjamin Okoro"])
    assert merged.phone == "+44 7700 900111" and merged.email == "ben@globex.example"
    assert Contact.objects.filter(owner=user).count() == 5

    # Everything out: the full backup, as downloaded from the data page.
    page.goto(f"{base}/data/")
    with page.expect_download() as download:
        page.get_by_test_id("download-json").click()
    backup = tmp_path / download.value.suggested_filename
    download.value.save_as(backup)
    assert backup.name.startswith("coffeechat-backup-") and backup.suffix == ".json"
    data = json.loads(backup.read_text())
    assert data["format"] == "coffeechat-backup"

    # ...and back in, on "another machine": an empty data folder, through the CLI.
    env = {
        **os.environ,
        "COFFEECHAT_DATA_DIR": str(tmp_path / "elsewhere"),
        "DJANGO_SETTINGS_MODULE": "coffeechat.settings",
    }
    env.pop("COFFEECHAT_DATABASE_URL", None)

    def coffeechat(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "coffeechat", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    restored = coffeechat("restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "Restored 5 contacts" in restored.stdout
    listed = json.loads(coffeechat("contact", "list", "--json").stdout)
    there = {c["name"]: c for c in listed}
    assert set(there) == {merged.name, "Ana Ruiz", "Chen Wei", "Dana Kim", "Eve Stone"}
    assert there["Ana Ruiz"]["email"] == "ana.ruiz@acme.example"
    again = coffeechat("export", "json")
    assert again.returncode == 0, again.stderr
    exported = json.loads(again.stdout)
    assert exported["tables"]["contacts.Contact"] == data["tables"]["contacts.Contact"]
