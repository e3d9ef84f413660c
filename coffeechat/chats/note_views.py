"""The notes page of a chat (/chats/<id>/notes/): a big Markdown box for use during or
right after the chat, with quick capture.

As the user types, htmx posts the note to the preview address (300 ms after the last
key, older requests cancelled) and swaps in the note as it will read and what it will
add. Saving a note that names new people shows a review step first: each new person
with their name, organisation and title to correct, and "Add as a contact" to untick;
the note rides along in a hidden field. A note naming nobody new is saved at once. The
chat page's own note form posts here too, so quick capture works from there as well.

Every view gets the chat through `get_conversation_for`, so anyone else's is a 404. Bad
input (an empty or too long note, a reviewed person without a name) comes back as the
form with the reason beside the field, and nothing is written.
"""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from coffeechat.conversations.forms import NoteForm
from coffeechat.conversations.services import get_conversation_for, notes_for

from .forms import ReviewPeopleForm
from .notes import MAX_NOTE, NotePreview, NoteProblem, preview_note, save_note

NOT_SAVED = "Not saved: see the field marked below."


def _note_form(data=None, **kwargs) -> NoteForm:
    form = NoteForm(data, auto_id="note_%s", **kwargs)
    form.fields["body"].widget.attrs.update({"rows": 18, "class": "notes-editor__box"})
    return form


def _preview_attrs(form: NoteForm, conversation) -> None:
    """The note box posts itself for the live preview while the user types."""
    form.fields["body"].widget.attrs.update(
        {
            "hx-post": f"/chats/{conversation.pk}/notes/preview/",
            "hx-trigger": "input changed delay:300ms",
            "hx-target": "#note-preview",
            "hx-include": "closest form",
            "hx-sync": "closest form:replace",
            "aria-describedby": "note-preview",
        }
    )


def _render_page(request, conversation, form: NoteForm, *, preview: NotePreview | None = None):
    _preview_attrs(form, conversation)
    body = form.data.get("body", "") if form.is_bound else ""
    context = {
        "conversation": conversation,
        "contact": conversation.contact,
        "form": form,
        "notes": list(
            notes_for(request.user).filter(conversation=conversation).order_by("-created_at", "-id")
        ),
        "body": body,
        "preview": preview,
    }
    return render(request, "conversations/notes.html", context)


def _render_review(request, conversation, body: str, preview: NotePreview, form, error=""):
    return render(
        request,
        "conversations/note_review.html",
        {
            "conversation": conversation,
            "contact": conversation.contact,
            "body": body,
            "preview": preview,
            "review_form": form,
            "ticked": form.ticked(),
            "error": error,
        },
    )


@require_http_methods(["GET", "POST"])
def notes_page(request, pk: int):
    """GET: the notes page. POST: save a note (from here, the review step or the chat page)."""
    conversation = get_conversation_for(request.user, pk)
    if request.method == "GET":
        return _render_page(request, conversation, _note_form())
    return _save(request, conversation)


def _save(request, conversation):
    form = _note_form(request.POST)
    if not form.is_valid():
        messages.error(request, NOT_SAVED)
        return _render_page(request, conversation, form)
    body = form.cleaned_data["body"]
    steps = request.POST.getlist("step")
    step = "edit" if "edit" in steps else "review" if "review" in steps else ""
    if step == "edit":  # "Back to the note" from the review step
        return _render_page(request, conversation, _note_form({"body": body}))
    preview = preview_note(request.user, conversation, body)
    if preview.problems:
        form.add_error("body", preview.problems[0])
        messages.error(request, NOT_SAVED)
        return _render_page(request, conversation, form, preview=preview)
    people = None
    if step == "review":
        review = ReviewPeopleForm(request.POST, people=preview.new_people)
        if not review.is_valid():
            messages.error(request, NOT_SAVED)
            return _render_review(request, conversation, body, preview, review)
        people = review.choices()
    elif preview.new_people:
        review = ReviewPeopleForm(people=preview.new_people)
        return _render_review(request, conversation, body, preview, review)
    try:
        result = save_note(request.user, conversation, body, now=timezone.now(), people=people)
    except NoteProblem as exc:
        messages.error(request, f"Not saved: {exc}")
        if step == "review":
            return _render_review(request, conversation, body, preview, review, error=str(exc))
        form.add_error("body", str(exc))
        return _render_page(request, conversation, form)
    messages.success(request, result.summary())
    return redirect(f"{conversation.get_absolute_url()}#notes")


@require_POST
def note_preview(request, pk: int):
    """The note as it will read, and what it will add (htmx, while typing)."""
    conversation = get_conversation_for(request.user, pk)
    body = request.POST.get("body", "")
    preview = preview_note(request.user, conversation, body)
    return render(
        request,
        "conversations/_note_preview.html",
        {
            "conversation": conversation,
            "preview": preview,
            # A note too long to save is not rendered either: the problem says why.
            "body": body if len(body) <= MAX_NOTE else "",
        },
    )


urlpatterns = [
    path("chats/<int:pk>/notes/", notes_page, name="notes"),
    path("chats/<int:pk>/notes/preview/", note_preview, name="note_preview"),
]
