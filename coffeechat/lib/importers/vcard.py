"""vCard 2.1, 3.0 and 4.0 as Apple, Google, Android and Outlook write them.

vobject reads 3.0 and 4.0 well but stumbles on what phones and Outlook write in 2.1:
quoted-printable values with soft line breaks (a ``=`` at the end of the line and the
value going on at the start of the next, with no leading space), bare parameters
(``TEL;WORK;PREF:``), ``CHARSET=`` per property, and one bad card stops it reading the
rest. So the content lines are read here, one card at a time:

1. Physical lines are gathered into properties: a line starting with a space or tab
   continues the previous one (the one whitespace character is removed); a
   quoted-printable value ending in ``=`` continues on the next line whatever it starts
   with. PHOTO, LOGO, SOUND and KEY (base64 blobs) are passed over without being kept.
2. Each property is split into group (``item1.``), name, parameters (``TYPE=WORK,pref``,
   bare ``WORK`` or ``PREF``, quoted values) and value; quoted-printable is decoded to
   bytes and those bytes read in the property's CHARSET (UTF-8 if none, Windows-1252 if
   that fails); ``\\,`` ``\\;`` ``\\:`` ``\\\\`` and ``\\n`` are unescaped after structured
   values (N, ORG, ADR) are split on unescaped ``;``.
3. The primary e-mail and phone are the most preferred (``PREF=1`` in 4.0, ``TYPE=pref``
   in 3.0, bare ``PREF`` in 2.1), else the first. A LinkedIn profile comes from
   X-SOCIALPROFILE (a URL, or ``x-user=`` / ``x-apple:user`` for Apple) or from a URL on
   linkedin.com. The name is FN; without FN it is built from N (prefix, given,
   additional, family, suffix); without either, NICKNAME. ORG keeps its first part
   (``Acme;R&D`` → Acme). BDAY and the rest are ignored.

A card with no name is a Problem at the line of its BEGIN:VCARD; a card with nothing in it
is skipped; a card that breaks the reader is a Problem and the others still come through.
"""

from __future__ import annotations

import codecs
import contextlib
import quopri
import re
from dataclasses import dataclass, field

from .common import (
    NO_NAME,
    clean,
    clean_email,
    clean_multiline,
    clean_name,
    clean_phone,
    join_name,
    linkedin_url,
    make_row,
    not_this_kind,
)
from .decode import CP1252, decode
from .records import ImportRefused, Parsed, Problem, Row

_BLOBS = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})
_NAME_TOKEN = re.compile(r"^[A-Za-z0-9\-_.]+$")


@dataclass
class Prop:
    line: int
    group: str
    name: str  # upper case
    params: dict[str, list[str]]
    value: str  # decoded from QP/charset, not yet unescaped

    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}


@dataclass
class Card:
    line: int
    props: list[Prop] = field(default_factory=list)
    junk: list[int] = field(default_factory=list)  # lines that are not properties
    ended: bool = False


# ----------------------------------------------------------------------- reading lines


def _head(line: str) -> str:
    return line.split(":", 1)[0].upper()


def _cards(lines: list[str], file_encoding: str) -> list[Card]:
    cards: list[Card] = []
    card: Card | None = None
    nested = 0
    buf: list[str] = []
    buf_line = 0
    buf_qp = False
    buf_skip = False

    def flush() -> None:
        nonlocal buf, buf_skip
        if card is not None and buf and not buf_skip:
            try:
                prop = _prop("".join(buf), buf_line, file_encoding)
            except (ValueError, LookupError):
                prop = None
            if prop is None:
                card.junk.append(buf_line)
            else:
                card.props.append(prop)
        buf = []
        buf_skip = False

    for i, line in enumerate(lines, start=1):
        if card is None:
            if line.strip().upper() == "BEGIN:VCARD":
                card = Card(line=i)
                nested = 0
            continue
        # Inside a card.
        if buf and buf_qp and buf[-1].endswith("="):
            buf[-1] = buf[-1][:-1]  # a quoted-printable soft line break
            if line.strip().upper() != "END:VCARD":
                buf.append(line)
                continue
        if line[:1] in (" ", "\t") and buf:
            if not buf_skip:
                buf.append(line[1:])
            continue
        if not line.strip():
            flush()
            continue
        flush()
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            last = card.props[-1] if card.props else None
            if last is not None and last.name == "AGENT" and not last.value.strip():
                nested += 1  # a vCard 2.1 AGENT: someone else's card inside this one
                continue
            cards.append(card)  # no END:VCARD: keep what it had
            card = Card(line=i)
            continue
        if upper == "END:VCARD":
            if nested:
                nested -= 1
                continue
            card.ended = True
            cards.append(card)
            card = None
            continue
        if nested:
            continue
        head = _head(line)
        name = head.split(";", 1)[0].rsplit(".", 1)[-1]
        buf = [line]
        buf_line = i
        buf_qp = "QUOTED-PRINTABLE" in head
        buf_skip = name in _BLOBS
    if card is not None:
        flush()
        cards.append(card)
    return cards


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    parts, cur, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        if ch == sep and not quoted:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def _prop(line: str, number: int, file_encoding: str) -> Prop | None:
    # The value starts after the first colon outside a quoted parameter value.
    quoted = False
    cut = -1
    for j, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            cut = j
            break
    if cut <= 0:
        return None
    head, value = line[:cut], line[cut + 1 :]
    pieces = _split_outside_quotes(head, ";")
    token = pieces[0].strip()
    if not _NAME_TOKEN.match(token):
        return None
    group, _, name = token.rpartition(".")
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        key, eq, val = piece.partition("=")
        key = key.strip().upper()
        if not eq:  # vCard 2.1 bare parameter
            if key in _ENCODINGS:
                params.setdefault("ENCODING", []).append(key)
            else:
                params.setdefault("TYPE", []).append(key)
            continue
        vals = [v.strip().strip('"') for v in _split_outside_quotes(val, ",")]
        params.setdefault(key, []).extend(v for v in vals if v)
    encodings = {e.upper() for e in params.get("ENCODING", [])}
    charset = (params.get("CHARSET") or [""])[0]
    if "QUOTED-PRINTABLE" in encodings:
        raw = quopri.decodestring(value.encode("utf-8", "surrogateescape"))
        value = _bytes_to_text(raw, charset)
    elif charset and file_encoding == CP1252 and not value.isascii():
        # The file as a whole was not UTF-8; this property says what it is.
        with contextlib.suppress(UnicodeEncodeError):
            value = _bytes_to_text(value.encode("cp1252"), charset)
    return Prop(number, group, name.upper(), params, value)


def _bytes_to_text(raw: bytes, charset: str) -> str:
    names = [charset] if charset else []
    names += ["utf-8", "cp1252"]
    for name in names:
        try:
            codecs.lookup(name)
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("latin-1")


# ---------------------------------------------------------------------- values

_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)


def unescape(text: str) -> str:
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), "\\" + m.group(1)), text)


def components(text: str) -> list[str]:
    """A structured value (N, ORG, ADR) split on unescaped semicolons, unescaped."""
    parts, cur, j = [], [], 0
    while j < len(text):
        ch = text[j]
        if ch == "\\" and j + 1 < len(text):
            cur.append(text[j : j + 2])
            j += 2
            continue
        if ch == ";":
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        j += 1
    parts.append("".join(cur))
    return [unescape(p) for p in parts]


def _rank(prop: Prop) -> int:
    for v in prop.params.get("PREF", []):
        if v.isdigit():
            return int(v)
    return 1 if "pref" in prop.types() else 1000


def _preferred(props: list[Prop]) -> list[Prop]:
    return [p for _, p in sorted(enumerate(props), key=lambda ip: (_rank(ip[1]), ip[0]))]


def _social_linkedin(prop: Prop) -> str:
    value = unescape(prop.value).strip()
    url = linkedin_url(value)
    if url:
        return url
    if "linkedin" not in prop.types():
        return ""
    user = (prop.params.get("X-USER") or [""])[0]
    if not user and value.lower().startswith("x-apple:"):
        user = value[8:]
    user = clean(user).strip("/")
    if user and re.fullmatch(r"[\w\-%.]+", user):
        return f"https://www.linkedin.com/in/{user}"
    return ""


def _card_to_row(card: Card) -> Row | Problem | None:
    by: dict[str, list[Prop]] = {}
    for p in card.props:
        by.setdefault(p.name, []).append(p)
    meaningful = set(by) - {"VERSION", "PRODID", "REV", "UID", "X-ABUID", "KIND", "CATEGORIES"}

    name = ""
    for p in by.get("FN", []):
        name = clean_name(unescape(p.value))
        if name:
            break
    if not name and by.get("N"):
        n = components(by["N"][0].value) + [""] * 5
        family, given, additional, prefix, suffix = (clean(x) for x in n[:5])
        name = join_name(prefix, given, additional, family, suffix)
    if not name:
        for p in by.get("NICKNAME", []):
            name = clean_name(unescape(p.value).split(",")[0])
            if name:
                break

    emails = [unescape(p.value) for p in _preferred(by.get("EMAIL", []))]
    phones = [unescape(p.value) for p in _preferred(by.get("TEL", []))]
    organization = ""
    for p in by.get("ORG", []):
        organization = next((clean(c) for c in components(p.value) if clean(c)), "")
        if organization:
            break
    title = next((clean(unescape(p.value)) for p in by.get("TITLE", []) if p.value.strip()), "")
    if not title:
        title = next((clean(unescape(p.value)) for p in by.get("ROLE", []) if p.value.strip()), "")
    notes = "\n".join(clean_multiline(unescape(p.value)) for p in by.get("NOTE", []))
    linkedin = ""
    for p in by.get("X-SOCIALPROFILE", []) + by.get("URL", []):
        linkedin = _social_linkedin(p)
        if linkedin:
            break
    location = ""
    for p in _preferred(by.get("ADR", [])):
        parts = components(p.value) + [""] * 7
        location = ", ".join(clean(x) for x in (parts[3], parts[4], parts[6]) if clean(x))
        if location:
            break

    if not name:
        if not (meaningful - {"FN", "N", "NICKNAME"}) and not card.junk:
            return None  # nothing in it
        has = [clean_email(e) for e in emails] + [organization] + phones
        has = [h for h in has if h]
        what = f"this card has {', '.join(has[:3])}" if has else "this card has no FN or N"
        if card.junk and not has:
            what = f"line {card.junk[0]:,} is not a vCard property"
        return Problem(card.line, f"{NO_NAME} ({what}).")

    warnings = []
    if not card.ended:
        warnings.append("this card has no END:VCARD line; it may be cut short.")
    return make_row(
        card.line,
        name,
        emails=emails,
        phones=[clean_phone(p) for p in phones],
        organization=organization,
        title=title,
        linkedin=linkedin,
        location=location,
        notes=notes,
        warnings=warnings,
    )


def parse(data: bytes) -> Parsed:
    text, encoding = decode(data, "a vCard file")
    if "BEGIN:VCARD" not in text.upper():
        raise ImportRefused(not_this_kind("vcard", "it has no BEGIN:VCARD line", text))
    parsed = Parsed(kind="vcard", source="other", encoding=encoding)
    for card in _cards(text.split("\n"), encoding):
        try:
            result = _card_to_row(card)
        except Exception as e:  # one unreadable card must not lose the others
            parsed.problems.append(
                Problem(card.line, f"this card could not be read ({type(e).__name__}).")
            )
            continue
        if result is None:
            parsed.skipped.append(Problem(card.line, "empty card: nothing in it"))
        elif isinstance(result, Problem):
            parsed.problems.append(result)
        else:
            parsed.rows.append(result)
    return parsed
