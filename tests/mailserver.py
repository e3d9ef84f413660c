"""A real SMTP server for the tests: aiosmtpd on a free loopback port, keeping what it
receives. With `users` it asks for a login; with a certificate it speaks STARTTLS or
TLS from the start. A helper module, not tests: test_smtp, test_sending and
tests/cli/test_message use it."""

from __future__ import annotations

import email
import shutil
import socket
import ssl
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"


def free_port() -> int:
    """A port nobody listens on now (the kernel picks it; the socket is closed again)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class Recorder:
    """aiosmtpd handler: keeps every message; refuses the recipients in `refuse`."""

    def __init__(self, refuse=()):
        self.envelopes = []
        self.refuse = set(refuse)
        self.logins = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"


class Authenticator:
    def __init__(self, users: dict[str, str], recorder: Recorder):
        self.users = users
        self.recorder = recorder

    def __call__(self, server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user, password = auth_data.login.decode(), auth_data.password.decode()
        ok = self.users.get(user) == password
        if ok:
            self.recorder.logins.append(user)
        return AuthResult(success=ok, handled=False)


@dataclass
class MailServer:
    host: str
    port: int
    recorder: Recorder
    cafile: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def messages(self) -> list:
        """What arrived, parsed (headers decoded, body as text)."""
        return [
            email.message_from_bytes(envelope.content, policy=policy.default)
            for envelope in self.recorder.envelopes
        ]

    @property
    def envelopes(self) -> list:
        return self.recorder.envelopes

    def client_context(self) -> ssl.SSLContext:
        """A client context that trusts this server's own certificate."""
        return ssl.create_default_context(cafile=self.cafile)


@contextmanager
def running(*, users: dict[str, str] | None = None, refuse=(), cert=None, mode: str = "plain"):
    """A server on 127.0.0.1 for the `with` block. mode: plain, starttls or tls
    (the last two need `cert`, a (certfile, keyfile) pair)."""
    recorder = Recorder(refuse)
    kwargs: dict = {}
    if users is not None:
        kwargs.update(
            authenticator=Authenticator(users, recorder),
            auth_required=True,
            auth_require_tls=mode != "plain",
        )
    server_context = None
    if cert is not None:
        server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_context.load_cert_chain(*cert)
    if mode == "starttls":
        kwargs.update(tls_context=server_context, require_starttls=True)
    controller = Controller(
        recorder,
        hostname=HOST,
        port=free_port(),
        ready_timeout=5,
        ssl_context=server_context if mode == "tls" else None,
        **kwargs,
    )
    controller.start()
    try:
        yield MailServer(HOST, controller.port, recorder, cafile=cert[0] if cert else None)
    finally:
        controller.stop()


def self_signed_certificate(folder: Path) -> tuple[str, str] | None:
    """A certificate for 127.0.0.1 and localhost made by the openssl program, or None
    when this computer has no openssl (the TLS tests then skip)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            openssl,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return str(cert), str(key)


# ------------------------------------------------------------------ records for the mail tests

DRAFT_SUBJECT = "A 15–20 minute chat?"
DRAFT_BODY = "Hi Zoë,\n\nWould you have 15–20 minutes for a chat?\n\nAlice"


def use_server(user, smtp: MailServer, **changes):
    """The user's mail settings pointing at `smtp` (plain, no TLS, unless `changes` say)."""
    from coffeechat.outreach.models import SmtpSettings

    values = {"host": smtp.host, "port": smtp.port, "security": "none"}
    values.update(changes)
    settings, _ = SmtpSettings.objects.update_or_create(user=user, defaults=values)
    return settings


def contact_of(user, **changes):
    """Zoë Ruiz, an alumna with an e-mail address, unless `changes` say otherwise."""
    from coffeechat.contacts.models import Contact

    values = {"name": "Zoë Ruiz", "email": "zoe@example.com", "source": "alumni"}
    values.update(changes)
    return Contact.objects.create(owner=user, **values)


def draft(user, contact=None, *, now, **changes):
    """A request e-mail drafted to `contact` (a new Zoë by default), not yet sent."""
    from coffeechat.conversations.services import record_message, start_conversation

    contact = contact or contact_of(user)
    conversation = start_conversation(user, contact, now=now)
    values = {"kind": "request", "channel": "email", "subject": DRAFT_SUBJECT, "body": DRAFT_BODY}
    values.update(changes)
    return record_message(user, conversation, now=now, sent=False, **values)
