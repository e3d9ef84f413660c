"""Reading contacts from the files people really have: LinkedIn's Connections.csv,
vCard files from phones and mail programs, Google and Outlook CSV, any other CSV.

Pure: bytes in, plain records out; nothing here touches the database. The import
service (coffeechat.imports.services) decides what to create, update or skip.

The contract (other parts of coffeechat depend on it):

* ``parse(kind, data, *, mapping=None) -> Parsed``. `kind` is one of KINDS. `data` is
  the file's bytes. Raises ImportRefused (a clear, one-sentence message for the user)
  when the file is too large, cannot be decoded, or is not of that kind (the message
  names what was expected). Never raises anything else, whatever the bytes.
* Bad rows do not raise: they are Problems (line number and message) in
  ``Parsed.problems``; rows with nothing in them (only commas) are in ``Parsed.skipped``.
* ``csv_columns(data) -> Columns`` reads a generic CSV's header row (for the step where
  the user maps columns); ``guess_mapping(headers)`` proposes a mapping.
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


def parse(kind: str, data: bytes, *, mapping: dict[str, str] | None = None) -> Parsed:
    raise NotImplementedError  # being built


def csv_columns(data: bytes) -> Columns:
    raise NotImplementedError  # being built


def guess_mapping(headers: list[str]) -> dict[str, str]:
    raise NotImplementedError  # being built
