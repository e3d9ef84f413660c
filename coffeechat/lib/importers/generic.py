"""Any other CSV: the user maps columns to FIELDS.

The delimiter is the one of ``,`` ``;`` and tab that splits the header row into the most
columns (Excel in much of Europe writes ``;``). The header is the first non-blank line.
``guess_mapping`` knows common headings in English, German, French, Spanish, Italian,
Portuguese and Dutch, compared without case, accents or punctuation.
"""

from __future__ import annotations

import re
import unicodedata

from .common import (
    BadDate,
    cell_date,
    clean,
    first_line,
    is_blank,
    join_name,
    linkedin_url,
    looks_like,
    make_row,
    named_records,
    none_if_dash,
    not_this_kind,
    records,
    slash_order,
    split_header,
)
from .decode import decode
from .records import FIELDS, Columns, ImportRefused, Parsed, Problem

_EXPECTED = "a CSV file"


def _key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("\ufeff", "")).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


# field -> headings (compared through _key), most specific first.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full name",
        "fullname",
        "contact",
        "contact name",
        "display name",
        "person",
        "nom complet",
        "nom et prenom",
        "nombre completo",
        "nome completo",
        "vollstandiger name",
        "volledige naam",
        "naam",
        "nombre y apellidos",
        "nome e cognome",
        "name vollstandig",
    ),
    "first_name": (
        "first name",
        "firstname",
        "first",
        "given name",
        "forename",
        "vorname",
        "prenom",
        "nombre",
        "nome",
        "voornaam",
        "primeiro nome",
    ),
    "last_name": (
        "last name",
        "lastname",
        "last",
        "surname",
        "family name",
        "nachname",
        "nom",
        "nom de famille",
        "apellido",
        "apellidos",
        "cognome",
        "achternaam",
        "sobrenome",
        "familienname",
    ),
    "email": (
        "email",
        "email address",
        "e mail",
        "e mail address",
        "mail",
        "email 1",
        "courriel",
        "adresse email",
        "adresse e mail",
        "correo",
        "correo electronico",
        "e mail adresse",
        "emailadresse",
        "indirizzo email",
        "e mailadres",
    ),
    "phone": (
        "phone",
        "phone number",
        "mobile",
        "mobile phone",
        "cell",
        "cell phone",
        "telephone",
        "tel",
        "telefon",
        "telefono",
        "telefoon",
        "handy",
        "mobil",
        "portable",
        "movil",
        "celular",
        "cellulare",
        "telefone",
        "mobiel",
        "telefonnummer",
    ),
    "organization": (
        "company",
        "organization",
        "organisation",
        "employer",
        "company name",
        "org",
        "organization name",
        "firma",
        "unternehmen",
        "entreprise",
        "societe",
        "empresa",
        "azienda",
        "bedrijf",
        "organisatie",
        "arbeitgeber",
    ),
    "title": (
        "title",
        "job title",
        "position",
        "role",
        "job",
        "jobtitle",
        "occupation",
        "position title",
        "titel",
        "berufsbezeichnung",
        "poste",
        "fonction",
        "intitule du poste",
        "cargo",
        "puesto",
        "ruolo",
        "functie",
        "funcao",
    ),
    "linkedin_url": (
        "linkedin",
        "linkedin url",
        "linkedin profile",
        "profile url",
        "url",
        "linkedin link",
        "profil linkedin",
        "perfil de linkedin",
        "perfil linkedin",
        "linkedin profiel",
    ),
    "location": (
        "location",
        "city",
        "town",
        "place",
        "country",
        "ort",
        "stadt",
        "ville",
        "lieu",
        "ciudad",
        "ubicacion",
        "citta",
        "cidade",
        "plaats",
        "woonplaats",
        "standort",
    ),
    "connected_on": (
        "connected on",
        "connected",
        "date connected",
        "date added",
        "added",
        "since",
        "verbunden am",
        "connecte le",
        "fecha de conexion",
    ),
    "notes": (
        "notes",
        "note",
        "comments",
        "comment",
        "remarks",
        "notizen",
        "notiz",
        "bemerkungen",
        "commentaires",
        "remarques",
        "notas",
        "comentarios",
        "note personali",
        "opmerkingen",
        "notities",
    ),
}


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """{field: header} for the headings recognised; each header used once. A full-name
    column wins over first/last only when both of those are missing."""
    keys = [_key(h) for h in headers]
    taken: set[int] = set()
    mapping: dict[str, str] = {}
    for fld in FIELDS:
        for synonym in _SYNONYMS.get(fld, ()):
            for i, k in enumerate(keys):
                if i not in taken and k == synonym:
                    mapping[fld] = headers[i]
                    taken.add(i)
                    break
            if fld in mapping:
                break
    # Looser: a heading that contains a known word ("Work E-mail", "Mobile number").
    loose = {
        "email": ("email", "e mail", "courriel", "correo"),
        "phone": ("phone", "mobile", "telefon", "telefono", "tel "),
        "linkedin_url": ("linkedin",),
        "organization": ("company", "organi", "employer", "firma", "empresa"),
        "notes": ("note", "comment"),
    }
    for fld, words in loose.items():
        if fld in mapping:
            continue
        for i, k in enumerate(keys):
            if i not in taken and any(w in k + " " for w in words):
                mapping[fld] = headers[i]
                taken.add(i)
                break
    # A lone "Name" next to first/last columns is not needed.
    return mapping


def _read(data: bytes) -> tuple[str, str, list[str], int, list[str], str]:
    text, encoding = decode(data, _EXPECTED)
    lines = text.split("\n")
    found = first_line(lines)
    if found is None:
        raise ImportRefused(f"This is not {_EXPECTED}: the file is empty.")
    index, line = found
    if "BEGIN:VCARD" in text[:20_000].upper():
        raise ImportRefused(not_this_kind("csv", "it is made of BEGIN:VCARD cards", text))
    header, delim = split_header(line)
    if len(header) < 2 and looks_like(text)[1] not in (None, "csv"):
        raise ImportRefused(not_this_kind("csv", "its first line is not a header row", text))
    header = [clean(h.replace("\ufeff", "")) for h in header]
    if len(header) < 2 and not any(header):
        raise ImportRefused(not_this_kind("csv", "it has no header row", text))
    return text, encoding, lines, index, header, delim


def columns(data: bytes) -> Columns:
    text, encoding, lines, index, header, delim = _read(data)
    problems: list[Problem] = []
    count = sum(1 for _, cells in records(lines, index, delim, problems) if not is_blank(cells))
    return Columns(headers=header, encoding=encoding, rows=count)


def parse(data: bytes, mapping: dict[str, str] | None) -> Parsed:
    text, encoding, lines, index, header, delim = _read(data)
    if mapping is None:
        mapping = guess_mapping(header)
    unknown = [f for f in mapping if f not in FIELDS]
    if unknown:
        raise ImportRefused(
            f"Unknown field {unknown[0]!r} in the column choices; the fields are "
            f"{', '.join(FIELDS)}."
        )
    mapping = {f: h for f, h in mapping.items() if h}
    positions: dict[str, int] = {}
    for fld, heading in mapping.items():
        if heading not in header:
            raise ImportRefused(
                f"The column “{heading}” chosen for {fld.replace('_', ' ')} is not in this "
                f"file (its columns are: {', '.join(h for h in header if h) or 'none'})."
            )
        positions[fld] = header.index(heading)
    if not ({"name", "first_name", "last_name"} & set(positions)):
        raise ImportRefused(
            "Choose the column with the name (or the first name and last name columns): "
            "a contact needs at least a name."
        )

    def get(cells: list[str], fld: str) -> str:
        i = positions.get(fld)
        return cells[i] if i is not None and i < len(cells) else ""

    parsed = Parsed(kind="csv", source="other", encoding=encoding)
    pending = list(
        named_records(
            lines,
            index,
            delim,
            parsed,
            lambda cells: (
                join_name(get(cells, "name"))
                or join_name(get(cells, "first_name"), get(cells, "last_name"))
            ),
        )
    )

    order = slash_order(get(c, "connected_on") for _, _, c in pending)
    for line, name, cells in pending:
        warnings = []
        raw_date = get(cells, "connected_on")
        try:
            connected = cell_date(raw_date, order)
        except BadDate:
            connected = None
            warnings.append(
                f"the date “{clean(raw_date)}” is not a date coffeechat can read; it is left empty."
            )
        raw_url = clean(get(cells, "linkedin_url"))
        url = linkedin_url(raw_url)
        if raw_url and not url:
            warnings.append(f"“{raw_url}” is not a LinkedIn profile address; it is left out.")
        raw_emails = [e for e in re.split(r"[;,\s]+", get(cells, "email")) if e]
        row = make_row(
            line,
            name,
            emails=raw_emails,
            phones=[get(cells, "phone")],
            organization=none_if_dash(get(cells, "organization")),
            title=none_if_dash(get(cells, "title")),
            linkedin=url,
            location=get(cells, "location"),
            connected_on=connected,
            notes=get(cells, "notes"),
            warnings=warnings,
        )
        if raw_emails and not row.email:
            row.warnings += (
                f"“{clean(get(cells, 'email'))}” is not an e-mail address; it is left out.",
            )
        parsed.rows.append(row)
    return parsed
