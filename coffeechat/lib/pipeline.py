"""The pipeline of one conversation: its statuses and the moves allowed between them.

prospect → requested → scheduled → held → thanked, with the side exits declined,
no_response and cancelled, each of which may be tried again (back to requested).
"""

from __future__ import annotations

PROSPECT = "prospect"
REQUESTED = "requested"
SCHEDULED = "scheduled"
HELD = "held"
THANKED = "thanked"
DECLINED = "declined"
NO_RESPONSE = "no_response"
CANCELLED = "cancelled"

# Board order: the main line first, then the side exits.
STATUSES: tuple[str, ...] = (
    PROSPECT,
    REQUESTED,
    SCHEDULED,
    HELD,
    THANKED,
    DECLINED,
    NO_RESPONSE,
    CANCELLED,
)

LABELS: dict[str, str] = {
    PROSPECT: "Prospect",
    REQUESTED: "Requested",
    SCHEDULED: "Scheduled",
    HELD: "Held",
    THANKED: "Thanked",
    DECLINED: "Declined",
    NO_RESPONSE: "No response",
    CANCELLED: "Cancelled",
}

MOVES: dict[str, tuple[str, ...]] = {
    PROSPECT: (REQUESTED,),
    REQUESTED: (SCHEDULED, DECLINED, NO_RESPONSE),
    SCHEDULED: (HELD, CANCELLED),
    HELD: (THANKED,),
    THANKED: (),
    DECLINED: (REQUESTED,),
    NO_RESPONSE: (REQUESTED,),
    CANCELLED: (REQUESTED,),
}

# Statuses in which the conversation is still going somewhere.
ACTIVE: frozenset[str] = frozenset({PROSPECT, REQUESTED, SCHEDULED, HELD})


class MoveRefused(ValueError):
    """A move the pipeline does not allow. The message says what is allowed instead."""

    def __init__(self, current: str, target: str, message: str):
        super().__init__(message)
        self.current = current
        self.target = target


def allowed_moves(status: str) -> tuple[str, ...]:
    """The statuses a conversation in `status` may move to."""
    if status not in MOVES:
        raise ValueError(f"unknown status {status!r}")
    return MOVES[status]


def _describe(statuses: tuple[str, ...]) -> str:
    # The status key follows its label where they differ, so a CLI user knows what to type.
    names = [
        LABELS[s].lower() if LABELS[s].lower() == s else f"{LABELS[s].lower()} ({s})"
        for s in statuses
    ]
    if not names:
        return "nothing: this conversation is complete"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " or " + names[-1]


def check_move(current: str, target: str) -> None:
    """Raise MoveRefused unless `current → target` is an allowed move."""
    if target not in MOVES:
        valid = ", ".join(STATUSES)
        raise MoveRefused(current, target, f"Unknown status '{target}'. Use one of: {valid}.")
    allowed = allowed_moves(current)
    if target in allowed:
        return
    if target == current:
        lead = f"This conversation is already {LABELS[current].lower()}."
    else:
        lead = f"A conversation cannot move from {LABELS[current].lower()} to {LABELS[target].lower()}."
    raise MoveRefused(
        current,
        target,
        f"{lead} From {LABELS[current].lower()} it can move to {_describe(allowed)}.",
    )
