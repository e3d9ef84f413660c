"""Contacts in: an uploaded file is kept as an ImportBatch, previewed (nothing written),
then committed in one transaction with bulk writes, all or nothing.

The rules of what each row does are in `coffeechat.lib.import_plan` (no database); this module reads
the user's contacts for it and applies the plan.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from django.db import connection, transaction
from django.utils import timezone

from coffeechat.contacts.models import Contact, Organization
from coffeechat.contacts.services import contacts_for, organizations_for
from coffeechat.lib import import_plan as planning
from coffeechat.lib import importers
from coffeechat.lib.import_plan import FILLABLE, Known, Plan
from coffeechat.lib.importers import ImportRefused, Parsed
from coffeechat.scoping import NotFound, get_owned

from .models import ImportBatch

Progress = Callable[[str, int, int], None]  # (what, done, total)

# Updates are read and written this many at a time (SQLite's limit on query parameters).
CHUNK = 500


class ImportBlocked(ValueError):
    """Bad rows, and the user has not chosen to import the rest without them."""

    def __init__(self, message: str, plan: Plan) -> None:
        super().__init__(message)
        self.plan = plan


class AlreadyImported(ValueError):
    """This file was committed before: committing it again would do nothing."""


def imports_for(user):
    return ImportBatch.objects.owned_by(user)


def get_import_for(user, pk) -> ImportBatch:
    return get_owned(ImportBatch.objects, user, pk, "import")


# ------------------------------------------------------------------ reading files


def read_file(kind: str, data: bytes, mapping: dict[str, str] | None = None) -> Parsed:
    """The parsed file; ImportRefused (its message is for the user) when it cannot be read."""
    if kind not in importers.KINDS:
        raise ImportRefused(
            f"Unknown kind of file {kind!r}: choose one of {', '.join(importers.KINDS)}."
        )
    return importers.parse(kind, data, mapping=mapping or None)


def read_batch(batch: ImportBatch) -> Parsed:
    return read_file(batch.kind, bytes(batch.data), batch.mapping or None)


def needs_mapping(batch: ImportBatch) -> bool:
    """A generic CSV needs its columns chosen before it can be previewed."""
    return batch.kind == "csv" and not batch.mapping


def start_import(user, kind: str, data: bytes, *, filename: str = "", now: datetime) -> ImportBatch:
    """Keep an uploaded file for its preview. A file that is not of that kind, too big
    or unreadable is refused (ImportRefused) and nothing is kept."""
    if kind == "csv":
        importers.csv_columns(data)  # a generic CSV is read once its columns are chosen
    else:
        read_file(kind, data)
    return ImportBatch.objects.create(
        owner=user, kind=kind, filename=filename[:255], data=data, created_at=now
    )


def choose_columns(user, batch: ImportBatch, mapping: dict[str, str]) -> ImportBatch:
    """Save a generic CSV's mapping (field -> column) once the file reads with it."""
    batch = get_import_for(user, batch.pk)
    if batch.committed_at is not None:
        raise AlreadyImported(_already(batch))
    read_file(batch.kind, bytes(batch.data), mapping)
    batch.mapping = mapping
    batch.save(update_fields=["mapping"])
    return batch


# ------------------------------------------------------------------ planning


def known_contacts(user) -> list[Known]:
    """The user's contacts as the plan needs them: one query."""
    fields = ("id", "name", "email", "phone", "linkedin_url", "organization__name")
    rest = ("title", "location", "connected_on", "notes")
    return [
        Known(
            id=pk,
            name=name,
            email=email,
            phone=phone,
            linkedin_url=url,
            organization=org or "",
            title=title,
            location=location,
            connected_on=connected_on,
            notes=notes,
        )
        for pk, name, email, phone, url, org, title, location, connected_on, notes in contacts_for(
            user
        )
        .order_by("id")
        .values_list(*fields, *rest)
    ]


def plan_import(user, parsed: Parsed, *, progress: Progress | None = None) -> Plan:
    """What importing `parsed` would do for this user. Writes nothing."""
    tick = (lambda done, total: progress("Checking", done, total)) if progress else None
    return planning.plan(parsed, known_contacts(user), progress=tick)


def preview_import(user, batch: ImportBatch) -> Plan:
    """The plan of a stored file, for its preview page."""
    if batch.owner_id != getattr(user, "pk", None):
        raise NotFound(f"No import with id {batch.pk}.")
    return plan_import(user, read_batch(batch))


# ------------------------------------------------------------------ committing


def commit_import(
    user, batch: ImportBatch, *, now: datetime, progress: Progress | None = None
) -> dict:
    """Import the stored file: the plan is made again from the file and the contacts as
    they are now, and applied in one transaction. Returns the summary.

    ImportBlocked when there are bad rows and `batch.import_the_rest` is not set;
    AlreadyImported when the batch was committed before; NotFound for another's batch."""
    if batch.owner_id != getattr(user, "pk", None):
        raise NotFound(f"No import with id {batch.pk}.")
    parsed = read_batch(batch)  # pure and slow for big files: before the write lock
    with transaction.atomic():
        locked = imports_for(user).select_for_update().defer("data").filter(pk=batch.pk).first()
        if locked is None:
            raise NotFound(f"No import with id {batch.pk}.")
        if locked.committed_at is not None:
            raise AlreadyImported(_already(locked))
        plan = plan_import(user, parsed, progress=progress)
        _refuse_bad_rows(plan, batch.import_the_rest)
        _apply(user, plan, now=now, progress=progress)
        summary = plan.summary()
        locked.import_the_rest = batch.import_the_rest
        locked.committed_at = now
        locked.summary = _stored_summary(plan)
        locked.save(update_fields=["import_the_rest", "committed_at", "summary"])
    batch.committed_at, batch.summary = locked.committed_at, locked.summary
    return summary


def import_file(
    user,
    kind: str,
    data: bytes,
    *,
    filename: str = "",
    mapping: dict[str, str] | None = None,
    import_the_rest: bool = False,
    now: datetime,
    parsed: Parsed | None = None,
    progress: Progress | None = None,
) -> Plan:
    """Upload and commit in one go (the command line), in one transaction: the batch is
    kept only when the import succeeds. Returns the plan applied (its summary() is the
    summary). `parsed` spares reading the file again when the caller already has."""
    if parsed is None:
        parsed = read_file(kind, data, mapping)
    with transaction.atomic():
        plan = plan_import(user, parsed, progress=progress)
        _refuse_bad_rows(plan, import_the_rest)
        _apply(user, plan, now=now, progress=progress)
        ImportBatch.objects.create(
            owner=user,
            kind=kind,
            filename=filename[:255],
            data=data,
            mapping=mapping or {},
            import_the_rest=import_the_rest,
            created_at=now,
            committed_at=now,
            summary=_stored_summary(plan),
        )
    return plan


def _stored_summary(plan: Plan) -> dict:
    """The summary, with what the result page shows besides the counts."""
    return {
        **plan.summary(),
        "possible_duplicates": len(plan.possible),
        "encoding": plan.encoding,
    }


def blocked_message(plan: Plan) -> str:
    n = len(plan.problems)
    rows = "row has a problem" if n == 1 else "rows have problems"
    return (
        f"{n} {rows}, so nothing was imported. Fix the file, or import the rest and "
        f"skip {'it' if n == 1 else 'them'}."
    )


def _refuse_bad_rows(plan: Plan, import_the_rest: bool) -> None:
    if plan.problems and not import_the_rest:
        raise ImportBlocked(blocked_message(plan), plan)


def _already(batch: ImportBatch) -> str:
    when = timezone.localtime(batch.committed_at)
    when = f"{when.day} {when:%B %Y at %H:%M}"  # no %-d: Windows has none
    return f"This file was already imported on {when}."


def _apply(user, plan: Plan, *, now: datetime, progress: Progress | None = None) -> None:
    """Write the plan: organisations, then new contacts, then updates, each in bulk."""
    organizations = _organizations(
        user,
        [d.values["organization"] for d in plan.new]
        + [d.fills["organization"] for d in plan.updated if "organization" in d.fills],
    )
    total = plan.changes
    done = 0
    rows = []
    for decision in plan.new:
        values = dict(decision.values)
        organization = organizations.get(planning.organization_key(values.pop("organization")))
        values["organization_id"] = organization.pk if organization is not None else None
        rows.append(values)
    for start in range(0, len(rows), CHUNK * 10):
        _insert_contacts(user, rows[start : start + CHUNK * 10], source=plan.source, now=now)
        done += len(rows[start : start + CHUNK * 10])
        if progress is not None:
            progress("Writing", done, total)

    fills: dict[int, dict] = {}
    for decision in plan.updated:
        fills.setdefault(decision.contact_id, {}).update(decision.fills)
    ids = sorted(fills)
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        contacts = list(contacts_for(user).select_for_update().filter(pk__in=chunk))
        changed = {"updated_at"}
        for contact in contacts:
            for name, value in fills[contact.pk].items():
                if name == "organization":
                    organization = organizations.get(planning.organization_key(value))
                    if contact.organization_id is None and organization is not None:
                        contact.organization = organization
                        changed.add("organization")
                elif not getattr(contact, name):
                    setattr(contact, name, value)
                    changed.add(name)
            contact.updated_at = now
        Contact.objects.bulk_update(contacts, sorted(changed))
        done += len(chunk)
        if progress is not None:
            progress("Writing", done, total)


def _insert_contacts(user, rows: list[dict], *, source: str, now: datetime) -> None:
    """Insert new contacts in bulk: one INSERT run over all the rows (executemany).

    Why not bulk_create: on SQLite it may bind only 999 parameters a statement, so
    30,000 contacts took 500 statements and two seconds of Django preparing each value;
    this takes a tenth of that. Every other column gets its field's default, prepared
    once, so a field added to Contact later is filled as bulk_create would fill it.
    """
    if not rows:
        return
    fields = [f for f in Contact._meta.local_concrete_fields if not f.primary_key]
    given = {
        "owner_id": user.pk,
        "source": source,
        "created_at": now,
        "updated_at": now,
    }
    constant, varying = {}, []
    for f in fields:
        if f.attname in rows[0]:
            varying.append(f)
        else:
            value = given[f.attname] if f.attname in given else f.get_default()
            constant[f.attname] = f.get_db_prep_save(value, connection)
    # Text and ids go in as they are; only dates need preparing for the database.
    prepared = {f.attname for f in varying if f.get_internal_type() in ("DateField",)}
    table = connection.ops.quote_name(Contact._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    params = [
        [
            constant[f.attname]
            if f.attname in constant
            else (
                f.get_db_prep_save(row[f.attname], connection)
                if f.attname in prepared
                else row[f.attname]
            )
            for f in fields
        ]
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", params)


def _organizations(user, names: list[str]) -> dict[str, Organization]:
    """The user's organisations under these names (by their folded name), the missing
    ones made in bulk."""
    wanted: dict[str, str] = {}
    for name in names:
        key = planning.organization_key(name)
        if key:
            wanted.setdefault(key, name)
    if not wanted:
        return {}
    found: dict[str, Organization] = {}
    for organization in organizations_for(user).only("id", "name").order_by("id"):
        found.setdefault(planning.organization_key(organization.name), organization)
    missing = [Organization(owner=user, name=wanted[k]) for k in wanted if k not in found]
    if missing:
        Organization.objects.bulk_create(missing)
        if any(o.pk is None for o in missing):  # a database that returns no ids
            return _organizations(user, names)
        for organization in missing:
            found[planning.organization_key(organization.name)] = organization
    return found


__all__ = [
    "AlreadyImported",
    "FILLABLE",
    "ImportBlocked",
    "ImportRefused",
    "commit_import",
    "get_import_for",
    "import_file",
    "imports_for",
    "plan_import",
    "preview_import",
    "start_import",
]
