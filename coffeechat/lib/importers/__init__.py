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

How the parts are split: records.py (the records and limits above: Row, Parsed, Problem,
Columns, ImportRefused, KINDS, FIELDS, MAX_BYTES), decode.py (size, what the bytes are, UTF-8 / UTF-8 with BOM /
Windows-1252, line ends), common.py (names, e-mail, LinkedIn URLs, dates, CSV with real
line numbers, "it looks like …"), then one module a kind: linkedin.py, vcard.py,
google.py, outlook.py, generic.py. Each module's docstring says what it reads.

Decisions, so that every kind behaves the same:

* Line numbers are the file's physical lines, 1-based, counting preambles and blank
  lines; a record whose quoted cell spans lines is at the line where it starts; a vCard
  is at its BEGIN:VCARD.
* A Problem is a row that will not be imported: no name (``no name: a contact needs at
  least a name``, with what the row does have), a vCard that could not be read, a quote
  never closed (the rest of the file is then unreadable, and the Problem says which
  lines). `skipped` holds rows with nothing in them (only commas; an empty vCard).
  Blank lines are neither.
* A date that is not a real date (``31 Feb 2024``) or cannot be read keeps the person:
  `connected_on` is left empty and the row gets a warning (``Row.warnings``, added to the
  contract), never a Problem. The same goes for a URL that is not a LinkedIn profile and
  an e-mail cell that is not an address: left out, with a warning.
* Names lose emoji and other pictographs, controls and zero-width characters, and
  surrounding separators; letters, marks and every script are kept.
* Slash dates (``10/9/2024``) are read month first, as LinkedIn and US Excel write them,
  unless a date in the same file has a first number over 12: then day first for the file.
* The separator is ``,``, or ``;`` or tab when those split the header row better (Excel
  in much of Europe writes ``;``).
* Sizes are binary megabytes (MAX_BYTES is 20 × 1024 × 1024, "20 MB").
"""

from __future__ import annotations

from importlib import import_module

from . import generic
from .records import FIELDS, KINDS, MAX_BYTES, Columns, ImportRefused, Parsed, Problem, Row

__all__ = [
    "FIELDS",
    "KINDS",
    "MAX_BYTES",
    "Columns",
    "ImportRefused",
    "Parsed",
    "Problem",
    "Row",
    "csv_columns",
    "guess_mapping",
    "parse",
]


def parse(kind: str, data: bytes, *, mapping: dict[str, str] | None = None) -> Parsed:
    if kind not in KINDS:
        raise ImportRefused(f"Unknown kind of file {kind!r}: choose one of {', '.join(KINDS)}.")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ImportRefused("The file could not be read.")
    data = bytes(data)
    try:
        if kind == "csv":
            return import_module(".generic", __name__).parse(data, mapping)
        return import_module(f".{kind}", __name__).parse(data)
    except ImportRefused:
        raise
    except (RecursionError, MemoryError):
        raise ImportRefused("The file is too complex to read.") from None
    except Exception as e:  # a bug must not become a traceback for the user
        raise ImportRefused(
            f"The file could not be read ({type(e).__name__}); please report this."
        ) from e


def csv_columns(data: bytes) -> Columns:
    return generic.columns(bytes(data))


def guess_mapping(headers: list[str]) -> dict[str, str]:
    return generic.guess_mapping(headers)
