"""Offering times on a chat's page (the slots panel of chats/page.py, inside the scheduling panel):
up to three times typed in the user's own zone, listed in both zones once saved, withdrawn
with one button, and "Schedule this one" when the contact picks one.

Every view gets the chat through `get_conversation_for`, so anyone else's is a 404. A time
that cannot be used (in a daylight-saving gap, in the past) comes back beside its field with
the calendar module's words, never as an error page.
"""

from __future__ import annotations

from datetime import datetime

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_POST

from coffeechat.accounts.services import request_profile
from coffeechat.conversations import scheduling
from coffeechat.conversations.schedule_forms import SLOT_FIELDS, SlotsForm
from coffeechat.conversations.services import get_conversation_for
from coffeechat.conversations.slots import (
    SlotProblem,
    can_offer,
    clear_slots,
    offer_slots,
    schedule_slot,
)
from coffeechat.lib import calendar as cal
from coffeechat.lib.pipeline import MoveRefused
from coffeechat.outreach import invitations

from .page import chat_page


def _anchor(conversation) -> str:
    return f"{conversation.get_absolute_url()}#slots"


@require_POST
def offer(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    profile = request_profile(request)
    now = timezone.now()
    form = SlotsForm(request.POST, zone=profile.zone, now=now)
    if form.is_valid():
        try:
            conversation = offer_slots(
                request.user, conversation, form.cleaned_data["slots"], now=now
            )
        except cal.TimeProblem as exc:
            form.add_error(SLOT_FIELDS[0], str(exc))
        except SlotProblem as exc:
            if not can_offer(conversation):
                messages.error(request, str(exc))
                return redirect(_anchor(conversation))
            form.add_error(SLOT_FIELDS[0], str(exc))
        else:
            count = len(form.cleaned_data["slots"])
            messages.success(
                request,
                f"{'One time' if count == 1 else f'{count} times'} offered. "
                "The request and follow-up messages now name "
                f"{'it' if count == 1 else 'them'} in the contact’s time zone.",
            )
            return redirect(_anchor(conversation))
    messages.error(request, "Not saved: see the field marked below.")
    return chat_page(request, conversation, slots_form=form)


@require_POST
def clear(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    clear_slots(request.user, conversation)
    messages.success(request, "The offered times are withdrawn.")
    return redirect(_anchor(conversation))


@require_POST
def schedule_offered(request, pk: int):
    """The contact picked one of the offered times: schedule the chat at that instant."""
    conversation = get_conversation_for(request.user, pk)
    profile = request_profile(request)
    try:
        slot = datetime.fromisoformat(request.POST.get("slot", "").replace("Z", "+00:00"))
        if slot.tzinfo is None:
            raise ValueError
    except ValueError:
        messages.error(request, "Choose one of the offered times.")
        return redirect(_anchor(conversation))
    try:
        conversation = schedule_slot(request.user, conversation, slot, now=timezone.now())
    except (SlotProblem, cal.TimeProblem, scheduling.SchedulingProblem, MoveRefused) as exc:
        messages.error(request, str(exc))
        return redirect(_anchor(conversation))
    when = invitations.when_for_me(conversation, profile)
    messages.success(
        request,
        f"Scheduled for {when}. Send the confirmation with the calendar invitation below.",
    )
    return redirect(f"{conversation.get_absolute_url()}#schedule")


# Included by chats/urls.py (app_name "conversations").
urlpatterns = [
    path("chats/<int:pk>/slots/", offer, name="offer_slots"),
    path("chats/<int:pk>/slots/clear/", clear, name="clear_slots"),
    path("chats/<int:pk>/slots/schedule/", schedule_offered, name="schedule_slot"),
]
