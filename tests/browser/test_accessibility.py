"""Every main page, with the demo campaign in it, passes axe-core with no serious or
critical violation: at laptop width, and a few pages at phone width (390 px).

axe-core is vendored in tests/vendor/axe-core/ (tests only; the app never serves it)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine

from coffeechat.accounts.services import issue_login_token, local_user
from coffeechat.contacts.models import Contact, Event, Target
from coffeechat.conversations.models import Conversation
from coffeechat.demo import seed_demo
from coffeechat.network.models import Lead

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)  # a Wednesday
AXE = Path(__file__).resolve().parent.parent / "vendor" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")
PHONE = {"width": 390, "height": 844}


def axe_violations(page) -> list[dict]:
    """Run axe on the page as it stands; the serious and critical violations."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v["impact"] in BLOCKING]


def describe(where: str, violations: list[dict]) -> list[str]:
    """One readable block per violation: where, rule, impact, help, the elements."""
    lines = []
    for v in violations:
        lines.append(f"{where}: {v['id']} ({v['impact']}): {v['help']} <{v['helpUrl']}>")
        for node in v["nodes"][:8]:
            target = " ".join(str(t) for t in node["target"])
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {target}  {summary[:240]}")
        if len(v["nodes"]) > 8:
            lines.append(f"    … and {len(v['nodes']) - 8} more")
    return lines


def check_pages(page, base: str, paths: list[str]) -> list[str]:
    problems = []
    for path in paths:
        response = page.goto(f"{base}{path}")
        assert response is not None
        page.wait_for_load_state("load")
        # Folded parts (the board's scheduling forms, "more" sections) are checked open.
        page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
        problems += describe(f"{path} [{response.status}]", axe_violations(page))
    return problems


def main_pages(user) -> list[str]:
    """The app's main pages, with one of each kind of record from the demo."""
    chats = Conversation.objects.filter(owner=user)
    scheduled = chats.filter(status="scheduled").order_by("pk").first()
    held = chats.filter(notes__isnull=False).order_by("pk").first()
    contact = Contact.objects.filter(owner=user, conversations__isnull=False).first()
    target = Target.objects.filter(owner=user).order_by("pk").first()
    event = Event.objects.filter(owner=user).order_by("pk").first()
    lead = Lead.objects.filter(owner=user).order_by("pk").first()
    assert all([scheduled, held, contact, target, event, lead]), "the demo lacks a record"
    return [
        "/",
        "/pipeline/",
        "/pipeline/requested/",
        "/contacts/",
        f"/contacts/{contact.pk}/",
        "/contacts/new/",
        f"/chats/{scheduled.pk}/",
        f"/chats/{scheduled.pk}/prep/",
        f"/chats/{held.pk}/",
        f"/chats/{held.pk}/notes/",
        "/targets/",
        f"/targets/{target.pk}/",
        "/events/",
        f"/events/{event.pk}/",
        "/questions/",
        "/templates/",
        "/profile/",
        "/network/",
        "/leads/",
        f"/leads/{lead.pk}/",
        "/imports/",
        "/contacts/duplicates/",
        "/data/",
        "/dashboard/",
        "/no-such-page/",  # the 404 page, signed in
    ]


def sign_in_with_demo(page, base: str):
    user = local_user()
    seed_demo(user, now=NOW)
    page.goto(f"{base}/login/{issue_login_token(user, now=NOW)}/")
    return user


def test_every_main_page_has_no_serious_axe_violation(page, live_server):
    base = live_server.url
    with time_machine.travel(NOW, tick=True):
        # Signed out first: the welcome page, and a 404.
        problems = check_pages(page, base, ["/welcome/"])
        user = sign_in_with_demo(page, base)
        problems += check_pages(page, base, main_pages(user))
    assert not problems, "axe found serious or critical violations:\n" + "\n".join(problems)


def test_forms_with_errors_and_live_previews_have_no_serious_axe_violation(page, live_server):
    base = live_server.url
    with time_machine.travel(NOW, tick=True):
        user = sign_in_with_demo(page, base)
        problems = []

        # A form sent back with its errors beside the fields.
        page.goto(f"{base}/contacts/new/")
        page.get_by_label("Email").fill("not-an-address")
        page.get_by_role("button", name="Add contact").click()
        page.locator(".field--error").first.wait_for()
        problems += describe("/contacts/new/ with errors", axe_violations(page))

        # The notes page with its preview and what the note will add, drawn as you type.
        held = Conversation.objects.filter(owner=user, notes__isnull=False).order_by("pk")[0]
        page.goto(f"{base}/chats/{held.pk}/notes/")
        page.locator("textarea").first.fill(
            "Good chat.\n\n- book: Range\n- person: Zoë Ørsted (Novo Nordisk, Head of R&D)"
        )
        page.locator("#note-preview").get_by_text("Range").first.wait_for()
        problems += describe("notes preview", axe_violations(page))

        # A refused move on the board, and an allowed one (the board redrawn).
        page.goto(f"{base}/pipeline/")
        page.locator(".column[data-status=prospect] .board-card button").first.click()
        page.locator("#board-message p").wait_for()
        problems += describe("/pipeline/ after a move", axe_violations(page))
    assert not problems, "axe found serious or critical violations:\n" + "\n".join(problems)


def test_pages_at_phone_width_have_no_serious_axe_violation(page, live_server):
    base = live_server.url
    page.set_viewport_size(PHONE)
    with time_machine.travel(NOW, tick=True):
        problems = check_pages(page, base, ["/welcome/"])
        user = sign_in_with_demo(page, base)
        pages = main_pages(user)
        chat = next(p for p in pages if p.startswith("/chats/"))
        problems += check_pages(page, base, ["/", "/pipeline/", "/contacts/", chat, "/network/"])
    assert not problems, "axe found serious or critical violations:\n" + "\n".join(problems)


def test_the_navigation_fits_a_phone(page, live_server):
    """All the main links are visible and inside the screen at 390 px, and the page does
    not scroll sideways because of the top bar."""
    base = live_server.url
    page.set_viewport_size(PHONE)
    with time_machine.travel(NOW, tick=True):
        sign_in_with_demo(page, base)
        page.goto(f"{base}/contacts/")
        links = page.get_by_role("navigation", name="Main").get_by_role("link")
        names = links.all_inner_texts()
        assert len(names) >= 11, names
        for i in range(links.count()):
            link = links.nth(i)
            box = link.bounding_box()
            assert link.is_visible() and box is not None, names[i]
            assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], (names[i], box)
            # big enough to tap (WCAG 2.2 target size minimum: 24 × 24 CSS px)
            assert box["height"] >= 24 and box["width"] >= 24, (names[i], box)
        overflow = page.evaluate(
            "document.querySelector('.topbar').scrollWidth > document.documentElement.clientWidth"
        )
        assert not overflow, "the top bar is wider than the phone's screen"


def test_pages_fit_a_phone_without_scrolling_sideways(page, live_server):
    """WCAG 1.4.10 (reflow): at 390 px nothing makes the whole page scroll sideways; wide
    things (the board, the LAMP table, the tree, the contacts table) scroll in their box."""
    base = live_server.url
    page.set_viewport_size(PHONE)
    with time_machine.travel(NOW, tick=True):
        user = sign_in_with_demo(page, base)
        wide = []
        for path in main_pages(user):
            page.goto(f"{base}{path}")
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > PHONE["width"]:
                wide.append(f"{path}: {width} px")
    assert not wide, "pages wider than the phone:\n" + "\n".join(wide)
