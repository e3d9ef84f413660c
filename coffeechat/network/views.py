"""The referral tree and job leads (placeholder views: being built)."""

from django.shortcuts import render

from .services import get_lead_for, leads_for


def show_tree(request):
    return render(request, "network/tree.html", {})


def list_leads(request):
    return render(request, "network/leads.html", {"leads": leads_for(request.user)})


def show_lead(request, pk: int):
    return render(request, "network/lead.html", {"lead": get_lead_for(request.user, pk)})
