"""The contact pages, through Django's test client: the forms and their errors (targets and
events too), the list and its search, a contact's timeline, the referrer picker and flags.

A server error would raise here (the test client re-raises it), so every bad input below
is shown to answer with a page, never a crash."""

from __future__ import annotations

import pytest

from coffeechat import factories
from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact, Event, Organization, Target
from coffeechat.contacts.services import add_meeting, organization_named
from coffeechat.conversations.services import (
    add_action,
    add_note,
    move_conversation,
)
from tests.clock import at
from tests.pages import error_beside, text

HTMX = {"HX-Request": "true"}


def _contact_form(**changes) -> dict:
    data = {"name": "Ben Okafor", "source": "friend", "email": "", "linkedin_url": ""}
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "field_id", "error"),
    [
        ({"name": ""}, "id_name", "Give the person's name."),
        ({"name": "   "}, "id_name", "Give the person's name."),
        ({"email": "ben-at-example"}, "id_email", "Enter a valid email address."),
        ({"linkedin_url": "my linkedin"}, "id_linkedin_url", "Enter a valid URL."),
        ({"timezone": "Mars/Olympus"}, "id_timezone", "“Mars/Olympus” is not a time zone."),
        ({"referred_by": "999999"}, "id_referred_by", "Choose one of your own contacts."),
        ({"referred_by": "abc"}, "id_referred_by", "Choose one of your own contacts."),
        ({"source": "stranger"}, "id_source", "“stranger” is not a way of knowing someone."),
        ({"connected_on": "yesterday"}, "id_connected_on", "Enter a date as YYYY-MM-DD"),
    ],
)
def test_a_new_contact_with_bad_input_is_shown_again_with_the_error_beside_the_field(
    alice, alice_client, changes, field_id, error
):
    response = alice_client.post("/contacts/new/", _contact_form(**changes))
    assert response.status_code == 200
    assert error in error_beside(response, field_id)
    assert "Please fix the 1 field marked below." in text(response)
    assert not Contact.objects.filter(owner=alice).exists()


def test_another_users_contact_cannot_be_named_as_the_referrer(alice, charlie, alice_client):
    charlies = Contact.objects.create(owner=charlie, name="Chen Wu")
    response = alice_client.post("/contacts/new/", _contact_form(referred_by=str(charlies.pk)))
    assert response.status_code == 200
    assert error_beside(response, "id_referred_by") == "Choose one of your own contacts."
    assert "Chen Wu" not in text(response)
    assert not Contact.objects.filter(owner=alice).exists()


def test_a_contact_cannot_be_their_own_referrer(alice_client, ana):
    response = alice_client.post(
        f"/contacts/{ana.pk}/edit/", _contact_form(name="Ana Ruiz", referred_by=str(ana.pk))
    )
    assert response.status_code == 200
    assert error_beside(response, "id_referred_by") == "Choose one of your own contacts."
    ana.refresh_from_db()
    assert ana.referred_by is None


def test_an_edit_with_bad_input_keeps_the_contact_as_it_was(alice_client, ana):
    response = alice_client.post(f"/contacts/{ana.pk}/edit/", _contact_form(email="nope"))
    assert response.status_code == 200
    assert error_beside(response, "id_email") == "Enter a valid email address."
    ana.refresh_from_db()
    assert (ana.name, ana.email) == ("Ana Ruiz", "ana@example.org")


@pytest.mark.parametrize(
    ("motivation", "error"),
    [
        ("0", "Ensure this value is greater than or equal to 1."),
        ("6", "Ensure this value is less than or equal to 5."),
        ("lots", "Enter a whole number."),
    ],
)
def test_a_target_needs_a_motivation_from_1_to_5(alice, alice_client, motivation, error):
    data = {"name": "Science policy", "kind": "career", "motivation": motivation}
    response = alice_client.post("/targets/", data)
    assert response.status_code == 200
    assert error_beside(response, "id_motivation") == error
    assert not Target.objects.filter(owner=alice).exists()

    target = Target.objects.create(owner=alice, name="Consulting", motivation=3)
    response = alice_client.post(f"/targets/{target.pk}/", {**data, "name": "Changed"})
    assert response.status_code == 200
    assert error_beside(response, "id_motivation") == error
    target.refresh_from_db()
    assert (target.name, target.motivation) == ("Consulting", 3)


@pytest.mark.parametrize("date", ["2026-02-30", "next Tuesday", ""])
def test_an_event_needs_a_real_date(alice, alice_client, date):
    response = alice_client.post("/events/", {"name": "Careers fair", "date": date})
    assert response.status_code == 200
    expected = "This field is required." if not date else "Enter a valid date."
    assert error_beside(response, "id_date") == expected
    assert not Event.objects.filter(owner=alice).exists()


def test_an_event_edit_with_a_bad_date_keeps_the_event(alice, alice_client):
    event = Event.objects.create(owner=alice, name="Careers fair", date=at(2).date())
    response = alice_client.post(f"/events/{event.pk}/", {"name": "Renamed", "date": "31/31/31"})
    assert response.status_code == 200
    assert error_beside(response, "id_date") == "Enter a valid date."
    event.refresh_from_db()
    assert event.name == "Careers fair"


@pytest.fixture
def many_contacts(alice, ana):
    """Ana, Ben (a friend) and 55 more: 57 in all, two pages of 50."""
    Contact.objects.create(owner=alice, name="Ben Okafor", source="friend")
    other = Organization.objects.create(owner=alice, name="Northwind")
    Contact.objects.bulk_create(
        Contact(owner=alice, name=f"Person {n:02d}", source="linkedin", organization=other)
        for n in range(55)
    )


def test_the_contact_list_searches_by_name(alice_client, many_contacts):
    page = text(alice_client.get("/contacts/", {"q": "ana"}))
    assert "Ana Ruiz" in page
    assert "Ben Okafor" not in page
    assert "Person 01" not in page


def test_the_contact_list_searches_by_organisation(alice_client, many_contacts):
    page = text(alice_client.get("/contacts/", {"q": "meridian"}))
    assert "Ana Ruiz" in page
    assert "Person 01" not in page


def test_the_contact_list_filters_by_how_you_know_them(alice_client, many_contacts):
    page = text(alice_client.get("/contacts/", {"source": "friend"}))
    assert "Ben Okafor" in page
    assert "Ana Ruiz" not in page


def test_a_search_that_matches_nobody_says_so(alice_client, many_contacts):
    page = text(alice_client.get("/contacts/", {"q": "zebra"}))
    assert "No contacts match." in page


@pytest.mark.parametrize("source", ["bogus", "", "coworker'; drop table"])
def test_an_unknown_source_filter_shows_everyone(alice_client, many_contacts, source):
    response = alice_client.get("/contacts/", {"source": source})
    assert response.status_code == 200
    assert "Ana Ruiz" in text(response)


def test_the_contact_list_comes_in_pages_of_fifty(alice_client, many_contacts):
    first = text(alice_client.get("/contacts/"))
    assert "Page 1 of 2 · 57 contacts" in first
    assert "Person 47" in first
    assert "Person 48" not in first
    second = alice_client.get("/contacts/", {"page": "2"})
    assert second.status_code == 200
    assert "Page 2 of 2" in text(second)
    assert "Person 54" in text(second)
    assert "Ana Ruiz" not in text(second)


@pytest.mark.parametrize(
    ("page", "shown"),
    [("999", "Page 2 of 2"), ("abc", "Page 1 of 2"), ("-1", "Page 2 of 2"), ("0", "Page 2 of 2")],
)
def test_a_page_number_out_of_range_or_not_a_number_still_shows_a_page(
    alice_client, many_contacts, page, shown
):
    response = alice_client.get("/contacts/", {"page": page})
    assert response.status_code == 200
    assert shown in text(response)


def test_a_search_keeps_its_query_in_the_page_links(alice_client, many_contacts):
    page = alice_client.get("/contacts/", {"q": "person", "source": "linkedin"})
    assert "?q=person&amp;source=linkedin&amp;page=2" in page.content.decode()


def test_an_htmx_search_returns_only_the_rows(alice_client, many_contacts):
    response = alice_client.get(
        "/contacts/", {"q": "ana"}, headers={**HTMX, "HX-Target": "contact-rows"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "<table" in body
    assert "Ana Ruiz" in body
    assert "<html" not in body
    assert 'id="q"' not in body
    assert "Ben Okafor" not in body


def test_a_very_long_search_does_not_break_the_list(alice_client, many_contacts):
    response = alice_client.get("/contacts/", {"q": "a" * 5000})
    assert response.status_code == 200
    assert "No contacts match." in text(response)


def test_a_contacts_timeline_shows_everything_that_happened(alice, alice_client, ana, chat):
    move_conversation(alice, chat, "requested", now=at(26, month=10))
    factories.make_message(
        alice,
        chat,
        "request",
        subject="A 20-minute chat about industry R&D?",
        body="Dear Ana",
        now=at(26, month=10),
    )
    move_conversation(alice, chat, "scheduled", now=at(28, month=10), at=at(2, 15, 30))
    move_conversation(alice, chat, "held", now=at(2, 16))
    add_note(alice, chat, "Her team hires postdocs every spring.", now=at(2, 17))
    add_action(alice, chat, "book", "Thinking in Systems", now=at(2, 17))
    Contact.objects.create(owner=alice, name="Ben Okafor", referred_by=ana, source="referral")
    event = Event.objects.create(owner=alice, name="Chem Careers Fair", date=at(30, month=10))
    add_meeting(alice, event, ana)

    response = alice_client.get(f"/contacts/{ana.pk}/")
    assert response.status_code == 200
    page = text(response)
    timeline = page[page.index("Timeline") :]
    for line in (
        "Conversation started",
        "Moved to requested",
        "Moved to scheduled",
        "for Mon 2 Nov 2026, 15:30",
        "Moved to held",
        "Sent: Request e-mail",
        "A 20-minute chat about industry R&D?",
        "Her team hires postdocs every spring.",
        "Book: Thinking in Systems",
        "to follow up",
        "Introduced you to Ben Okafor",
        "Met at Chem Careers Fair",
    ):
        assert line in timeline, line
    # Newest first.
    assert timeline.index("Moved to held") < timeline.index("Moved to requested")
    assert timeline.index("Moved to requested") < timeline.index("Conversation started")


def test_a_referred_contact_names_who_introduced_them(alice, alice_client, ana):
    ben = Contact.objects.create(owner=alice, name="Ben Okafor", referred_by=ana)
    page = text(alice_client.get(f"/contacts/{ben.pk}/"))
    assert "Introduced by" in page
    assert "Ana Ruiz" in page


def test_a_contact_cannot_be_introduced_by_someone_they_introduced(alice, alice_client, ana):
    ben = Contact.objects.create(owner=alice, name="Ben Okafor", referred_by=ana)
    cleo = Contact.objects.create(owner=alice, name="Cleo Park", referred_by=ben)
    for referrer in (ben, cleo):  # directly, and two introductions down
        response = alice_client.post(
            f"/contacts/{ana.pk}/edit/",
            {"name": "Ana Ruiz", "source": "alumni", "referred_by": referrer.pk},
        )
        assert response.status_code == 200
        assert (
            f"Ana Ruiz introduced {referrer.name} (or someone who did), so they cannot have "
            "introduced them too."
        ) in error_beside(response, "id_referred_by")
    ana.refresh_from_db()
    assert ana.referred_by is None
    # Someone from another branch is fine.
    dev = Contact.objects.create(owner=alice, name="Dev Rao")
    response = alice_client.post(
        f"/contacts/{ben.pk}/edit/",
        {"name": "Ben Okafor", "source": "referral", "referred_by": dev.pk},
    )
    assert response.status_code == 302
    ben.refresh_from_db()
    assert ben.referred_by == dev


def test_adding_someone_at_an_organisation_starts_with_its_name(alice_client):
    page = alice_client.get("/contacts/new/?organization=Aldgate%20Coatings").content.decode()
    assert 'value="Aldgate Coatings"' in page


def test_a_coworker_is_flagged_on_their_page(alice, alice_client):
    cody = Contact.objects.create(owner=alice, name="Cody Brandt", source="coworker")
    assert "Current coworker." in text(alice_client.get(f"/contacts/{cody.pk}/"))


def test_the_picker_suggests_your_contacts_whose_names_match(alice_client, many_contacts, ana):
    response = alice_client.get(
        "/contacts/suggest/", {"field": "referred_by", "referred_by": "ana"}
    )
    assert f'<option value="Ana Ruiz (#{ana.pk})">' in response.content.decode()
    assert "Bo" not in text(response)


def test_a_referrer_picked_by_name_and_id_is_saved(alice, alice_client, ana):
    response = alice_client.post(
        "/contacts/new/", _contact_form(name="Bo Chen", referred_by=f"Ana Ruiz (#{ana.pk})")
    )
    assert response.status_code == 302
    assert Contact.objects.get(name="Bo Chen").referred_by == ana


def test_a_referrer_typed_but_not_picked_is_refused_beside_the_field(alice_client, ana):
    response = alice_client.post("/contacts/new/", _contact_form(referred_by="Ana Ruiz"))
    assert response.status_code == 200
    assert error_beside(response, "id_referred_by") == "Choose one of your own contacts."
    assert 'value="Ana Ruiz"' in response.content.decode()  # what was typed stays


def test_editing_a_referred_contact_shows_the_referrer_by_name(alice, alice_client, ana):
    bo = Contact.objects.create(owner=alice, name="Bo Chen", referred_by=ana)
    response = alice_client.get(f"/contacts/{bo.pk}/edit/")
    assert f'value="Ana Ruiz (#{ana.pk})"' in response.content.decode()


def test_someone_at_your_current_employer_is_flagged_on_their_page(alice, alice_client):
    profile = get_profile(alice)
    profile.employer = "Meridian Labs"
    profile.save()
    colleague = Contact.objects.create(
        owner=alice,
        name="Fay Green",
        source="friend",
        organization=organization_named(alice, "Meridian Labs"),
    )
    outsider = Contact.objects.create(owner=alice, name="Lee Park", source="friend")
    assert "Works at your current employer" in text(alice_client.get(f"/contacts/{colleague.pk}/"))
    assert "Works at your current employer" not in text(
        alice_client.get(f"/contacts/{outsider.pk}/")
    )


def test_an_edit_form_shows_dates_the_way_date_boxes_read_them(alice, alice_client):
    event = Event.objects.create(owner=alice, name="RSC careers fair", date="2026-12-12")
    contact = Contact.objects.create(owner=alice, name="Bo Chen", connected_on="2025-03-04")
    assert 'value="2026-12-12"' in alice_client.get(f"/events/{event.pk}/").content.decode()
    edit = alice_client.get(f"/contacts/{contact.pk}/edit/").content.decode()
    assert 'value="2025-03-04"' in edit
