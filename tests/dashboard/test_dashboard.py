"""The dashboard (/dashboard/) as a user sees it: the figures match the records, a new
user is told what to do first, charlie sees none of alice's numbers, and the weekly
goal comes from the profile."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Conversation, StatusChange
from coffeechat.conversations.services import move_conversation, start_conversation
from coffeechat.demo import seed_demo
from coffeechat.lib import pipeline
from coffeechat.network.models import Lead
from coffeechat.network.services import referral_tree
from tests.clock import FROZEN_NOW
from tests.pages import text, visible

URL = "/dashboard/"
STAGES = ("prospect", "requested", "replied", "scheduled", "held", "thanked", "referrals", "leads")


def funnel(response) -> dict[str, int]:
    """stage → count, read from the funnel's table as the browser test reads it."""
    page = text(response)
    table = re.search(r'<table[^>]*data-testid="funnel".*?</table>', page, re.S)
    assert table, "no funnel table"
    rows = re.findall(
        r'<tr data-stage="([a-z_]+)">.*?<td class="count">(\d+)</td>', table.group(0), re.S
    )
    return {stage: int(n) for stage, n in rows}


def figure(response, name: str) -> str:
    match = re.search(
        rf'data-figure="{name}">.*?<dd class="figure__value">(.*?)</dd>', text(response), re.S
    )
    assert match, f"no figure {name}"
    return " ".join(re.sub(r"<[^>]+>", "", match.group(1)).split())


@pytest.fixture
def demo(alice, frozen):
    seed_demo(alice, now=FROZEN_NOW)
    return alice


# ------------------------------------------------------------------ with the demo


def test_the_funnel_matches_the_records(alice_client, demo):
    response = alice_client.get(URL)
    assert response.status_code == 200
    counts = funnel(response)
    assert tuple(counts) == STAGES
    chats = Conversation.objects.filter(owner=demo)
    assert counts["prospect"] == chats.count()
    assert counts["held"] == chats.filter(held_at__isnull=False).count()
    assert counts["requested"] == chats.filter(requested_at__isnull=False).count()
    thanked = StatusChange.objects.filter(owner=demo, to_status=pipeline.THANKED)
    assert counts["thanked"] == thanked.values("conversation").distinct().count()
    replied = StatusChange.objects.filter(
        owner=demo, from_status=pipeline.REQUESTED, to_status__in=["scheduled", "declined"]
    )
    assert counts["replied"] == replied.values("conversation").distinct().count()
    assert counts["leads"] == Lead.objects.filter(owner=demo).count()
    met = set(chats.filter(held_at__isnull=False).values_list("contact_id", flat=True))
    introduced = Contact.objects.filter(owner=demo, referred_by__in=met).count()
    assert counts["referrals"] == introduced
    # A funnel narrows.
    values = [counts[s] for s in STAGES[:6]]
    assert values == sorted(values, reverse=True)
    assert values[-1] > 0


def test_the_headline_figures(alice_client, demo):
    response = alice_client.get(URL)
    chats = Conversation.objects.filter(owner=demo)
    assert figure(response, "held") == str(chats.filter(held_at__isnull=False).count())
    assert figure(response, "leads") == str(Lead.objects.filter(owner=demo).count())
    assert figure(response, "reached") == str(referral_tree(demo).reached)
    assert figure(response, "reply-rate").endswith("%")
    this_week = StatusChange.objects.filter(
        owner=demo,
        to_status=pipeline.REQUESTED,
        at__gte=datetime(2026, 11, 2, tzinfo=ZoneInfo("Europe/London")),
    ).count()
    assert figure(response, "this-week") == f"{this_week} of 3"


def test_every_chart_is_a_named_image_with_a_table_beside_it(alice_client, demo):
    page = alice_client.get(URL).content.decode()
    charts = re.findall(r"<svg class=\"chart.*?</svg>", page, re.S)
    assert len(charts) == 5
    for chart in charts:
        labelled = re.search(r'role="img" aria-labelledby="([\w-]+) ([\w-]+)"', chart)
        assert labelled, chart[:200]
        assert f'<title id="{labelled.group(1)}">' in chart
        assert f'<desc id="{labelled.group(2)}">' in chart
    assert page.count("<caption>") >= 5
    assert "<script" not in page.split("</head>")[1]


def test_the_weekly_activity_marks_this_week(alice_client, demo):
    page = visible(alice_client.get(URL))
    assert "2–8 Nov (this week, so far)" in page
    assert "Requests sent per week" in page


# ------------------------------------------------------------------ a new user


def test_a_new_user_is_told_what_to_do_first(alice_client, alice):
    response = alice_client.get(URL)
    assert response.status_code == 200
    page = " ".join(visible(response).split())
    assert "Start here" in page
    assert "Add a contact" in page and "import your contacts" in page
    assert "write a first request" in page
    html = text(response)
    for link in ("/contacts/new/", "/imports/", "/chats/new/", "/profile/#id_weekly_goal"):
        assert f'href="{link}"' in html
    assert funnel(response) == dict.fromkeys(STAGES, 0)
    assert "No contacts yet" in page
    assert "No introductions yet" in page
    assert figure(response, "reply-rate") == "–"


def test_the_start_panel_goes_once_there_is_a_contact(alice_client, alice):
    Contact.objects.create(owner=alice, name="Ana Ruiz", source="alumni")
    page = visible(alice_client.get(URL))
    assert "Start here" not in page
    assert "No chats yet" in page


# ------------------------------------------------------------------ privacy


def test_charlie_sees_none_of_alices_numbers(client, demo, charlie):
    client.force_login(charlie)
    response = client.get(URL)
    assert funnel(response) == dict.fromkeys(STAGES, 0)
    assert figure(response, "held") == "0"
    assert figure(response, "leads") == "0"
    page = visible(response)
    assert "Start here" in page
    for name in Contact.objects.filter(owner=demo).values_list("name", flat=True)[:20]:
        assert name not in page


def test_alices_page_names_only_her_people(alice_client, demo, charlie):
    theirs = Contact.objects.create(owner=charlie, name="Zebedee Outsider", source="friend")
    Lead.objects.create(owner=charlie, title="Secret job", told_by=theirs, learned_at=FROZEN_NOW)
    page = visible(alice_client.get(URL))
    assert "Zebedee" not in page


# ------------------------------------------------------------------ the weekly goal


def test_the_weekly_goal_comes_from_the_profile(alice_client, alice, frozen):
    profile = get_profile(alice)
    profile.weekly_goal = 7
    profile.save()
    contact = Contact.objects.create(owner=alice, name="Ana Ruiz", source="alumni")
    chat = start_conversation(alice, contact, now=FROZEN_NOW - timedelta(hours=2))
    move_conversation(alice, chat, "requested", now=FROZEN_NOW - timedelta(hours=1))
    response = alice_client.get(URL)
    assert figure(response, "this-week") == "1 of 7"
    page = " ".join(visible(response).split())
    assert "6 to go to your goal" in page
    assert "against your goal of 7" in page
    assert "Goal: 7" in text(response)
    assert 'href="/profile/#id_weekly_goal"' in text(response)


def test_weeks_are_the_users_weeks(alice_client, alice, frozen):
    """A request at 03:00 UTC on Monday 2 November is still Sunday in New York: last week."""
    profile = get_profile(alice)
    profile.timezone = "America/New_York"
    profile.save()
    contact = Contact.objects.create(owner=alice, name="Ana Ruiz", source="alumni")
    chat = start_conversation(alice, contact, now=datetime(2026, 11, 1, tzinfo=ZoneInfo("UTC")))
    move_conversation(
        alice, chat, "requested", now=datetime(2026, 11, 2, 3, 0, tzinfo=ZoneInfo("UTC"))
    )
    response = alice_client.get(URL)
    assert figure(response, "this-week") == "0 of 3"
    assert re.search(r"26 Oct – 1 Nov</th><td class=\"count\">1</td>", text(response)), (
        "the request counts in the week of 26 October"
    )
