"""Outlook CSV: the desktop export ("Comma Separated Values") and Outlook.com's.

``First Name, Middle Name, Last Name, Title, Suffix, Nickname, …, E-mail Address,
E-mail 2 Address, E-mail 3 Address, …, Company, Department, Job Title, Business Phone,
Mobile Phone, Home Phone, …, Notes, …``. Outlook's ``Title`` is Mr or Ms; the job is
``Job Title``. Headers are matched without regard to case or to "E-mail" against
"Email", so the newer ``Email Address`` headings read the same. Desktop Outlook writes
the file in Windows-1252.
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

EXPECTED_HEADER = "First Name, Last Name, E-mail Address, Company, Job Title…"

_EMAILS = ("email address", "email 2 address", "email 3 address", "email", "email 2", "email 3")
_PHONES = (
    "primary phone",
    "mobile phone",
    "business phone",
    "business phone 2",
    "home phone",
    "home phone 2",
    "company main phone",
    "other phone",
    "car phone",
    "mobile",
    "phone",
)


def _accept(cells: list[str]) -> bool:
    kind = header_kind(cells)
    if kind == "outlook":
        return True
    s = set(cells)
    return (
        kind is None
        and ("first name" in s or "last name" in s)
        and bool({"email address", "email"} & s)
        and bool({"company", "job title", "mobile phone", "business phone"} & s)
    )


def _name(h: HeaderIndex, cells: list[str]) -> str:
    return join_name(
        h.get(cells, "first name"),
        h.get(cells, "middle name"),
        h.get(cells, "last name"),
        h.get(cells, "suffix"),
    ) or join_name(h.get(cells, "nickname"))


def parse(data: bytes) -> Parsed:
    text, encoding = decode(data, "an Outlook contacts CSV export")
    lines = text.split("\n")
    index, header, delim = header_of(lines, text, "outlook", EXPECTED_HEADER, _accept, within=5)
    h = HeaderIndex(header)
    parsed = Parsed(kind="outlook", source="other", encoding=encoding)
    for line, name, cells in named_records(lines, index, delim, parsed, partial(_name, h)):
        emails = [h.get(cells, c) for c in _EMAILS]
        phones = [h.get(cells, c) for c in _PHONES]
        websites = [h.get(cells, c) for c in ("web page", "personal web page", "business web page")]
        location = ""
        for prefix in ("business", "home", "other"):
            parts = [
                clean(h.get(cells, f"{prefix} {k}")) for k in ("city", "state", "country/region")
            ]
            if not parts[2]:
                parts[2] = clean(h.get(cells, f"{prefix} country"))
            location = ", ".join(p for p in parts if p)
            if location:
                break
        parsed.rows.append(
            make_row(
                line,
                name,
                emails=emails,
                phones=phones,
                organization=h.get(cells, "company"),
                title=h.get(cells, "job title"),
                linkedin=next((u for u in map(linkedin_url, websites) if u), ""),
                location=location or h.get(cells, "office location", "location"),
                notes=h.get(cells, "notes"),
            )
        )
    return parsed
