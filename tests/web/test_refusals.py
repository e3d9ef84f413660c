"""A refused htmx action is shown: htmx swaps every 4xx answer into the page's #refusal
box (base.html), so the answer is a short message, never a whole page."""

from __future__ import annotations

from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import ActionItem
from coffeechat.conversations.services import start_conversation
from tests.clock import FROZEN_NOW
from tests.pages import refusal_seen, visible

HTMX = {"HX-Request": "true"}


def test_every_page_has_the_refusal_box_and_tells_htmx_to_use_it(alice_client):
    for path in ("/", "/pipeline/", "/contacts/", "/questions/", "/profile/"):
        page = alice_client.get(path).content.decode()
        assert page.count('id="refusal"') == 1, path
        assert '<meta name="htmx-config"' in page, path


def test_something_not_found_by_htmx_is_a_sentence_for_the_box(alice, alice_client):
    today = alice_client.get("/")
    refused = alice_client.post("/agenda/told/999999/", headers=HTMX)
    assert refused.status_code == 404
    assert refusal_seen(today, refused) == "No action item with id 999999."
    refused = alice_client.get("/nothing-here/", headers=HTMX)
    assert refusal_seen(today, refused) == (
        "That does not exist any more, or it is not yours to see."
    )


def test_someone_elses_item_refused_by_htmx_says_so_and_changes_nothing(alice, charlie_client):
    ana = Contact.objects.create(owner=alice, name="Ana Ruiz")
    chat = start_conversation(alice, ana, now=FROZEN_NOW)
    item = ActionItem.objects.create(
        owner=alice, conversation=chat, kind="book", title="Range", created_at=FROZEN_NOW
    )
    refused = charlie_client.post(f"/agenda/told/{item.pk}/", headers=HTMX)
    assert refused.status_code == 404
    assert refusal_seen(charlie_client.get("/"), refused) == f"No action item with id {item.pk}."
    assert ActionItem.objects.get(pk=item.pk).told_at is None


def test_without_htmx_a_missing_page_is_still_the_whole_error_page(alice_client):
    response = alice_client.get("/contacts/999999/")
    assert response.status_code == 404
    assert "<html" in response.content.decode()
    assert "Nothing here" in visible(response)
    assert "Back to Today" in visible(response)
