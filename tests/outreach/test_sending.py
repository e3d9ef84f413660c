"""Sending from the browser, as the user sees it: each message's copy, mail program,
.eml and "Send now" actions; sending through a real SMTP server (aiosmtpd, started
here) and what the page says when it fails; the discretion guard; the mail settings
page, whose password is never shown back or logged; and charlie, who can reach none
of alice's messages."""

from __future__ import annotations

import email
import html
import logging
import re
from email import policy
from urllib.parse import unquote

import pytest

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact, Organization
from coffeechat.outreach.models import SmtpSettings
from tests import mailserver
from tests.clock import FROZEN_NOW
from tests.mailserver import contact_of, free_port, running, use_server
from tests.pages import flashes, text

# aiosmtpd warns about a login without TLS; the plain-text tests mean to do just that.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

PASSWORD = "pa55-W0rd-nobody-sees"
BODY, SUBJECT = mailserver.DRAFT_BODY, mailserver.DRAFT_SUBJECT


def actions_of(response, message) -> str:
    """The send actions of one message on the page, as HTML."""
    match = re.search(
        rf'<div class="send-actions" id="send-{message.pk}".*?\n</div>',
        response.content.decode(),
        re.S,
    )
    assert match, f"no send actions for message {message.pk} on the page"
    return html.unescape(match.group(0))


def discreet(user) -> Contact:
    profile = get_profile(user)
    profile.employer = "Acme Chemicals"
    profile.save()
    acme = Organization.objects.create(owner=user, name="Acme Chemicals")
    return contact_of(user, name="Dana Boss", email="dana@acme.example", organization=acme)


def page_of(client, message):
    response = client.get(f"/chats/{message.conversation_id}/")
    assert response.status_code == 200
    return response


# ------------------------------------------------------------------ what each message offers


def test_a_draft_email_can_be_copied_opened_downloaded_and_sent(alice_client, alice, server):
    use_server(alice, server)
    message = draft(alice)
    actions = actions_of(page_of(alice_client, message), message)
    assert "Copy text" in actions and "Copy subject" in actions
    assert f">{BODY}</textarea>" in actions  # the text the Copy button copies
    mailto = re.search(r'href="(mailto:[^"]+)"', actions).group(1)
    assert mailto.startswith("mailto:zoe@example.com?subject=A%2015%E2%80%9320%20minute")
    assert unquote(mailto.split("body=")[1]) == BODY.replace("\n", "\r\n")
    assert f'href="/messages/{message.pk}/eml/"' in actions
    assert f'action="/messages/{message.pk}/send/"' in actions
    assert "Send now" in actions


def test_without_mail_settings_send_now_is_replaced_by_a_pointer_to_them(alice_client, alice):
    message = draft(alice)
    actions = actions_of(page_of(alice_client, message), message)
    assert "Send now" not in actions
    assert "add your mail server in Mail settings" in actions
    assert 'href="/settings/mail/"' in actions
    assert "Open in mail program" in actions and "Download .eml" in actions


def test_a_contact_without_an_address_is_named_and_the_other_ways_stay(alice_client, alice, server):
    use_server(alice, server)
    message = draft(alice, contact_of(alice, email=""))
    actions = actions_of(page_of(alice_client, message), message)
    assert "There is no e-mail address for Zoë" in actions
    assert "Send now" not in actions
    assert 'href="mailto:?subject=' in actions
    assert "Copy text" in actions and "Download .eml" in actions
    response = alice_client.get(f"/messages/{message.pk}/eml/")
    arrived = email.message_from_bytes(response.content, policy=policy.default)
    assert arrived["To"] is None and arrived["Subject"] == SUBJECT


def test_a_linkedin_note_offers_copy_and_the_contacts_profile(alice_client, alice, server):
    use_server(alice, server)
    contact = contact_of(alice, linkedin_url="https://www.linkedin.com/in/zoe-ruiz")
    message = draft(alice, contact, kind="linkedin_note", channel="linkedin", subject="")
    actions = actions_of(page_of(alice_client, message), message)
    assert "Copy text" in actions
    assert 'href="https://www.linkedin.com/in/zoe-ruiz"' in actions
    assert "Open Zoë’s LinkedIn profile" in actions
    for absent in ("mailto:", "Download .eml", "Send now"):
        assert absent not in actions


def test_a_linkedin_note_without_a_profile_address_says_where_to_add_it(alice_client, alice):
    message = draft(alice, kind="linkedin_note", channel="linkedin", subject="")
    actions = actions_of(page_of(alice_client, message), message)
    assert "No LinkedIn address for Zoë Ruiz" in actions


def test_a_sent_message_can_still_be_copied_and_downloaded_but_not_sent_again(
    alice_client, alice, server
):
    use_server(alice, server)
    message = draft(alice)
    alice_client.post(f"/messages/{message.pk}/send/")
    actions = actions_of(page_of(alice_client, message), message)
    assert "Copy text" in actions and "Download .eml" in actions
    assert "Send now" not in actions and "already" not in actions


# ------------------------------------------------------------------ sending


def test_send_now_delivers_and_says_so(alice_client, alice, server):
    use_server(alice, server)
    message = draft(alice)
    response = alice_client.post(f"/messages/{message.pk}/send/")
    assert response.status_code == 302
    assert response["Location"] == f"/chats/{message.conversation_id}/#send-{message.pk}"
    page = alice_client.get(response["Location"])
    assert "Sent to Zoë Ruiz <zoe@example.com>." in flashes(page)
    [arrived] = server.messages
    message.refresh_from_db()
    assert arrived["Message-ID"] == message.message_id != ""
    assert message.sent_at is not None
    assert "Requested" in text(page)  # the conversation moved on


def test_send_now_returns_to_the_page_it_came_from(alice_client, alice, server):
    use_server(alice, server)
    message = draft(alice)
    response = alice_client.post(f"/messages/{message.pk}/send/", {"next": "/contacts/"})
    assert response["Location"] == f"/contacts/#send-{message.pk}"
    elsewhere = alice_client.post(
        f"/messages/{draft(alice).pk}/send/", {"next": "https://evil.example/"}
    )
    assert elsewhere["Location"].startswith("/chats/")


def test_a_failed_send_says_why_and_keeps_the_draft(alice_client, alice):
    SmtpSettings.objects.create(user=alice, host="127.0.0.1", port=free_port(), security="none")
    message = draft(alice)
    response = alice_client.post(f"/messages/{message.pk}/send/", follow=True)
    [said] = flashes(response)
    assert said.startswith("Not sent: Could not connect to the mail server at 127.0.0.1:")
    assert said.endswith("The draft is kept.")
    message.refresh_from_db()
    assert message.sent_at is None and message.message_id == ""
    assert "Send now" in actions_of(response, message)


def test_a_wrong_password_is_reported_without_the_password(alice_client, alice, caplog):
    caplog.set_level(logging.DEBUG)
    with running(users={"alice": "the-real-one"}) as smtp:
        use_server(alice, smtp, username="alice", password=PASSWORD)
        message = draft(alice)
        response = alice_client.post(f"/messages/{message.pk}/send/", follow=True)
    [said] = flashes(response)
    assert "refused your user name or password" in said
    assert PASSWORD not in response.content.decode()
    assert PASSWORD not in caplog.text
    message.refresh_from_db()
    assert message.sent_at is None


def test_sending_a_message_already_sent_is_refused_politely(alice_client, alice, server):
    use_server(alice, server)
    message = draft(alice)
    alice_client.post(f"/messages/{message.pk}/send/", follow=True)
    response = alice_client.post(f"/messages/{message.pk}/send/", follow=True)
    assert flashes(response) == ["Not sent: This message has already been sent."]
    assert len(server.messages) == 1


def test_only_a_post_sends(alice_client, alice, server):
    use_server(alice, server)
    message = draft(alice)
    assert alice_client.get(f"/messages/{message.pk}/send/").status_code == 405
    assert server.messages == []


# ------------------------------------------------------------------ .eml and mailto


def test_the_eml_download_is_an_rfc_5322_file_named_after_the_subject(alice_client, alice):
    message = draft(alice)
    response = alice_client.get(f"/messages/{message.pk}/eml/")
    assert response.status_code == 200
    assert response["Content-Type"] == "message/rfc822"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=utf-8''A%2015%E2%80%9320%20minute%20chat.eml" in disposition
    arrived = email.message_from_bytes(response.content, policy=policy.default)
    assert arrived["From"] == "Alice Martin <alice@example.org>"
    assert arrived["To"] == "Zoë Ruiz <zoe@example.com>"
    assert arrived["Subject"] == SUBJECT
    assert arrived["Date"] and arrived["Message-ID"].endswith("@example.org>")
    assert arrived["MIME-Version"] == "1.0"
    assert arrived.get_content_charset() == "utf-8"
    assert arrived.get_content().replace("\r\n", "\n").rstrip("\n") == BODY
    message.refresh_from_db()
    assert message.sent_at is None  # a download sends nothing


def test_the_eml_of_a_sent_message_keeps_its_message_id(alice_client, alice, server):
    use_server(alice, server)
    message = draft(alice)
    alice_client.post(f"/messages/{message.pk}/send/")
    message.refresh_from_db()
    response = alice_client.get(f"/messages/{message.pk}/eml/")
    arrived = email.message_from_bytes(response.content, policy=policy.default)
    assert arrived["Message-ID"] == message.message_id
    assert "X-Unsent" not in arrived


# ------------------------------------------------------------------ discretion


def test_a_discreet_contact_gets_a_checkbox_and_the_reason_instead_of_direct_links(
    alice_client, alice, server
):
    use_server(alice, server)
    message = draft(alice, discreet(alice))
    actions = actions_of(page_of(alice_client, message), message)
    assert "Dana works at your current employer, Acme Chemicals." in actions
    assert "I know: send it anyway" in actions
    assert 'name="confirmed"' in actions and " required" in actions
    assert 'href="mailto:' not in actions and 'href="/messages/' not in actions
    assert f'formaction="/messages/{message.pk}/eml/"' in actions
    assert f'formaction="/messages/{message.pk}/mailto/"' in actions


def test_send_now_to_a_discreet_contact_is_refused_without_the_box(alice_client, alice, server):
    use_server(alice, server)
    message = draft(alice, discreet(alice))
    response = alice_client.post(f"/messages/{message.pk}/send/")
    assert response.status_code == 409
    page = text(response)
    assert "Check before it goes" in page
    assert "Dana works at your current employer, Acme Chemicals." in page
    assert "I know: send it anyway" in page
    assert server.envelopes == []
    message.refresh_from_db()
    assert message.sent_at is None

    again = alice_client.post(f"/messages/{message.pk}/send/", {"confirm-shown": "1"})
    assert again.status_code == 409
    assert "Nothing went out. Tick “I know: send it anyway”" in text(again)
    assert server.envelopes == []


def test_send_now_to_a_discreet_contact_goes_once_confirmed(alice_client, alice, server):
    use_server(alice, server)
    message = draft(alice, discreet(alice))
    response = alice_client.post(f"/messages/{message.pk}/send/", {"confirmed": "yes"}, follow=True)
    assert "Sent to Dana Boss <dana@acme.example>." in flashes(response)
    assert len(server.messages) == 1


def test_a_coworker_is_guarded_whatever_the_employer_field_says(alice_client, alice, server):
    use_server(alice, server)
    message = draft(alice, contact_of(alice, name="Sam Lee", source="coworker"))
    response = alice_client.post(f"/messages/{message.pk}/send/")
    assert response.status_code == 409
    assert "Sam is a current coworker." in text(response)
    assert server.envelopes == []


def test_the_eml_of_a_discreet_message_needs_the_box(alice_client, alice):
    message = draft(alice, discreet(alice))
    refused = alice_client.get(f"/messages/{message.pk}/eml/")
    assert refused.status_code == 409
    assert "Dana works at your current employer" in text(refused)
    assert refused["Content-Type"].startswith("text/html")
    confirmed = alice_client.post(f"/messages/{message.pk}/eml/", {"confirmed": "yes"})
    assert confirmed.status_code == 200
    assert confirmed["Content-Type"] == "message/rfc822"
    assert b"dana@acme.example" in confirmed.content


def test_the_mail_program_link_of_a_discreet_message_needs_the_box(alice_client, alice):
    message = draft(alice, discreet(alice))
    refused = alice_client.post(f"/messages/{message.pk}/mailto/")
    assert refused.status_code == 409
    assert "I know: send it anyway" in text(refused)
    confirmed = alice_client.post(f"/messages/{message.pk}/mailto/", {"confirmed": "yes"})
    assert confirmed.status_code == 303
    assert confirmed["Location"].startswith("mailto:dana@acme.example?subject=A%2015%E2%80%9320")


def test_the_mailto_route_of_an_ordinary_contact_needs_no_box(alice_client, alice):
    message = draft(alice)
    response = alice_client.get(f"/messages/{message.pk}/mailto/")
    assert response.status_code == 303
    assert response["Location"].startswith("mailto:zoe@example.com?")


# ------------------------------------------------------------------ privacy


@pytest.mark.parametrize(
    ("method", "suffix"),
    [("post", "send/"), ("get", "eml/"), ("post", "eml/"), ("get", "mailto/")],
)
def test_charlie_cannot_send_or_download_alices_messages(
    client, alice, charlie, server, method, suffix
):
    use_server(alice, server)
    use_server(charlie, server)
    message = draft(alice)
    client.force_login(charlie)
    response = getattr(client, method)(f"/messages/{message.pk}/{suffix}", {"confirmed": "yes"})
    assert response.status_code == 404
    assert BODY not in response.content.decode()
    assert server.envelopes == []
    message.refresh_from_db()
    assert message.sent_at is None


@pytest.mark.parametrize("path", ["/messages/999999/eml/", "/messages/0/mailto/"])
def test_a_message_that_does_not_exist_is_a_404_page(alice_client, path):
    response = alice_client.get(path)
    assert response.status_code == 404
    assert "Nothing here" in text(response)


# ------------------------------------------------------------------ the mail settings page


def settings_form(**changes) -> dict:
    values = {
        "host": "smtp.example.org",
        "port": "587",
        "security": "starttls",
        "username": "alice@example.org",
        "password": PASSWORD,
        "from_address": "",
    }
    values.update(changes)
    return values


def test_the_profile_page_links_to_the_mail_settings(alice_client):
    assert 'href="/settings/mail/"' in alice_client.get("/profile/").content.decode()


def test_mail_settings_are_saved_and_the_password_is_never_shown_back(alice_client, alice, caplog):
    caplog.set_level(logging.DEBUG)
    first = alice_client.get("/settings/mail/")
    assert first.status_code == 200
    assert "A password is saved" not in text(first)
    assert "Send a test message to myself" not in text(first)

    response = alice_client.post("/settings/mail/", settings_form(), follow=True)
    assert "Mail settings saved." in flashes(response)
    page = text(response)
    assert "A password is saved" in page
    assert "Leave this empty to keep it." in page
    assert "Send a test message to myself" in page
    assert 'value="smtp.example.org"' in page
    assert PASSWORD not in page
    assert re.search(r'<input type="password" name="password"[^>]*>', page)
    assert 'name="password" value=' not in page
    saved = SmtpSettings.objects.get(user=alice)
    assert (saved.host, saved.port, saved.security, saved.password) == (
        "smtp.example.org",
        587,
        "starttls",
        PASSWORD,
    )
    assert PASSWORD not in repr(saved) and PASSWORD not in str(saved)
    assert PASSWORD not in caplog.text


def test_an_empty_password_field_keeps_the_saved_password(alice_client, alice):
    alice_client.post("/settings/mail/", settings_form())
    alice_client.post("/settings/mail/", settings_form(password="", port="465", security="tls"))
    saved = SmtpSettings.objects.get(user=alice)
    assert (saved.port, saved.security, saved.password) == (465, "tls", PASSWORD)


def test_a_new_password_replaces_the_old_one_and_forget_removes_it(alice_client, alice):
    alice_client.post("/settings/mail/", settings_form())
    alice_client.post("/settings/mail/", settings_form(password=" new one "))
    assert SmtpSettings.objects.get(user=alice).password == " new one "  # kept as typed
    response = alice_client.post(
        "/settings/mail/", settings_form(password="", forget_password="on"), follow=True
    )
    assert SmtpSettings.objects.get(user=alice).password == ""
    assert "A password is saved" not in text(response)


def test_a_form_with_errors_does_not_echo_the_password(alice_client, alice, caplog):
    caplog.set_level(logging.DEBUG)
    response = alice_client.post("/settings/mail/", settings_form(port="99999"))
    assert response.status_code == 400
    assert "A port is a number from 1 to 65535" in text(response)
    assert PASSWORD not in response.content.decode()
    assert PASSWORD not in caplog.text
    assert not SmtpSettings.objects.filter(user=alice).exists()


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"host": ""}, "Write the name of your mail server"),
        ({"host": "smtp://smtp.example.org"}, "no smtp://"),
        ({"host": "smtp.example.org:587"}, "Write the port in the Port field"),
        ({"host": "smtp example org"}, "only letters, digits, dots and dashes"),
        ({"port": "abc"}, "A port is a number from 1 to 65535"),
        ({"port": "0"}, "A port is a number from 1 to 65535"),
        ({"security": "ssl3"}, "Choose STARTTLS, TLS or none."),
        ({"security": "none"}, "allowed only for a server on this computer"),
        ({"from_address": "not-an-address"}, "That is not an e-mail address."),
        ({"password": "x" * 300}, "That password is too long"),
    ],
)
def test_bad_mail_settings_are_refused_with_the_reason(alice_client, alice, changes, error):
    response = alice_client.post("/settings/mail/", settings_form(**changes))
    assert response.status_code == 400
    assert error in text(response)
    assert not SmtpSettings.objects.filter(user=alice).exists()


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "::1"])
def test_no_encryption_is_accepted_for_a_server_on_this_computer(alice_client, alice, host):
    response = alice_client.post(
        "/settings/mail/", settings_form(host=host, port="1025", security="none")
    )
    assert response.status_code == 302
    assert SmtpSettings.objects.get(user=alice).host == host


def test_the_test_message_reaches_the_users_own_inbox(alice_client, alice, server):
    use_server(alice, server)
    response = alice_client.post("/settings/mail/test/", follow=True)
    assert "Test message sent to alice@example.org. Look for it in your inbox." in flashes(response)
    [arrived] = server.messages
    assert arrived["To"] == "Alice Martin <alice@example.org>"


def test_a_failing_test_message_says_why_without_the_password(alice_client, alice, caplog):
    caplog.set_level(logging.DEBUG)
    SmtpSettings.objects.create(
        user=alice,
        host="127.0.0.1",
        port=free_port(),
        security="none",
        username="alice",
        password=PASSWORD,
    )
    response = alice_client.post("/settings/mail/test/", follow=True)
    [said] = flashes(response)
    assert said.startswith("The test message was not sent: Could not connect")
    assert PASSWORD not in response.content.decode() and PASSWORD not in caplog.text


def test_a_test_message_before_any_settings_asks_for_them(alice_client):
    response = alice_client.post("/settings/mail/test/", follow=True)
    assert flashes(response) == ["Save your mail settings first."]


def test_mail_settings_can_be_removed_with_the_password(alice_client, alice):
    alice_client.post("/settings/mail/", settings_form())
    response = alice_client.post("/settings/mail/delete/", follow=True)
    assert "Mail settings removed, with the saved password." in flashes(response)
    assert not SmtpSettings.objects.filter(user=alice).exists()


def test_charlie_sees_only_his_own_mail_settings(client, alice, charlie):
    SmtpSettings.objects.create(user=alice, host="smtp.alice.example", port=587, password=PASSWORD)
    client.force_login(charlie)
    page = text(client.get("/settings/mail/"))
    assert "smtp.alice.example" not in page and "A password is saved" not in page
    client.post("/settings/mail/delete/")
    assert SmtpSettings.objects.filter(user=alice).exists()


def test_a_message_sent_but_not_recorded_tells_the_user_to_mark_it(
    alice_client, alice, server, monkeypatch
):
    from django.db import DatabaseError

    from coffeechat.outreach import sending

    def broken(*args, **kwargs):
        raise DatabaseError("database is locked")

    monkeypatch.setattr(sending, "record_sent", broken)
    use_server(alice, server)
    message = draft(alice)
    response = alice_client.post(f"/messages/{message.pk}/send/", follow=True)
    assert response.status_code == 200
    [said] = flashes(response)
    assert said.startswith("It was sent to Zoë Ruiz <zoe@example.com>, but coffeechat could not")
    assert len(server.messages) == 1


def draft(user, contact=None, **changes):
    return mailserver.draft(user, contact, now=FROZEN_NOW, **changes)
