"""Data out: the full JSON backup and its restore, CSV and vCard exports of the
contacts, and copies of the SQLite database (on demand and one a day).

The JSON backup holds every table the user owns, found generically: each concrete
subclass of `scoping.Owned` in the app registry, plus the user's Profile and
SmtpSettings (without the SMTP password). Rows are plain JSON (dates ISO 8601, binary
base64) keyed by `app_label.ModelName`, primary keys kept, so that restoring into an
empty database gives back identical data.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import re
import sqlite3
import sys
import threading
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from time import monotonic as _monotonic

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.db import DatabaseError, IntegrityError, connections, router, transaction
from django.db.models import Model
from django.utils import timezone

from coffeechat.lib.sources import SOURCE_LABELS
from coffeechat.scoping import Owned

FORMAT = "coffeechat-backup"
VERSION = 1
# The user's own records that are not Owned: one row each, keyed by the user. Their
# primary keys mean nothing outside this database, so they are left out (with `user`).
PER_USER = ("accounts.Profile", "outreach.SmtpSettings")
OMITTED = ("outreach.SmtpSettings.password",)
NOTE = (
    "A full backup of one coffeechat user's data. The SMTP password is not included: "
    "type it again in Mail settings after restoring. Restore it into an empty data "
    "folder with: coffeechat restore FILE"
)
DAILY_NAME = re.compile(r"^coffeechat-(\d{4}-\d{2}-\d{2})\.sqlite3$")
LOCKED_FOR = 20.0  # seconds a copy waits for a locked database, as the busy timeout does
ANY_BACKUP = re.compile(r"^coffeechat-[\d-]+\.sqlite3$")


class RestoreRefused(ValueError):
    """The backup cannot be restored here; str() says why, in one sentence."""


class BackupRefused(ValueError):
    """No database copy can be made here (PostgreSQL); str() says what to use instead."""


# ------------------------------------------------------------------ the tables


def owned_models() -> list[type[Model]]:
    """Every concrete Owned model, dependencies first (self-references aside)."""
    found = [
        model
        for model in apps.get_models()
        if issubclass(model, Owned) and not model._meta.abstract and not model._meta.proxy
    ]
    return _dependency_order(found)


def _dependency_order(models: list[type[Model]]) -> list[type[Model]]:
    labels = {model: model._meta.label for model in models}
    needs = {
        model: {
            f.related_model
            for f in model._meta.concrete_fields
            if f.is_relation and f.related_model in labels and f.related_model is not model
        }
        for model in models
    }
    ordered: list[type[Model]] = []
    waiting = sorted(models, key=labels.get)
    while waiting:
        ready = [m for m in waiting if needs[m] <= set(ordered)]
        if not ready:
            cycle = ", ".join(labels[m] for m in waiting)
            raise RuntimeError(f"the owned models refer to each other in a cycle: {cycle}")
        ordered.extend(ready)
        waiting = [m for m in waiting if m not in ready]
    return ordered


def _self_references(model: type[Model]) -> list:
    return [f for f in model._meta.concrete_fields if f.is_relation and f.related_model is model]


def _per_user_models() -> list[type[Model]]:
    return [apps.get_model(label) for label in PER_USER]


def _owned_fields(model: type[Model]) -> list:
    """The fields a backup row holds: every concrete one but the owner."""
    return [f for f in model._meta.concrete_fields if f.name != "owner"]


def _per_user_fields(model: type[Model]) -> list:
    """A per-user record's fields: neither its id, nor the user, nor what is omitted."""
    label = model._meta.label
    return [
        f
        for f in model._meta.concrete_fields
        if not f.primary_key and f.name != "user" and f"{label}.{f.name}" not in OMITTED
    ]


# ------------------------------------------------------------------ JSON export


def _plain(value):
    """One database value as plain JSON."""
    if value is None or isinstance(value, bool | int | float | str | dict | list):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    raise TypeError(f"cannot write a {type(value).__name__} into a backup")


def _rows(queryset, fields) -> list[dict]:
    names = [f.attname for f in fields]
    return [
        {name: _plain(value) for name, value in zip(names, values, strict=True)}
        for values in queryset.order_by("pk").values_list(*names)
    ]


def export_json(user, *, now: datetime | None = None) -> dict:
    """A full backup of every table `user` owns, as plain JSON data."""
    tables: dict[str, list[dict]] = {}
    for model in _per_user_models():
        tables[model._meta.label] = _rows(
            model._default_manager.filter(user=user), _per_user_fields(model)
        )
    for model in owned_models():
        tables[model._meta.label] = _rows(
            model._base_manager.filter(owner=user), _owned_fields(model)
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": (now or timezone.now()).isoformat(),
        "note": NOTE,
        "omitted": list(OMITTED),
        "tables": tables,
    }


def backup_text(data: dict) -> str:
    """The backup as JSON text: one row a line, so it is readable and quick to write."""
    dump = json.dumps
    lines = ["{"]
    for key, value in data.items():
        if key != "tables":
            lines.append(f"{dump(key)}: {dump(value, ensure_ascii=False)},")
    lines.append('"tables": {')
    tables = list(data.get("tables", {}).items())
    for t, (label, rows) in enumerate(tables):
        comma = "," if t < len(tables) - 1 else ""
        if not rows:
            lines.append(f"{dump(label)}: []{comma}")
            continue
        lines.append(f"{dump(label)}: [")
        last = len(rows) - 1
        lines.extend(
            dump(row, ensure_ascii=False) + ("," if i < last else "") for i, row in enumerate(rows)
        )
        lines.append("]" + comma)
    lines.append("}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def describe(data: dict) -> str:
    """ "63 contacts, 33 conversations, 459 records in all" for an exported backup."""
    tables = data.get("tables", {})
    return Restored({label: len(rows) for label, rows in tables.items()}).summary()


def backup_filename(day: date) -> str:
    return f"coffeechat-backup-{day:%Y-%m-%d}.json"


# ------------------------------------------------------------------ JSON restore


@dataclass
class Restored:
    counts: dict[str, int]  # rows restored per app_label.ModelName

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        contacts = self.counts.get("contacts.Contact", 0)
        chats = self.counts.get("conversations.Conversation", 0)
        return (
            f"{contacts} contact{'s' * (contacts != 1)}, "
            f"{chats} conversation{'s' * (chats != 1)}, {self.total} records in all"
        )


def read_backup(data) -> dict:
    """The backup's JSON data from a dict, text or bytes; RestoreRefused naming the problem."""
    if isinstance(data, bytes | bytearray):
        try:
            data = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise RestoreRefused(
                f"not a coffeechat backup: not UTF-8 text (byte {exc.start})"
            ) from None
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError as exc:
            raise RestoreRefused(f"not a coffeechat backup: not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise RestoreRefused("not a coffeechat backup: the JSON is not an object")
    if data.get("format") != FORMAT:
        found = data.get("format")
        shown = f"“{found}”" if isinstance(found, str) else "missing"
        raise RestoreRefused(f"not a coffeechat backup: its format is {shown}, expected “{FORMAT}”")
    version = data.get("version")
    if version != VERSION or isinstance(version, bool):
        raise RestoreRefused(
            f"a coffeechat backup of version {version!r}, but this coffeechat reads version "
            f"{VERSION}" + (": upgrade coffeechat first" if _newer(version) else "")
        )
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise RestoreRefused("a damaged backup: “tables” is missing or not an object")
    return data


def _newer(version) -> bool:
    return isinstance(version, int) and not isinstance(version, bool) and version > VERSION


def _convert(model, field, value, where: str):
    if value is None:
        if not field.null:
            raise RestoreRefused(f"a damaged backup: {where}: {field.name} cannot be empty")
        return None
    try:
        if field.get_internal_type() == "JSONField":
            return value
        return field.to_python(value)
    except (ValidationError, TypeError, ValueError) as exc:
        detail = exc.messages[0] if isinstance(exc, ValidationError) else str(exc)
        raise RestoreRefused(
            f"a damaged backup: {where}: {field.name} {json.dumps(value)[:40]} ({detail})"
        ) from None


def _read_rows(label: str, rows, fields) -> list[dict]:
    """Check one table's rows and turn their values into Python values."""
    if not isinstance(rows, list):
        raise RestoreRefused(f"a damaged backup: {label} is not a list of rows")
    by_name = {f.attname: f for f in fields}
    model = fields[0].model if fields else None
    result = []
    for n, row in enumerate(rows, start=1):
        where = f"{label} row {n}"
        if not isinstance(row, dict):
            raise RestoreRefused(f"a damaged backup: {where} is not an object")
        unknown = set(row) - set(by_name)
        if unknown:
            raise RestoreRefused(
                f"a damaged backup: {where} has a field coffeechat does not know: "
                f"{sorted(unknown)[0]}"
            )
        values = {}
        for name, field in by_name.items():
            if name in row:
                values[name] = _convert(model, field, row[name], where)
            elif field.primary_key:
                raise RestoreRefused(f"a damaged backup: {where} has no {name}")
            else:  # written by an older coffeechat, before the field existed
                values[name] = field.get_default()
        result.append(values)
    return result


def _user_counts(user) -> dict[str, int]:
    from coffeechat.contacts.models import Contact
    from coffeechat.conversations.models import Conversation

    return {
        "contacts": Contact.objects.owned_by(user).count(),
        "conversations": Conversation.objects.owned_by(user).count(),
    }


def _not_empty_reason(user) -> str | None:
    counts = _user_counts(user)
    if counts["contacts"] or counts["conversations"]:
        c, v = counts["contacts"], counts["conversations"]
        return (
            f"the database is not empty: it holds {c} contact{'s' * (c != 1)} and "
            f"{v} conversation{'s' * (v != 1)}; restore only into an empty data folder"
        )
    for model in owned_models():
        found = model._base_manager.filter(owner=user).count()
        if found:
            name = model._meta.verbose_name_plural
            return (
                f"the database is not empty: it holds {found} {name}; restore only into an "
                "empty data folder"
            )
    return None


def _ids_in_use(model, ids: list) -> int:
    """How many of `ids` the table already holds (any owner's)."""
    in_use = 0
    for start in range(0, len(ids), 500):
        in_use += model._base_manager.filter(pk__in=ids[start : start + 500]).count()
    return in_use


def _check_references(tables: dict[str, list[dict]], models: list[type[Model]]) -> None:
    """Every link in the backup points at a record in the backup (never at someone else's)."""
    ids = {
        m._meta.label: {row[m._meta.pk.attname] for row in tables[m._meta.label]} for m in models
    }
    for model in models:
        label = model._meta.label
        for field in _owned_fields(model):
            if not field.is_relation:
                continue
            target = field.related_model._meta.label
            if target not in ids:
                raise RuntimeError(f"{label}.{field.name} points outside the backup ({target})")
            known = ids[target]
            for n, row in enumerate(tables[label], start=1):
                value = row[field.attname]
                if value is not None and value not in known:
                    raise RestoreRefused(
                        f"a damaged backup: {label} row {n}: {field.name} points at "
                        f"{target} {value}, which is not in the backup"
                    )


def _insert(model, rows: list[dict], using: str) -> None:
    """Insert rows as they are: ids kept, and auto_now fields not reset to now.

    A raw insert (as loaddata does) skips each field's pre_save, which would stamp
    created_at and updated_at with the time of the restore.
    """
    if not rows:
        return
    fields = model._meta.concrete_fields
    objs = [model(**row) for row in rows]
    connection = connections[using]
    size = max(1, connection.ops.bulk_batch_size(fields, objs))
    manager = model._base_manager.db_manager(using)
    for start in range(0, len(objs), size):
        manager._insert(objs[start : start + size], fields=fields, raw=True, using=using)


def restore_json(data, *, user) -> Restored:
    """Restore a backup (dict, JSON text or bytes) for `user`, into an empty database.

    One transaction: all or nothing. Primary keys are kept; on PostgreSQL the id
    sequences are moved past them afterwards. RestoreRefused says what is wrong.
    """
    data = read_backup(data)
    given = data["tables"]
    models = owned_models()
    per_user = _per_user_models()
    known = {m._meta.label for m in models + per_user}
    unknown = sorted(set(given) - known)
    if unknown:
        raise RestoreRefused(
            f"a damaged backup, or one from a newer coffeechat: unknown table {unknown[0]}"
        )
    tables = {
        m._meta.label: _read_rows(m._meta.label, given.get(m._meta.label, []), _owned_fields(m))
        for m in models
    }
    singles = {
        m._meta.label: _read_rows(m._meta.label, given.get(m._meta.label, []), _per_user_fields(m))
        for m in per_user
    }
    for label, rows in singles.items():
        if len(rows) > 1:
            raise RestoreRefused(f"a damaged backup: {label} has {len(rows)} rows, not one")
    for model in models:
        pk = model._meta.pk.attname
        seen = [row[pk] for row in tables[model._meta.label]]
        if len(set(seen)) != len(seen):
            raise RestoreRefused(f"a damaged backup: {model._meta.label} repeats an id")
    _check_references(tables, models)

    using = router.db_for_write(models[0])
    counts: dict[str, int] = {}
    try:
        with transaction.atomic(using=using):
            # Lock the user's row, so that two restores at once cannot both find it empty.
            type(user)._default_manager.select_for_update().filter(pk=user.pk).exists()
            reason = _not_empty_reason(user)
            if reason:
                raise RestoreRefused(reason)
            for model in models:
                label = model._meta.label
                rows = tables[label]
                pk = model._meta.pk.attname
                in_use = _ids_in_use(model, [row[pk] for row in rows])
                if in_use:
                    raise RestoreRefused(
                        f"the database already holds {in_use} {model._meta.verbose_name_plural} "
                        "with the backup's ids (another user's?); restore only into an empty "
                        "database"
                    )
                deferred = _self_references(model)
                later: dict = defaultdict(list)  # (field, value) -> ids
                for row in rows:
                    row["owner_id"] = user.pk
                    for field in deferred:
                        value = row[field.attname]
                        if value is not None:
                            later[(field.attname, value)].append(row[pk])
                            row[field.attname] = None
                _insert(model, rows, using)
                for (attname, value), ids in later.items():
                    for start in range(0, len(ids), 500):
                        model._base_manager.filter(pk__in=ids[start : start + 500]).update(
                            **{attname: value}
                        )
                counts[label] = len(rows)
            for model in per_user:
                label = model._meta.label
                for values in singles[label]:
                    model._default_manager.update_or_create(user=user, defaults=values)
                counts[label] = len(singles[label])
            _reset_sequences(models, using)
    except IntegrityError as exc:
        raise RestoreRefused(f"the backup does not fit this database: {_one_line(exc)}") from None
    return Restored(counts)


def _reset_sequences(models, using: str) -> None:
    """PostgreSQL: move each id sequence past the restored ids (SQLite needs nothing)."""
    connection = connections[using]
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


# ------------------------------------------------------------------ CSV


CSV_HEADERS = (
    "Name",
    "Email",
    "Phone",
    "Organisation",
    "Title",
    "Location",
    "Source",
    "Connection",
    "Referred by",
    "LinkedIn",
    "Connected on",
    "Notes",
)
# A spreadsheet takes a cell starting with one of these for a formula (or strips it).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """A cell a spreadsheet shows as text: formula-like values get a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _contacts(user):
    from coffeechat.contacts.models import Contact

    return (
        Contact.objects.owned_by(user)
        .select_related("organization", "referred_by")
        .order_by("name", "id")
    )


def export_csv(user) -> str:
    """The user's contacts as CSV, one a row, safe to open in a spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADERS)
    for c in _contacts(user):
        writer.writerow(
            safe_cell(value)
            for value in (
                c.name,
                c.email,
                c.phone,
                c.organization.name if c.organization_id else "",
                c.title,
                c.location,
                SOURCE_LABELS.get(c.source, c.source),
                c.connection,
                c.referred_by.name if c.referred_by_id else "",
                c.linkedin_url,
                c.connected_on.isoformat() if c.connected_on else "",
                c.notes,
            )
        )
    return out.getvalue()


# ------------------------------------------------------------------ vCard 4.0


def vcard_escape(text: str) -> str:
    """A vCard text value (RFC 6350 3.4): backslash, comma, semicolon and newlines escaped."""
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line at `limit` octets (RFC 6350 3.2), never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= limit:
        return line
    parts, current, size, room = [], [], 0, limit
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > room:
            parts.append("".join(current))
            current, size, room = [], 0, limit - 1  # continuation lines start with a space
        current.append(char)
        size += width
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _split_name(name: str) -> tuple[str, str]:
    """(family, given) from a full name: the last word is taken as the family name."""
    words = name.split()
    if len(words) < 2:
        return "", name.strip()
    return words[-1], " ".join(words[:-1])


def contact_vcard(contact) -> str:
    family, given = _split_name(contact.name)
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:" + vcard_escape(contact.name),
        f"N:{vcard_escape(family)};{vcard_escape(given)};;;",
    ]
    if contact.organization_id:
        lines.append("ORG:" + vcard_escape(contact.organization.name))
    if contact.title:
        lines.append("TITLE:" + vcard_escape(contact.title))
    if contact.email:
        lines.append("EMAIL:" + vcard_escape(contact.email))
    if contact.phone:
        lines.append("TEL;VALUE=text:" + vcard_escape(contact.phone))
    if contact.linkedin_url:
        lines.append("URL:" + contact.linkedin_url.replace("\r", "").replace("\n", ""))
    if contact.notes:
        lines.append("NOTE:" + vcard_escape(contact.notes))
    lines.append("END:VCARD")
    return "".join(fold(line) + "\r\n" for line in lines)


def export_vcard(user) -> str:
    """The user's contacts as one vCard 4.0 file."""
    return "".join(contact_vcard(c) for c in _contacts(user))


# ------------------------------------------------------------------ SQLite copies


def is_sqlite(using: str = "default") -> bool:
    return connections[using].vendor == "sqlite"


def backups_dir(data_dir) -> Path:
    return Path(data_dir) / "backups"


def backup_sqlite(target_path, *, using: str = "default") -> Path:
    """A consistent copy of the SQLite database at `target_path`, safe while the server runs.

    SQLite's online backup API copies the database as one read transaction sees it
    (WAL lets writers go on meanwhile); the copy is written to a temporary name, then
    renamed, so a half-written file never has the final name.
    """
    connection = connections[using]
    if connection.vendor != "sqlite":
        raise BackupRefused(
            "coffeechat backup copies a SQLite database; on PostgreSQL use pg_dump instead"
        )
    target = Path(target_path)
    if target.is_dir():
        raise BackupRefused(f"{target} is a folder; give a file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    if connection.in_atomic_block:
        # The copy would wait for this very transaction: copies are made outside one.
        raise RuntimeError("backup_sqlite() cannot run inside a transaction")
    connection.ensure_connection()
    deadline = _monotonic() + LOCKED_FOR

    def give_up_when_locked_too_long(status: int, remaining: int, total: int) -> None:
        # Python's backup() retries a busy or locked database for ever; this stops it.
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and _monotonic() > deadline:
            raise BackupRefused(
                f"the database stayed locked for {LOCKED_FOR:.0f} seconds; try again"
            )

    try:
        copy = sqlite3.connect(temporary)
        try:
            connection.connection.backup(copy, progress=give_up_when_locked_too_long)
            # One self-contained file: the copy does not need a -wal beside it.
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
        os.replace(temporary, target)
    except (sqlite3.Error, DatabaseError, OSError, BackupRefused):
        temporary.unlink(missing_ok=True)
        raise
    return target


def manual_backup_path(data_dir, now: datetime) -> Path:
    """Where `coffeechat backup` and "Make a backup now" put a copy by default."""
    return backups_dir(data_dir) / f"coffeechat-{now:%Y-%m-%d-%H%M%S}.sqlite3"


def daily_backups(data_dir, *, today: date, keep: int = 7) -> Path:
    """Make today's automatic backup if it is missing; keep only the newest `keep`.

    Only the automatic copies (backups/coffeechat-YYYY-MM-DD.sqlite3) are ever deleted;
    copies made on demand have the time in their names and stay.
    """
    folder = backups_dir(data_dir)
    path = folder / f"coffeechat-{today:%Y-%m-%d}.sqlite3"
    if not path.exists():
        backup_sqlite(path)
    daily = sorted(p for p in folder.iterdir() if DAILY_NAME.match(p.name))
    for old in daily[: max(0, len(daily) - keep)]:
        old.unlink(missing_ok=True)
    return path


@dataclass
class BackupFile:
    path: Path
    size: int
    modified: datetime
    automatic: bool


def backups_kept(data_dir) -> list[BackupFile]:
    """The copies in the data folder's backups/, newest first."""
    folder = backups_dir(data_dir)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if not ANY_BACKUP.match(path.name) or not path.is_file():
            continue
        stat = path.stat()
        found.append(
            BackupFile(
                path=path,
                size=stat.st_size,
                modified=datetime.fromtimestamp(stat.st_mtime, tz=UTC),
                automatic=bool(DAILY_NAME.match(path.name)),
            )
        )
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def start_daily_backups(data_dir, *, keep: int = 7, every: float = 3600.0) -> str | None:
    """For `coffeechat serve` on SQLite: today's backup now, then a check every hour (a
    daemon thread), so one copy is made each day the server runs. Returns the line to
    print saying where the copies go (None on PostgreSQL, which pg_dump backs up)."""
    if not is_sqlite():
        return None

    def run() -> None:
        try:
            daily_backups(data_dir, today=date.today(), keep=keep)
        except Exception as exc:  # never stop the server: say so, try again next time
            print(f"coffeechat: the automatic backup failed: {_one_line(exc)}", file=sys.stderr)

    def tick() -> None:
        try:
            run()
        finally:
            connections.close_all()  # the timer thread's own connections
        arm()

    def arm() -> None:
        timer = threading.Timer(every, tick)
        timer.daemon = True
        timer.start()

    run()
    arm()
    return f"Backups: one a day in {backups_dir(data_dir)} (the newest {keep} are kept)."
