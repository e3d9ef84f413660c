"""The duplicates pages as a user sees them: the likely pairs, the field-by-field
comparison, the merge and "not the same person", picking a contact to merge with,
bad input (never a 500, nothing written) and query counts that do not grow."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coffeechat import factories
from coffeechat.contacts.models import Contact, ContactMerge, NotDuplicate
from coffeechat.contacts.services import organization_named
from coffeechat.conversations.services import start_conversation
from coffeechat.network.models import Lead
from tests.clock import FROZEN_NOW
from tests.pages import error_beside, text, visible

URL = "/contacts/duplicates/"


def person(owner, name, organization="", **fields) -> Contact:
    return factories.make_contact(owner, name, organisation=organization, **fields)


@pytest.fixture
def smiths(alice):
    robert = person(alice, "Robert Smith", "Acme", email="robert@acme.com", notes="Met at PyCon.")
    bob = person(alice, "Bob Smith", "Acme", phone="555 0100", notes="Likes tea.")
    chat = start_conversation(alice, robert, now=FROZEN_NOW)
    factories.make_message(alice, chat, "request", subject="Hi", body="Hi", now=FROZEN_NOW)
    Lead.objects.create(owner=alice, title="Data analyst", told_by=bob, learned_at=FROZEN_NOW)
    return robert, bob


def pairs_on(response) -> list[str]:
    return re.findall(r'data-pair="(\d+-\d+)"', text(response))


def merge_post(a, b, keep="a", **choices):
    data = {"a": a.pk, "b": b.pk, "keep": keep}
    data.update({f"choice_{field}": choice for field, choice in choices.items()})
    return data


# ------------------------------------------------------------------ the list


def test_the_list_shows_each_likely_pair_with_the_reason_and_both_buttons(alice_client, smiths):
    robert, bob = smiths
    page = alice_client.get(URL)
    assert page.status_code == 200
    assert pairs_on(page) == [f"{robert.pk}-{bob.pk}"]
    words = visible(page)
    assert "Bob is a short form of Robert; both at Acme" in words
    assert f'href="/contacts/merge/?a={robert.pk}&amp;b={bob.pk}"' in page.content.decode()
    assert "Compare and merge" in words
    assert "Not the same person" in words


def test_exact_matches_come_first(alice, alice_client, smiths):
    a = person(alice, "Ana Ruiz", email="ana@example.org")
    b = person(alice, "A. Ruiz-Ortiz", email="ANA@example.org ")
    page = alice_client.get(URL)
    assert pairs_on(page)[0] == f"{a.pk}-{b.pk}"
    assert "Same e-mail (ana@example.org)" in visible(page)


def test_an_empty_list_says_so(alice, alice_client):
    person(alice, "Ana Ruiz", "Acme")
    person(alice, "Ana Ruiz", "Globex")  # the same name at another organisation
    page = alice_client.get(URL)
    assert pairs_on(page) == []
    assert "No likely duplicates" in visible(page)


def test_not_the_same_person_hides_the_pair_for_good(alice, alice_client, smiths):
    robert, bob = smiths
    response = alice_client.post(
        "/contacts/duplicates/not-the-same/", {"a": bob.pk, "b": robert.pk}, follow=True
    )
    assert response.redirect_chain[-1][0] == URL
    assert "Noted: Robert Smith and Bob Smith are two people" in visible(response)
    assert pairs_on(response) == []
    assert NotDuplicate.objects.get().first == robert


def test_charlie_sees_none_of_alices_pairs(charlie_client, smiths):
    assert pairs_on(charlie_client.get(URL)) == []


# ------------------------------------------------------------------ the comparison


def test_the_comparison_shows_both_values_of_every_field_with_a_choice(alice_client, smiths):
    robert, bob = smiths
    page = alice_client.get(f"/contacts/merge/?a={robert.pk}&b={bob.pk}")
    assert page.status_code == 200
    html = text(page)
    words = visible(page)
    for value in ("robert@acme.com", "555 0100", "Met at PyCon.", "Likes tea.", "Robert Smith"):
        assert value in words
    assert "1 conversation, 1 message, 0 leads" in words
    assert "0 conversations, 0 messages, 1 lead" in words
    # Defaults: the non-empty or longer value, both notes, and the record with more.
    assert re.search(r'name="choice_name" value="a" checked', html)
    assert re.search(r'name="choice_phone" value="b" checked', html)
    assert re.search(r'name="choice_email" value="a" checked', html)
    assert re.search(r'name="choice_notes" value="both" checked', html)
    assert re.search(r'name="keep" value="a" checked', html)
    assert "(the same on both)" in words  # the organisation
    assert "Merge" in words


def test_merging_moves_everything_and_says_where_the_rest_is(alice, alice_client, smiths):
    robert, bob = smiths
    response = alice_client.post(
        "/contacts/merge/", merge_post(robert, bob, name="a", notes="a"), follow=True
    )
    assert response.redirect_chain[-1][0] == f"/contacts/{robert.pk}/"
    words = visible(response)
    assert "Merged Bob Smith into Robert Smith; the values not kept are in the history." in words
    assert "Merged in Bob Smith" in words
    assert "Not kept: Notes: Likes tea." in words
    assert not Contact.objects.filter(pk=bob.pk).exists()
    kept = Contact.objects.get(pk=robert.pk)
    assert kept.phone == "555 0100"
    assert kept.leads_told.count() == 1


def test_keeping_the_other_record(alice, alice_client, smiths):
    robert, bob = smiths
    response = alice_client.post("/contacts/merge/", merge_post(robert, bob, keep="b"))
    assert response.status_code == 302
    assert response["Location"] == f"/contacts/{bob.pk}/"
    kept = Contact.objects.get(pk=bob.pk)
    assert kept.name == "Robert Smith"  # the default name, kept on Bob's record
    assert kept.conversations.count() == 1
    assert not Contact.objects.filter(pk=robert.pk).exists()


# ------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Choose two contacts to compare."),
        ("?a={robert}", "Choose two contacts to compare."),
        ("?a={robert}&b={robert}", "That is the same contact twice"),
    ],
)
def test_a_comparison_without_two_contacts_says_what_is_wrong(alice_client, smiths, query, message):
    robert, _ = smiths
    response = alice_client.get("/contacts/merge/" + query.format(robert=robert.pk), follow=True)
    assert response.status_code == 200
    assert message in visible(response)


@pytest.mark.parametrize("other", ["999999", "abc", "charlies"])
def test_an_id_that_is_not_one_of_yours_is_not_found(alice_client, charlie, smiths, other):
    robert, _ = smiths
    if other == "charlies":
        other = str(person(charlie, "Robert Smith").pk)
    for response in (
        alice_client.get(f"/contacts/merge/?a={robert.pk}&b={other}"),
        alice_client.post("/contacts/merge/", {"a": robert.pk, "b": other, "keep": "a"}),
        alice_client.post("/contacts/duplicates/not-the-same/", {"a": robert.pk, "b": other}),
    ):
        assert response.status_code == 404
        assert "No contact with id" in visible(response)
    assert ContactMerge.objects.count() == 0
    assert NotDuplicate.objects.count() == 0
    assert Contact.objects.filter(pk=robert.pk).exists()


@pytest.mark.parametrize(
    "tampered",
    [
        {"choice_email": "c"},
        {"choice_title": "both"},
        {"keep": "c"},
        {"keep": ""},
        {"choice_name": ""},
    ],
)
def test_a_tampered_form_is_refused_with_a_message_and_nothing_written(
    alice_client, smiths, tampered
):
    robert, bob = smiths
    data = merge_post(robert, bob)
    data.update(tampered)
    response = alice_client.post("/contacts/merge/", data)
    assert response.status_code == 200
    assert 'class="error-box"' in text(response)
    assert Contact.objects.filter(pk=bob.pk).exists()
    assert ContactMerge.objects.count() == 0


def test_the_same_id_twice_when_merging_or_dismissing_is_refused(alice_client, smiths):
    robert, _ = smiths
    for url in ("/contacts/merge/", "/contacts/duplicates/not-the-same/"):
        response = alice_client.post(
            url, {"a": robert.pk, "b": robert.pk, "keep": "a"}, follow=True
        )
        assert response.status_code == 200
        assert "That is the same contact twice" in visible(response)
    assert ContactMerge.objects.count() == 0
    assert NotDuplicate.objects.count() == 0


def test_dismissing_needs_a_post(alice_client, smiths):
    robert, bob = smiths
    response = alice_client.get(f"/contacts/duplicates/not-the-same/?a={robert.pk}&b={bob.pk}")
    assert response.status_code == 405
    assert NotDuplicate.objects.count() == 0


# ------------------------------------------------------------------ from a contact's page


def test_a_contacts_page_links_to_merging_them(alice_client, smiths):
    robert, _ = smiths
    page = alice_client.get(f"/contacts/{robert.pk}/")
    assert f'href="/contacts/{robert.pk}/merge/"' in text(page)
    assert "Merge with another contact…" in visible(page)


def test_picking_the_other_contact_leads_to_the_comparison(alice_client, smiths):
    robert, bob = smiths
    page = alice_client.get(f"/contacts/{robert.pk}/merge/")
    assert page.status_code == 200
    words = visible(page)
    assert "Likely the same person" in words
    assert "Bob is a short form of Robert" in words
    assert 'list="id_other-options"' in text(page)  # the contact picker, not a <select>
    response = alice_client.get(
        f"/contacts/{robert.pk}/merge/", {"other": f"Bob Smith (#{bob.pk})"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/contacts/merge/?a={robert.pk}&b={bob.pk}"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Start typing a name and pick the contact from the list."),
        ("Bob", "Choose one of your own contacts from the list."),
        ("Someone (#999999)", "Choose one of your own contacts from the list."),
        ("self", "That is Robert Smith already"),
    ],
)
def test_picking_badly_says_what_is_wrong(alice_client, smiths, typed, message):
    robert, _ = smiths
    if typed == "self":
        typed = f"Robert Smith (#{robert.pk})"
    response = alice_client.get(f"/contacts/{robert.pk}/merge/", {"other": typed})
    assert response.status_code == 200
    assert message in error_beside(response, "id_other")


def test_picking_charlies_contact_is_refused(alice_client, charlie, smiths):
    robert, _ = smiths
    theirs = person(charlie, "Bob Smith")
    response = alice_client.get(
        f"/contacts/{robert.pk}/merge/", {"other": f"Bob Smith (#{theirs.pk})"}
    )
    assert "Choose one of your own contacts" in error_beside(response, "id_other")
    assert charlie_name_absent(response)


def charlie_name_absent(response) -> bool:
    return "Charlie" not in visible(response)


def test_charlie_cannot_open_the_merge_picker_of_alices_contact(charlie_client, smiths):
    robert, _ = smiths
    assert charlie_client.get(f"/contacts/{robert.pk}/merge/").status_code == 404


# ------------------------------------------------------------------ query counts


def campaign(owner, size: int) -> None:
    """`size` contacts, a third of them twice (with a short form or another order)."""
    people = []
    for n in range(size):
        org = organization_named(owner, f"Org {n % 7}")
        people.append(Contact(owner=owner, name=f"Robert Person{n}", organization=org))
        if n % 3 == 0:
            people.append(Contact(owner=owner, name=f"Bob Person{n}", organization=org))
    Contact.objects.bulk_create(people)
    first, second = Contact.objects.filter(owner=owner).order_by("pk")[:2]
    NotDuplicate.objects.create(owner=owner, first=first, second=second, decided_at=FROZEN_NOW)


@pytest.fixture
def two_sizes(db, django_user_model):
    small = django_user_model.objects.create(username="small")
    big = django_user_model.objects.create(username="big")
    campaign(small, 6)
    campaign(big, 60)
    return small, big


def queries(client, url) -> tuple[int, object]:
    client.get(url)  # caches warm
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def test_the_list_takes_as_many_queries_for_many_contacts_as_for_few(
    client, two_sizes, django_assert_num_queries
):
    small, big = two_sizes
    client.force_login(small)
    expected, small_page = queries(client, URL)
    assert expected <= 10
    client.force_login(big)
    client.get(URL)
    with django_assert_num_queries(expected):
        big_page = client.get(URL)
    assert len(pairs_on(big_page)) >= 5 * len(pairs_on(small_page)) > 0


def test_the_comparison_takes_as_many_queries_for_a_busy_contact_as_for_a_quiet_one(
    alice, alice_client, django_assert_num_queries
):
    quiet_a = person(alice, "Ana Ruiz", "Acme")
    quiet_b = person(alice, "Ruiz, Ana", "Acme")
    busy_a = person(alice, "Bob Smith", "Acme", connected_on=date(2025, 1, 1))
    busy_b = person(alice, "Robert Smith", "Acme", referred_by=busy_a)
    for _ in range(5):
        chat = start_conversation(alice, busy_a, now=FROZEN_NOW)
        factories.make_message(alice, chat, "request", subject="Hi", body="Hi", now=FROZEN_NOW)
        Lead.objects.create(owner=alice, title="Job", told_by=busy_b, learned_at=FROZEN_NOW)
    expected, _ = queries(alice_client, f"/contacts/merge/?a={quiet_a.pk}&b={quiet_b.pk}")
    with django_assert_num_queries(expected):
        page = alice_client.get(f"/contacts/merge/?a={busy_a.pk}&b={busy_b.pk}")
    assert "5 conversations, 5 messages, 0 leads" in visible(page)
    assert "0 conversations, 0 messages, 5 leads" in visible(page)
