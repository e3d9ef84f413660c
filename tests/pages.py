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
