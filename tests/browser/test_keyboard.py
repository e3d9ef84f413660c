"""The keyboard alone: moving cards on the pipeline board (focus stays on the moved card,
and the move is announced), and a visible focus ring on everything Tab reaches."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from playwright.sync_api import expect

from coffeechat.accounts.services import issue_login_token, local_user
from coffeechat.conversations.models import Conversation
from coffeechat.demo import seed_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)  # a Wednesday

# What has keyboard focus, described for the assertions and their messages.
ACTIVE = """() => {
  const el = document.activeElement;
  const card = el && el.closest('.board-card');
  return {
    tag: el ? el.tagName.toLowerCase() : null,
    id: el ? el.id : null,
    name: el ? (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 80) : null,
    card: card ? card.id : null,
    column: el && el.closest('.column') ? el.closest('.column').dataset.status : null,
  };
}"""

# The focus indicator of the focused element: a 2px+ outline or a box-shadow ring, and
# the contrast of its colour against the background it is drawn on (WCAG 1.4.11: 3:1).
FOCUS_RING = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  // The ring sits outside the element (outline-offset), so on its parent's background.
  let node = el.parentElement, bg = [255, 255, 255];
  while (node) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) { bg = c.slice(0, 3); break; }
    node = node.parentElement;
  }
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const colour = outline ? rgb(style.outlineColor).slice(0, 3) : null;
  const [hi, lo] = colour ? [lum(colour), lum(bg)].sort((a, b) => b - a) : [0, 0];
  return {
    what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''),
    text: (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 60),
    outline,
    width: style.outlineWidth,
    shadow: style.boxShadow !== 'none',
    contrast: colour ? (hi + 0.05) / (lo + 0.05) : null,
    body: el === document.body,
  };
}"""


def sign_in_with_demo(page, base):
    user = local_user()
    seed_demo(user, now=NOW)
    page.goto(f"{base}/login/{issue_login_token(user, now=NOW)}/")
    return user


def tab_until(page, predicate, limit=80):
    """Press Tab until the focused element matches; the element's description."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        active = page.evaluate(ACTIVE)
        if predicate(active):
            return active
    raise AssertionError(f"Tab never reached the element; last focus: {active}")


def test_a_card_moves_across_the_board_with_the_keyboard_alone(page, live_server):
    base = live_server.url
    with time_machine.travel(NOW, tick=True):
        user = sign_in_with_demo(page, base)
        page.goto(f"{base}/pipeline/")
        first = page.locator(".column[data-status=prospect] .board-card").first
        card_id = first.get_attribute("id")
        pk = int(first.get_attribute("data-id"))
        chat = Conversation.objects.get(pk=pk, owner=user)
        name = chat.contact.name

        # Tab to the card (its name is its first stop), then on to its "requested" button.
        # The live region that says what happened outlives the board's redraw (a region
        # inserted with its text already in it is not read out).
        page.evaluate("window.liveRegion = document.getElementById('board-message')")

        active = tab_until(page, lambda a: a["card"] == card_id)
        assert active["tag"] == "a" and active["name"] == name
        active = tab_until(page, lambda a: a["name"] == f"Move {name} to requested", limit=6)
        assert active["card"] == card_id
        page.keyboard.press("Enter")

        # The card is now in the requested column, it has the focus, and the move is said.
        requested = page.locator(".column[data-status=requested]")
        expect(requested.locator(f"#{card_id}")).to_be_visible()
        expect(page.locator("#board-message")).to_have_text(f"{name}: now requested.")
        expect(page.locator(f"#{card_id}")).to_be_focused()
        assert page.evaluate(ACTIVE)["column"] == "requested"
        assert page.evaluate("window.liveRegion === document.getElementById('board-message')")
        assert page.locator("[role=status]#board-message").count() == 1
        ring = page.evaluate(FOCUS_RING)
        assert ring["outline"] and ring["contrast"] >= 3, ring
        chat.refresh_from_db()
        assert chat.status == "requested"

        # From the focused card, on again: Tab to "no response" and press Space this time.
        active = tab_until(page, lambda a: a["name"] == f"Move {name} to no response", limit=8)
        assert active["card"] == card_id
        page.keyboard.press("Space")
        no_response = page.locator(".column[data-status=no_response]")
        expect(no_response.locator(f"#{card_id}")).to_be_visible()
        expect(page.locator(f"#{card_id}")).to_be_focused()
        expect(page.locator("#board-message")).to_have_text(f"{name}: now no response.")

        # Scheduling asks for the time: open its form with the keyboard, type, Enter.
        page.goto(f"{base}/pipeline/")
        card = page.locator(".column[data-status=requested] .board-card").first
        card_id = card.get_attribute("id")
        name = Conversation.objects.get(pk=int(card.get_attribute("data-id"))).contact.name
        tab_until(page, lambda a: a["card"] == card_id)
        active = tab_until(page, lambda a: a["tag"] == "summary", limit=6)
        assert active["card"] == card_id
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.type") == "datetime-local"
        page.keyboard.type("12112026")
        page.keyboard.press("Tab")
        page.keyboard.type("1530")
        page.keyboard.press("Enter")
        scheduled = page.locator(".column[data-status=scheduled]")
        expect(scheduled.locator(f"#{card_id}")).to_be_visible()
        expect(page.locator(f"#{card_id}")).to_be_focused()
        expect(page.locator("#board-message")).to_have_text(f"{name}: now scheduled.")


PAGES_TO_TAB = ["/", "/pipeline/", "/contacts/new/", "/network/", "/targets/"]


def test_every_element_tab_reaches_shows_a_clear_focus_ring(page, live_server):
    base = live_server.url
    with time_machine.travel(NOW, tick=True):
        sign_in_with_demo(page, base)
        chat = Conversation.objects.filter(status="scheduled").order_by("pk").first()
        problems = []
        for path in [*PAGES_TO_TAB, f"/chats/{chat.pk}/"]:
            page.goto(f"{base}{path}")
            seen = 0
            for _ in range(45):
                page.keyboard.press("Tab")
                ring = page.evaluate(FOCUS_RING)
                if ring["body"]:
                    break  # past the last element
                seen += 1
                clear = (ring["outline"] and ring["contrast"] >= 3) or ring["shadow"]
                if not clear:
                    problems.append(f"{path}: {ring}")
            assert seen >= 10, f"{path}: Tab reached only {seen} elements"
        assert not problems, "focus hard to see:\n" + "\n".join(problems)


def test_the_skip_link_is_the_first_stop_and_shows(page, live_server):
    base = live_server.url
    with time_machine.travel(NOW, tick=True):
        sign_in_with_demo(page, base)
        page.goto(f"{base}/contacts/")
        page.keyboard.press("Tab")
        skip = page.get_by_role("link", name="Skip to content")
        expect(skip).to_be_focused()
        box = skip.bounding_box()
        assert box and box["x"] >= 0 and box["y"] >= 0
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        # The next stop is inside the page's content, not the navigation.
        assert page.evaluate("!!document.activeElement.closest('main')")
