"""The templates name their links with {% url %}, and the main navigation marks the page
you are on, found from its resolved URL name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.urls import reverse

from coffeechat.contacts.models import Contact
from coffeechat.conversations.services import start_conversation
from coffeechat.navigation import SECTIONS, current_section
from tests.clock import FROZEN_NOW

PACKAGE = Path(__file__).resolve().parents[2] / "coffeechat"

# An attribute whose value starts with "/" is a path inside the site (static files aside).
LITERAL_URL = re.compile(
    r"""\b(href|src|action|formaction|value|hx-[a-z-]+|data-[a-z-]+)\s*=\s*["']/(?!/|static/)"""
)


def templates() -> list[Path]:
    found = sorted(PACKAGE.rglob("templates/**/*.html"))
    assert len(found) > 30
    return found


def test_no_template_writes_an_internal_url_by_hand():
    literal = [
        f"{path.relative_to(PACKAGE)}:{number}: {match.group(0)}"
        for path in templates()
        for number, line in enumerate(path.read_text().splitlines(), 1)
        for match in LITERAL_URL.finditer(line)
    ]
    assert literal == [], "use {% url %} instead:\n" + "\n".join(literal)


def test_the_check_finds_a_literal_url_in_any_attribute_htmx_reads():
    for attribute in ('href="/chats/1/"', "hx-post='/agenda/told/2/'", 'value="/"'):
        assert LITERAL_URL.search(f"<a {attribute}>")
    for attribute in ("href=\"{% url 'agenda:today' %}\"", 'src="/static/x.js"', 'href="//x"'):
        assert not LITERAL_URL.search(f"<a {attribute}>")


# ------------------------------------------------------------------ navigation


def current_items(response) -> list[str]:
    nav = re.search(r'<nav aria-label="Main">(.*?)</nav>', response.content.decode(), re.S)
    assert nav, "no main navigation on the page"
    return re.findall(r'<a href="[^"]*" aria-current="page">([^<]+)</a>', nav.group(1))


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: s.label)
def test_each_main_page_marks_its_own_navigation_item_and_no_other(alice_client, section):
    response = alice_client.get(reverse(section.url_name))
    assert response.status_code == 200
    assert current_items(response) == [section.label]


@pytest.fixture
def chat(alice):
    ana = Contact.objects.create(owner=alice, name="Ana Ruiz", email="ana@example.org")
    return start_conversation(alice, ana, now=FROZEN_NOW)


def test_the_pages_under_a_main_page_mark_it_too(alice_client, chat):
    under = {
        f"/chats/{chat.pk}/": "Pipeline",
        f"/chats/{chat.pk}/notes/": "Pipeline",
        f"/chats/{chat.pk}/prep/": "Pipeline",
        "/pipeline/requested/": "Pipeline",
        f"/contacts/{chat.contact_id}/": "Contacts",
        f"/contacts/{chat.contact_id}/edit/": "Contacts",
        "/contacts/new/": "Contacts",
        "/settings/mail/": "Profile",
    }
    for path, label in under.items():
        assert current_items(alice_client.get(path)) == [label], path


def test_pages_outside_the_main_navigation_mark_nothing(alice_client):
    for path in ("/imports/", "/data/", "/contacts/duplicates/"):
        assert current_items(alice_client.get(path)) == [], path


def test_a_page_belongs_by_its_url_name_before_its_namespace():
    assert current_section("conversations:questions").label == "Questions"
    assert current_section("conversations:detail").label == "Pipeline"
    assert current_section("outreach:mail_settings_test").label == "Profile"
    assert current_section("outreach:compose") is None
    assert current_section("backups:data") is None
