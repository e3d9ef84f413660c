from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from coffeechat.accounts.services import get_profile
from coffeechat.contacts.services import get_contact_for
from coffeechat.htmx import is_htmx
from coffeechat.lib import pipeline
from coffeechat.lib.pipeline import MoveRefused
from coffeechat.outreach.panel import message_panel_context
from coffeechat.scoping import NotFound
from coffeechat.views import safe_next

from .forms import (
    ActionForm,
    ChooseQuestionForm,
    MessageForm,
    MoveForm,
    NewConversationForm,
    NoteForm,
    QuestionForm,
)
from .services import (
    add_action,
    add_note,
    add_question,
    choose_question,
    conversations_for,
    get_action_for,
    get_conversation_for,
    get_message_for,
    mark_message_sent,
    move_conversation,
    questions_for,
    record_message,
    set_action_done,
    start_conversation,
)

# The most recent cards of each column; "and N more…" links to the whole list. Each card
# costs about 0.15 ms to render, so 8 full columns of 20 keep the board under 50 ms.
CARDS_PER_COLUMN = 20
# (status, label) of the moves allowed from each status: the buttons on a card.
MOVE_BUTTONS = {
    status: tuple((to, pipeline.LABELS[to]) for to in pipeline.allowed_moves(status))
    for status in pipeline.STATUSES
}


def _board_context(user) -> dict:
    """The board: every status as a column, its count, and its most recent cards.

    Two queries whatever the number of conversations: the counts, and the top
    cards of every column, chosen by a window function over the conversations
    alone (ranking before the joins, not after, halves the time on a big board).
    """
    counts = dict(conversations_for(user).values_list("status").annotate(n=Count("id")).order_by())
    top = (
        conversations_for(user)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=F("status"),
                order_by=[F("status_changed_at").desc(), F("id").desc()],
            )
        )
        .filter(rank__lte=CARDS_PER_COLUMN)
        .values("pk")
    )
    ranked = (
        conversations_for(user)
        .filter(pk__in=top)
        .select_related("contact", "contact__organization", "target")
        .order_by("-status_changed_at", "-id")
    )
    cards: dict[str, list] = {status: [] for status in pipeline.STATUSES}
    for conversation in ranked:
        conversation.moves = MOVE_BUTTONS[conversation.status]
        cards[conversation.status].append(conversation)
    columns = [
        {
            "status": status,
            "label": pipeline.LABELS[status],
            "count": counts.get(status, 0),
            "cards": cards[status],
            "more": counts.get(status, 0) - len(cards[status]),
            "side_exit": status not in (*pipeline.ACTIVE, pipeline.THANKED),
        }
        for status in pipeline.STATUSES
    ]
    return {"columns": columns, "total": sum(counts.values())}


def show_pipeline(request):
    context = _board_context(request.user)
    context["new_form"] = NewConversationForm(owner=request.user)
    return render(request, "conversations/pipeline.html", context)


def list_status(request, status: str):
    if status not in pipeline.LABELS:
        raise NotFound(f"No status called “{status}”.")
    chats = (
        conversations_for(request.user)
        .filter(status=status)
        .select_related("contact", "contact__organization", "target")
    )
    page = Paginator(chats, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "conversations/status_list.html",
        {"page": page, "status": status, "label": pipeline.LABELS[status]},
    )


@require_POST
def new_conversation(request):
    form = NewConversationForm(request.POST, owner=request.user)
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, errors[0])
            break
        return redirect(safe_next(request, reverse("conversations:pipeline")))
    conversation = start_conversation(
        request.user,
        form.cleaned_data["contact"],
        target=form.cleaned_data["target"],
        now=timezone.now(),
    )
    messages.success(request, f"Started a conversation with {conversation.contact.name}.")
    return redirect(conversation)


def _move_error(request, conversation, message: str, from_board: bool):
    if is_htmx(request):
        html = render_to_string(
            "conversations/_move_error.html", {"message": message, "conversation": conversation}
        )
        response = HttpResponse(html)
        # A refused move is an answer, not a failure: show it where the user looks.
        response["HX-Retarget"] = "#board-message" if from_board else "#move-message"
        response["HX-Reswap"] = "innerHTML"
        return response
    messages.error(request, message)
    return redirect(_after_move(request, conversation, from_board))


def _after_move(request, conversation, from_board: bool) -> str:
    """Where a move without htmx lands: the board, or where it came from (Today), or the chat."""
    default = reverse("conversations:pipeline") if from_board else conversation.get_absolute_url()
    return safe_next(request, default)


@require_POST
def move(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    profile = get_profile(request.user)
    from_board = request.POST.get("from") == "board"
    form = MoveForm(request.POST, zone=profile.zone)
    if not form.is_valid():
        if "at" in form.errors and not from_board and not is_htmx(request):
            # The conversation page again, with the error beside the time field.
            return _render_detail(request, conversation, move_form=form)
        first = next(iter(form.errors.values()))[0]
        return _move_error(request, conversation, first, from_board)
    try:
        conversation = move_conversation(
            request.user,
            conversation,
            form.cleaned_data["status"],
            at=form.cleaned_data.get("at"),
            now=timezone.now(),
        )
    except MoveRefused as exc:
        return _move_error(request, conversation, str(exc), from_board)
    note = f"{conversation.contact.name}: now {conversation.status_label.lower()}."
    if is_htmx(request) and from_board:
        context = _board_context(request.user)
        context["announcement"] = note
        context["focus_id"] = conversation.pk
        return render(request, "conversations/_board.html", context)
    messages.success(request, note)
    return redirect(_after_move(request, conversation, from_board))


def show_conversation(request, pk: int):
    return _render_detail(request, get_conversation_for(request.user, pk))


def _render_detail(request, conversation, **bound_forms):
    """The conversation page; `bound_forms` (e.g. note_form=...) replace the blank forms,
    so that a form sent back with errors shows them beside its fields."""
    profile = get_profile(request.user)
    chosen_ids = conversation.chosen_questions.values_list("question_id", flat=True)
    context = {
        "conversation": conversation,
        "contact": conversation.contact,
        "profile": profile,
        "history": conversation.history.all(),
        "chat_messages": conversation.messages.all(),
        "chosen": conversation.chosen_questions.select_related("question"),
        "notes": conversation.notes.all(),
        "actions": conversation.actions.all(),
        "moves": [(s, pipeline.LABELS[s]) for s in conversation.allowed_moves()],
        "move_form": MoveForm(zone=profile.zone),
        # Own id prefixes: both forms have a "body" field on the same page.
        "note_form": NoteForm(auto_id="note_%s"),
        "action_form": ActionForm(),
        "message_form": MessageForm(auto_id="message_%s"),
        "question_form": QuestionForm(),
        "choose_form": ChooseQuestionForm(
            queryset=questions_for(request.user).exclude(pk__in=chosen_ids)
        ),
    }
    context.update(bound_forms)
    context.update(message_panel_context(request, conversation))
    return render(request, "conversations/detail.html", context)


def _invalid(request, conversation, form_name: str, form):
    """The page again, with the form as sent and its errors beside the fields."""
    messages.error(request, "Not saved: see the field marked below.")
    return _render_detail(request, conversation, **{form_name: form})


@require_POST
def add_note_view(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    form = NoteForm(request.POST, auto_id="note_%s")
    if not form.is_valid():
        return _invalid(request, conversation, "note_form", form)
    add_note(request.user, conversation, form.cleaned_data["body"], now=timezone.now())
    messages.success(request, "Note saved.")
    return redirect(f"{conversation.get_absolute_url()}#notes")


@require_POST
def add_action_view(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    form = ActionForm(request.POST)
    if not form.is_valid():
        return _invalid(request, conversation, "action_form", form)
    add_action(
        request.user,
        conversation,
        form.cleaned_data["kind"],
        form.cleaned_data["title"],
        now=timezone.now(),
    )
    messages.success(request, "Added to follow up.")
    return redirect(f"{conversation.get_absolute_url()}#actions")


@require_POST
def toggle_action(request, pk: int):
    action = get_action_for(request.user, pk)
    set_action_done(action, not action.done, now=timezone.now())
    if is_htmx(request):
        return render(request, "conversations/_action.html", {"action": action})
    return redirect(safe_next(request, reverse("agenda:today")))


@require_POST
def add_message_view(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    form = MessageForm(request.POST, auto_id="message_%s")
    if not form.is_valid():
        return _invalid(request, conversation, "message_form", form)
    record_message(
        request.user,
        conversation,
        now=timezone.now(),
        sent=form.cleaned_data["sent"],
        **{k: form.cleaned_data[k] for k in ("kind", "channel", "subject", "body")},
    )
    messages.success(request, "Message recorded.")
    return redirect(f"{conversation.get_absolute_url()}#messages")


@require_POST
def record_follow_up(request, pk: int):
    """From Today: the user sent the one polite follow-up outside coffeechat."""
    conversation = get_conversation_for(request.user, pk)
    record_message(
        request.user,
        conversation,
        kind="follow_up",
        channel="email",
        subject="",
        body="Follow-up sent outside coffeechat.",
        now=timezone.now(),
        sent=True,
    )
    messages.success(request, f"Follow-up to {conversation.contact.name} recorded.")
    return redirect(safe_next(request, conversation.get_absolute_url()))


@require_POST
def mark_sent(request, pk: int):
    message = get_message_for(request.user, pk)
    mark_message_sent(message, now=timezone.now())
    messages.success(request, "Marked as sent.")
    if message.conversation_id:
        return redirect(f"/chats/{message.conversation_id}/#messages")
    return redirect(get_contact_for(request.user, message.contact_id))


@require_POST
def add_question_view(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    form = QuestionForm(request.POST)
    if not form.is_valid():
        return _invalid(request, conversation, "question_form", form)
    add_question(request.user, form.cleaned_data["text"], form.cleaned_data["topic"], conversation)
    messages.success(request, "Question added.")
    return redirect(f"{conversation.get_absolute_url()}#questions")


@require_POST
def choose_question_view(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    form = ChooseQuestionForm(request.POST, queryset=questions_for(request.user))
    if not form.is_valid():
        # The page lists only questions not yet chosen; the error is the message.
        messages.error(request, form.errors["question"][0])
        return redirect(f"{conversation.get_absolute_url()}#questions")
    choose_question(request.user, conversation, form.cleaned_data["question"])
    return redirect(f"{conversation.get_absolute_url()}#questions")
