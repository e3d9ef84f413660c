"""A message as an e-mail, a .eml file and a mailto: link; how delivery picks its way
(plain SMTP with STARTTLS, TLS from the start, or none on this computer) and how each
failure reads. Pure: no database, no network (a fake SMTP class stands in)."""

from __future__ import annotations

import email
import smtplib
import socket
import ssl
from datetime import datetime
from email import policy
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest

from coffeechat.lib import mail

LONDON = ZoneInfo("Europe/London")
WHEN = datetime(2026, 11, 4, 9, 30, tzinfo=LONDON)
PASSWORD = "hunter2-Sekr!t"


def an_email(**changes):
    values = {
        "from_name": "Alice Martin",
        "from_address": "alice@example.org",
        "to_name": "Zoë Ruiz",
        "to_address": "zoe@example.com",
        "subject": "A 15–20 minute chat?",
        "body": "Hi Zoë,\n\nWould you have 15–20 minutes for a chat?\n\nAlice",
        "date": WHEN,
        "message_id": "<42.1@example.org>",
    }
    values.update(changes)
    return mail.build_email(**values)


def parsed(data: bytes):
    return email.message_from_bytes(data, policy=policy.default)


# ------------------------------------------------------------------ the message


def test_an_email_has_every_header_and_a_utf8_plain_text_body():
    message = parsed(mail.eml_bytes(an_email()))
    assert message["From"] == "Alice Martin <alice@example.org>"
    assert message["To"] == "Zoë Ruiz <zoe@example.com>"
    assert message["Subject"] == "A 15–20 minute chat?"
    assert message["Date"] == "Wed, 04 Nov 2026 09:30:00 +0000"
    assert message["Message-ID"] == "<42.1@example.org>"
    assert message["MIME-Version"] == "1.0"
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    body = message.get_content().replace("\r\n", "\n")
    assert body == "Hi Zoë,\n\nWould you have 15–20 minutes for a chat?\n\nAlice\n"


def test_a_date_in_summer_keeps_the_users_offset():
    message = parsed(mail.eml_bytes(an_email(date=datetime(2026, 7, 1, 14, 0, tzinfo=LONDON))))
    assert message["Date"] == "Wed, 01 Jul 2026 14:00:00 +0100"


def test_non_ascii_names_and_subjects_are_encoded_words_on_the_wire():
    raw = mail.eml_bytes(an_email())
    raw.decode("ascii")  # every byte of the file is ASCII: any server carries it
    assert b"=?utf-8?" in raw


def test_the_eml_file_uses_crlf_line_endings_and_opens_as_a_draft():
    raw = mail.eml_bytes(an_email())
    assert b"\r\n\r\n" in raw
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert parsed(raw)["X-Unsent"] == "1"
    assert "X-Unsent" not in parsed(mail.eml_bytes(an_email(), unsent=False))


def test_a_line_break_in_the_subject_cannot_add_a_header():
    message = parsed(mail.eml_bytes(an_email(subject="Hello\r\nBcc: everyone@example.org")))
    assert message["Subject"] == "Hello Bcc: everyone@example.org"
    assert message["Bcc"] is None


def test_windows_line_endings_in_the_body_are_kept_as_lines():
    message = parsed(mail.eml_bytes(an_email(body="one\r\ntwo\rthree")))
    assert message.get_content().replace("\r\n", "\n") == "one\ntwo\nthree\n"


def test_without_an_address_the_to_line_is_left_for_the_mail_program():
    message = parsed(mail.eml_bytes(an_email(to_address="")))
    assert message["To"] is None
    assert message["Subject"] == "A 15–20 minute chat?"


def test_an_internationalised_domain_is_written_in_ascii():
    message = parsed(mail.eml_bytes(an_email(to_address="zoe@exämple.org")))
    assert message["To"].addresses[0].domain == "xn--exmple-cua.org"


def test_a_new_message_id_is_in_the_senders_domain():
    first = mail.new_message_id("Alice@Example.org")
    assert first.startswith("<") and first.endswith("@example.org>")
    assert mail.new_message_id("alice@example.org") != first


@pytest.mark.parametrize(
    ("subject", "filename"),
    [
        ("A 15–20 minute chat?", "A 15–20 minute chat.eml"),
        ('Re: "Leeds" / chemistry', "Re Leeds chemistry.eml"),
        ("Thank you, Zoë", "Thank you, Zoë.eml"),
        ("", "message.eml"),
        ("???", "message.eml"),
        ("..hidden", "hidden.eml"),
    ],
)
def test_the_file_name_comes_from_the_subject(subject, filename):
    assert mail.eml_filename(subject) == filename


def test_a_long_subject_makes_a_short_file_name_cut_at_a_word():
    name = mail.eml_filename("word " * 40)
    assert len(name) <= 84 and name.endswith("word.eml")


# ------------------------------------------------------------------ mailto:


def test_mailto_percent_encodes_subject_and_body_as_utf8():
    url = mail.mailto_url("zoe@example.com", "A 15–20 minute chat?", "Hi Zoë,\n\nThanks & bye")
    assert url == (
        "mailto:zoe@example.com"
        "?subject=A%2015%E2%80%9320%20minute%20chat%3F"
        "&body=Hi%20Zo%C3%AB%2C%0D%0A%0D%0AThanks%20%26%20bye"
    )


def test_mailto_round_trips_newlines_and_non_ascii():
    body = "Hi Zoë,\n15–20 minutes?\r\nAlice"
    url = mail.mailto_url("zoe@example.com", "Über 100% sure?", body)
    query = url.split("?", 1)[1]
    fields = dict(part.split("=", 1) for part in query.split("&"))
    assert unquote(fields["subject"]) == "Über 100% sure?"
    assert unquote(fields["body"]) == "Hi Zoë,\r\n15–20 minutes?\r\nAlice"
    assert "+" not in url and " " not in url and "\n" not in url


def test_mailto_without_an_address_still_carries_the_message():
    assert mail.mailto_url("", "Hello", "Hi") == "mailto:?subject=Hello&body=Hi"


def test_mailto_escapes_characters_special_in_an_address():
    assert mail.mailto_url("a?b&c@example.com", "", "") == "mailto:a%3Fb%26c@example.com"


def test_mailto_subject_is_one_line():
    assert "%0A" not in mail.mailto_url("a@example.com", "one\ntwo", "")


# ------------------------------------------------------------------ delivery: the way in


class FakeSMTP:
    """Records what delivery does; `fail` makes one step raise."""

    instances: list = []
    extensions = {"starttls", "auth"}

    def __init__(self, host, port, timeout=None, context=None, fail=None):
        self.host, self.port, self.timeout, self.context = host, port, timeout, context
        self.calls = []
        self.fail = getattr(type(self), "fail_with", {})
        type(self).instances.append(self)
        self._step("connect")

    def _step(self, name, *args):
        self.calls.append((name, *args))
        if name in self.fail:
            raise self.fail[name]

    def ehlo(self):
        self._step("ehlo")

    def has_extn(self, name):
        return name in self.extensions

    def starttls(self, context=None):
        self._step("starttls", context)

    def login(self, user, password):
        self._step("login", user)  # the password is not kept, even here

    def send_message(self, message):
        self._step("send", message["To"])

    def quit(self):
        self._step("quit")

    def close(self):
        self.calls.append(("close",))


class FakeSMTP_SSL(FakeSMTP):
    pass


@pytest.fixture
def fakes():
    FakeSMTP.instances = []
    FakeSMTP.fail_with = {}
    FakeSMTP_SSL.fail_with = {}
    yield
    FakeSMTP.instances = []


def deliver(config, **kwargs):
    mail.deliver(an_email(), config, smtp_class=FakeSMTP, smtp_ssl_class=FakeSMTP_SSL, **kwargs)
    return FakeSMTP.instances[-1]


def steps(server):
    return [call[0] for call in server.calls]


def test_starttls_connects_in_plain_then_upgrades_before_logging_in(fakes):
    server = deliver(mail.SmtpConfig("smtp.example.org", 587, "starttls", "alice", PASSWORD))
    assert type(server) is FakeSMTP
    assert steps(server) == ["connect", "ehlo", "starttls", "ehlo", "login", "send", "quit"]
    assert isinstance(server.calls[2][1], ssl.SSLContext)
    assert server.calls[2][1].verify_mode == ssl.CERT_REQUIRED


def test_tls_is_encrypted_from_the_first_byte(fakes):
    server = deliver(mail.SmtpConfig("smtp.example.org", 465, "tls", "alice", PASSWORD))
    assert type(server) is FakeSMTP_SSL
    assert isinstance(server.context, ssl.SSLContext)
    assert steps(server) == ["connect", "ehlo", "login", "send", "quit"]


def test_no_login_without_a_user_name_or_password(fakes):
    server = deliver(mail.SmtpConfig("localhost", 25, "none"))
    assert steps(server) == ["connect", "ehlo", "send", "quit"]


def test_the_timeout_reaches_the_connection(fakes):
    server = deliver(mail.SmtpConfig("smtp.example.org", 587, timeout=7))
    assert server.timeout == 7


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "127.0.1.1", "::1", "[::1]"])
def test_no_encryption_is_allowed_on_this_computer(fakes, host):
    assert mail.is_local_host(host)
    deliver(mail.SmtpConfig(host, 25, "none"))


@pytest.mark.parametrize("host", ["smtp.example.org", "10.0.0.5", "localhost.example.org"])
def test_no_encryption_is_refused_for_any_other_server_before_connecting(fakes, host):
    with pytest.raises(mail.SendFailed, match="only to a mail server on this computer") as info:
        deliver(mail.SmtpConfig(host, 25, "none", "alice", PASSWORD))
    assert info.value.reason == "setup"
    assert FakeSMTP.instances == []


def test_a_server_without_starttls_is_not_sent_the_password(fakes, monkeypatch):
    monkeypatch.setattr(FakeSMTP, "extensions", {"auth"})
    with pytest.raises(mail.SendFailed, match="does not offer STARTTLS") as info:
        deliver(mail.SmtpConfig("smtp.example.org", 587, "starttls", "alice", PASSWORD))
    assert info.value.reason == "tls"
    assert "login" not in steps(FakeSMTP.instances[-1])


def test_a_message_without_a_recipient_is_not_sent(fakes):
    with pytest.raises(mail.SendFailed, match="no recipient"):
        mail.deliver(
            an_email(to_address=""),
            mail.SmtpConfig("localhost", 25, "none"),
            smtp_class=FakeSMTP,
        )
    assert FakeSMTP.instances == []


# ------------------------------------------------------------------ delivery: failures in words


FAILURES = [
    ("connect", ConnectionRefusedError(111, "Connection refused"), "connect", "Could not connect"),
    ("connect", socket.gaierror(-2, "Name or service not known"), "connect", "Could not find"),
    ("connect", TimeoutError("timed out"), "timeout", "did not answer within 20 seconds"),
    ("connect", OSError(101, "Network is unreachable"), "connect", "Network is unreachable"),
    (
        "starttls",
        ssl.SSLCertVerificationError(1, "certificate verify failed"),
        "tls",
        "certificate could not be verified",
    ),
    ("starttls", ssl.SSLError(1, "WRONG_VERSION_NUMBER"), "tls", "secure connection"),
    (
        "login",
        smtplib.SMTPAuthenticationError(535, b"5.7.8 Authentication credentials invalid"),
        "auth",
        "refused your user name or password (the server said: 535 5.7.8",
    ),
    (
        "login",
        smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server."),
        "refused",
        "does not support",
    ),
    (
        "send",
        smtplib.SMTPRecipientsRefused({"zoe@example.com": (550, b"5.1.1 No such user")}),
        "recipient",
        "refused the recipient zoe@example.com (the server said: 550 5.1.1 No such user)",
    ),
    (
        "send",
        smtplib.SMTPSenderRefused(553, b"Not your address", "alice@example.org"),
        "sender",
        "refused the sender address alice@example.org",
    ),
    (
        "send",
        smtplib.SMTPSenderRefused(530, b"Must issue a STARTTLS command first", "a@example.org"),
        "auth",
        "wants a login or encryption",
    ),
    ("send", smtplib.SMTPDataError(554, b"Spam detected"), "refused", "554 Spam detected"),
    ("ehlo", smtplib.SMTPServerDisconnected("gone"), "connect", "closed the connection"),
]


@pytest.mark.parametrize(("step", "error", "reason", "words"), FAILURES)
def test_each_failure_says_why_in_plain_words(fakes, step, error, reason, words):
    FakeSMTP.fail_with = {step: error}
    with pytest.raises(mail.SendFailed) as info:
        deliver(mail.SmtpConfig("smtp.example.org", 587, "starttls", "alice", PASSWORD))
    assert info.value.reason == reason
    assert words in str(info.value)
    assert info.value.__suppress_context__  # no library traceback rides along
    assert PASSWORD not in str(info.value) and PASSWORD not in repr(info.value)


def test_a_failure_to_say_goodbye_after_sending_is_not_a_failure(fakes):
    FakeSMTP.fail_with = {"quit": smtplib.SMTPServerDisconnected("bye")}
    server = deliver(mail.SmtpConfig("smtp.example.org", 587, "starttls", "alice", PASSWORD))
    assert steps(server)[-2:] == ["quit", "close"]


def test_a_server_reply_quoting_the_password_is_scrubbed(fakes):
    FakeSMTP.fail_with = {
        "login": smtplib.SMTPAuthenticationError(535, f"bad password {PASSWORD}".encode())
    }
    with pytest.raises(mail.SendFailed) as info:
        deliver(mail.SmtpConfig("smtp.example.org", 587, "starttls", "alice", PASSWORD))
    assert PASSWORD not in str(info.value)
    assert "•••" in str(info.value)


def test_the_password_is_not_in_the_settings_repr():
    config = mail.SmtpConfig("smtp.example.org", 587, "starttls", "alice", PASSWORD)
    assert PASSWORD not in repr(config) and PASSWORD not in str(config)
    assert "alice" in repr(config)


def test_scrub_hides_the_password_and_its_base64_form():
    import base64

    encoded = base64.b64encode(PASSWORD.encode()).decode()
    assert mail.scrub(f"x {PASSWORD} y {encoded}", PASSWORD) == "x ••• y •••"
    assert mail.scrub("nothing", "") == "nothing"
