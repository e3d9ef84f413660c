"""The `coffeechat` command: a thin layer over the same services the web pages use.

Exit codes: 0 on success; 1 on bad input (one line on stderr, no traceback);
2 on a usage error (argparse's own).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import webbrowser
from pathlib import Path

DEFAULT_PORT = 8321
EPILOG = """examples:
  coffeechat serve                       open your campaign in the browser
  coffeechat contact add --name "Ana Ruiz" --source alumni --connection "Both at Leeds"
  coffeechat chat new 12                 start a conversation with contact 12
  coffeechat chat move 3 requested
  coffeechat chat schedule 3 --at 2026-03-14T15:30 --tz America/New_York
  coffeechat agenda --json               what is due today, as JSON
  coffeechat message send 7              send draft 7 through your own mail server
  coffeechat lint draft.txt              check a draft against the guidelines
"""


class UserError(Exception):
    """Bad input: printed as one line on stderr, exit code 1."""


# ------------------------------------------------------------------ setting up Django


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coffeechat.settings")
    import django

    try:
        django.setup()
    except ValueError as exc:  # a bad COFFEECHAT_* setting
        raise UserError(str(exc)) from None
    except OSError as exc:  # the data folder cannot be made or written
        raise UserError(f"cannot use the data folder: {exc}") from None
    _migrate()


def _migrate() -> None:
    """Apply pending migrations, so a new install or an upgrade just works."""
    from django.core.management import call_command
    from django.db import DEFAULT_DB_ALIAS, connections
    from django.db.migrations.executor import MigrationExecutor
    from django.db.utils import OperationalError

    try:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except OperationalError as exc:
        raise UserError(f"cannot open the database: {_one_line(exc)}") from None
    if plan:
        call_command("migrate", verbosity=0, interactive=False)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def _now():
    from django.utils import timezone

    return timezone.now()


def _user():
    from coffeechat.accounts.services import local_user

    return local_user()


def _print_json(data) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _form_error(form, flags: dict[str, str]) -> UserError:
    """The first error of a form, named by the command-line flag that caused it."""
    for field, errors in form.errors.items():
        flag = flags.get(field, field)
        prefix = f"{flag}: " if field != "__all__" else ""
        return UserError(prefix + errors[0])
    return UserError("invalid input")


# ------------------------------------------------------------------ serve and demo


def _serve(host: str, port: int, open_browser: bool, banner: str = "") -> None:
    from waitress import create_server

    from coffeechat.accounts.services import issue_login_token
    from coffeechat.wsgi import application

    if not 0 <= port <= 65535:
        raise UserError(f"--port must be between 1 and 65535, not {port}")
    try:
        server = create_server(application, host=host, port=port, threads=8, ident="coffeechat")
    except OSError as exc:
        raise UserError(
            f"cannot listen on {host}:{port} ({exc.strerror or exc}); try another --port"
        ) from None
    token = issue_login_token(_user(), now=_now())
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{server.effective_port}/login/{token}/"
    if banner:
        print(banner)
    print("coffeechat is running. Open this link to sign in (it works once):")
    print(url, flush=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: listening on {host}, not only on this computer", file=sys.stderr)
    print("Press Ctrl+C to stop.", flush=True)
    if open_browser:
        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    try:
        server.run()
    except KeyboardInterrupt:
        print("\nStopped.")
    finally:
        server.close()


def cmd_serve(args) -> int:
    _setup()
    from django.conf import settings

    from coffeechat.backups.services import start_daily_backups

    # Today's copy of the database now, then one a day while the server runs.
    backups = start_daily_backups(settings.DATA_DIR)
    _serve(args.host, args.port, not args.no_browser, banner=backups or "")
    return 0


def demo_dir() -> Path:
    override = os.environ.get("COFFEECHAT_DEMO_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("coffeechat", False)) / "demo"


def cmd_demo(args) -> int:
    # The demo never touches the user's own data: its own folder, always SQLite.
    folder = demo_dir()
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "coffeechat.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.environ["COFFEECHAT_DATA_DIR"] = str(folder)
    os.environ.pop("COFFEECHAT_DATABASE_URL", None)
    _setup()
    from coffeechat.demo import seed_demo

    summary = seed_demo(_user(), now=_now())
    banner = (
        f"Demo campaign ready in {folder} ({summary}).\n"
        "It is made afresh each time you run `coffeechat demo`; your own data is untouched."
    )
    _serve("127.0.0.1", args.port, not args.no_browser, banner=banner)
    return 0


# ------------------------------------------------------------------ profile


def profile_json(profile) -> dict:
    return {
        "name": profile.name,
        "email": profile.email,
        "timezone": profile.timezone,
        "employer": profile.employer,
    }


def cmd_profile(args) -> int:
    _setup()
    from coffeechat.accounts.forms import ProfileForm
    from coffeechat.accounts.services import get_profile

    profile = get_profile(_user())
    changes = {
        "name": args.name,
        "email": args.email,
        "timezone": args.timezone,
        "employer": args.employer,
    }
    if any(v is not None for v in changes.values()):
        data = {f: getattr(profile, f) for f in ProfileForm.Meta.fields}
        data.update({k: v for k, v in changes.items() if v is not None})
        form = ProfileForm(data, instance=profile)
        if not form.is_valid():
            raise _form_error(form, {f: f"--{f}" for f in changes})
        profile = form.save()
    if args.json:
        _print_json(profile_json(profile))
    else:
        for key, value in profile_json(profile).items():
            print(f"{key:9} {value or '-'}")
    return 0


# ------------------------------------------------------------------ contacts


def contact_json(contact) -> dict:
    return {
        "id": contact.id,
        "name": contact.name,
        "email": contact.email,
        "organization": contact.organization.name if contact.organization_id else "",
        "title": contact.title,
        "linkedin_url": contact.linkedin_url,
        "source": contact.source,
        "connection": contact.connection,
        "referred_by": contact.referred_by_id,
        "connected_on": contact.connected_on.isoformat() if contact.connected_on else None,
        "location": contact.location,
        "timezone": contact.timezone,
    }


CONTACT_FLAGS = {
    "name": "--name",
    "email": "--email",
    "organization_name": "--org",
    "title": "--title",
    "source": "--source",
    "connection": "--connection",
    "referred_by": "--referred-by",
    "linkedin_url": "--linkedin",
    "connected_on": "--connected-on",
}


def cmd_contact_add(args) -> int:
    _setup()
    from coffeechat.contacts.forms import ContactForm
    from coffeechat.contacts.models import Contact

    user = _user()
    form = ContactForm(
        {
            "name": args.name,
            "email": args.email or "",
            "organization_name": args.org or "",
            "title": args.title or "",
            "source": args.source,
            "connection": args.connection or "",
            "referred_by": args.referred_by or "",
            "linkedin_url": args.linkedin or "",
            "connected_on": args.connected_on or "",
        },
        # The owner is set before validation: Contact.clean() compares it with referred_by's.
        instance=Contact(owner=user),
        owner=user,
    )
    if not form.is_valid():
        raise _form_error(form, CONTACT_FLAGS)
    contact = form.save()
    if args.json:
        _print_json(contact_json(contact))
    else:
        print(f"Added contact {contact.id}: {contact.name}")
    return 0


def cmd_contact_list(args) -> int:
    _setup()
    from coffeechat.contacts.services import contacts_for

    contacts = contacts_for(_user()).select_related("organization").order_by("name", "id")
    if args.json:
        _print_json([contact_json(c) for c in contacts])
        return 0
    rows = [contact_json(c) for c in contacts]
    if not rows:
        print("No contacts yet. Add one with: coffeechat contact add --name NAME")
    for row in rows:
        where = " · ".join(x for x in (row["title"], row["organization"]) if x)
        print(
            f"{row['id']:>5}  {row['name']}"
            + (f"  ({where})" if where else "")
            + f"  [{row['source']}]"
        )
    return 0


# ------------------------------------------------------------------ conversations


def chat_json(conversation) -> dict:
    def iso(value):
        return value.isoformat() if value else None

    return {
        "id": conversation.id,
        "contact": conversation.contact_id,
        "contact_name": conversation.contact.name,
        "status": conversation.status,
        "scheduled_at": iso(conversation.scheduled_at),
        "allowed_moves": list(conversation.allowed_moves()),
        "history": [
            {
                "from": change.from_status or None,
                "to": change.to_status,
                "at": iso(change.at),
                "scheduled_for": iso(change.scheduled_for),
            }
            for change in conversation.history.all()
        ],
    }


def cmd_chat_new(args) -> int:
    _setup()
    from coffeechat.contacts.services import get_contact_for
    from coffeechat.conversations.services import start_conversation
    from coffeechat.scoping import NotFound

    user = _user()
    try:
        contact = get_contact_for(user, args.contact_id)
    except NotFound as exc:
        raise UserError(str(exc)) from None
    conversation = start_conversation(user, contact, now=_now())
    if args.json:
        _print_json(chat_json(conversation))
    else:
        print(f"Started conversation {conversation.id} with {contact.name} (prospect)")
    return 0


def cmd_chat_move(args) -> int:
    _setup()
    from coffeechat.accounts.services import get_profile
    from coffeechat.conversations.scheduling import move_chat
    from coffeechat.conversations.services import get_conversation_for
    from coffeechat.lib.calendar import TimeProblem
    from coffeechat.lib.dates import parse_datetime
    from coffeechat.lib.pipeline import MoveRefused
    from coffeechat.scoping import NotFound

    user = _user()
    try:
        conversation = get_conversation_for(user, args.chat_id)
    except NotFound as exc:
        raise UserError(str(exc)) from None
    at = None
    if args.at:
        try:
            at = parse_datetime(args.at, get_profile(user).zone)
        except ValueError as exc:
            raise UserError(f"--at: {exc}") from None
    try:
        conversation = move_chat(user, conversation, args.status, at=at, now=_now())
    except TimeProblem as exc:
        raise UserError(f"--at: {exc}") from None
    except MoveRefused as exc:
        message = str(exc)
        if args.status == "scheduled" and at is None and "needs" in message:
            message = "Moving to scheduled needs --at, the agreed date and time (YYYY-MM-DDTHH:MM)."
        raise UserError(message) from None
    if args.json:
        _print_json(chat_json(conversation))
    else:
        print(
            f"Conversation {conversation.id} with {conversation.contact.name} is now {conversation.status_label.lower()}"
        )
    return 0


# ------------------------------------------------------------------ scheduling


def schedule_json(conversation) -> dict:
    def iso(value):
        return value.isoformat() if value else None

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
                "old_start": iso(r.old_start),
                "new_start": iso(r.new_start),
                "asked_by": r.asked_by,
                "reason": r.reason,
                "at": iso(r.at),
            }
            for r in conversation.reschedules.all()
        ],
    }


def _read_wall_time(text: str):
    """--at: a local date and time (naive), or an exact moment if it carries an offset."""
    from datetime import date, datetime

    hint = "use YYYY-MM-DDTHH:MM, for example 2027-03-16T15:00"
    try:
        date.fromisoformat(text.strip())
    except ValueError:
        pass
    else:
        raise UserError(f"--at: “{text}” has no time of day; {hint}")
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"--at: “{text}” is not a date and time; {hint}") from None


def _owned_chat(user, chat_id):
    from coffeechat.conversations.services import get_conversation_for
    from coffeechat.scoping import NotFound

    try:
        return get_conversation_for(user, chat_id)
    except NotFound as exc:
        raise UserError(str(exc)) from None


def cmd_chat_schedule(args) -> int:
    _setup()
    from datetime import UTC
    from zoneinfo import ZoneInfo

    from coffeechat.accounts.services import get_profile
    from coffeechat.conversations.scheduling import schedule_chat
    from coffeechat.lib import calendar
    from coffeechat.lib.pipeline import SCHEDULED, MoveRefused
    from coffeechat.lib.timezones import is_valid_zone

    user = _user()
    profile = get_profile(user)
    conversation = _owned_chat(user, args.chat_id)
    contact = conversation.contact
    zone = args.tz if args.tz is not None else (contact.timezone or profile.timezone)
    if not is_valid_zone(zone):
        raise UserError(
            f"--tz: “{zone}” is not a time zone; use a name such as Europe/London or America/New_York"
        )
    wall = _read_wall_time(args.at)
    now = _now()
    try:
        if wall.tzinfo is None:
            start = calendar.local_to_utc(wall, ZoneInfo(zone), now=now)
        else:
            start = wall.astimezone(UTC)
    except calendar.TimeProblem as exc:
        raise UserError(f"--at: {exc}") from None
    rescheduling = conversation.status == SCHEDULED
    old_start = conversation.scheduled_at
    try:
        conversation = schedule_chat(
            user,
            conversation,
            start=start,
            zone=zone,
            minutes=args.minutes or conversation.duration_minutes,
            medium=conversation.medium if args.medium is None else args.medium,
            where=conversation.where if args.where is None else args.where,
            now=now,
            asked_by=args.asked_by,
            reason=args.reason or "",
        )
    except calendar.TimeProblem as exc:
        raise UserError(f"--at: {exc}") from None
    except (MoveRefused, ValueError) as exc:
        raise UserError(str(exc)) from None
    if args.json:
        _print_json(schedule_json(conversation))
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
    _setup()
    from coffeechat.conversations.scheduling import cancel_chat
    from coffeechat.lib.pipeline import MoveRefused

    user = _user()
    conversation = _owned_chat(user, args.chat_id)
    try:
        conversation = cancel_chat(user, conversation, reason=args.reason or "", now=_now())
    except MoveRefused as exc:
        raise UserError(str(exc)) from None
    print(f"Cancelled chat {conversation.id} with {conversation.contact.name}")
    print(f"Send them the cancellation: coffeechat ics {conversation.id}")
    return 0


def cmd_ics(args) -> int:
    _setup()
    from coffeechat.conversations.scheduling import invitation_ics
    from coffeechat.scoping import NotFound

    user = _user()
    conversation = _owned_chat(user, args.chat_id)
    try:
        data = invitation_ics(user, conversation, now=_now())
    except (NotFound, ValueError) as exc:
        raise UserError(str(exc)) from None
    if args.output:
        try:
            Path(args.output).write_bytes(data)
        except OSError as exc:
            raise UserError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        return 0
    sys.stdout.write(data.decode("utf-8"))
    sys.stdout.flush()
    return 0


# ------------------------------------------------------------------ agenda


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
    _setup()
    from coffeechat.agenda.services import agenda_for
    from coffeechat.lib.dates import parse_date

    day = None
    if args.on:
        try:
            day = parse_date(args.on)
        except ValueError as exc:
            raise UserError(f"--on: {exc}") from None
    items = agenda_for(_user(), now=_now(), day=day)
    if args.json:
        _print_json([agenda_json(i) for i in items])
        return 0
    if not items:
        print("Nothing is due. A good day to add people or send a request.")
    for item in items:
        when = "overdue" if item.overdue else item.due.strftime("%Y-%m-%d")
        print(f"[{when}] {item.title}")
    return 0


# ------------------------------------------------------------------ lint

LINT_EPILOG = """input: plain text. For e-mails (request, follow-up, thank-you) a first line
"Subject: ..." is the subject; with --kind question each non-empty line is a question.

exit status: 0 when no finding is an error; 1 when at least one is;
2 on a usage error, including a FILE that cannot be read or is not UTF-8.

examples:
  coffeechat lint draft.txt
  coffeechat lint --kind question --json questions.txt
  pbpaste | coffeechat lint --kind linkedin-note -
"""


def _read_lint_input(name: str) -> str:
    """The text of FILE (or stdin for "-"); OSError or UnicodeDecodeError if it can't be read."""
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read()
    else:
        data = Path(name).read_bytes()
    if isinstance(data, bytes):
        data = data.decode("utf-8-sig")
    return data


def cmd_lint(args) -> int:
    # Pure: no Django setup and no database, so it runs anywhere and at once.
    from coffeechat.lib.lint import Limits, lint

    shown = "standard input" if args.file == "-" else args.file
    try:
        text = _read_lint_input(args.file)
    except UnicodeDecodeError as exc:
        print(
            f"coffeechat: error: {shown} is not UTF-8 text (byte {exc.object[exc.start]:#04x}"
            f" at offset {exc.start})",
            file=sys.stderr,
        )
        return 2
    except OSError as exc:
        print(f"coffeechat: error: cannot read {shown}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    limits = Limits(request_words=args.max_words, linkedin_chars=args.max_chars)
    report = lint(
        text, args.kind, limits=limits, recipient=args.recipient or "", sender=args.sender or ""
    )
    if args.json:
        _print_json(report.to_json())
    else:
        for f in report.findings:
            where = "-" if f.line is None else f.line
            print(f"{where}: {f.severity} {f.rule}: {f.message} → {f.suggestion}")
        errors = sum(f.severity == "error" for f in report.findings)
        warnings = len(report.findings) - errors
        verdict = (
            f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
            if report.findings
            else "No problems found"
        )
        print(f"{verdict} · {report.words} words, {report.characters} characters")
    return 1 if report.has_errors else 0


# ------------------------------------------------------------------ parser


def _positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


def build_parser() -> argparse.ArgumentParser:
    from coffeechat.lib.pipeline import STATUSES
    from coffeechat.lib.sources import SOURCE_KEYS

    parser = argparse.ArgumentParser(
        prog="coffeechat",
        description="Run your informational-interview campaign.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from coffeechat import __version__

    parser.add_argument("--version", action="version", version=f"coffeechat {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("serve", help="open your campaign in the browser")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    p.add_argument("--no-browser", action="store_true", help="print the link, do not open it")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("demo", help="open a demo campaign (its own data, made afresh)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default: {DEFAULT_PORT})")
    p.add_argument("--no-browser", action="store_true", help="print the link, do not open it")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("profile", help="show or change your profile")
    p.add_argument("--name")
    p.add_argument("--email")
    p.add_argument("--timezone", metavar="ZONE", help="e.g. Europe/London")
    p.add_argument("--employer", metavar="ORG", help="your current employer (kept discreet)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_profile)

    contact = sub.add_parser("contact", help="add or list contacts").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    p = contact.add_parser("add", help="add a contact")
    p.add_argument("--name", required=True)
    p.add_argument("--email")
    p.add_argument("--org", metavar="O")
    p.add_argument("--title", metavar="T")
    p.add_argument(
        "--source",
        metavar="KIND",
        default="other",
        help="how you know them: " + ", ".join(SOURCE_KEYS),
    )
    p.add_argument("--connection", metavar="TEXT", help="what connects you")
    p.add_argument("--referred-by", metavar="ID", help="id of the contact who introduced you")
    p.add_argument("--linkedin", metavar="URL")
    p.add_argument("--connected-on", metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_contact_add)
    p = contact.add_parser("list", help="list contacts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_contact_list)

    chat = sub.add_parser("chat", help="start or move a conversation").add_subparsers(
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
    p.add_argument("--minutes", type=_positive, metavar="N", help="how long (default: 20)")
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

    p = sub.add_parser(
        "ics",
        help="print a chat's calendar invitation (.ics)",
        description="Print the chat's current invitation: a REQUEST while it is scheduled, "
        "a CANCEL after it was cancelled.",
    )
    p.add_argument("chat_id", metavar="CHAT_ID")
    p.add_argument("-o", "--output", metavar="FILE", help="the file to write (default: stdout)")
    p.set_defaults(func=cmd_ics)

    p = sub.add_parser(
        "lint",
        help="check a draft message or questions against the guidelines",
        description="Check a draft message, or a list of questions, against the "
        "informational-interview guidelines. Needs no database.",
        epilog=LINT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--kind",
        choices=("request", "linkedin-note", "follow-up", "thank-you", "question"),
        default="request",
        help="what the text is (default: request)",
    )
    p.add_argument("--recipient", metavar="NAME", help="their full name, to check the greeting")
    p.add_argument("--sender", metavar="NAME", help="your name, to spot your introduction")
    p.add_argument(
        "--max-words",
        type=_positive,
        default=150,
        metavar="N",
        help="a request e-mail is too long over N words (default: 150)",
    )
    p.add_argument(
        "--max-chars",
        type=_positive,
        default=300,
        metavar="N",
        help="a LinkedIn note is too long over N characters (default: 300)",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("file", metavar="FILE", help="the text to check, or - for standard input")
    p.set_defaults(func=cmd_lint)

    from coffeechat.outreach import cli_commands

    cli_commands.register(sub)  # message send, message eml

    from coffeechat.conversations import cli_commands as chat_commands

    chat_commands.register(sub)  # note

    from coffeechat.imports import cli_commands as import_commands

    import_commands.register(sub)  # import

    from coffeechat.backups import cli_commands as backup_commands

    backup_commands.register(sub)  # export, restore, backup

    p = sub.add_parser("agenda", help="what is due")
    p.add_argument("--on", metavar="YYYY-MM-DD", help="the day (default: today)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_agenda)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except UserError as exc:
        print(f"coffeechat: error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        from django.db import DatabaseError

        if not isinstance(exc, DatabaseError):
            raise
        print(f"coffeechat: error: the database failed: {_one_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
