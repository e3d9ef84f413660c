"""The main pages ask the database a fixed number of questions, however big the campaign.

Each page is opened for a small campaign and for one at least five times bigger
(made with bench/data.py); both must take the same number of queries, and few.
A page whose count grows with the data has an N+1 bug.
"""

from __future__ import annotations

import pytest

from tests.pages import page_queries, signed_in

# No page needs more than this many queries (session, user, profile included). The
# contact page is the one at the ceiling: its timeline reads nine kinds of record.
CEILING = 16

PANEL_NAMES = ("status", "schedule", "messages", "questions", "notes", "followups")


def panel(name: str):
    """The URL of one panel of the rich conversation's page, alone."""
    return lambda c: f"/chats/{c.rich_conversation_id}/panels/{name}/"


PAGES = {
    "today": lambda c: "/",
    "pipeline": lambda c: "/pipeline/",
    "contacts": lambda c: "/contacts/",
    "contacts search": lambda c: "/contacts/?q=a&source=alumni",
    "contact": lambda c: f"/contacts/{c.rich_contact_id}/",
    "conversation": lambda c: f"/chats/{c.rich_conversation_id}/",
    **{f"chat panel {name}": panel(name) for name in PANEL_NAMES},
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


@pytest.mark.parametrize("page", PAGES)
def test_a_page_takes_as_many_queries_for_a_big_campaign_as_for_a_small_one(
    campaigns, page, django_assert_num_queries, django_assert_max_num_queries
):
    (small_user, small), (big_user, big) = campaigns
    url_for = PAGES[page]

    small_client = signed_in(small_user)
    with django_assert_max_num_queries(CEILING):
        small_client.get(url_for(small))
    expected = page_queries(small_client, url_for(small))

    big_client = signed_in(big_user)
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
    client = signed_in(big_user)
    page = client.get(f"/chats/{big.rich_conversation_id}/").content.decode()
    assert page.count('class="note"') >= 6
    assert "Extra question 4?" in page
    today = client.get("/").content.decode()
    assert today.count('class="item ') >= 10
