"""vCard 2.1, 3.0 and 4.0 from Apple, Google, Android and Outlook.

Pure tests of coffeechat.lib.importers.parse("vcard", …): no database. vobject reads the
3.0 and 4.0 samples too, as an independent check of the names.
"""

from pathlib import Path

import pytest
import vobject

from coffeechat.lib.importers import ImportRefused, parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "imports"


def read(name):
    return (FIXTURES / name).read_bytes()


def vcf(text, newline="\r\n"):
    return text.strip("\n").replace("\n", newline).encode() + newline.encode()


def one(text):
    parsed = parse("vcard", vcf(text))
    assert parsed.problems == []
    (row,) = parsed.rows
    return row


# ----------------------------------------------------------------------- samples


def test_apple_3_0():
    parsed = parse("vcard", read("apple_3_0.vcf"))
    assert (parsed.kind, parsed.source, parsed.encoding) == ("vcard", "other", "UTF-8")
    assert [(r.line, r.name) for r in parsed.rows] == [
        (1, "Chidinma Okafor"),
        (23, "Dr. Björn Lindqvist"),  # N without FN
        (35, "Sakura Tanaka"),
    ]
    chidinma, bjorn, sakura = parsed.rows
    assert chidinma.organization == "Northwind Traders"  # ORG with a unit
    assert chidinma.title == "Director of Research"
    assert chidinma.email == "c.okafor@northwind.example"  # type=pref
    assert chidinma.emails == ("c.okafor@northwind.example", "chidinma.home@example.org")
    assert chidinma.phone == "+44 7700 900123"
    assert chidinma.linkedin_url == "https://www.linkedin.com/in/chidinma-okafor"
    assert chidinma.location == "London, United Kingdom"
    assert chidinma.notes == (
        "Met at the Product Camp, London. Ask about the research ops role\nand mentoring."
    )
    assert chidinma.connected_on is None  # BDAY is ignored
    assert bjorn.organization == "Contoso Ltd"
    assert bjorn.linkedin_url == "https://www.linkedin.com/in/bjorn-lindqvist"  # item2.URL
    assert sakura.linkedin_url == "https://www.linkedin.com/in/sakura-tanaka-42"  # x-apple:


def test_android_2_1_quoted_printable_soft_breaks_and_charsets():
    parsed = parse("vcard", read("android_2_1.vcf"))
    jurgen, renee, kenji = parsed.rows
    assert jurgen.name == "Jürgen Müller"
    assert jurgen.organization == "Grünwald GmbH"
    assert jurgen.email == "jm@example.org"  # bare PREF
    assert jurgen.emails == ("jm@example.org", "juergen.mueller@example.de")
    assert jurgen.phone == "+49 151 23456789"
    assert jurgen.notes == (
        "Kennengelernt auf der Konferenz in München; sehr hilfsbereit, möchte über "
        "Karriere in der Energiebranche sprechen. Folgetermin im Herbst."
    )
    assert renee.name == "Renée François"  # CHARSET=ISO-8859-1, N only
    assert renee.line == 15
    assert kenji.name == "Kenji Nakamura"  # after a PHOTO blob ended by a blank line
    assert kenji.line == 30
    assert [(p.line, p.message) for p in parsed.problems] == [
        (25, "no name: a contact needs at least a name (this card has +1 555 0100).")
    ]


def test_outlook_2_1_in_windows_1252():
    parsed = parse("vcard", read("outlook_2_1.vcf"))
    assert parsed.encoding == "Windows-1252"
    (lucia,) = parsed.rows
    assert lucia.name == "Lucía Fernández"
    assert (lucia.organization, lucia.title) == ("Adventure Works", "Controller")
    assert lucia.email == "lucia.fernandez@adventure-works.example"
    assert lucia.linkedin_url == "https://www.linkedin.com/in/lucia-fernandez-cfo"
    assert lucia.location == "Madrid, España"
    assert lucia.notes == "Introduced by Marcus.\nInterested in FP&A roles."


def test_google_3_0():
    aisha, tomas = parse("vcard", read("google_3_0.vcf")).rows
    assert aisha.organization == "Litware, Inc."  # \,
    assert aisha.linkedin_url == "https://www.linkedin.com/in/aishabello"  # http\://
    assert aisha.notes == "Alumni network; ask about the ML team"  # \;
    assert aisha.email == "aisha.bello@litware.example"
    assert tomas.name == "Tomás O'Brien"


def test_vcard_4_0_tel_uris_and_pref_numbers():
    grace, li = parse("vcard", read("vcard_4_0.vcf")).rows
    assert grace.email == "grace@example.net"  # PREF=1 beats PREF=2
    assert grace.emails == ("grace@example.net", "grace.work@wwi.example")
    assert grace.phone == "+44-20-7946-0958"
    assert grace.phones == ("+44-20-7946-0958", "+44-20-7946-0000 ext. 102")
    assert grace.organization == "Wide World Importers"
    assert grace.linkedin_url == "https://www.linkedin.com/in/grace-hopkins"
    assert li.name == "Li Wong"


@pytest.mark.parametrize("fixture", ["apple_3_0.vcf", "google_3_0.vcf", "vcard_4_0.vcf"])
def test_vobject_agrees_on_the_names_it_can_read(fixture):
    theirs = []
    for card in vobject.readComponents(read(fixture).decode("utf-8")):
        if hasattr(card, "fn"):
            theirs.append(card.fn.value)
    ours = [r.name for r in parse("vcard", read(fixture)).rows]
    assert [n for n in ours if n in theirs] == theirs


# ------------------------------------------------------------------------ details


def test_folded_lines_with_space_and_tab():
    row = one(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ana Mar\n ía Ruiz\nNOTE:first part\n\t and the rest\nEND:VCARD"
    )
    assert row.name == "Ana María Ruiz"
    assert row.notes == "first part and the rest"


def test_escapes():
    row = one(
        "BEGIN:VCARD\nVERSION:3.0\n"
        + r"FN:Ana\, Ruiz"
        + "\n"
        + r"ORG:R\;D Labs\\"
        + "\n"
        + r"TITLE:Head\: Data"
        + "\n"
        + r"NOTE:a\nb\Nc\\d"
        + "\nEND:VCARD"
    )
    assert row.name == "Ana, Ruiz"
    assert row.organization == "R;D Labs\\"
    assert row.title == "Head: Data"
    assert row.notes == "a\nb\nc\\d"


def test_fn_without_n_and_n_without_fn():
    parsed = parse(
        "vcard",
        vcf(
            "BEGIN:VCARD\nVERSION:3.0\nFN:Only Fn\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nN:Family;Given;Middle;Prof.;Jr.\nEND:VCARD"
        ),
    )
    assert [(r.line, r.name) for r in parsed.rows] == [
        (1, "Only Fn"),
        (5, "Prof. Given Middle Family Jr."),
    ]


def test_org_keeps_its_first_part():
    row = one("BEGIN:VCARD\nVERSION:3.0\nFN:A B\nORG:Acme;R&D;Lab 4\nEND:VCARD")
    assert row.organization == "Acme"


@pytest.mark.parametrize(
    "emails",
    [
        "EMAIL;INTERNET:b@x.example\nEMAIL;INTERNET;PREF:a@x.example",  # 2.1
        "EMAIL;TYPE=INTERNET:b@x.example\nEMAIL;TYPE=INTERNET,pref:a@x.example",  # 3.0
        "EMAIL;type=INTERNET:b@x.example\nEMAIL;type=INTERNET;type=pref:a@x.example",
        "EMAIL;PREF=3:b@x.example\nEMAIL;PREF=1:a@x.example",  # 4.0
    ],
)
def test_pref_chooses_the_primary_email(emails):
    row = one(f"BEGIN:VCARD\nVERSION:3.0\nFN:A B\n{emails}\nEND:VCARD")
    assert row.email == "a@x.example"
    assert row.emails == ("a@x.example", "b@x.example")


def test_several_cards_lf_line_ends_and_a_card_without_end():
    data = vcf(
        "BEGIN:VCARD\nFN:One\nEND:VCARD\n\nBEGIN:VCARD\nFN:Two\nBEGIN:VCARD\nFN:Three\n",
        newline="\n",
    )
    parsed = parse("vcard", data)
    assert [(r.line, r.name) for r in parsed.rows] == [(1, "One"), (5, "Two"), (7, "Three")]
    assert parsed.rows[1].warnings == ("this card has no END:VCARD line; it may be cut short.",)


def test_a_card_without_a_name_is_a_problem_and_the_others_still_come_through():
    parsed = parse(
        "vcard",
        vcf(
            "BEGIN:VCARD\nVERSION:3.0\nFN:Before\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nthis is not a property\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nEMAIL:someone@example.com\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n"
            "BEGIN:VCARD\nVERSION:3.0\nFN:After\nEND:VCARD"
        ),
    )
    assert [r.name for r in parsed.rows] == ["Before", "After"]
    assert [(p.line, p.message) for p in parsed.problems] == [
        (5, "no name: a contact needs at least a name (line 7 is not a vCard property)."),
        (9, "no name: a contact needs at least a name (this card has someone@example.com)."),
    ]
    assert [(s.line, s.message) for s in parsed.skipped] == [(13, "empty card: nothing in it")]


def test_a_big_photo_is_passed_over_quickly():
    blob = "\n ".join(["QUJD" * 18] * 60_000)  # ~4.3 MB of base64
    parsed = parse(
        "vcard",
        vcf(
            f"BEGIN:VCARD\nVERSION:3.0\nFN:Photo Person\nPHOTO;ENCODING=b;TYPE=JPEG:{blob}\nEND:VCARD"
        ),
    )
    assert [r.name for r in parsed.rows] == ["Photo Person"]


def test_x_socialprofile_url_and_non_linkedin_urls():
    row = one(
        "BEGIN:VCARD\nVERSION:3.0\nFN:A B\nURL:https://example.com/a\n"
        "X-SOCIALPROFILE;type=twitter:https://twitter.com/ab\n"
        "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.com/in/a-b/\nEND:VCARD"
    )
    assert row.linkedin_url == "https://www.linkedin.com/in/a-b"


def test_agent_card_inside_a_2_1_card_is_not_a_second_person():
    parsed = parse(
        "vcard",
        vcf(
            "BEGIN:VCARD\nVERSION:2.1\nFN:Boss\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\n"
            "FN:Assistant\nEND:VCARD\nTITLE:CEO\nEND:VCARD"
        ),
    )
    assert [(r.name, r.title) for r in parsed.rows] == [("Boss", "CEO")]


def test_lowercase_and_whitespace_around_begin():
    row = one("begin:vcard\nversion:3.0\nfn:Lower Case\nemail:lc@example.com\nend:vcard")
    assert (row.name, row.email) == ("Lower Case", "lc@example.com")


# ---------------------------------------------------------------------- wrong kind


@pytest.mark.parametrize(
    ("fixture", "suggestion"),
    [
        ("linkedin_current.csv", "choose LinkedIn connections instead"),
        ("google_current.csv", "choose Google Contacts (CSV) instead"),
        ("outlook.csv", "choose Outlook (CSV) instead"),
    ],
)
def test_csv_files_given_as_vcard(fixture, suggestion):
    with pytest.raises(ImportRefused) as info:
        parse("vcard", read(fixture))
    message = str(info.value)
    assert message.startswith("This is not a vCard file: it has no BEGIN:VCARD line.")
    assert suggestion in message


def test_an_icalendar_file_given_as_vcard():
    with pytest.raises(ImportRefused, match="It looks like a calendar"):
        parse("vcard", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
