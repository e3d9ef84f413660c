"""Messages from draft to sent, and what sending one does to the conversation.

Every way a message leaves (marked sent by hand, SMTP, mail program, .eml) ends in
`record_sent`, which holds back a message that could give the search away
(`is_discreet`) until the user confirms, and moves the pipeline on: a request sent
makes the conversation requested (so the follow-up rules start), a thank-you sent
makes it thanked. Drafts are saved, edited and deleted here too. Callers get their
records through the owner-scoped helpers (get_conversation_for, get_message_for,
templates_for…).

A second guard keeps one request per organisation waiting at a time (Dalton's 3B7):
a request to someone whose organisation already has an unanswered request, sent
fewer than 3 business days ago (the user's setting, counted in their zone), also
waits for the user's go-ahead (`org_request_reason`).
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from coffeechat.accounts.models import Profile
from coffeechat.accounts.services import get_profile
from coffeechat.contacts.models import Contact
from coffeechat.conversations.models import Conversation, Message
from coffeechat.conversations.services import move_conversation, record_message
from coffeechat.lib import lamp, pipeline
from coffeechat.lib.discretion import discretion_reason
from coffeechat.lib.message_templates import DEFAULTS, KINDS, Template
from coffeechat.scoping import get_owned

from .models import MessageTemplate

# Kinds whose sending asks for a chat: they (re)start the wait for a reply.
ASKING_KINDS = frozenset({"request", "linkedin_note"})
# From these a request sent moves the conversation to requested; a retry after a
# decline, no answer or a cancellation is allowed by the pipeline.
ASKABLE = frozenset(
    {pipeline.PROSPECT, pipeline.DECLINED, pipeline.NO_RESPONSE, pipeline.CANCELLED}
)


class NeedsConfirmation(Exception):
    """The message could give the search away; send it only if the user confirms.

    `reason` says why, in words for the user ("Ana is a current coworker.").
    """

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class AlreadySent(ValueError):
    """A sent message is a record of what went out: it is not edited or deleted."""

    def __init__(self, message: str = "This message has been sent: it can no longer change."):
        super().__init__(message)


# ------------------------------------------------------------------ owner scoping


def templates_for(user):
    return MessageTemplate.objects.owned_by(user)


# ------------------------------------------------------------------ templates


def own_templates(user) -> dict[str, Template]:
    """Every kind's template: the user's own wording where they have one, else built in."""
    own = {t.kind: Template(t.subject, t.body) for t in templates_for(user)}
    return {kind: own.get(kind, DEFAULTS[kind]) for kind in KINDS}


def save_template(user, kind: str, *, subject: str, body: str) -> MessageTemplate:
    """The user's wording for `kind`, replacing any earlier one."""
    if kind not in DEFAULTS:
        raise ValueError(f"No message kind called {kind!r}.")
    template, _ = MessageTemplate.objects.update_or_create(
        owner=user, kind=kind, defaults={"subject": subject, "body": body}
    )
    return template


def reset_template(user, kind: str) -> None:
    """Back to the built-in wording for `kind`."""
    templates_for(user).filter(kind=kind).delete()


# ------------------------------------------------------------------ discretion


def is_discreet(contact: Contact, profile: Profile) -> str | None:
    """Why a message to `contact` needs the user's explicit go-ahead, or None.

    A current coworker, or anyone at the user's current employer: the search
    must not reach work by accident.
    """
    organisation = contact.organization.name if contact.organization_id else ""
    return discretion_reason(
        first_name=contact.first_name,
        source=contact.source,
        organisation=organisation,
        employer=profile.employer,
    )


# ------------------------------------------------------------------ one request per organisation


def org_request_reason(user, message: Message, *, now: datetime, profile: Profile) -> str | None:
    """Why asking `message`'s contact should wait for a reply from someone else at the
    same organisation, or None.

    Only a request (ASKING_KINDS) to someone with an organisation is held back, when
    another conversation with someone else there is requested, unanswered, and was
    asked fewer than `profile.next_person_after_days` business days ago (in the
    user's zone). A reply (the other chat moves on) lifts it at once.
    """
    contact = message.contact
    if message.kind not in ASKING_KINDS or not contact.organization_id:
        return None
    others = (
        Conversation.objects.owned_by(user)
        .filter(
            contact__organization_id=contact.organization_id,
            status=pipeline.REQUESTED,
            requested_at__isnull=False,
        )
        .exclude(contact_id=contact.pk)
    )
    if message.conversation_id:
        others = others.exclude(pk=message.conversation_id)
    people = [
        lamp.Person(
            id=row["contact_id"],
            name=row["contact__name"],
            source=row["contact__source"],
            organization_id=contact.organization_id,
            status=row["status"],
            requested_at=row["requested_at"],
        )
        for row in others.values(
            "contact_id", "contact__name", "contact__source", "status", "requested_at"
        )
    ]
    waiting = lamp.org_request_waiting(
        people,
        now=now,
        tz=profile.zone,
        next_after_days=profile.next_person_after_days,
        follow_up_after_days=profile.follow_up_after_days,
    )
    if waiting is None:
        return None
    return lamp.waiting_reason(waiting, contact.organization.name)


def confirmation_reason(
    user, message: Message, *, now: datetime, profile: Profile | None = None
) -> str | None:
    """Everything that holds `message` back until the user confirms, in one text, or None:
    discretion (a coworker, someone at the user's employer), then one request per
    organisation. Sending paths should ask this before anything leaves."""
    profile = profile or get_profile(user)
    reasons = [
        is_discreet(message.contact, profile),
        org_request_reason(user, message, now=now, profile=profile),
    ]
    return " ".join(r for r in reasons if r) or None


# ------------------------------------------------------------------ drafts


def save_draft(
    user,
    conversation: Conversation,
    *,
    kind: str,
    channel: str,
    subject: str,
    body: str,
    now: datetime,
) -> Message:
    """A new draft in `conversation` (one of the user's own, from get_conversation_for)."""
    return record_message(
        user,
        conversation,
        kind=kind,
        channel=channel,
        subject=subject,
        body=body,
        now=now,
        sent=False,
    )


@transaction.atomic
def update_draft(
    user, message: Message, *, kind: str, channel: str, subject: str, body: str
) -> Message:
    """Change a draft's wording; a sent message raises AlreadySent."""
    message = get_owned(Message.objects.select_for_update(), user, message.pk, "message")
    if message.sent_at is not None:
        raise AlreadySent()
    message.kind, message.channel, message.subject, message.body = kind, channel, subject, body
    message.save(update_fields=["kind", "channel", "subject", "body"])
    return message


@transaction.atomic
def delete_draft(user, message: Message) -> None:
    """Throw a draft away; a sent message raises AlreadySent."""
    message = get_owned(Message.objects.select_for_update(), user, message.pk, "message")
    if message.sent_at is not None:
        raise AlreadySent("This message has been sent: it stays in the record.")
    message.delete()


# ------------------------------------------------------------------ sending


@transaction.atomic
def record_sent(
    user, message: Message, *, now: datetime, message_id: str = "", confirmed: bool = False
) -> Message:
    """Mark `message` sent at `now`, and move its conversation on.

    Raises NeedsConfirmation (nothing written) when the contact is a coworker or
    works at the user's employer, or when it is a request and someone else at the
    contact's organisation has not answered a recent request yet (see
    `confirmation_reason`), unless `confirmed`. A request or LinkedIn note
    moves the conversation to requested (from prospect, declined, no response or
    cancelled; already requested stays so); a thank-you moves it from held to
    thanked. A message already sent stays as it was (only a missing Message-ID is
    filled in), so a second click changes nothing.
    """
    message = get_owned(
        # Lock the message row only: PostgreSQL refuses FOR UPDATE on the nullable
        # side of the outer join to the organisation.
        Message.objects.select_for_update(of=("self",)).select_related("contact__organization"),
        user,
        message.pk,
        "message",
    )
    if message.sent_at is not None:
        if message_id and not message.message_id:
            message.message_id = message_id
            message.save(update_fields=["message_id"])
        return message
    if not confirmed:
        reason = confirmation_reason(user, message, now=now)
        if reason:
            raise NeedsConfirmation(reason)
    message.sent_at = now
    message.message_id = message_id
    message.save(update_fields=["sent_at", "message_id"])
    if message.conversation_id:
        _move_on(user, message, now=now)
    return message


def _move_on(user, message: Message, *, now: datetime) -> None:
    """The pipeline effect of sending `message` (move_conversation keeps the history)."""
    conversation = Conversation.objects.owned_by(user).get(pk=message.conversation_id)
    if message.kind in ASKING_KINDS and conversation.status in ASKABLE:
        move_conversation(user, conversation, pipeline.REQUESTED, now=now)
    elif message.kind == "thank_you" and conversation.status == pipeline.HELD:
        move_conversation(user, conversation, pipeline.THANKED, now=now)
