from django.contrib import messages
from django.contrib.auth import login, logout
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from coffeechat.lib.timezones import all_zones

from .forms import ProfileForm
from .services import get_profile, redeem_login_token


def welcome(request):
    """How to get in: the page a visitor without a session lands on."""
    if request.user.is_authenticated:
        return redirect("agenda:today")
    return render(request, "accounts/welcome.html")


def login_with_token(request, token: str):
    user = redeem_login_token(token, now=timezone.now())
    if user is None:
        return render(request, "accounts/welcome.html", {"expired": True}, status=403)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    profile = get_profile(user)
    if not profile.name:
        messages.info(request, "Welcome! Tell coffeechat who you are, then add your first contact.")
        return redirect("accounts:profile")
    return redirect("agenda:today")


@require_POST
def logout_view(request):
    logout(request)
    return redirect("accounts:welcome")


def edit_profile(request):
    profile = get_profile(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Profile saved.")
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form, "zones": all_zones()})
