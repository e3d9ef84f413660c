"""{{ body|markdown }}: notes written in Markdown come out as a few safe tags, whatever
was typed. Scripts, event handlers, javascript: links and raw HTML are neutralised."""

from __future__ import annotations

import pytest
from django.template import Context, Template

from coffeechat.conversations.templatetags.notes_markdown import render_markdown


def rendered(text: str) -> str:
    return str(render_markdown(text))


def test_the_filter_renders_in_a_template():
    html = Template("{% load notes_markdown %}{{ body|markdown }}").render(
        Context({"body": "Hello *there*"})
    )
    assert html == "<p>Hello <em>there</em></p>"


def test_everyday_markdown_is_kept():
    html = rendered(
        "**Bold** and *em* and `code`\nnext line\n\n- one\n- two\n\n1. first\n\n> quoted"
    )
    assert "<strong>Bold</strong>" in html
    assert "<em>em</em>" in html and "<code>code</code>" in html
    assert "<br>" in html  # a single line break is kept, as typed
    assert "<ul>\n<li>one</li>" in html and "<ol>\n<li>first</li>" in html
    assert "<blockquote>" in html


def test_headings_start_at_h3():
    assert rendered("# Big") == "<h3>Big</h3>"
    assert rendered("## Less") == "<h4>Less</h4>"
    assert rendered("#### Small") == "<h6>Small</h6>"
    assert rendered("###### Tiny") == "<h6>Tiny</h6>"


def test_a_code_block_is_shown_as_typed():
    html = rendered("```\n<b>not bold</b>\n```")
    assert html == "<pre><code>&lt;b&gt;not bold&lt;/b&gt;\n</code></pre>"


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert('x')</script>",
        "Hi <script src=https://evil.example/x.js></script>",
        "<div>\n<script>alert(1)</script>\n</div>",
    ],
)
def test_a_script_never_runs(text):
    html = rendered(text)
    assert "<script" not in html.lower()


@pytest.mark.parametrize(
    "text",
    [
        "<img src=x onerror=alert(1)>",
        '<a href="https://example.org" onclick="alert(1)">x</a>',
        "<p onmouseover='alert(1)'>hover</p>",
        '<svg onload="alert(1)"></svg>',
    ],
)
def test_event_handlers_are_dropped(text):
    html = rendered(text)
    assert "<img" not in html and "<svg" not in html
    assert not any(f"{tag} on" in html for tag in ("<a", "<p", "<img", "<svg"))
    # Raw HTML shows as the text that was typed.
    assert "&lt;" in html


@pytest.mark.parametrize(
    "link",
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD4=)",
        "[click](vbscript:msgbox)",
        "[click](/relative/path)",
    ],
)
def test_links_keep_only_http_https_and_mailto(link):
    html = rendered(link)
    assert "href" not in html
    assert ">click</a>" in html


@pytest.mark.parametrize(
    "link",
    ["https://example.org/a?b=c", "http://example.org", "mailto:ana@example.org"],
)
def test_good_links_are_kept_with_a_safe_rel(link):
    html = rendered(f"[Ana]({link})")
    assert f'href="{link.replace("&", "&amp;")}"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_raw_html_is_shown_as_text_not_markup():
    html = rendered('<iframe src="https://evil.example"></iframe><b>bold?</b>')
    assert "<iframe" not in html and "<b>" not in html
    assert "&lt;iframe" in html and "&lt;b&gt;bold?&lt;/b&gt;" in html


def test_images_and_styles_never_load():
    html = rendered(
        "![tracker](https://evil.example/pixel.png)\n\n<style>body{display:none}</style>"
    )
    assert "<img" not in html and "<style" not in html
    assert "evil.example" not in html


def test_nothing_and_none_are_empty():
    assert rendered("") == "" and rendered(None) == ""
