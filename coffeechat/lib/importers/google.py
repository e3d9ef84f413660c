"""Google Contacts CSV, current and legacy layouts.

Current (contacts.google.com, "Google CSV"): ``First Name, Middle Name, Last Name, …,
Organization Name, Organization Title, …, Notes, …, Labels, E-mail 1 - Label,
E-mail 1 - Value, Phone 1 - Label, Phone 1 - Value, …, Website 1 - Value``.
Legacy (the old Gmail export): ``Name, Given Name, Additional Name, Family Name, …,
E-mail 1 - Type, E-mail 1 - Value, …, Organization 1 - Name, Organization 1 - Title``.

A cell can hold several values separated by `` ::: ``; a label starting with ``* ``
(``* Work``) marks the primary value, which becomes `email` (or `phone`); the others
follow it in `emails`. A LinkedIn profile comes from any Website value on linkedin.com.
"""

from __future__ import annotations

from functools import partial

from .common import (
    HeaderIndex,
    clean,
    header_kind,
    header_of,
    join_name,
    linkedin_url,
    make_row,
    named_records,
)
from .decode import decode
from .records import Parsed

EXPECTED_HEADER = (
    "First Name, Last Name, Organization Name, E-mail 1 - Value… "
    "(or the older Name, Given Name, Family Name, E-mail 1 - Value…)"
)


def _accept(cells: list[str]) -> bool:
    return header_kind(cells) == "google"


def _values(cell: str) -> list[str]:
    return [v.strip() for v in cell.split(":::") if v.strip()]


def _labelled(h: HeaderIndex, cells: list[str], what: str) -> list[str]:
    """Every value of "what N - Value" columns, the "* "-marked (primary) ones first."""
    primary: list[str] = []
    rest: list[str] = []
    for n in h.numbered(what + " {} - value"):
        values = _values(h.get(cells, f"{what} {n} - value"))
        label = h.get(cells, f"{what} {n} - label", f"{what} {n} - type").strip()
        (primary if label.startswith("*") else rest).extend(values)
    return primary + rest


def _name(h: HeaderIndex, cells: list[str]) -> str:
    name = join_name(
        h.get(cells, "name prefix"),
        h.get(cells, "first name", "given name"),
        h.get(cells, "middle name", "additional name"),
        h.get(cells, "last name", "family name"),
        h.get(cells, "name suffix"),
    )
    if "name" in h and h.get(cells, "name").strip():
        name = join_name(h.get(cells, "name"))
    if not name:
        name = join_name(h.get(cells, "nickname") or h.get(cells, "file as"))
    return name


def parse(data: bytes) -> Parsed:
    text, encoding = decode(data, "a Google Contacts CSV export")
    lines = text.split("\n")
    index, header, delim = header_of(lines, text, "google", EXPECTED_HEADER, _accept, within=5)
    h = HeaderIndex(header)
    parsed = Parsed(kind="google", source="other", encoding=encoding)
    for line, name, cells in named_records(lines, index, delim, parsed, partial(_name, h)):
        emails = _labelled(h, cells, "email")
        phones = _labelled(h, cells, "phone")
        websites = _labelled(h, cells, "website")
        linkedin = next((u for u in map(linkedin_url, websites) if u), "")
        organization = _values(h.get(cells, "organization name", "organization 1 - name"))
        title = _values(h.get(cells, "organization title", "organization 1 - title"))
        location = ""
        for n in h.numbered("address {} - city") or [0]:
            parts = [
                clean(_first(_values(h.get(cells, f"address {n} - {k}"))))
                for k in ("city", "region", "country")
            ]
            location = ", ".join(p for p in parts if p)
            if location:
                break
        if not location:
            location = clean(h.get(cells, "location"))
        parsed.rows.append(
            make_row(
                line,
                name,
                emails=emails,
                phones=phones,
                organization=_first(organization),
                title=_first(title),
                linkedin=linkedin,
                location=location,
                notes=h.get(cells, "notes"),
            )
        )
    return parsed


def _first(values: list[str]) -> str:
    return values[0] if values else ""
