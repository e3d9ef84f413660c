"""Sending by SMTP against a real server: aiosmtpd, started by the tests on a free
loopback port. What arrives (headers and body), logging in, STARTTLS and TLS with a
certificate made for the test, and each failure: the draft is kept, nothing is marked
sent, and the password appears nowhere."""

from __future__ import annotations

import logging
import socket
import threading

import pytest

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Organization
from coffeechat.conversations.models import Message
from coffeechat.lib import mail
from coffeechat.outreach.models import SmtpSettings
from coffeechat.outreach.sending import (
    CannotSend,
    eml_for,
    get_smtp_settings_for,
    send_by_smtp,
    send_test_message,
)
from coffeechat.outreach.services import NeedsConfirmation
from tests import mailserver
from tests.clock import FROZEN_NOW
from tests.mailserver import contact_of, free_port, running, self_signed_certificate, use_server

# aiosmtpd warns about a login without TLS; the plain-text tests mean to do just that.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")

PASSWORD = "s3cret-Pa55word!"
BODY = "Hi Zoë,\n\nWould you have 15–20 minutes for a chat in the next weeks?\n\nAlice"


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    made = self_signed_certificate(tmp_path_factory.mktemp("tls"))
    if made is None:
        pytest.skip("no openssl program to make a test certificate")
    return made


def unchanged(message: Message) -> bool:
    message.refresh_from_db()
    message.conversation.refresh_from_db()
    return (
        message.sent_at is None
        and message.message_id == ""
        and message.conversation.status == "prospect"
    )


# ------------------------------------------------------------------ what arrives


def test_a_sent_message_arrives_with_every_header_and_its_body(alice, server):
    use_server(alice, server)
    message = draft(alice)

    sent = send_by_smtp(alice, message, now=FROZEN_NOW)

    [envelope] = server.envelopes
    assert envelope.mail_from == "alice@example.org"
    assert envelope.rcpt_tos == ["zoe@example.com"]
    [arrived] = server.messages
    assert arrived["From"] == "Alice Martin <alice@example.org>"
    assert arrived["To"] == "Zoë Ruiz <zoe@example.com>"
    assert arrived["Subject"] == "A 15–20 minute chat about chemistry consulting?"
    assert arrived["Date"] == "Wed, 04 Nov 2026 09:30:00 +0000"
    assert arrived["MIME-Version"] == "1.0"
    assert arrived["Content-Type"] == 'text/plain; charset="utf-8"'
    assert arrived.get_content().replace("\r\n", "\n").rstrip("\n") == BODY
    assert "X-Unsent" not in arrived  # only a .eml draft carries it

    sent.refresh_from_db()
    assert sent.sent_at == FROZEN_NOW
    assert arrived["Message-ID"] == sent.message_id
    assert sent.message_id.endswith("@example.org>")
    sent.conversation.refresh_from_db()
    assert sent.conversation.status == "requested"


def test_the_from_address_of_the_mail_settings_wins_over_the_profile(alice, server):
    use_server(alice, server, from_address="alice.martin@chem.example.net")
    message = send_by_smtp(alice, draft(alice), now=FROZEN_NOW)
    [arrived] = server.messages
    assert arrived["From"] == "Alice Martin <alice.martin@chem.example.net>"
    assert message.message_id.endswith("@chem.example.net>")


def test_each_send_gets_its_own_message_id(alice, server):
    use_server(alice, server)
    first = send_by_smtp(alice, draft(alice), now=FROZEN_NOW)
    second = send_by_smtp(alice, draft(alice, contact_of(alice, name="Ana")), now=FROZEN_NOW)
    assert first.message_id != second.message_id
    assert [m["Message-ID"] for m in server.messages] == [first.message_id, second.message_id]


def test_a_thank_you_sent_marks_the_chat_thanked(alice, server):
    from coffeechat.conversations.services import move_conversation

    use_server(alice, server)
    message = draft(alice, kind="thank_you", subject="Thank you", body="Thank you, Zoë!")
    conversation = message.conversation
    for status in ("requested", "scheduled", "held"):
        at = FROZEN_NOW if status in ("scheduled", "held") else None
        move_conversation(alice, conversation, status, now=FROZEN_NOW, at=at)

    send_by_smtp(alice, message, now=FROZEN_NOW)

    conversation.refresh_from_db()
    assert conversation.status == "thanked"


def test_a_test_message_goes_to_the_users_own_address(alice, server):
    use_server(alice, server)
    assert send_test_message(alice, now=FROZEN_NOW) == "alice@example.org"
    [arrived] = server.messages
    assert arrived["To"] == "Alice Martin <alice@example.org>"
    assert "your mail settings work" in arrived.get_content()


# ------------------------------------------------------------------ logging in


def test_a_login_with_the_right_password_sends(alice):
    with running(users={"alice": PASSWORD}) as smtp:
        use_server(alice, smtp, username="alice", password=PASSWORD)
        send_by_smtp(alice, draft(alice), now=FROZEN_NOW)
        assert smtp.recorder.logins == ["alice"]
        assert len(smtp.messages) == 1


def test_a_wrong_password_says_so_and_keeps_the_draft(alice, caplog):
    caplog.set_level(logging.DEBUG)
    with running(users={"alice": "the-real-one"}) as smtp:
        use_server(alice, smtp, username="alice", password=PASSWORD)
        message = draft(alice)
        with pytest.raises(mail.SendFailed) as info:
            send_by_smtp(alice, message, now=FROZEN_NOW)
        assert smtp.messages == []
    assert info.value.reason == "auth"
    assert "refused your user name or password" in str(info.value)
    assert unchanged(message)
    for text in (str(info.value), repr(info.value), caplog.text):
        assert PASSWORD not in text
    assert any("not sent by SMTP (auth)" in r.getMessage() for r in caplog.records)


def test_a_server_that_wants_a_login_refuses_a_sender_without_one(alice):
    with running(users={"alice": PASSWORD}) as smtp:
        use_server(alice, smtp)
        message = draft(alice)
        with pytest.raises(mail.SendFailed) as info:
            send_by_smtp(alice, message, now=FROZEN_NOW)
    assert info.value.reason == "auth"
    assert "wants a login or encryption before it takes a message" in str(info.value)
    assert "530" in str(info.value)
    assert unchanged(message)


def test_the_password_is_in_no_log_line_of_a_successful_send(alice, caplog):
    caplog.set_level(logging.DEBUG)
    with running(users={"alice": PASSWORD}) as smtp:
        use_server(alice, smtp, username="alice", password=PASSWORD)
        send_by_smtp(alice, draft(alice), now=FROZEN_NOW)
    assert "sent by SMTP" in caplog.text
    assert PASSWORD not in caplog.text
    ours = [r for r in caplog.records if r.name.startswith("coffeechat")]
    assert ours and all(PASSWORD not in r.getMessage() for r in ours)


# ------------------------------------------------------------------ failures


def test_a_closed_port_could_not_connect_and_the_draft_is_kept(alice):
    SmtpSettings.objects.create(user=alice, host="127.0.0.1", port=free_port(), security="none")
    message = draft(alice)
    with pytest.raises(mail.SendFailed) as info:
        send_by_smtp(alice, message, now=FROZEN_NOW)
    assert info.value.reason == "connect"
    assert str(info.value).startswith("Could not connect to the mail server at 127.0.0.1:")
    assert "connection was refused" in str(info.value)
    assert unchanged(message)


def test_a_refused_recipient_is_named_and_the_draft_is_kept(alice):
    with running(refuse={"zoe@example.com"}) as smtp:
        use_server(alice, smtp)
        message = draft(alice)
        with pytest.raises(mail.SendFailed) as info:
            send_by_smtp(alice, message, now=FROZEN_NOW)
    assert info.value.reason == "recipient"
    assert "refused the recipient zoe@example.com" in str(info.value)
    assert "550 5.1.1 No such user here" in str(info.value)
    assert unchanged(message)


def test_a_server_that_never_answers_times_out():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # accepts the connection, never says hello
        port = silent.getsockname()[1]
        email = mail.build_email(
            from_name="A",
            from_address="a@example.org",
            to_name="B",
            to_address="b@example.org",
            subject="s",
            body="b",
            date=FROZEN_NOW,
            message_id="<1@example.org>",
        )
        config = mail.SmtpConfig("127.0.0.1", port, "none", timeout=0.3)
        with pytest.raises(mail.SendFailed) as info:
            mail.deliver(email, config)
    assert info.value.reason == "timeout"
    assert "did not answer within 0.3 seconds" in str(info.value)


def test_a_server_that_hangs_up_says_so():
    with socket.socket() as rude:
        rude.bind(("127.0.0.1", 0))
        rude.listen(1)
        port = rude.getsockname()[1]

        def hang_up():
            connection, _ = rude.accept()
            connection.close()

        threading.Thread(target=hang_up, daemon=True).start()
        email = mail.build_email(
            from_name="A",
            from_address="a@example.org",
            to_name="B",
            to_address="b@example.org",
            subject="s",
            body="b",
            date=FROZEN_NOW,
            message_id="<1@example.org>",
        )
        with pytest.raises(mail.SendFailed) as info:
            mail.deliver(email, mail.SmtpConfig("127.0.0.1", port, "none", timeout=5))
    assert info.value.reason == "connect"
    assert "closed the connection" in str(info.value)


# ------------------------------------------------------------------ nothing to send with


def test_a_linkedin_note_is_not_sent_by_email(alice, server):
    use_server(alice, server)
    message = draft(alice, kind="linkedin_note", channel="linkedin", subject="")
    with pytest.raises(CannotSend, match="LinkedIn"):
        send_by_smtp(alice, message, now=FROZEN_NOW)
    assert server.messages == []


def test_a_contact_without_an_address_is_named(alice, server):
    use_server(alice, server)
    message = draft(alice, contact_of(alice, email=""))
    with pytest.raises(CannotSend, match="There is no e-mail address for Zoë"):
        send_by_smtp(alice, message, now=FROZEN_NOW)
    assert server.messages == []
    assert unchanged(message)


def test_without_mail_settings_the_user_is_told_where_to_add_them(alice):
    assert get_smtp_settings_for(alice) is None
    with pytest.raises(CannotSend, match="Mail settings"):
        send_by_smtp(alice, draft(alice), now=FROZEN_NOW)


def test_without_any_from_address_nothing_is_tried(alice, server):
    use_server(alice, server)
    profile = get_profile(alice)
    profile.email = ""
    profile.save()
    with pytest.raises(CannotSend, match="From line"):
        send_by_smtp(alice, draft(alice), now=FROZEN_NOW)
    assert server.messages == []


def test_a_message_already_sent_is_not_sent_twice(alice, server):
    use_server(alice, server)
    message = send_by_smtp(alice, draft(alice), now=FROZEN_NOW)
    with pytest.raises(CannotSend, match="already been sent"):
        send_by_smtp(alice, message, now=FROZEN_NOW)
    assert len(server.messages) == 1


# ------------------------------------------------------------------ discretion


def discreet_draft(user):
    profile = get_profile(user)
    profile.employer = "Acme Chemicals"
    profile.save()
    acme = Organization.objects.create(owner=user, name="Acme Chemicals Ltd")
    return draft(user, contact_of(user, name="Dana Boss", organization=acme))


def test_a_discreet_contact_is_not_sent_to_without_confirmation(alice, server):
    use_server(alice, server)
    message = discreet_draft(alice)
    with pytest.raises(NeedsConfirmation) as info:
        send_by_smtp(alice, message, now=FROZEN_NOW)
    assert "Dana works at your current employer, Acme Chemicals." in info.value.reason
    assert server.envelopes == []
    assert unchanged(message)


def test_the_guard_holds_before_any_connection(alice):
    # A closed port: a connection attempt would fail with SendFailed, not NeedsConfirmation.
    SmtpSettings.objects.create(user=alice, host="127.0.0.1", port=free_port(), security="none")
    with pytest.raises(NeedsConfirmation):
        send_by_smtp(alice, discreet_draft(alice), now=FROZEN_NOW)


def test_a_coworker_gets_the_message_once_the_user_confirms(alice, server):
    use_server(alice, server)
    message = draft(alice, contact_of(alice, source="coworker"))
    with pytest.raises(NeedsConfirmation, match="current coworker"):
        send_by_smtp(alice, message, now=FROZEN_NOW)
    sent = send_by_smtp(alice, message, now=FROZEN_NOW, confirmed=True)
    assert sent.sent_at == FROZEN_NOW
    assert len(server.messages) == 1


def test_a_discreet_eml_needs_confirmation_too(alice):
    message = discreet_draft(alice)
    with pytest.raises(NeedsConfirmation):
        eml_for(alice, message, now=FROZEN_NOW)
    filename, data = eml_for(alice, message, now=FROZEN_NOW, confirmed=True)
    assert filename == "A 15–20 minute chat about chemistry consulting.eml"
    assert b"Dana Boss <zoe@example.com>" in data


# ------------------------------------------------------------------ STARTTLS and TLS


def test_starttls_with_a_trusted_certificate_sends_after_logging_in(alice, certificate):
    with running(users={"alice": PASSWORD}, cert=certificate, mode="starttls") as smtp:
        use_server(alice, smtp, security="starttls", username="alice", password=PASSWORD)
        send_by_smtp(alice, draft(alice), now=FROZEN_NOW, ssl_context=smtp.client_context())
        assert smtp.recorder.logins == ["alice"]
        assert len(smtp.messages) == 1


def test_tls_from_the_start_sends(alice, certificate):
    with running(cert=certificate, mode="tls") as smtp:
        use_server(alice, smtp, security="tls")
        send_by_smtp(alice, draft(alice), now=FROZEN_NOW, ssl_context=smtp.client_context())
        assert len(smtp.messages) == 1


def test_an_unknown_certificate_is_refused_before_the_password_is_sent(alice, certificate):
    with running(users={"alice": PASSWORD}, cert=certificate, mode="starttls") as smtp:
        use_server(alice, smtp, security="starttls", username="alice", password=PASSWORD)
        message = draft(alice)
        with pytest.raises(mail.SendFailed) as info:
            send_by_smtp(alice, message, now=FROZEN_NOW)  # the system's trust store only
        assert smtp.recorder.logins == []
    assert info.value.reason == "tls"
    assert "certificate could not be verified" in str(info.value)
    assert unchanged(message)


def test_tls_against_a_plain_server_says_check_the_security_setting(alice, server):
    use_server(alice, server, security="tls")
    message = draft(alice)
    with pytest.raises(mail.SendFailed) as info:
        send_by_smtp(alice, message, now=FROZEN_NOW)
    assert info.value.reason in ("tls", "connect")
    assert "security setting" in str(info.value)
    assert unchanged(message)


def test_starttls_against_a_server_without_it_keeps_the_password(alice, server):
    use_server(alice, server, security="starttls", username="alice", password=PASSWORD)
    message = draft(alice)
    with pytest.raises(mail.SendFailed, match="does not offer STARTTLS"):
        send_by_smtp(alice, message, now=FROZEN_NOW)
    assert unchanged(message)


# ------------------------------------------------------------------ sent, but not recorded


def test_a_database_failure_after_delivery_says_it_went_out(alice, server, monkeypatch, caplog):
    from django.db import DatabaseError

    from coffeechat.outreach import sending
    from coffeechat.outreach.sending import SentNotRecorded

    def broken(*args, **kwargs):
        raise DatabaseError("database is locked")

    monkeypatch.setattr(sending, "record_sent", broken)
    use_server(alice, server)
    with pytest.raises(SentNotRecorded) as info:
        send_by_smtp(alice, draft(alice), now=FROZEN_NOW)
    assert str(info.value) == (
        "It was sent to Zoë Ruiz <zoe@example.com>, but coffeechat could not record it. "
        "Mark it as sent, so that the follow-ups come at the right time."
    )
    assert len(server.messages) == 1
    assert "could not be recorded" in caplog.text


def draft(user, contact=None, **changes):
    changes.setdefault("subject", "A 15–20 minute chat about chemistry consulting?")
    changes.setdefault("body", BODY)
    return mailserver.draft(user, contact, now=FROZEN_NOW, **changes)
