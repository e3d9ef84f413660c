"""Any other CSV: csv_columns, guess_mapping and parse("csv", …, mapping=…).

Pure tests of coffeechat.lib.importers: no database.
"""

from datetime import date
from pathlib import Path

import pytest

from coffeechat.lib.importers import FIELDS, ImportRefused, csv_columns, guess_mapping, parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "imports"


def read(name):
    return (FIXTURES / name).read_bytes()


def test_columns_of_a_windows_1252_semicolon_file():
    columns = csv_columns(read("generic_cp1252.csv"))
    assert columns.headers == ["Nom complet", "Société", "Poste", "Courriel", "Téléphone", "Notes"]
    assert columns.encoding == "Windows-1252"
    assert columns.rows == 4  # the empty row is not counted


def test_guess_mapping_in_french():
    columns = csv_columns(read("generic_cp1252.csv"))
    assert guess_mapping(columns.headers) == {
        "name": "Nom complet",
        "organization": "Société",
        "title": "Poste",
        "email": "Courriel",
        "phone": "Téléphone",
        "notes": "Notes",
    }


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Name", "E-mail", "Company", "Job title", "Phone", "LinkedIn", "Notes"],
            {
                "name": "Name",
                "email": "E-mail",
                "organization": "Company",
                "title": "Job title",
                "phone": "Phone",
                "linkedin_url": "LinkedIn",
                "notes": "Notes",
            },
        ),
        (
            ["Full name", "Email address", "Organisation", "Position", "Mobile"],
            {
                "name": "Full name",
                "email": "Email address",
                "organization": "Organisation",
                "title": "Position",
                "phone": "Mobile",
            },
        ),
        (
            ["First Name", "Last Name", "Work E-mail", "Employer", "LinkedIn Profile URL"],
            {
                "first_name": "First Name",
                "last_name": "Last Name",
                "email": "Work E-mail",
                "organization": "Employer",
                "linkedin_url": "LinkedIn Profile URL",
            },
        ),
        (
            ["Vorname", "Nachname", "E-Mail-Adresse", "Firma", "Position", "Telefon", "Notizen"],
            {
                "first_name": "Vorname",
                "last_name": "Nachname",
                "email": "E-Mail-Adresse",
                "organization": "Firma",
                "title": "Position",
                "phone": "Telefon",
                "notes": "Notizen",
            },
        ),
        (
            ["Nombre", "Apellidos", "Correo electrónico", "Empresa", "Cargo", "Móvil"],
            {
                "first_name": "Nombre",
                "last_name": "Apellidos",
                "email": "Correo electrónico",
                "organization": "Empresa",
                "title": "Cargo",
                "phone": "Móvil",
            },
        ),
        (["Colour", "Size"], {}),
    ],
)
def test_guess_mapping(headers, expected):
    mapping = guess_mapping(headers)
    assert mapping == expected
    assert set(mapping) <= set(FIELDS)


def test_parse_with_the_guessed_mapping():
    parsed = parse("csv", read("generic_cp1252.csv"))
    assert (parsed.kind, parsed.source, parsed.encoding) == ("csv", "other", "Windows-1252")
    assert [(r.line, r.name, r.organization) for r in parsed.rows] == [
        (2, "Émilie Laurent", "Café Lumière"),
        (3, "François Müller", "Bäckerei Groß"),
        (6, "Ñuño Peña", "Señales S.A."),
    ]
    assert parsed.rows[0].email == "emilie@cafe-lumiere.example"
    assert parsed.rows[0].notes == "Rencontrée au salon « Emploi & Café »"
    assert [p.line for p in parsed.problems] == [4]
    assert [s.line for s in parsed.skipped] == [5]


def test_parse_with_an_explicit_mapping_first_and_last_name():
    data = (
        b"Given,Family,Mail,Where,Since,Profile\n"
        b"Ana,Ruiz,ana@example.com,Madrid,2024-10-09,linkedin.com/in/ana-ruiz/\n"
        b",Li,,,,\n"
        b"Bo,,,,31/02/2024,example.com/bo\n"
    )
    mapping = {
        "first_name": "Given",
        "last_name": "Family",
        "email": "Mail",
        "location": "Where",
        "connected_on": "Since",
        "linkedin_url": "Profile",
    }
    ana, li, bo = parse("csv", data, mapping=mapping).rows
    assert (ana.name, ana.email, ana.location, ana.connected_on, ana.linkedin_url) == (
        "Ana Ruiz",
        "ana@example.com",
        "Madrid",
        date(2024, 10, 9),
        "https://www.linkedin.com/in/ana-ruiz",
    )
    assert li.name == "Li"
    assert bo.connected_on is None
    assert len(bo.warnings) == 2


def test_a_mapping_without_a_name_is_refused():
    data = b"Company,Mail\nAcme,a@example.com\n"
    with pytest.raises(ImportRefused, match="Choose the column with the name"):
        parse("csv", data, mapping={"organization": "Company", "email": "Mail"})
    with pytest.raises(ImportRefused, match="Choose the column with the name"):
        parse("csv", data)  # nothing guessed for the name


def test_a_mapping_to_a_missing_column_is_refused():
    with pytest.raises(ImportRefused, match="“Nom” chosen for name is not in this file"):
        parse("csv", b"Name,Mail\nAna,a@example.com\n", mapping={"name": "Nom"})


def test_an_unknown_field_is_refused():
    with pytest.raises(ImportRefused, match="Unknown field 'shoe_size'"):
        parse("csv", b"Name\nAna\n", mapping={"name": "Name", "shoe_size": "Name"})


def test_tab_separated():
    (row,) = parse("csv", b"Name\tCompany\nAna Ruiz\tAcme\n").rows
    assert (row.name, row.organization) == ("Ana Ruiz", "Acme")


def test_a_vcard_given_as_csv():
    with pytest.raises(ImportRefused, match="choose vCard instead"):
        csv_columns(read("apple_3_0.vcf"))


def test_linkedin_with_its_preamble_given_as_csv():
    with pytest.raises(ImportRefused, match="choose LinkedIn connections instead"):
        parse("csv", read("linkedin_current.csv"))
