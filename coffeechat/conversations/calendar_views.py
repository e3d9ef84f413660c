"""Calendar downloads: a chat's invitation (.ics), the private feed, and its token.

The feed (`/calendar/<token>.ics`) is the one page that needs no session, so that
calendar programs can subscribe to it: the random token in its URL is the key, and a
wrong, blank or revoked token gets 404 like any missing page. Everything else here is
behind the session and owner-scoped.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from coffeechat.accounts.services import request_profile
from coffeechat.scoping import NotFound

from . import scheduling
from .services import get_conversation_for


def _calendar_response(data: bytes, *, method: str, filename: str, inline: bool = False):
    response = HttpResponse(data, content_type=f"text/calendar; method={method}; charset=utf-8")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
def invitation(request, pk: int):
    """The chat's current invitation: REQUEST while scheduled, CANCEL after a cancellation."""
    conversation = get_conversation_for(request.user, pk)
    method = scheduling.invitation_method(conversation)
    if method is None:
        raise NotFound(f"Conversation {pk} has no invitation.")
    try:
        data = scheduling.invitation_ics(request.user, conversation, now=timezone.now())
    except ValueError as exc:  # an e-mail address is missing: say which, on the chat's page
        messages.error(request, str(exc))
        return redirect(conversation.get_absolute_url())
    name = "cancelled-chat" if method == scheduling.CANCEL else "chat"
    return _calendar_response(data, method=method, filename=f"{name}-{conversation.pk}.ics")


@require_safe
def feed(request, token: str):
    """The private feed of upcoming chats, for a calendar program's subscription."""
    user = scheduling.feed_user(token)
    if user is None:
        raise Http404("No calendar feed here.")
    data = scheduling.feed_ics_for(user, now=timezone.now())
    response = _calendar_response(data, method="PUBLISH", filename="coffeechat.ics", inline=True)
    response["Cache-Control"] = "private, no-cache"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_POST
def renew_feed(request):
    had = bool(request_profile(request).calendar_token)
    scheduling.renew_feed_token(request.user)
    messages.success(
        request,
        "New feed address made: the old one no longer works, so update your calendar program."
        if had
        else "Your calendar feed is ready: copy its address into your calendar program.",
    )
    return redirect("accounts:profile")


@require_POST
def revoke_feed(request):
    scheduling.revoke_feed_token(request.user)
    messages.success(request, "Calendar feed turned off: its address no longer works.")
    return redirect("accounts:profile")


# Included by chats/urls.py (app_name "conversations").
urlpatterns = [
    path("chats/<int:pk>/invite.ics", invitation, name="invite_ics"),
    path("calendar/<str:token>.ics", feed, name="calendar_feed"),
    path("profile/calendar/renew/", renew_feed, name="calendar_renew"),
    path("profile/calendar/revoke/", revoke_feed, name="calendar_revoke"),
]
