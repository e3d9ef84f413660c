"""Join the stylesheets of coffeechat/static/coffeechat/css/, one per component, into app.css,
the one small file every page loads (one request, cached for every page after the first).

    .venv/bin/python scripts/build_css.py            rewrite app.css from the parts
    .venv/bin/python scripts/build_css.py --check    exit 1 if app.css is not what they make

Edit the parts, never app.css; tests/web/test_stylesheets.py fails when the two disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

STATIC = Path(__file__).resolve().parent.parent / "coffeechat" / "static" / "coffeechat"
PARTS_DIR = STATIC / "css"
OUT = STATIC / "app.css"
# In this order: a later part may override an earlier one with a rule of the same
# specificity (the board's columns over the page grid), and print comes last.
PARTS = (
    "layout",
    "forms",
    "cards",
    "board",
    "chat",
    "questions",
    "prep",
    "notes",
    "network",
    "targets",
    "contacts",
    "charts",
    "print",
)
HEADER = (
    "/* coffeechat: calm, readable, works on a laptop and a phone. No framework.\n"
    "   Built by scripts/build_css.py from css/{layout,forms,...}.css: edit those, not this. */\n"
)


def build() -> str:
    """app.css as the parts make it: the header, then each part under its file name."""
    sections = [HEADER]
    for name in PARTS:
        text = (PARTS_DIR / f"{name}.css").read_text()
        sections.append(f"\n/* ---- css/{name}.css */\n{text}")
    return "".join(sections)


def main(argv: list[str]) -> int:
    wanted = build()
    if "--check" in argv:
        if OUT.read_text() != wanted:
            print("app.css is out of date: run scripts/build_css.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(wanted)
    print(f"{OUT} ({len(wanted.encode()):,} bytes from {len(PARTS)} parts)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
