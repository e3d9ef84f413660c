"""The dashboard: the campaign at a glance."""

from django.shortcuts import render
from django.utils import timezone

from coffeechat.accounts.services import request_profile

from .drawings import draw
from .services import campaign_dashboard


def show_dashboard(request):
    profile = request_profile(request)
    board = campaign_dashboard(request.user, now=timezone.now(), profile=profile)
    return render(
        request,
        "dashboard/dashboard.html",
        {"board": board, "drawings": draw(board), "profile": profile},
    )
