"""What an import would do, row by row: the rules, with no database.

Each row of a parsed file becomes one of:

* **new** — nobody like them yet: a contact is made;
* **updated** — the same person as one of the user's contacts (same e-mail, same
  LinkedIn profile, or the same name at the same organisation) and the row holds
  something the contact lacks: only empty fields are filled, never what the user typed;
* **duplicate** — the same person as a contact, or as an earlier row of the file, and
  nothing new (an earlier row's new contact still takes what a later row adds);
* **skipped** — an empty row, or a bad one (each with its line and reason).

Rows made new are then checked with `lib.dedupe.find_matches` for people who are
probably the same (a nickname, an accent): still made, but listed for review.

The service (`imports.services`) reads the contacts and applies the plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from coffeechat.lib import dedupe
from coffeechat.lib.importers import Parsed, Row
from coffeechat.lib.quick_capture import name_key

NEW, UPDATED, DUPLICATE = "new", "updated", "duplicate"

# The contact fields an import may fill when they are empty, with their names for people.
FILLABLE = {
    "email": "e-mail",
    "phone": "phone",
    "linkedin_url": "LinkedIn profile",
    "organization": "organisation",
    "title": "title",
    "location": "location",
    "connected_on": "date connected",
    "notes": "notes",
}
# The longest value each field takes (the model's max_length).
MAX_LENGTH = {
    "name": 200,
    "email": 254,
    "phone": 50,
    "linkedin_url": 200,
    "organization": 200,
    "title": 200,
    "location": 200,
}
SHOWN_NAMES = {"name": "name", **FILLABLE}


@dataclass(frozen=True)
class Known:
    """One of the user's contacts, as the plan needs it."""

    id: int
    name: str
    email: str = ""
    phone: str = ""
    linkedin_url: str = ""
    organization: str = ""
    title: str = ""
    location: str = ""
    connected_on: date | None = None
    notes: str = ""


@dataclass
class Decision:
    row: Row
    action: str  # NEW, UPDATED or DUPLICATE
    reason: str = ""
    contact_id: int | None = None  # the existing contact (updated, duplicate)
    same_as: int | None = None  # the line of the earlier row this one joins
    other_name: str = ""  # the name of that contact or row
    fills: dict[str, object] = field(default_factory=dict)  # updated: field -> value
    values: dict[str, object] = field(default_factory=dict)  # new: the contact to make

    @property
    def line(self) -> int:
        return self.row.line

    @property
    def filled(self) -> str:
        return ", ".join(FILLABLE[f] for f in self.fills)


@dataclass
class Skip:
    line: int
    message: str
    bad: bool  # a bad row (it blocks the import unless the user skips it) or an empty one


@dataclass
class Possible:
    """A new person who may be someone already known, or another new row."""

    line: int
    name: str
    other_name: str
    reason: str
    score: float
    contact_id: int | None = None
    other_line: int | None = None


@dataclass
class Plan:
    kind: str
    source: str
    encoding: str
    new: list[Decision] = field(default_factory=list)
    updated: list[Decision] = field(default_factory=list)
    duplicates: list[Decision] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)
    possible: list[Possible] = field(default_factory=list)

    @property
    def problems(self) -> list[Skip]:
        return [s for s in self.skipped if s.bad]

    @property
    def rows(self) -> int:
        return len(self.new) + len(self.updated) + len(self.duplicates) + len(self.skipped)

    @property
    def changes(self) -> int:
        """How many rows write something: made or updated."""
        return len(self.new) + len(self.updated)

    def summary(self) -> dict:
        """The counts of the import: the CLI's --json contract."""
        return {
            "created": len(self.new),
            "updated": len(self.updated),
            "duplicates": len(self.duplicates),
            "skipped": len(self.skipped),
            "errors": [{"line": s.line, "message": s.message} for s in self.problems],
        }


# ------------------------------------------------------------------ keys


def email_key(email: str) -> str:
    return email.strip().casefold()


_CANONICAL = "https://www.linkedin.com/"  # how the parsers write a profile's address


def linkedin_key(url: str) -> str:
    """A LinkedIn profile whatever its spelling: scheme, www or a country, a final slash,
    tracking parameters and case do not count."""
    url = url.strip()
    if not url:
        return ""
    if url.startswith(_CANONICAL) and "?" not in url and "#" not in url:  # the usual case, fast
        return "linkedin.com/" + url[len(_CANONICAL) :].rstrip("/").casefold()
    parts = urlsplit(url if "://" in url else f"https://{url}")
    host = (parts.hostname or "").casefold()
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        return "linkedin.com" + parts.path.rstrip("/").casefold()
    return url.casefold().rstrip("/")


# Names and organisations repeat across a file: fold each spelling once.
_fold = lru_cache(maxsize=100_000)(name_key)


def person_key(name: str, organization: str) -> tuple[str, str] | None:
    """The same name at the same organisation (both without one counts as the same)."""
    key = _fold(name)
    return (key, _fold(organization)) if key else None


def organization_key(name: str) -> str:
    return _fold(name)


# ------------------------------------------------------------------ planning


class _Target:
    """A person the import has met: an existing contact, or a new row's contact."""

    __slots__ = ("contact_id", "line", "name", "values")

    def __init__(self, values: dict, *, contact_id: int | None = None, line: int | None = None):
        self.values = values
        self.contact_id = contact_id
        self.line = line
        self.name = values["name"]


def _row_values(row: Row) -> dict:
    emails = [e for e in (row.email, *row.emails) if e.strip()]
    phones = [p for p in (row.phone, *row.phones) if p.strip()]
    return {
        "name": _squash(row.name),
        "email": emails[0].strip() if emails else "",
        "phone": phones[0].strip() if phones else "",
        "linkedin_url": row.linkedin_url.strip(),
        "organization": _squash(row.organization),
        "title": _squash(row.title),
        "location": _squash(row.location),
        "connected_on": row.connected_on,
        "notes": row.notes.strip(),
    }


def _squash(text: str) -> str:
    return " ".join((text or "").split())


def _too_long(values: dict) -> str:
    if not values["name"]:
        return "there is no name"
    for name, limit in MAX_LENGTH.items():
        if len(values[name] or "") > limit:
            return f"the {SHOWN_NAMES[name]} is longer than {limit} characters"
    return ""


def _keys(values: dict, row: Row | None = None) -> list[tuple[str, object, str]]:
    """(index, key, why) for a person, strongest first."""
    keys = []
    emails = [values["email"], *(row.emails if row else ())]
    for email in emails:
        if key := email_key(email):
            keys.append(("email", key, "same e-mail"))
    if key := linkedin_key(values["linkedin_url"]):
        keys.append(("linkedin", key, "same LinkedIn profile"))
    if key := person_key(values["name"], values["organization"]):
        why = "same name and organisation" if values["organization"] else "same name"
        keys.append(("person", key, why))
    return keys


def plan(
    parsed: Parsed,
    known: Iterable[Known],
    *,
    find_matches: Callable | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Plan:
    """Decide, for every row of `parsed`, what importing it into `known` would do."""
    result = Plan(kind=parsed.kind, source=parsed.source, encoding=parsed.encoding)
    result.skipped.extend(Skip(p.line, p.message, bad=True) for p in parsed.problems)
    result.skipped.extend(Skip(p.line, p.message, bad=False) for p in parsed.skipped)

    index: dict[tuple[str, object], _Target] = {}
    known = list(known)
    for contact in known:
        values = {"name": contact.name, **{f: getattr(contact, f) for f in FILLABLE}}
        target = _Target(values, contact_id=contact.id)
        for kind, key, _ in _keys(values):
            index.setdefault((kind, key), target)

    rows = sorted(parsed.rows, key=lambda r: r.line)
    total = len(rows)
    for done, row in enumerate(rows, 1):
        if progress is not None and done % 1000 == 0:
            progress(done, total)
        values = _row_values(row)
        if problem := _too_long(values):
            result.skipped.append(Skip(row.line, problem, bad=True))
            continue
        keys = _keys(values, row)
        target, why = next(
            ((index[(k, key)], w) for k, key, w in keys if (k, key) in index), (None, "")
        )
        fills: dict[str, object] = {}
        if target is None:
            target = _Target(values, line=row.line)
            result.new.append(Decision(row, NEW, values=values))
        else:
            fills = {f: values[f] for f in FILLABLE if values[f] and not target.values[f]}
            target.values.update(fills)
            decision = Decision(row, DUPLICATE, other_name=target.name, fills=fills)
            if target.contact_id is not None:
                decision.contact_id = target.contact_id
                if fills:
                    decision.action = UPDATED
                    decision.reason = f"{why} as {target.name}: adds {decision.filled}"
                    result.updated.append(decision)
                else:
                    decision.reason = f"already in your contacts ({why} as {target.name})"
                    result.duplicates.append(decision)
            else:
                decision.same_as = target.line
                decision.reason = f"{why} as line {target.line} ({target.name})"
                if fills:
                    decision.reason += f", which takes its {decision.filled}"
                result.duplicates.append(decision)
        # What a later row may match: this row's keys, and the person's new ones.
        for k, key, _ in keys:
            index.setdefault((k, key), target)
        if fills:
            for k, key, _ in _keys(target.values):
                index.setdefault((k, key), target)
    if progress is not None and total:
        progress(total, total)

    result.skipped.sort(key=lambda s: s.line)
    if result.new:
        result.possible = _possible(result.new, known, find_matches or dedupe.find_matches)
    return result


def _possible(new: list[Decision], known: list[Known], find_matches: Callable) -> list[Possible]:
    people = [
        dedupe.Person(
            key=("row", d.line),
            name=d.values["name"],
            email=d.values["email"],
            linkedin_url=d.values["linkedin_url"],
            organization=d.values["organization"],
            emails=tuple(e for e in d.row.emails if e),
        )
        for d in new
    ]
    existing = [
        dedupe.Person(
            key=k.id,
            name=k.name,
            email=k.email,
            linkedin_url=k.linkedin_url,
            organization=k.organization,
            emails=(k.email,) if k.email else (),
        )
        for k in known
    ]
    rows = {("row", d.line): d for d in new}
    contacts = {k.id: k for k in known}
    found = []
    for match in find_matches(people, existing):
        a, b = (match.a, match.b) if match.a in rows else (match.b, match.a)
        if a not in rows:
            continue
        mine = rows[a].values
        if b in rows:
            other = rows[b].values
            possible = Possible(
                a[1], mine["name"], other["name"], match.reason, match.score, other_line=b[1]
            )
        elif b in contacts:
            other_name = contacts[b].name
            if contacts[b].organization:
                other_name += f" ({contacts[b].organization})"
            possible = Possible(
                a[1], mine["name"], other_name, match.reason, match.score, contact_id=b
            )
        else:
            continue
        found.append(possible)
    found.sort(key=lambda p: (p.line, -p.score))
    return found
