"""A refused action shows its message, in headless Chromium: htmx 2 swaps no 4xx answer by
itself, so without base.html's htmx-config a refused "I told them" would show nothing."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from playwright.sync_api import expect

from coffeechat.accounts.services import get_profile, issue_login_token, local_user
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import ActionItem
from coffeechat.conversations.services import add_action, set_action_done, start_conversation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)  # a Wednesday


def _a_book_read():
    """Ana suggested "Range"; Maya read it on Monday, so Today asks her to tell Ana."""
    user = local_user()
    profile = get_profile(user)
    profile.name = "Maya Okafor"
    profile.timezone = "Europe/London"
    profile.save()
    ana = Contact.objects.create(owner=user, name="Ana Ruiz", source="alumni")
    chat = start_conversation(user, ana, now=datetime(2026, 10, 20, 9, tzinfo=LONDON))
    book = add_action(user, chat, "book", "Range", now=datetime(2026, 10, 21, 9, tzinfo=LONDON))
    set_action_done(book, True, now=datetime(2026, 11, 2, 20, 45, tzinfo=LONDON))
    return user, book


def test_a_refused_i_told_them_shows_why_and_leaves_the_item(page, live_server):
    base = live_server.url
    with time_machine.travel(NOW, tick=True):
        user, book = _a_book_read()
        page.goto(f"{base}/login/{issue_login_token(user, now=NOW)}/")
        page.goto(f"{base}/")
        item = page.locator("li[data-kind=tell]")
        expect(item).to_contain_text("Tell Ana Ruiz")
        refusal = page.get_by_role("alert")
        expect(refusal).to_be_hidden()

        # In another tab the book was ticked back to not done: telling is refused (400).
        ActionItem.objects.filter(pk=book.pk).update(done=False, done_at=None)
        with page.expect_response(f"**/agenda/told/{book.pk}/") as answer:
            item.get_by_role("button", name="I told them").click()
        assert answer.value.status == 400
        expect(refusal).to_be_visible()
        expect(refusal).to_have_text("That item is not done yet: mark it done first.")
        # The item is still there to act on, and the page is still Today.
        expect(item).to_contain_text("Tell Ana Ruiz")
        assert page.url == f"{base}/"

        # Escape puts the message away.
        page.keyboard.press("Escape")
        expect(refusal).to_be_hidden()

        # Someone else's item, or one gone since: a sentence, not a whole page in the box.
        ActionItem.objects.filter(pk=book.pk).delete()
        with page.expect_response(f"**/agenda/told/{book.pk}/") as answer:
            item.get_by_role("button", name="I told them").click()
        assert answer.value.status == 404
        expect(refusal).to_have_text(f"No action item with id {book.pk}.")
        expect(page.locator("header.topbar")).to_have_count(1)
        assert ActionItem.objects.filter(told_at__isnull=False).count() == 0
