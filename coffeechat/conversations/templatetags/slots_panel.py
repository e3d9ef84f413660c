"""{% slots_panel %}: the times offered to the contact (conversations/_slots.html), inside
the scheduling panel, with what it needs computed in slot_views.slots_context."""

from django import template

register = template.Library()


@register.inclusion_tag("conversations/_slots.html", takes_context=True)
def slots_panel(context):
    from coffeechat.conversations.slot_views import slots_context

    data = slots_context(context.request, context["conversation"])
    data["csrf_token"] = context.get("csrf_token")
    return data
