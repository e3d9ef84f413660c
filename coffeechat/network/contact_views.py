"""The people pages: the list of contacts with their reply labels, and one person's page
with their chats, timeline, referrals and keep-in-touch rhythm. They read chats and
introductions, so they sit above the contacts app (whose own views add and edit).
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import render
from django.urls import path
from django.utils import timezone

from coffeechat.accounts.services import request_profile
from coffeechat.contacts.services import contacts_for, get_contact_for
from coffeechat.conversations.forms import NewConversationForm
from coffeechat.conversations.keep_in_touch import keep_in_touch_with
from coffeechat.conversations.responsiveness import BADGES, label_for, labels_for
from coffeechat.conversations.responsiveness import FILTERS as REPLY_CHOICES
from coffeechat.conversations.services import conversations_for
from coffeechat.conversations.timeline import contact_timeline
from coffeechat.lib.sources import SOURCE_LABELS, SOURCES

REPLY_FILTERS = {key for key, _ in REPLY_CHOICES}


def list_contacts(request):
    query = request.GET.get("q", "").strip()[:200]
    source = request.GET.get("source", "")
    reply = request.GET.get("reply", "")
    contacts = contacts_for(request.user).select_related("organization")
    if query:
        contacts = contacts.filter(
            Q(name__icontains=query)
            | Q(email__icontains=query)
            | Q(title__icontains=query)
            | Q(organization__name__icontains=query)
            | Q(connection__icontains=query)
        )
    if source in SOURCE_LABELS:
        contacts = contacts.filter(source=source)
    else:
        source = ""
    now = timezone.now()
    zone = request_profile(request).zone
    labels = None
    if reply in REPLY_FILTERS:
        # The label comes from each contact's history (pure rules), so the filter reads
        # every contact's labels once, then keeps those ids: one query either way.
        labels = labels_for(request.user, now=now, tz=zone)
        contacts = contacts.filter(pk__in=[pk for pk, found in labels.items() if found == reply])
    else:
        reply = ""
    page = Paginator(contacts.order_by("name", "id"), settings.CONTACTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    if labels is None:
        labels = labels_for(
            request.user, now=now, tz=zone, contact_ids=[c.pk for c in page.object_list]
        )
    for contact in page.object_list:
        contact.reply_badge = _badge(labels.get(contact.pk))
    context = {
        "page": page,
        "query": query,
        "source": source,
        "sources": SOURCES,
        "reply": reply,
        "replies": REPLY_CHOICES,
        "total": contacts_for(request.user).count(),
    }
    template = (
        "contacts/_rows.html"
        if request.headers.get("HX-Target") == "contact-rows"
        else "contacts/list.html"
    )
    return render(request, template, context)


def _badge(found: str | None) -> dict | None:
    """What the page shows for a responsiveness label: its key, name and meaning."""
    if found is None:
        return None
    name, meaning = BADGES[found]
    return {"key": found, "name": name, "meaning": meaning}


def _at_employer(request, contact) -> bool:
    employer = " ".join(request_profile(request).employer.split()).casefold()
    return bool(
        employer and contact.organization and contact.organization.name.casefold() == employer
    )


def show_contact(request, pk: int):
    contact = get_contact_for(request.user, pk)
    profile = request_profile(request)
    conversations = conversations_for(request.user).filter(contact=contact).select_related("target")
    referrals = list(
        contacts_for(request.user).filter(referred_by=contact).only("id", "name", "created_at")
    )
    return render(
        request,
        "contacts/detail.html",
        {
            "contact": contact,
            "at_employer": _at_employer(request, contact),
            "conversations": conversations,
            "timeline": contact_timeline(request.user, contact, referrals=referrals),
            "new_chat_form": NewConversationForm(
                initial={"contact": contact.pk}, owner=request.user
            ),
            "referrals": referrals,
            "keep_in_touch": keep_in_touch_with(request.user, contact, profile=profile),
            "reply_badge": _badge(
                label_for(request.user, contact, now=timezone.now(), tz=profile.zone)
            ),
            "today": timezone.localtime(timezone.now(), profile.zone).date(),
        },
    )


# Included by coffeechat/urls.py in the "contacts" namespace.
urlpatterns = [
    path("contacts/", list_contacts, name="list"),
    path("contacts/<int:pk>/", show_contact, name="detail"),
]
