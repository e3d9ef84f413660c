"""A small campaign through the real UI in headless Chromium: sign in, add a contact,
then request, schedule, hold and thank a chat, watching Today change along the way."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from playwright.sync_api import expect

from coffeechat.accounts.services import issue_login_token, local_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)  # a Wednesday


def open_today(page, base):
    page.goto(f"{base}/")
    return page.locator("main")


def test_a_new_user_runs_a_small_campaign_in_the_browser(page, live_server):
    base = live_server.url
    with time_machine.travel(START, tick=True) as clock:
        token = issue_login_token(local_user(), now=START)

        # Sign in with the one-time link; a new user is asked who they are first.
        page.goto(f"{base}/login/{token}/")
        expect(page.get_by_role("heading", name="Your profile")).to_be_visible()
        page.get_by_label("Name").fill("Maya Okafor")
        page.get_by_label("Time zone").fill("Europe/London")
        page.get_by_role("button", name="Save profile").click()
        expect(page.get_by_text("Profile saved.")).to_be_visible()

        # The link works once: a second browser using it is refused.
        other = page.context.browser.new_page()
        other.goto(f"{base}/login/{token}/")
        expect(other.get_by_text("already been used")).to_be_visible()
        other.close()

        # Today starts empty.
        page.get_by_role("navigation").get_by_role("link", name="Today").click()
        expect(page.get_by_role("heading", name="Nothing is due")).to_be_visible()

        # Add a contact, with a bad e-mail first: the error shows beside the field.
        page.get_by_role("navigation").get_by_role("link", name="Contacts").click()
        page.get_by_role("link", name="Add your first contact").click()
        page.get_by_label("Name").fill("Ana Ruiz")
        page.get_by_label("Email").fill("not-an-address")
        page.get_by_label("Organisation").fill("BASF")
        page.get_by_label("Title").fill("Research scientist")
        page.get_by_label("How I know them").select_option("alumni")
        page.get_by_label("What connects us").fill("Both did PhDs at Leeds")
        page.get_by_role("button", name="Add contact").click()
        expect(page.locator(".field--error .error")).to_contain_text("valid email")
        page.get_by_label("Email").fill("ana@example.com")
        page.get_by_role("button", name="Add contact").click()
        expect(page.get_by_role("heading", name="Ana Ruiz")).to_be_visible()

        # Start a conversation and send the request.
        page.get_by_role("button", name="Start a conversation").click()
        expect(page.get_by_test_id("status")).to_have_text("Prospect")
        page.get_by_role("button", name="Mark requested").click()
        expect(page.get_by_test_id("status")).to_have_text("Requested")
        chat_url = page.url

        items = open_today(page, base)
        expect(page.get_by_role("heading", name="Nothing is due")).to_be_visible()

        # Seven business days later with no reply, Today says to follow up.
        clock.move_to(START + timedelta(days=9))  # Friday 13 November
        items = open_today(page, base)
        expect(items).to_contain_text("Ana Ruiz")
        expect(page.locator("li[data-kind=follow_up]")).to_have_count(1)

        # She answers: schedule from the pipeline board, by keyboard.
        page.get_by_role("navigation").get_by_role("link", name="Pipeline").click()
        page.wait_for_load_state(
            "load"
        )  # htmx is deferred: before it runs, Enter posts the plain form
        card = page.locator(".board-card", has_text="Ana Ruiz")
        card.locator("summary").focus()
        page.keyboard.press("Enter")
        when = page.get_by_label("Agreed time")
        when.fill("2026-11-16T15:30")
        when.press("Enter")
        scheduled = page.locator(".column[data-status=scheduled]")
        expect(scheduled.locator(".board-card", has_text="Ana Ruiz")).to_be_visible()
        expect(page.locator("#board-message")).to_contain_text("now scheduled")

        # The follow-up is gone; on Sunday, Today says to prepare for Monday's chat.
        clock.move_to(datetime(2026, 11, 15, 10, 0, tzinfo=LONDON))
        items = open_today(page, base)
        expect(page.locator("li[data-kind=follow_up]")).to_have_count(0)
        expect(page.locator("li[data-kind=prepare]")).to_contain_text("Ana Ruiz")

        # The chat happens (a little early): mark it held on the board.
        clock.move_to(datetime(2026, 11, 16, 15, 20, tzinfo=LONDON))
        page.get_by_role("navigation").get_by_role("link", name="Pipeline").click()
        page.get_by_role("button", name="Move Ana Ruiz to held").click()
        held = page.locator(".column[data-status=held]")
        expect(held.locator(".board-card", has_text="Ana Ruiz")).to_be_visible()

        items = open_today(page, base)
        expect(page.locator("li[data-kind=thank_you]")).to_contain_text("Thank Ana Ruiz")
        expect(page.locator("li[data-kind=ask_for_names]")).to_have_count(1)

        # Thank her: the thank-you item leaves Today.
        page.goto(chat_url)
        page.get_by_role("button", name="Mark thanked").click()
        expect(page.get_by_test_id("status")).to_have_text("Thanked")
        items = open_today(page, base)
        expect(page.locator("li[data-kind=thank_you]")).to_have_count(0)

        # Dismiss the remaining reminder; it stays dismissed.
        reminder = page.locator("li[data-kind=ask_for_names]")
        reminder.get_by_role("button", name="Dismiss").click()
        expect(page.get_by_text("Dismissed.")).to_be_visible()
        open_today(page, base)
        expect(page.locator("li[data-kind=ask_for_names]")).to_have_count(0)

        # A move the pipeline does not allow is refused with what is allowed instead.
        page.get_by_role("navigation").get_by_role("link", name="Pipeline").click()
        page.wait_for_load_state(
            "load"
        )  # htmx is deferred: before it runs, Enter posts the plain form
        card = page.locator(".board-card", has_text="Ana Ruiz")
        card.drag_to(page.locator(".column[data-status=requested]"))
        expect(page.locator("#board-message")).to_contain_text(
            re.compile("cannot move from thanked to requested", re.I)
        )
        expect(page.locator(".column[data-status=thanked]")).to_contain_text("Ana Ruiz")


def test_the_profile_offers_the_browsers_own_time_zone(browser, live_server):
    context = browser.new_context(timezone_id="Asia/Tokyo", locale="en-GB")
    page = context.new_page()
    try:
        token = issue_login_token(local_user(), now=datetime.now(LONDON))
        page.goto(f"{live_server.url}/login/{token}/")
        expect(page.get_by_text("Your browser's time zone is")).to_be_visible()
        page.get_by_role("button", name="Asia/Tokyo").click()
        expect(page.get_by_label("Time zone")).to_have_value("Asia/Tokyo")
        page.get_by_label("Name").fill("Sam Teacher")
        page.get_by_role("button", name="Save profile").click()
        expect(page.get_by_text("Profile saved.")).to_be_visible()
        # Saved: the hint no longer shows, since the form holds the browser's zone.
        expect(page.get_by_text("Your browser's time zone is")).to_be_hidden()
    finally:
        context.close()
