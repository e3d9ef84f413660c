"""Reading a page as the user sees it: helpers for the view tests (not tests)."""

from __future__ import annotations

import html
import re


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
