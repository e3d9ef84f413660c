"""A contact picker that scales to thousands of contacts: a text box whose suggestions
come from the server as the user types, instead of a <select> holding everyone."""

from __future__ import annotations

import re

from django import forms
from django.urls import reverse

_TRAILING_ID = re.compile(r"#(\d+)\)?\s*$")


def picker_label(contact) -> str:
    """What the box shows for a chosen contact: their name and id, e.g. "Ana Ruiz (#12)"."""
    return f"{contact.name} (#{contact.pk})"


class ContactPicker(forms.TextInput):
    template_name = "contacts/widgets/contact_picker.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        widget = context["widget"]
        widget["list_id"] = f"{widget['attrs'].get('id', name)}-options"
        widget["suggest_url"] = f"{reverse('contacts:suggest')}?field={name}"
        widget["attrs"].setdefault("autocomplete", "off")
        widget["attrs"].setdefault("placeholder", "Start typing a name…")
        return context

    def format_value(self, value):
        if value in (None, ""):
            return ""
        if isinstance(value, str) and not value.isdigit():
            return value  # what the user typed, shown back with its error
        choices = getattr(self, "choices", None)
        queryset = getattr(choices, "queryset", None)
        contact = queryset.filter(pk=value).first() if queryset is not None else None
        return picker_label(contact) if contact else str(value)

    def value_from_datadict(self, data, files, name):
        raw = (data.get(name) or "").strip()
        match = _TRAILING_ID.search(raw)
        if match:
            return match.group(1)
        return raw
