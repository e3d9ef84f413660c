from django.contrib import messages
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from coffeechat.lib.pitch import judge
from coffeechat.lib.timezones import all_zones

from .forms import ContactForm, EventForm, MeetingForm
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

SUGGESTIONS = 12


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
