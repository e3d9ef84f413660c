import pytest

from coffeechat.lib.quick_capture import (
    Capture,
    Item,
    Lead,
    Person,
    match_name,
    name_index,
    name_key,
    parse,
    parse_person,
    split_lead,
)


def only_item(text):
    capture = parse(text)
    assert len(capture.items) == 1, capture
    return capture.items[0]


def only_person(text):
    capture = parse(text)
    assert len(capture.people) == 1, capture
    return capture.people[0]


# --- prefixes -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("book: Range", "book"),
        ("org: Range", "organisation"),
        ("organisation: Range", "organisation"),
        ("organization: Range", "organisation"),
        ("site: Range", "website"),
        ("website: Range", "website"),
        ("url: Range", "website"),
        ("event: Range", "event"),
        ("lead: Range", "lead"),
        ("person: Range", "person"),
    ],
)
def test_each_prefix_gives_an_item_of_its_kind(line, kind):
    assert only_item(line) == Item(kind, "Range", 1)


@pytest.mark.parametrize(
    "line",
    [
        "BOOK: Range",
        "Book: Range",
        "bOoK: Range",
        "book : Range",
        "book  :   Range   ",
        "book:Range",
        "   book: Range",
        "\tbook: Range",
        "- book: Range",
        "* book: Range",
        "+ book: Range",
        "• book: Range",
        "  -   Book :  Range",
        "-book: Range",
        "book:\tRange",
    ],
)
def test_prefix_is_case_insensitive_and_tolerates_spaces_and_bullets(line):
    assert only_item(line) == Item("book", "Range", 1)


def test_whitespace_inside_a_value_is_collapsed():
    assert only_item("book:  The   Almanack  of\tNaval ").title == "The Almanack of Naval"


@pytest.mark.parametrize(
    "line",
    [
        "bookshelf: Range",
        "booking: a room",
        "my book: Range",
        "Read the book: Range",
        "orgs: ACS",
        "book - Range",
        "book Range",
        "> book: Range",
        "1. book: Range",
        "https://example.org",
        "",
    ],
)
def test_lines_without_a_prefix_at_the_start_are_plain_note_text(line):
    assert parse(line) == Capture()


@pytest.mark.parametrize(
    "line",
    ["book:", "book:   ", "org :\t", "- person:", "lead:  ", "• site :", "person: ( Acme, CTO )"],
)
def test_a_prefix_without_a_value_is_ignored(line):
    assert parse(line) == Capture()


def test_only_the_first_colon_ends_the_prefix():
    assert only_item("site: https://example.org:8080/jobs").title == (
        "https://example.org:8080/jobs"
    )
    assert only_item("book: Range: Why Generalists Triumph").title == (
        "Range: Why Generalists Triumph"
    )


def test_empty_text_captures_nothing():
    assert parse("") == Capture((), (), ())


# --- line numbers and mixed notes ---------------------------------------------

NOTES = """\
# Chat with Ingrid

She moved from the lab to policy in 2019.
- book: Range, by David Epstein
- ORG : Royal Society of Chemistry

person: Zoë Ørsted (Novo Nordisk, Head of R&D, Europe)
Person:  José Núñez
lead: Data role opening in her team in May
book:
site: https://rsc.org/careers
"""


def test_items_keep_their_order_and_one_based_line_numbers():
    assert parse(NOTES).items == (
        Item("book", "Range, by David Epstein", 4),
        Item("organisation", "Royal Society of Chemistry", 5),
        Item("person", "Zoë Ørsted", 7),
        Item("person", "José Núñez", 8),
        Item("lead", "Data role opening in her team in May", 9),
        Item("website", "https://rsc.org/careers", 11),
    )


def test_people_and_leads_are_returned_with_their_lines():
    capture = parse(NOTES)
    assert capture.people == (
        Person("Zoë Ørsted", "Novo Nordisk", "Head of R&D, Europe", 7),
        Person("José Núñez", "", "", 8),
    )
    assert capture.leads == (Lead("Data role opening in her team in May", 9),)


def test_windows_line_endings_count_lines_the_same():
    assert parse("note\r\nbook: Range\r\n").items == (Item("book", "Range", 2),)


# --- code fences ---------------------------------------------------------------


def test_lines_inside_a_fenced_code_block_are_ignored():
    text = "book: A\n```\nbook: B\nperson: Ana\n```\nbook: C"
    assert parse(text).items == (Item("book", "A", 1), Item("book", "C", 6))
    assert parse(text).people == ()


def test_fence_with_a_language_and_tilde_fences_are_ignored_too():
    text = "```python\nlead: x\n```\n~~~\nlead: y\n~~~\nlead: z"
    assert parse(text).leads == (Lead("z", 7),)


def test_a_fence_closes_only_with_the_same_character_and_at_least_its_length():
    text = "````\n```\nbook: inside\n~~~\n````\nbook: outside"
    assert parse(text).items == (Item("book", "outside", 6),)


def test_an_unclosed_fence_hides_the_rest_of_the_text():
    assert parse("book: A\n```\nbook: B\nbook: C").items == (Item("book", "A", 1),)


def test_inline_backticks_do_not_open_a_fence():
    assert parse("use `book:` lines\nbook: Range").items == (Item("book", "Range", 2),)


# --- people ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ana Lima (Acme, CTO)", ("Ana Lima", "Acme", "CTO")),
        ("Ana Lima (Acme)", ("Ana Lima", "Acme", "")),
        ("Ana Lima", ("Ana Lima", "", "")),
        ("Ana Lima, Acme", ("Ana Lima", "Acme", "")),
        ("Ana Lima, Acme, CTO", ("Ana Lima", "Acme", "CTO")),
        ("Ana Lima (Acme, CTO", ("Ana Lima", "Acme", "CTO")),
        ("Ana Lima (Acme", ("Ana Lima", "Acme", "")),
        ("Ana Lima  (  Acme ,  CTO )", ("Ana Lima", "Acme", "CTO")),
        ("  Ana    Lima(Acme,CTO)  ", ("Ana Lima", "Acme", "CTO")),
        ("Ana Lima ( Acme )", ("Ana Lima", "Acme", "")),
        ("Ana Lima ()", ("Ana Lima", "", "")),
        ("Ana Lima (, CTO)", ("Ana Lima", "", "CTO")),
        ("Ana Lima (Acme,)", ("Ana Lima", "Acme", "")),
        ("Ana Lima (Acme, Head of R&D, Europe)", ("Ana Lima", "Acme", "Head of R&D, Europe")),
        ("Ana Lima, Acme, Head of R&D, Europe", ("Ana Lima", "Acme", "Head of R&D, Europe")),
        ("Ana Lima (ACME (UK, Ltd), CTO)", ("Ana Lima", "ACME (UK, Ltd)", "CTO")),
        ("Ana Lima (Acme ((UK, a), b), CTO)", ("Ana Lima", "Acme ((UK, a), b)", "CTO")),
        ("Ana Lima (Acme ((UK), b), CTO)", ("Ana Lima", "Acme ((UK), b)", "CTO")),
        ("Ana Lima (Acme ((UK)) Ltd, CTO)", ("Ana Lima", "Acme ((UK)) Ltd", "CTO")),
        ("Ana Lima (Acme) Ltd, CTO)", ("Ana Lima", "Acme", "")),
        ("Ana Lima (Acme, CTO) met at the RSC mixer", ("Ana Lima", "Acme", "CTO")),
        ("Ana Lima Acme)", ("Ana Lima Acme", "", "")),
    ],
)
def test_person_line_splits_name_organisation_and_title(value, expected):
    person = only_person(f"person: {value}")
    assert (person.name, person.organization, person.title) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Zoë Ørsted (Novo Nordisk, Head of R&D, Europe)", ("Zoë Ørsted", "Novo Nordisk")),
        ("José Núñez (Universidad de Sevilla)", ("José Núñez", "Universidad de Sevilla")),
        ("李雷 (腾讯, 工程师)", ("李雷", "腾讯")),
        ("李雷（腾讯，工程师）", ("李雷", "腾讯")),
        ("Siobhán Ní Bhriain", ("Siobhán Ní Bhriain", "")),
        (
            "Siobhán Ní Bhriain, Trinity College Dublin",
            ("Siobhán Ní Bhriain", "Trinity College Dublin"),
        ),
        ("Ólafur Þórðarson (Össur)", ("Ólafur Þórðarson", "Össur")),
    ],
)
def test_unicode_names_are_kept_as_typed(value, expected):
    person = only_person(f"person: {value}")
    assert (person.name, person.organization) == expected


def test_full_width_punctuation_separates_the_title_as_well():
    assert only_person("person: 李雷（腾讯，工程师）").title == "工程师"


def test_a_name_without_an_organisation_still_makes_a_person_and_an_item():
    capture = parse("- person: Siobhán Ní Bhriain")
    assert capture.people == (Person("Siobhán Ní Bhriain", "", "", 1),)
    assert capture.items == (Item("person", "Siobhán Ní Bhriain", 1),)


def test_person_item_title_is_the_name_alone():
    assert only_item("person: Ana Lima (Acme, CTO)") == Item("person", "Ana Lima", 1)


def test_person_line_with_no_name_is_ignored():
    assert parse("person: (Acme, CTO)\nperson: , Acme") == Capture()
    assert parse("person: (Acme)\nbook: Range").items == (Item("book", "Range", 2),)


def test_parse_person_can_be_used_on_its_own():
    assert parse_person(" Ana (Acme, CTO) ", line=3) == Person("Ana", "Acme", "CTO", 3)
    assert parse_person("Ana").line == 0
    assert parse_person("   ") is None


# --- leads ----------------------------------------------------------------------


def test_lead_line_gives_a_lead_and_a_lead_item():
    capture = parse("intro\n* Lead :  Opening at  Acme  for a data analyst")
    assert capture.leads == (Lead("Opening at Acme for a data analyst", 2),)
    assert capture.items == (Item("lead", "Opening at Acme for a data analyst", 2),)
    assert capture.people == ()


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Data analyst (Novo Nordisk)", ("Data analyst", "Novo Nordisk")),
        ("  Data   analyst  (  Novo   Nordisk ) ", ("Data analyst", "Novo Nordisk")),
        ("Data analyst（Novo Nordisk）", ("Data analyst", "Novo Nordisk")),
        ("Role at ACME (UK) (ACME (UK) Ltd)", ("Role at ACME (UK)", "ACME (UK) Ltd")),
        ("Role ((Acme))", ("Role", "(Acme)")),
        ("Role (a) (b)", ("Role (a)", "b")),
        ("A(Acme)", ("A", "Acme")),
        ("Analyst (Acme) from May", ("Analyst (Acme) from May", "")),
        ("Opening in her team", ("Opening in her team", "")),
        ("Role Acme)", ("Role Acme)", "")),
        ("(Acme)", ("(Acme)", "")),
        ("Role ( )", ("Role ( )", "")),
    ],
)
def test_only_a_parenthesis_closing_the_lead_names_its_organisation(text, parts):
    assert split_lead(text) == parts


def test_name_index_lists_each_contact_once_under_its_folded_name():
    rows = [(1, "José Núñez"), (2, "jose  nunez"), (1, "JOSE NUNEZ"), (3, "Ana"), (4, "  ")]
    assert name_index(rows) == {"jose nunez": (1, 2), "ana": (3,)}
    assert name_index([]) == {}


def test_capture_is_frozen():
    capture = parse("book: Range")
    with pytest.raises(AttributeError):
        capture.items = ()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        capture.items[0].title = "x"  # type: ignore[misc]


# --- matching names ---------------------------------------------------------------

CONTACTS = [
    (1, "Zoë Ørsted"),
    (2, "José Núñez"),
    (3, "李雷"),
    (4, "Siobhán Ní Bhriain"),
    (5, "Ana Lima"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Zoë Ørsted", 1),
        ("zoe ørsted", 1),
        ("ZOË ØRSTED", 1),
        ("Jose Nunez", 2),
        ("  josé   NÚÑEZ ", 2),
        ("Jose\tNunez", 2),
        ("李雷", 3),
        (" 李雷 ", 3),
        ("siobhan ni bhriain", 4),
        ("Siobha\u0301n Ní Bhriain", 4),  # decomposed accent typed differently
        ("ana lima", 5),
    ],
)
def test_match_name_ignores_case_accents_and_spacing(name, expected):
    assert match_name(name, CONTACTS) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Zoe Orsted",  # ø is a letter of its own, not o with a mark
        "Ana",
        "Lima",
        "Ana Lima Souza",
        "A. Lima",
        "Ana-Lima",
        "AnaLima",
        "Ana Limma",
        "",
        "   ",
    ],
)
def test_match_name_does_not_guess(name):
    assert match_name(name, CONTACTS) is None


def test_match_name_with_two_contacts_of_the_same_name_is_none():
    assert match_name("Ana Lima", [(5, "Ana Lima"), (9, "ana  lima")]) is None


def test_match_name_with_the_same_contact_twice_is_that_contact():
    assert match_name("Ana Lima", [(5, "Ana Lima"), (5, "Ana Lima")]) == 5


def test_match_name_accepts_any_iterable_and_no_contacts():
    assert match_name("Ana Lima", iter(CONTACTS)) == 5
    assert match_name("Ana Lima", []) is None


def test_a_captured_person_links_to_an_existing_contact():
    person = only_person("person: JOSE  NUNEZ (Universidad de Sevilla)")
    assert match_name(person.name, CONTACTS) == 2


def test_name_key_folds_case_accents_and_spaces():
    assert name_key("  Zoë   ÉLISE ") == "zoe elise"
    assert name_key("Straße") == name_key("STRASSE")
