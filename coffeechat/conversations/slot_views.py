"""Offering times on a chat's page (conversations/_slots.html, inside the scheduling panel):
up to three times typed in the user's own zone, listed in both zones once saved, withdrawn
with one button, and "Schedule this one" when the contact picks one.

Every view gets the chat through `get_conversation_for`, so anyone else's is a 404. A time
that cannot be used (in a daylight-saving gap, in the past) comes back beside its field with
the calendar module's words, never as an error page.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_POST

from coffeechat.accounts.services import request_profile
from coffeechat.lib import calendar as cal
from coffeechat.lib import pipeline
from coffeechat.lib.pipeline import MoveRefused
from coffeechat.lib.slots import slots_text
from coffeechat.outreach import invitations

from . import scheduling
from .schedule_forms import BAD_TIME, read_wall_time
from .services import get_conversation_for
from .slots import (
    MAX_SLOTS,
    SlotProblem,
    can_offer,
    clear_slots,
    offer_slots,
    schedule_slot,
    slot_iso,
    slot_times,
)

FIELDS = tuple(f"slot_{n}" for n in range(1, MAX_SLOTS + 1))


class SlotsForm(forms.Form):
    """Up to three times to offer, each read in `zone` (the user's own).

    Valid, `cleaned_data["slots"]` holds the times as aware UTC moments, earliest first.
    """

    def __init__(self, *args, zone: ZoneInfo, now: datetime, **kwargs):
        kwargs.setdefault("auto_id", "slots_%s")
        super().__init__(*args, **kwargs)
        self.zone = zone
        self.now = now
        for n, name in enumerate(FIELDS, start=1):
            self.fields[name] = forms.CharField(
                label=f"Time {n}",
                required=False,
                widget=forms.DateTimeInput(
                    attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
                ),
                help_text=f"In {cal.zone_label(zone)}." if n == 1 else "",
            )

    def clean(self):
        data = super().clean()
        moments: dict[str, datetime] = {}
        for name in FIELDS:
            text = (data.get(name) or "").strip()
            if not text:
                continue
            wall = read_wall_time(text)
            if wall is None:
                self.add_error(name, BAD_TIME)
                continue
            try:
                moment = cal.local_to_utc(wall, self.zone, now=self.now)
            except cal.TimeProblem as exc:
                self.add_error(name, str(exc))
                continue
            if moment in moments.values():
                self.add_error(name, "This time is already offered above: choose another.")
                continue
            moments[name] = moment
        if not self.errors and not moments:
            self.add_error(FIELDS[0], "Give at least one time to offer.")
        data["slots"] = sorted(moments.values())
        return data


def _blank_form(conversation, zone: ZoneInfo, now: datetime) -> SlotsForm:
    initial = {
        name: moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M")
        for name, moment in zip(FIELDS, slot_times(conversation), strict=False)
    }
    return SlotsForm(initial=initial, zone=zone, now=now)


def slots_context(request, conversation) -> dict:
    """What _slots.html shows. A form sent back with errors is left on `request.slots_form`
    by `offer` (the page itself is built by views._render_detail)."""
    profile = request_profile(request)
    now = timezone.now()
    if not can_offer(conversation):
        return {"show_slots": False}
    theirs = invitations.their_zone(conversation, profile)
    times = slot_times(conversation)
    return {
        "show_slots": True,
        "conversation": conversation,
        "slots_form": getattr(request, "slots_form", None)
        or _blank_form(conversation, profile.zone, now),
        "slot_fields": FIELDS,
        "user_zone_label": cal.zone_label(profile.zone),
        "offered": [
            {
                "iso": slot_iso(t),
                "shown": cal.show_in_zones(t, profile.zone, theirs),
                "past": t <= now,
            }
            for t in times
        ],
        "offered_text": slots_text([t for t in times if t > now], theirs, profile.zone),
        "max_slots": MAX_SLOTS,
        # A prospect is asked first: a time is agreed once the request has gone.
        "can_pick": pipeline.SCHEDULED in pipeline.allowed_moves(conversation.status),
        "first_name": conversation.contact.first_name or conversation.contact.name,
    }


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
            form.add_error(FIELDS[0], str(exc))
        except SlotProblem as exc:
            if not can_offer(conversation):
                messages.error(request, str(exc))
                return redirect(_anchor(conversation))
            form.add_error(FIELDS[0], str(exc))
        else:
            count = len(form.cleaned_data["slots"])
            messages.success(
                request,
                f"{'One time' if count == 1 else f'{count} times'} offered. "
                "The request and follow-up messages now name "
                f"{'it' if count == 1 else 'them'} in the contact’s time zone.",
            )
            return redirect(_anchor(conversation))
    from .views import _render_detail  # the page is built there; imported late (urls → here)

    request.slots_form = form
    messages.error(request, "Not saved: see the field marked below.")
    return _render_detail(request, conversation)


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


# Included by conversations/urls.py (app_name "conversations").
urlpatterns = [
    path("chats/<int:pk>/slots/", offer, name="offer_slots"),
    path("chats/<int:pk>/slots/clear/", clear, name="clear_slots"),
    path("chats/<int:pk>/slots/schedule/", schedule_offered, name="schedule_slot"),
]
