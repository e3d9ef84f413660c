"""The records and limits of the importers: what a parser returns (Parsed, with its Rows,
Problems and skipped lines), a generic CSV's header (Columns), the refusal (ImportRefused),
the kinds of file, the fields a row may fill and the largest file read. The parsers
import them from here; the package's __init__ dispatches to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

KINDS = ("linkedin", "vcard", "google", "outlook", "csv")

# Files larger than this are refused before anything is read.
MAX_BYTES = 20 * 1024 * 1024

# What a column of a generic CSV can be mapped to.
FIELDS = (
    "name",
    "first_name",
    "last_name",
    "email",
    "phone",
    "organization",
    "title",
    "linkedin_url",
    "location",
    "connected_on",
    "notes",
)


class ImportRefused(ValueError):
    """The whole file is refused; str() is the message for the user."""


@dataclass
class Row:
    """One person read from a file."""

    line: int  # 1-based line in the file where this person's record starts
    name: str
    email: str = ""  # the primary address
    emails: tuple[str, ...] = ()  # every address, primary first
    phone: str = ""
    phones: tuple[str, ...] = ()
    organization: str = ""
    title: str = ""
    linkedin_url: str = ""
    location: str = ""
    connected_on: date | None = None
    notes: str = ""
    # Added: things noticed about a row that is still imported ("the connection date
    # 31 Feb 2024 is not a real date; it is left empty"). Never a reason to skip it.
    warnings: tuple[str, ...] = ()


@dataclass
class Problem:
    line: int
    message: str


@dataclass
class Parsed:
    kind: str
    source: str  # the contact source to record: "linkedin" for LinkedIn, else "other"
    encoding: str  # how the file was read: "UTF-8", "UTF-8 with BOM" or "Windows-1252"
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # bad rows: shown, never guessed
    skipped: list[Problem] = field(default_factory=list)  # empty rows, with the reason


@dataclass
class Columns:
    headers: list[str]
    encoding: str
    rows: int  # data rows after the header
