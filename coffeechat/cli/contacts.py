"""`coffeechat contact add` and `coffeechat contact list`, through the contact form."""

from __future__ import annotations

from . import runtime

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


def register(subparsers) -> None:
    """Add `contact add` and `contact list` to the `coffeechat` parser's subcommands."""
    from coffeechat.lib.sources import SOURCE_KEYS

    contact = subparsers.add_parser("contact", help="add or list contacts").add_subparsers(
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


def cmd_contact_add(args) -> int:
    runtime.setup()
    from coffeechat.contacts.forms import ContactForm
    from coffeechat.contacts.models import Contact

    user = runtime.user()
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
        raise runtime.form_error(form, CONTACT_FLAGS)
    contact = form.save()
    if args.json:
        runtime.print_json(contact_json(contact))
    else:
        print(f"Added contact {contact.id}: {contact.name}")
    return 0


def cmd_contact_list(args) -> int:
    runtime.setup()
    from coffeechat.contacts.services import contacts_for

    contacts = contacts_for(runtime.user()).select_related("organization").order_by("name", "id")
    if args.json:
        runtime.print_json([contact_json(c) for c in contacts])
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
