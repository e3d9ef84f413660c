"""The discretion guard's rule on its own: who could learn about the search by accident.

Pure tests of coffeechat.lib.discretion: plain values, no database.
"""

import pytest

from coffeechat.lib.discretion import discretion_reason, same_organisation


def reason(source="alumni", organisation="", employer="", first_name="Ana"):
    return discretion_reason(
        first_name=first_name, source=source, organisation=organisation, employer=employer
    )


def test_a_current_coworker_needs_confirmation():
    assert reason(source="coworker") == "Ana is a current coworker."


def test_a_coworker_is_flagged_even_when_no_employer_is_set():
    assert reason(source="coworker", employer="") == "Ana is a current coworker."


def test_someone_at_the_users_current_employer_needs_confirmation():
    assert (
        reason(organisation="Leeds City Council", employer="Leeds City Council")
        == "Ana works at your current employer, Leeds City Council."
    )


def test_a_coworker_at_the_employer_is_named_a_coworker():
    assert reason(source="coworker", organisation="Acme", employer="Acme") == (
        "Ana is a current coworker."
    )


@pytest.mark.parametrize("source", ["family", "friend", "alumni", "former_colleague", "linkedin"])
def test_anyone_else_elsewhere_needs_no_confirmation(source):
    assert (
        reason(source=source, organisation="Meridian Labs", employer="Leeds City Council") is None
    )


def test_without_an_employer_no_organisation_matches():
    assert reason(organisation="", employer="") is None
    assert reason(organisation="Leeds City Council", employer="  ") is None


def test_a_person_without_a_name_is_still_warned_about():
    assert reason(source="coworker", first_name="") == "This person is a current coworker."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Leeds City Council", "leeds city council"),
        ("Leeds  City Council.", "Leeds City Council"),
        ("The Acme Company Ltd", "Acme Company"),
        ("Acme, Inc.", "ACME"),
        ("Smith & Jones", "Smith and Jones"),
        ("Café Nero plc", "café nero"),
    ],
)
def test_the_same_organisation_typed_differently_is_recognised(a, b):
    assert same_organisation(a, b)
    assert same_organisation(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Acme", "Acme Health"),
        ("Leeds City Council", "Leeds Beckett University"),
        ("", ""),
        ("Ltd", ""),
    ],
)
def test_different_organisations_are_told_apart(a, b):
    assert not same_organisation(a, b)


def test_an_organisation_named_only_by_a_legal_form_still_matches_itself():
    assert same_organisation("Company", "the company")
    assert not same_organisation("Ltd", "Acme Ltd")
