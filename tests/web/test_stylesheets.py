"""The stylesheets: one part per component in static/coffeechat/css/, joined into app.css,
the one file every page loads."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "coffeechat" / "static" / "coffeechat"


def build_css():
    spec = importlib.util.spec_from_file_location("build_css", ROOT / "scripts" / "build_css.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_app_css_is_what_the_parts_make():
    assert (STATIC / "app.css").read_text() == build_css().build(), (
        "app.css is out of date: run .venv/bin/python scripts/build_css.py"
    )


def test_every_part_is_joined_and_nothing_else_is_a_stylesheet():
    parts = {path.stem for path in (STATIC / "css").glob("*.css")}
    assert parts == set(build_css().PARTS)
    assert [path.name for path in STATIC.glob("*.css")] == ["app.css"]


def test_printing_rules_live_in_the_print_part_only():
    for name in build_css().PARTS:
        text = (STATIC / "css" / f"{name}.css").read_text()
        assert ("@media print" in text) == (name == "print"), name


def test_a_page_loads_one_stylesheet(alice_client):
    page = alice_client.get("/").content.decode()
    assert re.findall(r'<link rel="stylesheet" href="([^"]+)"', page) == [
        "/static/coffeechat/app.css"
    ]
