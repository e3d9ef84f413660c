"""Screenshots of the demo campaign, to look at the product as a user does.

    .venv/bin/python scripts/screenshots.py [OUT_DIR]     (default: docs/screenshots)

Starts `coffeechat demo` in a throwaway folder, signs in with its one-time link in
Debian's headless Chromium, and saves a laptop and a phone view of the main pages.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    ("today", "/"),
    ("pipeline", "/pipeline/"),
    ("contacts", "/contacts/"),
    ("network", "/network/"),
    ("dashboard", "/dashboard/"),
]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "COFFEECHAT_DEMO_DIR": folder}
        server = subprocess.Popen(
            [str(ROOT / ".venv/bin/coffeechat"), "demo", "--no-browser", "--port", "0"],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            link = None
            deadline = time.monotonic() + 30
            while link is None and time.monotonic() < deadline:
                line = server.stdout.readline()
                found = re.search(r"http://127\.0\.0\.1:\d+/login/\S+", line)
                link = found.group(0) if found else None
            if link is None:
                print("screenshots: the demo did not print a sign-in link", file=sys.stderr)
                return 1
            base = link.split("/login/")[0]
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                page = browser.new_page(viewport={"width": 1280, "height": 860})
                page.goto(link)
                for name, path in PAGES:
                    page.set_viewport_size({"width": 1280, "height": 860})
                    page.goto(base + path)
                    page.screenshot(path=out / f"{name}.png")
                    page.set_viewport_size({"width": 390, "height": 844})
                    page.screenshot(path=out / f"{name}-phone.png")
                    print(out / f"{name}.png")
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
