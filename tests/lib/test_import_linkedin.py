"""LinkedIn's Connections.csv: current (preamble), old (no URL, US dates), Excel re-saved.

Pure tests of coffeechat.lib.importers.parse("linkedin", …): no database.
"""

from datetime import date
from pathlib import Path

import pytest

from coffeechat.lib.importers import ImportRefused, parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "imports"


def read(name):
    return (FIXTURES / name).read_bytes()


def by_name(parsed):
    return {r.name: r for r in parsed.rows}


# ---------------------------------------------------------------- current export


def test_current_export_with_preamble():
    parsed = parse("linkedin", read("linkedin_current.csv"))
    assert (parsed.kind, parsed.source, parsed.encoding) == ("linkedin", "linkedin", "UTF-8")
    assert [(r.line, r.name) for r in parsed.rows] == [
        (5, "Ana Ruiz"),
        (6, "José García"),
        (8, "Mei 王"),
        (9, "Priya Natarajan"),
        (11, "Omar Haddad"),
        (12, "Ольга Иванова"),
    ]
    ana = parsed.rows[0]
    assert ana.organization == "Northwind Traders"
    assert ana.title == "Senior Product Manager"
    assert ana.connected_on == date(2024, 10, 9)
    assert ana.linkedin_url == "https://www.linkedin.com/in/ana-ruiz-4b2a1c"
    assert ana.email == "" and ana.emails == ()


def test_current_export_cells():
    people = by_name(parse("linkedin", read("linkedin_current.csv")))
    jose = people["José García"]  # trailing space and tab in the names
    assert jose.email == "jose.garcia@example.com"
    assert jose.emails == ("jose.garcia@example.com",)
    assert jose.title == "Head of Data, EMEA"  # a quoted comma
    assert jose.linkedin_url == "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-11a"
    assert people["Mei 王"].organization == ""  # " -" means none
    assert people["Mei 王"].linkedin_url == "https://www.linkedin.com/in/mei-wang-88"
    assert people["Priya Natarajan"].organization == ""  # "-"
    assert people["Omar Haddad"].organization == "Tailspin Toys, Inc."


def test_only_commas_is_skipped_and_no_name_is_a_problem_at_its_real_line():
    parsed = parse("linkedin", read("linkedin_current.csv"))
    assert [(s.line, s.message) for s in parsed.skipped] == [(7, "empty row: nothing but commas")]
    assert len(parsed.problems) == 1
    problem = parsed.problems[0]
    assert problem.line == 10
    assert problem.message.startswith("no name: a contact needs at least a name")
    assert "Fabrikam" in problem.message


def test_an_impossible_date_keeps_the_person_with_no_date_and_a_warning():
    omar = by_name(parse("linkedin", read("linkedin_current.csv")))["Omar Haddad"]
    assert omar.connected_on is None
    assert omar.warnings == (
        "the connection date “31 Feb 2024” is not a date coffeechat can read; it is left empty.",
    )


# ------------------------------------------------------------------------- older


def test_old_export_without_preamble_or_url_and_us_dates():
    parsed = parse("linkedin", read("linkedin_old.csv"))
    assert [(r.line, r.name, r.connected_on) for r in parsed.rows] == [
        (2, "Daniel Kowalski", date(2018, 1, 8)),
        (3, "Kwame Mensah", date(2017, 12, 24)),
        (4, "Ingrid Sørensen", date(2016, 11, 3)),
        (6, "Marcus Lee", date(2016, 2, 29)),
    ]
    assert parsed.rows[0].email == "daniel.kowalski@example.com"
    assert parsed.rows[0].linkedin_url == ""
    assert parsed.rows[2].organization == ""
    assert [s.line for s in parsed.skipped] == [5]


def test_excel_resave_with_bom_crlf_and_day_first_dates():
    parsed = parse("linkedin", read("linkedin_excel.csv"))
    assert parsed.encoding == "UTF-8 with BOM"
    assert [(r.line, r.name, r.connected_on) for r in parsed.rows] == [
        (5, "Hannah Schmidt", date(2024, 11, 14)),  # 14/11: day first, so the whole file is
        (6, "Rahul Iyer", date(2023, 2, 3)),
        (8, "Lena Novak", date(2021, 6, 5)),
    ]
    assert parsed.rows[1].linkedin_url == "https://www.linkedin.com/in/rahul-iyer"
    assert parsed.rows[2].title == "Product Designer, Mobile"
    assert [s.line for s in parsed.skipped] == [7]


def test_semicolon_separated_resave():
    data = (
        "First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\n"
        "Ana;Ruiz;https://www.linkedin.com/in/ana;;Northwind;PM;09.10.2024\r\n"
    ).encode("utf-8-sig")
    (row,) = parse("linkedin", data).rows
    assert (row.name, row.organization, row.connected_on) == (
        "Ana Ruiz",
        "Northwind",
        date(2024, 10, 9),
    )


# ------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("first", "last", "name"),
    [
        ("Ana", "Ruiz 🚀", "Ana Ruiz"),
        ("✨Ana✨", "Ruiz", "Ana Ruiz"),
        ("Ana 👩🏽‍💻", "Ruiz", "Ana Ruiz"),  # skin tone and zero-width joiner
        ("Ana", "Ruiz 🇪🇸", "Ana Ruiz"),  # a flag
        ("Zoë", "Brontë-Łukasiewicz", "Zoë Brontë-Łukasiewicz"),
        ("Nguyễn", "Thị Minh Khai", "Nguyễn Thị Minh Khai"),
        ("محمد", "علي", "محمد علي"),
        ("अनन्या", "शर्मा", "अनन्या शर्मा"),  # marks in Devanagari kept
        ("李", "小龍", "李 小龍"),
        ("  Ana\t", "\tRuiz  ", "Ana Ruiz"),
        ("Ana ", "Ruiz | Hiring", "Ana Ruiz | Hiring"),
    ],
)
def test_names_are_stripped_of_whitespace_and_emoji_but_keep_letters(first, last, name):
    data = f"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n{first},{last},,,,,\n"
    (row,) = parse("linkedin", data.encode()).rows
    assert row.name == name


def test_a_name_made_only_of_emoji_is_no_name():
    data = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n🚀,✨,,,Acme,,\n"
    parsed = parse("linkedin", data.encode())
    assert parsed.rows == []
    assert parsed.problems[0].line == 2


@pytest.mark.parametrize(
    ("url", "normalised"),
    [
        ("https://www.linkedin.com/in/ana-ruiz/", "https://www.linkedin.com/in/ana-ruiz"),
        ("http://www.linkedin.com/in/ana-ruiz", "https://www.linkedin.com/in/ana-ruiz"),
        ("www.linkedin.com/in/ana-ruiz?trk=abc#x", "https://www.linkedin.com/in/ana-ruiz"),
        ("https://es.linkedin.com/in/ana-ruiz/", "https://www.linkedin.com/in/ana-ruiz"),
        ("HTTPS://WWW.LINKEDIN.COM/in/ana-ruiz", "https://www.linkedin.com/in/ana-ruiz"),
        ("https://example.com/in/ana", ""),
    ],
)
def test_linkedin_urls_are_normalised(url, normalised):
    data = f"First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Ruiz,{url},,,,\n"
    (row,) = parse("linkedin", data.encode()).rows
    assert row.linkedin_url == normalised


def test_a_short_row_and_a_long_row_are_read():
    data = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ana,Ruiz\n"
        "Bo,Li,,,Acme,CEO,09 Oct 2024,extra,cells\n"
    )
    parsed = parse("linkedin", data.encode())
    assert [(r.name, r.organization) for r in parsed.rows] == [("Ana Ruiz", ""), ("Bo Li", "Acme")]


def test_a_quote_never_closed_is_a_problem_and_the_rows_before_it_come_through():
    data = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ana,Ruiz,,,Acme,PM,09 Oct 2024\n"
        'Bo,Li,,,"Acme,CEO,09 Oct 2024\n'
        "Cy,Young,,,Acme,CTO,09 Oct 2024\n"
    )
    parsed = parse("linkedin", data.encode())
    assert [r.name for r in parsed.rows] == ["Ana Ruiz"]
    assert parsed.problems[0].line == 3
    assert "never closed" in parsed.problems[0].message


# ---------------------------------------------------------------------- wrong kind


def test_a_vcard_given_as_linkedin():
    with pytest.raises(ImportRefused) as info:
        parse("linkedin", read("apple_3_0.vcf"))
    assert str(info.value) == (
        "This is not a LinkedIn connections export: its header row is missing (expected "
        "First Name, Last Name, URL, Email Address, Company, Position, Connected On). "
        "It looks like a vCard file: choose vCard instead."
    )


@pytest.mark.parametrize(
    ("fixture", "suggestion"),
    [
        ("google_current.csv", "choose Google Contacts (CSV) instead"),
        ("google_legacy.csv", "choose Google Contacts (CSV) instead"),
        ("outlook.csv", "choose Outlook (CSV) instead"),
        ("generic_cp1252.csv", "choose Another CSV file instead"),
    ],
)
def test_other_files_given_as_linkedin_say_what_they_look_like(fixture, suggestion):
    with pytest.raises(ImportRefused) as info:
        parse("linkedin", read(fixture))
    assert str(info.value).startswith("This is not a LinkedIn connections export")
    assert suggestion in str(info.value)


def test_the_preamble_alone_is_refused():
    data = read("linkedin_current.csv").split(b"First Name")[0]
    with pytest.raises(ImportRefused, match="header row is missing"):
        parse("linkedin", data)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("09 Oct 2024", date(2024, 10, 9)),
        ("9 Oct 2024", date(2024, 10, 9)),
        ("09-Oct-24", date(2024, 10, 9)),  # Excel's d-mmm-yy
        ("Oct 9, 2024", date(2024, 10, 9)),
        ("2024-10-09", date(2024, 10, 9)),
        ("1/8/18, 6:14 PM", date(2018, 1, 8)),
        ("10/9/2024", date(2024, 10, 9)),
        ("09.10.2024", date(2024, 10, 9)),
        ("", None),
    ],
)
def test_connection_dates(cell, expected):
    data = f'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Ruiz,,,,,"{cell}"\n'
    (row,) = parse("linkedin", data.encode()).rows
    assert row.connected_on == expected
    assert row.warnings == ()
