"""The confirmation of a scheduled chat, sent with its calendar invitation (iMIP, RFC 6047).

One e-mail carries the user's own wording (their "confirmation", "reschedule" or
"cancellation" template, with {when} in the contact's zone and the user's) and the
chat's iCalendar file twice: as a text/calendar part that Gmail, Outlook and Apple Mail
turn into "Add to calendar" buttons, and as an .ics attachment. The file is the chat's
current invitation (`scheduling.invitation_ics`): METHOD:REQUEST while it is scheduled,
with the UID that never changes and the SEQUENCE raised by each reschedule, and
METHOD:CANCEL after a cancellation.

Sent by SMTP it is recorded through `record_sent` (the discretion guard has its say
first, and the SMTP server is never contacted without the go-ahead); as a .eml file it is
recorded when the user says it went. A confirmation or reschedule sent marks the chat
confirmed (`Conversation.confirmed_at`), which ends Today's "Confirm" reminder.
"""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import DatabaseError, transaction

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.conversations import scheduling
from coffeechat.conversations.models import Conversation, Message
from coffeechat.lib import calendar as cal
from coffeechat.lib import mail, pipeline
from coffeechat.lib.message_templates import Filled, fill_template, template_values
from coffeechat.lib.timezones import is_valid_zone
from coffeechat.scoping import get_owned

from .sending import (
    CannotSend,
    SentNotRecorded,
    check_smtp,
    deliver,
    email_for,
    get_smtp_settings_for,
    sender_address,
)
from .services import NeedsConfirmation, is_discreet, own_templates, record_sent, save_draft

logger = logging.getLogger(__name__)

CONFIRMATION = "confirmation"
RESCHEDULE = "reschedule"
CANCELLATION = "cancellation"
# Kinds whose sending confirms the chat's current time.
CONFIRMING = frozenset({CONFIRMATION, RESCHEDULE})


def _chat(user, conversation: Conversation) -> Conversation:
    """The user's own conversation, read afresh, with its contact and organisation."""
    return get_owned(
        Conversation.objects.select_related("contact__organization", "target"),
        user,
        conversation.pk,
        "conversation",
    )


def latest_reschedule_at(conversation: Conversation) -> datetime | None:
    latest = conversation.reschedules.order_by("-at", "-id").values_list("at", flat=True).first()
    return latest


def invitation_kind(conversation: Conversation, *, rescheduled_at: datetime | None) -> str | None:
    """Which message goes with the invitation now: a cancellation after a cancellation; a
    reschedule when the time moved since the last confirmation; else a confirmation.
    None when the chat has no invitation to send (not scheduled, never scheduled)."""
    method = scheduling.invitation_method(conversation)
    if method == scheduling.CANCEL:
        return CANCELLATION
    if method != scheduling.REQUEST:
        return None
    confirmed = conversation.confirmed_at
    if confirmed is not None and rescheduled_at is not None and rescheduled_at > confirmed:
        return RESCHEDULE
    return CONFIRMATION


def is_confirmed(conversation: Conversation, *, rescheduled_at: datetime | None) -> bool:
    """A confirmation went out for the chat's current time."""
    confirmed = conversation.confirmed_at
    return confirmed is not None and (rescheduled_at is None or confirmed >= rescheduled_at)


def their_zone(conversation: Conversation, profile) -> ZoneInfo | None:
    """The contact's zone: their own if known, else the zone the chat was agreed in when
    it is not the user's; None when there is nothing but the user's."""
    contact = conversation.contact
    if is_valid_zone(contact.timezone):
        return ZoneInfo(contact.timezone)
    if is_valid_zone(conversation.zone) and conversation.zone != profile.timezone:
        return ZoneInfo(conversation.zone)
    return None


def when_for_them(conversation: Conversation, profile) -> str:
    """The agreed time for a message to the contact: their zone first, then the user's
    ("Tue 16 Mar 2027, 20:00 London time (15:00 New York time)")."""
    if conversation.scheduled_at is None:
        return ""
    theirs = their_zone(conversation, profile)
    if theirs is None:
        return cal.show_in_zones(conversation.scheduled_at, profile.zone, None)
    return cal.show_in_zones(conversation.scheduled_at, theirs, profile.zone)


def when_for_me(conversation: Conversation, profile) -> str:
    """The agreed time for the user: their zone first, then the contact's when it differs."""
    if conversation.scheduled_at is None:
        return ""
    return cal.show_in_zones(
        conversation.scheduled_at, profile.zone, their_zone(conversation, profile)
    )


def invitation_message(user, conversation: Conversation, kind: str, profile=None) -> Filled:
    """The user's template for `kind` filled from the chat, {when} in both zones."""
    profile = profile or get_profile(user)
    contact = conversation.contact
    target = conversation.target
    values = template_values(
        first_name=contact.first_name,
        my_name=profile.name,
        connection=contact.connection,
        organization=contact.organization.name if contact.organization_id else "",
        target=target.name if target else "",
        target_is_organization=bool(target and target.kind == target.ORGANIZATION),
        duration_minutes=conversation.duration_minutes,
    )
    values["when"] = when_for_them(conversation, profile)
    return fill_template(own_templates(user)[kind], values)


def _email(user, conversation, message: Message, *, profile, settings, now, message_id):
    """The e-mail of `message`, with the chat's current invitation in it."""
    ics = scheduling.invitation_ics(user, conversation, now=now)
    method = scheduling.invitation_method(conversation) or scheduling.REQUEST
    return email_for(
        message,
        contact=conversation.contact,
        profile=profile,
        settings=settings,
        now=now,
        message_id=message_id,
        invitation=ics,
        method=method,
    )


def _check_invitation(conversation: Conversation, profile) -> str:
    """The kind to send; CannotSend saying why there is nothing to send or no way to."""
    kind = invitation_kind(conversation, rescheduled_at=latest_reschedule_at(conversation))
    if kind is None:
        raise CannotSend(
            "There is no invitation to send: agree a time first (the chat is "
            f"{conversation.status_label.lower()})."
        )
    if not profile.email:
        raise CannotSend(
            "Add your e-mail address to your profile: a calendar invitation names you as "
            "the organiser."
        )
    if not conversation.contact.email:
        first = conversation.contact.first_name or conversation.contact.name
        raise CannotSend(
            f"There is no e-mail address for {first}: a calendar invitation goes to their "
            "address. Add it on their page, or download the .ics file and send it yourself."
        )
    return kind


def _mark_confirmed(user, conversation: Conversation, kind: str, now: datetime) -> None:
    if kind in CONFIRMING:
        Conversation.objects.owned_by(user).filter(pk=conversation.pk).update(confirmed_at=now)


def _draft(user, conversation, kind: str, profile, now) -> Message:
    filled = invitation_message(user, conversation, kind, profile)
    return save_draft(
        user,
        conversation,
        kind=kind,
        channel="email",
        subject=filled.subject,
        body=filled.body,
        now=now,
    )


def send_invitation(
    user, conversation: Conversation, *, now: datetime, confirmed: bool = False, **delivery
) -> Message:
    """Send the chat's confirmation (or reschedule, or cancellation) with its invitation
    through the user's SMTP server, and record it sent.

    Raises CannotSend (nothing tried), NeedsConfirmation (a discreet contact, not
    confirmed: the server is never contacted), mail.SendFailed (the draft stays a draft)
    or SentNotRecorded.
    """
    conversation = _chat(user, conversation)
    profile = get_profile(user)
    settings = get_smtp_settings_for(user)
    kind = _check_invitation(conversation, profile)
    contact: Contact = conversation.contact
    reason = is_discreet(contact, profile)
    if reason and not confirmed:
        raise NeedsConfirmation(reason)
    check_smtp(Message(kind=kind, channel="email"), contact, profile, settings)
    message = _draft(user, conversation, kind, profile, now)
    message_id = mail.new_message_id(sender_address(profile, settings))
    email = _email(
        user,
        conversation,
        message,
        profile=profile,
        settings=settings,
        now=now,
        message_id=message_id,
    )
    deliver(email, settings, what=f"Invitation for chat {conversation.pk}", **delivery)
    try:
        with transaction.atomic():
            message = record_sent(user, message, now=now, message_id=message_id, confirmed=True)
            _mark_confirmed(user, conversation, kind, now)
    except DatabaseError:
        logger.exception("Invitation for chat %s was sent but not recorded", conversation.pk)
        raise SentNotRecorded(
            f"It was sent to {contact.name} <{contact.email}>, but coffeechat could not "
            "record it. Mark it as sent on the chat's page."
        ) from None
    return message


def _invitation_due(user, conversation: Conversation, *, confirmed: bool):
    """(conversation, profile, kind) of the invitation to go out now; CannotSend when
    there is none, NeedsConfirmation for a discreet contact unless `confirmed`."""
    conversation = _chat(user, conversation)
    profile = get_profile(user)
    kind = invitation_kind(conversation, rescheduled_at=latest_reschedule_at(conversation))
    if kind is None:
        raise CannotSend("There is no invitation to send: agree a time first.")
    reason = is_discreet(conversation.contact, profile)
    if reason and not confirmed:
        raise NeedsConfirmation(reason)
    return conversation, profile, kind


def invitation_eml(
    user, conversation: Conversation, *, now: datetime, confirmed: bool = False
) -> tuple[str, bytes, str]:
    """(file name, bytes, kind) of the confirmation with its invitation as a .eml file for
    the user's mail program. Nothing is recorded: the user says when it went
    (`record_invitation_sent`). NeedsConfirmation for a discreet contact unless `confirmed`."""
    conversation, profile, kind = _invitation_due(user, conversation, confirmed=confirmed)
    settings = get_smtp_settings_for(user)
    filled = invitation_message(user, conversation, kind, profile)
    message = Message(kind=kind, channel="email", subject=filled.subject, body=filled.body)
    sender = sender_address(profile, settings) or conversation.contact.email
    email = _email(
        user,
        conversation,
        message,
        profile=profile,
        settings=settings,
        now=now,
        message_id=mail.new_message_id(sender),
    )
    return mail.eml_filename(filled.subject, "invitation"), mail.eml_bytes(email), kind


def record_invitation_sent(
    user, conversation: Conversation, *, now: datetime, confirmed: bool = False
) -> Message:
    """The user sent the confirmation (or reschedule, or cancellation) from their mail
    program: record it as a sent message and mark the chat confirmed."""
    conversation, profile, kind = _invitation_due(user, conversation, confirmed=confirmed)
    with transaction.atomic():
        message = _draft(user, conversation, kind, profile, now)
        message = record_sent(user, message, now=now, confirmed=True)
        _mark_confirmed(user, conversation, kind, now)
    return message


def can_send_now(conversation: Conversation, profile, settings) -> bool:
    """The "Send" button is offered: mail settings, both addresses, an invitation."""
    return bool(
        settings is not None
        and sender_address(profile, settings)
        and profile.email
        and conversation.contact.email
        and scheduling.invitation_method(conversation)
        and conversation.status in (pipeline.SCHEDULED, pipeline.CANCELLED)
    )
