"""A few values from each column of a generic CSV, shown beside its select when the
user chooses what each column holds. Only for show: any trouble gives no samples."""

from __future__ import annotations

import csv
import io

CODECS = {"UTF-8": "utf-8", "UTF-8 with BOM": "utf-8-sig", "Windows-1252": "cp1252"}


def sample_values(data: bytes, headers: list[str], encoding: str, n: int = 3) -> list[list[str]]:
    """Up to `n` non-empty values of each column, in the order of `headers`."""
    found: list[list[str]] = [[] for _ in headers]
    try:
        text = data[: 256 * 1024].decode(CODECS.get(encoding, "utf-8"), errors="replace")
        lines = text.splitlines()
        wanted = [h.strip().casefold() for h in headers]
        for delimiter in (",", ";", "\t", "|"):
            rows = csv.reader(io.StringIO("\n".join(lines[:200])), delimiter=delimiter)
            header_seen = False
            for row in rows:
                cells = [c.strip() for c in row]
                if not header_seen:
                    header_seen = [c.casefold() for c in cells] == wanted
                    continue
                for index, value in enumerate(cells[: len(headers)]):
                    if value and len(found[index]) < n and value not in found[index]:
                        found[index].append(value[:80])
            if header_seen:
                return found
            found = [[] for _ in headers]
    except Exception:  # only for show
        return [[] for _ in headers]
    return found
