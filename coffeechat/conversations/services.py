"""Conversations and what hangs off them: the owner-scoped way in, and every change.

Views and CLI commands both call these; each change that writes more than one row
runs in one transaction.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Max

from coffeechat.contacts.models import Contact
from coffeechat.lib import pipeline
from coffeechat.lib.lint import lint_questions
from coffeechat.lib.pipeline import MoveRefused
from coffeechat.lib.question_bank import STARTER_QUESTIONS, TIARA
from coffeechat.scoping import get_owned

from .models import ActionItem, ChosenQuestion, Conversation, Message, Note, Question, StatusChange


def conversations_for(user):
    return Conversation.objects.owned_by(user)


def get_conversation_for(user, pk) -> Conversation:
    # The contact's organisation is on every chat page (the heading, the message panel).
    return get_owned(
        Conversation.objects.select_related("contact", "contact__organization", "target"),
        user,
        pk,
        "conversation",
    )


def messages_for(user):
    return Message.objects.owned_by(user)


def get_message_for(user, pk) -> Message:
    return get_owned(Message.objects, user, pk, "message")


def questions_for(user):
    return Question.objects.owned_by(user)


def get_question_for(user, pk) -> Question:
    return get_owned(Question.objects, user, pk, "question")


def chosen_questions_for(user):
    return ChosenQuestion.objects.owned_by(user)


def get_chosen_question_for(user, pk) -> ChosenQuestion:
    return get_owned(
        ChosenQuestion.objects.select_related("conversation", "question"),
        user,
        pk,
        "chosen question",
    )


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


def _next_position(user, conversation: Conversation) -> int:
    """One past the last chosen question of `conversation` (0 for the first)."""
    last = (
        chosen_questions_for(user)
        .filter(conversation=conversation)
        .aggregate(last=Max("position"))["last"]
    )
    return 0 if last is None else last + 1


@transaction.atomic
def choose_question(user, conversation: Conversation, question: Question) -> ChosenQuestion:
    chosen, _ = ChosenQuestion.objects.get_or_create(
        owner=user,
        conversation=conversation,
        question=question,
        defaults={"position": _next_position(user, conversation)},
    )
    return chosen


@transaction.atomic
def add_question(user, text: str, topic: str, conversation: Conversation | None = None) -> Question:
    question = Question.objects.create(owner=user, text=text, topic=topic)
    if conversation is not None:
        choose_question(user, conversation, question)
    return question


# ------------------------------------------------------------------ question bank


@lru_cache(maxsize=4096)
def question_findings(text: str) -> tuple:
    """The linter's findings on one question (it is pure, so a text's findings never change)."""
    return tuple(lint_questions(text).findings)


def ensure_question_bank(user) -> int:
    """Fill an empty question bank with the starter questions; how many were added.

    Only a user with no questions at all gets them, once: after that this is one
    small query and writes nothing (a user who has pruned the bank keeps it pruned).
    """
    if questions_for(user).exists():
        return 0
    with transaction.atomic():
        # Lock the user's row so that two first visits at once cannot both fill it.
        get_user_model().objects.select_for_update().filter(pk=user.pk).exists()
        if questions_for(user).exists():
            return 0
        created = Question.objects.bulk_create(
            Question(owner=user, topic=topic, text=text) for topic, text in STARTER_QUESTIONS
        )
    return len(created)


@transaction.atomic
def add_starter_questions(user) -> int:
    """Put back any starter question missing from the bank (by its exact text)."""
    have = set(questions_for(user).values_list("text", flat=True))
    created = Question.objects.bulk_create(
        Question(owner=user, topic=topic, text=text)
        for topic, text in STARTER_QUESTIONS
        if text not in have
    )
    return len(created)


@transaction.atomic
def add_tiara_set(user, conversation: Conversation) -> int:
    """Choose the five TIARA questions for `conversation`, in order; how many were new to it.

    A TIARA question missing from the bank (deleted, or a bank that predates the set)
    is put back first. Questions already chosen for the chat stay where they are.
    """
    texts = [text for _, text in TIARA]
    bank = {q.text: q for q in questions_for(user).filter(text__in=texts)}
    missing = [
        Question(owner=user, topic=topic, text=text) for topic, text in TIARA if text not in bank
    ]
    if missing:
        Question.objects.bulk_create(missing)
        bank = {q.text: q for q in questions_for(user).filter(text__in=texts)}
    chosen = chosen_questions_for(user).filter(conversation=conversation)
    already = set(chosen.values_list("question_id", flat=True))
    position = _next_position(user, conversation)
    new = []
    for text in texts:
        question = bank[text]
        if question.pk in already:
            continue
        new.append(
            ChosenQuestion(
                owner=user, conversation=conversation, question=question, position=position
            )
        )
        position += 1
    ChosenQuestion.objects.bulk_create(new)
    return len(new)


def unchoose_question(chosen: ChosenQuestion) -> None:
    """Take a question off a chat's list; it stays in the bank."""
    chosen.delete()


def delete_question(question: Question) -> None:
    """Remove a question from the bank, and from every chat it was chosen for."""
    question.delete()


def prep_sheet(user, pk) -> dict:
    """What the prep sheet of the user's conversation `pk` shows, in three queries.

    The conversation with its contact (organisation, referrer) and target, the chosen
    questions, and the notes from the user's other chats with the same person.
    NotFound if the conversation is not the user's.
    """
    conversation = get_owned(
        Conversation.objects.select_related(
            "contact", "contact__organization", "contact__referred_by", "target"
        ),
        user,
        pk,
        "conversation",
    )
    earlier_notes = (
        notes_for(user)
        .filter(conversation__contact_id=conversation.contact_id)
        .exclude(conversation_id=conversation.pk)
        .select_related("conversation")
        .order_by("created_at", "id")
    )
    return {
        "conversation": conversation,
        "contact": conversation.contact,
        "target": conversation.target,
        "chosen": list(conversation.chosen_questions.select_related("question")),
        "earlier_notes": list(earlier_notes),
    }
