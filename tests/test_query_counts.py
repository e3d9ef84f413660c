"""The main pages ask the database a fixed number of questions, however big the campaign.

Each page is opened for a small campaign and for one at least five times bigger
(made with bench/data.py); both must take the same number of queries, and few.
A page whose count grows with the data has an N+1 bug.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from coffeechat.accounts.services import get_profile
from coffeechat.conversations.models import Conversation, Question
from coffeechat.conversations.services import (
    add_action,
    add_note,
    choose_question,
    record_message,
    start_conversation,
)

from .conftest import FROZEN_NOW

# bench/ sits beside tests/ at the project root; pytest puts the root on sys.path
# already (tests/ is a package), but say so for any other way of running this file.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.data import make_campaign  # noqa: E402

# No page needs more than this many queries (session, user, profile included). The
# contact page is the one at the ceiling: its timeline reads nine kinds of record.
CEILING = 16

PANEL_NAMES = ("status", "schedule", "messages", "questions", "notes", "followups")


def _panel(name: str):
    """The URL of one panel of the rich conversation's page, alone."""
    return lambda c: f"/chats/{c.rich_conversation_id}/panels/{name}/"


SMALL = {"contacts": 10, "conversations": 8}
# Five times the people; more chats than people, so each person has two of them.
BIG = {"contacts": 50, "conversations": 100}

PAGES = {
    "today": lambda c: "/",
    "pipeline": lambda c: "/pipeline/",
    "contacts": lambda c: "/contacts/",
    "contacts search": lambda c: "/contacts/?q=a&source=alumni",
    "contact": lambda c: f"/contacts/{c.rich_contact_id}/",
    "conversation": lambda c: f"/chats/{c.rich_conversation_id}/",
    **{f"chat panel {name}": _panel(name) for name in PANEL_NAMES},
    "status list": lambda c: "/pipeline/thanked/",
    "targets": lambda c: "/targets/",
    "events": lambda c: "/events/",
    "network": lambda c: "/network/",
    "leads": lambda c: "/leads/",
    "notes": lambda c: f"/chats/{c.rich_conversation_id}/notes/",
    "duplicates": lambda c: "/contacts/duplicates/",
    "imports": lambda c: "/imports/",
    "your data": lambda c: "/data/",
    "dashboard": lambda c: "/dashboard/",
}


def _user(username: str):
    user = get_user_model().objects.create(username=username)
    profile = get_profile(user)
    profile.name = username.title()
    profile.timezone = "Europe/London"
    profile.save()
    return user


def _enrich(user, conversation_id: int, times: int) -> None:
    """More of everything on one conversation and its contact: notes, messages,
    action items, chosen questions, another conversation."""
    conversation = Conversation.objects.select_related("contact").get(pk=conversation_id)
    for n in range(times):
        add_note(user, conversation, f"Extra note {n}", now=FROZEN_NOW)
        add_action(user, conversation, "book", f"Extra book {n}", now=FROZEN_NOW)
        record_message(
            user,
            conversation,
            kind="keep_in_touch",
            channel="email",
            subject=f"Extra {n}",
            body="Hello again.",
            now=FROZEN_NOW,
            sent=n % 2 == 0,
        )
        question = Question.objects.create(owner=user, text=f"Extra question {n}?")
        choose_question(user, conversation, question)
    start_conversation(user, conversation.contact, now=FROZEN_NOW)


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _queries(client: Client, url: str) -> int:
    client.get(url)  # the first request may fill caches (content types and such)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.fixture
def campaigns(db, frozen):
    small_user, big_user = _user("sam"), _user("maya")
    small = make_campaign(small_user, now=FROZEN_NOW, **SMALL)
    big = make_campaign(big_user, now=FROZEN_NOW, **BIG)
    _enrich(big_user, big.rich_conversation_id, times=5)
    return (small_user, small), (big_user, big)


@pytest.mark.parametrize("page", PAGES)
def test_a_page_takes_as_many_queries_for_a_big_campaign_as_for_a_small_one(
    campaigns, page, django_assert_num_queries, django_assert_max_num_queries
):
    (small_user, small), (big_user, big) = campaigns
    url_for = PAGES[page]

    small_client = _signed_in(small_user)
    with django_assert_max_num_queries(CEILING):
        small_client.get(url_for(small))
    expected = _queries(small_client, url_for(small))

    big_client = _signed_in(big_user)
    big_client.get(url_for(big))
    # On failure this lists every query, which shows the one repeated per row.
    with django_assert_num_queries(expected):
        response = big_client.get(url_for(big))
    assert response.status_code == 200


def test_the_big_campaign_really_is_bigger(campaigns):
    """The comparison above means something only if the pages have more to show."""
    (_, small), (big_user, big) = campaigns
    assert big.counts["contacts"] >= 5 * small.counts["contacts"]
    assert big.counts["conversations"] >= 5 * small.counts["conversations"]
    client = _signed_in(big_user)
    page = client.get(f"/chats/{big.rich_conversation_id}/").content.decode()
    assert page.count('class="note"') >= 6
    assert "Extra question 4?" in page
    today = client.get("/").content.decode()
    assert today.count('class="item ') >= 10
