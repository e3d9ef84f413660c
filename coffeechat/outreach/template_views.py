"""The message templates page: the user's own template of each kind, checked live as it
is typed, with an example filled in (views and URLs). The composer on a chat's page is
chats/compose_views.py.

Every form here works as a plain POST (the page comes back with errors and findings
beside the fields); htmx only makes the checks live while typing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from coffeechat.accounts.services import request_profile
from coffeechat.conversations.models import Message
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

from .composer import check_message
from .forms import TemplateForm
from .services import (
    own_templates,
    reset_template,
    save_template,
    templates_for,
)

KIND_LABELS = dict(Message.KINDS)


def _profile(request):
    return request_profile(request)


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
    path("templates/", list_templates, name="templates"),
    path("templates/<str:kind>/", edit_template, name="edit_template"),
    path("templates/<str:kind>/reset/", reset_template_view, name="reset_template"),
    path("templates/<str:kind>/lint/", lint_template, name="lint_template"),
]
