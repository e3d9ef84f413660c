"""The `coffeechat` command: a thin layer over the same services and forms the web pages use.

Each command group is a module of this package with a `register(subparsers)`; what they
share (Django set up, the local user, now, JSON out, errors) is in `runtime`. The CLI is
the top layer: it imports the apps, and no app imports it.

Exit codes: 0 on success; 1 on bad input (one line on stderr, no traceback);
2 on a usage error (argparse's own).
"""

from __future__ import annotations

import argparse
import sys

from . import agenda, backups, chats, contacts, imports, lint, messages, notes, profile, serve
from .runtime import UserError, one_line

EPILOG = """examples:
  coffeechat serve                       open your campaign in the browser
  coffeechat contact add --name "Ana Ruiz" --source alumni --connection "Both at Leeds"
  coffeechat chat new 12                 start a conversation with contact 12
  coffeechat chat move 3 requested
  coffeechat chat schedule 3 --at 2026-03-14T15:30 --tz America/New_York
  coffeechat agenda --json               what is due today, as JSON
  coffeechat message send 7              send draft 7 through your own mail server
  coffeechat lint draft.txt              check a draft against the guidelines
"""

# In the order `coffeechat --help` lists them.
GROUPS = (serve, profile, contacts, chats, lint, messages, notes, imports, backups, agenda)


def build_parser() -> argparse.ArgumentParser:
    from coffeechat import __version__

    parser = argparse.ArgumentParser(
        prog="coffeechat",
        description="Run your informational-interview campaign.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"coffeechat {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UserError as exc:
        print(f"coffeechat: error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        from django.db import DatabaseError

        if not isinstance(exc, DatabaseError):
            raise
        print(f"coffeechat: error: the database failed: {one_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
