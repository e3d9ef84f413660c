"""Targets: careers, roles and organisations being explored, with the pitch for each."""

from django.contrib import messages
from django.db.models import Count
from django.shortcuts import redirect, render

from coffeechat.conversations.services import conversations_for
from coffeechat.lib.pitch import judge

from .forms import PITCH_MAX_CHARS, TargetForm
from .services import get_target_for, targets_for


def list_targets(request):
    form = TargetForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid():
        target = form.save()
        messages.success(request, f"Added {target.name}.")
        return redirect("contacts:targets")
    targets = list(targets_for(request.user).annotate(chats=Count("conversations")))
    for target in targets:
        target.timing = judge(target.pitch)
    return render(
        request,
        "contacts/targets.html",
        {"form": form, "targets": targets, "timing": _form_timing(form)},
    )


def _form_timing(form):
    """The speaking time of the pitch in `form` as it stands (as typed, or as saved)."""
    return judge(str(form["pitch"].value() or ""))


def pitch_timing(request):
    """The speaking time of a pitch as it is typed (the pitch box asks after each pause)."""
    pitch = request.GET.get("pitch", "")[:PITCH_MAX_CHARS]
    return render(request, "contacts/_pitch_timing.html", {"timing": judge(pitch)})


def edit_target(request, pk: int):
    target = get_target_for(request.user, pk)
    form = TargetForm(request.POST or None, instance=target, owner=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved.")
        return redirect("contacts:targets")
    chats = conversations_for(request.user).filter(target=target).select_related("contact")
    return render(
        request,
        "contacts/target.html",
        {"form": form, "target": target, "chats": chats, "timing": _form_timing(form)},
    )
