"""What every kind shares: cleaning names and cells, e-mail addresses, LinkedIn URLs,
dates, reading CSV with real line numbers, and telling what a file looks like."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from urllib.parse import urlsplit, urlunsplit

from .records import ImportRefused, Parsed, Problem, Row

# ------------------------------------------------------------------------------ text

_SPACES = re.compile(r"\s+")
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_ASCII_JUNK = re.compile("[\x00-\x1f\x7f]")

# Dropped from names: pictographs and other symbols, private use, unassigned, controls,
# format characters (zero-width space, BOM, bidi marks); the joiners only when they
# glue emoji together (they are letters' business in Indic and Persian scripts).
_DROP_CATEGORIES = frozenset({"So", "Sk", "Co", "Cn", "Cc", "Cs", "Cf", "Me"})
_JOINERS = frozenset({"\u200c", "\u200d"})


def clean(value: str | None) -> str:
    """A cell: controls removed, whitespace (tabs, NBSP, runs of spaces) collapsed."""
    if not value:
        return ""
    stripped = value.strip()
    if stripped.isprintable() and "  " not in stripped:
        return stripped  # the usual cell: nothing to collapse
    value = _CONTROLS.sub(" ", value)
    return _SPACES.sub(" ", value).strip()


def clean_multiline(value: str | None) -> str:
    """Notes: keep line breaks, trim each line and the ends."""
    if not value:
        return ""
    value = _CONTROLS.sub(" ", value.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [_SPACES.sub(" ", line).strip() for line in value.split("\n")]
    return "\n".join(lines).strip()


def clean_name(value: str | None) -> str:
    """A person's name: emoji and symbols dropped ("Ana Ruiz 🚀" → "Ana Ruiz"), accents
    and every script kept, whitespace collapsed."""
    if not value:
        return ""
    if value.isascii():
        return _SPACES.sub(" ", _ASCII_JUNK.sub(" ", value)).strip()
    value = unicodedata.normalize("NFC", value)
    kept: list[str] = []
    n = len(value)
    for i, ch in enumerate(value):
        verdict = _VERDICT.get(ch)
        if verdict is None:
            verdict = _VERDICT[ch] = _verdict(ch)
        if verdict == "keep":
            kept.append(ch)
        elif verdict == "space":
            kept.append(" ")
        elif verdict == "joiner":
            prev_ok = i > 0 and _letter_like(value[i - 1])
            next_ok = i + 1 < n and _letter_like(value[i + 1])
            if prev_ok and next_ok:
                kept.append(ch)
    return _SPACES.sub(" ", "".join(kept)).strip(" ,;|-–—·•")


# Character → "keep", "drop", "space" or "joiner", filled as characters are met.
_VERDICT: dict[str, str] = {}


def _verdict(ch: str) -> str:
    if ch.isspace():
        return "space"
    if ch in _JOINERS:
        return "joiner"
    if unicodedata.category(ch) in _DROP_CATEGORIES or 0xFE00 <= ord(ch) <= 0xFE0F:
        return "drop"
    return "keep"


def _letter_like(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM"


def join_name(*parts: str) -> str:
    return clean_name(" ".join(p for p in parts if p and p.strip()))


# --------------------------------------------------------------------------- e-mail

_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]+$")


def clean_email(value: str | None) -> str:
    """An address, or "" when it is not one. `mailto:` and <angle brackets> are removed;
    the domain is lower-cased."""
    value = clean(value)
    if not value:
        return ""
    if value.lower().startswith("mailto:"):
        value = value[7:]
    if "<" in value and value.endswith(">"):
        value = value[value.rfind("<") + 1 : -1]
    value = value.strip().strip(".")
    if not _EMAIL.match(value):
        return ""
    local, _, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}"


def unique(values: Iterable[str], *, fold: bool = True) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        if not v:
            continue
        key = v.casefold() if fold else v
        if key not in seen:
            seen.add(key)
            out.append(v)
    return tuple(out)


def clean_phone(value: str | None) -> str:
    value = clean(value)
    if value.lower().startswith("tel:"):
        value = value[4:]
        number, _, params = value.partition(";")
        ext = ""
        for p in params.split(";"):
            k, _, v = p.partition("=")
            if k.lower() == "ext" and v:
                ext = f" ext. {v}"
        value = number + ext
    return value if any(c.isdigit() for c in value) else ""


# --------------------------------------------------------------------- LinkedIn URLs


_CANONICAL = re.compile(
    r"^https?://(?:[a-z]{2,3}\.|www\.)?linkedin\.com/((?:in|pub|company)/[^/?#\s]+)/?$"
)


def linkedin_url(value: str | None) -> str:
    """A LinkedIn profile address, normalised: https, www.linkedin.com, no query,
    no fragment, no trailing slash. "" if `value` is not on linkedin.com."""
    value = clean(value)
    if not value or "linkedin." not in value.lower():
        return ""
    if m := _CANONICAL.match(value):  # the usual https://www.linkedin.com/in/slug
        return "https://www.linkedin.com/" + m.group(1)
    if "://" not in value:
        value = "https://" + value.lstrip("/")
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    host = (parts.hostname or "").lower()
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        return ""
    host = "www.linkedin.com"
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    if not path:
        return ""
    return urlunsplit(("https", host, path, "", ""))


# ----------------------------------------------------------------------------- dates

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_D_MON_Y = re.compile(r"^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[-\s,]+(\d{4}|\d{2})$")
_MON_D_Y = re.compile(r"^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_DOTS = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$")
_TIME_TAIL = re.compile(r"[ ,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?$")


class BadDate(ValueError):
    pass


def slash_order(values: Iterable[str]) -> str:
    """ "dmy" if any d/m/y date in the file has a first number over 12, else "mdy" (the
    order LinkedIn and US Excel write)."""
    for v in values:
        m = _SLASH.match(_TIME_TAIL.sub("", v.strip()))
        if m and int(m.group(1)) > 12:
            return "dmy"
    return "mdy"


def cell_date(value: str, order: str = "mdy") -> date | None:
    """A date as an export writes it (ISO, 14/03/2026 in `order`, 14 Mar 2026, 14.03.2026).
    None for an empty cell; BadDate for one that is not a real date. What a user types
    (the CLI) is read by lib/dates.parse_date, which takes ISO only."""
    value = clean(value)
    if not value:
        return None
    value = _TIME_TAIL.sub("", value).strip(" ,")
    y = mo = d = None
    if m := _D_MON_Y.match(value):
        d, mon, y = int(m.group(1)), m.group(2).lower(), _year(m.group(3))
        mo = _MONTHS.get(mon)
    elif m := _MON_D_Y.match(value):
        mon, d, y = m.group(1).lower(), int(m.group(2)), int(m.group(3))
        mo = _MONTHS.get(mon)
    elif m := _ISO.match(value):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _SLASH.match(value):
        a, b, y = int(m.group(1)), int(m.group(2)), m.group(3)
        mo, d = (b, a) if order == "dmy" else (a, b)
        y = _year(y)
    elif m := _DOTS.match(value):
        d, mo, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
    if y is None or mo is None or d is None:
        raise BadDate(value)
    try:
        return date(y, mo, d)
    except ValueError:
        raise BadDate(value) from None


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y < 70 else 1900
    return y


# ------------------------------------------------------------------------------- CSV


def norm_header(h: str) -> str:
    h = h.replace("\ufeff", "").strip().strip('"').strip().lower()
    h = h.replace("e-mail", "email").replace("e mail", "email")
    return _SPACES.sub(" ", h)


def split_header(line: str) -> tuple[list[str], str]:
    """The cells of a header line and the delimiter that splits it best."""
    best: tuple[list[str], str] = ([line], ",")
    for delim in (",", ";", "\t"):
        try:
            cells = next(csv.reader([line], delimiter=delim), [])
        except csv.Error:
            continue
        if len(cells) > len(best[0]):
            best = (cells, delim)
    return best


def find_header(
    lines: list[str], accept: Callable[[list[str]], bool], within: int = 30
) -> tuple[int, list[str], str] | None:
    """(0-based index, raw cells, delimiter) of the first of the first `within`
    non-blank lines whose normalised cells `accept` likes."""
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > within:
            break
        for delim in (",", ";", "\t"):
            if delim not in line and delim != ",":
                continue
            try:
                cells = next(csv.reader([line], delimiter=delim), [])
            except csv.Error:
                continue
            if accept([norm_header(c) for c in cells]):
                return i, cells, delim
    return None


def header_of(
    lines: list[str],
    text: str,
    kind: str,
    expected: str,
    accept: Callable[[list[str]], bool],
    within: int = 30,
) -> tuple[int, list[str], str]:
    """`find_header`'s answer, or ImportRefused saying the file is not of `kind`."""
    found = find_header(lines, accept, within)
    if found is None:
        raise ImportRefused(
            not_this_kind(kind, f"its header row is missing (expected {expected})", text)
        )
    return found


def first_line(lines: list[str]) -> tuple[int, str] | None:
    for i, line in enumerate(lines):
        if line.strip():
            return i, line
    return None


def records(
    lines: list[str], header_index: int, delimiter: str, problems: list[Problem]
) -> Iterator[tuple[int, list[str]]]:
    """(1-based line where the record starts, cells) for each record after the header.
    Blank lines are passed over. A quote never closed ends the reading with a Problem."""
    body = lines[header_index + 1 :]
    reader = csv.reader(io.StringIO("\n".join(body)), delimiter=delimiter)
    offset = header_index + 1  # lines before the body
    total = len(body) - (1 if body and body[-1] == "" else 0)
    last = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            problems.append(
                Problem(offset + last + 1, f"this line could not be read as CSV ({e}).")
            )
            return
        start = offset + last + 1
        end_line = reader.line_num
        spans = end_line - last
        last = end_line
        if not cells:
            continue
        if spans > 1 and end_line >= total:
            raw = "\n".join(body[start - offset - 1 : end_line])
            if raw.count('"') % 2 == 1:
                problems.append(
                    Problem(
                        start,
                        f"a quote opened on this line is never closed, so lines {start:,}"
                        f" to {offset + end_line:,} could not be read.",
                    )
                )
                return
        yield start, cells


def is_blank(cells: list[str]) -> bool:
    return all(not c.strip() for c in cells)


SKIP_EMPTY = "empty row: nothing but commas"
NO_NAME = "no name: a contact needs at least a name"


def named_records(
    lines: list[str],
    header_index: int,
    delimiter: str,
    parsed: Parsed,
    name_of: Callable[[list[str]], str],
) -> Iterator[tuple[int, str, list[str]]]:
    """(line, name, cells) for each record that has a name. A blank record is
    skipped and a nameless one is a problem, both noted in `parsed`."""
    for line, cells in records(lines, header_index, delimiter, parsed.problems):
        if is_blank(cells):
            parsed.skipped.append(Problem(line, SKIP_EMPTY))
            continue
        name = name_of(cells)
        if not name:
            parsed.problems.append(Problem(line, f"{NO_NAME} (this row has: {summary_of(cells)})."))
            continue
        yield line, name, cells


def no_name_problem(line: int, what: str = "") -> Problem:
    return Problem(line, NO_NAME + (f" ({what})" if what else "") + ".")


def summary_of(cells: Iterable[str], limit: int = 60) -> str:
    text = ", ".join(clean(c) for c in cells if c and c.strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def make_row(
    line: int,
    name: str,
    *,
    emails: Iterable[str] = (),
    phones: Iterable[str] = (),
    organization: str = "",
    title: str = "",
    linkedin: str = "",
    location: str = "",
    connected_on: date | None = None,
    notes: str = "",
    warnings: Iterable[str] = (),
) -> Row:
    ems = unique(clean_email(e) for e in emails)
    phs = unique((clean_phone(p) for p in phones), fold=False)
    return Row(
        line=line,
        name=name,
        email=ems[0] if ems else "",
        emails=ems,
        phone=phs[0] if phs else "",
        phones=phs,
        organization=clean(organization),
        title=clean(title),
        linkedin_url=linkedin,
        location=clean(location),
        connected_on=connected_on,
        notes=clean_multiline(notes),
        warnings=tuple(warnings),
    )


def none_if_dash(value: str) -> str:
    value = clean(value)
    return "" if value in {"-", "--", "—", "–", "n/a", "N/A"} else value


# ------------------------------------------------------------------ what is this file?

KIND_LABEL = {
    "linkedin": "LinkedIn connections",
    "vcard": "vCard",
    "google": "Google Contacts (CSV)",
    "outlook": "Outlook (CSV)",
    "csv": "Another CSV file",
}

EXPECTED = {
    "linkedin": "a LinkedIn connections export",
    "vcard": "a vCard file",
    "google": "a Google Contacts CSV export",
    "outlook": "an Outlook contacts CSV export",
    "csv": "a CSV file",
}


def header_kind(cells: list[str]) -> str | None:
    """Which known export a header row (normalised cells) belongs to."""
    s = set(cells)
    if "connected on" in s and "first name" in s:
        return "linkedin"
    if any(c.startswith(("email 1 - ", "phone 1 - ", "organization 1 - ")) for c in s) or (
        "given name" in s and "family name" in s
    ):
        return "google"
    if "organization name" in s and ("first name" in s or "last name" in s):
        return "google"
    if ("email address" in s or "email 2 address" in s) and (
        {"job title", "business phone", "mobile phone", "middle name", "company"} & s
    ):
        return "outlook"
    return None


def looks_like(text: str) -> tuple[str, str | None]:
    """(what the text looks like, the kind to choose or None)."""
    head = text[:20_000]
    upper = head.upper()
    if "BEGIN:VCARD" in upper:
        return "a vCard file", "vcard"
    if "BEGIN:VCALENDAR" in upper:
        return "a calendar (.ics) file", None
    stripped = head.lstrip()
    if stripped[:1] in "{[" and stripped[:1]:
        return "a JSON file", None
    low = stripped[:200].lower()
    if low.startswith(("<!doctype html", "<html")) or "<html" in low:
        return "a web page (HTML)", None
    if low.startswith("<?xml") or low.startswith("<"):
        return "an XML file", None
    lines = head.split("\n")[:40]
    for line in lines:
        if not line.strip():
            continue
        cells, _ = split_header(line)
        kind = header_kind([norm_header(c) for c in cells])
        if kind == "linkedin":
            return "a LinkedIn connections export", "linkedin"
        if kind == "google":
            return "a Google Contacts CSV export", "google"
        if kind == "outlook":
            return "an Outlook contacts CSV export", "outlook"
    fl = first_line(lines)
    if fl is not None:
        cells, _ = split_header(fl[1])
        if len(cells) >= 2:
            return "a CSV file with other columns", "csv"
    return "plain text", None


def not_this_kind(kind: str, reason: str, text: str) -> str:
    """The message for a file that is not `kind`, saying what it looks like."""
    what, other = looks_like(text)
    msg = f"This is not {EXPECTED[kind]}: {reason}."
    if other and other != kind:
        msg += f" It looks like {what}: choose {KIND_LABEL[other]} instead."
    elif other != kind:
        msg += f" It looks like {what}."
    return msg


class HeaderIndex:
    """Cells by normalised header name ("e-mail 1 - value" → "email 1 - value")."""

    def __init__(self, header: list[str]):
        self.index: dict[str, int] = {}
        for i, h in enumerate(header):
            self.index.setdefault(norm_header(h), i)

    def __contains__(self, name: str) -> bool:
        return name in self.index

    def get(self, cells: list[str], *names: str) -> str:
        """The first non-empty cell among `names`."""
        for name in names:
            i = self.index.get(name)
            if i is not None and i < len(cells) and cells[i].strip():
                return cells[i]
        return ""

    def numbered(self, pattern: str, limit: int = 50) -> list[int]:
        """The numbers n for which pattern.format(n) is a column."""
        return [n for n in range(1, limit + 1) if pattern.format(n) in self.index]
