"""Sending messages: what one message can do, the .eml file, SMTP (the views are in
sending_views.py).

A message sent by SMTP is recorded through `record_sent` (services.py), with its
Message-ID, which moves the conversation on; after the mail program or a .eml file the
user marks it sent on the messages panel, which ends there too. A message to a current
coworker, or to someone at the user's employer, goes out (or into a .eml or mailto:
link) only with the user's explicit "I know: send it anyway"; without it the server
refuses, and the SMTP server is never contacted.

The SMTP password is write-only: the settings page says whether one is saved, never
what it is; it is in no page, log line, error message or command output.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import DatabaseError
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from coffeechat.accounts.models import Profile
from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Message
from coffeechat.lib import mail
from coffeechat.scoping import get_owned

from .models import SmtpSettings
from .services import NeedsConfirmation, confirmation_reason, is_discreet, record_sent

logger = logging.getLogger(__name__)

CONFIRM_LABEL = "I know: send it anyway"


# ------------------------------------------------------------------ the user's mail settings


def get_smtp_settings_for(user) -> SmtpSettings | None:
    """The user's own SMTP settings, or None when they have none yet."""
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    return SmtpSettings.objects.filter(user=user).first()


def smtp_settings_cached(request) -> SmtpSettings | None:
    """The signed-in user's SMTP settings, read once per request: the chat page's
    scheduling panel and every message's send actions ask for them."""
    cache = request.__dict__.setdefault("_outreach_send", {})
    if "settings" not in cache:
        cache["settings"] = get_smtp_settings_for(request.user)
    return cache["settings"]


@sensitive_variables("settings")
def smtp_config(settings: SmtpSettings) -> mail.SmtpConfig:
    return mail.SmtpConfig(
        host=settings.host,
        port=settings.port,
        security=settings.security,
        username=settings.username,
        password=settings.password,
    )


def sender_address(profile: Profile, settings: SmtpSettings | None) -> str:
    """The From address: the one in the mail settings, else the profile's e-mail."""
    return (settings.from_address if settings else "") or profile.email


# ------------------------------------------------------------------ what a message can do


class CannotSend(Exception):
    """This message cannot go by SMTP; the text says why and what to do instead."""


class SentNotRecorded(Exception):
    """The server took the message, but the database failed to record it as sent:
    the user must not send it again, and should mark it sent."""


# What a send can raise instead of sending; `not_sent_text` words each for the page.
NOT_SENT = (CannotSend, mail.SendFailed, SentNotRecorded)


def not_sent_text(exc: Exception) -> str:
    """What the page says when a send raised one of NOT_SENT."""
    if isinstance(exc, SentNotRecorded):
        return str(exc)
    if isinstance(exc, mail.SendFailed):
        return f"Not sent: {exc} The draft is kept."
    return f"Not sent: {exc}"


@dataclass(frozen=True)
class SendOptions:
    """The ways one message can leave, as its send actions show them."""

    message: Message
    contact: Contact
    is_linkedin: bool
    mailto: str
    linkedin_url: str
    discreet: str | None  # why the user must confirm, or None
    smtp_ready: bool  # the user has mail settings
    can_smtp: bool  # "Send now" is offered
    smtp_note: str  # why "Send now" is not offered, in words for the user ("" when it is)


def send_options(
    message: Message, *, contact: Contact, profile: Profile, settings: SmtpSettings | None
) -> SendOptions:
    """What the send actions of `message` offer (no query beyond what the caller passes)."""
    is_linkedin = message.channel == "linkedin"
    try:
        check_smtp(message, contact, profile, settings)
        note = ""
    except CannotSend as exc:
        note = str(exc)
    return SendOptions(
        message=message,
        contact=contact,
        is_linkedin=is_linkedin,
        mailto=mail.mailto_url(contact.email, message.subject, message.body),
        linkedin_url=contact.linkedin_url,
        discreet=is_discreet(contact, profile),
        smtp_ready=settings is not None,
        can_smtp=not note,
        smtp_note=note if message.channel == "email" and not message.sent_at else "",
    )


def check_smtp(message, contact, profile, settings) -> None:
    """Raise CannotSend saying why `message` cannot go by SMTP now."""
    first = contact.first_name or contact.name
    if message.sent_at is not None:
        raise CannotSend("This message has already been sent.")
    if message.channel == "linkedin":
        raise CannotSend("This is a LinkedIn note: copy it and send it on LinkedIn.")
    if message.channel != "email":
        raise CannotSend("This message is not an e-mail.")
    if not contact.email:
        raise CannotSend(
            f"There is no e-mail address for {first}. Add one on their page to send from "
            "coffeechat; meanwhile you can copy the text, open it in your mail program or "
            "download it as a .eml file."
        )
    if settings is None:
        raise CannotSend(
            "To send from coffeechat, add your mail server in Mail settings (on your Profile)."
        )
    if not sender_address(profile, settings):
        raise CannotSend(
            "Add your e-mail address to your profile or mail settings: it goes in the From line."
        )


def contact_of(user, message: Message) -> Contact:
    """The message's contact with its organisation (the discretion check reads it)."""
    return get_owned(
        Contact.objects.select_related("organization"), user, message.contact_id, "contact"
    )


def email_for(
    message: Message,
    *,
    contact: Contact,
    profile: Profile,
    settings: SmtpSettings | None,
    now,
    message_id: str,
    invitation: bytes = b"",
    method: str = "REQUEST",
):
    """`message` as an e-mail from the user to `contact`, dated `now` in the user's zone,
    with `invitation` (an iCalendar file) attached as iMIP asks when there is one."""
    return mail.build_email(
        from_name=profile.name,
        from_address=sender_address(profile, settings),
        to_name=contact.name,
        to_address=contact.email,
        subject=message.subject,
        body=message.body,
        date=timezone.localtime(now, profile.zone),
        message_id=message_id,
        invitation=invitation,
        method=method,
    )


@sensitive_variables("settings")
def deliver(email, settings: SmtpSettings, *, what: str, **delivery) -> None:
    """Hand `email` to the user's SMTP server; the log says how it went for `what`
    ("Message 12"). Raises mail.SendFailed."""
    try:
        mail.deliver(email, smtp_config(settings), **delivery)
    except mail.SendFailed as exc:
        logger.warning("%s was not sent by SMTP (%s)", what, exc.reason)
        raise
    logger.info("%s sent by SMTP", what)


def send_by_smtp(user, message: Message, *, now, confirmed: bool = False, **delivery) -> Message:
    """Send `message` through the user's SMTP server and record it sent, with its
    Message-ID. Raises CannotSend (nothing tried), NeedsConfirmation (a discreet
    contact, or a request while someone else at the organisation is waiting; not
    confirmed: the server is never contacted) or mail.SendFailed (the
    server said no or could not be reached; the draft stays a draft). `delivery` goes
    to mail.deliver (tests pass an SSL context or a fake SMTP class)."""
    contact = contact_of(user, message)
    profile = get_profile(user)
    settings = get_smtp_settings_for(user)
    check_smtp(message, contact, profile, settings)
    reason = confirmation_reason(user, message, now=now, profile=profile)
    if reason and not confirmed:
        raise NeedsConfirmation(reason)
    message_id = mail.new_message_id(sender_address(profile, settings))
    email = email_for(
        message,
        contact=contact,
        profile=profile,
        settings=settings,
        now=now,
        message_id=message_id,
    )
    deliver(email, settings, what=f"Message {message.pk}", **delivery)
    try:
        # The message is out: the confirmation check above already had its say.
        return record_sent(user, message, now=now, message_id=message_id, confirmed=True)
    except DatabaseError:
        logger.exception("Message %s was sent by SMTP but could not be recorded", message.pk)
        raise SentNotRecorded(
            f"It was sent to {contact.name} <{contact.email}>, but coffeechat could not "
            "record it. Mark it as sent, so that the follow-ups come at the right time."
        ) from None


def eml_for(user, message: Message, *, now, confirmed: bool = False) -> tuple[str, bytes]:
    """(file name, bytes) of `message` as a .eml file for the user's mail program.
    Raises NeedsConfirmation (a discreet contact, or a request while someone else at the
    organisation is waiting) unless `confirmed`."""
    contact = contact_of(user, message)
    profile = get_profile(user)
    reason = confirmation_reason(user, message, now=now, profile=profile)
    if reason and not confirmed:
        raise NeedsConfirmation(reason)
    settings = get_smtp_settings_for(user)
    sender = sender_address(profile, settings)
    email = email_for(
        message,
        contact=contact,
        profile=profile,
        settings=settings,
        now=now,
        message_id=message.message_id or mail.new_message_id(sender or contact.email),
    )
    return mail.eml_filename(message.subject), mail.eml_bytes(email, unsent=not message.sent_at)


@sensitive_variables("settings")
def send_test_message(user, *, now, **delivery) -> str:
    """Send a short test message to the user's own address; the address it went to.
    Raises CannotSend or mail.SendFailed."""
    profile = get_profile(user)
    settings = get_smtp_settings_for(user)
    if settings is None:
        raise CannotSend("Save your mail settings first.")
    sender = sender_address(profile, settings)
    to = profile.email or sender
    if not sender or not to:
        raise CannotSend(
            "Add your e-mail address to your profile or mail settings: it goes in the From line."
        )
    email = mail.build_email(
        from_name=profile.name,
        from_address=sender,
        to_name=profile.name,
        to_address=to,
        subject="coffeechat test message",
        body=(
            "This is a test message from coffeechat.\n\n"
            f"It went through {settings.host}, port {settings.port}: "
            "your mail settings work, and coffeechat can send your messages."
        ),
        date=timezone.localtime(now, profile.zone),
        message_id=mail.new_message_id(sender),
    )
    mail.deliver(email, smtp_config(settings), **delivery)
    logger.info("Test message sent by SMTP")
    return to
