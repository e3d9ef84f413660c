"""Conversations and what hangs off them: the owner-scoped way in, and every change.

Views and CLI commands both call these; each change that writes more than one row
runs in one transaction.
"""

from __future__ import annotations

from datetime import datetime

from django.db import transaction

from coffeechat.contacts.models import Contact
from coffeechat.lib import pipeline
from coffeechat.lib.pipeline import MoveRefused
from coffeechat.scoping import get_owned

from .models import ActionItem, ChosenQuestion, Conversation, Message, Note, Question, StatusChange


def conversations_for(user):
    return Conversation.objects.owned_by(user)


def get_conversation_for(user, pk) -> Conversation:
    return get_owned(
        Conversation.objects.select_related("contact", "target"), user, pk, "conversation"
    )


def messages_for(user):
    return Message.objects.owned_by(user)


def get_message_for(user, pk) -> Message:
    return get_owned(Message.objects, user, pk, "message")


def questions_for(user):
    return Question.objects.owned_by(user)


def get_question_for(user, pk) -> Question:
    return get_owned(Question.objects, user, pk, "question")


def notes_for(user):
    return Note.objects.owned_by(user)


def actions_for(user):
    return ActionItem.objects.owned_by(user)


def get_action_for(user, pk) -> ActionItem:
    return get_owned(ActionItem.objects, user, pk, "action item")


def status_changes_for(user):
    return StatusChange.objects.owned_by(user)


@transaction.atomic
def start_conversation(user, contact: Contact, *, now: datetime, target=None) -> Conversation:
    """A new conversation with `contact`, as a prospect, with its first history entry."""
    conversation = Conversation.objects.create(
        owner=user, contact=contact, target=target, status=pipeline.PROSPECT, status_changed_at=now
    )
    StatusChange.objects.create(
        owner=user, conversation=conversation, from_status="", to_status=pipeline.PROSPECT, at=now
    )
    return conversation


@transaction.atomic
def move_conversation(
    user, conversation: Conversation, status: str, *, now: datetime, at: datetime | None = None
) -> Conversation:
    """Move `conversation` to `status`, or raise MoveRefused saying what is allowed.

    Moving to scheduled needs `at`, the agreed time. Moving to held may take `at`, when
    the chat happened (not in the future; default now): it may be before the planned
    time, since chats sometimes happen early. No other move takes a time.
    """
    # Lock the row and read its status afresh, so two clicks cannot both move it.
    conversation = get_owned(
        Conversation.objects.select_for_update(), user, conversation.pk, "conversation"
    )
    pipeline.check_move(conversation.status, status)
    if status == pipeline.SCHEDULED and at is None:
        raise MoveRefused(
            conversation.status, status, "Moving to scheduled needs the agreed date and time."
        )
    if status == pipeline.HELD and at is not None and at > now:
        raise MoveRefused(
            conversation.status, status, "A chat cannot be marked held at a time still to come."
        )
    if at is not None and status not in (pipeline.SCHEDULED, pipeline.HELD):
        raise MoveRefused(
            conversation.status,
            status,
            "Only a move to scheduled (the agreed time) or held (when it happened) takes a time.",
        )
    previous = conversation.status
    conversation.status = status
    conversation.status_changed_at = now
    if status == pipeline.REQUESTED:
        conversation.requested_at = now
    elif status == pipeline.SCHEDULED:
        conversation.scheduled_at = at
    elif status == pipeline.HELD:
        conversation.held_at = at or now
    conversation.save()
    StatusChange.objects.create(
        owner=user,
        conversation=conversation,
        from_status=previous,
        to_status=status,
        at=now,
        scheduled_for=at if status == pipeline.SCHEDULED else None,
    )
    return conversation


def add_note(user, conversation: Conversation, body: str, *, now: datetime) -> Note:
    return Note.objects.create(owner=user, conversation=conversation, body=body, created_at=now)


def add_action(
    user, conversation: Conversation, kind: str, title: str, *, now: datetime
) -> ActionItem:
    return ActionItem.objects.create(
        owner=user,
        conversation=conversation,
        contact=conversation.contact,
        kind=kind,
        title=title,
        created_at=now,
    )


def set_action_done(action: ActionItem, done: bool, *, now: datetime) -> ActionItem:
    action.done = done
    action.done_at = now if done else None
    action.save(update_fields=["done", "done_at"])
    return action


def record_message(
    user,
    conversation: Conversation,
    *,
    kind: str,
    channel: str,
    subject: str,
    body: str,
    now: datetime,
    sent: bool,
) -> Message:
    return Message.objects.create(
        owner=user,
        contact=conversation.contact,
        conversation=conversation,
        kind=kind,
        channel=channel,
        subject=subject,
        body=body,
        drafted_at=now,
        sent_at=now if sent else None,
    )


def mark_message_sent(message: Message, *, now: datetime) -> Message:
    if message.sent_at is None:
        message.sent_at = now
        message.save(update_fields=["sent_at"])
    return message


@transaction.atomic
def choose_question(user, conversation: Conversation, question: Question) -> ChosenQuestion:
    position = conversation.chosen_questions.count()
    chosen, _ = ChosenQuestion.objects.get_or_create(
        owner=user, conversation=conversation, question=question, defaults={"position": position}
    )
    return chosen


@transaction.atomic
def add_question(user, text: str, topic: str, conversation: Conversation | None = None) -> Question:
    question = Question.objects.create(owner=user, text=text, topic=topic)
    if conversation is not None:
        choose_question(user, conversation, question)
    return question
