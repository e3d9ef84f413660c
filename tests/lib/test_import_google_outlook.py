"""Google Contacts CSV (current and legacy) and Outlook CSV.

Pure tests of coffeechat.lib.importers.parse("google" | "outlook", …): no database.
"""

from pathlib import Path

import pytest

from coffeechat.lib.importers import ImportRefused, parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "imports"


def read(name):
    return (FIXTURES / name).read_bytes()


# -------------------------------------------------------------------------- Google


def test_google_current_layout():
    parsed = parse("google", read("google_current.csv"))
    assert (parsed.kind, parsed.source, parsed.encoding) == ("google", "other", "UTF-8")
    sofia, ahmed = parsed.rows
    assert (sofia.line, sofia.name) == (2, "Sofia Rossi")
    # "* Home" marks the primary; its cell holds two addresses joined by " ::: ".
    assert sofia.email == "sofia@example.it"
    assert sofia.emails == (
        "sofia@example.it",
        "sofia.rossi@example.com",
        "sofia.rossi@contoso.example",
    )
    assert (sofia.organization, sofia.title) == ("Contoso Ltd", "Marketing Director")
    assert sofia.phone == "+39 333 123 4567"
    assert sofia.location == "Milano, Lombardia, Italy"
    assert sofia.linkedin_url == "https://www.linkedin.com/in/sofia-rossi-mkt"
    assert sofia.notes == "Met at the alumni mixer.\nFollow up in spring."
    # Sofia's notes and address span lines, so Ahmed starts on line 5.
    assert (ahmed.line, ahmed.name) == (5, "Dr. Ahmed Karim Hassan")
    assert ahmed.phones == ("+20 2 1234 5678", "+20 100 123 4567")


def test_google_row_without_a_name_and_an_empty_row():
    parsed = parse("google", read("google_current.csv"))
    assert [p.line for p in parsed.problems] == [6]
    assert parsed.problems[0].message.startswith("no name: a contact needs at least a name")
    assert [s.line for s in parsed.skipped] == [7]


def test_google_legacy_layout():
    parsed = parse("google", read("google_legacy.csv"))
    yuki, peter = parsed.rows
    assert (yuki.line, yuki.name) == (2, "Yuki Sato")
    assert yuki.email == "yuki.sato@northwind.example"  # "* Work", first of two
    assert yuki.emails == (
        "yuki.sato@northwind.example",
        "y.sato@northwind.example",
        "yuki@example.jp",
    )
    assert (yuki.organization, yuki.title) == ("Northwind Traders", "Supply Chain Lead")
    assert yuki.linkedin_url == "https://www.linkedin.com/in/yukisato"
    assert yuki.notes == "Old colleague from Osaka"
    assert (peter.name, peter.organization, peter.title) == ("Peter van Dijk", "Proseware", "CTO")
    assert parsed.encoding == "UTF-8"


def test_google_without_a_star_the_first_value_is_primary():
    data = (
        b"First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value\n"
        b"Ana,Ruiz,Home,a@home.example ::: b@home.example,Work,c@work.example\n"
    )
    (row,) = parse("google", data).rows
    assert row.emails == ("a@home.example", "b@home.example", "c@work.example")
    assert row.email == "a@home.example"


def test_google_given_as_outlook_is_refused_with_the_right_suggestion():
    with pytest.raises(ImportRefused) as info:
        parse("outlook", read("google_current.csv"))
    message = str(info.value)
    assert message.startswith(
        "This is not an Outlook contacts CSV export: its header row is missing"
    )
    assert message.endswith(
        "It looks like a Google Contacts CSV export: choose Google Contacts (CSV) instead."
    )


@pytest.mark.parametrize(
    ("fixture", "suggestion"),
    [
        ("linkedin_current.csv", "choose LinkedIn connections instead"),
        ("linkedin_old.csv", "choose LinkedIn connections instead"),
        ("outlook.csv", "choose Outlook (CSV) instead"),
        ("apple_3_0.vcf", "choose vCard instead"),
    ],
)
def test_other_files_given_as_google(fixture, suggestion):
    with pytest.raises(ImportRefused) as info:
        parse("google", read(fixture))
    assert str(info.value).startswith("This is not a Google Contacts CSV export")
    assert suggestion in str(info.value)


# ------------------------------------------------------------------------- Outlook


def test_outlook_desktop_export_in_windows_1252():
    parsed = parse("outlook", read("outlook.csv"))
    assert (parsed.kind, parsed.source, parsed.encoding) == ("outlook", "other", "Windows-1252")
    zoe, sean = parsed.rows
    assert (zoe.line, zoe.name) == (2, "Zoë Dubois")  # "Ms" (Title) is not part of the name
    assert zoe.title == "Responsable RH"  # Job Title, not Title
    assert zoe.organization == "Fabrikam"
    assert zoe.emails == ("zoe.dubois@fabrikam.example", "zoe@example.fr")
    assert zoe.phone == "+33 6 12 34 56 78"  # mobile before business when no Primary Phone
    assert zoe.location == "Lyon, France"
    assert zoe.linkedin_url == "https://www.linkedin.com/in/zoe-dubois"
    assert zoe.notes == "Très sympathique.\nA proposé de me présenter à l’équipe."
    assert (sean.line, sean.name) == (4, "Sean O’Connor")
    assert sean.phone == "+353 1 555 0199"  # Primary Phone
    assert [p.line for p in parsed.problems] == [5]
    assert "Blue Yonder Airlines" in parsed.problems[0].message
    assert [s.line for s in parsed.skipped] == [6]


def test_outlook_com_headers_with_email_spelled_without_hyphen():
    data = (
        b"First Name,Last Name,Email Address,Mobile Phone,Company,Job Title,Notes\r\n"
        b"Ana,Ruiz,ana@example.com,+1 555 0100,Northwind,PM,hello\r\n"
    )
    (row,) = parse("outlook", data).rows
    assert (row.name, row.email, row.phone, row.organization, row.title) == (
        "Ana Ruiz",
        "ana@example.com",
        "+1 555 0100",
        "Northwind",
        "PM",
    )


def test_exchange_addresses_are_not_emails():
    data = (
        b"First Name,Last Name,E-mail Address,Company\r\n"
        b"Ana,Ruiz,/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=ana,Acme\r\n"
    )
    (row,) = parse("outlook", data).rows
    assert row.email == ""


@pytest.mark.parametrize(
    ("fixture", "suggestion"),
    [
        ("linkedin_excel.csv", "choose LinkedIn connections instead"),
        ("google_legacy.csv", "choose Google Contacts (CSV) instead"),
        ("android_2_1.vcf", "choose vCard instead"),
    ],
)
def test_other_files_given_as_outlook(fixture, suggestion):
    with pytest.raises(ImportRefused) as info:
        parse("outlook", read(fixture))
    assert str(info.value).startswith("This is not an Outlook contacts CSV export")
    assert suggestion in str(info.value)
