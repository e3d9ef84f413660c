"""Times offered to a contact, as a message reads them. Pure: no Django, no clock.

`slots_text` lists up to three offered times in the contact's zone (else the user's),
naming the zone once: "Tuesday 10 November at 09:00, Wednesday 11 November at 14:30 or
Thursday 12 November at 16:00 (New York time)". One time alone reads as the agreed time
does: "Tuesday 10 November at 09:00 New York time".
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from coffeechat.lib.calendar import zone_label
from coffeechat.lib.dates import day_text
from coffeechat.lib.timezones import is_valid_zone

__all__ = ["slots_text"]


def _zone(zone: ZoneInfo | str | None) -> ZoneInfo | None:
    if isinstance(zone, ZoneInfo):
        return zone
    if isinstance(zone, str) and is_valid_zone(zone):
        return ZoneInfo(zone)
    return None


def slots_text(
    slots_utc: Iterable[datetime],
    contact_zone: ZoneInfo | str | None,
    user_zone: ZoneInfo | str | None,
) -> str:
    """The offered times, earliest first, in the contact's zone (else the user's, else UTC),
    the zone named once; "" when there are none. Each time must be aware."""
    times = []
    for slot in slots_utc:
        if slot.tzinfo is None or slot.utcoffset() is None:
            raise ValueError("An offered time must be an aware datetime (UTC).")
        times.append(slot.astimezone(UTC))
    if not times:
        return ""
    zone = _zone(contact_zone) or _zone(user_zone) or ZoneInfo("UTC")
    label = zone_label(zone)
    parts = []
    for slot in sorted(set(times)):
        local = slot.astimezone(zone)
        parts.append(f"{day_text(local.date())} at {local:%H:%M}")
    if len(parts) == 1:
        return f"{parts[0]} {label}"
    listed = ", ".join(parts[:-1]) + " or " + parts[-1]
    return f"{listed} ({label})"
