"""Composing messages: templates, the composer and live linting (views and URLs).

Every form here works as a plain POST (the page comes back with errors and findings
beside the fields); htmx only makes the checks live while typing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from coffeechat.accounts.services import request_profile
from coffeechat.conversations.models import Message
from coffeechat.conversations.services import get_conversation_for, get_message_for
from coffeechat.conversations.views import _render_detail
from coffeechat.htmx import is_htmx
from coffeechat.lib import pipeline
from coffeechat.lib.lint import DEFAULT_LIMITS, Limits
from coffeechat.lib.message_templates import (
    DEFAULTS,
    KINDS,
    NO_SUBJECT,
    PLACEHOLDERS,
    Template,
    fill_template,
    problems,
    template_values,
)
from coffeechat.scoping import NotFound

from .forms import ComposeForm, TemplateForm
from .panel import check_message, composer_context, new_composer_form
from .services import (
    AlreadySent,
    NeedsConfirmation,
    delete_draft,
    own_templates,
    record_sent,
    reset_template,
    save_draft,
    save_template,
    templates_for,
    update_draft,
)

KIND_LABELS = dict(Message.KINDS)


def _profile(request):
    return request_profile(request)


def _chat_url(conversation_id: int) -> str:
    return f"/chats/{conversation_id}/#messages"


def _show_page(request, conversation, **state):
    """The conversation page again, its composer or message list as `state` says."""
    request.composer = state
    return _render_detail(request, conversation)


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


# ------------------------------------------------------------------ the templates page


EXAMPLE_CONTACT = "Jordan Lee"


def _example_values(request) -> dict[str, str]:
    """Made-up details to show (and check) a template as a contact would read it."""
    return template_values(
        first_name=EXAMPLE_CONTACT.split()[0],
        my_name=_profile(request).name or "Sam Taylor",
        connection="Both studied at the University of Leeds",
        referrer="Priya Shah",
        organization="Northwind Analytics",
        target="Data journalism",
        when=timezone.now().replace(hour=14, minute=0, second=0, microsecond=0),
        zone_name=_profile(request).timezone,
        duration_minutes=20,
        event="the Open Data Meetup",
        suggestion="“The Functional Art”",
        slots=_example_slots(),
    )


def _example_slots() -> list[datetime]:
    """Two made-up times to offer, next week at 14:00 and 16:30 (UTC)."""
    base = timezone.now().astimezone(UTC).replace(hour=14, minute=0, second=0, microsecond=0)
    return [base + timedelta(days=6), base + timedelta(days=7, hours=2, minutes=30)]


def _kind_or_404(kind: str) -> str:
    if kind not in DEFAULTS:
        raise NotFound(f"No message kind called “{kind}”.")
    return kind


def _template_rows(request, bound: dict | None = None) -> list[dict]:
    own = {t.kind: t for t in templates_for(request.user)}
    templates = own_templates(request.user)
    example = _example_values(request)
    limits = _profile(request).limits()
    rows = []
    for kind in KINDS:
        template = templates[kind]
        form = (bound or {}).get(kind) or TemplateForm(
            initial={"subject": template.subject, "body": template.body}, auto_id=f"{kind}_%s"
        )
        _live_template_form(form, kind)
        rows.append(
            {
                "kind": kind,
                "label": KIND_LABELS[kind],
                "form": form,
                "customised": kind in own,
                "check": _check_template(form, kind, example, limits),
                "has_subject": kind not in NO_SUBJECT,
            }
        )
    return rows


def _live_template_form(form: TemplateForm, kind: str) -> None:
    for name in ("subject", "body"):
        form.fields[name].widget.attrs.update(
            {
                "hx-post": f"/templates/{kind}/lint/",
                "hx-trigger": "input changed delay:300ms",
                "hx-target": f"#{kind}-findings",
                "hx-include": "closest form",
                "hx-sync": "closest form:replace",
            }
        )


def _check_template(form: TemplateForm, kind: str, example: dict[str, str], limits) -> dict:
    source = form.data if form.is_bound else form.initial
    subject, body = str(source.get("subject") or ""), str(source.get("body") or "")
    return check_template(kind, subject, body, example, limits)


def check_template(
    kind: str, subject: str, body: str, example: dict[str, str], limits: Limits = DEFAULT_LIMITS
) -> dict:
    """A template's own problems, and the guideline check of it filled with the example."""
    filled = fill_template(Template(subject, body), example)
    check = check_message(
        kind=kind,
        channel="linkedin" if kind in NO_SUBJECT else "email",
        subject=filled.subject,
        body=filled.body,
        recipient=EXAMPLE_CONTACT,
        sender=example["my_name"],
        held_at=None,
        now=timezone.now(),
        limits=limits,
    )
    return {
        **check,
        "problems": problems(subject) + problems(body),
        "preview": filled,
        "preview_name": example["first_name"],
    }


@require_GET
def list_templates(request):
    return render(
        request,
        "outreach/templates.html",
        {"rows": _template_rows(request), "placeholders": PLACEHOLDERS},
    )


@require_POST
def edit_template(request, kind: str):
    kind = _kind_or_404(kind)
    form = TemplateForm(request.POST, auto_id=f"{kind}_%s")
    if not form.is_valid():
        messages.error(request, f"{KIND_LABELS[kind]} template not saved: see the field marked.")
        context = {
            "rows": _template_rows(request, bound={kind: form}),
            "placeholders": PLACEHOLDERS,
            "open_kind": kind,
        }
        return render(request, "outreach/templates.html", context)
    subject = "" if kind in NO_SUBJECT else form.cleaned_data["subject"]
    save_template(request.user, kind, subject=subject, body=form.cleaned_data["body"])
    messages.success(request, f"{KIND_LABELS[kind]} template saved.")
    return redirect(f"/templates/#template-{kind}")


@require_POST
def reset_template_view(request, kind: str):
    kind = _kind_or_404(kind)
    reset_template(request.user, kind)
    messages.success(request, f"{KIND_LABELS[kind]} template is back to the built-in text.")
    return redirect(f"/templates/#template-{kind}")


@require_POST
def lint_template(request, kind: str):
    kind = _kind_or_404(kind)
    check = check_template(
        kind,
        request.POST.get("subject", "")[:1000],
        request.POST.get("body", "")[:20000],
        _example_values(request),
        _profile(request).limits(),
    )
    return render(request, "outreach/_check.html", {"check": check, "template_check": True})


urlpatterns = [
    path("chats/<int:pk>/compose/", compose, name="compose"),
    path("chats/<int:pk>/compose/lint/", lint_message, name="lint"),
    path("messages/<int:pk>/edit/", edit_draft, name="edit_draft"),
    path("messages/<int:pk>/delete/", discard_draft, name="delete_draft"),
    path("messages/<int:pk>/mark-sent/", mark_sent, name="mark_sent"),
    path("templates/", list_templates, name="templates"),
    path("templates/<str:kind>/", edit_template, name="edit_template"),
    path("templates/<str:kind>/reset/", reset_template_view, name="reset_template"),
    path("templates/<str:kind>/lint/", lint_template, name="lint_template"),
]
