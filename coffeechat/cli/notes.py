"""`coffeechat note CHAT_ID FILE|-`: add a note to a chat and apply quick capture.

A thin layer over chats.notes, as the notes page is, without its review
step: each new person named on a ``person:`` line becomes a contact at once, and a
name already in the contacts is linked, never made twice.
"""

from __future__ import annotations

import argparse
import sys

from . import runtime
from .runtime import UserError

EXAMPLES = """examples:
  coffeechat note 12 notes.md            add the note in notes.md to chat 12
  coffeechat note 12 - < notes.md        read the note from standard input
  coffeechat note 12 notes.md --json     say what was made, as JSON

quick capture: lines starting with these are added to follow up
  book: Range, by David Epstein
  org: Royal Society of Chemistry
  site: https://example.org/careers
  event: Science policy meetup, 12 March
  person: Zoë Ørsted (Novo Nordisk, Head of R&D)   a new contact, or linked if you have them
  lead: Data analyst (Novo Nordisk)                a job lead, told by the person you met
"""


def register(subparsers) -> None:
    """Add `note` to the `coffeechat` parser's subcommands."""
    p = subparsers.add_parser(
        "note",
        help="add a note to a chat, with quick capture",
        description="Add a note (Markdown) to a chat. Lines such as “book: …” or "
        "“person: Name (Organisation, Title)” become items to follow up; new people "
        "become contacts referred by the person you met, and job leads are recorded.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "chat_id", metavar="CHAT_ID", help="the chat's id: the number in its address, /chats/ID/"
    )
    p.add_argument("file", metavar="FILE", help="the note, as UTF-8 text; - for standard input")
    p.add_argument("--json", action="store_true", help="print what was made as JSON")
    p.set_defaults(func=cmd_note)


def _read(name: str) -> str:
    shown = "standard input" if name == "-" else name
    try:
        return runtime.read_input(name)
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{shown} is not UTF-8 text (byte {exc.object[exc.start]:#04x} at offset {exc.start})"
        ) from None
    except OSError as exc:
        raise UserError(f"cannot read {shown}: {exc.strerror or exc}") from None


def cmd_note(args) -> int:
    body = _read(args.file)
    runtime.setup()
    from coffeechat.chats.notes import NoteProblem, save_note
    from coffeechat.conversations.services import get_conversation_for

    user = runtime.user()
    conversation = runtime.owned(get_conversation_for, user, args.chat_id)
    try:
        result = save_note(user, conversation, body, now=runtime.now())
    except NoteProblem as exc:
        raise UserError(f"note not saved: {exc}") from None

    contacts = []
    seen: set[int] = set()
    for outcome in result.people:
        contact = outcome.contact
        if contact is None or contact.pk in seen:
            continue
        seen.add(contact.pk)
        contacts.append(
            {
                "id": contact.pk,
                "name": contact.name,
                "organization": contact.organization.name if contact.organization else "",
                "title": contact.title,
                "created": outcome.created,
            }
        )
    unlinked = [p.name for p in result.people if p.contact is None]
    if args.json:
        runtime.print_json(
            {
                "note": result.note.pk,
                "chat": conversation.pk,
                "action_items": [
                    {"id": a.pk, "kind": a.kind, "title": a.title, "line": line}
                    for a, line in zip(result.actions, result.lines, strict=True)
                ],
                "contacts": contacts,
                "leads": [
                    {"id": lead.pk, "title": lead.title, "told_by": lead.told_by_id}
                    for lead in result.leads
                ],
            }
        )
        for name in unlinked:
            print(f"coffeechat: {_unlinked(name)}", file=sys.stderr)
        return 0

    print(f"Note {result.note.pk} added to chat {conversation.pk} ({conversation.contact.name}).")
    for action, line in zip(result.actions, result.lines, strict=True):
        print(
            f"Item {action.pk} ({action.get_kind_display().lower()}, line {line}): {action.title}"
        )
    for contact in contacts:
        where = ", ".join(x for x in (contact["organization"], contact["title"]) if x)
        where = f" ({where})" if where else ""
        if contact["created"]:
            print(f"New contact {contact['id']}: {contact['name']}{where}")
        else:
            print(f"Linked contact {contact['id']}: {contact['name']} (already in your contacts)")
    for name in unlinked:
        print(_unlinked(name))
    for lead in result.leads:
        print(f"Job lead {lead.pk}: {lead.title}, told by {conversation.contact.name}")
    return 0


def _unlinked(name: str) -> str:
    return f"Not linked: several of your contacts are called {name}; link the right one by hand."
