"""Shared fixtures. Personas, as healthchecks does: alice owns the data, and
charlie, another user on the same instance, must see none of it.

Ana Ruiz is alice's contact in most tests, and `chat` is alice's chat with her; a
test that needs Ana or the chat to be different makes its own, named for what differs.
"""

from __future__ import annotations

import pytest
import time_machine

from bench.data import make_campaign
from coffeechat import factories
from coffeechat.contacts.models import Event
from coffeechat.contacts.services import add_meeting
from coffeechat.conversations.models import Conversation, Question
from coffeechat.conversations.services import choose_question, move_conversation
from tests.clock import FROZEN_NOW, LONDON, at

__all__ = ["FROZEN_NOW", "LONDON"]  # older imports read them from here


@pytest.fixture
def frozen():
    """Time stands still at FROZEN_NOW (Wednesday 4 November 2026, 09:30 London)."""
    with time_machine.travel(FROZEN_NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def alice(db):
    return factories.make_user("alice", "Alice Martin")


@pytest.fixture
def charlie(db):
    return factories.make_user("charlie", "Charlie Nguyen")


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


@pytest.fixture
def charlie_client(client, charlie):
    client.force_login(charlie)
    return client


@pytest.fixture
def ana(alice):
    """Alice's contact: an alumna at Meridian Labs, with an address and a connection."""
    return factories.make_contact(
        alice,
        "Ana Ruiz",
        source="alumni",
        email="ana@example.org",
        title="Research scientist",
        organisation="Meridian Labs",
        connection="Both did PhDs at Leeds",
    )


@pytest.fixture
def chat(alice, ana):
    """Alice's conversation with Ana, still a prospect (since Monday 19 October)."""
    return factories.make_chat(alice, ana, now=at(19, month=10))


@pytest.fixture
def requested(alice, chat):
    """Ana was asked on Monday 26 October, seven business days before FROZEN_NOW."""
    return move_conversation(alice, chat, "requested", now=at(26, month=10))


@pytest.fixture
def alices_world(alice, ana, chat):
    """One of every record of alice's that has a page or a POST endpoint."""
    target = factories.make_target(alice, "Science policy")
    event = Event.objects.create(owner=alice, name="Chem Careers Fair", date=at(2).date())
    meeting = add_meeting(alice, event, ana)
    note = factories.make_note(alice, chat, "Ana's team hires in spring.", now=at(2))
    action = factories.make_action(alice, chat, "book", "Thinking in Systems", now=at(2))
    message = factories.make_message(alice, chat, body="Dear Ana", now=at(2), sent=False)
    question = Question.objects.create(owner=alice, text="How did Meridian hire you?")
    return {
        "contact": ana,
        "chat": chat,
        "target": target,
        "event": event,
        "meeting": meeting,
        "note": note,
        "action": action,
        "message": message,
        "question": question,
    }


# ------------------------------------------------------------------ two campaign sizes

SMALL = {"contacts": 10, "conversations": 8}
# Five times the people; more chats than people, so each person has two of them.
BIG = {"contacts": 50, "conversations": 100}


def _enrich(user, conversation_id: int, times: int) -> None:
    """More of everything on one conversation and its contact: notes, messages,
    action items, chosen questions, another conversation."""
    conversation = Conversation.objects.select_related("contact").get(pk=conversation_id)
    for n in range(times):
        factories.make_note(user, conversation, f"Extra note {n}", now=FROZEN_NOW)
        factories.make_action(user, conversation, "book", f"Extra book {n}", now=FROZEN_NOW)
        factories.make_message(
            user,
            conversation,
            "keep_in_touch",
            subject=f"Extra {n}",
            body="Hello again.",
            now=FROZEN_NOW,
            sent=n % 2 == 0,
        )
        question = Question.objects.create(owner=user, text=f"Extra question {n}?")
        choose_question(user, conversation, question)
    factories.make_chat(user, conversation.contact, now=FROZEN_NOW)


@pytest.fixture
def campaigns(db, frozen):
    """A small campaign (sam's) and one at least five times bigger (maya's), made with
    bench/data.py, for the query-count checks: [(user, campaign), (user, campaign)]."""
    small_user = factories.make_user("sam", "Sam", email="")
    big_user = factories.make_user("maya", "Maya", email="")
    small = make_campaign(small_user, now=FROZEN_NOW, **SMALL)
    big = make_campaign(big_user, now=FROZEN_NOW, **BIG)
    _enrich(big_user, big.rich_conversation_id, times=5)
    return (small_user, small), (big_user, big)


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
