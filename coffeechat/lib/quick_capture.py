"""Quick capture: action items, people and leads typed into chat notes.

Pure text in, plain data out; nothing here touches the database. The caller
decides what to create (and shows new contacts for review first).

Syntax
------
A line whose first word is a known prefix followed by a colon is captured::

    book: Range, by David Epstein
    - org: Royal Society of Chemistry
    * site: https://example.org/careers
    • event: Science policy meetup, 12 March
    person: Zoë Ørsted (Novo Nordisk, Head of R&D, Europe)
    lead: A data role opening in her team in May

* Prefixes are case-insensitive. Spaces may come before the line, after an
  optional bullet (``-``, ``*``, ``+``, ``•``) and on either side of the colon.
* ``book``, ``org`` / ``organisation`` / ``organization``, ``site`` /
  ``website`` / ``url``, ``event``, ``person`` and ``lead`` are known. Kinds
  are ``book``, ``organisation``, ``website``, ``event``, ``person``, ``lead``.
* Runs of whitespace inside a value become one space; the value is trimmed.
  A prefix with nothing after it is ignored.
* Lines inside fenced code blocks (opened by three or more backticks or
  tildes, closed by a fence of the same character at least as long) are
  ignored. Every other line is ordinary note text and is not returned.
* ``line`` is the 1-based line number in the text as given.

People
------
``person:`` accepts, with any amount of extra space:

* ``Name (Organisation, Title)`` and ``Name (Organisation)``;
* ``Name (Organisation, Title`` — a missing closing parenthesis is forgiven;
* ``Name, Organisation`` and ``Name, Organisation, Title`` — without
  parentheses, the first comma ends the name;
* ``Name`` alone.

Inside the parentheses the *first* comma separates organisation from title,
so a title may contain commas ("Head of R&D, Europe") but an organisation
may not, unless the comma sits in nested parentheses ("ACME (UK, Ltd), CTO").
Text after the closing parenthesis is ignored. Full-width parentheses and
commas (（ ） ，) are read as their ASCII forms. A ``person:`` line also yields
an item of kind ``person`` whose title is the name; a ``lead:`` line yields a
:class:`Lead` and an item of kind ``lead``.

Leads
-----
``lead: Data analyst (Novo Nordisk)`` names the organisation in parentheses at
the end; :func:`split_lead` reads it. Without them the lead has no organisation
of its own (the caller uses the one of the person who told you).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

KINDS = ("book", "organisation", "website", "event", "person", "lead")

_PREFIX_KIND = {
    "book": "book",
    "org": "organisation",
    "organisation": "organisation",
    "organization": "organisation",
    "site": "website",
    "website": "website",
    "url": "website",
    "event": "event",
    "person": "person",
    "lead": "lead",
}

_CAPTURE_LINE = re.compile(
    r"^\s*(?:[-*+•]\s*)?(?P<prefix>"
    + "|".join(sorted(_PREFIX_KIND, key=len, reverse=True))
    + r")\s*:(?P<value>.*)$",
    re.IGNORECASE,
)
_FENCE = re.compile(r"^\s{0,3}(?P<fence>`{3,}|~{3,})")
_WHITESPACE = re.compile(r"\s+")
_FULL_WIDTH = str.maketrans({"（": "(", "）": ")", "，": ","})


@dataclass(frozen=True)
class Item:
    kind: str
    title: str
    line: int


@dataclass(frozen=True)
class Person:
    name: str
    organization: str = ""
    title: str = ""
    line: int = 0


@dataclass(frozen=True)
class Lead:
    text: str
    line: int


@dataclass(frozen=True)
class Capture:
    items: tuple[Item, ...] = ()
    people: tuple[Person, ...] = ()
    leads: tuple[Lead, ...] = ()


def parse(text: str) -> Capture:
    """The items, people and leads captured in `text` (see the module docstring)."""
    items: list[Item] = []
    people: list[Person] = []
    leads: list[Lead] = []
    fence: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        fence_match = _FENCE.match(raw)
        if fence is not None:
            if fence_match and _closes(fence_match["fence"], fence, raw):
                fence = None
            continue
        if fence_match:
            fence = fence_match["fence"]
            continue
        match = _CAPTURE_LINE.match(raw)
        if not match:
            continue
        kind = _PREFIX_KIND[match["prefix"].lower()]
        value = _squash(match["value"])
        if not value:
            continue
        if kind == "person":
            person = parse_person(value, line=number)
            if person is None:
                continue
            people.append(person)
            items.append(Item("person", person.name, number))
        else:
            if kind == "lead":
                leads.append(Lead(value, number))
            items.append(Item(kind, value, number))
    return Capture(tuple(items), tuple(people), tuple(leads))


def parse_person(value: str, *, line: int = 0) -> Person | None:
    """A :class:`Person` from the text after ``person:``; None when there is no name."""
    value = _squash(value.translate(_FULL_WIDTH))
    open_at = value.find("(")
    if open_at >= 0:
        name = value[:open_at]
        inner = _inside_parentheses(value[open_at + 1 :])
        organization, _, title = _split_first_comma(inner)
    else:
        name, _, rest = value.partition(",")
        organization, _, title = rest.partition(",")
    name = _squash(name.replace(")", ""))
    if not name:
        return None
    return Person(name, _squash(organization), _squash(title), line)


def name_key(name: str) -> str:
    """`name` folded for comparison: accents, case and spacing do not count.

    NFKD splits accented letters into letter + mark and the marks are dropped,
    so "José Núñez" and "jose  nunez" agree. Letters that are not composed
    (ø, ł, đ) stay as they are: "Ørsted" matches "ørsted" but not "Orsted".
    """
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _squash(bare.casefold())


def name_index(existing: Iterable[tuple[int, str]]) -> dict[str, tuple[int, ...]]:
    """The ids of the existing contacts under each folded name (see :func:`name_key`),
    to look many names up in one pass over the contacts."""
    index: dict[str, list[int]] = {}
    for contact_id, other in existing:
        ids = index.setdefault(name_key(other), [])
        if contact_id not in ids:
            ids.append(contact_id)
    return {key: tuple(ids) for key, ids in index.items() if key}


def split_lead(text: str) -> tuple[str, str]:
    """(the opening, its organisation) from the text after ``lead:``.

    "Data analyst (Novo Nordisk)" → ("Data analyst", "Novo Nordisk"). Only a
    parenthesis closing the line names an organisation; otherwise it is "".
    """
    text = _squash(text.translate(_FULL_WIDTH))
    if text.endswith(")"):
        depth = 0
        for index in range(len(text) - 1, -1, -1):
            if text[index] == ")":
                depth += 1
            elif text[index] == "(":
                depth -= 1
                if depth == 0:
                    title = _squash(text[:index])
                    organization = _squash(text[index + 1 : -1])
                    if title and organization:
                        return title, organization
                    break
    return text, ""


def match_name(name: str, existing: Iterable[tuple[int, str]]) -> int | None:
    """The id of the one existing contact whose full name matches `name`.

    The comparison ignores case, accents and whitespace (see :func:`name_key`);
    otherwise it is exact: no initials, no nicknames, no fuzzy guessing. When
    no contact matches, or more than one does (two different contacts with the
    same name), the result is None and the caller should ask the user.
    """
    key = name_key(name)
    if not key:
        return None
    found = {contact_id for contact_id, other in existing if name_key(other) == key}
    return found.pop() if len(found) == 1 else None


def _squash(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def _closes(candidate: str, opening: str, raw: str) -> bool:
    """A closing fence: same character, at least as long, nothing after it."""
    return (
        candidate[0] == opening[0]
        and len(candidate) >= len(opening)
        and not raw.strip()[len(candidate) :].strip(candidate[0]).strip()
    )


def _inside_parentheses(after_open: str) -> str:
    """The text up to the matching ')', or all of it when the ')' is missing."""
    depth = 0
    for index, ch in enumerate(after_open):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return after_open[:index]
            depth -= 1
    return after_open


def _split_first_comma(text: str) -> tuple[str, str, str]:
    """Split at the first comma outside nested parentheses."""
    depth = 0
    for index, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif ch == "," and depth == 0:
            return text[:index], ",", text[index + 1 :]
    return text, "", ""
