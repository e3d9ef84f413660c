"""Reply labels: how each contact answered requests, on their page and in the list.

The clock stands at Wednesday 4 November 2026, 09:30 London (the `frozen` fixture).
"""

from __future__ import annotations

from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coffeechat.contacts.models import Contact
from coffeechat.conversations.responsiveness import labels_for, requests_from_history
from coffeechat.conversations.services import move_conversation, start_conversation
from coffeechat.lib.responsiveness import Request
from tests.clock import FROZEN_NOW, LONDON
from tests.pages import signed_in, visible


def on(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=LONDON)


def asked(user, name: str, when: datetime, *moves: tuple[str, datetime]) -> Contact:
    """A contact asked on `when`, then the chat moved as `moves` say."""
    contact = Contact.objects.create(owner=user, name=name, source="alumni")
    chat = start_conversation(user, contact, now=when)
    chat = move_conversation(user, chat, "requested", now=when)
    for status, at in moves:
        extra = {"at": on(12, 1)} if status == "scheduled" else {}
        chat = move_conversation(user, chat, status, now=at, **extra)
    return contact


@pytest.fixture
def people(alice):
    return {
        # Asked Monday, agreed on Wednesday: two business days.
        "booster": asked(alice, "Bo Booster", on(10, 26), ("scheduled", on(10, 28))),
        # Agreed, but after five business days.
        "late": asked(alice, "Olga Late", on(10, 19), ("scheduled", on(10, 26))),
        # Answered at once, and declined.
        "declined": asked(alice, "Dee Declined", on(10, 26), ("declined", on(10, 27))),
        # Nothing since Monday 26 October.
        "silent": asked(alice, "Nico Silent", on(10, 26)),
        # The user gave up: a move to no response is not a reply.
        "gave_up": asked(alice, "Nora Gone", on(10, 26), ("no_response", on(11, 2))),
        # Asked yesterday: too early to tell.
        "early": asked(alice, "Eli Early", on(11, 3)),
        "never": Contact.objects.create(owner=alice, name="Pat Never", source="friend"),
    }


def labels(user):
    return labels_for(user, now=FROZEN_NOW, tz=LONDON)


def test_each_contact_gets_the_label_their_answers_earned(alice, people):
    by_name = {c.name: labels(alice).get(c.pk) for c in people.values()}
    assert by_name == {
        "Bo Booster": "booster",
        "Olga Late": "obligate",
        "Dee Declined": "obligate",
        "Nico Silent": "no_reply",
        "Nora Gone": "no_reply",
        "Eli Early": None,
        "Pat Never": None,
    }


def test_the_latest_request_decides(alice, people):
    # Nico was asked again after no response, and this time agreed the next day.
    chat = people["silent"].conversations.get()
    chat = move_conversation(alice, chat, "no_response", now=on(11, 2))
    chat = move_conversation(alice, chat, "requested", now=on(11, 2, 10))
    move_conversation(alice, chat, "scheduled", now=on(11, 3), at=on(12, 1))
    assert labels(alice)[people["silent"].pk] == "booster"


def test_only_the_contacts_asked_for(alice, people):
    ids = [people["booster"].pk, people["never"].pk]
    assert labels_for(alice, now=FROZEN_NOW, tz=LONDON, contact_ids=ids) == {
        people["booster"].pk: "booster"
    }


def test_nobody_elses_requests(alice, charlie, people):
    assert labels(charlie) == {}
    asked(charlie, "Bo Booster", on(10, 26))
    assert labels(alice)[people["booster"].pk] == "booster"


def test_requests_from_history():
    sent, reply, later = on(10, 26), on(10, 27), on(11, 2)
    assert requests_from_history(sent, []) == [Request(sent_at=sent)]
    assert requests_from_history(
        sent,
        [
            ("", "prospect", sent),
            ("prospect", "requested", sent),
            ("requested", "scheduled", reply),
            ("scheduled", "held", later),
        ],
    ) == [Request(sent, reply, agreed=True)]
    assert requests_from_history(
        sent,
        [
            ("prospect", "requested", sent),
            ("requested", "no_response", reply),
            ("no_response", "requested", later),
        ],
    ) == [Request(sent), Request(later)]
    assert requests_from_history(
        sent,
        [
            ("prospect", "requested", sent),
            ("requested", "scheduled", reply),
            ("scheduled", "cancelled", later),
        ],
    ) == [Request(sent, reply, agreed=True)]
    assert requests_from_history(None, [("", "prospect", sent)]) == []


# ------------------------------------------------------------------------- pages


def test_the_contact_page_shows_the_badge(alice_client, people, frozen):
    page = visible(alice_client.get(f"/contacts/{people['booster'].pk}/"))
    assert "Booster — replies within 3 business days and agrees to talk" in page
    page = visible(alice_client.get(f"/contacts/{people['late'].pk}/"))
    assert "Obligate — replies late or without helping" in page
    page = visible(alice_client.get(f"/contacts/{people['silent'].pk}/"))
    assert "No reply yet — no answer within 3 business days" in page
    page = visible(alice_client.get(f"/contacts/{people['early'].pk}/"))
    assert "Booster" not in page and "Obligate" not in page and "No reply yet" not in page


def row_of(page: str, name: str) -> str:
    start = page.index(f">{name}</a>")
    return page[start : page.index("</tr>", start)]


def test_the_list_shows_each_label_in_its_row(alice_client, people, frozen):
    page = alice_client.get("/contacts/").content.decode()
    assert ">Booster</span>" in row_of(page, "Bo Booster")
    assert ">Obligate</span>" in row_of(page, "Dee Declined")
    assert ">No reply yet</span>" in row_of(page, "Nico Silent")
    assert "reply-tag" not in row_of(page, "Pat Never")


@pytest.mark.parametrize(
    ("reply", "names"),
    [
        ("booster", {"Bo Booster"}),
        ("obligate", {"Olga Late", "Dee Declined"}),
        ("no_reply", {"Nico Silent", "Nora Gone"}),
    ],
)
def test_the_list_filters_by_label(alice_client, people, frozen, reply, names):
    page = visible(alice_client.get(f"/contacts/?reply={reply}"))
    everyone = {c.name for c in people.values()}
    assert {name for name in everyone if name in page} == names


def test_the_filter_is_a_select_beside_the_source_and_keeps_its_choice(
    alice_client, people, frozen
):
    page = alice_client.get("/contacts/?reply=obligate").content.decode()
    assert '<select id="reply" name="reply">' in page
    assert '<option value="obligate" selected>Obligates</option>' in page
    assert page.index('id="source"') < page.index('id="reply"')


def test_a_strange_filter_value_shows_everyone(alice_client, people, frozen):
    response = alice_client.get("/contacts/?reply=<script>")
    assert response.status_code == 200
    assert "Pat Never" in visible(response)
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_a_filter_with_no_match_says_so(alice, alice_client, frozen):
    Contact.objects.create(owner=alice, name="Pat Never", source="friend")
    page = visible(alice_client.get("/contacts/?reply=booster"))
    assert "No contacts match." in page


def test_the_page_links_keep_the_filter(alice, alice_client, settings, frozen):
    settings.CONTACTS_PER_PAGE = 2
    for n in range(5):
        asked(alice, f"Quiet {n}", on(10, 19))
    page = alice_client.get("/contacts/?reply=no_reply&source=alumni").content.decode()
    assert "?q=&amp;source=alumni&amp;reply=no_reply&amp;page=2" in page
    page2 = visible(alice_client.get("/contacts/?q=&source=alumni&reply=no_reply&page=2"))
    assert "Page 2 of 3" in page2


def test_the_htmx_rows_carry_the_labels(alice_client, people, frozen):
    response = alice_client.get(
        "/contacts/?reply=booster", headers={"HX-Request": "true", "HX-Target": "contact-rows"}
    )
    body = response.content.decode()
    assert "<html" not in body
    assert ">Booster</span>" in body and "Olga Late" not in body


# ---------------------------------------------------------------- query counts


@pytest.mark.parametrize(
    "url", ["/contacts/", "/contacts/?reply=no_reply", "/contacts/?reply=booster&q=a"]
)
def test_the_list_with_labels_takes_as_many_queries_for_a_big_campaign(campaigns, url):
    (small_user, _), (big_user, _) = campaigns
    counts = []
    for user in (small_user, big_user):
        client = signed_in(user)
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1] <= 8
