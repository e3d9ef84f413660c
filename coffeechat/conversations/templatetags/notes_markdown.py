"""{{ note.body|markdown }}: a note written in Markdown, as safe HTML.

Python-Markdown turns the text into HTML with raw HTML switched off (a typed
``<script>`` shows as text), and nh3 then keeps only a few tags: paragraphs,
line breaks, emphasis, lists, code, quotes, links and small headings. Links keep
only an http, https or mailto address and get rel="noopener noreferrer nofollow";
images, styles, event handlers and every other attribute are dropped. Headings
start at h3, since the page already has its h1 and h2.
"""

from __future__ import annotations

import re

import markdown as markdown_lib
import nh3
from django import template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

ALLOWED_TAGS = frozenset(
    {"p", "br", "em", "strong", "ul", "ol", "li", "code", "pre", "blockquote", "a"}
    | {"h3", "h4", "h5", "h6"}
)
ALLOWED_ATTRIBUTES = {"a": {"href"}}
LINK_SCHEMES = ("http://", "https://", "mailto:")
LINK_REL = "noopener noreferrer nofollow"

_HEADING = re.compile(r"<(/?)h([1-6])>")


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Only absolute http(s) and mailto links survive: no javascript:, data: or relative ones."""
    if tag == "a" and attribute == "href":
        return value if value.strip().lower().startswith(LINK_SCHEMES) else None
    return value


def _to_html(text: str) -> str:
    md = markdown_lib.Markdown(extensions=["nl2br", "sane_lists", "fenced_code"])
    # Raw HTML is shown as typed, never passed through.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md.convert(text)


def _smaller_headings(html: str) -> str:
    return _HEADING.sub(lambda m: f"<{m[1]}h{min(int(m[2]) + 2, 6)}>", html)


def render_markdown(text: str | None) -> SafeString:
    """`text` as sanitised HTML (see the module docstring)."""
    if not text:
        return mark_safe("")
    html = _smaller_headings(_to_html(str(text)))
    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_keep_attribute,
        url_schemes={"http", "https", "mailto"},
        link_rel=LINK_REL,
        strip_comments=True,
    )
    return mark_safe(cleaned)  # noqa: S308 - nh3 has just sanitised it


@register.filter(name="markdown")
def markdown_filter(text) -> SafeString:
    return render_markdown(text)
