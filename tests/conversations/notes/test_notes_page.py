"""The notes page of a chat, as the user sees it: writing, the live preview, the review
of new people, the flash message, notes shown as safe Markdown, and the chat page's
own note form and follow-up list."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from coffeechat.chats.notes import save_note
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import ActionItem, Note
from coffeechat.conversations.services import add_note, start_conversation
from coffeechat.network.models import Lead
from tests.clock import LONDON
from tests.pages import error_beside, page_queries, text, visible

NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)

NOTE = """Great chat. **Policy** needs people who can read a paper.

book: Range
person: Zoë Ørsted (Novo Nordisk, Head of R&D)
person: Ana Lima
lead: Data analyst opening in May
"""


def _flash(response) -> str:
    match = re.search(r'<li class="flash--[a-z]+">(.*?)</li>', text(response), re.S)
    assert match, "no flash message"
    return " ".join(match.group(1).split())


# ------------------------------------------------------------------ the page


def test_the_notes_page_has_a_big_box_the_prefixes_and_a_live_preview(alice_client, chat):
    response = alice_client.get(f"/chats/{chat.pk}/notes/")
    assert response.status_code == 200
    page = text(response)
    assert "Notes: chat with Ben Okafor" in page
    for prefix in (
        "book:",
        "org:",
        "site:",
        "event:",
        "person: Name (Organisation, Title)",
        "lead:",
    ):
        assert prefix in page
    box = re.search(r"<textarea[^>]*>", page).group(0)
    assert 'name="body"' in box and 'rows="18"' in box
    assert f'hx-post="/chats/{chat.pk}/notes/preview/"' in box
    assert 'hx-trigger="input changed delay:300ms"' in box
    assert 'hx-target="#note-preview"' in box


def test_the_chat_page_links_to_the_notes_page(alice_client, chat):
    page = text(alice_client.get(f"/chats/{chat.pk}/"))
    assert f'<a class="button" href="/chats/{chat.pk}/notes/">Take notes</a>' in page


def test_the_preview_shows_the_note_and_what_it_will_add(alice, alice_client, chat):
    existing = Contact.objects.create(owner=alice, name="Ana Lima")
    response = alice_client.post(f"/chats/{chat.pk}/notes/preview/", {"body": NOTE})
    assert response.status_code == 200
    html = text(response)
    assert "<strong>Policy</strong>" in html
    words = " ".join(visible(response).split())
    assert "This note will add:" in words
    assert "Book Range" in words
    assert (
        "Person Zoë Ørsted — new contact (Novo Nordisk, Head of R&D), referred by Ben Okafor"
        in words
    )
    assert "Person Ana Lima — already in your contacts: Ana Lima" in words
    assert f'<a href="/contacts/{existing.pk}/">Ana Lima</a>' in html
    assert "Job lead Data analyst opening in May at Meridian Labs, told by Ben Okafor" in words
    assert not Note.objects.exists() and not ActionItem.objects.exists()


def test_the_preview_of_a_plain_note_says_nothing_will_be_captured(alice_client, chat):
    words = visible(alice_client.post(f"/chats/{chat.pk}/notes/preview/", {"body": "Just words"}))
    assert "Nothing to capture yet" in words
    assert "This note will add" not in words


def test_the_preview_of_a_too_long_note_says_so(alice_client, chat):
    response = alice_client.post(f"/chats/{chat.pk}/notes/preview/", {"body": "x" * 20001})
    assert "Keep a note under 20,000 characters (this one has 20,001)." in text(response)


# ------------------------------------------------------------------ saving


def test_a_note_without_new_people_is_saved_at_once_with_what_it_added(alice_client, chat):
    body = "Met for coffee.\nbook: Range\norg: Royal Society of Chemistry"
    response = alice_client.post(f"/chats/{chat.pk}/notes/", {"body": body}, follow=True)
    assert response.redirect_chain[-1][0] == f"/chats/{chat.pk}/#notes"
    assert _flash(response) == "Note saved: 2 items to follow up."
    assert Note.objects.get(conversation=chat).body == body
    words = visible(response)
    assert "Range" in words and "Royal Society of Chemistry" in words


def test_new_people_are_reviewed_first_and_nothing_is_written_until_then(alice_client, chat):
    response = alice_client.post(f"/chats/{chat.pk}/notes/", {"body": NOTE})
    assert response.status_code == 200
    page = text(response)
    assert "Check the new people" in page
    assert page.count('data-testid="new-person"') == 2
    assert 'value="Zoë Ørsted"' in page and 'value="Novo Nordisk"' in page
    assert 'value="Head of R&amp;D"' in response.content.decode()
    assert "Save note and add 2 contacts" in page
    assert re.search(r'<input type="checkbox" name="p4_add"[^>]*checked', page)
    assert '<input type="hidden" name="body"' in page
    assert not Note.objects.exists() and not ActionItem.objects.exists()
    assert not Contact.objects.filter(name="Zoë Ørsted").exists()


def _review(client, chat, **overrides):
    data = {
        "body": NOTE.strip(),
        "step": "review",
        "p4_add": "on",
        "p4_name": "Zoë Ørsted",
        "p4_organization": "Novo Nordisk",
        "p4_title": "Head of R&D",
        "p5_add": "on",
        "p5_name": "Ana Lima",
        "p5_organization": "",
        "p5_title": "",
    }
    data.update(overrides)
    data = {k: v for k, v in data.items() if v is not None}
    return client.post(f"/chats/{chat.pk}/notes/", data, follow=True)


def test_done_when_two_people_and_a_book_show_two_referred_contacts_and_three_items(
    alice, alice_client, ben, chat
):
    body = "book: Range\nperson: Zoë Ørsted (Novo Nordisk, Head of R&D)\nperson: Ana Lima"
    response = alice_client.post(
        f"/chats/{chat.pk}/notes/",
        {
            "body": body,
            "step": "review",
            "p2_add": "on",
            "p2_name": "Zoë Ørsted",
            "p2_organization": "Novo Nordisk",
            "p2_title": "Head of R&D",
            "p3_add": "on",
            "p3_name": "Ana Lima",
        },
        follow=True,
    )
    assert _flash(response) == (
        "Note saved: 3 items to follow up, 2 new contacts (Zoë Ørsted, Ana Lima)."
    )
    page = text(response)
    actions = re.search(r'<ul class="plain actions-list">(.*?)</ul>', page, re.S).group(1)
    assert actions.count('<li class="action') == 3
    zoe = Contact.objects.get(owner=alice, name="Zoë Ørsted")
    ana = Contact.objects.get(owner=alice, name="Ana Lima")
    assert f'<a href="/contacts/{zoe.pk}/">Zoë Ørsted</a>' in actions
    assert f'<a href="/contacts/{ana.pk}/">Ana Lima</a>' in actions
    for person in (zoe, ana):
        assert (person.referred_by, person.source) == (ben, "referral")
        person_page = visible(alice_client.get(f"/contacts/{person.pk}/"))
        assert "Ben Okafor" in person_page


def test_the_review_saves_corrections_and_leaves_out_an_unticked_person(alice, alice_client, chat):
    response = _review(alice_client, chat, p4_title="Chief Scientist", p5_add=None)
    assert _flash(response) == (
        "Note saved: 4 items to follow up, 1 new contact (Zoë Ørsted), 1 job lead."
    )
    assert Contact.objects.get(owner=alice, name="Zoë Ørsted").title == "Chief Scientist"
    assert not Contact.objects.filter(owner=alice, name="Ana Lima").exists()
    lead = Lead.objects.get(owner=alice)
    page = text(response)
    assert f'<a href="{lead.get_absolute_url()}">Data analyst opening in May</a>' in page


def test_a_reviewed_person_without_a_name_comes_back_with_the_reason(alice, alice_client, chat):
    response = _review(alice_client, chat, p5_name="  ")
    assert response.status_code == 200
    assert (
        error_beside(response, "review_p5_name")
        == "Give the person a name, or untick “Add as a contact”."
    )
    assert "Check the new people" in text(response)
    assert not Note.objects.exists()
    assert not Contact.objects.filter(owner=alice).exclude(name="Ben Okafor").exists()


def test_back_to_the_note_keeps_the_text(alice_client, chat):
    response = alice_client.post(
        f"/chats/{chat.pk}/notes/", {"body": NOTE, "step": ["review", "edit"]}
    )
    assert response.status_code == 200
    assert "Write while it is fresh" in text(response)
    assert "person: Zoë Ørsted (Novo Nordisk, Head of R&amp;D)" in response.content.decode()
    assert not Note.objects.exists()


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("", "Write something first."),
        ("   \n ", "Write something first."),
        ("x" * 20001, "Keep a note under 20,000 characters (this one has 20001)."),
        (
            "book: " + "y" * 301,
            "Line 1: a captured line may have up to 300 characters (this one has 301).",
        ),
    ],
)
def test_a_bad_note_comes_back_with_a_clear_message_and_nothing_written(
    alice_client, chat, body, error
):
    response = alice_client.post(f"/chats/{chat.pk}/notes/", {"body": body})
    assert response.status_code == 200
    assert error_beside(response, "note_body") == error
    assert "Not saved: see the field marked below." in text(response)
    assert not Note.objects.exists() and not ActionItem.objects.exists()


def test_the_chat_pages_note_form_applies_quick_capture_too(alice_client, chat):
    page = text(alice_client.get(f"/chats/{chat.pk}/"))
    assert f'<form method="post" action="/chats/{chat.pk}/notes/"' in page
    response = alice_client.post(
        f"/chats/{chat.pk}/notes/",
        {"body": "Spring hiring.\nsite: https://example.org"},
        follow=True,
    )
    assert _flash(response) == "Note saved: 1 item to follow up."
    assert ActionItem.objects.get(conversation=chat).kind == "website"


# ------------------------------------------------------------------ showing notes


def test_notes_show_as_safe_markdown_on_both_pages(alice, alice_client, chat):
    add_note(
        alice,
        chat,
        "# Key points\n\n*Read* [this](https://example.org)\n\n<script>alert('x')</script>\n"
        "[bad](javascript:alert(1)) <img src=x onerror=alert(1)>",
        now=NOW,
    )
    for url in (f"/chats/{chat.pk}/", f"/chats/{chat.pk}/notes/"):
        html = alice_client.get(url).content.decode()
        body = re.search(r'<div class="note__body">(.*?)</div>', html, re.S).group(1)
        assert "<h3>Key points</h3>" in body
        assert "<em>Read</em>" in body
        assert 'href="https://example.org" rel="noopener noreferrer nofollow"' in body
        assert "<script" not in body and "&lt;script&gt;" in body
        assert "javascript:" not in body
        assert "<img" not in body


# ------------------------------------------------------------------ privacy


@pytest.mark.parametrize("url", ["/chats/{pk}/notes/", "/chats/{pk}/notes/preview/"])
def test_charlie_cannot_see_preview_or_save_notes_on_alices_chat(charlie_client, chat, url):
    url = url.format(pk=chat.pk)
    response = charlie_client.post(url, {"body": "person: Charlie Was Here\nbook: X"})
    assert response.status_code == 404
    assert "Ben Okafor" not in text(response)
    assert charlie_client.get(f"/chats/{chat.pk}/notes/").status_code == 404
    assert not Note.objects.exists()
    assert not Contact.objects.filter(name="Charlie Was Here").exists()


def test_the_preview_never_links_to_charlies_contacts(alice_client, charlie, chat):
    Contact.objects.create(owner=charlie, name="Zoë Ørsted")
    words = visible(alice_client.post(f"/chats/{chat.pk}/notes/preview/", {"body": NOTE}))
    assert "Zoë Ørsted — new contact" in " ".join(words.split())


def test_a_missing_chat_is_not_found(alice_client):
    assert alice_client.get("/chats/999999/notes/").status_code == 404
    assert alice_client.post("/chats/999999/notes/preview/", {"body": "x"}).status_code == 404


# ------------------------------------------------------------------ queries


def test_the_notes_and_chat_pages_take_as_many_queries_for_many_notes_as_for_one(
    alice, alice_client, chat
):
    save_note(alice, chat, NOTE, now=NOW)
    counts = {
        u: page_queries(alice_client, u) for u in (f"/chats/{chat.pk}/notes/", f"/chats/{chat.pk}/")
    }
    for n in range(6):
        save_note(alice, chat, NOTE.replace("Range", f"Range {n}") + f"\nlead: Role {n}", now=NOW)
    for url, expected in counts.items():
        assert page_queries(alice_client, url) == expected, url


# ------------------------------------------------------------------ in the browser


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_in_the_browser_the_preview_follows_typing_and_new_people_are_reviewed(page, live_server):
    from playwright.sync_api import expect

    from coffeechat.accounts.services import get_profile, issue_login_token, local_user

    user = local_user()
    profile = get_profile(user)
    profile.timezone = "Europe/London"
    profile.save()
    ben = Contact.objects.create(owner=user, name="Ben Okafor")
    chat = start_conversation(user, ben, now=NOW)
    base = live_server.url
    page.goto(f"{base}/login/{issue_login_token(user, now=timezone_now())}/")
    page.goto(f"{base}/chats/{chat.pk}/")
    page.get_by_role("link", name="Take notes").click()
    # The chat page has a note box too: wait for the notes page before typing.
    page.wait_for_url("**/notes/")

    page.get_by_role("textbox", name="Note").fill(
        "Talked about *policy*.\nbook: Range\nperson: Ana Lima (Acme)"
    )
    preview = page.locator("#note-preview")
    expect(preview.locator("em")).to_have_text("policy")
    expect(preview).to_contain_text("This note will add:")
    expect(preview).to_contain_text("Ana Lima — new contact (Acme), referred by Ben Okafor")

    page.get_by_role("button", name="Save note").click()
    expect(page.get_by_role("heading", name="Check the new people")).to_be_visible()
    page.get_by_label("Title").fill("CTO")
    page.get_by_role("button", name="Save note and add 1 contact").click()
    expect(page.locator(".flash")).to_contain_text(
        "Note saved: 2 items to follow up, 1 new contact (Ana Lima)."
    )
    expect(page.locator("#actions").get_by_role("link", name="Ana Lima")).to_be_visible()
    assert Contact.objects.get(owner=user, name="Ana Lima").title == "CTO"


def timezone_now():
    from django.utils import timezone

    return timezone.now()
