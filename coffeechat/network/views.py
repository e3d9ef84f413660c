"""The referral tree and job leads."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils import timezone

from coffeechat.contacts.services import contacts_for
from coffeechat.lib import referrals

from .forms import LeadForm, LeadUpdateForm
from .models import Lead
from .services import (
    OUTCOME_LABELS,
    add_lead,
    get_lead_for,
    introductions_to,
    leads_for,
    referral_tree,
    update_lead,
)

LEADS_PER_PAGE = 50
# Above this many people the nested list starts folded below the first generation.
OPEN_OUTLINE_UP_TO = 60
BEST_INTRODUCERS = 5


def show_tree(request):
    forest = referral_tree(request.user)
    drawing = referrals.layout(forest)
    generations = [
        {"label": referrals.generation_label(g), "count": n}
        for g, n in enumerate(forest.generations)
    ]
    return render(
        request,
        "network/tree.html",
        {
            "forest": forest,
            "drawing": drawing,
            "outline": forest.outline(),
            "open_outline": len(forest) <= OPEN_OUTLINE_UP_TO,
            "longest": forest.longest_chain,
            "introducers": forest.best_introducers(BEST_INTRODUCERS),
            "generations": generations,
        },
    )


def _initial_told_by(request) -> dict:
    """`?told_by=12` (from a contact's page) fills in who told you, if it is yours."""
    raw = request.GET.get("told_by", "")
    if raw.isdigit() and contacts_for(request.user).filter(pk=int(raw)).exists():
        return {"told_by": int(raw)}
    return {}


def list_leads(request):
    form = LeadForm(request.POST or None, owner=request.user, initial=_initial_told_by(request))
    if request.method == "POST" and form.is_valid():
        lead = add_lead(request.user, now=timezone.now(), **form.cleaned_data)
        messages.success(request, f"Added the lead “{lead.title}”.")
        return redirect(lead)

    outcome = request.GET.get("outcome", "")
    leads = leads_for(request.user).select_related("organization", "told_by")
    if outcome in OUTCOME_LABELS:
        leads = leads.filter(outcome=outcome)
    else:
        outcome = ""
    page = Paginator(leads, LEADS_PER_PAGE).get_page(request.GET.get("page"))
    counts = dict(leads_for(request.user).order_by().values_list("outcome").annotate(n=Count("id")))
    outcomes = [(key, label, counts.get(key, 0)) for key, label in Lead.OUTCOMES]
    return render(
        request,
        "network/leads.html",
        {
            "form": form,
            "page": page,
            "outcome": outcome,
            "outcome_label": OUTCOME_LABELS.get(outcome, ""),
            "outcomes": outcomes,
            "total": sum(counts.values()),
        },
    )


def show_lead(request, pk: int):
    lead = get_lead_for(request.user, pk)
    form = LeadUpdateForm(request.POST or None, lead=lead)
    if request.method == "POST" and form.is_valid():
        update_lead(request.user, lead, **form.cleaned_data)
        messages.success(request, "Saved.")
        return redirect(lead)
    chain = introductions_to(request.user, lead.told_by) if lead.told_by else None
    return render(request, "network/lead.html", {"lead": lead, "form": form, "chain": chain})
