"""Reading a page as the user sees it: helpers for the view tests (not tests)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def text(response) -> str:
    """The page as the user reads it (entities such as &#x27; turned back into text)."""
    return html.unescape(response.content.decode())


def visible(response) -> str:
    """The words on the page, without the markup."""
    return html.unescape(re.sub(r"<[^>]+>", "", response.content.decode()))


def error_beside(response, field_id: str) -> str:
    """The error shown right under the field with this id."""
    match = re.search(
        rf'<p class="error" id="{re.escape(field_id)}_error">(.*?)</p>',
        response.content.decode(),
        re.S,
    )
    assert match, f"no error shown beside #{field_id}"
    return html.unescape(match.group(1))


def refusal_seen(page, refused) -> str:
    """What the user reads after htmx was refused: the 4xx answer's words, which htmx swaps
    into the page's #refusal box (an alert) as base.html's htmx-config tells it."""
    assert 400 <= refused.status_code < 500, f"not a refusal: {refused.status_code}"
    content = html.unescape(page.content.decode())
    assert '<div id="refusal" class="refusal" role="alert"></div>' in content
    assert '{"code": "4..", "swap": true, "error": true, "target": "#refusal"' in content
    answer = refused.content.decode()
    assert "<html" not in answer, "a whole page would land in the box"
    return html.unescape(re.sub(r"<[^>]+>", "", answer)).strip()


def signed_in(user) -> Client:
    """A test client of its own, signed in as `user`."""
    client = Client()
    client.force_login(user)
    return client


def column(response, status: str) -> str:
    """The HTML of one column of the pipeline board."""
    match = re.search(
        rf'<section class="column[^"]*" data-status="{status}".*?</section>',
        response.content.decode(),
        re.S,
    )
    assert match, f"no {status} column on the board"
    return match.group(0)


def agenda_item(response, kind: str) -> str | None:
    """The HTML of the first Today item of this kind, or None."""
    match = re.search(
        rf'<li class="item[^"]*" data-kind="{kind}">.*?</li>', response.content.decode(), re.S
    )
    return match.group(0) if match else None


def item_key(item_html: str) -> str:
    """The key a Today item posts with its decision."""
    return html.unescape(re.search(r'name="key" value="([^"]+)"', item_html).group(1))


def flashes(response) -> list[str]:
    """The flash messages on the page, as the user reads them."""
    return [
        html.unescape(m)
        for m in re.findall(r'<li class="flash--\w+">(.*?)</li>', response.content.decode(), re.S)
    ]


def page_queries(client: Client, url: str) -> int:
    """How many queries the page at `url` takes, asked for a second time."""
    client.get(url)  # the first request may fill caches (content types and such)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def stylesheet() -> str:
    """The whole stylesheet a page gets: app.css with each component it imports in its place."""
    static = Path(__file__).resolve().parent.parent / "coffeechat" / "static" / "coffeechat"
    return re.sub(
        r'@import url\("([^"]+)"\);',
        lambda m: (static / m.group(1)).read_text(),
        (static / "app.css").read_text(),
    )
