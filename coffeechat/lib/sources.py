"""How the user knows a contact, and how warm that makes the contact.

People answer more readily when something connects them to the person asking,
so the warmer sources come first when coffeechat suggests whom to ask next.
A current coworker is never suggested: the search must stay discreet.
"""

from __future__ import annotations

FAMILY = "family"
FRIEND = "friend"
ALUMNI = "alumni"
FORMER_COLLEAGUE = "former_colleague"
COWORKER = "coworker"
COMMUNITY = "community"
ASSOCIATION = "association"
EVENT = "event"
LINKEDIN = "linkedin"
REFERRAL = "referral"
OTHER = "other"

SOURCES: tuple[tuple[str, str], ...] = (
    (FAMILY, "Family"),
    (FRIEND, "Friend"),
    (ALUMNI, "Alumni"),
    (FORMER_COLLEAGUE, "Former colleague"),
    (COWORKER, "Current coworker"),
    (COMMUNITY, "Community organisation"),
    (ASSOCIATION, "Professional association"),
    (EVENT, "Conference or event"),
    (LINKEDIN, "LinkedIn"),
    (REFERRAL, "Referral"),
    (OTHER, "Other"),
)

SOURCE_KEYS: tuple[str, ...] = tuple(key for key, _ in SOURCES)
SOURCE_LABELS: dict[str, str] = dict(SOURCES)

# Warmth of "how I know them": lower ranks are asked first. Coworkers have no rank:
# they are never suggested.
WARMTH: dict[str, int] = {
    FAMILY: 0,
    FRIEND: 0,
    ALUMNI: 1,
    FORMER_COLLEAGUE: 1,
    REFERRAL: 1,
    COMMUNITY: 2,
    ASSOCIATION: 2,
    EVENT: 2,
    LINKEDIN: 3,
    OTHER: 4,
}
