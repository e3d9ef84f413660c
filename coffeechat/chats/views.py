from zoneinfo import ZoneInfo

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from coffeechat.accounts.services import request_profile
from coffeechat.conversations.forms import (
    ActionForm,
    ChooseQuestionForm,
    MoveForm,
    NewConversationForm,
    QuestionForm,
    topic_groups,
)
from coffeechat.conversations.scheduling import move_chat
from coffeechat.conversations.services import (
    add_action,
    add_question,
    add_starter_questions,
    add_tiara_set,
    choose_question,
    conversations_for,
    delete_question,
    ensure_question_bank,
    get_action_for,
    get_chosen_question_for,
    get_conversation_for,
    get_question_for,
    prep_sheet,
    question_findings,
    questions_for,
    set_action_done,
    start_conversation,
    unchoose_question,
)
from coffeechat.htmx import is_htmx
from coffeechat.lib import pipeline
from coffeechat.lib.calendar import TimeProblem
from coffeechat.lib.pipeline import MoveRefused
from coffeechat.lib.pitch import judge
from coffeechat.lib.question_bank import STARTER_QUESTIONS, is_tiara
from coffeechat.lib.timezones import is_valid_zone
from coffeechat.outreach.services import (
    NeedsConfirmation,
    record_sent,
    save_draft,
)
from coffeechat.scoping import NotFound
from coffeechat.views import safe_next

from .page import chat_page, questions_panel

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
    profile = request_profile(request)
    from_board = request.POST.get("from") == "board"
    form = MoveForm(request.POST, zone=profile.zone)
    if not form.is_valid():
        if "at" in form.errors and not from_board and not is_htmx(request):
            # The conversation page again, with the error beside the time field.
            return chat_page(request, conversation, move_form=form)
        first = next(iter(form.errors.values()))[0]
        return _move_error(request, conversation, first, from_board)
    try:
        conversation = move_chat(
            request.user,
            conversation,
            form.cleaned_data["status"],
            at=form.cleaned_data.get("at"),
            now=timezone.now(),
        )
    except (MoveRefused, TimeProblem) as exc:
        return _move_error(request, conversation, str(exc), from_board)
    note = f"{conversation.contact.name}: now {conversation.status_label.lower()}."
    if is_htmx(request) and from_board:
        context = _board_context(request.user)
        context["announcement"] = note
        context["focus_id"] = conversation.pk
        return render(request, "conversations/_board.html", context)
    messages.success(request, note)
    return redirect(_after_move(request, conversation, from_board))


def _invalid(request, conversation, form_name: str, form):
    """The page again, with the form as sent and its errors beside the fields."""
    messages.error(request, "Not saved: see the field marked below.")
    return chat_page(request, conversation, **{form_name: form})


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
        return render(
            request, "conversations/_action.html", {"action": action, "contact": action.contact}
        )
    if action.done:
        note = f"Done: {action.title}."
        if action.contact_id and not action.contact.is_coworker:
            note += f" Tell {action.contact.name} how it went: Today reminds you."
        messages.success(request, note)
    return redirect(safe_next(request, reverse("agenda:today")))


@require_POST
def record_follow_up(request, pk: int):
    """From Today: the user sent the one polite follow-up outside coffeechat."""
    conversation = get_conversation_for(request.user, pk)
    now = timezone.now()
    try:
        with transaction.atomic():  # no stray draft is left when the guard says no
            draft = save_draft(
                request.user,
                conversation,
                kind="follow_up",
                channel="email",
                subject="",
                body="Follow-up sent outside coffeechat.",
                now=now,
            )
            confirmed = bool(request.POST.get("confirmed"))
            record_sent(request.user, draft, now=now, confirmed=confirmed)
    except NeedsConfirmation as exc:
        messages.error(request, f"{exc} Confirm on the conversation page before recording it.")
        return redirect(conversation)
    messages.success(request, f"Follow-up to {conversation.contact.name} recorded.")
    return redirect(safe_next(request, conversation.get_absolute_url()))


# ------------------------------------------------------------------ questions


def _questions_answer(request, conversation, notice: str = "", **bound_forms):
    """After a change to a chat's questions: htmx gets the panel again, with the notice
    in it; anyone else goes back to the conversation page (POST, redirect, GET)."""
    if is_htmx(request):
        context = questions_panel(request, conversation, **bound_forms).context
        context["notice"] = notice
        context["notice_error"] = bool(bound_forms)
        return render(request, "conversations/_questions.html", context)
    if bound_forms:
        messages.error(request, notice)
        return chat_page(request, conversation, **bound_forms)
    if notice:
        messages.success(request, notice)
    return redirect(f"{conversation.get_absolute_url()}#questions")


def _added_notice(question) -> str:
    findings = question_findings(question.text)
    if not findings:
        return "Question added."
    return (
        f"Question added. The checker has {len(findings)} "
        f"note{'s' if len(findings) != 1 else ''} on it: see below, and reword it if you agree."
    )


@require_POST
def add_question_view(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    form = QuestionForm(request.POST)
    if not form.is_valid():
        return _questions_answer(
            request, conversation, "Not saved: see the field marked below.", question_form=form
        )
    question = add_question(
        request.user, form.cleaned_data["text"], form.cleaned_data["topic"], conversation
    )
    return _questions_answer(request, conversation, _added_notice(question))


@require_POST
def choose_question_view(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    form = ChooseQuestionForm(request.POST, queryset=questions_for(request.user))
    if not form.is_valid():
        # The picker lists only the user's own questions; the error is the message.
        error = form.errors["question"][0]
        if is_htmx(request):
            context = questions_panel(request, conversation).context
            context.update(notice=error, notice_error=True)
            return render(request, "conversations/_questions.html", context)
        messages.error(request, error)
        return redirect(f"{conversation.get_absolute_url()}#questions")
    choose_question(request.user, conversation, form.cleaned_data["question"])
    return _questions_answer(request, conversation, "Question added.")


@require_POST
def add_tiara_view(request, pk: int):
    conversation = get_conversation_for(request.user, pk)
    added = add_tiara_set(request.user, conversation)
    if added:
        notice = f"Added the TIARA set ({added} question{'s' if added != 1 else ''})."
    else:
        notice = "The TIARA set is already on this chat's list."
    return _questions_answer(request, conversation, notice)


@require_POST
def remove_chosen_view(request, pk: int):
    chosen = get_chosen_question_for(request.user, pk)
    conversation = get_conversation_for(request.user, chosen.conversation_id)
    unchoose_question(chosen)
    return _questions_answer(
        request, conversation, "Question removed from this chat (it stays in your bank)."
    )


def check_question(request):
    """The linter's findings on a question as it is typed (the add-question forms)."""
    text = request.GET.get("text", "").strip()[:2000]
    findings = question_findings(text) if text else ()
    return render(
        request, "conversations/_findings.html", {"findings": findings, "checked": bool(text)}
    )


def show_questions(request):
    """The question bank, by topic, with the linter's findings; add and delete."""
    form = QuestionForm(request.POST or None, auto_id="bank_%s")
    if request.method == "POST":
        if form.is_valid():
            question = add_question(
                request.user, form.cleaned_data["text"], form.cleaned_data["topic"]
            )
            messages.success(request, _added_notice(question))
            return redirect(f"{reverse('conversations:questions')}#question-{question.pk}")
        messages.error(request, "Not saved: see the field marked below.")
    else:
        ensure_question_bank(request.user)
    questions = list(questions_for(request.user).annotate(chats=Count("chosen")))
    for question in questions:
        question.findings = question_findings(question.text)
        question.tiara = is_tiara(question.text)
    texts = {q.text for q in questions}
    return render(
        request,
        "conversations/questions.html",
        {
            "form": form,
            "groups": topic_groups(questions),
            "total": len(questions),
            "flagged": sum(1 for q in questions if q.findings),
            "starters_missing": sum(1 for _, text in STARTER_QUESTIONS if text not in texts),
        },
    )


@require_POST
def delete_question_view(request, pk: int):
    question = get_question_for(request.user, pk)
    delete_question(question)
    messages.success(request, f"Deleted “{question.text}”.")
    return redirect(reverse("conversations:questions"))


@require_POST
def add_starters_view(request):
    added = add_starter_questions(request.user)
    if added:
        messages.success(request, f"Put back {added} starter question{'s' if added != 1 else ''}.")
    else:
        messages.info(request, "Every starter question is already in your bank.")
    return redirect(reverse("conversations:questions"))


# ------------------------------------------------------------------ prep sheet


def show_prep_sheet(request, pk: int):
    """A printable page to read before the chat: the person, the research, the pitch,
    the chosen questions and what earlier chats with them taught."""
    sheet = prep_sheet(request.user, pk)
    profile = request_profile(request)
    conversation, contact, target = sheet["conversation"], sheet["contact"], sheet["target"]
    scheduled = conversation.status == pipeline.SCHEDULED and conversation.scheduled_at
    their_time = None
    if scheduled and is_valid_zone(contact.timezone) and contact.timezone != profile.timezone:
        their_time = conversation.scheduled_at.astimezone(ZoneInfo(contact.timezone))
    sheet.update(
        profile=profile,
        scheduled=bool(scheduled),
        their_time=their_time,
        pitch=judge(target.pitch) if target else None,
    )
    return render(request, "conversations/prep.html", sheet)
