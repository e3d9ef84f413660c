"""Template tags for the network: `{% load network %}`."""

from django import template
from django.utils.html import format_html, format_html_join

from coffeechat.network.services import introductions_to, leads_for

register = template.Library()


@register.inclusion_tag("network/_chain.html", takes_context=True)
def introduction_chain(context, contact):
    """How the user reached `contact` ("You knew Maria → Maria introduced Tom → …") and
    the leads the contact told them about. At most two queries, whatever the size of
    the network (none for the chain of someone the user knew themselves)."""
    user = context["request"].user
    return {
        "contact": contact,
        "chain": introductions_to(user, contact),
        "leads": list(leads_for(user).filter(told_by=contact).select_related("organization")),
    }


def _box_title(box) -> str:
    person = box.node.person
    title = box.name
    if person.organization:
        title += f", {person.organization}"
    if box.node.parent is not None:
        title += f" (introduced by {box.node.parent.name})"
    if person.leads:
        title += f", {person.leads} lead{'s' if person.leads != 1 else ''}"
    return title


@register.simple_tag
def tree_drawing_parts(drawing):
    """The links and the people's boxes of the tree drawing (lib.referrals.Layout).

    Built here rather than in a template loop: a tree of two thousand people renders in
    a twentieth of the time. Every name goes through format_html, so it is escaped."""
    links = format_html_join("", '<path d="{}"/>', ((link.path,) for link in drawing.links))
    boxes = format_html_join(
        "\n",
        '<a href="/contacts/{}/" tabindex="-1" class="tree-svg__node{}"><title>{}</title>'
        '<rect x="{}" y="{}" width="{}" height="{}" rx="6"/><text x="{}" y="{}">{}</text></a>',
        (
            (
                box.id,
                " tree-svg__node--met" if box.node.person.met else "",
                _box_title(box),
                *(
                    f"{n:.1f}"
                    for n in (box.x, box.y, box.width, box.height, box.text_x, box.text_y)
                ),
                box.label,
            )
            for box in drawing.boxes
        ),
    )
    return format_html('<g class="tree-svg__links">{}</g>\n{}', links, boxes)
