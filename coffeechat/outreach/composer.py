"""The composer: the next sensible kind of message preselected from the chat's status,
its body filled from the user's template and the records, and the guideline findings
for what is written. The messages panel of a chat's page (chats/page.py) holds it; the
templates page checks templates with `check_message` too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import F, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as format_date

from coffeechat.accounts.services import request_profile
from coffeechat.contacts.models import Contact, Meeting
from coffeechat.contacts.services import contacts_for
from coffeechat.conversations.models import ActionItem, Conversation, Message
from coffeechat.conversations.slots import can_offer, slot_times
from coffeechat.lib import pipeline
from coffeechat.lib.businessdays import add_business_days
from coffeechat.lib.lint import DEFAULT_LIMITS, RULES, Finding, Limits, lint, thank_you_timing
from coffeechat.lib.message_templates import (
    DEFAULTS,
    NO_SUBJECT,
    Filled,
    Template,
    fill_template,
    introduced_text,
    specifics_text,
    template_values,
)

from .forms import ComposeForm
from .models import MessageTemplate
from .services import ASKABLE, is_discreet, org_request_reason

# The message a conversation most likely needs next, from its status.
NEXT_KIND: dict[str, str] = {
    pipeline.PROSPECT: "request",
    pipeline.REQUESTED: "follow_up",
    pipeline.SCHEDULED: "confirmation",
    pipeline.HELD: "thank_you",
    pipeline.THANKED: "keep_in_touch",
    # A side exit tried again starts with a fresh request.
    pipeline.DECLINED: "request",
    pipeline.NO_RESPONSE: "request",
    pipeline.CANCELLED: "request",
}


# The linter's kind for each kind of message. A confirmation, reschedule, cancellation,
# keep-in-touch update or event follow-up goes to someone already in touch: the
# linter's "follow-up" checks fit them (greeting, thanks, brevity, a subject, no job
# ask), while the request rules would insist on an introduction and a 15–20 minute
# ask that such a message need not make.
LINT_KINDS: dict[str, str] = {
    "request": "request",
    "linkedin_note": "linkedin-note",
    "follow_up": "follow-up",
    "confirmation": "follow-up",
    "reschedule": "follow-up",
    "cancellation": "follow-up",
    "thank_you": "thank-you",
    "keep_in_touch": "follow-up",
    "event_follow_up": "follow-up",
}


def check_message(
    *,
    kind: str,
    channel: str,
    subject: str,
    body: str,
    recipient: str,
    sender: str,
    held_at: datetime | None,
    now: datetime,
    limits: Limits = DEFAULT_LIMITS,
) -> dict:
    """The guideline findings for one message, with its word and character counts.

    An e-mail is checked with its subject line, so a missing subject is found; a
    LinkedIn message has none, so that finding is left out. A thank-you is also
    checked for timing: it is due within 24 hours of the chat.
    """
    if kind not in LINT_KINDS:
        return {"checked": False, "findings": (), "words": 0, "characters": 0}
    email = channel == "email" and kind not in NO_SUBJECT
    text = f"Subject: {subject}\n{body}" if email else body
    report = lint(text, LINT_KINDS[kind], limits=limits, recipient=recipient, sender=sender)
    findings = [_shown(f, email) for f in report.findings if email or f.rule != "subject"]
    if kind == "thank_you" and held_at is not None:
        late = thank_you_timing(held_at, now)
        if late is not None:
            findings.append(_shown(late, email))
    return {
        "checked": True,
        "findings": findings,
        "words": report.words,
        "characters": report.characters,
        "has_errors": any(f["severity"] == "error" for f in findings),
    }


def _shown(finding: Finding, email: bool) -> dict:
    """A finding as the composer shows it: the guideline behind it, and where it is in the
    user's own lines (the "Subject:" line the linter was given is not one of them)."""
    where = ""
    if finding.line is not None:
        line = finding.line - 1 if email else finding.line
        where = "in the subject" if line < 1 else f"line {line}"
    rule = RULES.get(finding.rule)
    return {**finding.to_json(), "where": where, "why": rule.explanation if rule else ""}


@dataclass(frozen=True)
class Advice:
    """What the composer leads with: the kind preselected ("" when nothing is due, so
    the user picks one), a short line saying why nothing is preselected, and a kind
    offered with its own button rather than pushed into the composer."""

    kind: str
    lead: str = ""  # shown after "Nothing to send now:"
    offer: str = ""
    offer_label: str = ""


def _short_day(moment: datetime, zone) -> str:
    """'Fri 13 Nov' in the user's zone."""
    return format_date(moment.astimezone(zone), "D j M")


def _after_business_days(moment: datetime, days: int, zone) -> datetime:
    """`days` business days after `moment`, at the same local time (as Today counts)."""
    local = moment.astimezone(zone)
    return datetime.combine(add_business_days(local.date(), days), local.time(), tzinfo=zone)


def composer_advice(
    conversation: Conversation, profile, now: datetime, sent: list[Message] | None = None
) -> Advice:
    """The kind the composer preselects, or why it preselects none.

    A request waiting for a reply gets its follow-up preselected only once the
    follow-up is due (`follow_up_after_days` business days, as Today says), and none
    once a follow-up has gone out. A scheduled chat already confirmed needs no
    second confirmation. After the thank-you nothing is due: a
    keep-in-touch update is offered, not pushed. `sent` is the chat's messages when
    the caller has them (saves a query).
    """
    kind = next_kind(conversation)
    zone = profile.zone
    if conversation.status == pipeline.REQUESTED and conversation.requested_at is not None:
        if sent is None:
            sent = list(conversation.messages.filter(kind="follow_up", sent_at__isnull=False))
        followed = [
            m.sent_at
            for m in sent
            if m.kind == "follow_up" and m.sent_at and m.sent_at >= conversation.requested_at
        ]
        if followed:
            gave_up = _after_business_days(max(followed), profile.no_response_after_days, zone)
            return Advice(
                kind="",
                lead=(
                    f"you followed up on {_short_day(max(followed), zone)}. "
                    f"If there is still no reply by {_short_day(gave_up, zone)}, "
                    "Today will suggest marking it as no response."
                ),
            )
        due = _after_business_days(conversation.requested_at, profile.follow_up_after_days, zone)
        if now.astimezone(zone).date() < due.date():
            return Advice(
                kind="",
                lead=f"a follow-up is due on {_short_day(due, zone)} if there is no reply.",
            )
    if conversation.status == pipeline.SCHEDULED and conversation.confirmed_at is not None:
        return Advice(
            kind="",
            lead=(
                f"the confirmation went out on {_short_day(conversation.confirmed_at, zone)}. "
                "If the time has to change, move it above: the invitation is updated."
            ),
        )
    if conversation.status == pipeline.THANKED:
        first = conversation.contact.first_name or conversation.contact.name
        return Advice(
            kind="",
            lead=(
                f"your thank-you has gone out. When you have news for "
                f"{first}, such as something you did on their advice, write a short update."
            ),
            offer="keep_in_touch",
            offer_label="Write a keep-in-touch update",
        )
    return Advice(kind=kind)


def next_kind(conversation: Conversation) -> str:
    """The kind that fits the status. Someone reachable only on LinkedIn gets a note.
    Whether it is due yet is `composer_advice`'s question."""
    kind = NEXT_KIND[conversation.status]
    contact = conversation.contact
    if kind == "request" and not contact.email and contact.linkedin_url:
        return "linkedin_note"
    return kind


def default_channel(kind: str, contact: Contact) -> str:
    if kind == "linkedin_note" or (not contact.email and contact.linkedin_url):
        return "linkedin"
    return "email"


def filled_message(user, profile, conversation: Conversation, kind: str) -> Filled:
    """The user's template for `kind` (or the built-in one) filled from the records.

    One query, however big the campaign: who referred the contact, the event where
    they last met, the latest thing suggested in this chat and the user's own template
    come back as columns of one row.
    """
    contact = conversation.contact
    own = MessageTemplate.objects.owned_by(user).filter(kind=kind)
    suggested = ActionItem.objects.filter(conversation=conversation.pk).exclude(
        kind="lead"  # a job lead is not something to thank them for
    )
    if kind == "keep_in_touch":
        # "I followed up on X, as you suggested" must be true: only what was done.
        suggested = suggested.filter(done=True).order_by("-done_at", "-id")
    else:
        suggested = suggested.order_by("-created_at", "-id")
    row = (
        contacts_for(user)
        .filter(pk=contact.pk)
        .values(
            referrer=F("referred_by__name"),
            organisation=F("organization__name"),
            event=Subquery(
                Meeting.objects.filter(contact=OuterRef("pk"))
                .order_by("-event__date", "-id")
                .values("event__name")[:1]
            ),
            suggestion=Subquery(suggested.values("title")[:1]),
            own_subject=Subquery(own.values("subject")[:1]),
            own_body=Subquery(own.values("body")[:1]),
        )
        .first()
    ) or {}
    if row.get("own_body"):
        template = Template(row["own_subject"] or "", row["own_body"])
    else:
        template = DEFAULTS[kind]
    specifics = introduced = ""
    if any(f"{{{name}}}" in template.subject + template.body for name in NOTED):
        specifics, introduced = noted_specifics(user, conversation)
    target = conversation.target
    values = template_values(
        first_name=contact.first_name,
        my_name=profile.name,
        connection=contact.connection,
        referrer=row.get("referrer") or "",
        organization=row.get("organisation") or "",
        target=target.name if target else "",
        target_is_organization=bool(target and target.kind == target.ORGANIZATION),
        when=conversation.scheduled_at if conversation.status == pipeline.SCHEDULED else None,
        zone_name=contact.timezone or profile.timezone,
        duration_minutes=conversation.duration_minutes,
        event=row.get("event") or "",
        suggestion=row.get("suggestion") or "",
        slots=_offered(conversation),
        specifics=specifics,
        introduced=introduced,
    )
    filled = fill_template(template, values)
    if kind in NO_SUBJECT:
        return Filled(subject="", body=filled.body)
    return filled


# The placeholders filled from the items typed in the chat's notes.
NOTED = ("specifics", "introduced")
# Enough noted items to find two things and the people; a chat has far fewer.
MAX_NOTED_ITEMS = 200


def noted_specifics(user, conversation: Conversation) -> tuple[str, str]:
    """({specifics}, {introduced}) from the items captured in the chat's notes, in the
    order they were typed: up to two books, organisations, sites or events, and the
    first names of the people mentioned. One query; job leads are left out."""
    rows = list(
        ActionItem.objects.owned_by(user)
        .filter(conversation=conversation.pk, note__isnull=False)
        .exclude(kind="lead")
        .order_by("created_at", "id")
        .values_list("kind", "title")[:MAX_NOTED_ITEMS]
    )
    people = [title for kind, title in rows if kind == "person"]
    return specifics_text(rows), introduced_text(people)


def _offered(conversation: Conversation) -> list[datetime]:
    """The times still ahead that were offered while the chat is being asked for."""
    if not can_offer(conversation):
        return []
    now = timezone.now()
    return [t for t in slot_times(conversation) if t > now]


# The composer's kind when nothing is due: the user picks one, and it fills in (app.js).
NO_KIND = ("", "Choose the kind of message")


def new_composer_form(
    user,
    profile,
    conversation: Conversation,
    kind: str | None = None,
    *,
    sent: list[Message] | None = None,
):
    """A fresh composer, prefilled for `kind` (default: the next sensible one, when
    one is due; otherwise empty, with no kind chosen)."""
    if not kind:
        kind = composer_advice(conversation, profile, timezone.now(), sent).kind
    if not kind:
        form = ComposeForm(
            initial={"kind": "", "channel": default_channel("", conversation.contact)},
            auto_id="compose_%s",
        )
        form.fields["kind"].choices = [NO_KIND, *form.fields["kind"].choices]
        return form
    filled = filled_message(user, profile, conversation, kind)
    return ComposeForm(
        initial={
            "kind": kind,
            "channel": default_channel(kind, conversation.contact),
            "subject": filled.subject,
            "body": filled.body,
        },
        auto_id="compose_%s",
    )


def draft_form(message: Message) -> ComposeForm:
    """The composer holding a draft, to change it."""
    initial = {k: getattr(message, k) for k in ("kind", "channel", "subject", "body")}
    if initial["channel"] == "other":  # recorded by hand; the composer offers e-mail or LinkedIn
        initial["channel"] = "email"
    return ComposeForm(initial=initial, auto_id="compose_%s")


def form_values(form: ComposeForm) -> dict[str, str]:
    """What the composer holds now: as sent when bound, else as prefilled."""
    source = form.data if form.is_bound else form.initial
    return {k: str(source.get(k) or "") for k in ("kind", "channel", "subject", "body")}


def composer_context(
    request, conversation: Conversation, form: ComposeForm, *, editing: Message | None, now
) -> dict:
    """The composer's part of the page, also used for its htmx fragment."""
    profile = request_profile(request)
    values = form_values(form)
    lint_url = reverse("outreach:lint", args=[conversation.pk])
    for name, trigger in (
        ("body", "input changed delay:300ms"),
        ("subject", "input changed delay:300ms"),
        ("kind", "lint"),  # app.js: refill from the template if untouched, else this
        ("channel", "change"),
    ):
        form.fields[name].widget.attrs.update(
            {
                "hx-post": lint_url,
                "hx-trigger": trigger,
                "hx-target": "#compose-findings",
                "hx-include": "closest form",
                "hx-sync": "closest form:replace",
            }
        )
    form.fields["kind"].widget.attrs["data-compose-kind"] = ""
    if editing is None and not form.is_bound:
        # Fresh from the template: choosing another kind may replace it (app.js).
        form.fields["body"].widget.attrs["data-filled"] = values["body"]
    if editing is not None:
        action = reverse("outreach:edit_draft", args=[editing.pk])
    else:
        action = reverse("outreach:compose", args=[conversation.pk])
    return {
        "conversation": conversation,
        "contact": conversation.contact,
        "discretion": is_discreet(conversation.contact, profile),
        "org_waiting": _org_waiting(request.user, conversation, profile, now),
        "compose_form": form,
        "compose_action": action,
        "editing": editing,
        "check": check_message(
            **values,
            recipient=conversation.contact.name,
            sender=profile.name,
            held_at=conversation.held_at,
            now=now,
            limits=profile.limits(),
        ),
        "needs_name": not profile.name.strip(),
    }


def _org_waiting(user, conversation: Conversation, profile, now) -> str | None:
    """Before a request is written: someone else at the organisation is waiting for a
    reply, so this one should wait (one request per organisation). None otherwise."""
    if conversation.status not in ASKABLE or not conversation.contact.organization_id:
        return None
    asking = Message(kind="request", contact=conversation.contact, conversation=conversation)
    return org_request_reason(user, asking, now=now, profile=profile)
