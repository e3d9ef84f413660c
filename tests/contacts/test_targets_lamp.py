"""The targets page as a LAMP list: sorted by Motivation, Postings, Advocacy, with the
next person to ask at each (one request per organisation at a time), and the form's
LAMP fields. The clock is frozen on Wednesday 4 November 2026, 09:30 London."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from coffeechat import factories
from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact, Organization, Target
from coffeechat.contacts.services import organization_named
from coffeechat.conversations.models import Conversation
from coffeechat.conversations.services import move_conversation, start_conversation
from tests.clock import LONDON
from tests.pages import error_beside, text, visible

MONDAY = datetime(2026, 11, 2, 10, 0, tzinfo=LONDON)


def person(user, name, org="Acme", source="linkedin") -> Contact:
    return factories.make_contact(user, name, source=source, organisation=org or "")


def employer(user, name, motivation=3, postings="none", advocacy="none") -> Target:
    return Target.objects.create(
        owner=user,
        name=name,
        kind=Target.ORGANIZATION,
        motivation=motivation,
        postings=postings,
        advocacy=advocacy,
        organization=organization_named(user, name),
    )


def row(page: str, target: Target) -> str:
    """One target's row of the LAMP table, as words."""
    match = re.search(rf'<tr class="lamp__row" id="target-{target.pk}">(.*?)</tr>', page, re.S)
    assert match, f"no row for {target.name}"
    return " ".join(re.sub(r"<[^>]+>", "", match.group(1)).split())


def rows_in_order(page: str) -> list[str]:
    return re.findall(r'<tr class="lamp__row" id="target-(\d+)">', page)


@pytest.fixture
def page_of(alice_client, frozen):
    def get() -> str:
        response = alice_client.get("/targets/")
        assert response.status_code == 200
        return text(response)

    return get


# ------------------------------------------------------------------ sorted LAMP-style


def test_targets_are_sorted_by_motivation_then_postings_then_advocacy(alice, page_of):
    low = employer(alice, "Low Co", motivation=2, postings="target_role", advocacy="contact")
    plain = employer(alice, "Plain Co", motivation=5)
    posted = employer(alice, "Posted Co", motivation=5, postings="target_role")
    known = employer(alice, "Known Co", motivation=5, postings="target_role", advocacy="warm")
    some = employer(alice, "Some Co", motivation=5, postings="any")
    page = page_of()
    assert rows_in_order(page) == [str(t.pk) for t in (known, posted, some, plain, low)]
    assert "Motivation first, then job Postings, then Advocacy" in re.sub(r"<[^>]+>", "", page)


def test_the_row_shows_m_p_and_a_in_words(alice, page_of):
    acme = employer(alice, "Acme", motivation=4, postings="any", advocacy="warm")
    line = row(page_of(), acme)
    assert "Organisation · Acme" in line
    assert " 4 " in f" {line} "
    assert "Some postings" in line and "A warm connection" in line


def test_someone_known_there_raises_the_advocacy_and_the_page_says_so(alice, page_of):
    acme = employer(alice, "Acme", motivation=3, advocacy="none")
    bolt = employer(alice, "Bolt", motivation=3, advocacy="alumni")
    person(alice, "Jane Smith", source="friend")
    page = page_of()
    assert rows_in_order(page) == [str(acme.pk), str(bolt.pk)]
    line = row(page, acme)
    assert "Someone you know there" in line
    assert (
        "You chose “nobody yet”; coffeechat sees Jane Smith (friend) there, "
        "so it sorts as “someone you know there”." in line
    )


def test_no_targets_says_how_to_start(page_of):
    assert "No targets yet." in page_of()


# ------------------------------------------------------------------ the next person


def test_the_warmest_person_there_is_next_with_a_button_to_start_a_chat(
    alice, alice_client, page_of
):
    acme = employer(alice, "Acme")
    person(alice, "Lin Cold", source="linkedin")
    fay = person(alice, "Fay Warm", source="friend")
    person(alice, "Cora Work", source="coworker")
    page = page_of()
    line = row(page, acme)
    assert "Fay Warm (friend) Start a chat" in line
    assert "Cora Work" not in line
    assert f'href="/contacts/{fay.pk}/"' in page
    form = re.search(r'<form method="post" action="/chats/new/".*?</form>', page, re.S).group(0)
    assert f'name="contact" value="{fay.pk}"' in form
    assert f'name="target" value="{acme.pk}"' in form

    response = alice_client.post("/chats/new/", {"contact": fay.pk, "target": acme.pk})
    chat = Conversation.objects.get(owner=alice, contact=fay)
    assert chat.target == acme and chat.status == "prospect"
    assert response.status_code == 302
    # Now there is a chat to write the request in.
    assert f'href="/chats/{chat.pk}/">Write the request' in page_of()


def test_a_request_waiting_means_wait_and_says_until_when(alice, page_of):
    acme = employer(alice, "Acme")
    jane = person(alice, "Jane Smith", source="alumni")
    person(alice, "Bob Lee", source="friend")
    chat = start_conversation(alice, jane, now=MONDAY - timedelta(days=1))
    move_conversation(alice, chat, "requested", now=MONDAY)
    line = row(page_of(), acme)
    assert "Waiting for Jane Smith's reply until Thu 5 Nov" in line
    assert "asked Mon 2 Nov. Next after that: Bob Lee." in line
    assert "Start a chat" not in line


def test_after_3_business_days_the_next_person_is_suggested(alice, alice_client, frozen):
    acme = employer(alice, "Acme")
    jane = person(alice, "Jane Smith", source="alumni")
    person(alice, "Bob Lee", source="friend")
    chat = start_conversation(alice, jane, now=MONDAY - timedelta(days=1))
    move_conversation(alice, chat, "requested", now=MONDAY)
    frozen.move_to(datetime(2026, 11, 5, 8, 0, tzinfo=LONDON))  # Thursday
    line = row(text(alice_client.get("/targets/")), acme)
    assert "Bob Lee (friend) Start a chat" in line
    assert (
        "Jane Smith has not replied since Mon 2 Nov, so ask Bob Lee now; "
        "follow up with Jane Smith from Wed 11 Nov." in line
    )


def test_nobody_at_the_organisation_yet(alice, page_of):
    acme = employer(alice, "Acme")
    line = row(page_of(), acme)
    assert "Nobody at Acme yet: add someone." in line


def test_everyone_there_asked(alice, page_of):
    acme = employer(alice, "Acme")
    jane = person(alice, "Jane Smith")
    chat = start_conversation(alice, jane, now=MONDAY)
    move_conversation(alice, chat, "requested", now=MONDAY - timedelta(days=7))
    move_conversation(alice, chat, "declined", now=MONDAY)
    assert "Everyone you know at Acme has been asked." in row(page_of(), acme)


def test_a_career_uses_the_prospects_of_its_chats(alice, page_of):
    policy = Target.objects.create(owner=alice, name="Science policy", motivation=5)
    ana = person(alice, "Ana Ruiz", org="Meridian", source="alumni")
    ben = person(alice, "Ben Ode", org=None, source="friend")
    start_conversation(alice, person(alice, "Not About It", source="family"), now=MONDAY)
    ana_chat = start_conversation(alice, ana, now=MONDAY, target=policy)
    ben_chat = start_conversation(alice, ben, now=MONDAY, target=policy)
    move_conversation(alice, ben_chat, "requested", now=MONDAY)  # no longer a prospect
    line = row(page_of(), policy)
    assert "Ana Ruiz (alumni) Write the request" in line
    assert f'href="/chats/{ana_chat.pk}/"' in page_of()
    assert "Ben Ode" not in line and "Not About It" not in line


def test_a_career_without_anyone_says_how_to_find_someone(alice, page_of):
    policy = Target.objects.create(owner=alice, name="Science policy")
    assert "Nobody yet: start a chat about Science policy from a contact's page" in row(
        page_of(), policy
    )


def test_someone_at_the_users_employer_is_never_suggested(alice, page_of):
    profile = get_profile(alice)
    profile.employer = "Acme Ltd"
    profile.save()
    acme = employer(alice, "Acme")
    person(alice, "Dana Boss", source="friend")
    line = row(page_of(), acme)
    assert "Dana Boss" not in line
    assert "Everyone you know at Acme has been asked." in line


def test_charlies_people_stay_his(alice, charlie, page_of):
    acme = employer(alice, "Acme")
    person(charlie, "Charlie's Friend", source="friend")
    assert "Nobody at Acme yet" in row(page_of(), acme)
    charlies = Client()
    charlies.force_login(charlie)
    assert "Acme" not in text(charlies.get("/targets/"))


# ------------------------------------------------------------------ the form


def test_a_target_is_added_with_its_organisation_typed_in(alice, alice_client, frozen):
    Organization.objects.create(owner=alice, name="Acme")
    alice_client.post(
        "/targets/",
        {
            "name": "Chemist at Acme",
            "kind": "role",
            "organization_name": "  acme ",
            "motivation": "4",
            "postings": "target_role",
            "advocacy": "alumni",
        },
    )
    target = Target.objects.get(owner=alice, name="Chemist at Acme")
    assert target.organization.name == "Acme"  # the existing one, not a second
    assert (target.postings, target.advocacy) == ("target_role", "alumni")
    assert Organization.objects.filter(owner=alice).count() == 1


def test_an_organisation_target_without_an_organisation_name_uses_its_own(alice, alice_client):
    alice_client.post("/targets/", {"name": "Bolt Energy", "kind": "organization", "motivation": 3})
    target = Target.objects.get(owner=alice, name="Bolt Energy")
    assert target.organization.name == "Bolt Energy"


def test_a_career_without_an_organisation_has_none(alice, alice_client):
    alice_client.post("/targets/", {"name": "Policy", "kind": "career", "motivation": 3})
    assert Target.objects.get(owner=alice, name="Policy").organization is None


def test_the_edit_form_shows_the_organisation_as_text_and_explains_lamp(alice, alice_client):
    acme = employer(alice, "Acme", advocacy="none")
    person(alice, "Jane Smith", source="alumni")
    response = alice_client.get(f"/targets/{acme.pk}/")
    page = text(response)
    assert re.search(r'<input type="text" name="organization_name" value="Acme"', page)
    assert "<select" not in re.search(r"organization_name.{0,200}", page, re.S).group(0)
    words = visible(response)
    assert "How promising is it? (LAMP)" in words
    assert "It counts first when your list is sorted." in words
    assert "It counts second." in words
    assert "It counts third" in words
    assert "coffeechat sees alumni of your school there: Jane Smith" in " ".join(words.split())


def test_the_edit_form_changes_the_organisation(alice, alice_client):
    acme = employer(alice, "Acme")
    data = {"name": "Acme", "kind": "organization", "motivation": 3, "organization_name": "Acme UK"}
    assert alice_client.post(f"/targets/{acme.pk}/", data).status_code == 302
    acme.refresh_from_db()
    assert acme.organization.name == "Acme UK"


def test_a_bad_choice_is_a_clear_message_not_a_crash(alice, alice_client):
    response = alice_client.post(
        "/targets/", {"name": "X", "kind": "career", "motivation": 3, "postings": "loads"}
    )
    assert response.status_code == 200
    assert error_beside(response, "id_postings") == (
        "“loads” is not a choice here. Use one of: none, any, target_role."
    )
    response = alice_client.post(
        "/targets/",
        {"name": "X", "kind": "career", "motivation": 3, "organization_name": "x" * 201},
    )
    assert response.status_code == 200
    assert "at most 200 characters" in error_beside(response, "id_organization_name")
    assert not Target.objects.filter(owner=alice).exists()


def test_a_blank_name_is_refused_beside_the_field(alice, alice_client):
    response = alice_client.post("/targets/", {"name": "   ", "kind": "career", "motivation": 3})
    assert error_beside(response, "id_name").startswith("Give the target a name")


# ------------------------------------------------------------------ queries


def _campaign(user, targets: int, people_each: int) -> None:
    for t in range(targets):
        org = f"Org {t}"
        employer(user, org, motivation=1 + t % 5)
        for p in range(people_each):
            contact = person(user, f"P{t}-{p}", org=org, source=("friend", "alumni")[p % 2])
            if p == 0:
                chat = start_conversation(user, contact, now=MONDAY - timedelta(days=1))
                move_conversation(user, chat, "requested", now=MONDAY)
            elif p == 1:
                start_conversation(user, contact, now=MONDAY)
        career = Target.objects.create(owner=user, name=f"Career {t}")
        start_conversation(user, person(user, f"C{t}", org=None), now=MONDAY, target=career)


def _count(client) -> int:
    client.get("/targets/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/targets/")
    assert response.status_code == 200
    return len(captured)


def test_the_page_takes_as_many_queries_for_many_targets_as_for_few(
    alice, charlie, alice_client, client, frozen, django_assert_max_num_queries
):
    _campaign(alice, targets=2, people_each=2)
    small = _count(alice_client)
    _campaign(charlie, targets=12, people_each=6)
    client.force_login(charlie)
    with django_assert_max_num_queries(small):
        response = client.get("/targets/")
    assert response.status_code == 200
    assert small <= 8


def test_an_organisation_counts_the_chats_with_its_people(alice, alice_client, page_of):
    acme = employer(alice, "Acme")
    career = Target.objects.create(owner=alice, name="Data science", kind=Target.CAREER)
    jane, bob = person(alice, "Jane Smith"), person(alice, "Bob Lee")
    start_conversation(alice, jane, now=datetime(2026, 10, 1, 9, tzinfo=LONDON))
    # About the career, with someone at Acme: counted for both, once each.
    start_conversation(alice, bob, now=datetime(2026, 10, 2, 9, tzinfo=LONDON), target=career)
    start_conversation(
        alice, person(alice, "Kim Ho", org="Globex"), now=datetime(2026, 10, 3, 9, tzinfo=LONDON)
    )
    page = page_of()
    assert "2 conversations" in row(page, acme)
    assert "1 conversation" in row(page, career)
    detail = text(alice_client.get(f"/targets/{acme.pk}/"))
    assert "Jane Smith" in detail and "Bob Lee" in detail and "Kim Ho" not in detail
