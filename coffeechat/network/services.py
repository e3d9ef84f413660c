"""Job leads and the referral network: the owner-scoped way in, and changes."""

from __future__ import annotations

from coffeechat.scoping import get_owned

from .models import Lead


def leads_for(user):
    return Lead.objects.owned_by(user)


def get_lead_for(user, pk) -> Lead:
    return get_owned(
        Lead.objects.select_related("organization", "told_by", "conversation"), user, pk, "lead"
    )
