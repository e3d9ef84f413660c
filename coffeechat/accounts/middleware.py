from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils import timezone

from coffeechat.htmx import is_htmx

# Paths a visitor without a session may reach: the way in, and the page that explains it.
# /calendar/ is the private feed: its random token is the key (calendar programs have no session).
OPEN_PREFIXES = ("/welcome/", "/login/", "/static/", "/favicon.ico", "/calendar/")


class LoginRequiredMiddleware:
    """No data without a session: everyone else is sent to the page that says how to get in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.user.is_authenticated and not request.path.startswith(OPEN_PREFIXES):
            if is_htmx(request):
                response = HttpResponse(status=401)
                response["HX-Redirect"] = settings.LOGIN_URL
                return response
            return redirect(settings.LOGIN_URL)
        return self.get_response(request)


class UserTimezoneMiddleware:
    """Show every time in the user's own zone (templates and forms follow the active zone)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            from .services import get_profile

            request.profile = get_profile(request.user)
            timezone.activate(request.profile.zone)
        else:
            timezone.deactivate()
        return self.get_response(request)
