"""The stylesheets: one file per component in static/coffeechat/css/, each imported once,
in order, by app.css, the one stylesheet base.html links."""

from __future__ import annotations

import re
from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "coffeechat" / "static" / "coffeechat"
IMPORT = re.compile(r'@import url\("css/([a-z-]+)\.css"\);')


def imported() -> list[str]:
    return IMPORT.findall((STATIC / "app.css").read_text())


def test_app_css_imports_every_component_once_and_holds_no_rule_of_its_own():
    parts = imported()
    assert sorted(parts) == sorted(path.stem for path in (STATIC / "css").glob("*.css"))
    assert len(parts) == len(set(parts))
    rest = IMPORT.sub("", re.sub(r"/\*.*?\*/", "", (STATIC / "app.css").read_text(), flags=re.S))
    assert rest.strip() == ""


def test_the_page_layout_comes_first_and_printing_last():
    parts = imported()
    assert parts[0] == "layout"
    assert parts[-1] == "print"
    assert parts.index("cards") < parts.index("board")  # the board's columns win over the grid


def test_printing_rules_live_in_the_print_part_only():
    for name in imported():
        text = (STATIC / "css" / f"{name}.css").read_text()
        assert ("@media print" in text) == (name == "print"), name


def test_a_page_links_one_stylesheet_and_every_component_is_served(alice_client, client):
    page = alice_client.get("/").content.decode()
    assert re.findall(r'<link rel="stylesheet" href="([^"]+)"', page) == [
        "/static/coffeechat/app.css"
    ]
    for name in imported():
        response = client.get(f"/static/coffeechat/css/{name}.css")
        assert response.status_code == 200, name
        assert b"{" in b"".join(response.streaming_content)
