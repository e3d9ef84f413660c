"""Job leads as a user sees them: the list and its filter, adding one, the lead page with
the chain of introductions that led there, bad input, privacy and query counts; and the
`{% introduction_chain %}` tag for a contact's page."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from coffeechat import factories
from coffeechat.contacts.models import Contact, Organization
from coffeechat.conversations.models import Conversation
from coffeechat.network.models import Lead
from coffeechat.network.services import add_lead, introductions_to
from coffeechat.scoping import NotFound
from tests.clock import FROZEN_NOW
from tests.pages import error_beside, page_queries, text, visible

LEADS = "/leads/"


def person(owner, name, referred_by=None, **kw):
    return factories.make_contact(owner, name, referred_by=referred_by, **kw)


def lead(owner, title, days_ago=0, **kw):
    return Lead.objects.create(
        owner=owner, title=title, learned_at=FROZEN_NOW - timedelta(days=days_ago), **kw
    )


def words(response) -> str:
    return " ".join(visible(response).split())


@pytest.fixture
def chain(alice):
    """Maria (known) introduced Tom; Tom introduced Zoë."""
    maria = person(alice, "Maria Lopez")
    tom = person(alice, "Tom Baker", maria)
    zoe = person(alice, "Zoë Ørsted", tom)
    return maria, tom, zoe


# ------------------------------------------------------------------ the list


def test_no_leads_yet_says_how_to_add_one(alice_client):
    response = alice_client.get(LEADS)
    assert response.status_code == 200
    page = words(response)
    assert "No leads yet" in page
    assert "lead: what the opening is" in page
    assert "Add a lead" in page


def test_the_list_shows_newest_first_with_who_told_you_and_the_outcome(alice_client, alice, chain):
    _, tom, _ = chain
    org = Organization.objects.create(owner=alice, name="Novo Nordisk")
    lead(alice, "Old opening", days_ago=30, outcome="not_selected")
    lead(alice, "New opening", days_ago=1, told_by=tom, referred=True, organization=org)
    response = alice_client.get(LEADS)
    page = words(response)
    assert page.index("New opening") < page.index("Old opening")
    assert "New opening Novo Nordisk Tom Baker referred you Open: not applied yet" in page
    assert "Not selected" in page
    assert f'href="/contacts/{tom.pk}/"' in text(response)


def test_the_list_filters_by_outcome(alice_client, alice):
    lead(alice, "Applied one", outcome="applied")
    lead(alice, "Open one")
    page = words(alice_client.get(LEADS, {"outcome": "applied"}))
    assert "Applied one" in page and "Open one" not in page
    assert "Applied (1)" in page and "All outcomes (2)" in page
    empty = words(alice_client.get(LEADS, {"outcome": "hired"}))
    assert "No leads are “Hired”" in empty and "Show all leads" in empty


@pytest.mark.parametrize("query", [{"outcome": "nonsense"}, {"page": "x"}, {"page": "999"}])
def test_odd_filters_show_the_list_never_an_error(alice_client, alice, query):
    lead(alice, "Open one")
    response = alice_client.get(LEADS, query)
    assert response.status_code == 200
    assert "Open one" in words(response)


def test_long_lists_are_paged(alice_client, alice):
    for n in range(55):
        lead(alice, f"Opening {n:02}", days_ago=n)
    first = words(alice_client.get(LEADS))
    assert "Opening 00" in first and "Opening 54" not in first and "Page 1 of 2" in first
    second = words(alice_client.get(LEADS, {"page": 2}))
    assert "Opening 54" in second


# ------------------------------------------------------------------ adding


def test_adding_a_lead_with_who_told_you(alice_client, alice, chain, frozen):
    _, tom, _ = chain
    Organization.objects.create(owner=alice, name="Novo Nordisk")
    response = alice_client.post(
        LEADS,
        {
            "title": "  Data   analyst ",
            "organization_name": "novo nordisk",
            "told_by": f"Tom Baker (#{tom.pk})",
            "referred": "on",
            "outcome": "applied",
            "url": "example.org/jobs/1",
            "notes": "Apply by Friday.",
        },
    )
    new = Lead.objects.get(owner=alice)
    assert response.status_code == 302 and response.url == f"/leads/{new.pk}/"
    assert new.title == "Data analyst"
    assert new.organization.name == "Novo Nordisk"  # the existing one, not a second
    assert Organization.objects.filter(owner=alice).count() == 1
    assert new.told_by == tom and new.referred and new.outcome == "applied"
    assert new.url == "https://example.org/jobs/1"
    assert new.learned_at == FROZEN_NOW
    page = words(alice_client.get(response.url))
    assert "Added the lead “Data analyst”." in page


def test_a_lead_with_only_a_title_is_enough(alice_client, alice):
    response = alice_client.post(LEADS, {"title": "Something at the museum", "outcome": "open"})
    assert response.status_code == 302
    new = Lead.objects.get(owner=alice)
    assert new.organization is None and new.told_by is None and not new.referred


def test_a_new_organisation_is_made_with_the_lead(alice_client, alice):
    alice_client.post(
        LEADS, {"title": "Chemist", "organization_name": "Helixor", "outcome": "open"}
    )
    assert Lead.objects.get(owner=alice).organization.name == "Helixor"


@pytest.mark.parametrize(
    ("post", "field", "message"),
    [
        ({"title": "   "}, "title", "Say what the opening is"),
        ({"title": "x" * 301}, "title", "Keep the opening to 300 characters"),
        ({"organization_name": "o" * 201}, "organization_name", "200 characters"),
        ({"outcome": "won"}, "outcome", "“won” is not an outcome. Use one of: open, applied"),
        ({"url": "not a link"}, "url", "Enter a whole web address"),
        ({"told_by": "Somebody"}, "told_by", "Choose one of your own contacts"),
        ({"told_by": "99999"}, "told_by", "Choose one of your own contacts"),
        ({"referred": "on"}, "told_by", "Say who referred you"),
        ({"notes": "n" * 10_001}, "notes", "Keep the notes under 10,000 characters"),
    ],
)
def test_bad_input_is_explained_beside_the_field(alice_client, alice, post, field, message):
    data = {"title": "Chemist", "outcome": "open", **post}
    response = alice_client.post(LEADS, data)
    assert response.status_code == 200
    assert message in error_beside(response, f"id_{field}")
    assert "Please fix the" in words(response)
    assert not Lead.objects.filter(owner=alice).exists()


def test_who_told_you_must_be_your_own_contact(alice_client, alice, charlie):
    theirs = person(charlie, "Charlie's Friend")
    response = alice_client.post(
        LEADS, {"title": "Chemist", "outcome": "open", "told_by": f"x (#{theirs.pk})"}
    )
    assert response.status_code == 200
    assert "Choose one of your own contacts" in error_beside(response, "id_told_by")
    assert not Lead.objects.exists()


def test_who_told_you_is_filled_in_from_a_contact_page_link(alice_client, alice, charlie, chain):
    _, tom, _ = chain
    response = alice_client.get(LEADS, {"told_by": tom.pk})
    assert f'value="Tom Baker (#{tom.pk})"' in text(response)
    theirs = person(charlie, "Charlie's Friend")
    for odd in (theirs.pk, "x", "-1"):
        response = alice_client.get(LEADS, {"told_by": odd})
        assert response.status_code == 200
        assert "Charlie's Friend" not in text(response)
        assert re.search(r'name="told_by" value=""', text(response))


# ------------------------------------------------------------------ the lead page


def test_the_lead_page_shows_the_chain_of_introductions_that_led_there(alice_client, alice, chain):
    maria, tom, zoe = chain
    conversation = Conversation.objects.create(
        owner=alice, contact=zoe, status="held", status_changed_at=FROZEN_NOW, held_at=FROZEN_NOW
    )
    found = lead(alice, "Data analyst", told_by=zoe, referred=True, conversation=conversation)
    response = alice_client.get(f"/leads/{found.pk}/")
    assert response.status_code == 200
    page = words(response)
    assert (
        "You knew Maria Lopez who introduced Tom Baker who introduced Zoë Ørsted "
        "who told you about this opening and referred you"
    ) in page
    html = text(response)
    for contact in chain:
        assert f'<a href="/contacts/{contact.pk}/">{contact.name}</a>' in html
    assert f'<a href="/chats/{conversation.pk}/">your chat with Zoë Ørsted</a>' in html


def test_a_lead_from_someone_you_knew(alice_client, alice, chain):
    maria, _, _ = chain
    found = lead(alice, "Chemist", told_by=maria)
    page = words(alice_client.get(f"/leads/{found.pk}/"))
    assert "You knew Maria Lopez who told you about this opening" in page
    assert "referred you" not in page


def test_a_lead_nobody_told_you_about(alice_client, alice):
    found = lead(alice, "Seen on a board")
    page = words(alice_client.get(f"/leads/{found.pk}/"))
    assert "Nobody is recorded as telling you about this opening." in page


def test_editing_the_outcome_referred_and_notes(alice_client, alice, chain):
    _, tom, _ = chain
    found = lead(alice, "Chemist", told_by=tom)
    response = alice_client.post(
        f"/leads/{found.pk}/", {"outcome": "interviewing", "referred": "on", "notes": "Round 2"}
    )
    assert response.status_code == 302
    found.refresh_from_db()
    assert (found.outcome, found.referred, found.notes) == ("interviewing", True, "Round 2")
    page = words(alice_client.get(f"/leads/{found.pk}/"))
    assert "Saved." in page and "Interviewing" in page and "and referred you" in page


@pytest.mark.parametrize(
    ("post", "field", "message"),
    [
        ({"outcome": "won"}, "outcome", "“won” is not an outcome"),
        ({"outcome": ""}, "outcome", "Choose how it turned out"),
        ({"outcome": "open", "referred": "on"}, "referred", "nobody to have referred you"),
    ],
)
def test_bad_edits_are_explained(alice_client, alice, post, field, message):
    found = lead(alice, "Chemist", outcome="applied")
    response = alice_client.post(f"/leads/{found.pk}/", post)
    assert response.status_code == 200
    assert message in error_beside(response, f"id_{field}")
    found.refresh_from_db()
    assert found.outcome == "applied" and not found.referred
    # The heading still shows what is saved, not what was typed.
    assert "Applied" in words(response)


# ------------------------------------------------------------------ privacy


def test_charlie_cannot_see_or_change_alices_lead(client, alice, charlie):
    found = lead(alice, "Alice's secret opening")
    client.force_login(charlie)
    assert client.get(f"/leads/{found.pk}/").status_code == 404
    assert client.post(f"/leads/{found.pk}/", {"outcome": "hired"}).status_code == 404
    assert "Alice's secret opening" not in visible(client.get(LEADS))
    found.refresh_from_db()
    assert found.outcome == "open"


def test_a_missing_lead_is_not_found(alice_client):
    assert alice_client.get("/leads/424242/").status_code == 404


def test_the_service_refuses_someone_elses_contact(alice, charlie):
    theirs = person(charlie, "Charlie's Friend")
    with pytest.raises(NotFound):
        add_lead(alice, title="Chemist", told_by=theirs, now=FROZEN_NOW)
    assert not Lead.objects.exists()


# ------------------------------------------------------------------ the contact page tag


def render_tag(user, contact) -> str:
    request = RequestFactory().get("/")
    request.user = user
    template = Template("{% load network %}{% introduction_chain contact %}")
    return template.render(Context({"contact": contact, "request": request}))


def test_the_tag_shows_how_you_reached_someone_and_their_leads(alice, chain):
    maria, tom, zoe = chain
    lead(alice, "Data analyst", told_by=zoe, referred=True)
    html = render_tag(alice, zoe)
    assert f'<a href="/contacts/{maria.pk}/">Maria Lopez</a>' in html
    page = " ".join(re.sub(r"<[^>]+>", "", html).split())
    assert "How you reached Zoë:" in page
    assert "You knew Maria Lopez who introduced Tom Baker who introduced Zoë Ørsted" in page
    assert "Leads Zoë told you about: Data analyst" in page and "referred you" in page
    assert f"/leads/?told_by={zoe.pk}#add-lead" in html


def test_the_tag_for_someone_you_knew_yourself(alice, chain):
    maria, _, _ = chain
    with CaptureQueriesContext(connection) as captured:
        html = render_tag(alice, maria)
    assert len(captured) == 1  # their leads; no chain to read
    assert "How you reached" not in html
    assert "No introduction led you to Maria" in html


def test_the_tag_takes_as_many_queries_for_a_long_chain(alice, chain):
    _, _, zoe = chain
    with CaptureQueriesContext(connection) as short:
        render_tag(alice, zoe)
    parent = zoe
    for n in range(40):
        parent = person(alice, f"Deep {n}", parent)
    with CaptureQueriesContext(connection) as long:
        html = render_tag(alice, parent)
    assert len(long) == len(short) == 2
    assert html.count("introduced") == 42


def test_introductions_to_someone_in_a_loop_ends(alice):
    maria = person(alice, "Maria")
    tom = person(alice, "Tom", maria)
    Contact.objects.filter(pk=maria.pk).update(referred_by=tom)
    maria.refresh_from_db()
    assert introductions_to(alice, tom).names == ("Maria", "Tom")
    assert introductions_to(alice, maria).names == ("Maria",)


# ------------------------------------------------------------------ speed


def test_the_list_takes_as_many_queries_for_many_leads_as_for_few(alice_client, alice, chain):
    org = Organization.objects.create(owner=alice, name="Helixor")
    lead(alice, "First", told_by=chain[1], organization=org)
    few = page_queries(alice_client, LEADS)
    for n in range(40):
        teller = person(alice, f"Teller {n}", chain[0])
        other = Organization.objects.create(owner=alice, name=f"Org {n}")
        lead(alice, f"Lead {n}", told_by=teller, organization=other, referred=n % 2 == 0)
    assert page_queries(alice_client, LEADS) == few


def test_the_lead_page_takes_as_many_queries_for_a_long_chain(alice_client, alice, chain):
    _, _, zoe = chain
    short = lead(alice, "Short", told_by=zoe)
    few = page_queries(alice_client, f"/leads/{short.pk}/")
    parent = zoe
    for n in range(40):
        parent = person(alice, f"Deep {n}", parent)
    long = lead(alice, "Long", told_by=parent)
    assert page_queries(alice_client, f"/leads/{long.pk}/") == few
