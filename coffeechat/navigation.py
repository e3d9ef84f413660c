"""The main navigation, and which of its items the current page belongs to.

A page belongs to an item by its resolved URL name (`request.resolver_match.view_name`):
the names an item lists, or else any name in the namespace it claims. Pages that belong
to no item (imports, data, duplicates) mark none.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class Section:
    label: str
    url_name: str
    names: frozenset[str] = frozenset()
    namespace: str = ""


SECTIONS = (
    Section("Today", "agenda:today", frozenset({"agenda:today"})),
    # Every page of a chat (its notes, prep sheet, schedule) is part of the pipeline.
    Section("Pipeline", "conversations:pipeline", namespace="conversations"),
    Section(
        "Contacts",
        "contacts:list",
        frozenset({"contacts:list", "contacts:detail", "contacts:add", "contacts:edit"}),
    ),
    Section("Dashboard", "dashboard:dashboard", frozenset({"dashboard:dashboard"})),
    Section("Network", "network:tree", frozenset({"network:tree"})),
    Section("Leads", "network:leads", frozenset({"network:leads", "network:lead"})),
    Section("Targets", "contacts:targets", frozenset({"contacts:targets", "contacts:target"})),
    Section("Events", "contacts:events", frozenset({"contacts:events", "contacts:event"})),
    Section(
        "Questions",
        "conversations:questions",
        frozenset(
            {
                "conversations:questions",
                "conversations:check_question",
                "conversations:add_starters",
                "conversations:delete_question",
            }
        ),
    ),
    Section(
        "Templates",
        "outreach:templates",
        frozenset({"outreach:templates", "outreach:edit_template"}),
    ),
    Section(
        "Profile",
        "accounts:profile",
        frozenset(
            {
                "accounts:profile",
                "outreach:mail_settings",
                "outreach:mail_settings_delete",
                "outreach:mail_settings_test",
            }
        ),
    ),
)


def current_section(view_name: str) -> Section | None:
    """The section a page belongs to: one that lists its URL name, else one claiming its namespace."""
    for section in SECTIONS:
        if view_name in section.names:
            return section
    namespace = view_name.rpartition(":")[0]
    for section in SECTIONS:
        if namespace and section.namespace == namespace:
            return section
    return None


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    current: bool


def nav_items(request) -> list[NavItem]:
    match = getattr(request, "resolver_match", None)
    here = current_section(match.view_name) if match else None
    return [NavItem(s.label, reverse(s.url_name), s is here) for s in SECTIONS]


def navigation(request) -> dict:
    """Context processor: `nav`, built only when a template reads it (fragments do not)."""
    return {"nav": lambda: nav_items(request)}
