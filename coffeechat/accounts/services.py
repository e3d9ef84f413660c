"""The user's profile and the local, password-free way in."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction

from coffeechat.lib.timezones import guess_local_zone

from .models import LoginToken, Profile

LOCAL_USERNAME = "me"


def get_profile(user) -> Profile:
    """The user's profile, made on first use with the machine's time zone."""
    profile = Profile.objects.filter(user=user).first()
    if profile is None:
        profile, _ = Profile.objects.get_or_create(
            user=user, defaults={"timezone": guess_local_zone()}
        )
    return profile


def request_profile(request) -> Profile:
    """The signed-in user's profile, read once per request (UserTimezoneMiddleware sets it)."""
    profile = getattr(request, "profile", None)
    if profile is None:
        profile = request.profile = get_profile(request.user)
    return profile


def local_user():
    """The one user of a local install, made on first use."""
    user, created = get_user_model().objects.get_or_create(username=LOCAL_USERNAME)
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_login_token(user, *, now: datetime) -> str:
    """A fresh random token for a one-time login link. Only its digest is stored."""
    token = secrets.token_urlsafe(32)
    LoginToken.objects.create(user=user, digest=_digest(token), created_at=now)
    return token


@transaction.atomic
def redeem_login_token(token: str, *, now: datetime):
    """The user the token was made for, once: a used or expired token gives None."""
    if not token or len(token) > 200:
        return None
    found = (
        LoginToken.objects.select_for_update()
        .select_related("user")
        .filter(digest=_digest(token), used_at__isnull=True)
        .first()
    )
    if found is None:
        return None
    if now - found.created_at > timedelta(seconds=settings.LOGIN_TOKEN_TTL_SECONDS):
        return None
    found.used_at = now
    found.save(update_fields=["used_at"])
    return found.user
