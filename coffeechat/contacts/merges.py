"""The merge history of contacts: which fields a merge compares, how the values a merge
dropped read on the contact page, and the records of merges and of pairs said to differ.
Merging itself is imports/merge.py.
"""

from __future__ import annotations

from coffeechat.lib.sources import SOURCE_LABELS

from .models import ContactMerge, NotDuplicate

# The fields the user chooses between, in the order the comparison page shows them.
FIELDS: tuple[str, ...] = (
    "name",
    "email",
    "phone",
    "linkedin_url",
    "organization",
    "title",
    "location",
    "timezone",
    "source",
    "connection",
    "referred_by",
    "connected_on",
    "notes",
    "keep_in_touch_weeks",
)
LABELS: dict[str, str] = {
    "name": "Name",
    "email": "E-mail",
    "phone": "Phone",
    "linkedin_url": "LinkedIn",
    "organization": "Organisation",
    "title": "Title",
    "location": "Location",
    "timezone": "Time zone",
    "source": "How you know them",
    "connection": "What connects you",
    "referred_by": "Introduced by",
    "connected_on": "Connected on",
    "notes": "Notes",
    "keep_in_touch_weeks": "Keep in touch every (weeks)",
}


def merges_for(user):
    return ContactMerge.objects.owned_by(user)


def not_duplicates_for(user):
    return NotDuplicate.objects.owned_by(user)


def describe(dropped: dict) -> list[str]:
    """The dropped values of a merge as lines for the user: "E-mail: bob@acme.com"."""
    lines = []
    for field in [*FIELDS, *sorted(set(dropped) - set(FIELDS))]:
        if field not in dropped:
            continue
        found = dropped[field]
        values = found if isinstance(found, list) else [found]
        if field == "source":
            values = [SOURCE_LABELS.get(v, v) for v in values]
        lines.append(f"{LABELS.get(field, field)}: {' / '.join(str(v) for v in values)}")
    return lines
