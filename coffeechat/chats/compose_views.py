"""The composer on a chat's page (views and URLs, in the "outreach" namespace): save a
draft, change it, mark it sent, delete it, and check it live while it is typed. A plain
POST works everywhere (the page comes back with the errors); htmx only adds the live check.
"""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_POST

from coffeechat.accounts.services import request_profile
from coffeechat.conversations.models import Message
from coffeechat.conversations.services import get_conversation_for, get_message_for
from coffeechat.htmx import is_htmx
from coffeechat.lib import pipeline
from coffeechat.lib.message_templates import KINDS, NO_SUBJECT
from coffeechat.outreach.composer import check_message, composer_context, new_composer_form
from coffeechat.outreach.forms import ComposeForm
from coffeechat.outreach.services import (
    AlreadySent,
    NeedsConfirmation,
    delete_draft,
    record_sent,
    save_draft,
    update_draft,
)

from .page import chat_page


def _profile(request):
    return request_profile(request)


def _chat_url(conversation_id: int) -> str:
    return f"/chats/{conversation_id}/#messages"


def _show_page(request, conversation, **state):
    """The conversation page again, its composer or message list as `state` says."""
    return chat_page(request, conversation, composer=state)


# ------------------------------------------------------------------ the composer


@require_POST
def compose(request, pk: int):
    """A new message: save it as a draft, mark it sent, or fill in the chosen kind's template."""
    conversation = get_conversation_for(request.user, pk)
    return _composed(request, conversation, editing=None)


@require_POST
def edit_draft(request, pk: int):
    message = get_message_for(request.user, pk)
    conversation = get_conversation_for(request.user, message.conversation_id)
    if message.sent_at is not None:
        messages.error(request, "That message has been sent: it can no longer change.")
        return redirect(_chat_url(conversation.pk))
    return _composed(request, conversation, editing=message)


def _composed(request, conversation, *, editing: Message | None):
    user = request.user
    action = request.POST.get("action", "save")
    if action == "fill":
        kind = request.POST.get("kind")
        form = new_composer_form(
            user, _profile(request), conversation, kind if kind in KINDS else None
        )
        if is_htmx(request):
            context = composer_context(
                request, conversation, form, editing=editing, now=timezone.now()
            )
            return render(request, "outreach/_composer.html", context)
        return _show_page(request, conversation, form=form, editing=editing)

    form = ComposeForm(request.POST, auto_id="compose_%s")
    if not form.is_valid():
        messages.error(request, "Not saved: see the field marked below.")
        return _show_page(request, conversation, form=form, editing=editing)
    data = form.cleaned_data
    fields = {k: data[k] for k in ("kind", "channel", "subject", "body")}
    if fields["channel"] == "linkedin" or fields["kind"] in NO_SUBJECT:
        fields["subject"] = ""  # LinkedIn has no subject line; keep none hidden away
    now = timezone.now()
    try:
        with transaction.atomic():
            if editing is not None:
                message = update_draft(user, editing, **fields)
            else:
                message = save_draft(user, conversation, now=now, **fields)
            if action == "send":
                status_before = conversation.status
                record_sent(user, message, now=now, confirmed=data["confirmed"])
    except NeedsConfirmation as exc:
        form.add_error("confirmed", f"{exc.reason} Tick the box if it may go to them anyway.")
        messages.error(request, "Not marked as sent: it needs your confirmation.")
        return _show_page(request, conversation, form=form, editing=editing)
    except AlreadySent as exc:
        messages.error(request, str(exc))
        return redirect(_chat_url(conversation.pk))
    if action == "send":
        messages.success(request, _sent_note(request, conversation, status_before))
    else:
        messages.success(request, "Draft saved." if editing is None else "Draft updated.")
    return redirect(_chat_url(conversation.pk))


def _sent_note(request, conversation, status_before: str) -> str:
    conversation.refresh_from_db(fields=["status"])
    if conversation.status != status_before:
        label = pipeline.LABELS[conversation.status].lower()
        return f"Marked as sent. The chat with {conversation.contact.first_name} is now {label}."
    return "Marked as sent."


@require_POST
def lint_message(request, pk: int):
    """The findings for what the composer holds now (htmx, while typing)."""
    conversation = get_conversation_for(request.user, pk)
    values = {k: request.POST.get(k, "") for k in ("kind", "channel", "subject", "body")}
    check = check_message(
        **values,
        recipient=conversation.contact.name,
        sender=_profile(request).name,
        held_at=conversation.held_at,
        now=timezone.now(),
        limits=_profile(request).limits(),
    )
    return render(request, "outreach/_check.html", {"check": check})


@require_POST
def mark_sent(request, pk: int):
    """A draft sent outside coffeechat (copied into a mail program or LinkedIn)."""
    message = get_message_for(request.user, pk)
    conversation = get_conversation_for(request.user, message.conversation_id)
    status_before = conversation.status
    try:
        record_sent(
            request.user,
            message,
            now=timezone.now(),
            confirmed=request.POST.get("confirmed") in ("on", "true", "1", "yes"),
        )
    except NeedsConfirmation as exc:
        messages.error(request, "Not marked as sent: it needs your confirmation.")
        return _show_page(
            request,
            conversation,
            sent_error=f"{exc.reason} Tick the box if it may go to them anyway.",
            sent_error_for=message.pk,
        )
    messages.success(request, _sent_note(request, conversation, status_before))
    return redirect(_chat_url(conversation.pk))


@require_POST
def discard_draft(request, pk: int):
    message = get_message_for(request.user, pk)
    try:
        delete_draft(request.user, message)
    except AlreadySent as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Draft deleted.")
    if message.conversation_id:
        return redirect(_chat_url(message.conversation_id))
    return redirect(message.contact)


# Included by coffeechat/urls.py in the "outreach" namespace.
urlpatterns = [
    path("chats/<int:pk>/compose/", compose, name="compose"),
    path("chats/<int:pk>/compose/lint/", lint_message, name="lint"),
    path("messages/<int:pk>/edit/", edit_draft, name="edit_draft"),
    path("messages/<int:pk>/delete/", discard_draft, name="delete_draft"),
    path("messages/<int:pk>/mark-sent/", mark_sent, name="mark_sent"),
]
