"""What the conversation page's messages panel needs (conversations/_messages.html)."""

from __future__ import annotations


def message_panel_context(request, conversation, **bound_forms) -> dict:
    """Extra template context for the messages panel of `conversation`."""
    return dict(bound_forms)
