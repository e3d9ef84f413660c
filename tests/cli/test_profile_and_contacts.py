"""`coffeechat profile` and `coffeechat contact add|list`, in-process as the local user."""

import pytest

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.lib.sources import SOURCE_KEYS

from .conftest import error_of

CONTACT_FIELDS = {
    "id",
    "name",
    "email",
    "organization",
    "title",
    "linkedin_url",
    "source",
    "referred_by",
    "connected_on",
}


# --------------------------------------------------------------------------- profile


def test_profile_shows_name_email_zone_and_employer(cli_json, me):
    assert cli_json("profile") == {
        "name": "",
        "email": "",
        "timezone": "Europe/London",
        "employer": "",
    }


def test_profile_changes_only_the_fields_given(cli_json):
    cli_json("profile", "--name", "Sam Lee", "--email", "sam@example.org")
    changed = cli_json("profile", "--employer", "Globex", "--timezone", "Asia/Tokyo")
    assert changed == {
        "name": "Sam Lee",
        "email": "sam@example.org",
        "timezone": "Asia/Tokyo",
        "employer": "Globex",
    }


def test_profile_as_text_lists_each_field(cli):
    cli("profile", "--name", "Sam Lee")
    code, out, _ = cli("profile")
    assert code == 0
    assert out.splitlines() == [
        "name      Sam Lee",
        "email     -",
        "timezone  Europe/London",
        "employer  -",
    ]


def test_a_bad_profile_email_is_refused_and_nothing_changes(cli, cli_json):
    assert error_of(cli, "profile", "--name", "Sam", "--email", "nope") == (
        "--email: Enter a valid email address."
    )
    assert cli_json("profile")["name"] == ""


def test_a_bad_time_zone_is_refused(cli, me):
    message = error_of(cli, "profile", "--timezone", "London")
    assert message.startswith("--timezone: “London” is not a time zone.")
    assert get_profile(me).timezone == "Europe/London"


# -------------------------------------------------------------------------- contacts


def test_adding_a_contact_says_what_was_added(cli, me):
    code, out, err = cli("contact", "add", "--name", "  Ana   Ruiz ")
    contact = Contact.objects.get()
    assert (code, err) == (0, "")
    assert out == f"Added contact {contact.id}: Ana Ruiz\n"
    assert contact.owner == me
    assert contact.source == "other"


def test_adding_a_contact_as_json_prints_every_field_given(cli_json):
    contact = cli_json(
        *("contact", "add", "--name", "Ana Ruiz", "--email", "ana@example.org"),
        *("--org", "Acme Health", "--title", "Data Lead", "--source", "former_colleague"),
        *("--connection", "We worked together at Initech"),
        *("--linkedin", "https://www.linkedin.com/in/ana-ruiz"),
        *("--connected-on", "2026-10-01"),
    )
    assert contact == {
        "id": contact["id"],
        "name": "Ana Ruiz",
        "email": "ana@example.org",
        "organization": "Acme Health",
        "title": "Data Lead",
        "linkedin_url": "https://www.linkedin.com/in/ana-ruiz",
        "source": "former_colleague",
        "connection": "We worked together at Initech",
        "referred_by": None,
        "connected_on": "2026-10-01",
        "location": "",
        "timezone": "",
    }


@pytest.mark.parametrize("source", SOURCE_KEYS)
def test_every_source_of_the_contract_is_accepted(cli_json, source):
    assert cli_json("contact", "add", "--name", "Ana Ruiz", "--source", source)["source"] == source


def test_the_sources_are_those_of_the_contract():
    assert set(SOURCE_KEYS) == {
        "family",
        "friend",
        "alumni",
        "former_colleague",
        "coworker",
        "community",
        "association",
        "event",
        "linkedin",
        "referral",
        "other",
    }


def test_an_unknown_source_is_refused_and_nothing_is_added(cli, me):
    assert error_of(cli, "contact", "add", "--name", "Bo Li", "--source", "gym").startswith(
        "--source: "
    )
    assert not Contact.objects.exists()


def test_a_contact_referred_by_one_of_yours_keeps_the_referrer(cli_json):
    ana = cli_json("contact", "add", "--name", "Ana Ruiz")
    bo = cli_json(
        "contact", "add", "--name", "Bo Li", "--source", "referral", "--referred-by", str(ana["id"])
    )
    assert bo["referred_by"] == ana["id"]
    assert Contact.objects.get(pk=bo["id"]).referred_by_id == ana["id"]


def test_a_referrer_belonging_to_another_user_is_refused(cli, alice):
    hers = Contact.objects.create(owner=alice, name="Ana Ruiz")
    assert error_of(cli, "contact", "add", "--name", "Bo Li", "--referred-by", str(hers.pk)) == (
        "--referred-by: Choose one of your own contacts."
    )
    assert Contact.objects.count() == 1


def test_a_referrer_id_that_is_not_a_number_is_refused(cli):
    assert error_of(cli, "contact", "add", "--name", "Bo Li", "--referred-by", "ana") == (
        "--referred-by: Choose one of your own contacts."
    )


def test_a_blank_name_is_refused(cli):
    assert error_of(cli, "contact", "add", "--name", "   ") == "--name: Give the person's name."


def test_a_bad_connected_on_date_is_refused_naming_the_flag(cli):
    assert error_of(
        cli, "contact", "add", "--name", "Bo Li", "--connected-on", "last spring"
    ).startswith("--connected-on: ")


def test_contacts_at_the_same_organisation_share_it_whatever_the_case(cli_json, me):
    cli_json("contact", "add", "--name", "Ana Ruiz", "--org", "Acme Health")
    cli_json("contact", "add", "--name", "Bo Li", "--org", "acme health")
    orgs = {c.organization_id for c in Contact.objects.all()}
    assert len(orgs) == 1


def test_contact_list_json_gives_every_contract_field_sorted_by_name(cli_json, alice):
    Contact.objects.create(owner=alice, name="Alice's own contact")
    zoe = cli_json("contact", "add", "--name", "Zoe Park", "--connected-on", "2026-09-30")
    ana = cli_json("contact", "add", "--name", "Ana Ruiz", "--referred-by", str(zoe["id"]))

    listed = cli_json("contact", "list")

    assert [c["name"] for c in listed] == ["Ana Ruiz", "Zoe Park"]
    assert all(set(c) >= CONTACT_FIELDS for c in listed)
    assert listed[0]["id"] == ana["id"]
    assert listed[0]["referred_by"] == zoe["id"]
    assert listed[0]["connected_on"] is None
    assert listed[1]["referred_by"] is None
    assert listed[1]["connected_on"] == "2026-09-30"


def test_contact_list_json_is_an_empty_array_with_no_contacts(cli_json):
    assert cli_json("contact", "list") == []


def test_contact_list_as_text_shows_title_organisation_and_source(cli):
    cli(
        "contact",
        "add",
        "--name",
        "Ana Ruiz",
        "--org",
        "Acme",
        "--title",
        "CTO",
        "--source",
        "alumni",
    )
    cli("contact", "add", "--name", "Bo Li")
    code, out, _ = cli("contact", "list")
    ana, bo = Contact.objects.order_by("name")
    assert code == 0
    assert out.splitlines() == [
        f"{ana.id:>5}  Ana Ruiz  (CTO · Acme)  [alumni]",
        f"{bo.id:>5}  Bo Li  [other]",
    ]


def test_contact_list_with_no_contacts_says_how_to_add_one(cli):
    code, out, _ = cli("contact", "list")
    assert code == 0
    assert "coffeechat contact add --name NAME" in out
