from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from coffeechat.accounts.services import request_profile
from coffeechat.agenda.services import keep_in_touch_with
from coffeechat.conversations.forms import NewConversationForm
from coffeechat.conversations.services import conversations_for
from coffeechat.lib.pitch import judge
from coffeechat.lib.sources import SOURCE_LABELS, SOURCES
from coffeechat.lib.timezones import all_zones

from .forms import ContactForm, EventForm, MeetingForm
from .responsiveness import BADGES, label_for, labels_for
from .responsiveness import FILTERS as REPLY_CHOICES
from .services import (
    add_meeting,
    contacts_for,
    events_for,
    get_contact_for,
    get_event_for,
    get_meeting_for,
    mark_followed_up,
    meetings_for,
    targets_for,
)
from .timeline import contact_timeline

SUGGESTIONS = 12
REPLY_FILTERS = {key for key, _ in REPLY_CHOICES}


def list_contacts(request):
    query = request.GET.get("q", "").strip()[:200]
    source = request.GET.get("source", "")
    reply = request.GET.get("reply", "")
    contacts = contacts_for(request.user).select_related("organization")
    if query:
        contacts = contacts.filter(
            Q(name__icontains=query)
            | Q(email__icontains=query)
            | Q(title__icontains=query)
            | Q(organization__name__icontains=query)
            | Q(connection__icontains=query)
        )
    if source in SOURCE_LABELS:
        contacts = contacts.filter(source=source)
    else:
        source = ""
    now = timezone.now()
    zone = request_profile(request).zone
    labels = None
    if reply in REPLY_FILTERS:
        # The label comes from each contact's history (pure rules), so the filter reads
        # every contact's labels once, then keeps those ids: one query either way.
        labels = labels_for(request.user, now=now, tz=zone)
        contacts = contacts.filter(pk__in=[pk for pk, found in labels.items() if found == reply])
    else:
        reply = ""
    page = Paginator(contacts.order_by("name", "id"), settings.CONTACTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    if labels is None:
        labels = labels_for(
            request.user, now=now, tz=zone, contact_ids=[c.pk for c in page.object_list]
        )
    for contact in page.object_list:
        contact.reply_badge = _badge(labels.get(contact.pk))
    context = {
        "page": page,
        "query": query,
        "source": source,
        "sources": SOURCES,
        "reply": reply,
        "replies": REPLY_CHOICES,
        "total": contacts_for(request.user).count(),
    }
    template = (
        "contacts/_rows.html"
        if request.headers.get("HX-Target") == "contact-rows"
        else "contacts/list.html"
    )
    return render(request, template, context)


def _badge(found: str | None) -> dict | None:
    """What the page shows for a responsiveness label: its key, name and meaning."""
    if found is None:
        return None
    name, meaning = BADGES[found]
    return {"key": found, "name": name, "meaning": meaning}


def suggest_contacts(request):
    """<option>s for a contact picker: the user's contacts whose names contain what was typed."""
    field = request.GET.get("field", "q")
    query = " ".join(request.GET.get(field, "").split())[:100]
    contacts = contacts_for(request.user).select_related("organization")
    if query:
        contacts = contacts.filter(name__icontains=query)
    contacts = contacts.order_by("name", "id")[:SUGGESTIONS]
    return render(request, "contacts/_suggestions.html", {"contacts": contacts})


def add_contact(request):
    # "Add someone at Acme" links (from the targets) fill in the organisation.
    initial = {"organization_name": request.GET.get("organization", "").strip()[:200]}
    form = ContactForm(request.POST or None, owner=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        contact = form.save()
        messages.success(request, f"Added {contact.name}.")
        return redirect(contact)
    return render(request, "contacts/form.html", {"form": form, "zones": all_zones()})


def edit_contact(request, pk: int):
    contact = get_contact_for(request.user, pk)
    form = ContactForm(request.POST or None, instance=contact, owner=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect(contact)
    return render(
        request, "contacts/form.html", {"form": form, "contact": contact, "zones": all_zones()}
    )


def _at_employer(request, contact) -> bool:
    employer = " ".join(request_profile(request).employer.split()).casefold()
    return bool(
        employer and contact.organization and contact.organization.name.casefold() == employer
    )


def show_contact(request, pk: int):
    contact = get_contact_for(request.user, pk)
    profile = request_profile(request)
    conversations = conversations_for(request.user).filter(contact=contact).select_related("target")
    referrals = list(
        contacts_for(request.user).filter(referred_by=contact).only("id", "name", "created_at")
    )
    return render(
        request,
        "contacts/detail.html",
        {
            "contact": contact,
            "at_employer": _at_employer(request, contact),
            "conversations": conversations,
            "timeline": contact_timeline(request.user, contact, referrals=referrals),
            "new_chat_form": NewConversationForm(
                initial={"contact": contact.pk}, owner=request.user
            ),
            "referrals": referrals,
            "keep_in_touch": keep_in_touch_with(request.user, contact, profile=profile),
            "reply_badge": _badge(
                label_for(request.user, contact, now=timezone.now(), tz=profile.zone)
            ),
            "today": timezone.localtime(timezone.now(), profile.zone).date(),
        },
    )


def list_events(request):
    form = EventForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid():
        event = form.save()
        messages.success(request, f"Added {event.name}.")
        return redirect(event)
    events = events_for(request.user).annotate(people=Count("meetings"))
    return render(request, "contacts/events.html", {"form": form, "events": events})


def show_event(request, pk: int):
    event = get_event_for(request.user, pk)
    form = EventForm(request.POST or None, instance=event, owner=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect(event)
    return render(
        request,
        "contacts/event.html",
        {
            "event": event,
            "form": form,
            "meeting_form": MeetingForm(owner=request.user),
            "meetings": meetings_for(request.user).filter(event=event).select_related("contact"),
            "pitches": _pitches(request.user),
            "upcoming": event.date >= timezone.localdate(),
        },
    )


def _pitches(user) -> list:
    """The user's targets that have a pitch, each with its speaking time, to practise."""
    targets = list(targets_for(user).exclude(pitch="").only("id", "name", "pitch"))
    for target in targets:
        target.timing = judge(target.pitch)
    return targets


@require_POST
def add_meeting_view(request, pk: int):
    event = get_event_for(request.user, pk)
    form = MeetingForm(request.POST, owner=request.user)
    if form.is_valid():
        add_meeting(request.user, event, form.cleaned_data["contact"])
        messages.success(request, f"Added {form.cleaned_data['contact'].name}.")
    else:
        messages.error(request, form.errors["contact"][0])
    return redirect(event)


@require_POST
def mark_meeting_followed_up(request, pk: int):
    meeting = mark_followed_up(get_meeting_for(request.user, pk), now=timezone.now())
    messages.success(request, "Marked as followed up.")
    return redirect(meeting.event)
