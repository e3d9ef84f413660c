"""`coffeechat chat new|move|schedule|cancel` and `coffeechat ics`: a chat's status and time.

A move goes through `move_chat`, as the board's does. A time is agreed through the
scheduling panel's own forms (`ScheduleForm`, `CancelForm`), so the rules on a time, a
zone, a length and a place are checked in one place; only the words of two of them are
the command line's.
"""

from __future__ import annotations

from . import runtime
from .runtime import UserError

SCHEDULE_FLAGS = {
    "zone": "--tz",
    "at": "--at",
    "minutes": "--minutes",
    "medium": "--medium",
    "where": "--where",
    "asked_by": "--asked-by",
    "reason": "--reason",
}
AT_HINT = "use YYYY-MM-DDTHH:MM, for example 2027-03-16T15:00"


def register(subparsers) -> None:
    """Add `chat new|move|schedule|cancel` and `ics` to the `coffeechat` parser's subcommands."""
    from coffeechat.lib.pipeline import STATUSES

    chat = subparsers.add_parser("chat", help="start or move a conversation").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    p = chat.add_parser("new", help="start a conversation with a contact")
    p.add_argument("contact_id", metavar="CONTACT_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_chat_new)
    p = chat.add_parser("move", help="move a conversation to another status")
    p.add_argument("chat_id", metavar="CHAT_ID")
    p.add_argument("status", metavar="STATUS", help="one of: " + ", ".join(STATUSES))
    p.add_argument(
        "--at",
        metavar="ISO_DATETIME",
        help="the agreed time (needed for scheduled) or when the chat happened (held)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_chat_move)
    p = chat.add_parser(
        "schedule",
        help="agree a time for a chat, or move it to another time",
        description="Schedule a chat, or reschedule it if it is already scheduled. "
        "--at is the local time in --tz (default: the contact's zone, else yours).",
    )
    p.add_argument("chat_id", metavar="CHAT_ID")
    p.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM", help="the local time")
    p.add_argument("--tz", metavar="ZONE", help="the zone of --at, e.g. America/New_York")
    p.add_argument("--minutes", type=runtime.positive, metavar="N", help="how long (default: 20)")
    p.add_argument("--medium", choices=("phone", "video", "coffee"))
    p.add_argument("--where", metavar="TEXT", help="the number, link or place")
    p.add_argument(
        "--asked-by",
        choices=("them", "me"),
        default="them",
        help="for a reschedule: who asked for the new time (default: them)",
    )
    p.add_argument("--reason", metavar="TEXT", help="for a reschedule: why it moved")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_chat_schedule)
    p = chat.add_parser("cancel", help="cancel a scheduled chat")
    p.add_argument("chat_id", metavar="CHAT_ID")
    p.add_argument("--reason", metavar="TEXT", help="kept as a note on the chat")
    p.set_defaults(func=cmd_chat_cancel)

    p = subparsers.add_parser(
        "ics",
        help="print a chat's calendar invitation (.ics)",
        description="Print the chat's current invitation: a REQUEST while it is scheduled, "
        "a CANCEL after it was cancelled.",
    )
    p.add_argument("chat_id", metavar="CHAT_ID")
    p.add_argument("-o", "--output", metavar="FILE", help="the file to write (default: stdout)")
    p.set_defaults(func=cmd_ics)


def _iso(value):
    return value.isoformat() if value else None


def chat_json(conversation) -> dict:
    return {
        "id": conversation.id,
        "contact": conversation.contact_id,
        "contact_name": conversation.contact.name,
        "status": conversation.status,
        "scheduled_at": _iso(conversation.scheduled_at),
        "allowed_moves": list(conversation.allowed_moves()),
        "history": [
            {
                "from": change.from_status or None,
                "to": change.to_status,
                "at": _iso(change.at),
                "scheduled_for": _iso(change.scheduled_for),
            }
            for change in conversation.history.all()
        ],
    }


def schedule_json(conversation) -> dict:
    return {
        **chat_json(conversation),
        "zone": conversation.zone,
        "minutes": conversation.duration_minutes,
        "medium": conversation.medium,
        "where": conversation.where,
        "calendar_uid": conversation.calendar_uid,
        "calendar_sequence": conversation.calendar_sequence,
        "reschedules": [
            {
                "old_start": _iso(r.old_start),
                "new_start": _iso(r.new_start),
                "asked_by": r.asked_by,
                "reason": r.reason,
                "at": _iso(r.at),
            }
            for r in conversation.reschedules.all()
        ],
    }


def _chat(user, chat_id):
    from coffeechat.conversations.services import get_conversation_for

    return runtime.owned(get_conversation_for, user, chat_id)


def cmd_chat_new(args) -> int:
    runtime.setup()
    from coffeechat.contacts.services import get_contact_for
    from coffeechat.conversations.services import start_conversation

    user = runtime.user()
    contact = runtime.owned(get_contact_for, user, args.contact_id)
    conversation = start_conversation(user, contact, now=runtime.now())
    if args.json:
        runtime.print_json(chat_json(conversation))
    else:
        print(f"Started conversation {conversation.id} with {contact.name} (prospect)")
    return 0


def cmd_chat_move(args) -> int:
    runtime.setup()
    from coffeechat.accounts.services import get_profile
    from coffeechat.conversations.scheduling import move_chat
    from coffeechat.lib.calendar import TimeProblem
    from coffeechat.lib.dates import parse_datetime
    from coffeechat.lib.pipeline import MoveRefused

    user = runtime.user()
    conversation = _chat(user, args.chat_id)
    at = None
    if args.at:
        try:
            at = parse_datetime(args.at, get_profile(user).zone)
        except ValueError as exc:
            raise UserError(f"--at: {exc}") from None
    try:
        conversation = move_chat(user, conversation, args.status, at=at, now=runtime.now())
    except TimeProblem as exc:
        raise UserError(f"--at: {exc}") from None
    except MoveRefused as exc:
        message = str(exc)
        if args.status == "scheduled" and at is None and "needs" in message:
            message = "Moving to scheduled needs --at, the agreed date and time (YYYY-MM-DDTHH:MM)."
        raise UserError(message) from None
    if args.json:
        runtime.print_json(chat_json(conversation))
    else:
        print(
            f"Conversation {conversation.id} with {conversation.contact.name} is now {conversation.status_label.lower()}"
        )
    return 0


def _read_at(text: str):
    """--at as typed: a local date and time (naive), an exact moment if it has an offset,
    or None when it cannot be read."""
    from datetime import date, datetime

    try:
        date.fromisoformat(text.strip())
    except ValueError:
        pass
    else:
        return None  # a date alone: a chat is agreed for a time of day
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        return None


def _at_words(text: str) -> str:
    """Why --at cannot be read, in words that show how to write it."""
    from datetime import date

    try:
        date.fromisoformat(text.strip())
    except ValueError:
        return f"--at: “{text}” is not a date and time; {AT_HINT}"
    return f"--at: “{text}” has no time of day; {AT_HINT}"


def _schedule_form(args, conversation, zone: str, now, typed):
    """The scheduling panel's form, filled in from the flags; what is not given is kept.

    `typed` is --at as read by `_read_at`. One this command cannot read goes in as
    missing, and is then named in its own words (`_at_words`); one with an offset goes
    in as its wall time in the zone.
    """
    from zoneinfo import ZoneInfo

    from coffeechat.conversations.schedule_forms import ScheduleForm
    from coffeechat.lib.pipeline import SCHEDULED
    from coffeechat.lib.timezones import is_valid_zone

    if typed is not None and typed.tzinfo is not None and is_valid_zone(zone):
        typed = typed.astimezone(ZoneInfo(zone))
    data = {
        "at": "" if typed is None else typed.replace(tzinfo=None).isoformat(timespec="seconds"),
        "zone": zone,
        "minutes": args.minutes or conversation.duration_minutes,
        "medium": conversation.medium if args.medium is None else args.medium,
        "where": conversation.where if args.where is None else args.where,
        "asked_by": args.asked_by,
        "reason": args.reason or "",
    }
    return ScheduleForm(data, now=now, rescheduling=conversation.status == SCHEDULED)


def _schedule_refused(form, at_text: str, typed) -> UserError:
    """The form's first error as one line, in the order this command always checked them."""

    def at(form) -> str:
        if typed is None:
            return _at_words(at_text)
        return f"--at: {form.errors['at'][0]}"

    def zone(form) -> str:
        return (
            f"--tz: “{form.data['zone']}” is not a time zone; "
            "use a name such as Europe/London or America/New_York"
        )

    def minutes(form) -> str:
        field = form.fields["minutes"]
        return (
            f"A chat lasts between {field.min_value} and {field.max_value} minutes, "
            f"not {form.data['minutes']}."
        )

    def where(form) -> str:
        limit = form.fields["where"].max_length
        return f"Keep the number, link or place under {limit} characters."

    return runtime.form_error(
        form,
        SCHEDULE_FLAGS,
        first=SCHEDULE_FLAGS,
        wording={"at": at, "zone": zone, "minutes": minutes, "where": where},
    )


def cmd_chat_schedule(args) -> int:
    runtime.setup()
    from datetime import UTC
    from zoneinfo import ZoneInfo

    from coffeechat.accounts.services import get_profile
    from coffeechat.conversations.scheduling import schedule_chat
    from coffeechat.lib import calendar
    from coffeechat.lib.pipeline import SCHEDULED, MoveRefused
    from coffeechat.lib.timezones import is_valid_zone

    user = runtime.user()
    profile = get_profile(user)
    conversation = _chat(user, args.chat_id)
    contact = conversation.contact
    zone = args.tz if args.tz is not None else (contact.timezone or profile.timezone)
    now = runtime.now()
    typed = _read_at(args.at)
    form = _schedule_form(args, conversation, zone, now, typed)
    if not form.is_valid():
        raise _schedule_refused(form, args.at, typed)
    data = form.cleaned_data
    start = data["start"]
    if typed.tzinfo is not None:
        start = typed.astimezone(UTC)  # exactly the moment given, even in a repeated hour
    rescheduling = conversation.status == SCHEDULED
    old_start = conversation.scheduled_at
    try:
        conversation = schedule_chat(
            user,
            conversation,
            start=start,
            zone=data["zone"],
            minutes=data["minutes"],
            medium=data["medium"],
            where=data["where"],
            now=now,
            asked_by=data.get("asked_by") or args.asked_by,
            reason=data.get("reason", args.reason or ""),
        )
    except calendar.TimeProblem as exc:
        raise UserError(f"--at: {exc}") from None
    except (MoveRefused, ValueError) as exc:
        raise UserError(str(exc)) from None
    if args.json:
        runtime.print_json(schedule_json(conversation))
        return 0
    contact_zone = ZoneInfo(contact.timezone) if is_valid_zone(contact.timezone) else None
    when = calendar.show_in_zones(conversation.scheduled_at, profile.zone, contact_zone)
    if rescheduling and old_start != conversation.scheduled_at:
        was = calendar.show_in_zones(old_start, profile.zone, contact_zone)
        print(f"Rescheduled chat {conversation.id} with {contact.name} to {when} (was {was})")
    else:
        verb = "Updated" if rescheduling else "Scheduled"
        print(f"{verb} chat {conversation.id} with {contact.name}: {when}")
    print(
        f"Invitation (SEQUENCE {conversation.calendar_sequence}): coffeechat ics {conversation.id}"
    )
    return 0


def cmd_chat_cancel(args) -> int:
    runtime.setup()
    from coffeechat.conversations.schedule_forms import CancelForm
    from coffeechat.conversations.scheduling import cancel_chat
    from coffeechat.lib.pipeline import MoveRefused

    user = runtime.user()
    conversation = _chat(user, args.chat_id)
    form = CancelForm({"reason": args.reason or ""})
    if not form.is_valid():
        raise runtime.form_error(form, {"reason": "--reason"})
    try:
        conversation = cancel_chat(
            user, conversation, reason=form.cleaned_data["reason"], now=runtime.now()
        )
    except MoveRefused as exc:
        raise UserError(str(exc)) from None
    print(f"Cancelled chat {conversation.id} with {conversation.contact.name}")
    print(f"Send them the cancellation: coffeechat ics {conversation.id}")
    return 0


def cmd_ics(args) -> int:
    runtime.setup()
    from coffeechat.conversations.scheduling import invitation_ics
    from coffeechat.scoping import NotFound

    user = runtime.user()
    conversation = _chat(user, args.chat_id)
    try:
        data = invitation_ics(user, conversation, now=runtime.now())
    except (NotFound, ValueError) as exc:
        raise UserError(str(exc)) from None
    runtime.write_output(data, args.output)
    return 0
