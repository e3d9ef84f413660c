"""The message templates page: every kind listed, each editable, checked while typing,
and resettable to the built-in text; one user's wording is never another's."""

from __future__ import annotations

import html
import re

import pytest

from coffeechat.lib.message_templates import DEFAULTS, KINDS
from coffeechat.outreach.models import MessageTemplate
from coffeechat.outreach.services import save_template
from tests.pages import error_beside, text, visible

HTMX = {"HX-Request": "true"}


def card(response, kind: str) -> str:
    match = re.search(
        rf'<section class="card template-card" id="template-{kind}".*?</section>',
        text(response),
        re.S,
    )
    assert match, f"no {kind} template on the page"
    return match.group(0)


def test_the_page_lists_every_kind_with_its_built_in_text(alice_client, frozen):
    response = alice_client.get("/templates/")
    assert response.status_code == 200
    raw = response.content.decode()
    for kind in KINDS:
        assert "Built in" in card(response, kind)
        body = re.search(
            rf'<textarea name="body"[^>]*id="{kind}_body"[^>]*>(.*?)</textarea>', raw, re.S
        )
        assert html.unescape(body.group(1)).strip() == DEFAULTS[kind].body
    assert "Request e-mail" in visible(response)
    assert "Event follow-up" in visible(response)


def test_the_templates_page_is_in_the_main_navigation(alice_client):
    assert 'href="/templates/"' in alice_client.get("/").content.decode()
    here = alice_client.get("/templates/").content.decode()
    assert '<a href="/templates/" aria-current="page">Templates</a>' in here


def test_a_linkedin_note_template_has_no_subject_field(alice_client):
    response = alice_client.get("/templates/")
    assert 'name="subject"' not in card(response, "linkedin_note")
    assert 'name="subject"' in card(response, "request")


def test_saving_a_template_makes_it_the_users_own(alice, alice_client, frozen):
    response = alice_client.post(
        "/templates/request/", {"subject": "Coffee?", "body": "Hi {first_name},\n\nCoffee?"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/templates/#template-request"
    saved = MessageTemplate.objects.get(owner=alice, kind="request")
    assert (saved.subject, saved.body) == ("Coffee?", "Hi {first_name},\n\nCoffee?")
    page = alice_client.get("/templates/")
    assert "Request e-mail template saved." in text(page)
    assert "Your wording" in card(page, "request")
    assert "Reset to the built-in text" in card(page, "request")
    assert "Reset to the built-in text" not in card(page, "thank_you")


def test_resetting_a_template_brings_back_the_built_in_text(alice, alice_client):
    save_template(alice, "thank_you", subject="Thanks", body="Thanks {first_name}")
    response = alice_client.post("/templates/thank_you/reset/")
    assert response.status_code == 302
    assert not MessageTemplate.objects.filter(owner=alice).exists()
    page = alice_client.get("/templates/")
    assert "Thank-you template is back to the built-in text." in text(page)
    assert "Built in" in card(page, "thank_you")


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        (
            {"subject": "Hi", "body": "Dear {frist_name}"},
            "request_body",
            "{frist_name} is not a placeholder. Use one of: {first_name}, {my_name}, "
            "{my_first_name}, {connection}, {referrer}, {organization}, {target}, {when}, "
            "{duration}, {event}, {suggestion}, {slots}, {specifics}, {introduced}.",
        ),
        (
            {"subject": "Hi", "body": "Dear {first_name}, [we met at {event}."},
            "request_body",
            "An optional part opened with “[” is never closed with “]”.",
        ),
        (
            {"subject": "Hi", "body": "   "},
            "request_body",
            "A template needs some text. To go back to the built-in one, reset it.",
        ),
        (
            {"subject": "About {topic}", "body": "Hi"},
            "request_subject",
            "{topic} is not a placeholder. Use one of: {first_name}, {my_name}, "
            "{my_first_name}, {connection}, {referrer}, {organization}, {target}, {when}, "
            "{duration}, {event}, {suggestion}, {slots}, {specifics}, {introduced}.",
        ),
    ],
)
def test_a_broken_template_is_refused_with_the_reason_beside_the_field(
    alice, alice_client, data, field, error
):
    response = alice_client.post("/templates/request/", data)
    assert response.status_code == 200
    assert error_beside(response, field) == error
    assert "Request e-mail template not saved: see the field marked." in text(response)
    assert re.search(r"<details open>\s*<summary>Edit the wording", text(response))
    assert not MessageTemplate.objects.filter(owner=alice).exists()


def test_a_template_is_checked_against_the_guidelines_while_typing(alice_client, frozen):
    page = alice_client.get("/templates/").content.decode()
    textarea = re.search(r'<textarea[^>]*id="request_body"[^>]*>', page).group(0)
    assert 'hx-post="/templates/request/lint/"' in textarea
    assert 'hx-trigger="input changed delay:300ms"' in textarea
    response = alice_client.post(
        "/templates/request/lint/",
        {
            "subject": "A chat",
            "body": "Dear {first_name},\n\nCan you get me a job at {organization}?",
        },
        headers=HTMX,
    )
    assert response.status_code == 200
    assert "<html" not in text(response)
    assert 'data-rule="job-ask"' in text(response)
    assert "As Jordan would read it" in text(response)
    assert "Can you get me a job at Northwind Analytics?" in text(response)


def test_the_check_names_an_unknown_placeholder_while_typing(alice_client):
    response = alice_client.post("/templates/request/lint/", {"subject": "", "body": "Hi {nick}"})
    assert "{nick} is not a placeholder." in text(response)


@pytest.mark.parametrize("kind", KINDS)
def test_no_built_in_template_breaks_a_guideline_rule_marked_error(alice_client, kind, frozen):
    card_html = card(alice_client.get("/templates/"), kind)
    assert 'lint-finding--error"' not in card_html, kind


@pytest.mark.parametrize(
    "url", ["/templates/love_letter/", "/templates/love_letter/reset/", "/templates/x/lint/"]
)
def test_a_kind_that_does_not_exist_is_not_found(alice_client, url):
    response = alice_client.post(url, {"subject": "", "body": "x"})
    assert response.status_code == 404
    assert "No message kind called “" in text(response)


@pytest.mark.parametrize("url", ["/templates/request/", "/templates/request/reset/"])
def test_a_get_to_a_post_only_template_address_is_refused(alice_client, url):
    assert alice_client.get(url).status_code == 405


def test_one_users_template_is_never_anothers(alice, charlie, charlie_client):
    save_template(alice, "request", subject="Alice's", body="Alice's own words")
    page = charlie_client.get("/templates/")
    assert "Alice's own words" not in text(page)
    assert "Built in" in card(page, "request")
    charlie_client.post("/templates/request/reset/")
    charlie_client.post("/templates/request/", {"subject": "Charlie", "body": "Charlie's"})
    assert MessageTemplate.objects.get(owner=alice).body == "Alice's own words"
    assert MessageTemplate.objects.get(owner=charlie).body == "Charlie's"


def test_someone_not_signed_in_is_sent_to_the_welcome_page(client):
    assert client.get("/templates/").status_code == 302
    response = client.post("/templates/request/lint/", {"body": "x"}, headers=HTMX)
    assert response.status_code == 401
