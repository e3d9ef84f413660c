"""How a contact answers requests: the responsiveness label.

Pure rules, no database. The caller turns a contact's records into
:class:`Request` values and asks for a :func:`label`.

Rules for one request (its *verdict*)
------------------------------------
Days are business days (Monday to Friday) counted on local dates in the
user's time zone `tz`, as :mod:`coffeechat.lib.businessdays` counts them: a
request sent on Friday and answered on Wednesday was answered in 3 business
days, on Thursday in 4.

* ``booster``: replied within 3 business days **and** agreed to talk (a chat
  was agreed, scheduled or held).
* ``obligate``: replied after more than 3 business days (whether or not they
  agreed), or replied in time without helping (declined, or no chat agreed).
* ``no_reply``: no reply, and 3 business days have passed since sending — from
  the same local time of day, 3 business days later, which is when the agenda
  suggests asking the next person. Before that the verdict is None: too early
  to tell. A reply recorded later replaces this verdict, so a reply on the
  third business day, after that moment, still makes a ``booster``.
* A request marked ``agreed`` with no reply time recorded (the chat was set up
  some other way) has no verdict: the timing is unknown, so it neither
  praises nor blames.

Several requests
----------------
The label is the verdict of the most recent request (by ``sent_at``) that has
one. A request still waiting inside its 3 days does not hide an earlier
verdict. Between requests sent at the same instant, the one given last wins.
No requests, or no request with a verdict, gives None.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from coffeechat.lib.businessdays import add_business_days, business_days_between

BOOSTER = "booster"
OBLIGATE = "obligate"
NO_REPLY = "no_reply"
LABELS = (BOOSTER, OBLIGATE, NO_REPLY)

REPLY_WINDOW_BUSINESS_DAYS = 3


@dataclass(frozen=True)
class Request:
    sent_at: datetime
    replied_at: datetime | None = None
    agreed: bool = False  # they agreed to talk: a chat was agreed, scheduled or held


def verdict(request: Request, *, now: datetime, tz: ZoneInfo) -> str | None:
    """The label earned by one request (see the module docstring), or None."""
    _require_aware(request.sent_at, "sent_at")
    _require_aware(now, "now")
    sent = request.sent_at.astimezone(tz)
    if request.replied_at is None:
        if request.agreed:
            return None
        deadline = datetime.combine(
            add_business_days(sent.date(), REPLY_WINDOW_BUSINESS_DAYS), sent.timetz()
        )
        return NO_REPLY if now >= deadline else None
    _require_aware(request.replied_at, "replied_at")
    replied = request.replied_at.astimezone(tz)
    in_time = business_days_between(sent.date(), replied.date()) <= REPLY_WINDOW_BUSINESS_DAYS
    return BOOSTER if in_time and request.agreed else OBLIGATE


def label(requests: Iterable[Request], *, now: datetime, tz: ZoneInfo) -> str | None:
    """The contact's label: the verdict of the latest request that has one, else None."""
    given = list(requests)
    _require_aware(now, "now")
    for request in given:
        _require_aware(request.sent_at, "sent_at")
    ordered = sorted(given, key=lambda request: request.sent_at)  # stable: ties keep order
    for request in reversed(ordered):
        found = verdict(request, now=now, tz=tz)
        if found is not None:
            return found
    return None


def _require_aware(moment: datetime, field: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{field} must be timezone-aware, got {moment!r}")
