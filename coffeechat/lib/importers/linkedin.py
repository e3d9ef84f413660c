"""LinkedIn's Connections.csv, as LinkedIn writes it and as Excel re-saves it.

Current exports start with a preamble ("Notes:", a quoted sentence about missing e-mail
addresses, a blank line) before the header
``First Name,Last Name,URL,Email Address,Company,Position,Connected On``; dates look like
``09 Oct 2024``. Older exports have no preamble and no URL column, and dates like
``1/8/18, 6:14 PM`` (month/day/two-digit year). Excel adds a BOM and CRLF, and may
rewrite dates (``10/9/2024``, ``09.10.2024``, or ``;`` as the separator): the order of
slash dates is decided for the whole file (day first if any day is over 12).
"""

from __future__ import annotations

from .common import (
    BadDate,
    cell_date,
    clean,
    header_of,
    join_name,
    linkedin_url,
    make_row,
    named_records,
    none_if_dash,
    slash_order,
)
from .decode import decode
from .records import Parsed

HEADER = ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
_OPTIONAL = {"url", "email address", "company", "position", "connected on"}


def _accept(cells: list[str]) -> bool:
    s = set(cells)
    if "first name" not in s or "last name" not in s:
        return False
    # Google and Outlook also have First Name and Last Name; LinkedIn has few columns.
    return len(s & _OPTIONAL) >= 2 and len(cells) <= 12


def parse(data: bytes) -> Parsed:
    text, encoding = decode(data, "a LinkedIn connections export")
    lines = text.split("\n")
    index, header, delim = header_of(lines, text, "linkedin", ", ".join(HEADER), _accept)
    col = {}
    for i, h in enumerate(header):
        col.setdefault(clean(h.replace("\ufeff", "")).lower(), i)

    def cell(cells: list[str], name: str) -> str:
        i = col.get(name)
        return cells[i] if i is not None and i < len(cells) else ""

    parsed = Parsed(kind="linkedin", source="linkedin", encoding=encoding)
    pending = list(
        named_records(
            lines,
            index,
            delim,
            parsed,
            lambda cells: join_name(cell(cells, "first name"), cell(cells, "last name")),
        )
    )

    order = slash_order(cell(c, "connected on") for _, _, c in pending)
    for line, name, cells in pending:
        warnings = []
        raw_date = cell(cells, "connected on")
        try:
            connected = cell_date(raw_date, order)
        except BadDate:
            connected = None
            warnings.append(
                f"the connection date “{clean(raw_date)}” is not a date coffeechat can "
                "read; it is left empty."
            )
        raw_url = clean(cell(cells, "url"))
        url = linkedin_url(raw_url)
        if raw_url and not url:
            warnings.append(f"“{raw_url}” is not a LinkedIn profile address; it is left out.")
        raw_email = clean(cell(cells, "email address"))
        row = make_row(
            line,
            name,
            emails=[raw_email],
            organization=none_if_dash(cell(cells, "company")),
            title=none_if_dash(cell(cells, "position")),
            linkedin=url,
            connected_on=connected,
            warnings=warnings,
        )
        if raw_email and not row.email:
            row.warnings += (f"“{raw_email}” is not an e-mail address; it is left out.",)
        parsed.rows.append(row)
    return parsed
