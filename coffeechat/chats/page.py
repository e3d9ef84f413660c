"""The chat page (/chats/<id>/), built from its panels: status, schedule, messages,
questions, notes and follow-ups.

Each panel is one function of (request, conversation) returning a `Panel`: its template
and its context. The page renders every panel with its own context and places the
results (conversations/detail.html); `panel_view` renders one alone for a partial
refresh, so the fragment is the same HTML the page holds. A view that changes something
and shows the page again passes the forms sent back with errors to `chat_page`, which
hands each to its panel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_GET

from coffeechat.accounts.services import request_profile
from coffeechat.conversations.forms import (
    ActionForm,
    ChooseQuestionForm,
    MoveForm,
    NoteForm,
    QuestionForm,
)
from coffeechat.conversations.models import Conversation, Message, Reschedule
from coffeechat.conversations.schedule_forms import (
    SLOT_FIELDS,
    CancelForm,
    ScheduleForm,
    SlotsForm,
)
from coffeechat.conversations.services import (
    ensure_question_bank,
    get_conversation_for,
    question_findings,
    questions_for,
)
from coffeechat.conversations.slots import MAX_SLOTS, can_offer, slot_iso, slot_times
from coffeechat.lib import calendar as cal
from coffeechat.lib import pipeline
from coffeechat.lib.message_templates import KINDS
from coffeechat.lib.question_bank import TIARA_TEXTS, is_tiara
from coffeechat.lib.slots import slots_text
from coffeechat.lib.timezones import all_zones, is_valid_zone
from coffeechat.outreach import invitations
from coffeechat.outreach.composer import (
    composer_advice,
    composer_context,
    draft_form,
    new_composer_form,
)
from coffeechat.outreach.sending import CONFIRM_LABEL, smtp_settings_cached
from coffeechat.outreach.services import is_discreet


@dataclass(frozen=True)
class Panel:
    """One panel of the chat page: the template that draws it and what it shows."""

    template: str
    context: dict

    def render(self, request) -> str:
        return render_to_string(self.template, self.context, request)


# ------------------------------------------------------------------ status


def status_panel(request, conversation: Conversation, *, move_form=None, **schedule) -> Panel:
    """The status and the moves allowed from it, the history, and the scheduling panel
    inside (`schedule` holds that panel's forms sent back with errors)."""
    profile = request_profile(request)
    return Panel(
        "conversations/_status.html",
        {
            "conversation": conversation,
            "moves": [(s, pipeline.LABELS[s]) for s in conversation.allowed_moves()],
            "move_form": move_form or MoveForm(zone=profile.zone),
            "history": conversation.history.all(),
            "schedule": schedule_panel(request, conversation, **schedule).render(request),
        },
    )


# ------------------------------------------------------------------ schedule

KIND_BUTTONS = {
    invitations.CONFIRMATION: "Send confirmation with calendar invitation",
    invitations.RESCHEDULE: "Send the new time with the updated invitation",
    invitations.CANCELLATION: "Send the cancellation with the calendar update",
}


def _default_zone(conversation, profile) -> str:
    """The zone the form starts in: the chat's own, else the contact's, else the user's."""
    for name in (conversation.zone, conversation.contact.timezone):
        if is_valid_zone(name):
            return name
    return profile.timezone


def _blank_schedule_form(conversation, profile, now) -> ScheduleForm:
    zone = _default_zone(conversation, profile)
    rescheduling = conversation.status == pipeline.SCHEDULED
    initial = {
        "zone": zone,
        "minutes": conversation.duration_minutes or 20,
        "medium": conversation.medium,
        "where": conversation.where,
    }
    if rescheduling and conversation.scheduled_at:
        initial["at"] = conversation.scheduled_at.astimezone(ZoneInfo(zone)).strftime(
            "%Y-%m-%dT%H:%M"
        )
    return ScheduleForm(initial=initial, now=now, rescheduling=rescheduling)


def _history(reschedules, conversation, profile) -> list[dict]:
    """Each move of the chat, in words that blame nobody."""
    first = conversation.contact.first_name or conversation.contact.name
    theirs = invitations.their_zone(conversation, profile)
    rows = []
    for r in reschedules:
        rows.append(
            {
                "at": r.at,
                "old": cal.show_in_zones(r.old_start, profile.zone, theirs),
                "new": cal.show_in_zones(r.new_start, profile.zone, theirs),
                "why": (
                    f"Moved at {first}’s request"
                    if r.asked_by == Reschedule.THEM
                    else "Moved at your request"
                ),
                "reason": r.reason,
            }
        )
    return rows


def schedule_panel(
    request, conversation: Conversation, *, schedule_form=None, cancel_form=None, slots_form=None
) -> Panel:
    """The agreed time in both zones, the confirmation with its calendar invitation,
    moving or cancelling, the moves so far, and the times offered (`slots_panel`)."""
    profile = request_profile(request)
    now = timezone.now()
    status = conversation.status
    can_schedule = status == pipeline.SCHEDULED or pipeline.SCHEDULED in pipeline.allowed_moves(
        status
    )
    reschedules = list(conversation.reschedules.all())  # always: a fixed number of queries
    rescheduled_at = max((r.at for r in reschedules), default=None)
    settings = smtp_settings_cached(request)
    kind = invitations.invitation_kind(conversation, rescheduled_at=rescheduled_at)
    first = conversation.contact.first_name or conversation.contact.name
    return Panel(
        "conversations/_schedule.html",
        {
            "conversation": conversation,
            "first_name": first,
            "can_schedule": can_schedule,
            "rescheduling": status == pipeline.SCHEDULED,
            "schedule_form": schedule_form or _blank_schedule_form(conversation, profile, now),
            "cancel_form": cancel_form or CancelForm(),
            "zones": all_zones(),
            "agreed": invitations.when_for_me(conversation, profile)
            if status == pipeline.SCHEDULED
            else "",
            "agreed_zone": cal.zone_label(ZoneInfo(conversation.zone))
            if is_valid_zone(conversation.zone)
            else "",
            "medium_label": conversation.get_medium_display() if conversation.medium else "",
            "reschedules": _history(reschedules, conversation, profile),
            "invitation_kind": kind,
            "invitation_button": KIND_BUTTONS.get(kind or "", ""),
            "confirmed": invitations.is_confirmed(conversation, rescheduled_at=rescheduled_at),
            "can_send": kind is not None
            and invitations.can_send_now(conversation, profile, settings),
            "smtp_ready": settings is not None,
            "discreet": is_discreet(conversation.contact, profile) if kind else None,
            "confirm_label": CONFIRM_LABEL,
            "slots": slots_panel(request, conversation, slots_form=slots_form).render(request),
        },
    )


def _blank_slots_form(conversation, zone: ZoneInfo, now: datetime) -> SlotsForm:
    initial = {
        name: moment.astimezone(zone).strftime("%Y-%m-%dT%H:%M")
        for name, moment in zip(SLOT_FIELDS, slot_times(conversation), strict=False)
    }
    return SlotsForm(initial=initial, zone=zone, now=now)


def slots_panel(request, conversation: Conversation, *, slots_form=None) -> Panel:
    """The times offered to the contact, inside the scheduling panel: typed in the user's
    zone, listed in both, named in the request and follow-up in the contact's zone."""
    if not can_offer(conversation):
        return Panel("conversations/_slots.html", {"show_slots": False})
    profile = request_profile(request)
    now = timezone.now()
    theirs = invitations.their_zone(conversation, profile)
    times = slot_times(conversation)
    return Panel(
        "conversations/_slots.html",
        {
            "show_slots": True,
            "conversation": conversation,
            "slots_form": slots_form or _blank_slots_form(conversation, profile.zone, now),
            "slot_fields": SLOT_FIELDS,
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
        },
    )


# ------------------------------------------------------------------ messages


def messages_panel(request, conversation: Conversation, *, composer: dict | None = None) -> Panel:
    """The chat's messages, drafts and sent, and the composer.

    `composer` is what a composer view sends back: the form as sent (`form`), the draft
    being changed (`editing`), or a refused "mark sent" (`sent_error`, `sent_error_for`).
    Without it the composer holds the draft named by ?draft=ID, or a fresh message of
    the kind named by ?write=KIND, or of the next sensible kind.
    """
    user = request.user
    profile = request_profile(request)
    contact = conversation.contact
    now = timezone.now()
    chat_messages = list(conversation.messages.all())
    for m in chat_messages:
        # Every message here is to this contact in this chat: no query per message.
        m.contact = contact
        m.conversation = conversation
    state = composer or {}
    editing = state.get("editing") or _draft_asked_for(request, chat_messages)
    form = state.get("form")
    if form is None:
        if editing is not None:
            form = draft_form(editing)
        else:
            asked = request.GET.get("write", "")
            kind = asked if asked in KINDS else None
            form = new_composer_form(user, profile, conversation, kind, sent=chat_messages)
    advice = None
    if editing is None and not form.is_bound and form.initial.get("kind") == "":
        advice = composer_advice(conversation, profile, now, chat_messages)
    return Panel(
        "conversations/_messages.html",
        {
            "profile": profile,
            "composer_lead": advice.lead if advice else "",
            "composer_offer": advice.offer if advice else "",
            "composer_offer_label": advice.offer_label if advice else "",
            "chat_messages": chat_messages,
            "sent_error": state.get("sent_error"),
            "sent_error_for": state.get("sent_error_for"),
            **composer_context(request, conversation, form, editing=editing, now=now),
        },
    )


def _draft_asked_for(request, chat_messages: list[Message]) -> Message | None:
    """The draft named by ?draft=ID, if it is one of this chat's unsent messages."""
    wanted = request.GET.get("draft", "")
    for m in chat_messages:
        if str(m.pk) == wanted and m.sent_at is None:
            return m
    return None


# ------------------------------------------------------------------ questions


def questions_panel(
    request, conversation: Conversation, *, question_form=None, choose_form=None
) -> Panel:
    """The questions chosen for this chat with the linter's findings, the rest of the
    bank grouped by topic, and the forms.

    Two queries however big the bank: the chosen questions, and the bank.
    """
    user = request.user
    chosen = list(conversation.chosen_questions.select_related("question"))
    for cq in chosen:
        cq.findings = question_findings(cq.question.text)
        cq.tiara = is_tiara(cq.question.text)
    chosen_ids = {cq.question_id for cq in chosen}
    bank = [q for q in questions_for(user).only("id", "text", "topic") if q.pk not in chosen_ids]
    chosen_texts = {cq.question.text for cq in chosen}
    return Panel(
        "conversations/_questions.html",
        {
            "conversation": conversation,
            "chosen": chosen,
            "bank_size": len(bank),
            "tiara_left": len(TIARA_TEXTS - chosen_texts),
            "choose_form": choose_form
            or ChooseQuestionForm(queryset=questions_for(user), bank=bank),
            "question_form": question_form or QuestionForm(),
        },
    )


# ------------------------------------------------------------------ notes and follow-ups


def notes_panel(request, conversation: Conversation, *, note_form=None) -> Panel:
    """The chat's notes, newest last, and a form to add one."""
    return Panel(
        "conversations/_notes.html",
        {
            "conversation": conversation,
            "contact": conversation.contact,
            "notes": conversation.notes.all(),
            # Own id prefix: the composer also has a "body" field on the same page.
            "note_form": note_form or NoteForm(auto_id="note_%s"),
        },
    )


def followups_panel(request, conversation: Conversation, *, action_form=None) -> Panel:
    """What to follow up from this chat, and a form to add something."""
    return Panel(
        "conversations/_followups.html",
        {
            "conversation": conversation,
            "contact": conversation.contact,
            # The lead of a "lead:" item is linked from the list: read with the items.
            "actions": conversation.actions.select_related("lead"),
            "action_form": action_form or ActionForm(),
        },
    )


# ------------------------------------------------------------------ the page

PANELS = {
    "status": status_panel,
    "schedule": schedule_panel,
    "messages": messages_panel,
    "questions": questions_panel,
    "notes": notes_panel,
    "followups": followups_panel,
}
# The panels the page places; the schedule panel is drawn inside the status panel.
PLACED = ("status", "messages", "questions", "notes", "followups")
# Which panel takes each form sent back with errors (and the composer's state).
FORM_PANELS = {
    "move_form": "status",
    "schedule_form": "status",
    "cancel_form": "status",
    "slots_form": "status",
    "composer": "messages",
    "question_form": "questions",
    "choose_form": "questions",
    "note_form": "notes",
    "action_form": "followups",
}


def chat_page(request, conversation: Conversation, **sent_back):
    """The chat page. `sent_back` holds forms sent back with errors, by name
    (`note_form=...`, see FORM_PANELS), so each shows them beside its fields."""
    unknown = set(sent_back) - set(FORM_PANELS)
    if unknown:
        raise TypeError(f"chat_page: no panel takes {', '.join(sorted(unknown))}")
    panels = {}
    for name in PLACED:
        mine = {k: v for k, v in sent_back.items() if FORM_PANELS[k] == name}
        panels[name] = PANELS[name](request, conversation, **mine).render(request)
    context = {"conversation": conversation, "contact": conversation.contact, "panels": panels}
    return render(request, "conversations/detail.html", context)


def show_chat(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    ensure_question_bank(request.user)
    return chat_page(request, conversation)


def panel_view(name: str):
    """The view that draws one panel alone (hx-get), for the owner only. Its forms send
    the user back to the chat's page (`page_path`), as the page's own do."""

    @require_GET
    def view(request, pk: int):
        conversation = get_conversation_for(request.user, pk)
        panel = PANELS[name](request, conversation)
        context = {**panel.context, "page_path": conversation.get_absolute_url()}
        return render(request, panel.template, context)

    view.__name__ = view.__qualname__ = f"{name}_panel_view"
    view.__doc__ = f"The {name} panel of a chat's page, alone."
    return view


# Included by chats/urls.py (app_name "conversations").
urlpatterns = [
    path("chats/<int:pk>/", show_chat, name="detail"),
    *(
        path(f"chats/<int:pk>/panels/{name}/", panel_view(name), name=f"chat_panel_{name}")
        for name in PANELS
    ),
]
