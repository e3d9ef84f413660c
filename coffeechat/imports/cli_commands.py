"""Commands of the imports app (being built)."""

from __future__ import annotations


def register(subparsers) -> None:
    """Add this app's commands to the `coffeechat` parser's subcommands."""
