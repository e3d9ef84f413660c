"""Shared fixtures. Personas, as healthchecks does: alice owns the data, and
charlie, another user on the same instance, must see none of it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth import get_user_model

from coffeechat.accounts.services import get_profile

LONDON = ZoneInfo("Europe/London")
# A Wednesday morning: the clock for tests that do not set their own.
FROZEN_NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)


@pytest.fixture
def frozen():
    """Time stands still at FROZEN_NOW (Wednesday 4 November 2026, 09:30 London)."""
    with time_machine.travel(FROZEN_NOW, tick=False) as traveller:
        yield traveller


def _make_user(username: str, name: str):
    user = get_user_model().objects.create(username=username)
    profile = get_profile(user)
    profile.name = name
    profile.email = f"{username}@example.org"
    profile.timezone = "Europe/London"
    profile.save()
    return user


@pytest.fixture
def alice(db):
    return _make_user("alice", "Alice Martin")


@pytest.fixture
def charlie(db):
    return _make_user("charlie", "Charlie Nguyen")


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def charlie_client(client, charlie):
    client.force_login(charlie)
    return client


# ------------------------------------------------------------------ headless Chromium
# (os is imported inside the functions so the module's import block stays as it was)

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_path() -> str:
    """Debian's Chromium, unless COFFEECHAT_CHROMIUM names another."""
    import os

    return os.environ.get("COFFEECHAT_CHROMIUM", "/usr/bin/chromium")


def _no_browser(reason: str):
    """Browser tests skip on a developer's machine without Chromium, but fail in CI."""
    import os

    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium driven by Playwright, one for the whole session."""
    import os

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _no_browser("the playwright package is missing: pip install -e '.[dev]'")
    executable = chromium_path()
    if not (os.path.isfile(executable) and os.access(executable, os.X_OK)):
        _no_browser(f"chromium not found at {executable}: install it with apt-get install chromium")
    # Playwright's sync API runs an event loop in this thread, and Django then refuses
    # ORM calls from test code (SynchronousOnlyOperation). Nothing here is async.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
    except Exception as exc:
        playwright.stop()
        _no_browser(f"chromium at {executable} would not start: {exc}")
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def page(browser):
    """A fresh page in a context of its own, so no cookies pass between tests."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()
