"""Screenshots of every main page of the demo campaign, at a laptop's width and a phone's,
into artifacts/screenshots/ (git-ignored), to look at the product as a user does.

Each picture is the whole page (full_page), so nothing below the fold is missed. Pages
wider than the window are listed in artifacts/screenshots/overflow.txt: a phone user
would have to scroll sideways there."""

from __future__ import annotations

import struct
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db.models import Count

from coffeechat.accounts.services import issue_login_token, local_user
from coffeechat.conversations.models import Conversation
from coffeechat.demo import seed_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONDON = ZoneInfo("Europe/London")
START = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)  # a Wednesday
OUT = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
PNG = b"\x89PNG\r\n\x1a\n"


def main_pages(user) -> list[tuple[str, str]]:
    """(name, path) of each main page; the contact and chat are the demo's fullest chat."""
    chat = (
        Conversation.objects.filter(owner=user, notes__isnull=False)
        .annotate(n=Count("notes", distinct=True) + Count("actions", distinct=True))
        .order_by("-n", "pk")
        .first()
    )
    return [
        ("today", "/"),
        ("pipeline", "/pipeline/"),
        ("contacts", "/contacts/"),
        ("contact", f"/contacts/{chat.contact_id}/"),
        ("chat", f"/chats/{chat.pk}/"),
        ("notes", f"/chats/{chat.pk}/notes/"),
        ("network", "/network/"),
        ("leads", "/leads/"),
        ("targets", "/targets/"),
        ("dashboard", "/dashboard/"),
        ("imports", "/imports/"),
        ("data", "/data/"),
    ]


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the PNG's IHDR chunk, after checking the signature."""
    head = path.read_bytes()[:24]
    assert head[:8] == PNG, f"{path.name} is not a PNG"
    assert head[12:16] == b"IHDR", f"{path.name} has no IHDR chunk first"
    return struct.unpack(">II", head[16:24])


def test_screenshots_of_every_main_page_at_desktop_and_phone_widths(page, live_server):
    base = live_server.url
    OUT.mkdir(parents=True, exist_ok=True)
    with time_machine.travel(START, tick=True):
        user = local_user()
        seed_demo(user, now=START)
        page.goto(f"{base}/login/{issue_login_token(user, now=START)}/")
        overflow, written = [], []
        for name, path in main_pages(user):
            for size, (width, height) in SIZES.items():
                page.set_viewport_size({"width": width, "height": height})
                answer = page.goto(base + path)
                assert answer.status == 200, f"{path} answered {answer.status}"
                page.wait_for_load_state("networkidle")
                file = OUT / f"{name}-{size}.png"
                file.unlink(missing_ok=True)
                page.screenshot(path=file, full_page=True)
                wide = page.evaluate("document.documentElement.scrollWidth")
                if wide > width:
                    overflow.append(f"{name}-{size}: {wide}px wide in a {width}px window")
                written.append((file, width))
        (OUT / "overflow.txt").write_text("".join(line + "\n" for line in overflow))

    assert len(written) == 2 * len(main_pages(user))
    for file, width in written:
        assert file.is_file(), f"{file.name} was not written"
        assert file.stat().st_size > 10_000, f"{file.name} is nearly empty"
        shot_width, shot_height = png_size(file)
        assert shot_width >= width, f"{file.name} is {shot_width}px wide, not {width}"
        assert shot_height >= 300, f"{file.name} is only {shot_height}px tall"
