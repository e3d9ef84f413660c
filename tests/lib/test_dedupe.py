"""Finding the same person twice: pure rules, no database."""

from __future__ import annotations

import random

import pytest

from coffeechat.lib import dedupe
from coffeechat.lib.dedupe import (
    NICKNAMES,
    Match,
    Person,
    email_key,
    find_all,
    find_matches,
    linkedin_key,
    org_key,
)


def one(a: Person, b: Person) -> Match | None:
    """The match between two people, if any (a is new, b is known)."""
    found = find_matches([a], [b])
    assert len(found) <= 1
    return found[0] if found else None


def same(a_name, b_name, a_org="Acme", b_org="Acme") -> Match | None:
    return one(Person(1, a_name, organization=a_org), Person(2, b_name, organization=b_org))


# ------------------------------------------------------------------ exact


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("ana@example.org", "ana@example.org"),
        (" Ana@Example.org ", "ana@example.org"),
        ("ANA@EXAMPLE.ORG", "ana@example.org\t"),
        ("mailto:ana@example.org", "ana@example.org"),
    ],
)
def test_the_same_email_whatever_its_case_and_spaces_is_an_exact_match(a, b):
    match = one(Person(1, "Ana Ruiz", email=a), Person(2, "A. R.", email=b))
    assert match == Match(1, 2, 100.0, True, "same e-mail (ana@example.org)")


def test_any_of_several_emails_counts():
    match = one(
        Person(1, "Ana", email="ana@work.com", emails=("ana@home.org",)),
        Person(2, "Someone", emails=("x@y.org", "ANA@home.org")),
    )
    assert match.exact and match.reason == "same e-mail (ana@home.org)"


def test_different_emails_are_no_exact_match():
    assert one(Person(1, "X", email="ana@a.org"), Person(2, "Y", email="ana@b.org")) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/ana-ruiz-12ab/",
        "https://linkedin.com/in/ana-ruiz-12ab",
        "http://www.linkedin.com/in/Ana-Ruiz-12ab?trk=public_profile",
        "linkedin.com/in/ana-ruiz-12ab/",
        "www.linkedin.com/in/ana-ruiz-12ab/en/",
        "https://uk.linkedin.com/in/ana-ruiz-12ab/fr",
        "/in/ana-ruiz-12ab/",
        "in/ana-ruiz-12ab",
        "https://www.linkedin.com/in/ana-ruiz-12ab/#experience",
        "ana-ruiz-12ab",
    ],
)
def test_linkedin_addresses_of_one_profile_have_one_key(url):
    assert linkedin_key(url) == "in/ana-ruiz-12ab"


@pytest.mark.parametrize("url", ["", "   ", "https://example.org/in/ana", "https://x.com/ana"])
def test_addresses_that_are_not_linkedin_profiles_have_no_key(url):
    assert linkedin_key(url) == ""


def test_the_same_linkedin_profile_is_an_exact_match():
    match = one(
        Person(1, "Ana Ruiz", linkedin_url="/in/ana-ruiz-12ab/"),
        Person(2, "Ana Ruiz-Ortiz", linkedin_url="https://linkedin.com/in/ana-ruiz-12ab"),
    )
    assert match == Match(1, 2, 100.0, True, "same LinkedIn profile")


def test_same_email_and_same_profile_say_both():
    match = one(
        Person(1, "A", email="a@x.org", linkedin_url="linkedin.com/in/a-1"),
        Person(2, "B", email="A@x.org", linkedin_url="https://www.linkedin.com/in/a-1/"),
    )
    assert match.reason == "same e-mail (a@x.org) and same LinkedIn profile"


def test_a_shared_mailbox_is_not_a_person():
    people = [
        Person(n, f"Person {n} Surname{n}", email="info@acme.com", organization=f"Org {n}")
        for n in range(dedupe.SHARED_ADDRESS + 1)
    ]
    assert find_all(people) == []


@pytest.mark.parametrize("address", ["", "not an address", "ana@", "@example.org", "a b@c.org"])
def test_things_that_are_not_email_addresses_are_ignored(address):
    assert email_key(address) == ""


# ------------------------------------------------------------------ names


def test_bob_is_a_short_form_of_robert():
    match = same("Bob Smith", "Robert Smith", "Acme", "ACME Inc.")
    assert match.reason == "Bob is a short form of Robert; both at Acme"
    assert not match.exact
    assert 80 <= match.score < 100


def test_the_full_name_may_come_first():
    assert same("Robert Smith", "Bob Smith").reason == "Bob is a short form of Robert; both at Acme"


def test_two_short_forms_of_one_name():
    assert same("Bob Smith", "Rob Smith").reason == (
        "Bob and Rob are both short for Robert; both at Acme"
    )


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Bill", "William"),
        ("Liz", "Elizabeth"),
        ("Kate", "Katherine"),
        ("Kate", "Catherine"),
        ("Mike", "Michael"),
        ("Jim", "James"),
        ("Alex", "Alexander"),
        ("Alex", "Alexandra"),
        ("Chris", "Christopher"),
        ("Chris", "Christine"),
        ("Sam", "Samuel"),
        ("Sam", "Samantha"),
        ("Tom", "Thomas"),
        ("Dan", "Daniel"),
        ("Dave", "David"),
        ("Jen", "Jennifer"),
        ("Nick", "Nicholas"),
        ("Tony", "Anthony"),
        ("Peggy", "Margaret"),
        ("Steve", "Steven"),
        ("Kathy", "Kathryn"),
    ],
)
def test_common_short_forms(short, full):
    match = same(f"{short} Okafor", f"{full} Okafor")
    assert match is not None, (short, full)
    assert match.reason.startswith(f"{short} is a short form of {full}")


def test_the_nickname_table_is_a_real_table():
    assert len(NICKNAMES) >= 80
    assert all(name == name.lower() and shorts for name, shorts in NICKNAMES.items())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Alexander Lee", "Alexandra Lee"),
        ("Christine Lee", "Christina Lee"),
        ("Christopher Lee", "Christine Lee"),
        ("Samuel Lee", "Samantha Lee"),
        ("Paul Lee", "Paula Lee"),
        ("Daniel Lee", "Daniela Lee"),
        ("John Lee", "Jonathan Lee"),
        ("Mark Lee", "Mary Lee"),
        ("Ana Ruiz", "Ana Ortiz"),
        ("Ana Ruiz", "Eva Ruiz"),
        ("Ana Ruiz", "Ana"),
    ],
)
def test_different_names_at_one_organisation_are_different_people(a, b):
    assert same(a, b) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("José Núñez", "Jose Nunez"),
        ("Zoë Ørsted", "Zoe Orsted"),
        ("Søren Kierkegaard", "Soren Kierkegaard"),
        ("Łukasz Nowak", "Lukasz Nowak"),
        ("Renée Dubois", "RENEE DUBOIS"),
        ("Siobhán O'Brien", "Siobhan OBrien"),
        ("Jürgen Müller", "Jurgen Muller"),
        ("ana  ruiz", "Ana Ruiz"),
    ],
)
def test_accents_case_and_spacing_do_not_count(a, b):
    match = same(a, b)
    assert match is not None
    assert match.reason == "same name; both at Acme"
    assert match.score == 100.0


@pytest.mark.parametrize(
    "written",
    ["Ruiz, Ana", "Ruiz,Ana", "RUIZ, Ana", "Ruiz, Ana, PhD", "Dr. Ana Ruiz", "Ana Ruiz Jr."],
)
def test_last_name_first_with_a_comma_titles_and_suffixes(written):
    assert same(written, "Ana Ruiz").reason == "same name; both at Acme"


def test_last_name_first_without_a_comma_is_another_order():
    match = same("Ruiz Ana", "Ana Ruiz")
    assert match.reason == "same name, in another order; both at Acme"
    assert match.score < 100


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("Ana M. Ruiz", "same name, one has a middle initial; both at Acme"),
        ("Ana María Ruiz", "same name, one has a middle name; both at Acme"),
        ("A. Ruiz", "A. could be Ana; both at Acme"),
        ("Ruiz, A.", "A. could be Ana; both at Acme"),
    ],
)
def test_middle_names_and_initials(written, reason):
    assert same(written, "Ana Ruiz").reason == reason


def test_initials_must_agree():
    assert same("B. Ruiz", "Ana Ruiz") is None
    assert same("Ana M. Ruiz", "Ana L. Ruiz") is None


def test_a_slip_of_the_keyboard_in_one_word():
    assert (
        same("Jonh Smith", "John Smith").reason
        == "Jonh and John differ by one letter; both at Acme"
    )
    assert same("John Smtih", "John Smith") is not None
    assert same("Jonh Smtih", "John Smith") is None  # two slips: too far


def test_one_word_names_match_only_the_same_word_at_the_same_organisation():
    assert same("Madonna", "Madonna").reason == "same name; both at Acme"
    assert same("Madonna", "Madonna", "Acme", "") is None
    assert same("Madonna", "Madonna", "", "") is None
    assert same("Madonna", "Madonna Ciccone") is None


def test_empty_names_match_nobody():
    assert same("", "") is None
    assert same("  ", "Ana Ruiz") is None
    assert same("!!!", "???") is None


# ------------------------------------------------------------------ organisations


def test_the_same_common_name_at_different_organisations_is_two_people():
    assert same("John Smith", "John Smith", "Acme", "Globex") is None
    assert same("Bob Smith", "Robert Smith", "Acme", "Initech") is None


def test_one_of_them_without_an_organisation_is_said():
    match = same("José Ruiz", "Jose Ruiz", "Acme", "")
    assert match.reason == "same name, one of them has no organisation"
    assert match.score < same("José Ruiz", "Jose Ruiz").score


def test_neither_with_an_organisation_is_said_and_counts_less():
    neither = same("Ana Ruiz", "Ana Ruiz", "", "")
    assert neither.reason == "same name, neither has an organisation"
    assert neither.score < same("Ana Ruiz", "Ana Ruiz", "Acme", "").score


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Acme", "ACME Inc."),
        ("The Acme Company", "Acme Co"),
        ("Ørsted", "Orsted A/S"),
        ("Acme", "Acme Health"),
        ("Procter & Gamble", "Procter and Gamble"),
        ("LinkedIn", "Linked In"),
        ("Microsoft Corporation", "Microsft"),
    ],
)
def test_organisations_written_differently_agree(a, b):
    assert same("Ana Ruiz", "Ana Ruiz", a, b) is not None


def test_org_key_drops_legal_forms_and_accents():
    assert org_key("The Ørsted Group, Ltd.") == "orsted"
    assert org_key("Inc.") == "inc"  # nothing but a legal form stays what it is


def test_different_linkedin_profiles_weaken_a_name_match():
    both = Person(1, "Ana Ruiz", organization="Acme", linkedin_url="linkedin.com/in/ana-1")
    other = Person(2, "Ana Ruiz", organization="Acme", linkedin_url="linkedin.com/in/ana-2")
    match = one(both, other)
    assert match.reason.endswith("though their LinkedIn profiles differ")
    assert match.score < 100


# ------------------------------------------------------------------ the contract


def test_new_people_are_matched_with_each_other_and_with_known_ones_never_known_with_known():
    new = [Person("n1", "Ana Ruiz", organization="Acme"), Person("n2", "Ana Ruiz")]
    known = [Person(1, "Ana Ruiz", organization="Acme"), Person(2, "Ruiz, Ana")]
    pairs = {(m.a, m.b) for m in find_matches(new, known)}
    assert pairs == {("n1", "n2"), ("n1", 1), ("n1", 2), ("n2", 1), ("n2", 2)}


def test_each_pair_once_and_a_is_new():
    new = [Person("n", "Bob Smith", email="bob@acme.com", organization="Acme")]
    known = [Person("k", "Robert Smith", email="BOB@acme.com", organization="Acme")]
    assert find_matches(new, known) == [Match("n", "k", 100.0, True, "same e-mail (bob@acme.com)")]


def test_find_all_finds_every_pair_within_the_list():
    people = [
        Person(1, "Ana Ruiz", organization="Acme"),
        Person(2, "Bob Smith", organization="Globex"),
        Person(3, "Ruiz, Ana", organization="Acme Health"),
        Person(4, "Robert Smith", organization="Globex"),
        Person(5, "Robert Smith", organization="Initech"),
    ]
    assert {(m.a, m.b) for m in find_all(people)} == {(1, 3), (2, 4)}


def test_nothing_in_nothing_out():
    assert find_all([]) == []
    assert find_matches([], [Person(1, "Ana Ruiz")]) == []
    assert find_matches([Person(1, "Ana Ruiz")]) == []


def test_likeliest_first_and_the_same_answer_every_time():
    people = [
        Person(1, "Ana Ruiz", organization="Acme"),
        Person(2, "Ana Ruiz", email="x@y.org"),
        Person(3, "Ana Ruiz", organization="Acme", email="X@y.org"),
    ]
    found = find_all(people)
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    assert found[0].exact
    assert found == find_all(people)


def test_scores_are_between_0_and_100():
    people = [
        Person(n, name, organization=org)
        for n, (name, org) in enumerate(
            [
                ("Bob Smith", "Acme"),
                ("Robert Smith", ""),
                ("Rob Smith", "Acme"),
                ("R. Smith", "Acme"),
            ]
        )
    ]
    for match in find_all(people):
        assert 0 <= match.score <= 100
        assert isinstance(match.score, float)


def test_keys_may_be_any_hashable():
    new = [Person(("row", 4), "Ana Ruiz", organization="Acme")]
    assert find_matches(new, [Person(12, "Ana Ruiz", organization="Acme")])[0].a == ("row", 4)


# ------------------------------------------------------------------ blocking


def test_not_every_pair_is_compared(monkeypatch):
    """Blocking: people sharing no name are never compared."""
    compared = counted(monkeypatch)
    rng = random.Random(3)
    people = [
        Person(n, f"{rng.choice('ABCDEFGHIJ')}first{n} Last{n}", organization="Acme")
        for n in range(400)
    ]
    find_all(people)
    assert len(compared) < 400  # against 79,800 pairs


def counted(monkeypatch) -> list:
    """The pairs the fuzzy matcher is asked to compare, recorded as it is asked."""
    compared = []
    real = dedupe._fuzzy

    def counting(p, q):
        compared.append((p.person.key, q.person.key))
        return real(p, q)

    monkeypatch.setattr(dedupe, "_fuzzy", counting)
    return compared


def test_a_huge_block_of_one_name_is_skipped_not_compared_pair_by_pair(monkeypatch):
    compared = counted(monkeypatch)
    people = [Person(n, "Test User") for n in range(dedupe.BLOCK_LIMIT + 1)]
    assert find_all(people) == []
    assert compared == []


def test_five_thousand_against_five_thousand_compares_a_sliver_of_the_pairs(monkeypatch):
    """25 million possible pairs; blocking leaves under 100,000 to compare (78,197 with
    this seed). bench/dedupe_speed.py measures the time."""
    compared = counted(monkeypatch)
    rng = random.Random(11)
    first = ["Ana", "Bob", "Robert", "Chen", "Priya", "José", "Liz", "Elizabeth", "Omar", "Mia"]
    last = ["Ruiz", "Smith", "Okafor", "Wang", "Patel", "Núñez", "Brown", "Kowalski"]

    def person(n):
        name = f"{rng.choice(first)} {rng.choice(last)}{rng.randrange(300)}"
        return Person(n, name, organization=f"Org {rng.randrange(200)}")

    new = [person(n) for n in range(5000)]
    known = [person(n) for n in range(5000, 10000)]
    matches = find_matches(new, known)
    assert 0 < len(compared) < 100_000
    assert matches  # the same names do occur: the blocks are not simply empty
