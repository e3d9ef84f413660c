"""`coffeechat import KIND FILE`: contacts in from a file, as the import page does it.

A thin layer over imports.services. --json prints the summary and nothing else on
stdout: {"created", "updated", "duplicates", "skipped", "errors": [{"line", "message"}]}.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coffeechat.lib.importers import FIELDS, KINDS, MAX_BYTES

from . import runtime
from .runtime import UserError

# A progress bar (on stderr, and only on a terminal) for files of more rows than this.
PROGRESS_ROWS = 1000

EPILOG = f"""kinds:
  linkedin   Connections.csv (LinkedIn: Settings → Data privacy → Get a copy of your data)
  vcard      .vcf from an iPhone, Android, Google Contacts or Outlook
  google     Google Contacts → Export → Google CSV
  outlook    Outlook → Export contacts (CSV)
  csv        any other CSV; --map FIELD=COLUMN says which column is which
             (fields: {", ".join(FIELDS)}); unmapped fields are guessed from the headers

Rows with problems (no name, a date that cannot be read…) stop the import: nothing is
imported and the exit status is 1, unless --skip-bad-rows is given, which imports the
other rows and lists the skipped ones. Importing the same file again adds nobody twice.

exit status: 0 imported (or, with --dry-run, would import); 1 bad input (missing file,
wrong kind, too big, not readable) or rows with problems without --skip-bad-rows.

examples:
  coffeechat import linkedin Connections.csv --dry-run
  coffeechat import vcard contacts.vcf --json
  coffeechat import csv people.csv --map name=Who --map organization=Company
"""


def register(subparsers) -> None:
    """Add `import` to the `coffeechat` parser's subcommands."""
    p = subparsers.add_parser(
        "import",
        help="import contacts from LinkedIn, a phone (vCard), Google, Outlook or a CSV",
        description="Import contacts from a file. People you already have are not added "
        "again: their empty details are filled in, nothing you typed is changed.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    p.add_argument("file", metavar="FILE", help="the file to import")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the other rows when some have problems (otherwise nothing is imported)",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="csv only: the column holding FIELD (repeatable; the rest are guessed)",
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.set_defaults(func=cmd_import)


def _read(name: str) -> bytes:
    from coffeechat.lib.importers.decode import size_text

    path = Path(name)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise UserError(f"{name} is a folder, not a file")
        if size > MAX_BYTES:
            raise UserError(
                f"{name} is {size_text(size)}; coffeechat reads files up to "
                f"{MAX_BYTES / (1024 * 1024):g} MB"
            )
        return path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {name}: {exc.strerror or exc}") from None


def _mapping(args, data: bytes) -> dict[str, str] | None:
    """--map FIELD=COLUMN, over the mapping guessed from the headers."""
    from coffeechat.lib.importers import ImportRefused, csv_columns, guess_mapping

    if args.kind != "csv":
        if args.map:
            raise UserError("--map is only for csv files: the other kinds know their columns")
        return None
    try:
        headers = csv_columns(data).headers
    except ImportRefused as exc:
        raise UserError(f"{args.file}: {exc}") from None
    mapping = dict(guess_mapping(headers))
    chosen = {}
    for item in args.map:
        field, sep, column = item.partition("=")
        field, column = field.strip(), column.strip()
        if not sep or not field or not column:
            raise UserError(f"--map {item}: write it as FIELD=COLUMN, e.g. name=Full Name")
        if field not in FIELDS:
            raise UserError(
                f"--map {item}: {field!r} is not a field; use one of {', '.join(FIELDS)}"
            )
        if column not in headers:
            raise UserError(
                f"--map {item}: the file has no column {column!r}; its columns are "
                + ", ".join(repr(h) for h in headers)
            )
        chosen[field] = column
    # A column chosen by hand is no longer guessed for another field.
    mapping = {f: c for f, c in mapping.items() if c not in chosen.values()}
    mapping.update(chosen)
    if "name" not in mapping and not {"first_name", "last_name"} & set(mapping):
        raise UserError(
            "no column holds the name: add --map name=COLUMN "
            "(or --map first_name=… --map last_name=…)"
        )
    return mapping


class _Bar:
    """A progress bar on stderr, redrawn in place."""

    WIDTH = 30

    def __init__(self, stream) -> None:
        self.stream = stream
        self.shown = False

    def __call__(self, what: str, done: int, total: int) -> None:
        if total <= 0:
            return
        filled = self.WIDTH * done // total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r{what:9} [{bar}] {done:,}/{total:,}")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def _refused_line(errors: list[dict], changes: int) -> str:
    """One line: the bad rows (the first three), and what to do."""
    n = len(errors)
    shown = "; ".join(f"line {e['line']}: {e['message']}" for e in errors[:3])
    more = f"; and {n - 3} more" if n > 3 else ""
    rows_word = "row has a problem" if n == 1 else "rows have problems"
    return (
        f"{n} {rows_word} ({shown}{more}); nothing was imported. Fix the file, or add "
        f"--skip-bad-rows to import the rest ({changes} contact{'s' * (changes != 1)})"
    )


def cmd_import(args) -> int:
    data = _read(args.file)
    mapping = _mapping(args, data)
    runtime.setup()
    from coffeechat.imports import services
    from coffeechat.lib.importers import ImportRefused

    user = runtime.user()
    try:
        parsed = services.read_file(args.kind, data, mapping)
    except ImportRefused as exc:
        raise UserError(f"{args.file}: {exc}") from None
    bar = None
    if len(parsed.rows) > PROGRESS_ROWS and sys.stderr.isatty():
        bar = _Bar(sys.stderr)
    try:
        if args.dry_run:
            plan = services.plan_import(user, parsed, progress=bar)
            if plan.problems and not args.skip_bad_rows:
                raise services.ImportBlocked("", plan)
        else:
            plan = services.import_file(
                user,
                args.kind,
                data,
                filename=Path(args.file).name,
                mapping=mapping,
                import_the_rest=args.skip_bad_rows,
                now=runtime.now(),
                parsed=parsed,
                progress=bar,
            )
    except services.ImportBlocked as exc:
        if bar is not None:
            bar.close()
            bar = None
        errors = exc.plan.summary()["errors"]
        if args.json:
            runtime.print_json(
                {"created": 0, "updated": 0, "duplicates": 0, "skipped": 0, "errors": errors}
            )
        raise UserError(_refused_line(errors, exc.plan.changes)) from None
    finally:
        if bar is not None:
            bar.close()
    summary = plan.summary()
    if args.json:
        runtime.print_json(summary)
        return 0
    print(f"created     {summary['created']}")
    print(f"updated     {summary['updated']}")
    print(f"duplicates  {summary['duplicates']}")
    print(f"skipped     {summary['skipped']}")
    for error in summary["errors"]:
        print(f"  skipped line {error['line']}: {error['message']}")
    print(f"read as     {plan.encoding}")
    if plan.possible:
        print(
            f"{len(plan.possible)} of the new contacts may be people you already have: "
            f"review them in Contacts → Duplicates (coffeechat serve)"
        )
    if args.dry_run:
        print("dry run: nothing was written")
    return 0
