"""{% send_options message as s %}: what the send actions of one message offer.

The conversation page includes outreach/_send_actions.html once per message, so this
asks the database nothing per message: the contact and profile come from the page's
context when it has them, and the user's mail settings are read once per request.
"""

from __future__ import annotations

from django import template

from coffeechat.accounts.models import Profile
from coffeechat.accounts.services import get_profile

from ..sending import get_smtp_settings_for, send_options

register = template.Library()

_UNSET = object()


@register.simple_tag(takes_context=True)
def send_options_for(context, message):
    request = context.get("request")
    user = getattr(request, "user", None)
    cache = request.__dict__.setdefault("_outreach_send", {}) if request is not None else {}

    contact = context.get("contact")
    if getattr(contact, "pk", None) != message.contact_id:
        contact = message.contact

    profile = context.get("profile")
    if not isinstance(profile, Profile) or profile.user_id != message.owner_id:
        profile = cache.get("profile")
        if profile is None:
            profile = cache["profile"] = get_profile(user if user else message.owner)

    settings = cache.get("settings", _UNSET)
    if settings is _UNSET:
        settings = cache["settings"] = get_smtp_settings_for(user if user else message.owner)
    return send_options(message, contact=contact, profile=profile, settings=settings)
