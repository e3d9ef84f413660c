"""The scheduling panel's actions (the panel itself is chats/page.py's): agree a time in
a zone, move it, cancel it, and send the confirmation with its calendar invitation.

Every view gets the chat through `get_conversation_for`, so anyone else's is a 404.
A time that cannot be used (in a daylight-saving gap, in the past, in an unknown zone)
comes back beside the field with the calendar module's words, never as an error page.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_http_methods, require_POST

from coffeechat.accounts.services import request_profile
from coffeechat.conversations import scheduling
from coffeechat.conversations.models import Reschedule
from coffeechat.conversations.schedule_forms import CancelForm, ScheduleForm
from coffeechat.conversations.services import get_conversation_for
from coffeechat.lib import calendar as cal
from coffeechat.lib import pipeline
from coffeechat.lib.pipeline import MoveRefused
from coffeechat.outreach import invitations
from coffeechat.outreach.sending import CONFIRM_LABEL, NOT_SENT, CannotSend, not_sent_text
from coffeechat.outreach.services import NeedsConfirmation
from coffeechat.views import confirmed

from .page import chat_page


def _anchor(conversation) -> str:
    return f"{conversation.get_absolute_url()}#schedule"


def _render_with(request, conversation, **bound_forms):
    messages.error(request, "Not saved: see the field marked below.")
    return chat_page(request, conversation, **bound_forms)


@require_POST
def schedule(request, pk: int):
    """Agree a time, or move an agreed one (then who asked and why are kept, kindly)."""
    conversation = get_conversation_for(request.user, pk)
    profile = request_profile(request)
    now = timezone.now()
    rescheduling = conversation.status == pipeline.SCHEDULED
    form = ScheduleForm(request.POST, now=now, rescheduling=rescheduling)
    if form.is_valid():
        data = form.cleaned_data
        try:
            conversation = scheduling.schedule_chat(
                request.user,
                conversation,
                start=data["start"],
                zone=data["zone"],
                minutes=data["minutes"],
                medium=data["medium"],
                where=data["where"],
                now=now,
                asked_by=data.get("asked_by") or Reschedule.THEM,
                reason=data.get("reason", ""),
            )
        except cal.TimeProblem as exc:
            form.add_error("at", str(exc))
        except scheduling.SchedulingProblem as exc:
            form.add_error(None, str(exc))
        except MoveRefused as exc:  # the chat's status does not allow it: no form to fix
            messages.error(request, str(exc))
            return redirect(_anchor(conversation))
        else:
            when = invitations.when_for_me(conversation, profile)
            verb = "Moved to" if rescheduling else "Scheduled for"
            note = f"{verb} {when}."
            if form.ambiguous:
                note += (
                    f" That time happens twice in {data['zone']} (the clocks go back that night):"
                    " it is read as the first, still on summer time."
                )
            note += " Send the confirmation with the calendar invitation below."
            messages.success(request, note)
            return redirect(_anchor(conversation))
    return _render_with(request, conversation, schedule_form=form)


@require_POST
def cancel(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    form = CancelForm(request.POST)
    if not form.is_valid():
        return _render_with(request, conversation, cancel_form=form)
    try:
        conversation = scheduling.cancel_chat(
            request.user, conversation, reason=form.cleaned_data["reason"], now=timezone.now()
        )
    except MoveRefused as exc:
        messages.error(request, str(exc))
        return redirect(_anchor(conversation))
    first = conversation.contact.first_name or conversation.contact.name
    messages.success(
        request,
        f"Cancelled. Send {first} the cancellation below, so the chat leaves their calendar too.",
    )
    return redirect(_anchor(conversation))


def _ask_to_confirm(request, conversation, reason: str, action: str, button: str):
    """The page that says why this message needs the go-ahead (409: refused as asked)."""
    return render(
        request,
        "outreach/send_confirm.html",
        {
            "message": _Shown(conversation),
            "reason": reason,
            "action": action,
            "button": button,
            "confirm_label": CONFIRM_LABEL,
            "next": "",
            "tried": "confirm-shown" in request.POST or "confirm-shown" in request.GET,
        },
        status=409,
    )


class _Shown:
    """What send_confirm.html reads of a message, for an invitation not yet written."""

    def __init__(self, conversation):
        self.conversation_id = conversation.pk
        self.contact_id = conversation.contact_id
        self.subject = ""

    def get_kind_display(self) -> str:
        return "Confirmation with calendar invitation"


@require_POST
def send_invitation(request, pk: int):
    """Send the confirmation (or reschedule, or cancellation) with the invitation by SMTP."""
    conversation = get_conversation_for(request.user, pk)
    try:
        message = invitations.send_invitation(
            request.user, conversation, now=timezone.now(), confirmed=confirmed(request)
        )
    except NeedsConfirmation as exc:
        return _ask_to_confirm(
            request, conversation, exc.reason, request.path, "Send with the invitation"
        )
    except NOT_SENT as exc:
        messages.error(request, not_sent_text(exc))
    except ValueError as exc:  # the calendar file could not be made (an address is wrong)
        messages.error(request, f"Not sent: {exc}")
    else:
        contact = conversation.contact
        messages.success(
            request,
            f"Sent to {contact.name} <{contact.email}> with the calendar invitation "
            f"({message.get_kind_display().lower()}).",
        )
    return redirect(_anchor(conversation))


@require_http_methods(["GET", "POST"])
def invitation_eml(request, pk: int):
    """The confirmation with the invitation attached, as a .eml for the mail program."""
    conversation = get_conversation_for(request.user, pk)
    try:
        filename, data, _ = invitations.invitation_eml(
            request.user, conversation, now=timezone.now(), confirmed=confirmed(request)
        )
    except NeedsConfirmation as exc:
        return _ask_to_confirm(request, conversation, exc.reason, request.path, "Download .eml")
    except (CannotSend, ValueError) as exc:
        messages.error(request, str(exc))
        return redirect(_anchor(conversation))
    response = HttpResponse(data, content_type="message/rfc822")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@require_POST
def invitation_sent(request, pk: int):
    """The user sent the .eml from their mail program: record it, and the chat is confirmed."""
    conversation = get_conversation_for(request.user, pk)
    try:
        message = invitations.record_invitation_sent(
            request.user, conversation, now=timezone.now(), confirmed=confirmed(request)
        )
    except NeedsConfirmation as exc:
        return _ask_to_confirm(request, conversation, exc.reason, request.path, "Record it")
    except CannotSend as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Recorded: {message.get_kind_display().lower()} sent.")
    return redirect(_anchor(conversation))


# Included by chats/urls.py (app_name "conversations").
urlpatterns = [
    path("chats/<int:pk>/schedule/", schedule, name="schedule"),
    path("chats/<int:pk>/cancel/", cancel, name="cancel"),
    path("chats/<int:pk>/invitation/send/", send_invitation, name="send_invitation"),
    path("chats/<int:pk>/invitation.eml", invitation_eml, name="invitation_eml"),
    path("chats/<int:pk>/invitation/sent/", invitation_sent, name="invitation_sent"),
]
