"""The test plumbing itself: each pass of `make test` runs on the database it claims,
SQLite is set up for a browser and a CLI writing at once, and headless Chromium works.

scripts/test sets COFFEECHAT_EXPECT_DB=sqlite for the first pytest run and
COFFEECHAT_EXPECT_DB=postgresql (with COFFEECHAT_DATABASE_URL) for the second.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI") == "true"
ON_SQLITE = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


@pytest.mark.django_db
def test_each_pass_runs_on_the_database_it_claims():
    expected = os.environ.get("COFFEECHAT_EXPECT_DB", "")
    if not expected:
        if IN_CI:
            pytest.fail(
                "CI=true but COFFEECHAT_EXPECT_DB is unset: CI runs the tests via make test"
            )
        pytest.skip("not run by scripts/test, so no pass to check")
    assert expected in ("sqlite", "postgresql"), expected
    # A PostgreSQL pass that quietly fell back to SQLite fails here.
    assert connection.vendor == expected
    with connection.cursor() as cursor:
        if expected == "postgresql":
            cursor.execute("SELECT version()")
            assert cursor.fetchone()[0].startswith("PostgreSQL")
            assert connection.settings_dict["NAME"].startswith("test_")
        else:
            cursor.execute("SELECT sqlite_version()")
            assert cursor.fetchone()[0]


@pytest.mark.skipif(not ON_SQLITE, reason="the SQLite settings; this pass is on PostgreSQL")
def test_sqlite_settings_ask_for_wal_busy_timeout_and_immediate_transactions():
    options = settings.DATABASES["default"]["OPTIONS"]
    assert "journal_mode=wal" in options["init_command"].lower()
    assert options["timeout"] > 0
    assert options["transaction_mode"] == "IMMEDIATE"


# pytest-django's SQLite test database lives in memory, where WAL does not apply; so
# open a real file database, the way the app does, in a Python process of its own.
PROBE = """
import json, sqlite3
import django
django.setup()
from django.db import connection, transaction

with connection.cursor() as cursor:
    cursor.execute("PRAGMA journal_mode")
    journal_mode = cursor.fetchone()[0]
    cursor.execute("PRAGMA busy_timeout")
    busy_timeout = cursor.fetchone()[0]

# IMMEDIATE takes the write lock at BEGIN: while a transaction that has only read is
# open, another writer cannot even begin.
other = sqlite3.connect(connection.settings_dict["NAME"], timeout=0)
with transaction.atomic():
    connection.cursor().execute("SELECT 1")
    try:
        other.execute("BEGIN IMMEDIATE")
        other.rollback()
        write_lock_held = False
    except sqlite3.OperationalError as exc:
        write_lock_held = "locked" in str(exc)
other.close()

print(json.dumps({
    "path": str(connection.settings_dict["NAME"]),
    "journal_mode": journal_mode,
    "busy_timeout": busy_timeout,
    "write_lock_held": write_lock_held,
}))
"""


@pytest.mark.skipif(not ON_SQLITE, reason="the SQLite settings; this pass is on PostgreSQL")
def test_a_real_sqlite_file_runs_in_wal_with_a_busy_timeout_and_immediate_transactions(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("COFFEECHAT_")}
    env.update(COFFEECHAT_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="coffeechat.settings")
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(probe["path"]).parent == tmp_path
    assert probe["journal_mode"] == "wal"
    assert probe["busy_timeout"] > 0
    assert probe["write_lock_held"] is True


@pytest.mark.browser
def test_headless_chromium_opens_a_page_from_the_live_server(page, live_server, django_user_model):
    # The ORM still works from test code while Playwright is running.
    django_user_model.objects.create(username="smoke")
    assert django_user_model.objects.filter(username="smoke").exists()

    page.set_content("<p id=greeting>Hello</p>")
    assert page.locator("#greeting").inner_text() == "Hello"

    response = page.goto(live_server.url + settings.LOGIN_URL)
    assert response is not None
    assert response.ok, f"{response.status} from {response.url}"
