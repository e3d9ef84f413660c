"""One message as an e-mail: its headers and body, a .eml file, a mailto: link, and
delivery through the user's own SMTP server.

No Django here: plain values in, plain values out, so each part is testable alone.
The SMTP password goes in and is never written out: not in a repr, not in an error,
not in a log line (server replies quoted in errors are scrubbed of it too).
"""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import re
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote

STARTTLS = "starttls"
TLS = "tls"
PLAIN = "none"
SECURITIES = (STARTTLS, TLS, PLAIN)
DEFAULT_TIMEOUT = 20  # seconds for each step of the SMTP conversation

# Characters that no file system accepts in a name (Windows is the strictest).
_UNSAFE_IN_FILENAME = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')


# ------------------------------------------------------------------ the message


def one_line(text: str) -> str:
    """`text` with every run of whitespace (line breaks included) as one space: a header
    holding a line break would end the header early, or start a new one."""
    return " ".join((text or "").split())


def _address(name: str, address: str) -> Address:
    """An address for a header; an internationalised domain is written in ASCII (IDNA),
    which every mail server understands."""
    local, _, domain = address.strip().rpartition("@")
    with contextlib.suppress(UnicodeError):  # else left as typed: the server will say
        domain = domain.encode("idna").decode("ascii")
    return Address(display_name=one_line(name), username=local, domain=domain)


def domain_of(address: str) -> str:
    """The domain of an e-mail address ("example.org" for "ana@example.org"), or ""."""
    return address.strip().rpartition("@")[2].lower()


def new_message_id(from_address: str) -> str:
    """A fresh Message-ID in the sender's domain, such as <1731.42.7@example.org>."""
    domain = domain_of(from_address)
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        domain = ""
    return make_msgid(domain=domain or None)


def build_email(
    *,
    from_name: str,
    from_address: str,
    to_name: str,
    to_address: str,
    subject: str,
    body: str,
    date: datetime,
    message_id: str,
    invitation: bytes = b"",
    method: str = "REQUEST",
) -> EmailMessage:
    """An RFC 5322 message: From, To, Subject, Date, Message-ID, MIME-Version and a
    text/plain body in UTF-8. An empty `to_address` leaves out the To line (the user
    fills it in their mail program); likewise an empty `from_address` leaves out From.
    With `invitation` (an iCalendar file) the message carries it as iMIP asks: see
    `attach_invitation`."""
    message = EmailMessage(policy=policy.SMTP)
    if from_address:
        message["From"] = _address(from_name, from_address)
    if to_address:
        message["To"] = _address(to_name, to_address)
    message["Subject"] = one_line(subject)
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id
    # Textareas send \r\n; the body is kept as lines and written with the policy's endings.
    # Quoted-printable: any server carries it (no 8BITMIME needed), and ASCII stays readable.
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    message.set_content(text, charset="utf-8", cte="quoted-printable")
    if invitation:
        attach_invitation(message, invitation, method=method)
    return message


CALENDAR_METHODS = ("REQUEST", "CANCEL", "PUBLISH", "REPLY")
INVITATION_FILENAME = "invite.ics"


def attach_invitation(
    message: EmailMessage, ics: bytes, *, method: str = "REQUEST", filename: str = ""
) -> EmailMessage:
    """Put a calendar invitation in `message`, the way iMIP (RFC 6047) and the big mail
    programs expect it:

        multipart/mixed
          multipart/alternative
            text/plain                                  the message as written
            text/calendar; method=REQUEST; charset=UTF-8   read by Gmail, Outlook, Apple Mail
          application/ics; name="invite.ics"            the same file, to open or save

    The method parameter must match the file's METHOD (REQUEST, or CANCEL for a
    cancellation). Both parts are base64, so the file's CRLF line ends and long folded
    lines reach the calendar exactly as written.
    """
    method = method.upper()
    if method not in CALENDAR_METHODS:
        raise ValueError(f"Unknown calendar method {method!r}.")
    if f"METHOD:{method}".encode() not in ics:
        raise ValueError(f"The calendar file is not a METHOD:{method}.")
    filename = filename or INVITATION_FILENAME
    message.add_alternative(ics, maintype="text", subtype="calendar", cte="base64")
    calendar_part = message.get_payload()[-1]
    calendar_part.replace_header("Content-Type", f"text/calendar; method={method}; charset=UTF-8")
    message.add_attachment(ics, maintype="application", subtype="ics", filename=filename)
    attachment = message.get_payload()[-1]
    attachment.set_param("name", filename)
    for part in (calendar_part, attachment):
        del part["MIME-Version"]  # said once, at the top
    return message


def invitation_parts(message) -> tuple[list, list]:
    """(text/calendar parts, .ics attachments) of a message: for tests and checks."""
    calendars, attachments = [], []
    for part in message.walk():
        if part.get_content_type() == "text/calendar" and not part.get_filename():
            calendars.append(part)
        elif (part.get_filename() or "").lower().endswith(".ics"):
            attachments.append(part)
    return calendars, attachments


def eml_bytes(message: EmailMessage, *, unsent: bool = True) -> bytes:
    """The message as a .eml file (CRLF line endings). `unsent` adds X-Unsent: 1, which
    tells Outlook to open the file as a draft to send rather than as a received message."""
    if unsent and "X-Unsent" not in message:
        message["X-Unsent"] = "1"
    return message.as_bytes(policy=policy.SMTP)


def eml_filename(subject: str, fallback: str = "message") -> str:
    """A file name for the .eml made from the subject: characters that some file system
    refuses are dropped, and it stays short enough for every one."""
    name = one_line(_UNSAFE_IN_FILENAME.sub(" ", subject or "")).strip(" .")
    if len(name) > 80:
        name = name[:80].rsplit(" ", 1)[0] if " " in name[:80] else name[:80]
        name = name.rstrip(" .")
    return f"{name or fallback}.eml"


def mailto_url(to_address: str, subject: str, body: str) -> str:
    """A mailto: link (RFC 6068) that opens the user's mail program with the message.

    Everything is percent-encoded as UTF-8; spaces become %20 (a "+" would stay a plus
    sign) and line breaks %0D%0A, as the RFC asks. Without an address the program asks
    for one.
    """
    address = quote(to_address.strip(), safe="@")
    fields = []
    if subject:
        fields.append("subject=" + quote(one_line(subject), safe=""))
    if body:
        lines = body.replace("\r\n", "\n").replace("\r", "\n")
        fields.append("body=" + quote(lines.replace("\n", "\r\n"), safe=""))
    return f"mailto:{address}" + ("?" + "&".join(fields) if fields else "")


# ------------------------------------------------------------------ delivery


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how to deliver. The password never appears in the repr."""

    host: str
    port: int
    security: str = STARTTLS
    username: str = ""
    password: str = field(default="", repr=False)
    timeout: float = DEFAULT_TIMEOUT


class SendFailed(Exception):
    """Delivery failed. `str()` is a plain sentence for the user; `reason` a short code
    for programs: connect, timeout, tls, auth, sender, recipient, refused, setup."""

    def __init__(self, message: str, reason: str):
        super().__init__(message)
        self.reason = reason

    def __repr__(self) -> str:
        return f"SendFailed({str(self)!r}, reason={self.reason!r})"


def is_local_host(host: str) -> bool:
    """True for this computer (localhost, 127.x.x.x, ::1): the only place a connection
    without encryption is allowed, since nothing on it crosses a network."""
    host = host.strip().strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def deliver(
    message: EmailMessage,
    config: SmtpConfig,
    *,
    ssl_context: ssl.SSLContext | None = None,
    smtp_class: type[smtplib.SMTP] = smtplib.SMTP,
    smtp_ssl_class: type[smtplib.SMTP_SSL] = smtplib.SMTP_SSL,
) -> None:
    """Send `message` to its To address through the server in `config`, or raise
    SendFailed saying why in plain words. TLS certificates are verified."""
    if config.security not in SECURITIES:
        raise SendFailed(f"Unknown security setting “{config.security}”.", "setup")
    if config.security == PLAIN and not is_local_host(config.host):
        raise SendFailed(
            "Sending without encryption is allowed only to a mail server on this computer. "
            "Choose STARTTLS or TLS in your mail settings.",
            "setup",
        )
    recipients = [a.addr_spec for a in message["To"].addresses] if message["To"] else []
    if not recipients:
        raise SendFailed("The message has no recipient address.", "recipient")
    context = ssl_context or ssl.create_default_context()
    where = f"{config.host}:{config.port}"
    try:
        _send(message, config, context, smtp_class, smtp_ssl_class)
    except SendFailed:
        raise
    except smtplib.SMTPAuthenticationError as exc:
        raise SendFailed(
            "The mail server refused your user name or password"
            + _reply(exc.smtp_code, exc.smtp_error, config.password)
            + ". Check them in your mail settings.",
            "auth",
        ) from None
    except smtplib.SMTPSenderRefused as exc:
        if exc.smtp_code == 530:  # "authentication required" or "STARTTLS first"
            raise SendFailed(
                "The mail server wants a login or encryption before it takes a message"
                + _reply(exc.smtp_code, exc.smtp_error, config.password)
                + ". Check the security setting, your user name and your password.",
                "auth",
            ) from None
        raise SendFailed(
            f"The mail server refused the sender address {exc.sender}"
            + _reply(exc.smtp_code, exc.smtp_error, config.password)
            + ". Check the “from” address in your mail settings.",
            "sender",
        ) from None
    except smtplib.SMTPRecipientsRefused as exc:
        address, (code, reply) = next(iter(exc.recipients.items()))
        raise SendFailed(
            f"The mail server refused the recipient {address}"
            + _reply(code, reply, config.password)
            + ". Check the contact's e-mail address.",
            "recipient",
        ) from None
    except smtplib.SMTPNotSupportedError as exc:
        raise SendFailed(
            f"The mail server at {where} does not support what sending needs: "
            f"{_text(exc, config.password)}.",
            "refused",
        ) from None
    except smtplib.SMTPResponseException as exc:
        raise SendFailed(
            "The mail server refused the message"
            + _reply(exc.smtp_code, exc.smtp_error, config.password)
            + ".",
            "refused",
        ) from None
    except smtplib.SMTPServerDisconnected as exc:
        if "timed out" in str(exc):  # smtplib reports a read timeout as a hang-up
            raise _timed_out(config, where) from None
        raise SendFailed(
            f"The mail server at {where} closed the connection before the message was sent. "
            "Check the port and the security setting (port 465 usually needs TLS, "
            "port 587 STARTTLS).",
            "connect",
        ) from None
    except smtplib.SMTPException as exc:  # any other refusal; before OSError, its base
        raise SendFailed(
            f"Sending failed: {_text(exc, config.password)}.",
            "refused",
        ) from None
    except ssl.SSLCertVerificationError as exc:
        detail = _text(getattr(exc, "verify_message", None) or exc, config.password)
        raise SendFailed(
            f"The secure connection to {where} failed: the server's certificate could not be "
            f"verified ({detail}).",
            "tls",
        ) from None
    except ssl.SSLError as exc:
        detail = _text(getattr(exc, "reason", None) or exc, config.password)
        raise SendFailed(
            f"The secure connection to {where} failed ({detail}). "
            "Check the security setting: port 465 usually needs TLS, port 587 STARTTLS.",
            "tls",
        ) from None
    except TimeoutError:
        raise _timed_out(config, where) from None
    except socket.gaierror:
        raise SendFailed(
            f"Could not find the mail server “{config.host}”. Check the server name.",
            "connect",
        ) from None
    except ConnectionRefusedError:
        raise SendFailed(
            f"Could not connect to the mail server at {where}: the connection was refused. "
            "Check the server name and port.",
            "connect",
        ) from None
    except OSError as exc:
        raise SendFailed(
            f"Could not connect to the mail server at {where} "
            f"({_text(exc.strerror or exc, config.password)}).",
            "connect",
        ) from None


def _timed_out(config: SmtpConfig, where: str) -> SendFailed:
    return SendFailed(
        f"The mail server at {where} did not answer within {config.timeout:g} seconds. "
        "Check the port and the security setting (port 465 usually needs TLS).",
        "timeout",
    )


def _send(message, config, context, smtp_class, smtp_ssl_class) -> None:
    if config.security == TLS:
        server = smtp_ssl_class(config.host, config.port, timeout=config.timeout, context=context)
    else:
        server = smtp_class(config.host, config.port, timeout=config.timeout)
    try:
        server.ehlo()
        if config.security == STARTTLS:
            if not server.has_extn("starttls"):
                raise SendFailed(
                    f"The mail server at {config.host}:{config.port} does not offer STARTTLS. "
                    "Choose TLS (usually port 465) in your mail settings.",
                    "tls",
                )
            server.starttls(context=context)
            server.ehlo()
        if config.username or config.password:
            server.login(config.username, config.password)
        server.send_message(message)
    finally:
        try:
            server.quit()
        except (smtplib.SMTPException, OSError):
            server.close()  # the message is out (or the failure above says why)


def _text(value, password: str) -> str:
    """A server's or library's words, on one line and without the password in them."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return scrub(one_line(str(value)), password).rstrip(".")


def _reply(code, reply, password: str) -> str:
    words = _text(reply, password)
    return f" (the server said: {code} {words})" if words else f" ({code})"


def scrub(text: str, password: str) -> str:
    """`text` with the password, and the base64 forms a login sends, blanked out."""
    if not password:
        return text
    secrets = {password, base64.b64encode(password.encode()).decode()}
    for secret in secrets:
        text = text.replace(secret, "•••")
    return text
