"""Duplicates: the likely pairs, two contacts compared field by field, the merge, and
"not the same person". The rules and the changes live in merge.py."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_POST

from coffeechat.contacts.models import Contact
from coffeechat.contacts.services import contacts_for, get_contact_for
from coffeechat.contacts.widgets import ContactPicker
from coffeechat.lib.sources import SOURCE_LABELS
from coffeechat.views import safe_next

from .merge import (
    FIELDS,
    LABELS,
    PAIRS_SHOWN,
    MergeRefused,
    default_choices,
    duplicate_pairs,
    holdings,
    likely_matches,
    mark_not_duplicate,
    merge_contacts,
    options,
    values_from_choices,
)

SAME_TWICE = "That is the same contact twice: choose two different people."


def duplicates(request):
    pairs = duplicate_pairs(request.user)
    return render(
        request,
        "contacts/duplicates.html",
        {"pairs": pairs[:PAIRS_SHOWN], "total": len(pairs), "shown": PAIRS_SHOWN},
    )


def _two_ids(data) -> tuple[str, str]:
    a, b = (data.get("a") or "").strip(), (data.get("b") or "").strip()
    if not a or not b:
        raise MergeRefused("Choose two contacts to compare.")
    if a == b:
        raise MergeRefused(SAME_TWICE)
    return a, b


def _shown(contact: Contact, field: str) -> str:
    """A value as the comparison shows it."""
    if field == "organization":
        return contact.organization.name if contact.organization_id else ""
    if field == "referred_by":
        return contact.referred_by.name if contact.referred_by_id else ""
    if field == "source":
        return SOURCE_LABELS.get(contact.source, contact.source)
    if field == "connected_on":
        return contact.connected_on.strftime("%-d %b %Y") if contact.connected_on else ""
    value = getattr(contact, field)
    return "" if value is None else str(value)


def _rows(a: Contact, b: Contact, chosen: dict[str, str]) -> list[dict]:
    rows = []
    for field in FIELDS:
        shown_a, shown_b = _shown(a, field), _shown(b, field)
        rows.append(
            {
                "field": field,
                "label": LABELS[field],
                "a": shown_a,
                "b": shown_b,
                "same": shown_a == shown_b,
                "both": "both" in options(field, a, b),
                "chosen": chosen[field],
            }
        )
    return rows


def merge(request):
    """GET ?a=&b=: the two side by side; POST: merge them."""
    data = request.POST if request.method == "POST" else request.GET
    try:
        a_id, b_id = _two_ids(data)
    except MergeRefused as refusal:
        messages.error(request, str(refusal))
        return redirect("contacts:duplicates")
    a = get_contact_for(request.user, a_id)
    b = get_contact_for(request.user, b_id)
    if a.pk == b.pk:  # "7" and "07"
        messages.error(request, SAME_TWICE)
        return redirect("contacts:duplicates")
    counts = holdings(request.user, [a.pk, b.pk])
    has_a, has_b = counts.get(a.pk, {}), counts.get(b.pk, {})
    chosen = default_choices(a, b)
    keep_side = "b" if sum(has_b.values()) > sum(has_a.values()) else "a"
    error = ""
    if request.method == "POST":
        keep_side = data.get("keep", "")
        choices = {f: data[f"choice_{f}"] for f in FIELDS if f"choice_{f}" in data}
        try:
            if keep_side not in ("a", "b"):
                raise MergeRefused("Choose which of the two records to keep.")
            values = values_from_choices(a, b, choices)
            keep, other = (a, b) if keep_side == "a" else (b, a)
            other_name = other.name
            merged = merge_contacts(request.user, keep, other, values=values, now=timezone.now())
        except MergeRefused as refusal:
            error = str(refusal)
            chosen.update({f: c for f, c in choices.items() if c in options(f, a, b)})
            keep_side = keep_side if keep_side in ("a", "b") else "a"
        else:
            messages.success(
                request,
                f"Merged {other_name} into {merged.name}; the values not kept are in the history.",
            )
            return redirect(merged)
    return render(
        request,
        "contacts/merge.html",
        {
            "a": a,
            "b": b,
            "has_a": has_a,
            "has_b": has_b,
            "keep": keep_side,
            "rows": _rows(a, b, chosen),
            "error": error,
        },
    )


@require_POST
def not_duplicate(request):
    try:
        a_id, b_id = _two_ids(request.POST)
        decision = mark_not_duplicate(request.user, a_id, b_id, now=timezone.now())
    except MergeRefused as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(
            request,
            f"Noted: {decision.first.name} and {decision.second.name} are two people; "
            "they will not be suggested as duplicates again.",
        )
    return redirect(safe_next(request, reverse("contacts:duplicates")))


class PickForm(forms.Form):
    other = forms.ModelChoiceField(
        queryset=Contact.objects.none(),
        label="The same person as",
        widget=ContactPicker,
        help_text="Start typing their name and pick them from the list.",
        error_messages={
            "required": "Start typing a name and pick the contact from the list.",
            "invalid_choice": "Choose one of your own contacts from the list.",
        },
    )

    def __init__(self, *args, owner, contact, **kwargs):
        super().__init__(*args, **kwargs)
        self.contact = contact
        self.fields["other"].queryset = contacts_for(owner).only("id", "name")

    def clean_other(self):
        other = self.cleaned_data["other"]
        if other.pk == self.contact.pk:
            raise forms.ValidationError(
                f"That is {self.contact.name} already: choose the other record of them."
            )
        return other


def pick(request, pk: int):
    """From a contact's page: choose the contact to merge them with."""
    contact = get_contact_for(request.user, pk)
    form = PickForm(
        request.GET if "other" in request.GET else None, owner=request.user, contact=contact
    )
    if form.is_bound and form.is_valid():
        query = urlencode({"a": contact.pk, "b": form.cleaned_data["other"].pk})
        return redirect(f"{reverse('contacts:merge')}?{query}")
    return render(
        request,
        "contacts/merge_pick.html",
        {"contact": contact, "form": form, "likely": likely_matches(request.user, contact)},
    )


# Included by coffeechat/urls.py in the "contacts" namespace.
urlpatterns = [
    path("contacts/duplicates/", duplicates, name="duplicates"),
    path("contacts/duplicates/not-the-same/", not_duplicate, name="not_duplicate"),
    path("contacts/merge/", merge, name="merge"),
    path("contacts/<int:pk>/merge/", pick, name="merge_pick"),
]
