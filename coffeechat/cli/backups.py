"""`coffeechat export`, `coffeechat restore` and `coffeechat backup`: data out, and back in.

A thin layer over backups.services, as the "Your data" page is. Bad input (a missing
file, not JSON, not a coffeechat backup, a database that is not empty) is one line on
stderr and exit code 1; nothing is written then.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from . import runtime
from .runtime import UserError

EXAMPLES = """examples:
  coffeechat export json -o backup.json   everything you own, to restore elsewhere
  coffeechat export csv > contacts.csv    your contacts, for a spreadsheet
  coffeechat export vcard -o contacts.vcf your contacts, for a phone or mail program
  coffeechat restore backup.json          into an empty data folder
  coffeechat backup                       a copy of the database in the data folder
"""


def register(subparsers) -> None:
    """Add `export`, `restore` and `backup` to the `coffeechat` parser's subcommands."""
    p = subparsers.add_parser(
        "export",
        help="write all your data (json), or your contacts (csv, vcard)",
        description="Write a full backup of your data (json), or your contacts as CSV or "
        "vCard 4.0. The backup leaves out your mail server password.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("kind", choices=("json", "csv", "vcard"), help="what to write")
    p.add_argument("-o", "--output", metavar="FILE", help="the file to write (default: stdout)")
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "restore",
        help="restore a full backup (json) into an empty data folder",
        description="Restore a backup written by `coffeechat export json` (or downloaded "
        "from Your data). It goes only into an empty data folder: one with contacts or "
        "conversations is refused and left as it is. Choose another folder with "
        "COFFEECHAT_DATA_DIR.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("file", metavar="FILE", help="the backup, or - for standard input")
    p.set_defaults(func=cmd_restore)

    p = subparsers.add_parser(
        "backup",
        help="copy the database (SQLite), even while coffeechat serve runs",
        description="Copy the SQLite database consistently, even while coffeechat serve "
        "runs, and print where the copy went. On PostgreSQL, use pg_dump.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the file to write (default: backups/coffeechat-DATE-TIME.sqlite3 in the data folder)",
    )
    p.set_defaults(func=cmd_backup)


def cmd_export(args) -> int:
    runtime.setup()
    from coffeechat.backups import services

    user = runtime.user()
    if args.kind == "json":
        data = services.export_json(user)
        text = services.backup_text(data)
        what = f"a full backup ({services.describe(data)})"
    elif args.kind == "csv":
        text = services.export_csv(user)
        what = "your contacts as CSV"
    else:
        text = services.export_vcard(user)
        what = "your contacts as vCard"
    if runtime.write_output(text.encode("utf-8"), args.output):
        print(f"Wrote {what} to {args.output}")
    return 0


def _read(name: str) -> bytes:
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        return stream.read() if stream is not None else sys.stdin.read().encode("utf-8")
    try:
        return Path(name).read_bytes()
    except IsADirectoryError:
        raise UserError(f"cannot read {name}: it is a folder, not a backup file") from None
    except OSError as exc:
        raise UserError(f"cannot read {name}: {exc.strerror or exc}") from None


def cmd_restore(args) -> int:
    shown = "standard input" if args.file == "-" else args.file
    data = _read(args.file)  # before anything is made in the data folder
    runtime.setup()
    from django.conf import settings

    from coffeechat.backups import services

    try:
        restored = services.restore_json(data, user=runtime.user())
    except services.RestoreRefused as exc:
        message = f"{shown} not restored: {exc}"
        if services.is_sqlite() and "empty" in str(exc):
            message += f" (this one is {settings.DATA_DIR})"
        raise UserError(message) from None
    where = settings.DATA_DIR if services.is_sqlite() else "the database"
    print(f"Restored {restored.summary()} from {shown} into {where}.")
    if restored.counts.get("outreach.SmtpSettings"):
        print("Your mail server password is not in backups: type it again in Mail settings.")
    return 0


def cmd_backup(args) -> int:
    runtime.setup()
    from django.conf import settings
    from django.utils import timezone

    from coffeechat.backups import services

    target = (
        Path(args.output)
        if args.output
        else services.manual_backup_path(settings.DATA_DIR, timezone.localtime(runtime.now()))
    )
    try:
        path = services.backup_sqlite(target)
    except services.BackupRefused as exc:
        raise UserError(str(exc)) from None
    except sqlite3.Error as exc:
        raise UserError(f"the copy failed: {exc}") from None
    except OSError as exc:
        raise UserError(f"cannot write {target}: {exc.strerror or exc}") from None
    print(path)
    return 0
