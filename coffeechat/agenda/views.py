from datetime import timedelta

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.views.decorators.http import require_POST

from coffeechat.accounts.services import request_profile
from coffeechat.htmx import is_htmx
from coffeechat.views import safe_next

from .services import NothingToTell, agenda_for, dismiss, mark_told, snooze

# Items listed per section unless the user asks for all: a campaign with hundreds of
# open items stays quick to open and to read (the count still says how many there are).
SHOWN_PER_SECTION = 50


def today(request):
    now = timezone.now()
    profile = request_profile(request)
    items = agenda_for(request.user, now=now, profile=profile)
    local_today = timezone.localtime(now, profile.zone).date()
    overdue = [i for i in items if i.overdue]
    due_today = [i for i in items if not i.overdue]
    shown = None if request.GET.get("all") == "1" else SHOWN_PER_SECTION
    return render(
        request,
        "agenda/today.html",
        {
            "items": items,
            "overdue": overdue[:shown],
            "overdue_count": len(overdue),
            "due_today": due_today[:shown],
            "due_today_count": len(due_today),
            "today": local_today,
            "profile": profile,
            "decide_url": reverse("agenda:decide"),
        },
    )


class DecisionForm(forms.Form):
    key = forms.CharField(max_length=200)
    action = forms.ChoiceField(choices=[("dismiss", "Dismiss"), ("snooze", "Snooze")])
    days = forms.IntegerField(min_value=1, max_value=60, required=False)


@require_POST
def decide_item(request):
    form = DecisionForm(request.POST)
    if not form.is_valid():
        if is_htmx(request):
            return HttpResponse("That item could not be changed.", status=400)
        messages.error(request, "That item could not be changed.")
        return redirect("agenda:today")
    now = timezone.now()
    key = form.cleaned_data["key"]
    if form.cleaned_data["action"] == "dismiss":
        dismiss(request.user, key, now=now)
        note = "Dismissed."
    else:
        days = form.cleaned_data["days"] or 1
        local_today = timezone.localtime(now, request_profile(request).zone).date()
        until = local_today + timedelta(days=days)
        snooze(request.user, key, until, now=now)
        note = f"Snoozed until {until:%A %-d %B}."
    if is_htmx(request):
        return HttpResponse(f'<li class="item item--gone" role="status">{note}</li>')
    messages.success(request, note)
    return redirect("agenda:today")


@require_POST
def told(request, pk: int):
    """The user told the person who suggested an item that it is done ("I told them")."""
    try:
        action = mark_told(request.user, pk, now=timezone.now())
    except NothingToTell as refusal:
        if is_htmx(request):
            return HttpResponse(str(refusal), status=400)
        messages.error(request, str(refusal))
        return redirect(safe_next(request, reverse("agenda:today")))
    note = f"Loop closed: you told {action.contact.name}."
    if is_htmx(request):
        return HttpResponse(f'<li class="item item--gone" role="status">{escape(note)}</li>')
    messages.success(request, note)
    return redirect(safe_next(request, reverse("agenda:today")))
