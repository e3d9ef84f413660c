"""What every `coffeechat` command needs: Django set up, the local user, now, JSON out, errors.

A command raises `UserError` for bad input; `coffeechat.cli.main` prints it as one line on
stderr and exits 1, with no traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path


class UserError(Exception):
    """Bad input: printed as one line on stderr, exit code 1."""


def setup() -> None:
    """Set up Django and bring the database up to date; a bad setting is a UserError."""
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
        raise UserError(f"cannot open the database: {one_line(exc)}") from None
    if plan:
        call_command("migrate", verbosity=0, interactive=False)


def one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def now():
    from django.utils import timezone

    return timezone.now()


def user():
    """The local user every command acts as."""
    from coffeechat.accounts.services import local_user

    return local_user()


def print_json(data) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def form_error(form, flags: dict[str, str], *, first=(), wording=None) -> UserError:
    """The first error of a form, named by the command-line flag that caused it.

    `first` lists fields whose errors come before the others, in the order the command
    checks them. `wording` may give a field's errors in the command line's own words: a
    function of the form that returns the whole message in place of the form's.
    """
    errors = form.errors
    fields = [f for f in first if f in errors] + [f for f in errors if f not in first]
    for field in fields:
        if wording and field in wording:
            return UserError(wording[field](form))
        flag = flags.get(field, field)
        prefix = f"{flag}: " if field != "__all__" else ""
        return UserError(prefix + errors[field][0])
    return UserError("invalid input")


def owned(get_for, user, pk):
    """`get_X_for(user, pk)` with an unknown or someone else's id as a UserError."""
    from coffeechat.scoping import NotFound

    try:
        return get_for(user, pk)
    except NotFound as exc:
        raise UserError(str(exc)) from None


def read_input(name: str) -> str:
    """The text of FILE (or stdin for "-"); OSError or UnicodeDecodeError if it can't be read."""
    if name == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = stream.read() if stream is not None else sys.stdin.read()
    else:
        data = Path(name).read_bytes()
    if isinstance(data, bytes):
        data = data.decode("utf-8-sig")
    return data


def write_output(data: bytes, output: str | None) -> bool:
    """Write to FILE, or to stdout when there is none (or it is "-"); True for a file."""
    if not output or output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return False
    try:
        Path(output).write_bytes(data)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    return True


def positive(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value
