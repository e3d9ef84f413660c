"""`coffeechat note CHAT_ID FILE|-`: add a note to a chat and apply quick capture."""

from __future__ import annotations


def register(subparsers) -> None:
    """Add `note` to the `coffeechat` parser's subcommands (being built)."""
