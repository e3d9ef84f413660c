"""{% schedule_panel %}: the scheduling panel of a chat's page (conversations/_schedule.html),
with what it needs computed in schedule_views.schedule_context, so the page's own view
stays as it is. A form sent back with errors (schedule_form, cancel_form) is taken from
the page's context."""

from django import template

register = template.Library()


@register.inclusion_tag("conversations/_schedule.html", takes_context=True)
def schedule_panel(context):
    from coffeechat.conversations.schedule_views import schedule_context

    return schedule_context(context["request"], context["conversation"], context)
