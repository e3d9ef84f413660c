"""`coffeechat serve` and `coffeechat demo`: the web pages on this computer, and a sign-in link."""

from __future__ import annotations

import os
import sys
import threading
import webbrowser
from pathlib import Path

from . import runtime
from .runtime import UserError

DEFAULT_PORT = 8321


def register(subparsers) -> None:
    """Add `serve` and `demo` to the `coffeechat` parser's subcommands."""
    p = subparsers.add_parser("serve", help="open your campaign in the browser")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    p.add_argument("--no-browser", action="store_true", help="print the link, do not open it")
    p.set_defaults(func=cmd_serve)

    p = subparsers.add_parser("demo", help="open a demo campaign (its own data, made afresh)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    p.add_argument("--no-browser", action="store_true", help="print the link, do not open it")
    p.set_defaults(func=cmd_demo)


def _serve(host: str, port: int, open_browser: bool, banner: str = "") -> None:
    from waitress import create_server

    from coffeechat.accounts.services import issue_login_token
    from coffeechat.wsgi import application

    if not 0 <= port <= 65535:
        raise UserError(f"--port must be between 1 and 65535, not {port}")
    try:
        server = create_server(application, host=host, port=port, threads=8, ident="coffeechat")
    except OSError as exc:
        raise UserError(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); try another --port"
        ) from None
    token = issue_login_token(runtime.user(), now=runtime.now())
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{server.effective_port}/login/{token}/"
    if banner:
        print(banner)
    print("coffeechat is running. Open this link to sign in (it works once):")
    print(url, flush=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: listening on {host}, not only on this computer", file=sys.stderr)
    print("Press Ctrl+C to stop.", flush=True)
    if open_browser:
        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    try:
        server.run()
    except KeyboardInterrupt:
        print("\nStopped.")
    finally:
        server.close()


def cmd_serve(args) -> int:
    runtime.setup()
    from django.conf import settings

    from coffeechat.backups.services import start_daily_backups

    # Today's copy of the database now, then one a day while the server runs.
    backups = start_daily_backups(settings.DATA_DIR)
    _serve(args.host, args.port, not args.no_browser, banner=backups or "")
    return 0


def demo_dir() -> Path:
    override = os.environ.get("COFFEECHAT_DEMO_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("coffeechat", False)) / "demo"


def cmd_demo(args) -> int:
    # The demo never touches the user's own data: its own folder, always SQLite.
    folder = demo_dir()
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "coffeechat.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.environ["COFFEECHAT_DATA_DIR"] = str(folder)
    os.environ.pop("COFFEECHAT_DATABASE_URL", None)
    runtime.setup()
    from coffeechat.demo import seed_demo

    summary = seed_demo(runtime.user(), now=runtime.now())
    banner = (
        f"Demo campaign ready in {folder} ({summary}).\n"
        "It is made afresh each time you run `coffeechat demo`; your own data is untouched."
    )
    _serve("127.0.0.1", args.port, not args.no_browser, banner=banner)
    return 0
