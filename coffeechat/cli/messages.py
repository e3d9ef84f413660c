"""`coffeechat message send` and `coffeechat message eml`: a message by SMTP, or as a file.

A thin layer over outreach.sending, as the web page is. The SMTP password is never
printed: errors are the plain sentences of mail.SendFailed, which never hold it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import runtime
from .runtime import UserError

EXAMPLES = """examples:
  coffeechat message send 12             send message 12 through your mail server
  coffeechat message eml 12 -o ana.eml   save it as a file for your mail program
  coffeechat message eml 12 > ana.eml
"""


def register(subparsers) -> None:
    """Add `message send` and `message eml` to the `coffeechat` parser's subcommands.
    If another part of coffeechat has already added `message`, they join it."""
    actions = _message_actions(subparsers)

    p = actions.add_parser(
        "send",
        help="send a message through your own mail server (SMTP)",
        description="Send a drafted e-mail through the mail server in your mail settings "
        "(Profile → Mail settings), and record it as sent.",
    )
    p.add_argument("message_id", metavar="MESSAGE_ID")
    p.add_argument(
        "--yes",
        action="store_true",
        help="send even to a current coworker or someone at your employer",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_message_send)

    p = actions.add_parser(
        "eml",
        help="write a message as a .eml file for your mail program",
        description="Write a message as an e-mail file (.eml) that your mail program opens.",
    )
    p.add_argument("message_id", metavar="MESSAGE_ID")
    p.add_argument("-o", "--output", metavar="FILE", help="the file to write (default: stdout)")
    p.add_argument(
        "--yes",
        action="store_true",
        help="write it even for a current coworker or someone at your employer",
    )
    p.set_defaults(func=cmd_message_eml)


def _message_actions(subparsers):
    """The subcommands of `coffeechat message`, made here unless already there."""
    parser = subparsers.choices.get("message")
    if parser is None:
        parser = subparsers.add_parser(
            "message",
            help="send a message, or save it as a file",
            epilog=EXAMPLES,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
    for action in parser._actions:  # argparse keeps no public handle on it
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="action", required=True, metavar="ACTION")


def _message(user, message_id):
    from coffeechat.conversations.services import get_message_for

    return runtime.owned(get_message_for, user, message_id)


def _needs_yes(reason: str, what: str):
    return UserError(f"{reason} Nothing was {what}; add --yes if you are sure.")


def cmd_message_send(args) -> int:
    runtime.setup()
    from coffeechat.lib import mail
    from coffeechat.outreach.sending import CannotSend, SentNotRecorded, send_by_smtp
    from coffeechat.outreach.services import NeedsConfirmation

    user = runtime.user()
    message = _message(user, args.message_id)
    try:
        message = send_by_smtp(user, message, now=runtime.now(), confirmed=args.yes)
    except NeedsConfirmation as exc:
        raise _needs_yes(exc.reason, "sent") from None
    except CannotSend as exc:
        raise UserError(f"message {message.pk} not sent: {exc}") from None
    except mail.SendFailed as exc:
        raise UserError(f"message {message.pk} not sent: {exc}") from None
    except SentNotRecorded as exc:
        raise UserError(f"message {message.pk}: {exc}") from None
    contact = message.contact
    if args.json:
        runtime.print_json(
            {
                "id": message.pk,
                "to": contact.email,
                "to_name": contact.name,
                "subject": message.subject,
                "sent_at": message.sent_at.isoformat(),
                "message_id": message.message_id,
                "conversation": message.conversation_id,
            }
        )
    else:
        print(f"Sent message {message.pk} to {contact.name} <{contact.email}>.")
    return 0


def cmd_message_eml(args) -> int:
    runtime.setup()
    from coffeechat.outreach.sending import eml_for
    from coffeechat.outreach.services import NeedsConfirmation

    user = runtime.user()
    message = _message(user, args.message_id)
    try:
        _, data = eml_for(user, message, now=runtime.now(), confirmed=args.yes)
    except NeedsConfirmation as exc:
        raise _needs_yes(exc.reason, "written") from None
    output = str(Path(args.output)) if args.output else None
    if runtime.write_output(data, output):
        print(f"Wrote message {message.pk} to {output}")
    return 0
