"""`coffeechat agenda`: what is due today, or by another day, as the Today page lists it."""

from __future__ import annotations

from . import runtime
from .runtime import UserError


def register(subparsers) -> None:
    """Add `agenda` to the `coffeechat` parser's subcommands."""
    p = subparsers.add_parser("agenda", help="what is due")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the day (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agenda)


def agenda_json(item) -> dict:
    return {
        "key": item.key,
        "kind": item.kind,
        "due": item.due.isoformat(),
        "contact": item.contact_id,
        "contact_name": item.contact_name,
        "conversation": item.conversation_id,
        "title": item.title,
        "detail": item.detail,
        "overdue": item.overdue,
    }


def cmd_agenda(args) -> int:
    runtime.setup()
    from coffeechat.agenda.services import agenda_for
    from coffeechat.lib.dates import parse_date

    day = None
    if args.on:
        try:
            day = parse_date(args.on)
        except ValueError as exc:
            raise UserError(f"--on: {exc}") from None
    items = agenda_for(runtime.user(), now=runtime.now(), day=day)
    if args.json:
        runtime.print_json([agenda_json(i) for i in items])
        return 0
    if not items:
        print("Nothing is due. A good day to add people or send a request.")
    for item in items:
        when = "overdue" if item.overdue else item.due.strftime("%Y-%m-%d")
        print(f"[{when}] {item.title}")
    return 0
