"""Helpers shared by the rule families: compiling patterns, and reading a person's name."""

from __future__ import annotations

import re

from coffeechat.lib.lint.text import fold
from coffeechat.lib.lint.vocab import TITLES


def regex(pattern: str) -> re.Pattern:
    """The compiled `pattern` (every rule pattern runs on folded text)."""
    return re.compile(pattern)


def any_of(patterns) -> re.Pattern:
    """One compiled pattern that matches wherever any of `patterns` does."""
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def name_tokens(name: str) -> list[str]:
    """The folded words of a person's name, without titles ("Dr. Ana Ruiz" -> ana, ruiz)."""
    return [t for t in re.findall(r"[\w'-]+", fold(name)) if t.strip(".") not in TITLES]
