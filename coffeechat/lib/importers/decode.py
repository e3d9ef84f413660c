"""Bytes to text, shared by every kind: size limit, what the bytes really are, encoding.

Order: refuse over MAX_BYTES; refuse files that are plainly not text (PNG, PDF, ZIP,
Excel, UTF-16, NUL bytes, binary junk), naming what they look like; then UTF-8 with BOM
(the BOM is looked for first, so such a file says "UTF-8 with BOM"), plain UTF-8, and
Windows-1252. Line ends (CRLF, CR, LF) all become "\\n".
"""

from __future__ import annotations

import re

from .records import MAX_BYTES, ImportRefused

UTF8 = "UTF-8"
UTF8_BOM = "UTF-8 with BOM"
CP1252 = "Windows-1252"

_BOM = b"\xef\xbb\xbf"

# (magic bytes, what it looks like) for the files people pick by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Excel .xlsx workbook)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel (.xls) or Word (.doc) file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"RIFF", "a media file"),
    (b"\x00\x00\x00", "a binary file"),
)

# C0 controls other than tab, line feed, vertical tab, form feed and carriage return, plus
# DEL and the C1 controls: text files do not contain them (a few stray ones are tolerated).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def size_text(n: int) -> str:
    mb = n / (1024 * 1024)
    return f"{mb:.1f} MB" if mb < 100 else f"{mb:.0f} MB"


def check_size(data: bytes) -> None:
    if len(data) > MAX_BYTES:
        limit = MAX_BYTES / (1024 * 1024)
        raise ImportRefused(
            f"The file is {size_text(len(data))}; coffeechat reads files up to {limit:g} MB."
        )


def looks_binary(data: bytes) -> str | None:
    """What a non-text file looks like ("a PNG image"), or None if it may be text."""
    head = data[:16]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "a UTF-16 text file"
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM has a NUL every other byte in ASCII text.
        sample = data[:4096]
        if sample.count(b"\x00") * 3 > len(sample):
            return "a UTF-16 text file" if _every_other_nul(sample) else "a binary file"
        return "a binary file (it contains NUL bytes)"
    if b"\x00" in data:
        return "a binary file (it contains NUL bytes)"
    return None


def _every_other_nul(sample: bytes) -> bool:
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2 or 1
    return max(even, odd) > 0.8 * half and min(even, odd) < 0.2 * half


def decode(data: bytes, expected: str) -> tuple[str, str]:
    """(text with "\\n" line ends, encoding name). `expected` names the kind for
    messages: "a LinkedIn connections export"."""
    check_size(data)
    if not data.strip(b" \t\r\n\x0b\x0c") or data.strip() == _BOM:
        raise ImportRefused(f"This is not {expected}: the file is empty.")
    what = looks_binary(data)
    if what is not None:
        raise ImportRefused(_binary_message(expected, what))
    if data.startswith(_BOM):
        try:
            text, encoding = data[3:].decode("utf-8"), UTF8_BOM
        except UnicodeDecodeError:
            # A BOM then bytes that are not UTF-8: an editor mixed things up.
            text, encoding = _cp1252(data[3:]), CP1252
    else:
        try:
            text, encoding = data.decode("utf-8"), UTF8
        except UnicodeDecodeError:
            text, encoding = _cp1252(data), CP1252
    if "\ufeff" in text[:1]:  # a second BOM (saved twice)
        text = text.lstrip("\ufeff")
    controls = len(_CONTROL.findall(text[:200_000]))
    if controls > 3 and controls * 100 > min(len(text), 200_000):
        raise ImportRefused(
            f"This is not {expected}: it looks like a binary file, not text "
            f"(it has {controls} control characters)."
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as e:
        bad = data[e.start]
        raise ImportRefused(
            f"The file cannot be read as text: it is not UTF-8, and byte 0x{bad:02X} "
            f"(at byte {e.start + 1:,}) is not a Windows-1252 character either. "
            "Save it as “CSV UTF-8” (or as a UTF-8 .vcf) and try again."
        ) from None


def _binary_message(expected: str, what: str) -> str:
    if what == "a UTF-16 text file":
        return (
            f"This is not {expected} coffeechat can read: it is saved as UTF-16 "
            "(“Unicode text”). Save it as “CSV UTF-8” and try again."
        )
    hint = ""
    if what.startswith("a ZIP") and "LinkedIn" in expected:
        hint = " LinkedIn sends a .zip: open it and choose Connections.csv inside."
    elif "Excel" in what or what.startswith("a ZIP"):
        hint = " If it is a spreadsheet, save it as CSV first."
    return f"This is not {expected}: it looks like {what}.{hint}"
